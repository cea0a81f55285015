"""TEI P5 export: valid against tei_all, the body the cleaned text itself, every name pointing into the standOff."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from prosopograph.build import build
from prosopograph.cli import main
from prosopograph.export.tei import TEI_NS, XML_ID, body_text, to_tei
from prosopograph.kb import KnowledgeBase
from prosopograph.query.dates import DateReading
from prosopograph.query.edition import Corpus, Edition, Mark, PassageSpan
from prosopograph.query.people import Alias, Entity
from prosopograph.settings import Limits
from prosopograph.store import ChapterRow, SourceRow

NS = {"t": TEI_NS}
GRANT = Path(__file__).resolve().parents[3] / "shared" / "corpus-grant"


def export(db: Path, ids: list[int] | None) -> tuple[bytes, Corpus]:
    with KnowledgeBase(db) as kb:
        corpus = kb.edition(ids)
    return to_tei(corpus, "test"), corpus


def document_ids(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as con:
        return {Path(p).name: i for i, p in con.execute("SELECT id, path FROM documents")}


def assert_valid(schema, xml: bytes) -> etree._Element:  # type: ignore[no-untyped-def]
    root = etree.fromstring(xml)
    assert schema.validate(root), "\n".join(f"{e.line}: {e.message}" for e in list(schema.error_log)[:10])
    return root


def dates_of(root: etree._Element) -> dict[str, dict[str, str]]:
    return {"".join(d.itertext()): dict(d.attrib) for d in root.iterfind(".//t:body//t:date", NS)}


def test_each_source_validates_and_its_body_is_the_cleaned_text(registers_db: Path, tei_schema) -> None:  # type: ignore[no-untyped-def]
    for doc_id in document_ids(registers_db).values():
        xml, corpus = export(registers_db, [doc_id])
        root = assert_valid(tei_schema, xml)
        assert root.tag == f"{{{TEI_NS}}}TEI"
        assert body_text(xml) == [corpus.editions[0].source.text]
        header = root.find("t:teiHeader", NS)
        assert header.findtext(".//t:idno[@type='sha256']", namespaces=NS) == corpus.editions[0].source.content_hash


def test_every_name_points_at_an_entity_whose_names_are_its_aliases(registers_db: Path) -> None:
    with KnowledgeBase(registers_db) as kb:
        known = {e.id: e for e in kb.people()}
    for doc_id in document_ids(registers_db).values():
        root = etree.fromstring(export(registers_db, [doc_id])[0])
        listed = {el.get(XML_ID): el for el in root.xpath("t:standOff//*[@xml:id]", namespaces=NS)}
        names = root.findall(".//t:body//t:persName", NS) + root.findall(".//t:body//t:placeName", NS)
        assert names, "the source names somebody or somewhere"
        for name in names + root.findall(".//t:body//t:orgName", NS) + root.findall(".//t:body//t:rs", NS):
            target = listed[name.get("ref").removeprefix("#")]
            entity = known[int(target.get(XML_ID).rsplit("-", 1)[1])]
            tag = etree.QName(target).localname
            assert tag == {"PERSON": "person", "PLACE": "place", "ORG": "org"}[entity.type]
            given = [n.text for n in target if etree.QName(n).localname.endswith("Name")]
            assert set(given) == {entity.name} | {a.name for a in entity.aliases}
            assert given[0] == entity.name


def test_dates_carry_their_precision(registers_db: Path) -> None:
    ids = document_ids(registers_db)
    vale = dates_of(etree.fromstring(export(registers_db, [ids["vale.txt"]])[0]))
    assert vale["4th of June, 1821"] == {"when": "1821-06-04"}
    assert vale["the winter of 1829"] == {"notBefore": "1829-12-01", "notAfter": "1830-02-28"}
    assert vale["two years"] == {"type": "duration", "dur-iso": "P2Y"}
    assert vale["every Sunday"] == {"type": "set"}
    marchetti = dates_of(etree.fromstring(export(registers_db, [ids["marchetti.md"]])[0]))
    assert marchetti["Two months later"] == {"when": "1958-08"}
    assert marchetti["the late 1940s"]["notBefore"].startswith("1946")
    assert marchetti["eleven years"] == {"type": "duration", "dur-iso": "P11Y"}


def test_an_old_style_date_gives_both_readings(registers_db: Path) -> None:
    root = etree.fromstring(export(registers_db, [document_ids(registers_db)["ozols.txt"]])[0])
    born = dates_of(root)["14 February 1868"]
    assert born == {"when": "1868-02-26", "when-custom": "1868-02-14", "datingMethod": "#julian"}
    assert root.xpath(".//t:calendarDesc/t:calendar[@xml:id='julian']", namespaces=NS)
    assert dates_of(root)["Today"] == {}  # 'today' in a memoir with no day given nearby stays undated


def test_pages_become_page_breaks(registers_db: Path) -> None:
    xml, corpus = export(registers_db, [document_ids(registers_db)["vale.txt"]])
    breaks = etree.fromstring(xml).findall(".//t:body//t:pb", NS)
    assert [pb.get("n") for pb in breaks] == [label for _, label in corpus.editions[0].pages]
    assert len(breaks) == 4


def test_several_sources_make_one_corpus_with_each_entity_listed_once(registers_db: Path, tei_schema) -> None:  # type: ignore[no-untyped-def]
    xml, corpus = export(registers_db, None)
    root = assert_valid(tei_schema, xml)
    assert root.tag == f"{{{TEI_NS}}}teiCorpus" and len(root.findall("t:TEI", NS)) == 3
    ids = [el.get(XML_ID) for el in root.xpath(".//*[@xml:id]")]
    assert len(ids) == len(set(ids))
    assert body_text(xml) == [e.source.text for e in corpus.editions]


def test_a_note_points_at_its_anchor_and_milestones_nest_in_names(tei_schema) -> None:  # type: ignore[no-untyped-def]
    text = "Chapter One\n\nOrla Finch walked to Kestrel Bay in 1911.\n\nA note on the walk."
    person = Entity(7, "PERSON", "Orla Finch", 1, [Alias("Orla Finch", "full name", 1, None)])
    start = text.index("Orla")
    year = text.index("1911")
    reading = DateReading(1, year, year + 4, "1911", "date", "1911", "year", False, None)
    note = text.index("A note")
    edition = Edition(
        SourceRow(1, "walk.txt", "text", "0" * 64, "A Walk <&>", None, text),
        [ChapterRow(1, 0, "Chapter One", 0, note - 2, None)],
        [PassageSpan("heading", 0, 11, 0, "1", None), PassageSpan("paragraph", 13, note - 2, 0, "1", None),
         PassageSpan("note", note, len(text), 0, "2", text.index(" walked"))],
        [(0, "1"), (start + 2, "2")],
        [Mark(start, start + 10, "name", 7, "PERSON"), Mark(year, year + 4, "time", reading=reading)], [7])
    xml = to_tei(Corpus([edition], [person], {}), "one")
    root = assert_valid(tei_schema, xml)
    assert body_text(xml) == [text]
    assert root.find(".//t:body/t:div/t:head", NS).text == "Chapter One"
    assert root.find(".//t:body/t:div/t:pb", NS).get("n") == "1"  # before the heading it opens, not in it
    name = root.find(".//t:persName", NS)
    assert name.find("t:pb", NS).get("n") == "2" and "".join(name.itertext()) == "Orla Finch"
    target = root.find(".//t:body//t:note", NS).get("target").removeprefix("#")
    assert root.xpath(f".//t:anchor[@xml:id='{target}']", namespaces=NS)
    assert root.findtext(".//t:title", namespaces=NS) == "A Walk <&>"


def test_the_command_writes_one_source_or_the_corpus(registers_db: Path, tmp_path: Path) -> None:
    one, every = tmp_path / "one.xml", tmp_path / "all.xml"
    doc_id = document_ids(registers_db)["ozols.txt"]
    result = CliRunner().invoke(main, ["export", "tei", "--db", str(registers_db), "--document", str(doc_id),
                                       "-o", str(one)])
    assert result.exit_code == 0, result.stderr
    assert etree.parse(str(one)).getroot().tag == f"{{{TEI_NS}}}TEI"
    assert CliRunner().invoke(main, ["export", "tei", "--db", str(registers_db), "-o", str(every)]).exit_code == 0
    assert etree.parse(str(every)).getroot().tag == f"{{{TEI_NS}}}teiCorpus"
    missing = CliRunner().invoke(main, ["export", "tei", "--db", str(registers_db), "--document", "999", "-o",
                                        str(tmp_path / "x.xml")])
    assert missing.exit_code != 0 and "999" in missing.stderr and not (tmp_path / "x.xml").exists()


def assert_public_life_exports(db: Path, schema) -> None:  # type: ignore[no-untyped-def]
    for doc_id in document_ids(db).values():
        xml, corpus = export(db, [doc_id])
        root = assert_valid(schema, xml)
        assert body_text(xml) == [corpus.editions[0].source.text]
        anchors = {a.get(XML_ID) for a in root.iterfind(".//t:anchor", NS)}
        assert all(n.get("target", "#")[1:] in anchors for n in root.iterfind(".//t:note[@target]", NS))


def test_the_public_life_exports_valid_tei(corpus_db: Path, tei_schema) -> None:  # type: ignore[no-untyped-def]
    assert_public_life_exports(corpus_db, tei_schema)


@pytest.mark.slow
def test_the_memoir_life_exports_valid_tei(tmp_path: Path, tei_schema) -> None:  # type: ignore[no-untyped-def]
    if not GRANT.is_dir():
        pytest.skip(f"the memoir life is not here ({GRANT} is missing)")
    report = build([str(GRANT)], tmp_path / "kb.sqlite", Limits())
    assert not report.failed, report.failed
    assert_public_life_exports(tmp_path / "kb.sqlite", tei_schema)
