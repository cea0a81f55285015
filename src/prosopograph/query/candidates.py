"""A sentence's candidate answers of the kind asked (date, number, person or name, place, body, work)."""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..clean.headings import NAMED_SECTION
from ..model import LETTER
from ..nlp.rules import (
    is_building_word,
    is_kind,
    is_measure_word,
    is_noun,
    is_place_word,
    is_state_word,
    mostly_noun,
    noun_kind,
    plural_of,
)
from ..nlp.wordnet import shared
from ..resolve.names import TITLES, is_personal_name, name_tokens
from ..store import EventRow, MentionRow, SentenceHit
from ..text import STOP_WORDS, fold
from ..time.ages import ORDINALS
from ..time.expressions import counted_from, find_expressions
from ..time.values import DateValue, add_days
from .confidence import Features
from .question import AUXILIARIES, GROUP_LABELS, STOPWORDS, Question
from .record import PRECISION_FIT, date_answer, render_date

MAX_WORDS = 10
TYPE_LABELS = {"person": {"PERSON"}, "place": {"GPE", "LOC", "FAC"}, "org": {"ORG", "NORP", "LAW"},
               "work": {"WORK_OF_ART", "ORG", "LAW"}, "text": {"WORK_OF_ART", "ORG", "EVENT", "LAW", "FAC", "GPE"},
               "name": {"PERSON"}}
ENTITY_TYPES = {"person": {"PERSON"}, "name": {"PERSON"}, "place": {"PLACE"}, "org": {"ORG"}}
"""The resolved types an answer of each kind may have (a name the resolver did not type may be anything)."""
WELL_KNOWN = 10
"""Mentions of an entity enough for its kind to be trusted over a capitalized word's look."""
LETTER_WORDS = frozenset({"letter", "letters", "write", "wrote", "written", "dispatch", "telegram"})
"""Words of a question about a letter itself, which a dateline answers."""
COMMON_PENALTY = 0.15
"""How gently the most-mentioned people are held back as answers to 'who'."""
SETTLEMENTS = frozenset({"city", "town", "village", "capital", "port", "country"})
"""Asked for one of these, a region or a building ('the Baltic', 'the cathedral') fits less."""
TOWNS = SETTLEMENTS - {"country"}
"""Nouns for a settlement, which no country is ('to which town': not Portugal)."""
GROUP = 0.6
"""The weight of a group ('Mexican Communists') as the answer to 'who'."""
NAME_NOUNS = frozenset({"name", "names", "title", "nickname", "epithet", "alias", "pseudonym", "surname"})
"""Asked for after 'what', these are answered by anyone's name."""
OTHER_LABEL = 0.7
"""A named span the model labelled otherwise still counts, less, for places, bodies and works."""
BODIES = frozenset({"ORG", "NORP"})
"""Labels the model may give a rare person's name where the sentence does not show him one ('said Orrin Vale')."""
OTHER_NAMED = frozenset({"ORG", "FAC", "GPE", "LOC", "WORK_OF_ART", "LAW", "EVENT"})
_NUMBER_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
                 "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|"
                 "million|dozen")
_ORDINAL_WORDS = "|".join(sorted(ORDINALS, key=len, reverse=True))
_ONE_NUMBER = rf"(?:\d[\d,]*(?:\.\d+)?|(?:{_NUMBER_WORDS})s?)\b"
_NUMBER = re.compile(
    # 'four hundred and fifty', 'one thousand, one hundred and eleven', 'twenty-two', 'seven votes to two'
    rf"\b{_ONE_NUMBER}(?:(?:[\s-]+|\s+and\s+|,\s+(?=(?:{_NUMBER_WORDS})\b)|\s+votes?\s+to\s+|\s+to\s+){_ONE_NUMBER})*",
    re.I)
