"""TEI P5 XML: each source's cleaned text with its names and dates tagged, and the people, places and bodies
it names described once in a standOff.

The string value of `body` is the cleaned text character for character, so every citation's offsets
still point into it: headings, paragraphs and notes stay in the order the cleaned text holds them
(footnotes gathered after the running text, each `note` pointing at an `anchor` where it stood), and
the blank lines between passages stay as they are. Several sources make a `teiCorpus` whose standOff
lists every entity once; each `TEI` in it refers there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from ..query.dates import DateReading
from ..query.edition import Corpus, Edition, Mark, PassageSpan
from ..query.people import Entity

TEI_NS = "http://www.tei-c.org/ns/1.0"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
NAME_TAGS = {"PERSON": "persName", "PLACE": "placeName", "ORG": "orgName"}
ID_PREFIX = {"PERSON": "person", "PLACE": "place", "ORG": "org"}
_ISO_DATE = re.compile(r"^-?\d{4}(-\d{2}(-\d{2})?)?$")
JULIAN_ID = "julian"


def entity_id(type_: str, entity: int) -> str:
    """The xml:id an entity has in the standOff ('person-12'); a mention's ref is '#' and this."""
    return f"{ID_PREFIX.get(type_, 'entity')}-{entity}"


def to_tei(corpus: Corpus, title: str) -> bytes:
    """One TEI document for a single source, a teiCorpus for several; UTF-8 XML with its declaration."""
    if len(corpus.editions) == 1:
        root = _tei(corpus.editions[0])
        root.append(_stand_off(corpus))
        _declare_calendar(root, corpus.editions)
    else:
        root = _el("teiCorpus")
        root.append(_header(title, None, [("note", f"{len(corpus.editions)} sources")]))
        _declare_calendar(root, corpus.editions)
        root.append(_stand_off(corpus))
        for e in corpus.editions:
            root.append(_tei(e))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")


def body_text(xml: bytes) -> list[str]:
    """The string value of each `body` in a TEI file (one per source), to compare with the cleaned text."""
    tree = etree.fromstring(xml)
    return ["".join(b.itertext()) for b in tree.iter(f"{{{TEI_NS}}}body")]


