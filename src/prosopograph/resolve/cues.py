"""Names the text itself gives someone: 'born X', 'under the pseudonym X', 'X, or Y, his party name', '"Y", as X
was called'."""

from __future__ import annotations

import re

from ..text import MONTH_NAMES, fold
from .clusters import PERSON_LABEL, Cluster, Context, key_of
from .names import is_personal_name, name_tokens, surface
from .records import MentionRecord, SentenceRecord

_NAME = r"(?:[A-Z][\w’'\-]*\.?|[A-Z]\.)(?:\s+(?:[A-Z][\w’'\-]*\.?|[A-Z]\.|de|von|van|der|da|la))*"
_STRONG = (r"born|n[ée]e|adopt(?:ed|ing|s)? the (?:name|pseudonym)|took the name|(?:first |new |another |a )?"
           r"(?:pseudonym|pen ?name|alias|cover name|code name|real name|party name)s?(?: of| was)?|"
           r"under the (?:name|pseudonym|alias)(?: of)?|a\.?k\.?a\.?|also known as")
_WEAK = (r"known as|nicknamed|called|calling|dubbed|posing as|went by|goes by|"
         r"(?:nickname|epithet|sobriquet)(?: of)?")
CUE = re.compile(rf"\b(?P<cue>{_STRONG}|{_WEAK})\b[\s,:—–-]*(?:(?:him|her|himself|herself|them)\s+)?"
                 rf"(?:(?P<quoted>[“\"][^”\"]{{2,40}}[”\"])|(?P<name>{_NAME}))")
_STRONG_CUE = re.compile(rf"^(?:{_STRONG})$")
# 'Tom Reed, or Kestrel, his party name': the second name is the first one's pseudonym
APPOSITIVE = re.compile(rf"(?P<first>{_NAME}),?\s+(?:or|alias)\s+(?P<second>{_NAME}),\s+(?:his|her|their)\s+"
                        r"(?:\w+\s+)?(?:pseudonym|pen ?name|nickname|alias|party name|cover name)")
# 'the “Owl”, as Reed was called': a quoted name the sentence says someone went by
PASSIVE = re.compile(rf"[“\"](?P<second>[A-Z][^”\"]{{1,40}}?)[,.]?[”\"],?\s+as\s+(?P<first>{_NAME})\s+was\s+"
                     r"(?:called|known|nicknamed)")
_PRONOUN = re.compile(r"\b(he|him|his|she|her|they|them|their)\b", re.I)
_OBJECT_PRONOUN = re.compile(r"\b(him|her|them)\b", re.I)
# a capitalized word after a cue that starts a date or a phrase, not a name ('born May 3', 'called In …')
_NOT_A_NAME = frozenset(month.lower() for month in MONTH_NAMES) | {"in", "on", "at", "into", "the"}


def apply_cues(sentence: SentenceRecord, ctx: Context) -> None:
    """Each name a cue in the sentence introduces goes to the person the cue speaks of."""
    mentions = ctx.by_sentence.get(sentence.id, [])
    for match in CUE.finditer(sentence.text):
        cue = " ".join(match.group("cue").lower().split())
        quoted = match.group("quoted")
        alias = surface(quoted or match.group("name"))
        if not alias or alias.split()[0].lower() in _NOT_A_NAME:
            continue
        if not quoted and not is_personal_name(name_tokens(alias)):
            continue
        alias_key = fold(alias) if quoted else key_of(alias)
        cue_at = sentence.start + match.start()
        strong = bool(_STRONG_CUE.match(cue)) or _names_right_before(mentions, cue_at, sentence)
        if not quoted and not strong and alias_key not in ctx.keys and any(
                k.label != PERSON_LABEL and key_of(k.text) == alias_key for k in mentions):
            continue  # the model saw a place or organization there
        target = _person_before(mentions, cue_at, alias_key, ctx)
        if target is None and (strong or quoted) and "born" not in cue and _PRONOUN.search(
                sentence.text[:match.start()]):
            target = _focus_before(sentence, ctx, alias_key)  # 'he took the pen name X': whom 'he' refers to
        if target is None:
            continue
        target = target.root()
        if quoted and any(fold(w) in alias_key.split() for words in target.full_keys for w in words):
            continue  # "Reed's cudgel" said of someone else is not Reed's name
        ctx.give_name(target, alias, alias_key, f"introduced by '{cue}'", sentence.id, strong)


def apply_other_names(sentence: SentenceRecord, ctx: Context) -> None:
    """'X, or Y, his pseudonym' and '“Y”, as X was called': Y is among the names of the person X points to."""
    for pattern in (APPOSITIVE, PASSIVE):
        for match in pattern.finditer(sentence.text):
            first, second = key_of(match.group("first")), surface(match.group("second"))
            target = ctx.key_cluster.get(first)
            if target is not None and second and second[0].isupper() and len(second.split()) <= 5:
                ctx.give_name(target.root(), second, fold(second), "introduced as another name", sentence.id, True)


def _names_right_before(mentions: list[MentionRecord], pos: int, sentence: SentenceRecord) -> bool:
    """'X, known as Y' or 'X (or Y)': the cue follows a person's name directly."""
    return any(m.label == PERSON_LABEL and 0 <= pos - m.end <= 3 and
               not sentence.text[m.end - sentence.start:pos - sentence.start].strip(" ,(") for m in mentions)


def _person_before(mentions: list[MentionRecord], pos: int, alias_key: str, ctx: Context) -> Cluster | None:
    """The person named last before `pos` in the sentence (not the alias itself).

    None when an object pronoun stands between them: in 'X took him in and gave him a pseudonym' the
    pseudonym is not X's.
    """
    sentence = ctx.sentences.get(mentions[0].sentence_id) if mentions else None
    for m in sorted(mentions, key=lambda m: -m.start):
        key = key_of(m.text)
        if m.end <= pos and (m.label == PERSON_LABEL or key in ctx.keys) and key != alias_key:
            between = sentence.text[m.end - sentence.start:pos - sentence.start] if sentence else ""
            if _OBJECT_PRONOUN.search(between):
                return None
            found = ctx.person_of(m)
            if found is not None:
                return found
    return None


def _focus_before(sentence: SentenceRecord, ctx: Context, alias_key: str, back: int = 3) -> Cluster | None:
    """The person named last in the few sentences before this one, in the same chapter.

    A bare name there that only the alias's own holder would explain (a 'Tom' read as the 'Tom Pell' the
    sentence introduces) is read as the document's subject's, if the subject goes by it: the name cannot
    vouch for itself.
    """
    holder = ctx.key_cluster.get(alias_key)
    for sid in range(sentence.id - 1, sentence.id - 1 - back, -1):
        prev = ctx.sentences.get(sid)
        if prev is None or prev.document_id != sentence.document_id or prev.chapter_id != sentence.chapter_id:
            return None
        for m in sorted(ctx.by_sentence.get(sid, []), key=lambda m: -m.start):
            if m.label != PERSON_LABEL:
                continue
            found = ctx.person_of(m)
            if found is None or (holder is not None and found.root() is holder.root()):
                found = ctx.subject(m) or found
            if found is not None:
                return found
    return None
