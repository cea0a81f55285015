"""A phrase the question quotes pins the sentence that says it: the kind of person asked for ('which keeper') need not
be spoken of there, and a question whose quoted phrase no sentence says is not answered. Lives of our own in three
registers, built with the real model."""

import pytest

import prosopograph
from conftest import build_texts, open_each

LIVES = {
    # modern biography
    "imbert.md": """# Rosa Imbert

Rosa Imbert was elected a member of the city council of Lyon in 1962. She lived above a bakery with her sister.
Her first budget speech ended with the words "not one franc more", which the newspapers repeated for years.
""",
    # nineteenth-century prose
    "penrose.md": """# Memoir of Mr. Josiah Penrose

Mr. Josiah Penrose was returned to parliament as the member for Truro in 1831. He was a tall man, and stooped.
His orations against the corn laws were so long that the wits of the town called him 'the Great Bore of Cornwall'.
""",
    # first-person memoir, its narrator named by the book's header
    "orr.txt": """The Project Gutenberg EBook of Harbour Days, by Ruth Orr

Title: Harbour Days

Author: Ruth Orr

*** START OF THE PROJECT GUTENBERG EBOOK HARBOUR DAYS ***

I was born at Whitby in 1860. My uncle, Walter Orr, was the lighthouse keeper on the head for thirty years.
He had a red beard.
He swore so loudly at the gulls that all of us children called him 'Old Thunder'.
""",
}


@pytest.fixture(scope="module")
def kbs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, prosopograph.KnowledgeBase]:
    return open_each(tmp_path_factory, LIVES)


@pytest.mark.parametrize(("name", "question", "who"), [
    ("imbert.md", 'Which member of the council ended a speech with the words "not one franc more"?', "Rosa Imbert"),
    ("penrose.md", "Which member of parliament was called 'the Great Bore of Cornwall' by the wits?", "Penrose"),
    ("orr.txt", "Which lighthouse keeper did the children call 'Old Thunder'?", "Walter Orr"),
])
def test_the_sentence_saying_the_quoted_phrase_answers(kbs: dict, name: str, question: str, who: str) -> None:
    a = kbs[name].ask(question)
    assert a.answer is not None and who in a.answer


@pytest.mark.parametrize(("name", "question"), [
    # negative: no sentence says the phrase quoted
    ("imbert.md", 'Which member of the council ended a speech with the words "not one sou more"?'),
    ("penrose.md", "Which member of parliament was called 'the Great Bore of Devon' by the wits?"),
    ("orr.txt", "Which lighthouse keeper did the children call 'Old Lightning'?"),
])
def test_a_phrase_no_sentence_says_is_not_answered(kbs: dict, name: str, question: str) -> None:
    assert kbs[name].ask(question).answer is None


SPEECH = """# Rosa Imbert

Rosa Imbert was elected a member of the city council of Lyon in 1962. She lived above a bakery with her sister.
Her first budget speech{as_member} ended with the words "not one franc more", which the newspapers repeated.
"""


def test_a_sentence_saying_the_quoted_phrase_need_not_speak_of_the_kind_asked(
        tmp_path_factory: pytest.TempPathFactory) -> None:
    question = 'Which member of the council ended a speech with the words "not one franc more"?'
    said, unsaid = (prosopograph.open(build_texts(tmp_path_factory.mktemp("speech"), {
        "imbert.md": SPEECH.format(as_member=words)})).ask(question) for words in (" as a member", ""))
    assert said.features is not None and unsaid.features is not None
    # less only by the question's word the second sentence lacks, not halved as one of no member would be
    assert unsaid.features.score > 0.75 * said.features.score
