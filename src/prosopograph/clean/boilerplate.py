"""Paragraphs that are packaging, not text: web calls to action and e-book licences."""

from __future__ import annotations

import re

WEB_BOILERPLATE = re.compile(
    r"^(downloading\b.*please wait|download (the )?(pdf|ebook|app)|please wait\b|sign up\b|subscribe\b"
    r"|make a donation|donate\b|help (fund|support) |support (us|our)\b|share (this|on)\b|follow us\b"
    r"|click here\b|read more\b|advertisement$|related (articles?|stories)|this article is (over|more than) .* old"
    r"|(issue|vol\.?|volume|no\.)\s*\d+$|cookies?\b.*(accept|policy)|print this|email this|tweet\b"
    r"|all rights reserved|copyright ©|© ?\d{4}|skip to (main )?content|back to top|newsletter\b)",
    re.I,
)
LICENCE = re.compile(r"project gutenberg|gutenberg\.(org|net)|e-?text prepared by|\bebook #?\d+", re.I)
GUTENBERG_START = re.compile(r"^\s*\*{3}\s*START OF (THE|THIS) PROJECT GUTENBERG", re.I)
GUTENBERG_END = re.compile(r"^\s*(\*{3}\s*)?END OF (THE|THIS) PROJECT GUTENBERG", re.I)
MAX_BOILERPLATE_WORDS = 25


def mentions_licence(text: str) -> bool:
    """Whether an e-book licence is mentioned anywhere (a cheap test before the regular expression)."""
    low = text.lower()
    return any(word in low for word in ("gutenberg", "etext", "e-text", "ebook")) and bool(LICENCE.search(text))


def is_boilerplate(paragraph: str, licence_possible: bool = True) -> bool:
    """A short paragraph that is a web call to action, or any mention of an e-book licence.

    `licence_possible=False` skips the licence search, for text already known not to mention one.
    """
    if licence_possible and LICENCE.search(paragraph):
        return True
    return (len(paragraph) < 12 * MAX_BOILERPLATE_WORDS and len(paragraph.split()) <= MAX_BOILERPLATE_WORDS
            and bool(WEB_BOILERPLATE.match(paragraph.strip())))
