"""compare on short sources written here, in different registers: facts agreed, stated more precisely, contradicted."""

import json

import pytest
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
                assert len(c["sources"]) == 2 and {"claim", "agree", "sources", "citations"} <= set(c)
                return c["agree"]
        raise AssertionError(f"no claim pairs {book_words!r} with {review_words!r}: {claims}")

    assert label("born in Bergen on 4 May 1880", "birth in Bergen on 4 May 1880") is True
    assert label("In 1905 Anna Holm moved", "In June 1905 Anna Holm moved") == "partial"
    assert label("died in Oslo on 1 March 1931", "died in Oslo on 3 March 1931") is False


BIOGRAPHY = """# The Life of Karl Weiss

Karl Weiss was born in Paris on 3 May 1850 and trained as a chemist.

On 12 October 1898 an intruder struck Karl Weiss with a sword in his laboratory.
"""
MEMORIAL = """MEMORIALS OF A CHEMIST

Mr. Karl Weiss, of whom these pages treat, was born in France on the 3rd of May, 1850, of a family long settled
in that country.

On the 12th of October, 1898, a ruffian shot Karl Weiss with a pistol, and about four hundred townsmen gathered at
the door before nightfall.
"""
MEMOIR = """# What I Remember

My father, Karl Weiss, was born in Paris on 3 May 1850. I was his only daughter.

On 12 October 1898, 400 townsmen stood outside our house, and a thief had stabbed my father Karl Weiss with a dagger.
"""


def claims_of(tmp_path, sources: dict[str, str], *options: str) -> list[dict]:  # type: ignore[no-untyped-def]
    db = tmp_path / "kb.sqlite"
    if not db.exists():
        for name, text in sources.items():
            (tmp_path / name).write_text(text)
        assert CliRunner().invoke(main, ["build", str(tmp_path), "--db", str(db)]).exit_code == 0
    result = CliRunner().invoke(main, ["compare", "--db", str(db), "--json", *options])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_a_date_agreed_a_place_more_precise_and_a_weapon_contradicted(tmp_path) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(tmp_path, {"life.md": BIOGRAPHY, "memorial.txt": MEMORIAL})
    found = {c["claim"]: c for c in claims}
    assert [c["agree"] for c in claims] == [True, "partial", False], [(c["claim"], c["agree"]) for c in claims]
    born = found["date of the birth of Karl Weiss"]
    assert born["values"] == ["3 May 1850", "3rd of May, 1850"]
    assert found["place of the birth of Karl Weiss"]["values"] == ["Paris", "France"]
    weapon = next(c for c in claims if c["agree"] is False)
    assert weapon["values"] == ["sword", "pistol"] and "different things" in weapon["reason"]
    for c in claims:  # each with both citations, one per source
        assert len(c["citations"]) == 2 and len(set(c["sources"])) == 2
        assert {x["document"] for x in c["citations"]} == set(c["sources"])


def test_three_sources_in_three_registers_and_two_of_them(tmp_path) -> None:  # type: ignore[no-untyped-def]
    sources = {"life.md": BIOGRAPHY, "memorial.txt": MEMORIAL, "memoir.md": MEMOIR}
    claims = claims_of(tmp_path, sources)
    born = next(c for c in claims if c["claim"] == "date of the birth of Karl Weiss")
    assert born["agree"] is True and len(born["sources"]) == 3 and len(born["citations"]) == 3
    assert sorted(born["values"]) == ["3 May 1850", "3 May 1850", "3rd of May, 1850"]
    crowd = next(c for c in claims if c["claim"].startswith("number of townsmen"))
    assert crowd["agree"] == "partial"  # 'about four hundred' is 400 within the rounding it implies
    assert sorted(crowd["values"]) == ["400 townsmen", "about four hundred townsmen"]
    weapon = next(c for c in claims if c["claim"].startswith("what was used on Karl Weiss"))
    assert weapon["agree"] is False and sorted(weapon["values"]) == ["dagger", "pistol", "sword"]
    # narrowed to two sources: their values only, and the label of those two
    two = claims_of(tmp_path, sources, "--source", "memoir.md", "--source", "life.md")
    assert two and all(len(c["sources"]) == 2 and len(c["citations"]) == 2 for c in two)
    assert next(c for c in two if c["claim"].startswith("what was used"))["values"] == ["dagger", "sword"]
    assert next(c for c in two if c["claim"].startswith("place of the birth"))["agree"] is True  # Paris twice
    assert all(c["agree"] == "partial" for c in claims_of(tmp_path, sources, "--agree", "partial"))
    assert CliRunner().invoke(main, ["compare", "--db", str(tmp_path / "kb.sqlite"), "--source", "nowhere.md"]
                              ).exit_code == 2


def test_like_wording_of_two_different_years_is_not_one_fact(tmp_path) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(tmp_path, {
        "one.md": "# Notes on Ida Brandt\n\nIn 1902 Ida Brandt opened a small bakery in the harbour of Hamburg.\n",
        "two.md": "# Ida Brandt\n\nIn 1925 Ida Brandt opened a small bakery in the harbour of Hamburg.\n",
    })
    assert not claims  # the words are alike, the years far apart: two openings, not one told twice


