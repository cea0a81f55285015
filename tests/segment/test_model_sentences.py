"""Sentences from the model's starts, kept only where English orthography lets a sentence end."""

from hypothesis import given
from hypothesis import strategies as st

from prosopograph.segment.sentences import LONGEST, model_sentence_spans


def sentences(text: str, *words: str) -> list[str]:
    """The sentences when the model starts one at 0 and at the first place each of `words` occurs."""
    starts = [0, *(text.index(w) for w in words)]
    return [text[a:b] for a, b in model_sentence_spans(text, starts)]


def test_biography_a_start_after_an_initial_or_a_title_is_undone() -> None:
    text = "In 1920 the young lawyer met R. T. Hollins in Leeds. Dr. Mabey joined them later."
    assert sentences(text, "Hollins", "Dr.", "Mabey") == [
        "In 1920 the young lawyer met R. T. Hollins in Leeds.", "Dr. Mabey joined them later."]


def test_biography_a_start_after_an_ordinary_stop_stands() -> None:
    text = "She left the firm in 1931. Her partner stayed on."
    assert sentences(text, "Her") == ["She left the firm in 1931.", "Her partner stayed on."]


def test_victorian_prose_a_short_form_that_closes_a_list_may_end_a_sentence() -> None:
    text = "The wagons carried flour, bacon, powder, etc. Rain fell all that week."
    assert sentences(text, "Rain") == ["The wagons carried flour, bacon, powder, etc.", "Rain fell all that week."]
    assert sentences(text) == [text]  # where the model reads it as one sentence, so does the result


def test_victorian_prose_a_start_before_a_lower_case_word_or_inside_a_title_is_undone() -> None:
    text = "The column under Gen. Harlow crossed at ten per cent. loss of its horses."
    assert sentences(text, "Harlow", "loss") == [text]


def test_memoir_a_start_inside_an_ellipsis_or_without_a_stop_is_undone() -> None:
    text = "I wrote to my mother . . . and waited all spring. . . . Nothing came, and I rode home that May"
    assert sentences(text, "and waited", ". . . Nothing", "I rode") == [
        "I wrote to my mother . . . and waited all spring. . . .", "Nothing came, and I rode home that May"]


def test_memoir_a_quotation_stays_whole_on_its_own_side_of_the_bound() -> None:
    text = 'I said, "No." "Very well," he answered. “So be it.” Then we parted.'
    assert sentences(text, '"Very', "” Then") == [
        'I said, "No."', '"Very well," he answered. “So be it.”', "Then we parted."]


def test_no_is_a_short_form_only_before_a_figure() -> None:
    text = "We camped at No. 4 Station. I asked him to stay. He said no. No. He would go."
    assert sentences(text, "4", "I asked", "He said", "No. He", "He would") == [
        "We camped at No. 4 Station.", "I asked him to stay.", "He said no.", "No.", "He would go."]


def test_a_text_without_stops_is_still_cut_into_readable_pieces() -> None:
    text = ", ".join(f"entry {k} of the ledger" for k in range(300))
    spans = model_sentence_spans(text, [0])
    assert len(spans) > 1 and all(b - a <= LONGEST for a, b in spans)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)


@given(st.text(alphabet=st.sampled_from("Ab. ,!?”“\"'()…\n1"), max_size=200), st.lists(st.integers(0, 200)))
def test_spans_are_ordered_trimmed_and_within_text(text: str, starts: list[int]) -> None:
    last = 0
    for a, b in model_sentence_spans(text, sorted(s for s in starts if s < len(text))):
        assert last <= a < b <= len(text)
        assert not text[a].isspace() and not text[b - 1].isspace()
        last = b
