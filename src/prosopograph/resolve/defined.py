"""Other names a text gives a body it names, and every place it then uses them.

A writer introduces a short name once and uses it from then on: 'the Workers' Mutual League (or Mutual)
held …', 'the Vestry (the old name for the Parish Council) …', 'Fedmill, short for the Federation of Mill
Hands, …'. The model tags the full name but often not the short one, or takes it for a person's. Such a
definition makes both names one body's (see `organizations.resolve_organizations`); a short name the model
missed becomes a mention of its own wherever that document writes it. After 'or' the other name must be made
from the body's own words or letters ('the Harbour Council, or the Mayor, …' gives the council no other name).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from ..model import DEFINED
from ..text import fold
from .names import COMMON_WORD, lower_case_words, surface
from .organizations import is_body_name, org_name
from .records import MentionRecord, SentenceRecord

ORG = "ORG"
_NAME = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}"
_OR_NAME = re.compile(rf"\s*(?:,\s*or\s+(?:the\s+)?(?P<name>{_NAME})\s*,"
                      rf"|\(\s*or\s+(?:the\s+)?(?P<within>{_NAME})\s*\))")
"""'X, or Y,' and 'X (or Y)': the other name, closed as an apposition is (not 'X, or Y and Z')."""
_TERM_FOR = re.compile(r"\s*[,(]\s*(?:(?:an?|the)\s+(?:[a-z-]+\s+)?(?:term|name|word|abbreviation|acronym|"
                       r"contraction|shorthand)|short)\s+for\s+(?:the\s+)?$")
"""What stands between 'Y' and 'X' in 'Y (the old name for the X)' and 'Y, short for X'."""


@dataclass
class Definitions:
    """The mentions with the defined names' labels set and the missed ones added; which names join which."""

    mentions: list[MentionRecord]
    added: list[MentionRecord] = field(default_factory=list)
    joined: dict[str, str] = field(default_factory=dict)
    """Folded short name → folded full name it is another name for."""


def define_names(mentions: list[MentionRecord], sentences: list[SentenceRecord]) -> Definitions:
    """Names the text defines as another name of a body, labelled as the body; those the model missed added
    (with negative ids, below any id given)."""
    by_sentence: dict[int, list[MentionRecord]] = defaultdict(list)
    for m in mentions:
        by_sentence[m.sentence_id].append(m)
    lower = lower_case_words(sentences)
    found: dict[tuple[int, str], str] = {}
    """(document, short name as written) → the full name's folded key."""
    for s in sentences:
        named = sorted(by_sentence.get(s.id, []), key=lambda m: m.start)
        for short, full in _definitions(s, named, lower):
            found.setdefault((s.document_id, short), fold(org_name(full.text)))
    if not found:
        return Definitions(mentions)
    relabelled = [replace(m, label=ORG) if (m.document_id, surface(m.text)) in found else m for m in mentions]
    added = _uses(found, sentences, by_sentence, min([0, *(m.id for m in mentions)]) - 1)
    joined = {fold(org_name(short)): full for (_, short), full in found.items()
              if fold(org_name(short)) != full}
    return Definitions(sorted(relabelled + added, key=lambda m: (m.document_id, m.start)), added, joined)


def _definitions(s: SentenceRecord, named: list[MentionRecord], lower: Counter[str],
                 ) -> Iterable[tuple[str, MentionRecord]]:
    """(short name, the body's mention) for each definition the sentence gives."""
    for i, m in enumerate(named):
        after = s.text[m.end - s.start:]
        if _is_body(m) and (o := _OR_NAME.match(after)):
            short = o["name"] or o["within"]
            if not _common(short, lower) and is_short_form(short, org_name(m.text)):
                yield short, m
        if i + 1 < len(named) and _is_body(full := named[i + 1]) and \
                _TERM_FOR.fullmatch(s.text[m.end - s.start:full.start - s.start]):
            yield surface(m.text), full


def is_short_form(short: str, full: str) -> bool:
    """Whether `short` is made from `full`: some of its words ('Mutual'), its initials, or its letters in
    order ('Fedmill' of 'Federation of Mill Hands')."""
    words, letters = fold(full).split(), fold(full).replace(" ", "")
    if set(fold(short).split()) <= set(words):
        return True
    wanted = iter(letters)
    return fold(short)[:1] == letters[:1] and all(ch in wanted for ch in fold(short).replace(" ", ""))


def _is_body(m: MentionRecord) -> bool:
    return m.label == ORG or is_body_name(m.text)


def _common(name: str, lower: Counter[str]) -> bool:
    """A word written in lower case elsewhere ('or Moscow', 'or Later'): not a name given here."""
    return any(lower[w.lower()] >= COMMON_WORD for w in name.split())


def _uses(found: dict[tuple[int, str], str], sentences: list[SentenceRecord],
          by_sentence: dict[int, list[MentionRecord]], first_id: int) -> list[MentionRecord]:
    """A mention for every place a document writes a short name it defined where the model tagged nothing."""
    patterns: dict[int, re.Pattern[str]] = {}
    for doc in {d for d, _ in found}:
        names = sorted((n for d, n in found if d == doc), key=len, reverse=True)
        patterns[doc] = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?!\w)")
    added: list[MentionRecord] = []
    for s in sentences:
        pattern = patterns.get(s.document_id)
        if pattern is None:
            continue
        for hit in pattern.finditer(s.text):
            start, end = s.start + hit.start(), s.start + hit.end()
            if any(m.start < end and start < m.end for m in by_sentence.get(s.id, [])):
                continue
            added.append(MentionRecord(first_id - len(added), s.document_id, s.id, start, end, hit.group(), ORG,
                                       DEFINED))
    return added

