from pathlib import Path

from prosopograph.nlp import Annotator
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
