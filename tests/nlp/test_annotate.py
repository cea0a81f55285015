from pathlib import Path

import pytest

from prosopograph import nlp
from prosopograph.model import Passage, PreparedDocument
from prosopograph.nlp import Annotator, batch_texts, passage_batches, place_mentions
from prosopograph.pipeline import prepare_document
from prosopograph.settings import Limits

TEXT = ("Marie Curie was born in Warsaw in 1867.\n\n"
        "In 1891 she moved to Paris and studied physics at the Sorbonne with Paul Langevin.\n")


def test_mentions_carry_offsets_into_the_cleaned_text() -> None:
    doc = prepare_document(Path("curie.txt"), TEXT.encode(), Limits())
    mentions = Annotator().annotate(doc)
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
    whole = Annotator().annotate(doc)
    monkeypatch.setattr(nlp, "BATCH_CHARS", 60)
    batches = passage_batches(doc)
    assert len(batches) > 2
    annotator = Annotator()
    found = [annotator.annotate_texts(batch_texts(doc, batch))
             for batch in batches]
    assert place_mentions(doc, batches, found) == whole
