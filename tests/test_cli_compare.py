"""compare on two short sources written here: one fact agreed, one more precise, one contradicted."""

import json

from click.testing import CliRunner

from prosopograph.cli import main

BOOK = """# A Life of Anna Holm

Anna Holm was born in Bergen on 4 May 1880 to a family of sea captains.

In 1905 Anna Holm moved to Oslo with her brother Erik Holm, and opened a school there.

Anna Holm died in Oslo on 1 March 1931, surrounded by her former pupils.
"""
REVIEW = """<html><head><title>Review: a teacher's life</title></head><body><article>
<h1>Review: a teacher's life</h1>
<p>The new biography follows Anna Holm from her birth in Bergen on 4 May 1880 to her last years.</p>
<p>In June 1905 Anna Holm moved to Oslo, where she founded the school that made her name.</p>
<p>The book says that Anna Holm died in Oslo on 3 March 1931, after a short illness.</p>
</article></body></html>"""


def test_compare_labels_with_both_citations(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "book.md").write_text(BOOK)
    (tmp_path / "review.html").write_text(REVIEW)
    db = str(tmp_path / "kb.sqlite")
    assert CliRunner().invoke(main, ["build", str(tmp_path), "--db", db]).exit_code == 0
    result = CliRunner().invoke(main, ["compare", "--db", db, "--json"])
    assert result.exit_code == 0
    claims = [json.loads(line) for line in result.stdout.splitlines()]

    def label(book_words: str, review_words: str):  # type: ignore[no-untyped-def]
        for c in claims:
            quotes = [x["quote"] for x in c["citations"]]
            if any(book_words in q for q in quotes) and any(review_words in q for q in quotes):
                assert len(c["sources"]) == 2 and set(c) == {"claim", "agree", "sources", "citations"}
                return c["agree"]
        raise AssertionError(f"no claim pairs {book_words!r} with {review_words!r}: {claims}")

    assert label("born in Bergen on 4 May 1880", "birth in Bergen on 4 May 1880") is True
    assert label("In 1905 Anna Holm moved", "In June 1905 Anna Holm moved") == "partial"
    assert label("died in Oslo on 1 March 1931", "died in Oslo on 3 March 1931") is False
