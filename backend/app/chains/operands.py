"""A chain's first clause that only gives operands ("17 and 26: add them, then ...", "Grandpa is 67 and grandma is
64. Is their total odd?"): the operands it lists, the step a later clause names by its result on them ("Is my total
score odd?"), and the words that name them ("these numbers", "both")."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from app.chains.clauses import A_NUMBER, is_step
from app.chains.phrasing import GENERIC, PHRASINGS, UNSIGNED_NUMBER
from app.skills.base import Skill
from app.skills.numbers import read_numbers
from app.skills.operands import any_sets_the_scene
from app.skills.text import normalize

_DIGIT = re.compile(r"\d")
_LISTED_NUMBER = re.compile(UNSIGNED_NUMBER, re.IGNORECASE)
_BETWEEN_OPERANDS = re.compile(r"[\s,&]*(?:\band\b[\s,&]*)*", re.IGNORECASE)


def operands_only(clause: str, skills: Mapping[str, Skill[Any]]) -> str | None:
    """The numbers of a first clause that only gives operands: "17 and 26", or a sentence with two or more
    numbers that no skill reads as a step ("Grandpa is 67 and grandma is 64"), joined with "and"."""
    numbers = [match.group() for match in A_NUMBER.finditer(clause)]
    if len(numbers) < 2:
        return None
    if _BETWEEN_OPERANDS.fullmatch(_LISTED_NUMBER.sub(" ", clause)):
        return clause  # "17 and 26"
    if not _DIGIT.search(clause) or is_step(clause, skills, by_words=False) or _sets_a_scene(clause):
        return None
    return " and ".join(numbers)


def _sets_a_scene(clause: str) -> bool:
    """A number of the sentence is a time, a date or a label ("At 7:30 I wondered"): it gives no operands."""
    return any_sets_the_scene(read_numbers(normalize(clause)).pieces)


def step_on_operands(clause: str, operands: str, skills: Mapping[str, Skill[Any]]) -> str | None:
    """The step a clause names by its result on the operands given before it ("Is my total score odd?": the
    skill whose result is called a "total"), as that skill's command on them; or None."""
    numbers = [match.group() for match in A_NUMBER.finditer(operands)]
    if len(numbers) != 2:
        return None
    for name, phrasing in PHRASINGS.items():
        if name in skills and phrasing.command and result_nouns(name).search(clause):
            return phrasing.command[0].format(a=numbers[0], b=numbers[1])
    return None


@lru_cache(maxsize=8)
def result_nouns(name: str) -> re.Pattern[str]:
    """The nouns a skill's result is called by ("sum", "total"), from its references ("the sum")."""
    nouns = {reference.split()[-1] for reference in PHRASINGS[name].references} | set(PHRASINGS[name].result_words)
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, nouns))) + r")\b" if nouns else "(?!)", re.IGNORECASE)


@lru_cache(maxsize=1)
def operand_names() -> re.Pattern[str]:
    names = sorted(GENERIC.operand_names, key=len, reverse=True)
    # Not "their combined score", "their total": a result of the operands, not the operands.
    results = sorted({word for phrasing in PHRASINGS.values() for word in phrasing.result_words}) or ["(?!)"]
    return re.compile(
        r"\b(?!(?:their|these|those) (?:" + "|".join(results) + r")\b)(?:" + "|".join(names) + r")\b", re.IGNORECASE
    )
