"""Kinship questions answered from the record: 'Who was Ann's mother?', 'the son of Tom Reed', 'his
maternal grandfather' — the relation as a sentence states it, the sentence saying which kin it is."""

from __future__ import annotations

import re

from ..nlp.rules import KIN, kin_key
from ..resolve.gender import pronoun_sex, role_gender
from ..resolve.names import MARRIED_TITLES, TITLES
from ..resolve.namesakes import NOT_NAMES
from ..store import Store
from ..text import fold

_LINE = {"maternal": "mother", "paternal": "father"}
_GRAND = {"grandfather": "father", "grandmother": "mother"}


_ORDER = "first|second|third|fourth|last|eldest|oldest|youngest|elder|older|younger"
_SAME_ORDER = {"oldest": "(?:oldest|eldest)", "eldest": "(?:oldest|eldest)", "older": "(?:older|elder)",
               "elder": "(?:older|elder)"}
"""Words of one order, either of which a text may write ('her elder sister' answers 'her older sister')."""
_FOLDED_KIN = {fold(k): kin_key(k) or k for k in KIN}
"""Each kin noun as a folded question writes it ('grand father'), and the noun it is ('grandfather')."""
_KIN_WORDS = "|".join(sorted(_FOLDED_KIN, key=len, reverse=True))
_TITLE_WORDS = "|".join(sorted(TITLES - MARRIED_TITLES, key=len, reverse=True))
"""Titles before the name of one who marries ('Queen Ann'); 'Mrs. Tom Reed' names Tom's wife, so not hers."""
_KIN_NOUN = re.compile(rf"\b(?:(maternal|paternal) )?(?:({_ORDER}) )?({_KIN_WORDS})(?![\w-]| in law\b)")
"""A kin noun asked ('her second husband'), not a part of another ('father-in-law', folded 'father in law')."""


_WHOSE_KIN = re.compile(rf"^\s*whose\s+(?:(?:{_ORDER})\s+)?({_KIN_WORDS})\s+(?:was|is|were|are|had been)\s+")
"""'Whose daughter was Ann Reed?': the kin Ann is, asked the other way round."""
_OTHER_WAY = {"child_of": "parents", "parent_of": "children", "spouse_of": "spouse", "grandchild_of": "grandparents",
              "grandparent_of": "grandchildren", "cousin_of": "cousin", "sibling_of": "siblings"}
"""The kin noun, of either sex, that asks for whom someone is the kin of a relation to ('whose son': the
parents)."""


def kin_asked(question: str, name: str) -> tuple[str, str | None, str | None] | None:
    """The kinship noun the question asks of the person it names ('Ann Reed's mother', 'the mother of
    Ann Reed'), with 'maternal' or 'paternal' before it and the order asked for ('her second husband'); for
    'whose son was Tom Reed', the noun for his parents; None if the question asks something else."""
    folded, key = fold(question), fold(name)
    if written := whose_kin(question, name):
        return _OTHER_WAY[KIN[written]], None, None
    # 'Whom did Ann Reed marry?', 'Whom did Ann Reed, Tom's daughter, marry?', 'Whom did Tom's daughter Ann
    # marry?', 'Whom did Queen Ann marry?' ask for her spouse ('Whom did Ann Reed's son marry?' for his)
    if re.search(rf"\bwhom? did (?:(?:\w+ ){{1,3}}(?:{_KIN_WORDS}) )?(?:(?:{_TITLE_WORDS}) )?{re.escape(key)} "
                 rf"(?:marry|wed)\b"
                 rf"|\bwho (?:married|wed) {re.escape(key)}\b", folded) \
            or re.search(rf"\bwhom? did {re.escape(name)},[^,?]*\b(?:{_KIN_WORDS})\b[^,?]*,\s*(?:marry|wed)\b",
                         question, re.I):
        return "spouse", None, None
    found = list(_KIN_NOUN.finditer(folded))
    # the name just before the noun ('ann reed mother', the possessive folded away), else 'of' and the name after
    for m in found:
        if re.search(rf"(?:^|\s){re.escape(key)} $", folded[:m.start()]):
            return _FOLDED_KIN[m.group(3)], m.group(1) or _side(folded[m.end():]), m.group(2)
    for m in found:
        if re.match(rf" of {re.escape(key)}\b", folded[m.end():]):
            return _FOLDED_KIN[m.group(3)], m.group(1) or _side(folded[m.end() + len(key) + 4:]), m.group(2)
    return None


_SIDE = re.compile(r"\s*on (?:his|her|their|the) (father|mother)(?: s)? side\b")
"""'her grandfather on her mother's side': the maternal one."""


def _side(after: str) -> str | None:
    """'maternal' or 'paternal' for a kin noun followed by 'on her mother's (father's) side', folded."""
    side = _SIDE.match(after)
    return None if side is None else {"mother": "maternal", "father": "paternal"}[side.group(1)]


def whose_kin(question: str, name: str) -> str | None:
    """The kin noun of 'Whose daughter was Ann Reed?' or '…, the weaver?', where the name ends the clause ('whose
    daughter was Ann Reed married to' asks something else); None if the question does not ask so."""
    folded = fold(question)
    whose = _WHOSE_KIN.match(folded)
    if not whose or not folded[whose.end():].startswith(fold(name)):
        return None
    written = re.search(r"\s+".join(map(re.escape, name.split())), question, re.I)
    if written is None:  # written with letters the folded name lacks ('Ramón'): it must end the question
        return _FOLDED_KIN[whose.group(1)] if folded[whose.end():] == fold(name) else None
    return _FOLDED_KIN[whose.group(1)] if re.match(r"\s*(?:[?.!]?\s*$|,|\()", question[written.end():]) else None