def _el(tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    el = etree.Element(f"{{{TEI_NS}}}{tag}", nsmap={None: TEI_NS})
    for key, value in attrs.items():
        el.set(XML_ID if key == "xml_id" else key.replace("_", "-"), value)
    if text is not None:
        el.text = text
    return el


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    el = _el(tag, text, **attrs)
    parent.append(el)
    return el


def _header(title: str, author: str | None, source: list[tuple[str, str]]) -> etree._Element:
    header = _el("teiHeader")
    desc = _sub(header, "fileDesc")
    stmt = _sub(desc, "titleStmt")
    _sub(stmt, "title", title)
    if author:
        _sub(stmt, "author", author)
    pub = _sub(desc, "publicationStmt")
    _sub(pub, "p", "Encoded by prosopograph from its knowledge base. The text of body is the cleaned text of the"
                   " source: the offsets of prosopograph's citations index it.")
    bibl = _sub(_sub(desc, "sourceDesc"), "bibl")
    _sub(bibl, "title", title)
    if author:
        _sub(bibl, "author", author)
    for kind, value in source:
        if kind == "note":
            _sub(bibl, "note", value)
        else:
            _sub(bibl, "idno", value, type=kind)
    return header


def _declare_calendar(root: etree._Element, editions: list[Edition]) -> None:
    """A calendarDesc naming the Julian calendar, where some date carries its Old Style reading."""
    if not any(m.reading and m.reading.date_julian for e in editions for m in e.marks):
        return
    header = root.find(f"{{{TEI_NS}}}teiHeader")
    profile = _sub(header, "profileDesc")
    calendar = _sub(_sub(profile, "calendarDesc"), "calendar", xml_id=JULIAN_ID)
    _sub(calendar, "p", "Julian calendar (Old Style), as dates in the source are written.")


def _tei(e: Edition) -> etree._Element:
    s = e.source
    root = _el("TEI")
    root.append(_header(s.title, s.author, [("path", s.path), ("sha256", s.content_hash), ("note", s.format)]))
    body = _sub(_sub(root, "text"), "body")
    _Body(e).write(body)
    return root


class _Body:
    """Writes the cleaned text into body: chapters as div, passages as head, p, ab and note, marks inline."""

    def __init__(self, e: Edition) -> None:
        self.e = e
        self.text = e.source.text
        self.marks = e.marks
        notes = [p for p in e.passages if p.kind == "note" and p.anchor is not None]
        self.stones = sorted([(pos, 0, "pb", label) for pos, label in e.pages]
                             + [(p.anchor, 1, "anchor", f"a{p.start}") for p in notes if p.anchor is not None])
        self.pos = 0

    def write(self, body: etree._Element) -> None:
        chapters = self.e.chapters
        container = body
        chapter_at = 0
        for p in self.e.passages:
            opened = False
            # a chapter with no passage of its own (a declared section left empty) gets no div
            while p.kind != "note" and chapter_at < len(chapters) and chapters[chapter_at].start <= p.start:
                chapter_at, opened = chapter_at + 1, True
            if opened:
                container = _sub(body, "div", type="chapter", n=str(chapters[chapter_at - 1].seq + 1))
            if p.kind == "note" and container.get("type") != "notes":
                container, opened = _sub(body, "div", type="notes"), False
            head = opened and p.kind == "heading"
            self._gap(container, p.start)
            self._passage(container, p, "head" if head else _TAGS.get(p.kind, "p"))
        self._gap(container, len(self.text))

    def _gap(self, container: etree._Element, until: int) -> None:
        """The text between passages (blank lines), with the page breaks and anchors that fall there or where
        the next passage starts (a page break goes before the paragraph it opens, not inside it)."""
        gap = self.text[self.pos:until]
        stones = self._stones(self.pos, until + 1)
        inside = [(at, el) for at, el in stones if at < until]
        if gap.strip():  # text outside every passage: keep it, in a block of its own
            _fill(_sub(container, "ab", type="unplaced"), self.text, self.pos, until, [], inside)
        else:
            _append(container, gap)
            container.extend(el for _, el in inside)
        container.extend(el for at, el in stones if at >= until)
        self.pos = until

    def _passage(self, container: etree._Element, p: PassageSpan, tag: str) -> None:
        attrs = {"type": p.kind} if tag == "ab" else {}
        if tag == "note":
            attrs = {"target": f"#a{p.start}", "place": "foot"} if p.anchor is not None else {"place": "foot"}
        el = _sub(container, tag, **attrs)
        marks = [m for m in self.marks if p.start <= m.start and m.end <= p.end]
        _fill(el, self.text, p.start, p.end, marks, self._stones(p.start, p.end))
        self.pos = p.end

    def _stones(self, start: int, end: int) -> list[tuple[int, etree._Element]]:
        """Page breaks and note anchors at offsets in [start, end), taken once each."""
        out = []
        while self.stones and self.stones[0][0] < end:
            pos, _, kind, value = self.stones.pop(0)
            el = _el("pb", n=value) if kind == "pb" else _el("anchor", xml_id=value)
            out.append((max(pos, start), el))
        return out


_TAGS = {"paragraph": "p", "heading": "ab", "apparatus": "ab", "argument": "ab", "contents": "ab", "note": "note"}


def _fill(parent: etree._Element, text: str, start: int, end: int, marks: list[Mark],
          stones: list[tuple[int, etree._Element]]) -> None:
    """text[start:end] into `parent`, each mark an element and each milestone at its offset."""
    pos = start
    for m in marks:
        _run(parent, text, pos, m.start, stones)
        child = _mark(m)
        parent.append(child)
        _run(child, text, m.start, m.end, stones)
        pos = m.end
    _run(parent, text, pos, end, stones)


def _run(parent: etree._Element, text: str, start: int, end: int, stones: list[tuple[int, etree._Element]]) -> None:
    """Plain text with the milestones that fall in [start, end) (consumed from `stones`)."""
    pos = start
    while stones and stones[0][0] < end:
        at, el = stones.pop(0)
        _append(parent, text[pos:at])
        parent.append(el)
        pos = max(pos, at)
    _append(parent, text[pos:end])


def _append(parent: etree._Element, s: str) -> None:
    if not s:
        return
    if len(parent):
        parent[-1].tail = (parent[-1].tail or "") + s
    else:
        parent.text = (parent.text or "") + s


def _mark(m: Mark) -> etree._Element:
    if m.reading is not None:
        return _date(m.reading)
    ref = "#" + entity_id(m.entity_type or "", m.entity_id or 0)
    if m.kind == "reference":
        return _el("rs", type=(m.entity_type or "entity").lower(), ref=ref)
    return _el(NAME_TAGS.get(m.entity_type or "", "name"), ref=ref)


def _date(r: DateReading) -> etree._Element:
    """A date with when (or from/to, notBefore/notAfter) at the precision the text gives; a clock time; a span."""
    if r.kind == "time":
        return _el("time", **_time_attrs(r.value))
    if r.kind in ("duration", "set"):
        # dur-iso takes a period with a known count ('P3Y', 'P1W'), not TIMEX3's open 'PXY'
        known = r.value is not None and r.value.startswith("P") and "X" not in r.value
        return _el("date", type=r.kind, **({"dur_iso": r.value} if known and r.value else {}))
    return _el("date", **_date_attrs(r))


def _time_attrs(value: str | None) -> dict[str, str]:
    if not value:
        return {}
    day, _, clock = value.partition("T")
    return {"when": f"{day}T{clock}:00" if day else f"{clock}:00"}


def _date_attrs(r: DateReading) -> dict[str, str]:
    if r.value is None:
        return {}
    plain = r.precision in ("day", "month", "year") and not (r.detail and r.detail != "circa")
    if r.end_value is not None:
        if plain and _ISO_DATE.match(r.end_value):
            return {"from": r.value, "to": r.end_value}
        return _bounds(r)
    if not plain:
        return _bounds(r)
    if r.date_julian and r.date_gregorian:
        return {"when": r.date_gregorian, "when_custom": r.date_julian, "datingMethod": f"#{JULIAN_ID}"}
    return {"when": r.value}


def _bounds(r: DateReading) -> dict[str, str]:
    return {"notBefore": r.earliest, "notAfter": r.latest} if r.earliest and r.latest else {}


def _stand_off(corpus: Corpus) -> etree._Element:
    stand_off = _el("standOff")
    for type_, list_tag in (("PERSON", "listPerson"), ("PLACE", "listPlace"), ("ORG", "listOrg")):
        group = [e for e in corpus.entities if e.type == type_]
        if group:
            listing = _sub(stand_off, list_tag)
            for e in group:
                listing.append(_entity(e, corpus.geonames.get(e.id)))
    return stand_off


def _entity(e: Entity, geonameid: int | None) -> etree._Element:
    tag = {"PERSON": "person", "PLACE": "place", "ORG": "org"}[e.type]
    el = _el(tag, xml_id=entity_id(e.type, e.id))
    name_tag = NAME_TAGS[e.type]
    for k, name in enumerate(names_of(e)):
        _sub(el, name_tag, name, **({} if k == 0 else {"type": "alias"}))
    for life_tag, life in (("birth", e.born), ("death", e.died)):
        if life:
            _sub(el, life_tag, life.date_text, **({"when": life.date_text} if _ISO_DATE.match(life.date_text) else {}))
    if e.type == "PLACE" and e.lat is not None and e.lon is not None:
        _sub(_sub(el, "location"), "geo", f"{e.lat:.5f} {e.lon:.5f}")
    if geonameid is not None:
        _sub(el, "idno", f"https://www.geonames.org/{geonameid}", type="GeoNames")
    return el


def names_of(e: Entity) -> Iterator[str]:
    """The entity's name, then every other name it goes by, each once."""
    yield from dict.fromkeys([e.name, *(a.name for a in e.aliases)])
