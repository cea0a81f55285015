"""Quotations: which words of a sentence stand inside quotation marks, who says them, and to whom by what name."""

from __future__ import annotations

import itertools

from ..nlp.parse import Token

SPEECH_VERBS = frozenset("""say reply answer ask exclaim cry tell write remark add continue declare shout whisper
respond retort observe announce""".split())
_OPEN, _CLOSE, _BOTH = "“", "”", '"'


def quoted(tokens: list[Token]) -> dict[int, bool]:
    """For each token of a sentence or a passage, whether it stands inside quotation marks."""
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


def paragraph_quoted(tokens: list[Token], sentences: list[list[Token]]) -> dict[int, bool]:
    """For each token of a paragraph, whether it stands in a quotation, which may run on over several of its
    sentences; one left open runs to the paragraph's end only where the paragraph opens with it (a speech going on
    into the next), else a stray mark quotes no more than the rest of its own sentence."""
    inside = quoted(tokens)
    words = [t for t in tokens if t.text.strip()]
    left_open = bool(words) and inside[words[-1].i] and words[-1].text not in (_CLOSE, _BOTH)
    if not left_open or words[0].text in (_OPEN, _BOTH):
        return inside
    return {i: q for sentence in sentences for i, q in quoted(sentence).items()}


def speaker_of(tokens: list[Token], quoted: dict[int, bool], name_at: dict[int, tuple[int, Token]],
             bound: dict[int, int], sentence_id: int) -> tuple[int, int] | None:
    """Who says the quoted words of a sentence: the subject of a verb of saying outside the quotation, or of the
    first of the verbs it is joined to ('Tom rose and said: …')."""
    by_head: dict[int, list[Token]] = {}
    for t in tokens:
        by_head.setdefault(t.head, []).append(t)
    by_i = {t.i: t for t in tokens}
    for t in tokens:
        if quoted[t.i] or t.pos != "VERB" or t.lemma.lower() not in SPEECH_VERBS:
            continue
        verb: Token | None = t
        while verb is not None:
            subjects = [c for c in by_head.get(verb.i, []) if c.dep == "nsubj" and not quoted[c.i]]
            for child in subjects:
                if child.i in name_at and name_at[child.i][0] >= 0:
                    return name_at[child.i][0], sentence_id
                if child.i in bound:
                    return bound[child.i], sentence_id
            verb = _joined_to(verb, by_i, by_head, quoted) if not subjects else None
    return None


UNHEARD = -1
"""`hearer_of` for a quotation said to someone it cannot tell: a group, several, no one the record knows."""


def hearer_of(tokens: list[Token], quoted: dict[int, bool], children: dict[int, list[Token]],
              name_at: dict[int, tuple[int, Token]], bound: dict[int, int], speaker: int | None) -> int | None:
    """The one person a sentence's quotation is said to: the single named or bound hearer of its verb of saying
    outside the quotation ('“You are late,” she told Tom'), else the name it opens by calling ('“Tom, you are
    late”'); UNHEARD for a group ('she told her men'), for several, for one unknown or for the speaker; None where
    the sentence does not say."""
    verbs = [t for t in tokens if not quoted[t.i] and t.pos == "VERB" and t.lemma.lower() in SPEECH_VERBS]
    heard = [h for v in verbs for h in _hearers(v, children) if not quoted[h.i]]
    heard = heard or vocative(tokens, quoted, nouns=True)[-1:]
    if not heard:
        return None
    heard += [c for h in heard for c in children.get(h.i, []) if c.dep == "conj"]  # 'told Tom and Ann'
    people = {name_at[h.i][0] if h.i in name_at else bound.get(h.i, UNHEARD) for h in heard}
    person = people.pop() if len(people) == 1 else UNHEARD
    return person if person >= 0 and person != speaker else UNHEARD


def said_in_full(tokens: list[Token], quoted: dict[int, bool]) -> bool:
    """Every word of the sentence stands in a quotation: it goes on with what was being said."""
    return all(quoted[t.i] for t in tokens if t.pos != "PUNCT")


def _joined_to(verb: Token, by_i: dict[int, Token], by_head: dict[int, list[Token]],
               quoted: dict[int, bool]) -> Token | None:
    """The verb a verb without a subject of its own is joined to by 'and' or a comma, whose subject it shares
    ('she rose and said'): only where the 'and' hangs on that verb too, as the parse writes a true pair; a 'said'
    it hangs on a main verb across a clause ('Ann nodded when Tom came in and said') has its 'and' in the clause."""
    first = by_i.get(verb.head) if verb.dep == "conj" else None
    if first is None or quoted[first.i]:
        return None
    joined = any((c.dep == "cc" or c.text == ",") and first.i < c.i < verb.i for c in by_head.get(first.i, []))
    return first if joined else None


def addressed(tokens: list[Token], quoted: dict[int, bool], children: dict[int, list[Token]],
              ) -> tuple[Token, list[Token]] | None:
    """Whom a quotation is said to, and the name it opens by calling them ('she said to him, "Tom, …"', 'he told
    his son: "Ned! …"'): the name the quotation opens with, set off by a comma or an exclamation mark, and the
    object of the verb of saying outside the quotation that the quotation hangs from."""
    called = vocative(tokens, quoted)
    if not called:
        return None
    by_i = {t.i: t for t in tokens}
    verb = by_i.get(called[0].head)
    while verb is not None and (quoted[verb.i] or verb.pos != "VERB" or verb.lemma.lower() not in SPEECH_VERBS):
        verb = by_i.get(verb.head) if verb.head != verb.i else None
    if verb is None:
        return None
    hearer = next((h for h in _hearers(verb, children) if not quoted[h.i]), None)
    return (hearer, called) if hearer is not None else None


def vocative(tokens: list[Token], quoted: dict[int, bool], nouns: bool = False) -> list[Token]:
    """The name a quotation opens by calling its hearer, set off by a comma or an exclamation mark ('“Tom, come
    here”'); none if it opens otherwise. With `nouns`, any capitalised word so set off ('“Men, …”', or a rare name
    the tagger took for a noun), for whose hearer it is."""
    # the sentence may open inside a quotation whose mark the segmenter left with the sentence before
    opening = -1 if tokens and quoted[tokens[0].i] and tokens[0].text not in (_OPEN, _CLOSE, _BOTH) else next(
        (i for i, t in enumerate(tokens) if t.text in (_OPEN, _BOTH) and quoted[t.i]), None)
    if opening is None:
        return []
    words = tokens[opening + 1:opening + 3]
    called = list(itertools.takewhile(lambda t: t.pos in (("PROPN", "NOUN") if nouns else ("PROPN",))
                                       and t.text[:1].isupper(), words))
    after = tokens[opening + 1 + len(called)] if opening + 1 + len(called) < len(tokens) else None
    return called if called and after is not None and after.text in (",", "!") else []


def _hearers(verb: Token, by_head: dict[int, list[Token]]) -> list[Token]:
    """'said to me', 'told her son', 'asked him': who a verb of saying is said to."""
    found = [c for c in by_head.get(verb.i, []) if c.dep in ("dobj", "dative") and c.pos in ("PRON", "PROPN", "NOUN")]
    found += [p for c in by_head.get(verb.i, []) if c.dep == "prep" and c.lower == "to"
              for p in by_head.get(c.i, []) if p.dep == "pobj"]
    return found
