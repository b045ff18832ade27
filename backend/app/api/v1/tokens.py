"""Token accounting for /v1: a token is a run of word characters or a single other non-space character
(regex ``\\w+|[^\\w\\s]``)."""

from __future__ import annotations

import re

TOKEN_PATTERN = re.compile(r"\w+|[^\w\s]")


def count_tokens(text: str) -> int:
    return len(TOKEN_PATTERN.findall(text))


def truncate_tokens(text: str, budget: int) -> tuple[str, int]:
    """The text up to the end of its `budget`-th token, and how many tokens that keeps."""
    if budget <= 0:
        return "", 0
    for count, match in enumerate(TOKEN_PATTERN.finditer(text), start=1):
        if count == budget:
            return text[: match.end()], count
    return text, count_tokens(text)
