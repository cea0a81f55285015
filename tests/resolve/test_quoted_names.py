"""A name given to 'you' in a quotation is the name of the one the quotation is said to: the person its verb of
saying is said to or the name it opens by calling, through the following sentences of the paragraph ('“Tom, …
From now on you shall be called Tom Swift.”'). Lives of our own in three registers, built with the real model."""

import pytest

import prosopograph
from conftest import open_each

LIVES = {
    # modern biography; its second paragraph's quotation is said to no one it names
    "marsh.md": """# Lena Marsh

Lena Marsh joined the circus at Lyon in 1952. On her first night the ringmaster, Victor Daune, took her aside.
"Lena, the crowd will never remember your name. From tonight you shall be called Lena Vento." The posters carried
the new name within a week.

"You shall be called Marsh the Great," said the clown Paolo Rizzi at supper.
""",
    # nineteenth-century prose: the name given in a quotation after the one that names its hearer
    "reed.md": """# The Life of Captain Amos Reed

Amos Reed went to sea at twelve in the brig Hope. The old master, Captain Silas Crane, liked the boy well.
"Amos, you are too small for your name," said the master one morning. "Henceforth you shall be called Amos Minnow."
The crew called him so for many years.
""",
    # first-person memoir; the name given to a crowd is no one's
    "tarrant.md": """# Recollections of Will Tarrant

I was born at Deal in 1850. My grandfather doted on my little brother Edward. "Edward, you are as round as a
barrel. You shall be called Fat Edward." The name stuck to him all his life. Then the old man turned to the
carters in the yard. "Men, you shall be called the Deal Company," he told them.
""",
}


@pytest.fixture(scope="module")
def kbs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, prosopograph.KnowledgeBase]:
    return open_each(tmp_path_factory, LIVES)


def names_of(kb: prosopograph.KnowledgeBase, word: str) -> set[str]:
    """The names of the person one of whose names holds `word`."""
    return {a.name for p in kb.people("PERSON") if any(word in a.name for a in p.aliases) for a in p.aliases}


@pytest.mark.parametrize(("life", "person", "given"), [
    ("marsh.md", "Lena Marsh", "Lena Vento"),
    ("reed.md", "Amos Reed", "Amos Minnow"),
    ("tarrant.md", "Edward", "Fat Edward"),
])
def test_the_name_given_to_you_is_the_hearers(kbs: dict[str, prosopograph.KnowledgeBase], life: str, person: str,
                                              given: str) -> None:
    assert given in names_of(kbs[life], person.split()[-1])


def test_a_quotation_said_to_no_one_named_gives_no_one_its_name(kbs: dict[str, prosopograph.KnowledgeBase]) -> None:
    assert "Marsh the Great" not in names_of(kbs["marsh.md"], "Lena")
    assert not any("Deal Company" in names_of(kbs["tarrant.md"], w) for w in ("Edward", "Tarrant"))