PRONOUN_DETERMINERS = frozenset({"any", "every", "no", "each", "the", "this", "that", "which", "some", "such"})
"""Words before which 'one' is a pronoun ('every one', 'the one')."""
MULTIPLIERS = frozenset({"hundred", "thousand", "million", "dozen", "hundreds", "thousands", "millions", "dozens"})
NEAR_YEARS, FAR_DATE = 5, 0.25
"""A date further than this from every year the question names counts this much."""
ORDERED_KINDS = ("time_period", "act", "event")
UNIT_KINDS = ("time_unit", "time_period", "linear_unit")
"""A stretch of time or of length ('years', 'weeks', 'miles'), which a number says how long."""
_MEASURED = re.compile(r"\s+([a-z]+)(?:\s+of\s+([a-z]+))?\b", re.I)
"""The word after a number, and what it is of ('pounds of gold')."""
NEXT_CHARS = 60
"""Enough of the text after a number for the words that follow it."""
_HOW_LONG = re.compile(r"\bhow\s+long\b", re.I)
"""'How long' is answered by a number of a unit ('three weeks', 'two miles'), not by a clock's 'three o'clock'."""
ONE_TIME = frozenset({"day", "morning", "afternoon", "evening", "night", "time", "occasion"})
"""'One day', 'one evening': some day, no count."""
VAGUE = 0.5
"""The weight of a count that gives no number ('many thousand', 'several hundred')."""
_QUOTED = re.compile(r"[“\"]([^”\"]{2,60})[”\"]")
_REASON = re.compile(r"\b(?:because(?:\s+of)?|in\s+order\s+to|so\s+that|for\s+fear\s+(?:that|of)|on\s+account\s+of)"
                     r"\s+[^.;:!?,”\"]+", re.I)
_SUBJECT_STARTS = frozenset({"he", "she", "they", "we", "i", "the", "his", "her", "my", "their", "our"})
"""Words a speaker's name or noun may open with ('the sergeant told him', 'his mother said')."""
_ASKS_WORDS = re.compile(r"\b(?:say|says|said|words?|repl(?:y|ied)|answer(?:ed)?|motto|cry|cried|shout(?:ed)?)\b", re.I)
"""A question asking what someone said wants the quotation itself."""
_SPEAKER = re.compile(r"\bI(?= [a-z])|\b(?:[Yy]ou|[Ww]e|[Mm]e|[Mm]y|[Yy]our|[Oo]ur|us)\b")
"""Words of a speaker ('I think', 'you', 'our'), not the 'I' of a king's or a part's number ('Henry I')."""
_A_NAME = r"((?:[A-Z][\w’'-]+)(?:\s+[A-Z][\w’'.-]+)*)"
_NAMED = re.compile(r"\b(?:named|called|known as)\s+(?:(?:him|her|it|them|me|us)\s+)?(?:the\s+)?" + _A_NAME)
_LINKS = (r"(?:after|for|in|at|on|of|to|from|by|with|into|near|before|during|under|as|like|until|till|when|while|"
          r"who|which|that|and|or|but|so|was|is|were|be)\b")
"""Words a name's noun phrase does not run on through: what follows them is not the name given."""
_NAMED_AFTER_THING = re.compile(r"\b(?:named|called|christened|dubbed)\s+(?:the|his|her|their|its|this|that|our|my)\s+"
                                rf"(?:(?!{_LINKS})[a-z-]+\s+){{1,3}}?(?:the\s+)?" + _A_NAME)
"""'named the new valley Greywater': the name given, after what is named (not 'named the valley after Tom Reed')."""
_NAME_WAS = re.compile(r"\b[Nn]ame\s+(?:(?:which|that|given|he|she|they|had|been|to|by|the|of|[a-z-]+ed)\s+|"
                       r"(?:(?!" + _LINKS + r")[a-z-]+\s+)){0,8}?(?:was|is|became)\s+(?:the\s+)?" + _A_NAME)
"""'the name she gave her first boat was Ada', 'the name the monks gave him was …', 'her new name was Ada'; not
'her name was on the list and so was Tom Reed'."""
_NAME_OF = re.compile(r"\b" + _A_NAME + r",\s+(?:being\s+)?(?:the|its|his|her|their)\s+name\s+of\b")
"""A name set beside the words that say whose name it is ('they rode out to Elm Hill, the name of the farm')."""
_TITLE = re.compile(r"\btitle\b", re.I)
_ASKS_A_NAME = re.compile(r"\bnames?\b|\bcall(?:ed)?\b|\bchristen(?:ed)?\b", re.I)
"""A question asking what something was named or called: a person's name may be the answer ('the steamer General
Pell')."""
_OPENING = " \"“‘'([—-"
"""What may stand before a sentence's first word: a quotation or a parenthesis opening ('“Surely not,' he said)."""
_CAPITALIZED = re.compile(r"\b(?:[A-Z][\w’'-]+(?:\s+(?:of|the|de|von|and)?\s*[A-Z][\w’'-]+)*)")

