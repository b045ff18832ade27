"""The noun phrases that stand for a skill's result ("the sum of 17 and 26", "3284 backwards", "10 + 5"), found
through each registered skill's chain.toml, and two of them named side by side ("what is 3 plus 4 and 10 plus
20"), which may be two questions (parser.py decides)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from app.chains.phrasing import GENERIC, PHRASINGS
from app.skills.numbers import read_numbers
from app.skills.text import normalize

# What may stand between two results named side by side: "3 plus 4 and 10 plus 20", "3 + 4 & 10 + 20", "the sum of
# 3 and 4, and what is the difference between 9 and 2", "3 plus 4, 10 plus 20", "... as well as ...", "... or ...".
_JOINED = re.compile(
    r"\s*(?:[,;]\s*(?:and\s+)?|(?:and|&|or|as\s+well\s+as)\s+)(?:also\s+)?(?:(?:what(?:'s|\s+is)|tell\s+me)\s+)?",
    re.IGNORECASE,
)


@lru_cache(maxsize=1)
def noun_index() -> tuple[re.Pattern[str], dict[str, list[tuple[str, re.Pattern[str]]]]]:
    """Each noun phrasing under its keyword (the first four letters of its first word that is not a plain
    one, or its symbol: "sum", "back", "+"), and one pattern that finds the keywords: only the phrasings
    whose keyword is in a text are tried on it, which keeps prompts that have none quick."""
    index: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for name, phrasing in PHRASINGS.items():
        for template, pattern in zip(dict.fromkeys(phrasing.noun), phrasing.noun_patterns, strict=True):
            index.setdefault(_keyword(template), []).append((name, pattern))
    alternatives = [rf"\b{re.escape(key)}" if key.isalpha() else re.escape(key) for key in sorted(index)]
    return re.compile("|".join(alternatives) or "(?!)", re.IGNORECASE), index


def _keyword(template: str) -> str:
    words: list[str] = re.findall(r"[a-z]+|[^\w\s{}]", re.sub(r"\{\w+\}", " ", template.lower()))
    for word in words:
        if not word.isalpha():
            return word
        if word not in GENERIC.plain_words:
            return word[:4]
    return ""


def noun_candidates(text: str) -> list[tuple[str, re.Pattern[str]]]:
    keywords, index = noun_index()
    found = {match.group().lower() for match in keywords.finditer(text)}
    return [entry for key in sorted(found) for entry in index.get(key, [])]


def has_noun(text: str) -> bool:
    return any(pattern.search(text) for _, pattern in noun_candidates(text))


def in_digits(text: str) -> str:
    """The normalised text with every number written in digits ("one thousand and fifty" -> "1050")."""
    normalized = normalize(text)
    reading = read_numbers(normalized)
    if not any(piece.number is not None and piece.number.words for piece in reading.pieces):
        return normalized
    written, at = [], 0
    for piece in reading.pieces:
        if piece.number is not None:
            written += [normalized[at : piece.start], str(piece.number.value)]
            at = piece.end
    return "".join([*written, normalized[at:]])


def side_by_side(text: str) -> Iterator[tuple[str, tuple[int, int], tuple[int, int]]]:
    """(the text in digits, a result's span, the next result's span) for each two results joined by "and" (or a
    comma, "&", "or", "as well as") and nothing else. Numbers are read first, so the "and" inside "one thousand
    and fifty minus seventeen" joins no two results."""
    digits = in_digits(text)
    found = sorted(
        (match.start("noun"), -match.end("noun"))
        for _, pattern in noun_candidates(digits)
        for match in pattern.finditer(digits)
    )
    previous: tuple[int, int] | None = None  # the results leftmost-longest, not overlapping
    for start, negative_end in found:
        if previous is not None and start < previous[1]:
            continue
        if previous is not None and _JOINED.fullmatch(digits, previous[1], start):
            yield digits, previous, (start, -negative_end)
        previous = (start, -negative_end)
