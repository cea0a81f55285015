"""A question's word counts, a little less, where a sentence says it with another word of its commonest sense."""

import pytest

from prosopograph.nlp.wordnet import WordNet, shared
from prosopograph.query.ask import Asker, _forms, synonym_forms
from prosopograph.query.question import analyze
from prosopograph.store import SentenceHit


@pytest.fixture(scope="module")
def wordnet() -> WordNet:
    found = shared()
    if found is None:
        pytest.skip("WordNet's files are not installed here")
    return found


def coverage(wordnet: WordNet, question: str, sentence: str) -> float:
    q = analyze(question)
    weights = dict.fromkeys(q.terms, 1.0)
    forms = {t: _forms(wordnet, t) for t in q.terms}
    hit = SentenceHit(1, 1, 1, 0, len(sentence), sentence, 1.0)
    return Asker._coverage(hit, None, weights, forms, sum(weights.values()), q, set(),
                           synonym_forms(wordnet, weights, forms))


@pytest.mark.parametrize(("question", "said", "other", "literal"), [
    # modern biography: 'selected' is what 'chosen' most often means; 'took' most often means another act
    ("Who was chosen to chair the inquiry?", "The minister selected Ines Varga to chair the inquiry.",
     "The minister took Ines Varga to chair the inquiry.", "Ines Varga was chosen to chair the inquiry."),
    # 19th-century prose
    ("When was the young squire taught to ride?", "The young squire was instructed to ride in his tenth year.",
     "The young squire was encouraged to ride in his tenth year.",
     "The young squire was taught to ride in his tenth year."),
    # memoir
    ("Where did my father marry my mother?", "My father wed my mother at Ashby.",
     "My father met my mother at Ashby.", "My father married my mother at Ashby."),
])
def test_a_word_of_the_same_sense_covers_the_questions_word(wordnet: WordNet, question: str, said: str,
                                                           other: str, literal: str) -> None:
    assert coverage(wordnet, question, other) < coverage(wordnet, question, said) < \
        coverage(wordnet, question, literal)  # the question's own word counts more


def test_a_word_that_may_be_a_noun_or_of_many_senses_has_no_other() -> None:
    wordnet = shared()
    if wordnet is None:
        pytest.skip("WordNet's files are not installed here")
    assert "take" not in wordnet.synonyms("chosen") and "select" in wordnet.synonyms("chosen")
    assert wordnet.synonyms("examined") == set()  # 'study' most often means another act
    assert wordnet.synonyms("far") == set()  # no verb
    # 'build' may be the noun (a physique): only the verb's form 'built' could have others
    question = "Where did my father build his first mill?"
    assert coverage(wordnet, question, "My father constructed his first mill at Ashby.") == \
        coverage(wordnet, question, "My father bought his first mill at Ashby.")
