from hypothesis import given
from hypothesis import strategies as st

from prosopograph.segment import sentence_spans


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


def test_abbreviations_and_initials_do_not_end_sentences() -> None:
    text = "He met V. I. Ulyanov in Zurich. Dr. Adler and Mr. Smith left on Jan. 5, 1902! Did they? Yes."
    assert sentences(text) == ["He met V. I. Ulyanov in Zurich.", "Dr. Adler and Mr. Smith left on Jan. 5, 1902!",
                               "Did they?", "Yes."]


def test_quotes_close_the_sentence() -> None:
    assert sentences('She said, “It is over.” Then she left.') == ["She said, “It is over.”", "Then she left."]


def test_lower_case_after_a_stop_continues() -> None:
    assert len(sentences("It cost 3.5 roubles, i.e. a week's pay, and more.")) == 1


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_spans_are_ordered_trimmed_and_within_text(text: str) -> None:
    spans = sentence_spans(text)
    last = 0
    for a, b in spans:
        assert last <= a < b <= len(text)
        assert not text[a].isspace() and not text[b - 1].isspace()
        last = b


def test_a_text_without_stops_is_cut_into_readable_pieces() -> None:
    from prosopograph.segment.sentences import LONGEST

    text = ", ".join(f"item {k} of the old inventory" for k in range(400))  # no full stop anywhere
    spans = sentence_spans(text)
    assert len(spans) > 1 and all(b - a <= LONGEST for a, b in spans)
    assert all(text[b - 1] in ",y0123456789" for a, b in spans[:-1])  # cut after a comma, never inside a word
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert sentence_spans("A short one. Another one.") == [(0, 12), (13, 25)]  # ordinary sentences untouched
