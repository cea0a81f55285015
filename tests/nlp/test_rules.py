from prosopograph.nlp.rules import named_kin


def test_names_introduced_by_kinship_nouns() -> None:
    text = "His wife, Fanny, ran a school. They had a second son, Sergei. Her sister Ruth Berg wrote. The son was ill."
    assert [name for _, _, name in named_kin(text)] == ["Fanny", "Sergei", "Ruth Berg"]
    for start, end, name in named_kin(text):
        assert text[start:end] == name
