"""PDF: the text layer page by page, with printed page labels and the outline as sections."""

from __future__ import annotations

from ..errors import SourceError
from ..settings import Limits


def read_pdf(data: bytes, limits: Limits) -> tuple[str, list[str], list[tuple[int, str]], dict[str, str]]:
    """(text with \\f between pages, page labels, sections, metadata) of a PDF."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise SourceError(f"not a readable PDF ({exc})") from None
    try:
        n = len(pdf)
        if n == 0:
            raise SourceError("PDF has no pages")
        if n > limits.max_pdf_pages:
            raise SourceError(f"PDF has {n} pages, over the limit of {limits.max_pdf_pages}")
        pages, labels, page_starts = [], [], []
        offset = 0
        for i in range(n):
            page = pdf[i]
            textpage = page.get_textpage()
            # PDFium marks a word hyphenated at a line end with U+FFFE and removes the break.
            text = textpage.get_text_range().replace("\r\n", "\n").replace("\ufffe", "")
            textpage.close()
            page.close()
            page_starts.append(offset)
            pages.append(text)
            offset += len(text) + 1
            labels.append(pdf.get_page_label(i) or str(i + 1))
        sections = []
        for item in pdf.get_toc(max_depth=3):
            dest = item.get_dest()
            index = dest.get_index() if dest is not None else None
            if index is not None and 0 <= index < n:
                sections.append((page_starts[index], item.get_title().strip()))
        meta = {k: v for k, v in pdf.get_metadata_dict(skip_empty=True).items() if isinstance(v, str)}
    finally:
        pdf.close()
    text = "\f".join(pages)
    if not text.strip():
        raise SourceError("PDF has no text layer (scanned images only?)")
    return text, labels, sorted(sections), meta
