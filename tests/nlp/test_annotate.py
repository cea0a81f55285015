from pathlib import Path

import pytest

from prosopograph import nlp
from prosopograph.model import Passage, PreparedDocument
from prosopograph.nlp import Annotator, batch_texts, passage_batches, place_annotations, text_pieces
from prosopograph.nlp.parse import decode
from prosopograph.pipeline import prepare_document
from prosopograph.settings import Limits

TEXT = ("Marie Curie was born in Warsaw in 1867.\n\n"
        "In 1891 she moved to Paris and studied physics at the Sorbonne with Paul Langevin.\n")


def test_mentions_carry_offsets_into_the_cleaned_text() -> None:
    doc = prepare_document(Path("curie.txt"), TEXT.encode(), Limits())
    Annotator().annotate(doc)
    mentions = doc.mentions
    assert mentions
    for m in mentions:
        assert doc.text[m.start:m.end] == m.text
    labels = {(m.text, m.label) for m in mentions}
    assert ("Marie Curie", "PERSON") in labels
    assert ("Warsaw", "GPE") in labels and ("Paris", "GPE") in labels
    assert any(m.label == "DATE" and "1867" in m.text for m in mentions)


def test_passages_are_batched_in_order_by_size(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nlp, "BATCH_CHARS", 500)
    spans = [(0, 400), (400, 400), (400, 700), (700, 1000)]
    doc = PreparedDocument(path="a", format="text", content_hash="h", size_bytes=1, title="a", author=None,
                           text="x" * 1000, chapters=[], pages=[],
                           passages=[Passage(i, "body", s, e, s, e, None, None, [(s, e)])
                                     for i, (s, e) in enumerate(spans)])
    assert passage_batches(doc) == [[0, 2], [3]]  # the empty passage left out, a batch closed past 500


def test_mentions_found_in_batches_are_the_mentions_of_the_whole(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = prepare_document(Path("curie.txt"), (TEXT * 5).encode(), Limits())
    Annotator().annotate(doc)
    whole, parses = doc.mentions, doc.parses
    monkeypatch.setattr(nlp, "BATCH_CHARS", 60)
    batches = passage_batches(doc)
    assert len(batches) > 2
    annotator = Annotator()
    found = [annotator.annotate_texts(batch_texts(doc, batch))
             for batch in batches]
    place_annotations(doc, batches, found)
    assert doc.mentions == whole and doc.parses == parses


def test_the_parse_gives_lemmas_heads_and_sentences() -> None:
    doc = prepare_document(Path("curie.txt"), TEXT.encode(), Limits())
    Annotator().annotate(doc)
    first = doc.passages[0]
    tokens = decode(doc.parses[0], doc.text, first.start)
    assert [t.text for t in tokens][:3] == ["Marie", "Curie", "was"]
    born = next(t for t in tokens if t.text == "born")
    assert born.lemma == "bear" and born.pos == "VERB"
    subject = next(t for t in tokens if t.dep == "nsubjpass")
    assert subject.text == "Curie" and subject.head == born.i
    assert all(doc.text[t.start:t.end] == t.text for t in tokens)
    assert tokens[0].sent_start and not tokens[1].sent_start


def test_a_text_longer_than_a_piece_is_parsed_in_pieces_with_exact_offsets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nlp, "PIECE_CHARS", 150)
    line = " ".join(["Ada Brook walked from Leeds to York in 1850 and wrote of it."] * 12)  # one passage, no breaks
    doc = prepare_document(Path("walk.txt"), line.encode(), Limits())
    pieces = text_pieces(doc.text)
    assert len(pieces) > 3 and all(e - s <= 150 for s, e in pieces) and pieces[-1][1] == len(doc.text)
    assert "".join(doc.text[s:e] for s, e in pieces) == doc.text
    Annotator().annotate(doc)
    assert sum(m.text == "Leeds" for m in doc.mentions) == 12
    assert all(doc.text[m.start:m.end] == m.text for m in doc.mentions)
    tokens = decode(doc.parses[0], doc.text, doc.passages[0].start)
    assert all(doc.text[t.start:t.end] == t.text for t in tokens)
    assert all(0 <= t.head < len(tokens) for t in tokens)


def test_pieces_are_cut_after_a_sentence_or_a_space_never_inside_a_word() -> None:
    text = "One two three. Four five six seven eight nine ten."
    for _, end in text_pieces(text, 20):
        assert end == len(text) or text[end - 1] in " ."


@pytest.mark.parametrize(("text", "name"), [
    ("His pamphlet, Since Gorky Died, sold well in the capital.", "Gorky"),  # modern, a title in title case
    ("In the essay When Byron Died she wrote of grief.", "Byron"),  # nineteenth-century
])
def test_a_name_ends_before_a_verb_run_into_it(text: str, name: str) -> None:
    mentions = Annotator().annotate_texts([text])[0].mentions
    assert (name, "PERSON") in {(m.text, m.label) for m in mentions}
    assert not any(m.text.startswith(name + " ") for m in mentions)


