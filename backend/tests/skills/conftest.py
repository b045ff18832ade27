"""Helpers shared by the skills tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.skills import SKILLS
from app.skills.base import Parsed

_UNITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")

NumberWords = Callable[..., str]


def solved(skill: str, prompt: str) -> str:
    """The answer ``skill`` gives to ``prompt``, which it must parse (not refuse or ask about)."""
    result = SKILLS[skill].parse(prompt)
    assert isinstance(result, Parsed), result
    return SKILLS[skill].solve(result.operands)


def words_for(n: int, *, hyphen: bool = True, use_and: bool = True) -> str:
    """English words for 0 <= n < 10**9, written independently of the code under test."""
    if n < 10:
        return _UNITS[n]
    if n < 20:
        return _TEENS[n - 10]
    if n < 100:
        tens, units = divmod(n, 10)
        if not units:
            return _TENS[tens]
        return f"{_TENS[tens]}{'-' if hyphen else ' '}{_UNITS[units]}"
    for size, name in ((10**6, "million"), (1000, "thousand"), (100, "hundred")):
        if n >= size:
            head, rest = divmod(n, size)
            text = f"{words_for(head, hyphen=hyphen, use_and=use_and)} {name}"
            if rest:
                joiner = " and " if use_and and rest < 100 else " "
                text += joiner + words_for(rest, hyphen=hyphen, use_and=use_and)
            return text
    raise ValueError(n)


@pytest.fixture(scope="session")
def number_words() -> NumberWords:
    return words_for
