"""The classes of wrong chain answers a blind development set found (eval/dev_chains6.jsonl, 2026-12-07), pinned by
prompts of each class written here: the chain recogniser's rules, no model."""

from __future__ import annotations

import pytest

from app.chains.parser import parse_chain
from app.skills import SKILLS
from app.skills.base import Parsed, Rejected


def _answer(prompt: str) -> str:
    result = parse_chain(prompt, SKILLS)
    assert isinstance(result, Parsed), result
    return result.operands.steps[-1].answer


@pytest.mark.parametrize(
    ("prompt", "answer"),
    [
        ("700 − 250 + 15", "465"),  # the minus sign U+2212 splits like "-": not 700 - (250 + 15)
        ("is 81 − 20 + 4 odd?", "odd"),
        ("reverse 351, then find 53 less than the result", "100"),  # not "find 53" as a story's gain
        ("add 14 and 9, next reverse it, last tell me if it's even", "even"),  # 23, reversed 32: "last" opens a step
        ("is 36 - 8 divisible by two?", "even"),  # a parity question, not a division
    ],
)
def test_the_chain_is_worked_out(prompt: str, answer: str) -> None:
    assert _answer(prompt) == answer


@pytest.mark.parametrize(
    ("prompt", "why"),
    [
        ("I bought 6 packs of 4 batteries. Is the total number of batteries even?", "this asks for a multiplication"),
        ("add 10 and 14, then halve the result", "this asks for a division"),
        ("subtract 3 from 20, after that triple it", "this asks for a multiplication"),
    ],
)
def test_a_multiplication_or_division_anywhere_refuses_the_chain(prompt: str, why: str) -> None:
    result = parse_chain(prompt, SKILLS)
    assert isinstance(result, Rejected) and result.why == why, result


def test_a_sign_off_after_the_word_is_no_list() -> None:
    for prompt in ("reverse the word harbour, cheers mate", "flip the word lantern, thanks"):
        result = SKILLS["reversal"].parse(prompt)
        assert isinstance(result, Parsed), (prompt, result)
    assert isinstance(SKILLS["reversal"].parse("reverse apple, banana"), Rejected)
