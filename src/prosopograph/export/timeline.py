"""Timeline exports: TimelineJS JSON and a CSV for spreadsheets and Palladio."""

from __future__ import annotations

import csv
import html
import io
from typing import Any

from ..query.timeline import TimelineEvent

CSV_COLUMNS = ["date", "precision", "detail", "date_end", "date_text", "date_julian", "date_gregorian",
               "calendar_note", "relative", "kind", "event", "participants", "place", "document", "chapter", "page",
               "quote", "start", "end"]


def to_timelinejs(events: list[TimelineEvent], title: str) -> dict[str, Any]:
    """A TimelineJS 3 document: a title slide and one slide per event, grouped by kind."""
    slides = []
    for i, e in enumerate(events):
        c = e.citations[0] if e.citations else None
        source = f"{c.document}" + (f", ch. {c.chapter}" if c and c.chapter else "") + (
            f", p. {c.page}" if c and c.page else "") if c else ""
        body = html.escape(c.quote if c else e.event)
        if source:
            body += f"<br><small>{html.escape(source)}</small>"
        if e.date_julian and e.date_gregorian:
            body += f"<br><small>Julian {e.date_julian} = Gregorian {e.date_gregorian}</small>"
        slide: dict[str, Any] = {
            "unique_id": f"event-{i}",
            "start_date": _date_object(e.date_gregorian or e.date, e.date_text),
            "text": {"headline": html.escape(_headline(e)), "text": body},
            "group": e.kind,
        }
        if e.date_end:
            slide["end_date"] = _date_object(e.date_end, e.date_text)
        slides.append(slide)
    return {"title": {"text": {"headline": html.escape(title), "text": f"{len(events)} dated events"}},
            "events": slides}


def to_csv(events: list[TimelineEvent]) -> str:
    """One row per event with its first citation, in the order given."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for e in events:
        c = e.citations[0] if e.citations else None
        writer.writerow({
            "date": e.date, "precision": e.precision, "detail": e.detail or "", "date_end": e.date_end or "",
            "date_text": e.date_text, "date_julian": e.date_julian or "", "date_gregorian": e.date_gregorian or "",
            "calendar_note": e.calendar_note or "", "relative": "yes" if e.relative else "", "kind": e.kind,
            "event": e.event, "participants": "; ".join(e.participants), "place": e.place or "",
            "document": c.document if c else "", "chapter": (c.chapter or "") if c else "",
            "page": (c.page or "") if c else "", "quote": c.quote if c else "", "start": c.start if c else "",
            "end": c.end if c else "",
        })
    return buf.getvalue()


def _date_object(iso: str, display: str) -> dict[str, Any]:
    parts = [int(p) for p in iso.split("-")]
    out: dict[str, Any] = {"year": parts[0]}
    if len(parts) > 1:
        out["month"] = parts[1]
    if len(parts) > 2:
        out["day"] = parts[2]
    out["display_date"] = display
    return out


def _headline(e: TimelineEvent) -> str:
    who = ", ".join(e.participants[:3])
    words = e.event.split()
    short = " ".join(words[:12]) + (" …" if len(words) > 12 else "")
    return f"{who}: {short}" if who else short
