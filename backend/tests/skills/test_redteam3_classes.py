"""The classes of wrong answers and wrong refusals a third blind red-team found (eval/dev_redteam3.jsonl, 2026-12-07),
each pinned by prompts of the class written here (not the set's own): the rules' reading, with no model."""

from __future__ import annotations

import re

import pytest

from app.chains.parser import parse_chain
from app.chains.skill import CHAIN, parse_fused
from app.skills import SKILLS
from app.skills.base import OPERAND, Parsed, Rejected
from app.skills.operations import DASHED
from tests.skills.conftest import solved


@pytest.mark.parametrize(
    ("skill", "prompt", "expected"),
    [
        # "do" before a bare expression is the imperative, not a yes-or-no question
        ("subtraction", "please do 91-17", "74"),
        ("subtraction", "can u do 50 - 8 for me", "42"),
        # a filler is no slip of a cue word ("umm" is one letter from "summ")
        ("subtraction", "ummm 12 take away 20", "-8"),
        # "one" set against a bare "another" picks a thing out; it counts nothing
        ("addition", "we sold 12 tickets at one door and 30 at another, how many altogether?", "42"),
        ("addition", "add one apple and 3 other apples", "4"),
        # the parity word's own question, after sentences with other numbers
        ("parity", "my 3 nephews keep asking: is 7,777 even?", "odd"),
        ("parity", "I have 4 tabs open. is 88 odd?", "even"),
        # "this year 35": a time, then an amount (not a school year's label)
        ("addition", "last year 40 came and this year 55 more came, how many in total?", "95"),
    ],
)
def test_the_classes_are_answered(skill: str, prompt: str, expected: str) -> None:
    assert solved(skill, prompt) == expected


@pytest.mark.parametrize(
    ("prompt", "skill", "why"),
    [
        # a price or a wage for a number of things or hours, a price per item asked for
        ("a bus ticket is 3 euros, how much for 7 tickets?", "subtraction", "this asks for a multiplication"),
        ("she earns 20 an hour and worked 6 hours", "addition", "this asks for a multiplication"),
        ("if 4 apples cost 8 dollars, how much does one apple cost?", "addition", "this asks for a division"),
        # putting numbers in order
        ("sort these: 8, 2, 5", "addition", "this asks for a comparison"),
        ("arrange 4, 9 and 1 in descending order", "addition", "this asks for a comparison"),
        # a range of days with an adjective between
        ("shipping takes 2-4 working days", "subtraction", DASHED),
        # a sequence recited backwards
        ("can you say the months of the year backwards", "reversal", None),
        # school years are labels
        ("what's the difference between year 9 and year 10 science?", "subtraction", None),
    ],
)
def test_the_classes_are_refused(prompt: str, skill: str, why: str | None) -> None:
    result = SKILLS[skill].parse(prompt)
    assert isinstance(result, Rejected), result
    if why is not None:
        assert result.why == why


@pytest.mark.parametrize("prompt", ["how odd, the 8 pm train left early", "So odd! my 5 cats all sneezed"])
def test_odd_as_a_remark_asks_nothing(prompt: str) -> None:
    assert isinstance(SKILLS["parity"].parse(prompt), Rejected)
    assert solved("parity", "so odd! is 5 even?") == "odd"  # a remark, then the question


def test_an_emoji_after_a_word_decorates_the_request() -> None:
    assert solved("reversal", "reverse the word dog 🐶") == "god"
    assert solved("reversal", "reverse 🐱🐶") == "🐶🐱"  # alone, the emoji are the text


def test_a_statement_before_anyway_is_the_scene_not_a_first_question() -> None:
    results = parse_fused("We have 3 kids and 2 cars. Anyway, what is 70 minus 25?")
    assert isinstance(results["subtraction"], Parsed)
    assert not isinstance(results[CHAIN], Parsed)
    # two questions stay two questions
    assert isinstance(parse_fused("what is 3 plus 4? anyway, what's 9 minus 2?")["subtraction"], Rejected)


def test_a_dash_range_refuses_the_chain_for_the_reason() -> None:
    result = parse_chain("it takes 3-5 working days, is that even normal?", SKILLS)
    assert isinstance(result, Rejected) and result.why is not None and "dash" in result.why


def test_a_clock_time_gives_no_operands_to_a_chain() -> None:
    assert not isinstance(parse_chain("At 6:45 I wondered: is 1,003 odd?", SKILLS), Parsed)
    assert solved("parity", "At 6:45 I wondered: is 1,003 odd?") == "odd"


def test_a_story_that_gives_more_is_no_subtraction_for_the_model() -> None:
    prompt = "my tin had 40 buttons, then auntie gave me 15 more. how many buttons now?"
    spans = [(match.start(), match.end(), OPERAND) for match in re.finditer(r"\d+", prompt)]
    assert isinstance(SKILLS["subtraction"].operands_from_spans(prompt, spans), Rejected)
    assert isinstance(SKILLS["addition"].operands_from_spans(prompt, spans), Parsed)
