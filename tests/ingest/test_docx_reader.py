import io
import zipfile

from prosopograph.ingest.docx import read_docx
from prosopograph.settings import Limits

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def make_docx(paragraphs: list[tuple[str | None, str]]) -> bytes:
    def para(style: str | None, text: str) -> str:
        props = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        return f"<w:p>{props}<w:r><w:t>{text}</w:t></w:r></w:p>"

    body = "".join(para(style, text) for style, text in paragraphs)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", f'<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>')
        z.writestr("docProps/core.xml",
                   '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
                   ' xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Notes on a Life</dc:title>'
                   '<dc:creator>A. Writer</dc:creator></cp:coreProperties>')
    return buf.getvalue()


def test_paragraphs_headings_and_metadata() -> None:
    text, sections, meta = read_docx(make_docx([
        ("Heading1", "Childhood"), (None, "He grew up by the sea."), ("Heading1", "Work"),
        (None, "He became a teacher.")]), Limits())
    assert [t for _, t in sections] == ["Childhood", "Work"]
    assert text.index("sea") < text.index("teacher")
    assert meta.get("title") == "Notes on a Life"
