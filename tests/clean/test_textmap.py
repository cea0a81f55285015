"""The cleaner's map back to the source: every letter of the cleaned text is found where the map says."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from prosopograph.clean import clean_mapped
from prosopograph.clean.textmap import LIGATURES
from prosopograph.model import SourceText

# the pieces of an extraction, drawn as the cleaner's other properties draw them
PIECES = st.one_of(
    st.sampled_from(["the", "letter", "Oslo", "1905", "ﬁrst", "oﬄine", "revolu-\ntion", "*", "\n", "\n\n", "\f",
                     "  ", "\u00a0", "\u00ad", ".", ",", "12\n", "\nCHAPTER IV\n", "Notes\n", "1 A note.\n", "\t"]),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=8),
)
EXTRACTIONS = st.lists(PIECES, max_size=120).map(" ".join)


def mapped(raw: str) -> tuple[str, list[int]]:
    source = SourceText(path="x.txt", format="text", content_hash="h", size_bytes=len(raw), text=raw)
    cleaned, mapping = clean_mapped(source)
    return cleaned.text, [mapping.to_raw(i) for i in range(len(cleaned.text))]


@settings(max_examples=300, deadline=None)
@given(EXTRACTIONS)
def test_each_cleaned_letter_maps_to_the_same_letter_of_the_source(raw: str) -> None:
    text, offsets = mapped(raw)
    for i, ch in enumerate(text):
        if not ch.isalnum():
            continue
        source_ch = raw[offsets[i]]
        assert source_ch == ch or ch in LIGATURES.get(source_ch, ""), (i, ch, source_ch)


def test_a_span_joined_across_a_line_break_maps_to_its_whole_source() -> None:
    raw = "Ada Brisk left Leeds on 3 May\n1902, in the rain, with a ﬁne umbrella and a re-\nvolver.\n"
    source = SourceText(path="x.txt", format="text", content_hash="h", size_bytes=len(raw), text=raw)
    cleaned, mapping = clean_mapped(source)
    start = cleaned.text.index("3 May 1902")
    assert mapping.span_to_raw(start, start + len("3 May 1902")) == (raw.index("3 May"), raw.index("1902") + 4)
    fine = cleaned.text.index("fine")
    assert raw[slice(*mapping.span_to_raw(fine, fine + 4))] == "ﬁne"