def describing(question: str, names: list[str]) -> set[str]:
    """The names a question gives only to say by kin who another is: Ann of 'Ann's son Tom Reed' and of 'Tom
    Reed, Ann's eldest son' (the question asks of Tom)."""
    folded = fold(question)
    out = set()
    for name in names:
        key = re.escape(fold(name))
        for m in _KIN_NOUN.finditer(folded):
            owner = re.search(rf"(?:^|\s){key} $", folded[:m.start()])
            if owner is None:
                continue
            before, after = folded[:owner.start()], folded[m.end():]
            others = [re.escape(fold(other)) for other in names if other != name]
            if any(re.match(rf" {o}\b", after) or re.search(rf"\b{o}$", before) for o in others):
                out.add(name)
    return out


_NAME = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*"


def kin_words(noun: str) -> str:
    """The words, as a pattern, a sentence gives a kin noun asked with: a spouse is a wife or a husband; 'grand-father'
    as older books hyphen it; not the part of another kin noun ('mother' of 'step-mother')."""
    if noun == "spouse":
        return r"(?<![\w-])(?:wife|husband|spouse)"
    prefixed = re.match(r"(step|grand|half)-?(.+)", noun)
    return rf"(?<![\w-]){re.escape(noun)}" if prefixed is None else \
        rf"(?<![\w-]){prefixed.group(1)}-?{re.escape(prefixed.group(2))}"


def kin_owners(noun: str, text: str) -> list[str]:
    """The names the sentence gives the kin noun to ('Eve's father, Tom', 'the father of Eve' → Eve)."""
    nouns = kin_words(noun)
    return re.findall(rf"\b({_NAME})['’]s\s+(?:[a-z]+\s+)?(?:{nouns})\b", text) + \
        re.findall(rf"\b(?i:the)\s+(?:[a-z]+\s+)?(?:{nouns})\s+of\s+({_NAME})", text)


def kin_answer(store: Store, person: int, noun: str, line: str | None,
               order: str | None = None) -> tuple[str, list[int]] | None:
    """Whom the record gives as the person's `noun` (through the mother's or father's side for a
    'maternal' or 'paternal' grandparent; the `order` asked for only where the stating sentence says it:
    the record keeps no order of wives or sons), with the sentences that say so; None unless exactly one."""
    if line and noun in _GRAND:
        parent = _one(store, person, _LINE[line])
        if parent is None:
            return None
        found = _one(store, parent[0], _GRAND[noun])
        return (found[1], [parent[2], found[2]]) if found else None
    found = _one(store, person, noun, order)
    return (found[1], [found[2]]) if found else None


def _says_order(text: str, order: str, noun: str, names: list[str]) -> bool:
    """The sentence gives the kin that order by one of their names: 'his second wife, Ann Reed', 'his second wife was
    Ann Reed', 'Ann, his second wife', 'Ann Reed, the second wife of the squire'; not 'after his first wife died, he
    married Ann Reed'."""
    for name in names:
        last = re.escape(name.split()[-1])
        if re.search(rf"\b{order} {noun}\b(?:,|\s+(?:was|were))?\s+(?:[A-Z][\w.'’-]*\s+){{0,3}}{last}\b", text):
            return True
        # the whole name before the noun ('Mary, my first wife'), not the end of another's ('Mr. Hale, his first wife
        # being dead, married …')
        for hit in re.finditer(rf"(?<![\w.'’-]){re.escape(name)},\s+(?:the|his|her|their|my|our)\s+{order} {noun}\b"
                               rf"(?!\s+(?:being|having)\b)", text):
            before = text[:hit.start()].split()
            if not before or not before[-1][:1].isupper() or (" " in name and fold(before[-1]) in TITLES):
                return True
    return False


def _one(store: Store, person: int, noun: str, order: str | None = None) -> tuple[int, str, int] | None:
    """The one kin of that kind; a gendered noun needs its stating sentence to say the word ('my mother,
    Ann') or the kin's pronouns to make the sex plain, since 'his parents, Tom and Ann' does not say which is
    the mother, nor a sentence that says the word of another ('my father, Tom, and my mother'). A spouse needs no word:
    a marriage has two sides, and one spouse in the record is the wife or husband asked for."""
    sex = role_gender(noun)
    gendered = sex is not None and KIN[noun] != KIN["spouse"]
    kin = store.kin_of(person, KIN[noun])
    sexes = known_sexes(store, [i for i, *_ in kin]) if gendered else {}
    # the sentence saying the order may write another of the kin's names ('Ann, his second wife')
    names = {i: [a.alias for a in found if a.reason not in NOT_NAMES]
             for i, found in store.aliases([i for i, *_ in kin]).items()} if order else {}
    rows = [(i, name, sid) for i, name, sid, text in kin
            if (not gendered or (re.search(rf"\b(?:{kin_words(noun)})\b", text, re.I) and sexes.get(i) in (None, sex))
                or sexes.get(i) == sex)
            and (not order or _says_order(text, _SAME_ORDER.get(order, order), noun, [name, *names.get(i, [])]))]
    people = {i for i, _, _ in rows}
    return rows[0] if len(people) == 1 else None


def known_sexes(store: Store, entity_ids: list[int]) -> dict[int, str | None]:
    """Each person's sex as their pronouns and titled names make it plain, else None."""
    names = store.aliases(entity_ids)
    return {i: pronoun_sex(n, [a.alias for a in names[i]]) for i, n in store.pronouns(entity_ids).items()}