Asked = Callable[[str], bool]


@dataclass
class Candidate:
    text: str
    score: float
    sentence_id: int
    anchor_sentence_id: int | None = None
    iso: str | None = None
    also: list[int] = field(default_factory=list)
    """Other sentences that give the same answer, best first."""
    span: tuple[int, int] | None = None
    """Where the sentence says it, in the document's text (None for what was read elsewhere)."""
    entity_id: int | None = None
    """The person the resolver took the name for, where one."""
    features: Features = field(default_factory=Features)

    def __post_init__(self) -> None:
        self.features.fit = self.score  # the score a candidate is made with says how well its kind fits


def candidates(q: Question, hit: SentenceHit, mentions: list[MentionRow], events: list[EventRow],
               q_entity_ids: set[int], question_folded: str) -> list[Candidate]:
    """The sentence's candidates of the kind the question asks for, none the question names itself."""
    def asked(text: str) -> bool:
        return asked_in(text, question_folded)

    if q.reason:
        return _reasons(hit)
    if q.answer_type == "date":
        return _dates(q, hit, events)
    if q.answer_type == "number":
        return _numbers(q, hit, asked)
    if q.answer_type == "text" and q.head and is_state_word(q.head):
        return []  # 'what illness': a common noun, never the names this module reads
    if q.answer_type == "text" and q.head in GROUP_LABELS:
        return [Candidate(clean(m.text), 1.0, hit.id, span=(m.start, m.end)) for m in mentions
                if m.label in GROUP_LABELS[q.head] and not asked(m.text)]
    out = _from_mentions(q, hit, mentions, q_entity_ids, asked)
    out += _named(q, hit, mentions, asked)
    if q.answer_type == "text" and q.head and _counted_in_order(q.head):
        out += _ordinals(q.head, hit)
    if q.answer_type in ("text", "work", "org", "name", "place"):
        out += _quoted(q, hit, asked)
    if q.answer_type == "place" and q.head and is_building_word(q.head):
        # a building the model took for a body's is what this recovers; a person's name is none
        taken = {(c.span or (0, 0))[0] for c in out} | {m.start for m in mentions if m.entity_type == "PERSON"}
        out += _buildings(hit, asked, taken)
    if q.answer_type in ("text", "name", "place", "org", "work") and not out:
        out += _capitalized(q, hit, asked, mentions)
    return out


def _buildings(hit: SentenceHit, asked: Asked, taken: set[int]) -> list[Candidate]:
    """Names that end in a word for a building ('the Pell House', 'Brook Hall'), asked for a building: the
    recognizer often leaves them untagged or takes them for a body's; none starting where a candidate does or
    where a name the resolver knows as a person's does ('Tom Castle'; `taken`)."""
    out = []
    for m in _CAPITALIZED.finditer(hit.text):
        words = m.group().split()
        start = hit.start + m.start()
        if len(words) > 1 and not _opens(hit.text, m.start()) and start not in taken and not asked(m.group()) \
                and is_building_word(words[-1].lower(), 2):
            out.append(Candidate(m.group(), 1.0, hit.id, span=(start, hit.start + m.end())))
    return out


def _counted_in_order(noun: str) -> bool:
    """A noun of what comes one after another (WordNet: a time, a deed or an event, or a group first of all: 'term',
    'attempt', 'generation'), not a thing ('ship'), whose second one is no name of it."""
    return is_kind(noun, ORDERED_KINDS, 3) or is_kind(noun, ("group",))


def _ordinals(head: str, hit: SentenceHit) -> list[Candidate]:
    """'Of which generation was he?' is answered by the order the sentence gives the noun ('the eighth
    generation', 'his 3d term')."""
    pattern = re.compile(rf"\b(?:{_ORDINAL_WORDS}|\d+(?:st|nd|rd|th|d))\s+{re.escape(head)}s?\b", re.I)
    return [Candidate(m.group(), 1.0, hit.id, span=(hit.start + m.start(), hit.start + m.end()))
            for m in pattern.finditer(hit.text)]


