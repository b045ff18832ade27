"""One-letter slips in the words the chain recogniser reads itself: the keywords of the skills' noun phrases
("the dfiference between", "teh sum of", "5 backwrds") and the names of a previous result ("reverse the
asnwer"). The skills forgive slips in their own keywords; a noun phrase or a reference is matched here,
before any skill reads it, so it is spelled out here first. Words inside quotes (a phrase to reverse), in any
of the quotes the skills read, are left as typed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from app.chains.phrasing import GENERIC, PHRASINGS, words_of
from app.skills.numbers import HUNDRED, SCALES, TEENS, TENS, UNITS
from app.skills.text import Vocabulary, find_quoted

_WORD = re.compile(r"[^\W\d_]+")  # whole words, as words_of reads them: "ánswer" holds no slip "nswer"
_SLOT_NAME = re.compile(r"\{\w+\}")
_MIN_LENGTH = 5
# The infix operators' slips ("pluss", "minsu") are not spelled out here. The skills whose operators they are
# read them in a step of their own ("521 pluss 66, then ..."); inside a noun phrase ("is 1071 pluss 54 odd?")
# they stay unread while the training data's near misses hold such prompts labelled unsupported ("is 5 plu 1
# odd", "7 minus 78 plud 62"): reading them lowered the chain's calibrated evidence and lost a dev prompt
# (docs/chains.md, dev_chains4).
_OPERATORS = frozenset({"plus", "minus"})


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[Vocabulary, frozenset[str]]:
    """The keywords with their slips, and the slips alone (the forms that are no keyword)."""
    keywords: set[str] = set()
    known: set[str] = set(GENERIC.plain_words) | {*UNITS, *TEENS, *TENS, *SCALES, HUNDRED}
    references = list(GENERIC.references)
    for phrasing in PHRASINGS.values():
        references.extend(phrasing.references)
        for template in (*phrasing.command, *phrasing.follow, *phrasing.openers):
            known.update(_WORD.findall(_SLOT_NAME.sub(" ", template.lower())))
        for noun in phrasing.noun:
            words = _WORD.findall(_SLOT_NAME.sub(" ", noun.lower()))
            keywords.update(w for w in words if len(w) >= _MIN_LENGTH and w not in GENERIC.plain_words | _OPERATORS)
    for reference in references:
        head = reference.split()[-1].lower()
        if len(head) >= _MIN_LENGTH and head.isalpha():
            keywords.add(head)
    vocabulary = Vocabulary(
        {word: word for word in keywords},
        fuzzy_min_length=4,
        reserved=(known - keywords) | GENERIC.not_slips,
        slips=dict(GENERIC.short_slips),
    )
    return vocabulary, vocabulary.forms() - vocabulary.words


def spelled(text: str) -> str:
    """The text with a one-letter slip in a noun-phrase keyword or a result's name spelled out ("diffrence" ->
    "difference", "asnwer" -> "answer"); quoted text is left alone."""
    vocabulary, slips = _vocabulary()
    if slips.isdisjoint(words_of(text)):
        return text  # most prompts (their words are read once, for the step words too): no Python call per word
    quoted = find_quoted(text)  # in any quotes the skills read: "…", ‘…’, «…», „…“ ...

    def fixed(match: re.Match[str]) -> str:
        word = match.group()
        lowered = word.lower()
        if lowered not in slips or any(low <= match.start() < high for low, high in quoted):
            return word
        return vocabulary.lookup(lowered) or word

    return _WORD.sub(fixed, text)


def clear_cache() -> None:
    _vocabulary.cache_clear()
