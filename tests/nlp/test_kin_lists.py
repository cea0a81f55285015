"""Each name of a list the parse gives kin is a person's name, however the model tagged the list: sentences of our
own in three registers, read with the real model."""

from __future__ import annotations

from pathlib import Path

import pytest

from prosopograph.nlp import Annotator
from prosopograph.nlp.rules import kin_list_names
from prosopograph.pipeline import prepare_document
from prosopograph.settings import Limits


def labels(text: str) -> set[tuple[str, str]]:
    doc = prepare_document(Path("kin.txt"), text.encode(), Limits())
    Annotator().annotate(doc)
    return {(m.text, m.label) for m in doc.mentions}


@pytest.mark.parametrize("text, names", [
    # modern biography: the children's names set beside the kin noun
    ("In 1975 they settled in Leeds with their three sons, Imogen, Tamsin and Rupert.",
     ["Imogen", "Tamsin", "Rupert"]),
    # nineteenth-century prose: what the kin's names were
    ("The names of the Baron's four daughters, all born at Kassel, were Hedwig, Ottilie, Adelheid and Walburga.",
     ["Hedwig", "Ottilie", "Adelheid", "Walburga"]),
    ("The Margrave and his lady were blessed with twin sons, whose given names were Casimir and Ladislas.",
     ["Casimir", "Ladislas"]),
    # memoir: an apposition to the kin noun
    ("My father brought home from the fair his small sisters, Thorgils and Hrafn.", ["Thorgils", "Hrafn"]),
])
def test_each_name_of_a_list_given_to_kin_is_a_persons(text: str, names: list[str]) -> None:
    found = labels(text)
    for name in names:
        assert (name, "PERSON") in found, (name, found)
    assert not any(label != "PERSON" and any(n in mention for n in names) for mention, label in found)


def test_a_list_given_to_no_kin_is_left_to_the_model() -> None:
    nlp = Annotator().nlp
    for text in ("The names of the two towns were Hedwigsburg and Ottilienfeld.",
                 "He had visited three towns, Hedwigsburg, Ottilienfeld and Brandau.",
                 "My sister and Thorgils came home in the spring.",  # joined to kin, but not its apposition
                 "In the spring his wife, Hedwig, came home.",  # a lone name: the model's and named_kin's to read
                 "In 1890 she gave up her husband, Hedwigsburg and Ottilienfeld for a convent.",  # no list of kin
                 "He kept the books of Dunmore, Pratt and Keel for ten years."):
        assert kin_list_names(nlp(text)) == [], text