def _reasons(hit: SentenceHit) -> list[Candidate]:
    """The reasons a sentence gives: its clauses of cause or purpose ('because the river rose', 'so that no one
    should follow')."""
    return [Candidate(m.group().rstrip(" ,"), 1.0, hit.id, span=(hit.start + m.start(), hit.start + m.end()))
            for m in _REASON.finditer(hit.text)]


def _dates(q: Question, hit: SentenceHit, events: list[EventRow]) -> list[Candidate]:
    """The sentence's dated events of a precision the question accepts; else the dates its words give."""
    fits = PRECISION_FIT[q.precision]
    # a dateline gives the day a letter was written, not the day of what it tells
    dateline = any(e.kind == LETTER for e in events) and not LETTER_WORDS & set(q.terms)
    if dateline:
        return []
    # the year the question names is no answer, a day of it is ('on what date in 1917 …')
    out = []
    for e in events:
        if e.precision not in fits or (e.precision == "year" and int(e.date[:4]) in q.years):
            continue
        counted = _counted_back(q, hit, e)
        if counted is None:
            out.append(Candidate(date_answer(e), fits[e.precision] * _near(q, int(e.date[:4])), hit.id,
                                 e.anchor_sentence_id, e.date))
        elif counted:
            out.append(counted[0])
    if not out:
        for expr in find_expressions(hit.text):
            if expr.kind == "absolute" and expr.value and expr.value.precision in fits \
                    and not (expr.value.precision == "year" and expr.value.year in q.years):
                out.append(Candidate(expr.text, fits[expr.value.precision] * _near(q, expr.value.year), hit.id,
                                     iso=expr.value.iso()))
    return out


def _counted_back(q: Question, hit: SentenceHit, e: EventRow) -> list[Candidate] | None:
    """'The mill shut on 3 May, a week after the flood at Ashby': the date of the event the question asks of,
    counted back (or on) from the sentence's date by the days or weeks said, where the words after the count hold two
    of the question's; [] where they do but no exact day follows (the sentence's own date is then not the one
    asked); None where they do not."""
    at = hit.text.find(e.date_text) if e.date_text else -1
    found = counted_from(hit.text[at + len(e.date_text):]) if at >= 0 else None
    if found is None or len(set(fold(found[1]).split()) & set(q.terms)) < 2:
        return None
    relative, _ = found
    if e.precision != "day" or e.date_julian or relative.unit not in ("day", "week"):
        return []
    year, month, day = (int(p) for p in e.date.split("-"))
    days = relative.amount * (7 if relative.unit == "week" else 1)
    iso = add_days(DateValue(year, month, day, "day"), -days).iso()
    return [Candidate(f"{render_date(iso)} ({iso})", 1.0, hit.id, e.anchor_sentence_id, iso)]


def _near(q: Question, year: int) -> float:
    """'The trial of the 1905 strikers' is dated near 1905: a date decades from every year the question names is
    seldom the one asked."""
    return FAR_DATE if q.years and all(abs(year - y) > NEAR_YEARS for y in q.years) else 1.0


def _numbers(q: Question, hit: SentenceHit, asked: Asked) -> list[Candidate]:
    """Counts and amounts in words or digits ('two hundred votes'), years left out, and neither 'one day' nor a
    count of the one the question asks about ('There was one clerk who …' for 'How much was a clerk paid?'); for
    'how long', only a number of a unit."""
    out: list[Candidate] = []
    how_long = bool(_HOW_LONG.search(q.text))
    for m in _NUMBER.finditer(hit.text):
        text = _one_count(m.group().strip(" ,-"))
        number_end = m.start() + len(text)
        after = hit.text[number_end:number_end + NEXT_CHARS].split()
        following = fold(" ".join(after[:1]))
        some_day = text.lower() == "one" and following in ONE_TIME and not {following, f"{following}s"} & set(q.terms)
        if some_day or _counts_the_asked(q, following) or (text.lower() == "one" and _stands_alone(
                hit.text[:m.start()].split()[-1:], after)):
            continue
        start = m.start()
        if text.split()[0].lower() in MULTIPLIERS and (article := re.search(r"\b(an?)\s+$", hit.text[:start], re.I)):
            text, start = f"{article.group(1)} {text}", article.start(1)  # 'a hundred rubles': a count
        if how_long and not any(is_kind(w, UNIT_KINDS, 3) for w in fold(" ".join(after[:3])).split()[:2]):
            continue
        if text and not re.fullmatch(r"1[5-9]\d\d|20\d\d", text.split()[0]) and not asked(text):
            fit = VAGUE if _vague(hit.text[:m.start()], text) else 1.0
            measure, end = _measure(q, hit.text, number_end)
            out.append(Candidate(f"{text}{measure}", fit, hit.id, span=(hit.start + start, hit.start + end)))
    return out


