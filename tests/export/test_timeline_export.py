"""Exports as the tools that open them expect: TimelineJS 3 JSON, and CSV."""

import csv
import io

import jsonschema

from prosopograph.export.timeline import CSV_COLUMNS, to_csv, to_timelinejs
from prosopograph.model import Citation
from prosopograph.query.timeline import TimelineEvent

# TimelineJS 3's JSON format (timeline.knightlab.com/docs/json-format.html), written down as a schema.
DATE = {"type": "object", "required": ["year"], "additionalProperties": False, "properties": {
    "year": {"type": "integer"}, "month": {"type": "integer", "minimum": 1, "maximum": 12},
    "day": {"type": "integer", "minimum": 1, "maximum": 31}, "hour": {"type": "integer"},
    "minute": {"type": "integer"}, "second": {"type": "integer"}, "millisecond": {"type": "integer"},
    "display_date": {"type": "string"}, "format": {"type": "string"}}}
TEXT = {"type": "object", "additionalProperties": False,
        "properties": {"headline": {"type": "string"}, "text": {"type": "string"}}}
SLIDE_PROPERTIES = {"start_date": DATE, "end_date": DATE, "text": TEXT, "media": {"type": "object"},
                    "group": {"type": "string"}, "display_date": {"type": "string"},
                    "background": {"type": "object"}, "autolink": {"type": "boolean"},
                    "unique_id": {"type": "string"}}
TIMELINEJS = {
    "type": "object", "required": ["events"], "additionalProperties": False,
    "properties": {
        "events": {"type": "array", "items": {"type": "object", "required": ["start_date"],
                                              "additionalProperties": False, "properties": SLIDE_PROPERTIES}},
        "title": {"type": "object", "additionalProperties": False, "properties": SLIDE_PROPERTIES},
        "eras": {"type": "array"}, "scale": {"enum": ["human", "cosmological"]},
    },
}

CITE = Citation("A Life", 1, "Youth", "12", 100, 140, "She sailed from Bergen on 2 June 1904 <alone>.")
EVENTS = [
    TimelineEvent("1904-06-02", "day", "2 June 1904", "she sailed from Bergen", "departure", ["Anna Holm"], "Bergen",
                  [CITE]),
    TimelineEvent("1917-10-25", "day", "October 25", "the congress opened", "event", [], None, [CITE],
                  date_julian="1917-10-25", date_gregorian="1917-11-07", calendar_note="Old Style", relative=True),
    TimelineEvent("1930", "decade", "the 1930s", "years abroad", "event", ["Anna Holm"], None, [CITE]),
    TimelineEvent("1929", "year", "from 1929 to 1933", "years in exile", "exile", [], None, [CITE],
                  date_end="1933"),
]


def test_timelinejs_file_validates_against_the_format() -> None:
    doc = to_timelinejs(EVENTS, "A Life")
    jsonschema.validate(doc, TIMELINEJS)
    slides = doc["events"]
    assert len(slides) == 4
    assert slides[1]["start_date"] == {"year": 1917, "month": 11, "day": 7, "display_date": "October 25"}
    assert slides[3]["end_date"]["year"] == 1933
    assert "&lt;alone&gt;" in slides[0]["text"]["text"]  # quotes are escaped, never raw HTML
    assert len({s["unique_id"] for s in slides}) == 4


def test_csv_has_one_row_per_event_with_its_citation() -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv(EVENTS))))
    assert list(rows[0]) == CSV_COLUMNS
    assert len(rows) == 4
    assert rows[1]["date_gregorian"] == "1917-11-07" and rows[1]["relative"] == "yes"
    assert rows[0]["quote"] == CITE.quote and rows[0]["page"] == "12"