def test_a_date_keeps_its_words() -> None:
    mentions = Annotator().annotate_texts(["The treaty was signed on the morning of 3 May 1850."])[0].mentions
    assert any(m.label == "DATE" and "1850" in m.text for m in mentions)


def _sentences_after_annotation(text: str) -> tuple[PreparedDocument, list[str]]:
    doc = prepare_document(Path("life.txt"), text.encode(), Limits())
    Annotator().annotate(doc)
    return doc, [doc.text[a:b] for p in doc.passages for a, b in p.sentences]


def test_sentences_come_from_the_parse_and_agree_with_its_starts() -> None:
    text = ("Captain J. R. Whitcombe reached the coast in May 1843. Gen. Oakes met him at the landing, "
            "with tents, mules, etc. They marched north.\n\nI never saw him again . . . and did not ask why.\n")
    doc, found = _sentences_after_annotation(text)
    assert found == ["Captain J. R. Whitcombe reached the coast in May 1843.",
                     "Gen. Oakes met him at the landing, with tents, mules, etc.", "They marched north.",
                     "I never saw him again . . . and did not ask why."]
    for k, p in enumerate(doc.passages):
        starts = [t.start for t in decode(doc.parses[k], doc.text, p.start) if t.sent_start]
        assert starts == [a for a, _ in p.sentences]


def test_a_heading_stays_one_sentence_and_a_run_on_line_is_not_cut() -> None:
    doc, found = _sentences_after_annotation("CHAPTER IV. THE RIVER CROSSING\n\nWe waited on the bank all day "
                                             "and at dusk the ferry came and we went over in two trips\n")
    assert doc.passages[0].kind == "heading" and len(doc.passages[0].sentences) == 1
    assert found[-1] == "We waited on the bank all day and at dusk the ferry came and we went over in two trips"


def test_sentences_stay_whole_and_exact_across_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nlp, "PIECE_CHARS", 150)
    line = " ".join(["Ada Brook walked from Leeds to York in 1850 and wrote of it."] * 12)
    _, found = _sentences_after_annotation(line)
    assert found == ["Ada Brook walked from Leeds to York in 1850 and wrote of it."] * 12


def test_a_numbered_heading_is_no_name() -> None:
    # an e-text's contents, a memoir's chapter line: headings the model takes for a body's name
    texts = ["CHAPTER XII. THE SIEGE OF ORLEY.", "CHAPTER IV. MY FATHER'S MILL.", "Part II. In Exile",
             "In May Tom Reed joined the Society of Friends."]
    found = [m.text for a in Annotator().annotate_texts(texts) for m in a.mentions]
    assert not any(t.upper().startswith(("CHAPTER", "PART")) for t in found)
    assert "Tom Reed" in found


def test_the_model_reads_curly_apostrophes_as_straight_and_names_keep_theirs() -> None:
    text = "Lucy Hume, Walter’s wife, kept the inn. Dan O’Hare sang at the wedding of Mary Hume.\n"
    doc = prepare_document(Path("inn.txt"), text.encode(), Limits())
    Annotator().annotate(doc)
    tokens = decode(doc.parses[0], doc.text, doc.passages[0].start)
    walter = next(t for t in tokens if t.text == "Walter")
    assert walter.dep == "poss" and tokens[walter.head].text == "wife"
    assert all(doc.text[m.start:m.end] == m.text for m in doc.mentions)
    assert any("O’Hare" in m.text for m in doc.mentions if m.label == "PERSON")


def test_a_question_is_straightened_as_the_corpus_is() -> None:
    from prosopograph.nlp import parse_text

    # shown the typographic apostrophe, the model read no owner here
    tokens = parse_text("Who was Kezia, Amos’s wife?")
    assert tokens is not None
    amos = next(t for t in tokens if t.text == "Amos")
    assert amos.dep == "poss" and tokens[amos.head].text == "wife"
    assert "".join(t.text for t in tokens).count("’") == 1  # the words keep the question's own apostrophe


@pytest.mark.parametrize("text", [
    "Slowly Earl Toke rode home through the snow.",
    "Slowly Earl Halvard rode home.",
])
def test_a_name_starts_after_the_adverb_the_recognizer_ran_into_it(text: str) -> None:
    mentions = Annotator().annotate_texts([text])[0].mentions
    people = [m.text for m in mentions if m.label == "PERSON"]
    assert people and all(name.startswith("Earl ") for name in people)


def test_a_name_keeps_a_first_word_that_is_no_adverb() -> None:
    mentions = Annotator().annotate_texts(["Then Little Rock lay behind us and I slept."])[0].mentions
    assert ("Little Rock", "GPE") in {(m.text, m.label) for m in mentions}


@pytest.mark.parametrize(("text", "name"), [
    ("Will Carver ran the store at the crossroads for forty years.", "Will Carver"),
    ("Said Pasha ruled the province with a heavy hand.", "Said Pasha"),
])
def test_a_given_name_the_tagger_took_for_a_verb_is_kept(text: str, name: str) -> None:
    mentions = Annotator().annotate_texts([text])[0].mentions
    assert not any(m.text != name and name.endswith(" " + m.text) for m in mentions)  # never the surname alone