def _measure(q: Question, text: str, end: int) -> tuple[str, int]:
    """The unit a count is of, and the stuff it measures where the question names it, so that the answer says
    what the number counts ('four months', 'ten pounds of gold', 'two thousand prisoners'); nothing when the next
    word is neither a unit nor a noun of the question ('three of them', 'four young men'). Also where the answer's
    span ends."""
    m = _MEASURED.match(text, end)
    if not m or not (is_measure_word(fold(m.group(1))) or _named_in(q, m.group(1))):
        return "", end
    # the span ends at the unit: the stuff is the question's own word, which the sentence must still be found by
    stuff = m.group(2) and _named_in(q, m.group(2))
    return text[end:m.end() if stuff else m.end(1)], m.end(1)


def _named_in(q: Question, word: str) -> bool:
    """The word is a noun of the question, in either number ('clerk' of 'How many clerks …'; not 'young')."""
    folded = fold(word)
    return mostly_noun(folded) and any(t == folded or plural_of(t) == folded or plural_of(folded) == t
                                       for t in q.terms)


def _one_count(number: str) -> str:
    """A number a comma runs on is one count after a multiplier ('one thousand, one hundred'), two otherwise
    ('at twenty, two years after'): the first."""
    parts = number.split(", ")
    kept = parts[:1]
    for part in parts[1:]:
        if kept[-1].split()[-1].lower() not in MULTIPLIERS:
            break
        kept.append(part)
    return ", ".join(kept)


def _stands_alone(before: list[str], after: list[str]) -> bool:
    """'One' after a determiner or with no noun after it is a pronoun ('any one appointed', 'the one who',
    'for wearing one;'), no count; 'one of his sons' counts."""
    following = after[0] if after else ""
    return (bool(before) and before[0].lower() in PRONOUN_DETERMINERS) or not following[:1].isalpha() \
        or (fold(following) in STOP_WORDS and fold(following) != "of")


def _counts_the_asked(q: Question, noun: str) -> bool:
    """The number counts a noun of the question that the question does not ask the count of."""
    if noun not in q.terms or re.search(rf"\bhow\s+{re.escape(noun)}\b", q.text.lower()):
        return False  # 'how long': the question's own measure, no noun ('three long years')
    if re.search(rf"\b(?:was|were|been|being|be|is|are)\s+{re.escape(noun)}\b", q.text.lower()):
        return False  # 'how many men were wounded': '40 wounded' counts what the question's verb says
    asked = re.search(rf"\bhow\s+(?:many|much)\s+((?:\w+\s+){{0,2}}){re.escape(noun)}\b", q.text.lower())
    # 'how many young men', not 'how much did a clerk …'
    return asked is None or bool(set(asked.group(1).split()) & AUXILIARIES)


def _vague(before: str, number: str) -> bool:
    """'many thousand', 'several hundred', 'thousands': a multiplier with no count of its own before it
    ('a thousand' and 'one hundred' are counts)."""
    words = number.lower().split()
    if words[0] not in MULTIPLIERS:
        return False
    previous = before.split()[-1:] or [""]
    return previous[0].lower() not in ("a", "one", "an")


def _from_mentions(q: Question, hit: SentenceHit, mentions: list[MentionRow], q_entity_ids: set[int],
                   asked: Asked) -> list[Candidate]:
    """The sentence's named spans that may answer, those the question names left out."""
    sentence_id = hit.id
    labels = TYPE_LABELS.get(q.answer_type, set())
    out: list[Candidate] = []
    for m in mentions:
        if (m.entity_id is not None and m.entity_id in q_entity_ids) or asked(m.text) or (
                m.entity_name and asked(m.entity_name)) or m.label in ("DATE", "TIME"):
            continue
        if q.answer_type in ("person", "name"):
            out += _person(q.answer_type, m, labels, sentence_id, _after_article(hit, m))
        else:
            out += _thing(q, m, labels, sentence_id, _beside_head(q, hit, m.start))
    return out


