"""Organizations, parties and newspapers: one entity per body, its acronym and short forms joined."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Mapping

from ..nlp.rules import ORDINAL
from ..text import fold
from .names import surface
from .records import AliasEvidence, MentionRecord, ResolvedEntity

_MINOR = {"of", "the", "and", "for", "in", "on", "to", "a"}
BODY_WORDS = frozenset("""party committee congress council soviet union commission league bureau ministry assembly
conference duma government society international organization federation""".split())
"""Last words that make a name a body of people, whatever label the model gave it ('the Moscow Soviet')."""


def _numbered(name: str) -> bool:
    """A body's name that opens with its number ('21st Ohio', '3d Brigade')."""
    words = name.split()
    return len(words) >= 2 and ORDINAL.match(words[0]) is not None and words[1][:1].isupper()


def is_body_name(text: str) -> bool:
    """Whether a name ends in a word for a body of people."""
    words = org_name(text).split()
    return len(words) >= 2 and words[-1].lower() in BODY_WORDS


def common_words_for_bodies(mentions: list[MentionRecord], before: Callable[[MentionRecord], str]) -> set[int]:
    """The mentions that are a body's common word after 'the' ('the Council') in a document that names a body by
    it ('the Harbour Council'): no name of their own, they stand for a body the text named (see `roles.bind_body`).
    `before` gives the text before a mention in its sentence."""
    named = {(m.document_id, fold(words[-1])) for m in mentions
             if len(words := org_name(m.text).split()) >= 2 and fold(words[-1]) in BODY_WORDS}
    return {m.id for m in mentions
            if (m.document_id, fold(org_name(m.text))) in named and _after_the(m.text, before(m))}


def _after_the(text: str, before: str) -> bool:
    said = before.rstrip().lower()
    return text.lower().startswith("the ") or said == "the" or said.endswith(" the")


def resolve_organizations(mentions: list[MentionRecord], joined: Mapping[str, str] | None = None,
                          ) -> list[ResolvedEntity]:
    """ORG mentions grouped by name; an acronym or a shorter form joins the one longer name it fits, and a name
    the text defines as another's (`joined`, folded short → full) joins that one."""
    joined = joined or {}
    groups: dict[str, list[MentionRecord]] = defaultdict(list)
    for m in mentions:
        key = fold(org_name(m.text))
        if key and (org_name(m.text)[0].isupper() or _numbered(org_name(m.text))):
            groups[key].append(m)
    long_keys = sorted((k for k in groups if len(k.split()) >= 2), key=lambda k: -len(groups[k]))
    target: dict[str, str] = {}
    for key in groups:
        fits = [k for k in long_keys if k != key and (_is_acronym(key, k, groups) or _is_short_form(key, k))]
        if key in joined and joined[key] in groups:
            target[key] = joined[key]
        elif len(fits) == 1:
            target[key] = fits[0]
    merged: dict[str, list[MentionRecord]] = defaultdict(list)
    for key, group in groups.items():
        root = key
        seen = set()
        while root in target and root not in seen:
            seen.add(root)
            root = target[root]
        merged[root].extend(group)
    entities = []
    for group in merged.values():
        names = Counter(org_name(m.text) for m in group)
        first: dict[str, int] = {}
        for m in group:
            first.setdefault(org_name(m.text), m.sentence_id)
        longest = max(names, key=lambda n: (_usual(n, names, joined), names[n], len(n)))
        entities.append(ResolvedEntity("ORG", longest, [m.id for m in group],
                                       [AliasEvidence(n, "name", first[n], c) for n, c in names.most_common()]))
    return entities


def _usual(name: str, names: Counter[str], joined: Mapping[str, str]) -> bool:
    """Whether a name may stand for the body: one of two words or more, or a short one the text defined and
    then used more than the full name ('the Mutual League, or Mutual, …')."""
    longer = [n for n in names if len(n.split()) >= 2]
    return len(name.split()) >= 2 or (fold(name) in joined and names[name] > max((names[n] for n in longer), default=0))


def org_name(text: str) -> str:
    """A body's name as written, without what the model caught around it ('the Forverts (Forward' → 'Forverts')."""
    name = surface(text)
    if name.count("(") > name.count(")"):
        name = name[: name.index("(")]
    words = name.split()
    while len(words) > 1 and words[-1].islower():
        words.pop()
    return " ".join(words).strip(" ,;:")


def _is_acronym(short: str, long: str, groups: dict[str, list[MentionRecord]]) -> bool:
    written = surface(groups[short][0].text)
    if not (2 <= len(written) <= 7 and written.isupper() and written.isalpha()):
        return False
    initials = "".join(w[0] for w in long.split() if w not in _MINOR)
    return initials == short


def _is_short_form(short: str, long: str) -> bool:
    """'liberal party' is a short form of 'national liberal party'."""
    a, b = short.split(), long.split()
    if len(a) < 2 or len(a) >= len(b):
        return False
    return any(b[i:i + len(a)] == a for i in range(len(b) - len(a) + 1))
