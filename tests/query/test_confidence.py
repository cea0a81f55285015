"""ask's confidence: the shipped model, its direction on each input, and what it makes of real answers."""

import json
from dataclasses import replace

import pytest

import prosopograph
from prosopograph.query.ask import Asker
from prosopograph.query.confidence import Features, Model, inputs, shipped
from prosopograph.settings import Limits

LIFE = """# The Life of Mira Holub

## Chapter 1. Olomouc

Mira Holub was born in Olomouc on 4 May 1880. Her mother, Vera Holub, taught the piano in Olomouc.
In 1899 Mira Holub went to Prague to study chemistry. Three years later she opened a small laboratory
on the river in Prague, where she tested dyes for the weaving mills.

## Chapter 2. Lyon

In 1911 Mira Holub left Prague for Lyon. She married the engineer Paul Sorel in Lyon in 1913.
Mira Holub died in Lyon on 9 October 1952.
"""

SENTENCE_GUESS = Features(score=0.4, coverage=0.5, entities=0.5, margin=0.1, rank=3, kind="place")
"""A middling answer found in a sentence, whose inputs the tests below move one at a time."""


@pytest.fixture(scope="module")
def kb(tmp_path_factory: pytest.TempPathFactory) -> prosopograph.KnowledgeBase:
    folder = tmp_path_factory.mktemp("confidence")
    (folder / "holub.md").write_text(LIFE)
    db = folder / "kb.sqlite"
    prosopograph.build([str(folder / "holub.md")], db, Limits())
    return prosopograph.open(db)


def test_the_shipped_model_loads_and_is_small() -> None:
    model = shipped()
    assert 1 <= len(model.weights) <= 8
    assert set(model.weights) <= set(inputs(Features()))
    assert 0.0 <= model.null_below < 0.5
    assert 0.0 < model.probability(Features()) < 1.0


def test_a_model_naming_an_unknown_input_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown inputs"):
        Model.from_json(json.loads('{"weights": {"shoe_size": 1.0}, "intercept": 0.0}'))


@pytest.mark.parametrize(("field", "low", "high"), [
    ("coverage", 0.3, 1.0),  # a sentence holding more of the question
    ("margin", 0.0, 0.8),  # no rival candidate close behind
    ("rank", 20, 0),  # the sentence retrieved first, not twentieth
])
def test_probability_rises_with_what_should_raise_it(field: str, low: float, high: float) -> None:
    model = shipped()
    weaker, stronger = replace(SENTENCE_GUESS, **{field: low}), replace(SENTENCE_GUESS, **{field: high})
    assert model.probability(stronger) > model.probability(weaker)


def test_a_record_answer_scores_above_an_unsupported_sentence_guess() -> None:
    model = shipped()
    record = Features(record=True, score=0.9, coverage=1.0, kind="person")
    unsupported = Features(score=0.3, coverage=0.25, entities=0.0, margin=0.02, rank=12, kind="person")
    assert model.probability(record) > 0.8 > model.probability(unsupported)


def test_a_cited_record_answer_is_confident(kb: prosopograph.KnowledgeBase) -> None:
    a = kb.ask("Who was Mira Holub's mother?")
    assert a.answer is not None and "Vera" in a.answer and a.citations
    assert a.features is not None and a.features.record
    assert a.confidence == pytest.approx(shipped().probability(a.features), abs=1e-3)
    assert a.confidence >= 0.8


def test_the_record_does_not_answer_a_question_it_only_half_answers(kb: prosopograph.KnowledgeBase) -> None:
    plain = kb.ask("Who was Mira Holub's mother?")
    more = kb.ask("Which pupil of Mira Holub's mother later played the organ at the cathedral?")
    assert plain.answer is not None and plain.features is not None and plain.features.record
    assert more.answer != plain.answer  # the mother is no pupil of hers: the sentences are read, and say nothing


def test_an_answer_below_the_threshold_is_null_with_the_reason(kb: prosopograph.KnowledgeBase) -> None:
    sure = Asker(kb.store, Model({}, 0.0, null_below=0.0))  # every answer at probability 0.5
    doubtful = Asker(kb.store, Model({}, 0.0, null_below=0.6))
    question = "In which city did Mira Holub open a laboratory?"
    given = sure.ask(question)
    withheld = doubtful.ask(question)
    assert given.answer is not None and given.confidence == 0.5
    assert withheld.answer is None and withheld.citations == []
    assert withheld.reason is not None and "probability 0.50" in withheld.reason
    assert withheld.features == given.features