def _person(answer_type: str, m: MentionRow, labels: set[str], sentence_id: int, after_article: bool = False
            ) -> list[Candidate]:
    """A person (or for 'who', a group, or a short name the model took for a place); a name after 'the' the model
    labelled a body is one ('the Medici built …'), though the resolver joined it to someone of that name."""
    out: list[Candidate] = []
    if answer_type == "person" and m.label == "NORP" and len(m.text.split()) > 1:
        out.append(Candidate(clean(m.text), GROUP, sentence_id, span=(m.start, m.end)))  # 'who' may be a group
    if m.label in ("GPE", "LOC") and not m.known_place and answer_type == "person" and len(m.text.split()) <= 2 \
            and not (m.entity_type == "PLACE" and m.entity_mentions >= WELL_KNOWN):
        # a name the model took for a place, unless the resolver knows it as one, often named
        out.append(Candidate(clean(m.text), OTHER_LABEL, sentence_id, span=(m.start, m.end)))
        return out
    if m.entity_id is None and (not is_personal_name(name_tokens(m.text)) or NAMED_SECTION.match(m.text)):
        return out  # a title no one was found behind ('the Czar'), a part of the book ('Appendix'), names no one
    # the resolver typed the name's entity from all its mentions: one the model labelled a body is still the person's
    if (m.label in labels and m.entity_type in (None, "PERSON")) or (
            m.entity_type == "PERSON" and m.label in BODIES and not after_article):
        out.append(Candidate(m.entity_name or clean(m.text), specific(m.entity_mentions), sentence_id,
                             span=(m.start, m.end), entity_id=m.entity_id))
    return out


def _after_article(hit: SentenceHit, m: MentionRow) -> bool:
    """The name stands after 'the', or starts with it: a body or a family, not one person."""
    return bool(re.search(r"\bthe\s*$", hit.text[:max(0, m.start - hit.start)], re.I)) or \
        m.text.lower().startswith("the ")


def _thing(q: Question, m: MentionRow, labels: set[str], sentence_id: int, beside: bool = False) -> list[Candidate]:
    """A place, body, work or other named thing; a span of another label counts less (`beside`: the name stands
    right after the noun asked for, 'the steamer Lincoln')."""
    if _other_kind(q, m, 0 if beside else m.entity_mentions):
        return []
    if m.label in labels:
        # an acronym is answered with the full name it was resolved to ('MRC' → the committee)
        full = m.entity_name if m.text.isupper() and m.entity_type == "ORG" and m.entity_name else None
        fit = OTHER_LABEL if q.answer_type == "place" and q.head and _unlike(q.head, m.label) else 1.0
        return [Candidate(full or clean(m.text), fit, sentence_id, span=(m.start, m.end))]
    if m.label != "PERSON" and m.label in OTHER_NAMED:
        return [Candidate(clean(m.text), OTHER_LABEL, sentence_id, span=(m.start, m.end))]
    return []


def _named(q: Question, hit: SentenceHit, mentions: list[MentionRow], asked: Asked) -> list[Candidate]:
    """What the sentence says something is named or called, unless the resolver knows it as another kind."""
    typed = {fold(m.text): m.entity_type for m in mentions if m.entity_type}
    wanted = ENTITY_TYPES.get(q.answer_type)
    out: list[Candidate] = []
    given = (_NAMED_AFTER_THING, _NAME_WAS) if _ASKS_A_NAME.search(q.text) else ()  # said of a name asked for
    for m in itertools.chain.from_iterable(p.finditer(hit.text) for p in (_NAMED, _NAME_OF, *given)):
        name = re.sub(r"(?<=[a-z]{2})\.$", "", m.group(1))  # the sentence's full stop, not an initial's
        kind = typed.get(fold(name))
        if not asked(name) and (wanted is None or kind is None or kind in wanted):
            out.append(Candidate(name, 0.9, hit.id, span=(hit.start + m.start(1), hit.start + m.start(1) + len(name))))
    return out


