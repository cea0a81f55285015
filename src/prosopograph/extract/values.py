"""Whether two sources' values of one fact agree: dates, places, people, quantities and things.

- dates: the same agrees; one inside the other at a coarser precision ('June 1905' in '1905') is
  partial; otherwise they disagree;
- places: the same place agrees; a city and the country it lies in is partial;
- people: the same resolved person or not; of a fact that holds of several at once (who was behind a
  deed), another person adds to it and is partial;
- quantities: equal agrees; within the rounding one of them implies ('about four hundred' and 412,
  '400' and 412) is partial;
- things: the same word or a WordNet synonym agrees; a kind of the other ('revolver', 'pistol'), or a
  close kind of the same thing ('schooner', 'ship'), is partial; otherwise they disagree (a pistol is
  no hammer).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from ..model import Fact, ResolvedEntity
from ..nlp.wordnet import Concept, WordNet

Label = bool | str
NEAR_KIND = (1, 2)
"""Two things are close kinds of one thing when their nearest shared sense is at most this many steps
above the one and the other: WordNet's depth is uneven (a schooner sits under 'sailing vessel', beside
'ship', not under it), but two things that share only 'weapon' or 'tool' far above are not one thing."""
HEAD_SENSES = 9
"""The head of a compound is looked at in all its common senses: in 'ice pick' the head is the tool, not the
choice, though a choice is the commonest sense of a 'pick'."""
INSTRUMENT_KINDS = ("weapon", "tool", "implement", "device", "instrumentality")
"""A thing used on someone is a noun below one of these senses."""


@dataclass(frozen=True)
class Verdict:
    """A label and why."""

    agree: Label
    reason: str


def combine(labels: list[Label]) -> Label:
    """One label for many comparisons: any contradiction disagrees, any difference in precision is partial."""
    if any(label is False for label in labels):
        return False
    return "partial" if any(label == "partial" for label in labels) else True


class Judge:
    """Compares two facts' values, knowing the corpus's entities and WordNet's senses (when installed)."""

    def __init__(self, entities: list[ResolvedEntity], wordnet: WordNet | None = None) -> None:
        self.entities = entities
        self.wordnet = wordnet
        self._instrument_kinds: set[Concept] = set()
        if wordnet is not None:
            for kind in INSTRUMENT_KINDS:
                self._instrument_kinds |= {c for c, level in wordnet.noun_senses(kind, 1).items() if level == 0}

    def compare(self, a: Fact, b: Fact) -> Verdict:
        """How `b`'s value stands to `a`'s (the facts have the same key and kind)."""
        if a.kind == "date":
            return _dates(a.value, b.value)
        if a.kind == "quantity":
            return _quantities(a, b)
        if a.kind == "thing":
            return self._things(a.value, b.value)
        if a.kind == "relation":
            return Verdict(True, "both state it")
        if a.value == b.value:
            return Verdict(True, f"the same {'place' if a.kind == 'place' else 'person'}: {a.shown}")
        if a.kind == "place" and self._contains(a.value, b.value):
            return Verdict("partial", f"{a.shown} / {b.shown}: one place lies in the other, one is more precise")
        if a.several or b.several:
            return Verdict("partial", f"{a.shown} / {b.shown}: each names one of several, neither excludes the other")
        return Verdict(False, f"different {'places' if a.kind == 'place' else 'people'}: {a.shown} / {b.shown}")

    def is_instrument(self, lemma: str) -> bool:
        """Whether a noun ('ice_axe') is commonly a weapon, tool or device."""
        if self.wordnet is None:
            return False
        return bool(self._instrument_kinds & self.wordnet.noun_senses(lemma, 1).keys())

    def knows(self, lemma: str) -> bool:
        return self.wordnet is not None and bool(self.wordnet.noun_senses(lemma, 1))

    def _contains(self, a: str, b: str) -> bool:
        """Whether one place is a country and the other lies in it."""
        x, y = self.entities[int(a)], self.entities[int(b)]
        if not (x.country and x.country == y.country):
            return False
        return (x.geonameid is None) != (y.geonameid is None)  # a country has no GeoNames city id

    def _things(self, a: str, b: str) -> Verdict:
        shown_a, shown_b = a.replace("_", " "), b.replace("_", " ")
        if a == b:
            return Verdict(True, f"the same thing: {shown_a}")
        if self.wordnet is None:
            return Verdict(False, f"different things: {shown_a} / {shown_b}")
        sa, sb = self.wordnet.noun_senses(a), self.wordnet.noun_senses(b)
        own_a, own_b = {c for c, level in sa.items() if level == 0}, {c for c, level in sb.items() if level == 0}
        if own_a & own_b:
            return Verdict(True, f"two names for one thing: {shown_a} / {shown_b}")
        if own_a & sb.keys():
            return Verdict("partial", f"a {shown_b} is a kind of {shown_a}")
        if own_b & sa.keys():
            return Verdict("partial", f"a {shown_a} is a kind of {shown_b}")
        if _close(sa, sb):
            return Verdict("partial", f"{shown_a} and {shown_b} are close kinds of one thing")
        use = self._one_use(a, b)
        if use:
            return Verdict("partial", f"{shown_a} / {shown_b}: two {use.replace('_', ' ')} tools of close kinds")
        return Verdict(False, f"different things: {shown_a} / {shown_b}")

    def _one_use(self, a: str, b: str) -> str | None:
        """The modifier two compound nouns share when their heads are close kinds ('a field saw', 'a field drill'):
        English puts a tool's use first, so two tools of one use whose heads are near kin are near kin too."""
        assert self.wordnet is not None
        ours, theirs = _compounds(self.wordnet.kindred(a)), _compounds(self.wordnet.kindred(b))
        for (use, head_a), (other, head_b) in itertools.product(ours, theirs):
            if use == other and head_a != head_b and _close(self.wordnet.noun_senses(head_a, HEAD_SENSES),
                                                            self.wordnet.noun_senses(head_b, HEAD_SENSES)):
                return use
        return None


