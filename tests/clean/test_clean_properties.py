"""Property-based: whatever the extraction looks like, every cleaned block points back into the original."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from prosopograph.clean import clean
from prosopograph.clean.textmap import LIGATURES
from prosopograph.model import SourceText

# pieces of PDF and web extractions: words, ligatures, hyphen breaks, page numbers, running heads,
# footnote marks, form feeds, blank lines, soft hyphens and odd spaces
PIECES = st.one_of(
    st.sampled_from(["the", "letter", "Moscow", "1905", "exile", "ﬁrst", "oﬄine", "revolu-\ntion", "*", "†",
                     "\n", "\n\n", "\f", "  ", "\u00a0", "\u00ad", ".", ",", "12\n", "\nCHAPTER IV\n", "xiv",
                     "Notes\n", "1 A note.\n", "Copyright", "Subscribe", "—", "’", "\t"]),
    st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=8),
)
EXTRACTIONS = st.lists(PIECES, max_size=120).map(" ".join)


def letters(text: str) -> str:
    for ligature, expanded in LIGATURES.items():
        text = text.replace(ligature, expanded)
    return "".join(re.findall(r"\w", text))


def is_subsequence(small: str, big: str) -> bool:
    chars = iter(big)
    return all(ch in chars for ch in small)


@settings(max_examples=300, deadline=None)
@given(EXTRACTIONS, st.booleans())
def test_offset_map_points_back_into_the_original(raw: str, line_per_paragraph: bool) -> None:
    source = SourceText(path="x.txt", format="text", content_hash="h", size_bytes=len(raw), text=raw,
                        line_per_paragraph=line_per_paragraph)
    cleaned = clean(source)
    last_end = 0
    for block in cleaned.blocks:
        assert 0 <= block.raw_start <= block.raw_end <= len(raw)
        assert last_end <= block.start <= block.end <= len(cleaned.text)
        last_end = block.end
        # the cleaner drops and joins, it never invents: the block's letters are the original span's, in order
        assert is_subsequence(letters(cleaned.text[block.start:block.end]), letters(raw[block.raw_start:block.raw_end]))
    for offset, _label in cleaned.pages:
        assert 0 <= offset <= len(cleaned.text)
