"""Questions the record answers before any sentence is searched: when someone was born or died, the
name the text introduced for them, and their kin."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..store import EventRow, Store
from ..text import MONTH_NAMES
from .kinship import kin_answer, kin_asked, whose_kin
from .question import GROUP_LABELS, Question

PRECISION_FIT = {None: {"day": 1.0, "month": 0.9, "season": 0.85, "year": 0.8, "decade": 0.5, "century": 0.3},
                 "day": {"day": 1.0},
                 "month": {"day": 1.0, "month": 1.0},
                 "season": {"season": 1.0, "day": 0.6, "month": 0.7, "year": 0.6},
                 "year": {"day": 1.0, "month": 1.0, "season": 1.0, "year": 1.0, "decade": 0.2}}
"""How well a date of each precision answers a question asking for one (None: any)."""
RECORD_SCORE, NAME_SCORE = 0.9, 0.85
NAME_REASONS = {"born": ("born", "née", "nee"), "real name": ("real name",),
                "pseudonym": ("pseudonym", "pen name", "alias", "cover name", "party name", "another name",
                              "under the name", "took the name"),
                "nickname": ("nickname", "epithet", "called", "known as", "dubbed", "another name")}
"""The reasons a name was given for, by the kind of name asked."""


@dataclass(frozen=True)
class RecordAnswer:
    text: str
    score: float
    sentence_id: int
    anchor_sentence_id: int | None = None
    iso: str | None = None
    hops: int = 0
    """Further relations the answer was reached through (a grandparent through a parent: 1)."""
    cues: tuple[str, ...] = ()
    """The question's words the record answers ('mother', 'born'), folded."""


UNSAID = RecordAnswer("", 0.0, 0)
"""The record answers this kind of question and does not say: no guess from the sentences."""


def from_record(store: Store, q: Question, name: str, person: int, deed: bool = False) -> RecordAnswer | None:
    """The record's answer about the person the question names (`name` as the question writes it; `deed`: the
    question asks who did something, not who someone is); UNSAID where the record should know and does not; None
    where the sentences must be searched."""
    asked = kin_asked(q.text, name) if q.head not in GROUP_LABELS else None  # 'what nationality was his wife'
    if asked and deed and asked[0] != "spouse":
        asked = None  # 'Who taught Ann's son?' asks for his teacher, not her son
    if asked and asked[0].startswith("step"):
        return None  # the record keeps no step-parent ('my step-mother, Ann'): the sentences say who
    if asked and (q.answer_type in ("person", "text") or (q.answer_type == "name" and not q.name_kind)):
        # 'what name did her aunt call her by': a name the aunt gave, not the aunt
        kin = kin_answer(store, person, *asked)
        if kin is None:  # the record does not say: a name near the words 'mother' and X is a guess
            return UNSAID
        found, sentence_ids = kin
        return RecordAnswer(found, RECORD_SCORE, sentence_ids[-1], sentence_ids[0] if len(sentence_ids) > 1 else None,
                            hops=len(sentence_ids) - 1, cues=tuple(w for w in [*asked, whose_kin(q.text, name)] if w))
    if q.life_event and q.answer_type == "date":
        return _life_date(store, q, person)
    if q.answer_type == "name" and q.name_kind:
        aliases = store.aliases([person])[person]
        introduced = [a for a in aliases if a.sentence_id and any(w in a.reason for w in NAME_REASONS[q.name_kind])]
        if introduced:
            chosen = min(introduced, key=lambda a: a.sentence_id or 0)  # the first the text gives
            return RecordAnswer(chosen.alias, NAME_SCORE, chosen.sentence_id or 0, cues=tuple(q.cues))
    return None


def _life_date(store: Store, q: Question, person: int) -> RecordAnswer | None:
    rows = store.entities(ids=[person])
    if not rows:
        return None
    row = rows[0]
    iso, sentence = (row.born, row.born_sentence_id) if q.life_event == "born" else (row.died, row.died_sentence_id)
    fits = PRECISION_FIT[q.precision]
    precision = ("year", "month", "day")[min(iso.count("-"), 2)] if iso else ""
    if not (iso and sentence and iso[:1].isdigit() and precision in fits):
        return None
    event = next((e for e in store.sentence_events([sentence]) if e.date == iso), None)
    text = date_answer(event) if event else render_date(iso)
    return RecordAnswer(text, RECORD_SCORE, sentence, event.anchor_sentence_id if event else None, iso,
                        cues=tuple(q.cues))


def date_answer(e: EventRow) -> str:
    """A date as the source gives it, its ISO form, and the other calendar where one applies."""
    written = e.date_text if re.search(r"\d{3,4}", e.date_text) and not e.relative else render_date(e.date, e.detail)
    if e.date_julian and e.date_gregorian:
        return f"{written} ({e.date_julian} O.S., {e.date_gregorian} N.S.)"
    return f"{written} ({e.date})" if e.precision in ("day", "month") else written


def render_date(iso: str, detail: str | None = None) -> str:
    """An ISO date in words ('1904-06-02' → June 2, 1904)."""
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 3:
        return f"{MONTH_NAMES[parts[1] - 1]} {parts[2]}, {parts[0]}"
    if len(parts) == 2:
        return f"{MONTH_NAMES[parts[1] - 1]} {parts[0]}"
    if detail in ("spring", "summer", "autumn", "winter"):
        return f"{detail} {parts[0]}"
    return str(parts[0])