def _close(sa: dict[Concept, int], sb: dict[Concept, int]) -> bool:
    """Whether two words' senses meet in a kind just above both (see NEAR_KIND)."""
    shared = [sorted((sa[c], sb[c])) for c in sa.keys() & sb.keys()]
    return any(near <= NEAR_KIND[0] and far <= NEAR_KIND[1] for near, far in shared)


def _compounds(names: set[str]) -> list[tuple[str, str]]:
    """The names of two words among a thing's names, as (modifier, head): 'ice_pick' → (ice, pick)."""
    return [(first, second) for name in names if name.count("_") == 1 for first, second in [name.split("_")]]


def _dates(a: str, b: str) -> Verdict:
    if a == b:
        return Verdict(True, f"the same date: {a}")
    if a.startswith(b) or b.startswith(a):
        fine, coarse = (a, b) if len(a) > len(b) else (b, a)
        return Verdict("partial", f"{fine} lies within {coarse}; one is more precise")
    return Verdict(False, f"different dates: {a} / {b}")


def _quantities(a: Fact, b: Fact) -> Verdict:
    x, y = float(a.value), float(b.value)
    if x == y and a.approximate == b.approximate:
        return Verdict(True, f"the same number: {a.shown} / {b.shown}")
    if any(_within_rounding(p, q) for p, q in ((a, y), (b, x))):
        return Verdict("partial", f"{a.shown} / {b.shown}: the same within the rounding one of them implies")
    return Verdict(False, f"different numbers: {a.shown} / {b.shown}")


def _within_rounding(rounded: Fact, other: float) -> bool:
    """Whether `other` lies within the rounding of a number given loosely or as a round figure."""
    value = float(rounded.value)
    step = 1.0
    while value and value % (step * 10) == 0:
        step *= 10  # 400 is rounded to the hundred, 4,000 to the thousand
    if not rounded.approximate and step == 1:
        return False
    return abs(other - value) <= max(step / 2, 1.0 if rounded.approximate else 0.0)