def _quoted(q: Question, hit: SentenceHit, asked: Asked) -> list[Candidate]:
    """A title or name in quotation marks; a title asked for is capitalized (not “a slow and dull affair”)."""
    any_words = q.answer_type == "text" and not _TITLE.search(q.text)
    return [Candidate(m.group(1).strip(" ,."), 0.8, hit.id, span=(hit.start + m.start(1), hit.start + m.end(1)))
            for m in _QUOTED.finditer(hit.text)
            if not asked(m.group(1)) and (any_words or m.group(1)[:1].isupper())
            and (_ASKS_WORDS.search(q.text) or not _speech(m.group(1), hit.text[m.end():]))]


def _speech(quoted: str, after: str) -> bool:
    """Words someone says, not a title or a name: they speak as 'I' or to 'you' ('“When you are grown,” he said'),
    cry or ask, or are said by whoever the next words name ('he said', 'the sergeant told him'); a quotation whose
    words are capitalized is a title ('“My Life on the Plains”'), and a comma inside the marks is only American
    print (“Hope,” the ship)."""
    words = re.findall(r"[A-Za-z’']{3,}", quoted)
    if words and sum(w[0].isupper() for w in words) >= 0.6 * len(words):
        return False
    return quoted.rstrip()[-1:] in "!?" or bool(_SPEAKER.search(quoted)) or _attributed(after)


def _attributed(after: str) -> bool:
    """The words after a quotation say who said it: a verb of saying in the past, first or after a short subject."""
    wordnet = shared()
    words = re.findall(r"[A-Za-z]+", after[:40])[:4]
    for i, w in enumerate(words):
        if i and not (words[0][0].isupper() or words[0] in _SUBJECT_STARTS):
            return False
        if wordnet is not None and w.islower() and wordnet.lemma(w) != w and wordnet.verb_field(w) == "communication":
            return True
    return False


def _foreign(q: Question, entity_type: str | None, mentions: int = 0) -> bool:
    """The resolver knows the name as another kind of thing than asked: a person is no city, a newspaper no person,
    a country no yacht's name, nor anyone a weapon; a ship or a horse may bear a person's name, but not that of
    someone the text speaks of often (`mentions`: how often), where it says no more than that name."""
    if entity_type is None:
        return False
    wanted = ENTITY_TYPES.get(q.answer_type)
    if wanted is not None:
        return entity_type not in wanted
    if q.answer_type != "text" or q.head is None:
        return False
    if entity_type == "PERSON":  # 'what weapon', 'what illness': a thing
        thing = q.head not in NAME_NOUNS and is_noun(q.head) and noun_kind(q.head) is None
        return thing and (not _ASKS_A_NAME.search(q.text) or mentions >= WELL_KNOWN)
    return entity_type == "PLACE" and not is_place_word(q.head)


def _other_kind(q: Question, m: MentionRow, mentions: int) -> bool:
    """The resolver knows the mention as another kind than asked (`_foreign`), or as a country asked for a town."""
    return _foreign(q, m.entity_type, mentions) or (m.country and q.head in TOWNS)


def _unlike(head: str, label: str) -> bool:
    """A region or a building asked for a town ('which city': the Baltic), or a town asked for a building ('which
    hotel': Dunmore)."""
    return (head in SETTLEMENTS and label != "GPE") or (label == "GPE" and is_building_word(head))


def _capitalized(q: Question, hit: SentenceHit, asked: Asked, mentions: list[MentionRow]) -> list[Candidate]:
    """Capitalized words past the sentence's first, when nothing better was found; none that runs a name the resolver
    knows as another kind of thing into more words ('Tom Reed and Ann Reed' is no place), nor one it knows well as
    another kind (a person named a hundred times is no place; one named twice may have been mistaken)."""
    # a person is seldom mistaken for a thing, as a rare name is for a place
    other = [(m.start - hit.start, m.end - hit.start,
              m.entity_mentions >= WELL_KNOWN or (m.entity_type == "PERSON" and q.answer_type == "text"))
             for m in mentions if _other_kind(q, m, 0 if _beside_head(q, hit, m.start) else m.entity_mentions)]
    out: list[Candidate] = []
    for m in _CAPITALIZED.finditer(hit.text):
        word = m.group()
        if _opens(hit.text, m.start()) or asked(word) or fold(word) in STOPWORDS \
                or a_title(word, hit.text[:m.start()]) or _owns(word, hit.text[m.end():]) \
                or any(m.start() < b and a < m.end() and (known or (m.start(), m.end()) != (a, b))
                       for a, b, known in other):
            continue
        out.append(Candidate(word, 0.6, hit.id, span=(hit.start + m.start(), hit.start + m.end())))
    return out


