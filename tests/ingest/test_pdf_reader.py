import pytest

from conftest import make_pdf
from prosopograph.errors import SourceError
from prosopograph.ingest.pdf import read_pdf
from prosopograph.settings import Limits


def test_pages_and_labels() -> None:
    text, labels, _, _ = read_pdf(make_pdf([["Front matter"], ["Body one"], ["Body two"]],
                                           labels=[(0, "r", 1), (1, "D", 1)]), Limits())
    assert text.split("\f") == ["Front matter", "Body one", "Body two"]
    assert labels == ["i", "1", "2"]


def test_truncated_pdf_is_a_clear_error() -> None:
    data = make_pdf([["Some text here"]])
    with pytest.raises(SourceError, match="PDF"):
        read_pdf(data[: len(data) // 3], Limits())


def test_not_a_pdf() -> None:
    with pytest.raises(SourceError):
        read_pdf(b"%PDF-1.4\n garbage garbage", Limits())


def test_too_many_pages() -> None:
    with pytest.raises(SourceError, match="pages"):
        read_pdf(make_pdf([["a"], ["b"], ["c"]]), Limits(max_pdf_pages=2))
