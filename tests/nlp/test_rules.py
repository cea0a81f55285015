from prosopograph.nlp.rules import (
    FEMALE_KIN,
    KIN,
    MALE_KIN,
    generation,
    is_place_word,
    kin_key,
    named_by_noun,
    named_kin,
    noun_kind,
    placed_names,
)


def test_names_introduced_by_kinship_nouns() -> None:
    text = ("Her husband, Anton, kept a shop. They had a third daughter, Vera. His brother Paul Lind wrote. "
            "The daughter was ill.")
    assert [name for _, _, name in named_kin(text)] == ["Anton", "Vera", "Paul Lind"]
    for start, end, name in named_kin(text):
        assert text[start:end] == name


def test_names_a_verb_of_dwelling_or_moving_places_one_in() -> None:
    text = ("She was born in Tromsø Harbour in May. In 1890 he moved to Lisbon, and died in March. "
            "They lived in The city.")
    assert [name for _, _, name in placed_names(text)] == ["Tromsø Harbour", "Lisbon"]
    for start, end, name in placed_names(text):
        assert text[start:end] == name


def test_a_body_named_by_a_word_wordnet_makes_an_organization() -> None:
    import spacy

    from prosopograph.nlp import DEFAULT_MODEL
    from prosopograph.nlp.rules import body_names

    nlp = spacy.load(DEFAULT_MODEL)
    found = {name for _, _, name in body_names(nlp(
        "In 1862 he was sent to the Army of the Cumbria, and later he spoke before the Committee of Antiquaries."))}
    assert found == {"Army of the Cumbria", "Committee of Antiquaries"}
    # a river, a battle or a county is no body, whatever follows its 'of'
    assert not body_names(nlp("The River of Grass and the County of Kent lay south of the Battle of Alder Hill."))


def test_generation_counts_each_great_above_a_grandparent_or_below_a_grandchild() -> None:
    roles = ("father", "grandmother", "great-grandfather", "great-great-grandson")
    assert [generation(r) for r in roles] == [1, 2, 3, -4]
    assert generation("son") == -1
    assert generation("wife") is None and generation("cousin") is None
    assert generation("great-father") is None  # 'great' goes only with a grand- role


def test_a_kin_noun_older_books_hyphen_is_the_same_kin() -> None:
    assert KIN["grand-father"] == KIN["grandfather"] and KIN["step-son"] == KIN["stepson"]
    assert generation("grand-mother") == 2 and generation("great-grand-son") == -3
    assert "step-mother" in FEMALE_KIN and "grand-son" in MALE_KIN
    assert kin_key("grand-father") == "grandfather" and kin_key("half-sister") == "half-sister"
    # negative: a step-parent is off the line of descent, and a god-father is no kin
    assert generation("step-mother") is None and kin_key("god-father") is None


def test_a_word_for_a_kind_of_place_by_its_commonest_sense() -> None:
    assert all(is_place_word(w) for w in ("fort", "port", "harbour", "camp", "lake", "hill", "cape", "bayou"))
    # a season, a rank, a flower and a body of judges come first for these, though each may name a place too
    assert not any(is_place_word(w) for w in ("spring", "captain", "rose", "court"))


def test_the_kind_of_a_noun_however_far_up_wordnet_it_is() -> None:
    # an officer many steps below 'person', a body below 'organization', a place
    assert noun_kind("colonel") == "person"
    assert noun_kind("clinic") == "org"
    assert noun_kind("harbour") == "place"
    # things, and words WordNet lacks, are none of these
    assert noun_kind("weapon") is None
    assert noun_kind("illness") is None
    assert noun_kind("qwzx") is None


def test_a_noun_of_a_person_or_a_place_names_what_it_is_called() -> None:
    # an old tale, a memoir, a modern biography
    text = ("Long ago a chief named Orm lived by the fiord. I shared a tent with a young surgeon called Amos O'Neil. "
            "She grew up in a village called Dunmore. They sailed in a ship named Hope, with a dog called Rex. "
            "The captain called Wexcombe his home.")
    found = [(name, kind) for _, _, name, kind in named_by_noun(text)]
    assert found == [("Orm", "person"), ("Amos O'Neil", "person"), ("Dunmore", "place")]
    for start, end, name, _ in named_by_noun(text):
        assert text[start:end] == name
