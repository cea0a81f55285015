"""Question analysis: what kind of answer is wanted, who and when the question is about, its key words."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from ..nlp.rules import KIN, is_body_word, is_noun, is_person_word, mostly_noun, noun_kind
from ..nlp.wordnet import shared
from ..resolve.names import TITLES
from ..text import STOP_WORDS, fold
from ..time.ages import COUNTS, ORDINALS
from ..time.expressions import find_expressions

STOPWORDS = STOP_WORDS - {"move"} | frozenset("""
according actually based called came come date dates day described exactly gave got happen happened having month
names reason review said season shall tell theirs time told took went year
""".split())
"""Words that say what kind of answer is wanted ('on what date') are not what the answer is about. A list made for
topics drops 'move', the verb of a change of home, which is what 'when did she move to Leeds' is about."""

PERSON_NOUNS = frozenset("""
person man woman men women minister delegate ambassador philosopher editor leader chairman poet writer author
general commander officer secretary wife husband son daughter daughters sons mother father brother sister
children child cousin uncle aunt assassin killer president tsar king queen friend guard doctor lawyer
journalist artist painter socialist revolutionary historian biographer critic commissar agent spy
""".split())
PLACE_NOUNS = frozenset("""
city town village country place hall street island river house home capital region province port prison
station square palace church school university compound farm estate camp
""".split())
ORG_NOUNS = frozenset("""
body party newspaper organization organisation committee group journal paper publication movement
council union government army faction opposition order
""".split())
WORK_NOUNS = frozenset("book publication article play poem novel film journal newspaper essay pamphlet".split())
QUANTITIES = frozenset("""
number share percentage proportion fraction sum amount total distance length height width depth weight price cost
salary wage fee ransom population majority
""".split())
"""Nouns that ask, after 'what', for a number ('what share of the vote', 'what distance')."""
NAME_KINDS = [
    ("born", re.compile(r"\b(name at birth|birth name|born as|born with the name|original name)\b", re.I)),
    ("real name", re.compile(r"\breal name\b", re.I)),
    ("pseudonym", re.compile(r"\b(pseudonym|pen name|alias|cover name|code name|party name|assumed name)\b", re.I)),
    ("nickname", re.compile(r"\b(nickname|epithet|call(?:ed|s)?)\b", re.I)),
    # 'under what name did she travel', unless it asks what she was called
    ("pseudonym", re.compile(r"\b((?:under|by) (?:what|which) (?:other |false )?name)\b", re.I)),
]
_QUOTED = re.compile(r"(?<!\w)[\"“'‘]((?:[^\"”'’]|(?<=\w)['’](?=\w)){2,60}?)[\"”'’](?!\w)")
"""A phrase in quotation marks: not set off by the apostrophes of possessives ('Ann's father … the boy's'), though
it may hold one ('the Miller's Tale')."""
_WORD = re.compile(r"\d+(?:st|nd|rd|th|d)\b|[A-Za-zÀ-ÿ][\w’'-]*")
"""A question's words: ordinals whole ('21st', not 'st'), no other numbers (years are read as dates)."""


@dataclass
class Question:
    text: str
    answer_type: str
    """person, place, date, number, org, work, name or text."""
    precision: str | None = None
    """For dates: day, month, season or year when the question asks for one."""
    terms: list[str] = field(default_factory=list)
    """Key words, folded, without stop words."""
    quoted: list[str] = field(default_factory=list)
    years: list[int] = field(default_factory=list)
    name_kind: str | None = None
    """For name questions: born, real name, pseudonym or nickname."""
    life_event: str | None = None
    """'born' or 'died' when the question asks when or where someone was born or died."""
    head: str | None = None
    """The noun after 'which'/'what' ('newspaper', 'city')."""
    named: bool = False
    """The question asks for the name of what its head noun names ('the name of the convent')."""
    first: bool = False
    last: bool = False
    owned: bool = False
    """'In whose house …': the head is what the answer owns, not the kind of answer."""
    reason: bool = False
    """The question asks why: only a reason the text gives answers it ('because …'), never a name."""
    cues: list[str] = field(default_factory=list)
    """The words that set `name_kind` or `life_event` ('birth', 'pen name'), folded."""
    role: str | None = None
    """The kind of person asked for by what they were ('which duke …', 'who was the chief steward …'), where a
    sentence that answers names it: no kin (read from the record) and no mere 'man' or 'person'."""


def analyze(text: str) -> Question:
    """The expected answer and the key words of a question."""
    q = " ".join(text.split())
    low = q.lower()
    main = _OPENING_CLAUSE.sub("", low, count=1)
    head = _head_noun(main, frozenset(w.lower() for w in re.findall(r"(?<=\s)[A-Z][\w’'-]*", q)))
    answer_type, precision = _answer_type(main, head)
    question = Question(q, answer_type, precision, head=head)
    question.quoted = [m.group(1) for m in _QUOTED.finditer(q)]
    question.years = [e.value.year for e in find_expressions(q) if e.kind == "absolute" and e.value]
    # a word may fold into two ('A¼' → 'a1 4'): terms are single words, as the sentences' tokens are
    question.terms = list(dict.fromkeys(
        w for t in _WORD.findall(q) for w in fold(t).split() if w not in STOPWORDS and len(w) > 1))
    question.owned = bool(_WHOSE.match(low))
    question.role = _role(low, head if answer_type == "person" else None)
    question.named = head not in (None, "name", "names") and bool(_NAME_OF.search(low))
    question.reason = bool(re.match(r"\s*why\b", low) or re.search(r"\bfor what reason\b|\bwhat was the reason\b", low))
    question.first = bool(re.search(r"\bfirst\b", low))
    question.last = bool(re.search(r"\blast\b", low))
    if answer_type in ("text", "name"):
        for kind, pattern in NAME_KINDS:
            said = pattern.search(q)
            if said and re.search(r"\bname|pseudonym|alias|nickname|epithet|called\b", low):
                question.name_kind, question.answer_type = kind, "name"
                question.cues = fold(said.group()).split()
                break
    if answer_type in ("date", "place"):
        born = re.search(r"\b(born|birth)\b", low)
        died = re.search(r"\b(die|died|death|killed|murdered|assassinated)\b", low)
        if born or died:
            question.life_event = "born" if born else "died"
            question.cues = [(born or died).group()]
    return question


_OPENING_CLAUSE = re.compile(r"^\s*(?:when|after|before|while|once|since|until|as soon as|if)\s+"
                             r"(?!(?:did|do|does|was|were|is|are|had|has|have|who|whom|whose|what|which|where|when|how)\b)"
                             r"[^,?]*,\s*"
                             r"(?=(?:(?:in|on|at|to|from|with|by|for|under|into)\s+)?"
                             r"(?:who|whom|whose|what|which|where|how)\b)")
"""A clause that sets the time of what is asked ('When the war ended, where did she go?'): the question is the
part after it. Not the question's own 'when did' or 'after which', whose commas set off a relative clause ('When did
Tom, who …, die?')."""
_NAME_OF = re.compile(r"\bnames? of (?:the|a|an|his|her|their|its|this|that)\b")
_RELATIVE = re.compile(r"\w.*\b(?:in|on|at|by|from|with|to|for|of|through|under|during|after|before)\s+$")
"""A preposition before 'which' that does not open the question makes it a relative pronoun."""
_NAMING = re.compile(r"^\s*what\s+(?:did|do|does|had|have|has|would|will)\s+(?:\w+\s+){1,3}?"
                     r"(?:name|call|christen|dub|title)\s+(?:the|his|her|their|its|this|that)\s+")
"""'What did the crew call their ship …': the thing named is the head, whoever names it."""
_ENDS_NOUN = frozenset("of in at on to from with by for under into near during after before".split())
"""Prepositions that end the noun a wh-word picks ('which member of the crew')."""
AUXILIARIES = frozenset("did do does was were is are has had have could would will can may might shall should".split())
_WHOSE = re.compile(r"\s*(?:(?:in|of|to|from|with|at|by|for|under|on|into)\s+)?whose\s+(\w+)")
"""A question that opens asking whose ('Whose papers …', 'In whose house …'), not a relative 'whose' inside one
('Which town whose mills burned …' asks for a town)."""


PRONOUNS = frozenset("i me you he him she her it we us they them".split())
GROUP_LABELS = {"nationality": {"NORP"}}
"""Nouns asking for what the recognizer labels a nationality ('German'): a word of that kind answers them, never a
person's or a place's name, whoever a 'who' in the question speaks of. A faith is not here: the same label covers
nationalities ('What religion was she?' is no more answered by 'French')."""


_WHO_WAS_THE = re.compile(r"^\s*who\s+(?:was|were|is|are)\s+(?:the|a|an)\s+(?P<words>(?:[a-z-]+\s+){0,3})")
ANY_ONE = frozenset({"person", "people", "man", "men", "woman", "women", "one", "individual", "someone", "figure"})
"""Person nouns a sentence that answers need not write: anyone is one."""


def _role(low: str, head: str | None) -> str | None:
    """The person noun a 'which duke' or 'who was the chief steward keeping …' question asks for by; None for
    kin, and for a mere 'man' or 'person'."""
    if head is None and (said := _WHO_WAS_THE.match(low + " ")):
        phrase = list(itertools.takewhile(lambda w: w not in STOP_WORDS and not w.endswith(("ing", "ed")),
                                          said.group("words").split()))
        head = phrase[-1] if phrase and is_person_word(phrase[-1]) else None
    return head if head is not None and head not in KIN and head not in ANY_ONE else None


def _head_noun(low: str, names: frozenset[str] = frozenset()) -> str | None:
    """The noun the question asks for: the first known kind of thing within four words of 'which',
    'what' or 'the name(s) of' ('which Lisbon newspaper' → newspaper), after 'the name of' or a verb of naming
    ('what did they call the boat') the head of the nouns that follow whatever it is, after 'which' the first word
    WordNet knows the kind of, unless the question writes it as a name (`names`); after a preposition inside the
    question 'which' asks nothing; of a question opening with 'whose', the known kind right after it or none ('in
    whose house' → house: the owner's name stands after it, 'the house of Tom Reed')."""
    nouns = PERSON_NOUNS | PLACE_NOUNS | ORG_NOUNS | WORK_NOUNS
    if whose := _WHOSE.match(low):
        return whose.group(1) if whose.group(1) in nouns else None
    if named := _NAMING.search(low):  # 'what did she call the new ship': the ship's name is asked
        words = [w.strip("?.,;:!") for w in low[named.end():].split()[:4]]
        first = next((w for w in words if _may_head(w, names)), None)
        if first is not None:
            return _last_noun(_words_from(low[named.end():], first), names)
    for m in re.finditer(r"\b(?:which|what|names? of)\b", low):
        if _RELATIVE.search(low[:m.start()]):
            continue  # 'the pamphlet in which he mocked the mayor' asks nothing of the mayor
        words = [w.strip("?.,;:!") for w in low[m.end():].split()[:4]]
        words = [w for w in words if w not in ("the", "his", "her", "their", "its", "a", "an")]
        phrase = list(itertools.takewhile(lambda w: w not in AUXILIARIES, words))  # 'what did her pupils …'
        named = next((w for w in phrase[:2] if w in ("name", "names")), None)
        if named:
            return named  # 'what (new) name did her aunt call her by': a name, not the aunt
        if phrase and phrase[0] in QUANTITIES and not m.group().startswith("name"):
            return phrase[0]  # 'what share of the estate': an amount, not the estate
        if m.group().startswith("name"):  # 'the name of the yacht (the king gave him)': the yacht's, whatever it is
            at = next((i for i, w in enumerate(phrase) if w in nouns or _may_head(w, names)), None)
            found = None if at is None else _last_noun(_words_from(low[m.end():], phrase[at]), names)
        else:
            found = _compound_head(low[m.end():], phrase, names) or next(
                (w for w in phrase if w in nouns and w not in names), None)
        if not found and m.group() == "which":
            # a noun of a kind WordNet knows ('which member of the crew'), not a name's word ('which Fort Mill …');
            # after 'what' a verb may come first ('what made the soldier desert')
            found = next((w for w in phrase if w not in names and _kind_of(w) != "text"), None)
        if found:
            return found
    # any word after an asking 'which' or 'what': a title written as a name ('Which President …'), but no other name
    # ('the firm from which Ottar Lane …')
    return next((w for m in re.finditer(r"\b(?:which|what)\s+(\w+)", low) if (w := m.group(1)) not in AUXILIARIES
                 and (w not in names or w in TITLES) and not _RELATIVE.search(low[:m.start()])), None)


def _compound_head(text: str, phrase: list[str], names: frozenset[str]) -> str | None:
    """The head of the noun a wh-word picks, the last of its run, where the run ends at the question's auxiliary, a
    preposition, a comma or its end and the head's kind is known: 'which lighthouse keeper did …' asks for a keeper,
    not a lighthouse; 'which member of the council' for a member. None where a word that may be the question's verb
    follows ('which party leader spoke …')."""
    first = next((w for w in phrase[:2] if _may_head(w, names)), None)
    written = text.split()
    words = [w.strip("?.,;:!") for w in written]
    if first is None or first not in words:
        return None
    run = [first]
    for k in range(words.index(first) + 1, len(words) + 1):
        if k < len(words) and words[k] in names:
            continue
        if k == len(words) or words[k] in AUXILIARIES or words[k] in _ENDS_NOUN or written[k - 1][-1] in ",;:":
            head = run[-1]
            return head if head in PERSON_NOUNS | PLACE_NOUNS | ORG_NOUNS | WORK_NOUNS or _kind_of(head) != "text" \
                else None
        w = words[k]
        if w in STOPWORDS or not mostly_noun(w) or w.endswith(("ed", "ing")) or len(run) == 3:
            return None
        run.append(w)
    return None


def _may_head(word: str, names: frozenset[str]) -> bool:
    """A noun not written as a name, nor a count, an order ('third' in 'her third novel') or a pronoun (WordNet's
    'he', helium)."""
    return word not in names and word not in COUNTS and word not in ORDINALS and word not in PRONOUNS \
        and is_noun(word)


def _words_from(text: str, first: str) -> list[str]:
    """The words of `text` from the word `first` on, as written (articles and possessives kept)."""
    words = [w.strip("?.,;:!") for w in text.split()]
    return words[words.index(first):] if first in words else [first]


def _last_noun(words: list[str], names: frozenset[str]) -> str:
    """The head of a run of nouns, its last ('the old steamer that …' → steamer; 'the private Lisbon clinic' →
    clinic, past the name); a word of no content, or one mostly an adjective, an adverb or a verb's form ('outside',
    'carried'), ends the run, and a noun right before a verb is the subject of a clause of its own ('the inn
    travellers used' → inn; 'the farm his father bought' → farm)."""
    run = [words[0]]
    for k, w in enumerate(words[1:], 1):
        if w in names:
            continue
        if w in STOPWORDS or not mostly_noun(w) or w.endswith(("ed", "ing")):
            if words[k - 1] == run[-1] and len(run) > 1 and _verb_form(w):
                run.pop()
            break
        run.append(w)
    return run[-1]


def _verb_form(word: str) -> bool:
    """An inflected verb ('used', 'rode'), not a word that is also a bare verb ('near')."""
    wordnet = shared()
    return wordnet is not None and (word.endswith("ed") or wordnet.lemma(word) != word) \
        and wordnet.verb_field(word) is not None and not mostly_noun(word)


def _answer_type(low: str, head: str | None) -> tuple[str, str | None]:
    if re.search(r"\b(what|which|on what|in what) (?:full |exact |precise )?(date|day)\b", low) or re.search(
            rf"\b(what|which) (night|morning|evening|afternoon) (?:{'|'.join(AUXILIARIES)})\b", low):
        return "date", "day"  # 'on what night did …', not 'which night watchman …'
    if re.search(r"\b(what|which|in what) season\b", low):
        return "date", "season"
    if re.search(r"\b(what|which|in what) month\b", low):
        return "date", "month"
    if re.search(r"\b(what|which|in what) year\b", low):
        return "date", "year"
    if re.match(r"\s*when\b", low) or re.search(r"\bwhen (did|was|were)\b", low):
        return "date", None
    if re.search(r"\bhow (many|much|old|long|great|far|large|big|high|wide|deep)\b|\bby what (vote|margin|majority)\b"
                 r"|\bwhat number\b", low) or head in QUANTITIES:
        return "number", None
    if re.match(r"\s*where\b", low) or re.search(r"\bwhere (did|was|were)\b", low):
        return "place", None
    if head in GROUP_LABELS and not re.match(r"\s*(who|whom|whose)\b", low):
        return "text", None  # 'what nationality was the man who …'
    if re.match(r"\s*(who|whom|whose)\b", low) or re.search(r"\bto whom\b|\bwho (was|were|led|had)\b", low) \
            or _WHOSE.match(low):
        return "person", None
    if head in PERSON_NOUNS:
        return "person", None
    if re.search(r"\b(who|whom|whose)\b", low) and head not in ORG_NOUNS | WORK_NOUNS | PLACE_NOUNS:
        return "person", None
    if head in WORK_NOUNS and head not in ("newspaper", "journal"):
        return "work", None
    if head in ORG_NOUNS:
        return "org", None
    if head in PLACE_NOUNS:
        return "place", None
    # 'which member', 'the name of his grandfather'; after a bare 'what' the noun may be no kind of answer ('what
    # office did he hold')
    return (_kind_of(head) if re.search(r"\bwhich\b|\bnames? of\b", low) else "text"), None


def _kind_of(head: str | None) -> str:
    """What WordNet's commonest sense of a head noun the lists above lack is a kind of: 'which member of the
    crew' or 'which colonel' asks for a person, 'which fort' for a place, 'which tribe' or 'which clinic' for a
    body."""
    if head is None:
        return "text"
    if is_body_word(head):  # a tribe is people, but asked for, a body
        return "org"
    return noun_kind(head) or "text"
