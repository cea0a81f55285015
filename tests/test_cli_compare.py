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


SCENE_BOOK = """# The Weiss Affair

Karl Weiss taught chemistry in Lyon for thirty years and lived above his laboratory.

Late on 12 October 1898 a stranger came to the laboratory and asked for Karl Weiss by name.
The visitor waited until the chemist bent over his notes.
Then he struck Weiss from behind with a hatchet and ran for the door.
Weiss fought the man off and chased him into the street before he collapsed.

In May 1899 Weiss fought off a burglar who had broken into the cellar.
"""
SCENE_REVIEW = """# A review of The Weiss Affair

On 12 October 1898 an intruder hit Karl Weiss over the head with a hammer in his own laboratory.
Weiss resisted his assailant and drove him out of the house.
"""


def claims_of(tmp_path, sources: dict[str, str]) -> list[dict]:  # type: ignore[no-untyped-def]
    for name, text in sources.items():
        (tmp_path / name).write_text(text)
    db = str(tmp_path / "kb.sqlite")
    assert CliRunner().invoke(main, ["build", str(tmp_path), "--db", db]).exit_code == 0
    result = CliRunner().invoke(main, ["compare", "--db", db, "--json"])
    assert result.exit_code == 0
    return [json.loads(line) for line in result.stdout.splitlines()]


def pairing(claims: list[dict], book_words: str, review_words: str) -> list[dict]:
    return [c for c in claims if any(book_words in x["quote"] for x in c["citations"])
            and any(review_words in x["quote"] for x in c["citations"])]


def test_one_scene_told_twice_pairs_by_meaning_and_by_instrument(tmp_path) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(tmp_path, {"book.md": SCENE_BOOK, "review.md": SCENE_REVIEW})
    # the review's first sentence has the date; the book names the weapon two sentences after its date
    weapon = [c for c in pairing(claims, "with a hatchet", "with a hammer") if "hatchet" in c["claim"]]
    assert weapon and weapon[0]["agree"] == "partial"  # two tools: maybe one thing, named two ways
    assert {x["document"] for x in weapon[0]["citations"]} == set(weapon[0]["sources"])
    # no date and hardly a word in common, but the same day and the same meaning
    assert pairing(claims, "Weiss fought the man off", "Weiss resisted his assailant")
    # a like fight of the next spring is another scene
    assert not pairing(claims, "fought off a burglar", "Weiss resisted his assailant")
