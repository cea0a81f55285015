"""Names as the resolver compares them: titles, possessives and articles off, case and accents folded."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from ..model import SentenceRecord
from ..text import fold

TITLES = frozenset("""
comrade mr mrs miss ms dr doctor professor prof general gen colonel col captain capt major lieutenant lt
sergeant admiral marshal brigadier commodore commissar count countess prince princess baron baroness duke
duchess archduke
grand tsar czar tsarina czarina tsarevich emperor empress king queen president premier chancellor minister
senator governor mayor judge sir lady lord madame mme monsieur herr frau rabbi father bishop archbishop
pope saint st former late young old uncle aunt citizen honorable honourable reverend rev
""".split())
INSTITUTION_WORDS = frozenset("""
party parties committee congress council soviet soviets government army navy institute university house street
avenue square palace museum church cathedral times press company society union league bureau ministry commission
republic empire kingdom city river sea island mountains bay station school academy theatre theater hotel prison
fortress gulf lake club bank front guard court duma assembly conference revolution war affair plan review journal
""".split())
"""Last words of the names of bodies, buildings and places, never of a person ('the Harbour Board', 'Queen
Street')."""
DESCRIPTIVE_TITLES = frozenset("former late young old grand".split())
"""Words TITLES holds that describe a person ('the young Tom Reed') rather than name an office."""
HONORIFICS = frozenset("mr mrs miss ms dr sir lady madame mme mlle monsieur herr frau senor senora".split())
"""Titles that only ever stand before a person's name."""
MARRIED_TITLES = frozenset("mrs madame mme frau senora".split())
"""Titles that make a name a married woman's ('Mrs. Reed'): never the Mr. Reed the text also names, so
the title stays a part of the name."""
_REGNAL = re.compile(r"^[IVX]{1,5}$")
_QUOTES = "\"“”‘’'«»()[],.;:!?—–-"
_POSSESSIVE = re.compile(r"(’s|'s|’|')$")
_LOWER_WORD = re.compile(r"\b[a-z][a-z’']+\b")
COMMON_WORD = 3
"""Times a word must be written in lower case in the corpus to be a common word, not a name."""
_NAME_WORD = re.compile(r"^[A-ZÀ-ÞŁŚŻ][\w.’'\-]*$|^[A-Z]\.$|^(de|da|di|van|von|der|del|la|le|du|ibn|bin|al)$")


@lru_cache(maxsize=1 << 16)
def surface(text: str) -> str:
    """A mention as written, without a leading article, a possessive or surrounding punctuation."""
    text = " ".join(text.split()).strip(_QUOTES + " ")
    text = re.sub(r"^(the|The)\s+", "", text)
    return _POSSESSIVE.sub("", text).strip(_QUOTES + " ")


def name_tokens(text: str) -> list[str]:
    """The words of a personal name without titles: 'Comrade A. P. Chekhov' → ['A.', 'P.', 'Chekhov'];
    a married woman's title is kept ('Mrs. Reed')."""
    words = surface(text).split()
    while len(words) > 1 and is_title(words[0]) and fold(words[0]) not in MARRIED_TITLES:
        words = words[1:]
    return words


def family_name(name: str) -> str | None:
    """The last word of a personal name, folded ('reed' of 'Major Tom Reed'); None for a single name."""
    words = name_tokens(name)
    return fold(words[-1]) if len(words) >= 2 else None


def is_title(word: str) -> bool:
    """'General', 'Mrs.', and ranks written with a hyphen ('Major-General', 'Lieutenant-Colonel')."""
    folded = fold(word)
    return bool(folded) and (folded.replace(" ", "") in TITLES or all(part in TITLES for part in folded.split()))


def is_personal_name(words: list[str]) -> bool:
    """Words that can be a person's name: capitalized but for an epithet's 'the', no digits, at most five words."""
    if not words or len(words) > 5:
        return False
    if fold(words[0]) in TITLES and len(words) == 1:
        return False
    if any(_POSSESSIVE.search(w) for w in words[:-1]):
        return False  # "X's Testament" names a thing of X's, not a person
    if all(len(w.rstrip(".")) == 1 for w in words):
        return False  # initials alone ('U. S.', 'J. S.') name no one for sure
    if any("--" in w for w in words):
        return False  # a dash typed as two hyphens parts two phrases ('Death of Ivan--Olga flees'), not a name
    # 'the' inside a name is an epithet's ('Ivo the Bold'), never its first or last word; 'THE' is a heading's
    if any(w == "THE" or (w == "The" and i > 0) for i, w in enumerate(words)):
        return False
    inner = [w for i, w in enumerate(words) if not (w == "the" and 0 < i < len(words) - 1)]
    return all(_NAME_WORD.match(w) for w in inner) and not any(ch.isdigit() for w in words for ch in w)


def is_regnal(word: str) -> bool:
    return bool(_REGNAL.match(word))


def initial_of(short: str, full: str) -> bool:
    """'L.' is an initial of 'Leon'; a word is compatible with itself."""
    a, b = fold(short), fold(full)
    return a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b))


def lower_case_words(sentences: Iterable[SentenceRecord]) -> Counter[str]:
    """How often each word is written in lower case."""
    counts: Counter[str] = Counter()
    for s in sentences:
        counts.update(_LOWER_WORD.findall(s.text))
    return counts
