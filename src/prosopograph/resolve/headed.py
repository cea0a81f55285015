"""People a heading names: a chapter headed with someone's full name is about them.

A book of several lives heads a chapter 'Ada the Fair' and then calls her 'Ada' throughout it, though another Ada
was named chapters before. The model tags little in a heading (its capitals, or a small-capital line lowered by the
page's text), so the full names the text writes elsewhere are looked for in headings, and each one found there is a
mention of that name: the bare names that follow are read against it as against any full name written before them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import UNTAGGED
from .clusters import PERSON_LABEL, key_of
from .records import MentionRecord, SentenceRecord


def headed_people(mentions: list[MentionRecord], sentences: Iterable[SentenceRecord]) -> list[MentionRecord]:
    """The mentions with a person mention for each full name (two words or more) a heading writes that the text
    tags as a person's elsewhere (with negative ids, below any id given); a tag the model made of part of it ('Ada
    the' of 'ada the fair') gives way to it."""
    full = {surface.lower(): surface for m in mentions if m.label == PERSON_LABEL
            and len((surface := " ".join(m.text.split())).split()) >= 2 and len(key_of(surface).split()) >= 2}
    if not full:
        return mentions
    pattern = re.compile(r"(?<![\w’'-])(?:" + "|".join(
        r"\s+".join(map(re.escape, name.split())) for name in sorted(full, key=len, reverse=True)) + r")(?![\w’'-])",
        re.IGNORECASE)
    tagged: dict[int, list[MentionRecord]] = {}
    for m in mentions:
        tagged.setdefault(m.sentence_id, []).append(m)
    next_id = min([0, *(m.id for m in mentions)]) - 1
    added: list[MentionRecord] = []
    inside: set[int] = set()
    for s in sentences:
        if s.kind != "heading":
            continue
        for hit in pattern.finditer(s.text):
            start, end = s.start + hit.start(), s.start + hit.end()
            crossing = [m for m in tagged.get(s.id, []) if m.start < end and start < m.end]
            # the name as the running text writes it, not in the heading's capitals or small capitals
            written = full.get(" ".join(hit.group().split()).lower(), hit.group())
            if any(m.start < start or m.end > end or (m.text, m.label) == (written, PERSON_LABEL) for m in crossing):
                continue  # a longer name the model read there, or this one as it is written
            inside.update(m.id for m in crossing)
            added.append(MentionRecord(next_id - len(added), s.document_id, s.id, start, end, written, PERSON_LABEL,
                                       UNTAGGED))
    return [m for m in mentions if m.id not in inside] + added