def test_one_shared_word_alone_pairs_nothing(tmp_path) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(tmp_path, {
        "parish.txt": "THE PARISH REGISTER\n\nMr. Josiah Mull died.\n",
        "memoir.md": "# My Own Story\n\nThen Hal Grieve died.\n",
    })
    assert not claims  # two men died: one verb in common is no telling of one thing


def test_the_same_person_and_words_make_a_parallel_telling(tmp_path) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(tmp_path, {
        "life.md": "# Ida Brandt\n\nIda Brandt sold the old bakery to pay the debts of her brother.\n",
        "letters.txt": "LETTERS\n\nIda Brandt, we learn, sold the old bakery to meet her brother's debts.\n",
    })
    assert [c["agree"] for c in claims] == [True] and len(claims[0]["citations"]) == 2


def test_a_name_shared_is_not_also_a_word_shared(tmp_path) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(tmp_path, {
        "life.md": "# Ida Brandt\n\nIda Brandt sold bread.\n",
        "letters.txt": "LETTERS\n\nIda Brandt sailed.\n",
    })
    assert not claims  # the one woman both name, doing two things: her name counts once, as a person


CHRONICLE = """# The Fall of Tomas Varga

Tomas Varga was born in Szeged in 1901 and edited a weekly paper there.

In the last winter of the war the Interior Ministry was responsible for the death of Tomas Varga.
"""
DESPATCH = """DESPATCHES FROM THE FRONTIER

It is now beyond doubt that Colonel Andras Rusz ordered his hussars to shoot Tomas Varga at the ford.
"""
RECOLLECTION = """# Forty Years a Soldier

I stood at the ford on the morning when Colonel Andras Rusz arranged the murder of Tomas Varga.
"""


def test_who_was_behind_a_killing_in_three_registers(tmp_path) -> None:  # type: ignore[no-untyped-def]
    sources = {"chronicle.md": CHRONICLE, "despatch.txt": DESPATCH, "recollection.md": RECOLLECTION}
    behind = [c for c in claims_of(tmp_path, sources) if c["claim"] == "who was behind the killing of Tomas Varga"]
    assert len(behind) == 1 and len(behind[0]["citations"]) == 3
    # a body and a man both behind it: each names one of those behind it, neither excludes the other
    assert behind[0]["agree"] == "partial" and sorted(behind[0]["values"]) == [
        "Andras Rusz", "Andras Rusz", "Interior Ministry"]
    two = claims_of(tmp_path, sources, "--source", "despatch.txt", "--source", "recollection.md")
    assert [c["agree"] for c in two if c["claim"].startswith("who was behind")] == [True]


REGISTER = "# The Register\n\nThe execution of Tomas Varga was ordered by Colonel Andras Rusz.\n"
LETTERS = "LETTERS\n\nColonel Andras Rusz and the Interior Ministry directed a squad to hang Tomas Varga.\n"
MEMOIR_OF_VARGA = "# My Years\n\nI always knew the Interior Ministry was responsible for the death of Tomas Varga.\n"


def test_who_was_behind_it_through_a_passive_an_infinitive_and_two_subjects(tmp_path) -> None:  # type: ignore[no-untyped-def]
    def behind(sources: dict[str, str], folder: str) -> list[bool | str]:
        (tmp_path / folder).mkdir()
        return [c["agree"] for c in claims_of(tmp_path / folder, sources) if c["claim"].startswith("who was behind")]
    # the colonel: the agent of a passive, and the first subject of an order to a squad to kill
    assert behind({"register.md": REGISTER, "letters.txt": LETTERS}, "one") == [True]
    # the ministry: the second subject of that order, and the one responsible for the death
    assert behind({"letters.txt": LETTERS, "memoir.md": MEMOIR_OF_VARGA}, "two") == [True]


@pytest.mark.parametrize("other", [
    "# Notes\n\nColonel Andras Rusz did not arrange the murder of Tomas Varga.\n",  # denied
    "# Notes\n\nColonel Andras Rusz ordered his hussars not to shoot Tomas Varga.\n",  # the killing denied
    "# Notes\n\nColonel Andras Rusz denied that he had arranged the murder of Tomas Varga.\n",
    "# Notes\n\nColonel Andras Rusz ordered the murder of Tomas Varga investigated.\n",  # something else done to it
    # her account, not the source's
    "# Notes\n\nHis widow said that the Interior Ministry was responsible for the death of Tomas Varga.\n",
    "# Notes\n\nColonel Andras Rusz ordered a dinner for Tomas Varga at the inn.\n",  # no killing
    "# Notes\n\nColonel Andras Rusz shot Tomas Varga at the ford.\n",  # the hand, not who was behind it
    # an order given and a responsibility held in the sentence, but not for the killing
    "# Notes\n\nColonel Andras Rusz, who had ordered the bridge closed, regretted the execution of Tomas Varga.\n",
    "# Notes\n\nColonel Andras Rusz, responsible for the bridge, wept for the death of Tomas Varga.\n",
])
def test_no_one_behind_a_killing_the_text_does_not_lay_on_them(tmp_path, other: str) -> None:  # type: ignore[no-untyped-def]
    claims = claims_of(tmp_path, {"despatch.txt": DESPATCH, "notes.md": other})
    assert not [c for c in claims if c["claim"].startswith("who was behind")]
