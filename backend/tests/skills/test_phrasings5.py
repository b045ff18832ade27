"""Rules that refused what the model read right, or answered a yes/no comparison, found on the development sets
in issue 15's fifth round (the examples are not the sets' prompts)."""

from __future__ import annotations

import pytest

from app.chains.skill import parse_fused
from app.skills.addition.skill import ADDITION
from app.skills.base import Parsed, Rejected
from app.skills.numbers import tagged_numbers
from app.skills.operations import asks_for_code
from app.skills.parity.skill import PARITY
from app.skills.subtraction.skill import SUBTRACTION
from tests.skills.conftest import solved


@pytest.mark.parametrize(("prompt", "answer"), [("IS 6243 ODDD?", "odd"), ("is 88 oddd or even", "even")])
def test_a_slip_of_odd_is_no_addition(prompt: str, answer: str) -> None:
    """ "oddd" is one letter from "addd", a slip of "add": a slip is matched as it is, with no further typo."""
    assert solved("parity", prompt) == answer
    assert isinstance(ADDITION.parse(prompt), Rejected)


def test_the_slip_of_add_still_adds() -> None:
    assert solved("addition", "addd 31 and 4") == "35"


@pytest.mark.parametrize("prompt", ["is 9036 divisible by 2 cheers", "is 71 odd cheers"])
def test_thanks_after_the_parity_word(prompt: str) -> None:
    assert isinstance(PARITY.parse(prompt), Parsed)


@pytest.mark.parametrize(("prompt", "answer"), [("BACKWARDS: JavaScript", "tpircSavaJ"), ("reverse: python", "nohtyp")])
def test_a_language_named_after_a_reversal_and_a_colon_is_the_word(prompt: str, answer: str) -> None:
    assert solved("reversal", prompt) == answer


@pytest.mark.parametrize(
    "text", ["sum: python", "add 3 and 4 in python", "excel: sum of 3 and 4", "python sum of a list"]
)
def test_code_requests_that_name_a_language_are_still_code(text: str) -> None:
    assert asks_for_code(text)


@pytest.mark.parametrize(
    "prompt",
    [
        "quick question: is three hundred eighty more than twenty-seven?",
        "hey, is 5 more than 3",
        "ok. are 12 apples fewer than 20 apples?",
    ],
)
def test_a_yes_no_comparison_after_a_lead_in_is_no_sum(prompt: str) -> None:
    for skill in (ADDITION, SUBTRACTION):
        result = skill.parse(prompt)
        assert isinstance(result, Rejected) and result.why == "this asks for a comparison", (prompt, result)


@pytest.mark.parametrize(
    ("prompt", "answer"),
    [("what is 5 more than 3?", "8"), ("Tom has 8. Ann has 3 more than Tom. How many does Ann have?", "11")],
)
def test_more_than_outside_a_yes_no_question_still_adds(prompt: str, answer: str) -> None:
    assert solved("addition", prompt) == answer


@pytest.mark.parametrize(
    ("prompt", "tagged", "value"),
    [
        ("WE'VE DRIVEN three hundred ten KM", "three hundred", 310),
        ("a jar held fifty-three thousand two hundred one sweets", "fifty-three thousand two hundred", 53201),
        ("twenty apples and five pears", "twenty", 20),  # the words after it are no number
    ],
)
def test_a_tagged_number_in_words_takes_the_rest_of_its_words(prompt: str, tagged: str, value: int) -> None:
    """The tagger may stop inside a number written in words; the operand is the whole number."""
    start = prompt.index(tagged)
    found = tagged_numbers(prompt, [(start, start + len(tagged), "operand")])
    assert not isinstance(found, str) and [number.value for number, _ in found] == [value]


@pytest.mark.parametrize("prompt", ["next one: do 6 more than 14", "can you, do 5 more than 3"])
def test_a_command_do_after_a_lead_in_is_no_yes_no_question(prompt: str) -> None:
    assert isinstance(ADDITION.parse(prompt), Parsed)


@pytest.mark.parametrize("text", ["add 5 and 3. excel", "print a string backwards python"])
def test_a_tool_or_language_named_last_still_asks_for_code(text: str) -> None:
    assert asks_for_code(text)


def test_tot_up_adds() -> None:
    assert solved("addition", "tot up 6,908 and 67 pls") == "6975"
    assert not isinstance(ADDITION.parse("the tots had 5 and 6 toys"), Parsed)


@pytest.mark.parametrize(
    ("prompt", "steps", "answer"),
    [("what is 9 minus 4, and is that one odd?", 2, "odd"), ("start with 30. is that one minus 12 odd?", 2, "even")],
)
def test_that_one_names_the_previous_result(prompt: str, steps: int, answer: str) -> None:
    result = parse_fused(prompt)["chain"]
    assert isinstance(result, Parsed) and len(result.operands.steps) == steps
    assert result.operands.answer == answer