_POSSESSIVE = re.compile(r"['’]s$")
_NEXT_WORD = re.compile(r"\s+([a-z]+)")


def _owns(word: str, after: str) -> bool:
    """'Ann's boat': a name in the possessive before a common noun is the thing's owner, not the thing's name; a
    building or a place named after someone is named so ('at Olaf's in May', 'St. Mary's church', 'Guy's
    hospital')."""
    following = _NEXT_WORD.match(after)
    return bool(_POSSESSIVE.search(word)) and following is not None and following.group(1) not in STOPWORDS \
        and not is_building_word(following.group(1), senses=2) and noun_kind(following.group(1)) != "place"


def _opens(text: str, at: int) -> bool:
    """The word at `at` is the sentence's first, capitalized whatever it is."""
    return not text[:at].strip(_OPENING)


def a_title(word: str, before: str) -> bool:
    """'the Czar', 'of the King's': a title alone after 'the' (`before`: the text before it) names no one the
    question could be after; 'his dog Duke' names the dog."""
    return fold(re.sub(r"['’]s$", "", word)) in TITLES and bool(re.search(r"\bthe\s+$", before, re.I))


def _beside_head(q: Question, hit: SentenceHit, start: int) -> bool:
    """The name at `start` stands right after the noun the question asks for ('the steamer Lincoln')."""
    return q.head is not None and bool(re.search(rf"\b{re.escape(q.head)}\s+$", hit.text[:start - hit.start], re.I))


def asked_in(text: str, question_folded: str) -> bool:
    """The question names it already ('Siberia' in 'Siberian village'; 'Tom Reed' in 'who called Tom "Reed"')."""
    key = fold(text)
    words = question_folded.split()
    return not key or f" {key} " in f" {question_folded} " or any(
        w.startswith(key) for w in words if len(key) > 3) or set(key.split()) <= set(words)


def specific(mentions: int) -> float:
    """Someone named everywhere (the book's subject) is seldom the answer to 'who': a gentle penalty."""
    return 1.0 / (1.0 + COMMON_PENALTY * math.log1p(mentions / 20))


def follows_head(sentence: str, candidate: str, head: re.Pattern[str]) -> bool:
    """'the old theatres called the Lyceum': the candidate comes just after the asked-for noun (`head`, from
    `words_pattern`, in any of its forms)."""
    low, at = fold(sentence), fold(sentence).find(fold(candidate))
    return at > 0 and bool(re.search(rf"(?:{head.pattern})\W+(?:\w+\W+){{0,3}}$", low[:at]))


def proximity(sentence: str, candidate: str, content: re.Pattern[str]) -> float:
    """Nearer the question's words (`content`, from `words_pattern`) is likelier: 1 beside them, falling off over
    a line or two."""
    low = fold(sentence)
    at = low.find(fold(candidate))
    if at < 0:
        return 0.8
    spots = [m.start() for m in content.finditer(low)]
    if not spots:
        return 0.7
    distance = min(abs(s - at) for s in spots)
    return 1.0 / (1.0 + math.log1p(distance / 40))


def words_pattern(words: set[str], flags: int = 0) -> re.Pattern[str]:
    """Any of the words, whole, longest first (made once per question: a candidate is scored against it)."""
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)) if w) or "(?!)"
    return re.compile(rf"\b(?:{alternatives})\b", flags)


def clean(text: str) -> str:
    """A span without its leading article or trailing possessive."""
    text = re.sub(r"^(the|The)\s+", "", " ".join(text.split()))
    return re.sub(r"(’s|'s)$", "", text)


def shorten(text: str) -> str:
    """An answer cut to its first MAX_WORDS words."""
    return " ".join(text.split()[:MAX_WORDS])
