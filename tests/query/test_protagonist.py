from pathlib import Path

from prosopograph.model import Chapter, Mention, Passage, PreparedDocument, ResolvedEntity
from prosopograph.query.protagonist import passage_protagonist
from prosopograph.store import Store

TEXT = "Anna wrote to Boris. Boris replied. Anna answered him. He left."


def _store(tmp_path: Path) -> Store:
    sentences = [(0, 20), (21, 35), (36, 54), (55, 63)]
    names = [("Anna", 0), ("Boris", 14), ("Boris", 21), ("Anna", 36)]
    doc = PreparedDocument("/a.txt", "text", "h", len(TEXT), "Letters", None, TEXT,
                           [Chapter(0, "One", 0, len(TEXT))],
                           [Passage(0, "paragraph", 0, len(TEXT), 0, len(TEXT), 0, None, sentences)], [],
                           mentions=[Mention(start, start + len(name), name, "PERSON") for name, start in names])
    store = Store(tmp_path / "kb.sqlite", create=True)
    store.write_document(doc)
    anna = ResolvedEntity("PERSON", "Anna", mention_ids=[1, 4])
    boris = ResolvedEntity("PERSON", "Boris", mention_ids=[2, 3])
    store.replace_resolution([anna, boris], [], [], [], "state")
    return store


def test_the_person_named_most_before_the_sentence_stands_in_for_he(tmp_path: Path) -> None:
    store = _store(tmp_path)
    sentences = store.sentences_by_id([1, 2, 3, 4])
    last = sentences[3]
    assert store.person_counts_before(last.passage_id, last.start) == [("Anna", 2, 3), ("Boris", 2, 2)]
    assert passage_protagonist(store, last) == [("Anna", 3)]  # a tie goes to the entity stored first
    assert passage_protagonist(store, sentences[2]) == [("Boris", 2)]  # named twice before it, Anna once
    assert passage_protagonist(store, sentences[0]) == []  # nobody is named before the first sentence
    anna_id = next(e.id for e in store.entities("PERSON") if e.name == "Anna")
    assert passage_protagonist(store, last, frozenset({anna_id})) == [("Boris", 2)]  # the one the question names
