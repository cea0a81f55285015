"""Quotations: which words of a sentence stand inside quotation marks, and who says them."""

from __future__ import annotations

from ..nlp.parse import Token

SPEECH_VERBS = frozenset("""say reply answer ask exclaim cry tell write remark add continue declare shout whisper
respond retort observe announce""".split())
_OPEN, _CLOSE, _BOTH = "“", "”", '"'


def quoted(tokens: list[Token]) -> dict[int, bool]:
    """For each token of a sentence, whether it stands inside quotation marks."""
    out: dict[int, bool] = {}
    inside = False
    for t in tokens:
        if t.text == _OPEN or (t.text == _BOTH and not inside):
            inside = True
            out[t.i] = True
        elif t.text == _CLOSE or (t.text == _BOTH and inside):
            out[t.i] = True
            inside = False
        else:
            out[t.i] = inside
    return out


def speaker_of(tokens: list[Token], quoted: dict[int, bool], name_at: dict[int, tuple[int, Token]],
             bound: dict[int, int], sentence_id: int) -> tuple[int, int] | None:
    """Who says the quoted words of a sentence: the subject of a verb of saying outside the quotation."""
    by_head: dict[int, list[Token]] = {}
    for t in tokens:
        by_head.setdefault(t.head, []).append(t)
    for t in tokens:
        if quoted[t.i] or t.pos != "VERB" or t.lemma.lower() not in SPEECH_VERBS:
            continue
        for child in by_head.get(t.i, []):
            if child.dep != "nsubj" or quoted[child.i]:
                continue
            if child.i in name_at and name_at[child.i][0] >= 0:
                return name_at[child.i][0], sentence_id
            if child.i in bound:
                return bound[child.i], sentence_id
    return None
