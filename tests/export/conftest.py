"""Sources in three registers, written for these tests, built once into a knowledge base; and the TEI schema."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from prosopograph.build import build
from prosopograph.settings import Limits

TEI_RNG = Path(__file__).resolve().parents[3] / "shared" / "schemas" / "tei_all.rng"

MODERN = """---
title: Ines Marchetti, a Life in Glass
author: R. Dalloway-Finch
---

# Ines Marchetti, a Life in Glass

## 1. Venice

Ines Marchetti was born in Venice on 9 September 1931. Her father, Aldo Marchetti, blew glass for a small
furnace on the lagoon. In the late 1940s Ines Marchetti trained under him, and by 1952 she drew every lamp
the furnace made.

## 2. Milan

In June 1958 Ines Marchetti moved to Milan. Two months later she opened a studio with the architect Piero
Lanfranchi. For eleven years the studio shipped lamps to Zurich every spring.

Ines Marchetti died in Milan on 30 March 2004.
"""

VICTORIAN = [
    "Henrietta Vale was born at Elmsworth on the 4th of June, 1821, the youngest daughter of the Reverend "
    "Josiah Vale. Her mother, Clarissa Vale, died in the winter of 1829, and the child was sent to her aunt at "
    "Bristol.",
    "On 3 May 1838 Henrietta Vale sailed from Bristol to Lisbon with her aunt. A fortnight later they reached "
    "the Tagus, and for two years she wrote every Sunday to her brother, Edmund Vale, who kept the letters.",
    "In the autumn of 1840 the two ladies removed to Oporto, where Miss Vale taught English to the children of "
    "a wine merchant, and walked each morning upon the quay.",
    "She returned to England in 1845 and took a small house at Clifton, near Bristol. Henrietta Vale died at "
    "Clifton on the 19th of January, 1879.",
]

MEMOIR = """MY YEARS ON THE BALTIC

I was born at Riga on 14 February 1868 (Old Style), the second son of a timber merchant, Karl Ozols. My
father sent me to school at Tartu when I was nine.

In the summer of 1886 I went to sea. Three days later we were in a gale off Gotland, and for a fortnight I
did not sleep dry. We put in at Stockholm every autumn after that.

I married Liene Berzina at Riga in 1894. Today I am an old man at Liepaja, and Liene Berzina reads this over
my shoulder.
"""


def victorian_pages() -> str:
    """The nineteenth-century life as a book extracted page by page: form feeds, a heading on the first."""
    pages = []
    for i, paragraph in enumerate(VICTORIAN):
        lines = ["CHAPTER I.", "", "THE PARSONAGE AT ELMSWORTH.", ""] if i == 0 else []
        pages.append("\n".join([*lines, *textwrap.wrap(paragraph, 66), ""]))
    return "\f".join(pages)


@pytest.fixture(scope="session")
def registers_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A knowledge base of three short lives: a modern biography, Victorian prose in pages, a memoir."""
    folder = tmp_path_factory.mktemp("registers")
    (folder / "marchetti.md").write_text(MODERN, encoding="utf-8")
    (folder / "vale.txt").write_text(victorian_pages(), encoding="utf-8")
    (folder / "ozols.txt").write_text(MEMOIR, encoding="utf-8")
    db = folder / "kb.sqlite"
    report = build([str(folder)], db, Limits())
    assert not report.failed, report.failed
    return db


@pytest.fixture(scope="session")
def tei_schema():  # type: ignore[no-untyped-def]
    """The TEI P5 schema (tei_all, 4.7.0), loaded once: it takes some 14 s."""
    if not TEI_RNG.exists():
        pytest.skip(f"the TEI schema is not here ({TEI_RNG} is missing)")
    from lxml import etree

    return etree.RelaxNG(etree.parse(str(TEI_RNG)))
