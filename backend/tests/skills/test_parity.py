"""Parity: phrasings, missing number, refusals, explanation through the last digit."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.skills.base import Missing, Parsed, Rejected
from app.skills.numbers import MAX_DIGITS, WholeNumber
from app.skills.parity.skill import PARITY

if TYPE_CHECKING:
    from tests.skills.conftest import NumberWords


def answer_for(prompt: str) -> str:
    result = PARITY.parse(prompt)
    assert isinstance(result, Parsed), f"{prompt!r} -> {result!r}"
    return PARITY.solve(result.operands)


@pytest.mark.parametrize(
    ("prompt", "answer"),
    [
        ("is 7 even?", "odd"),  # the parity itself, whatever the question's polarity
        ("is 7 odd?", "odd"),
        ("is 8 odd?", "even"),
        ("is 7 even or odd", "odd"),
        ("odd or even: 7", "odd"),
        ("parity of 7", "odd"),
        ("tell me if 7 is even", "odd"),
        ("is 7 divisible by 2?", "odd"),
        ("is 10 divisible by two", "even"),
        ("is 7 a multiple of 2?", "odd"),
        ("is negative twelve odd?", "even"),
        ("is zero even?", "even"),
        ("is 0 odd", "even"),
        ("is -13 even?", "odd"),
        ("Is 7 an even number?", "odd"),
        ("is seven evn", "odd"),  # typo in the keyword; "seven" is not read as a typo of "even"
        ("is 1,000,001 odd?", "odd"),
        ("is ٧ even", "odd"),
        ("is ４ even", "even"),
        ("is twenty-one odd", "odd"),
        ("is one hundred and five even?", "odd"),
        ("Hello! Could you tell me whether 44 is even or odd, please?", "even"),
    ],
)
def test_phrasings(prompt: str, answer: str) -> None:
    assert answer_for(prompt) == answer


@pytest.mark.parametrize(
    "prompt", ["is it even?", "even or odd?", "Is it odd or even", "what's the parity?", "Is this one odd or even:"]
)
def test_missing_number_is_asked_for(prompt: str) -> None:
    result = PARITY.parse(prompt)
    assert isinstance(result, Missing), result
    assert "Which number" in result.message
    assert "For example" in result.message


@pytest.mark.parametrize(
    ("prompt", "why"),
    [
        ("is 7 prime?", "prime"),
        ("is 9 divisible by 3?", "divisibility"),
        ("is 9 a multiple of 3", "divisibility"),
        ("is 7 greater than 5?", "comparison"),
        ("is 3 less than 5", "comparison"),
        ("is 16 a square number", "square"),
        ("are 3 and 5 odd?", "more than one number"),
        ("is 7 even and is 9 odd?", "more than one number"),
        ("is 3 + 4 even?", "this asks for an addition"),
        ("is the sum of 3 and 4 even", "this asks for an addition"),
        ("is 3 times 4 even", "multiplication"),
        ("is 2² even", "power"),
        ("is 3.5 even?", "3.5 is not a whole number"),
        ("is 1/2 odd", "1/2 is not a whole number"),
        ("that is an odd question", 'uses "odd" in another sense'),
        ("which is the odd one out: 3, 5, 8", 'uses "odd" in another sense'),
        ("the odd one out", 'uses "odd" in another sense'),
        ("even numbers between 1 and 10", 'uses "even" in another sense'),
        ("list the odd numbers", 'uses "odd" in another sense'),
        ("what is 12 minus 5", "this asks for a subtraction"),
        ("hi", None),
        ("that's odd", None),
        ("That's odd, my 3 o'clock meeting just disappeared from the calendar.", None),
        ("what's the next evne number after 980", 'uses "even" in another sense'),
        ("reverse 12345", "reverse"),
    ],
)
def test_other_questions_are_refused(prompt: str, why: str | None) -> None:
    result = PARITY.parse(prompt)
    assert isinstance(result, Rejected), result
    assert result.scope == "tell whether one whole number is even or odd"
    if why is None:
        assert result.why is None  # nothing worth telling: the prompt is simply not about parity
    else:
        assert result.why is not None and why in result.why


def test_numbers_beyond_the_digit_bound_are_refused() -> None:
    result = PARITY.parse(f"is {'7' * (MAX_DIGITS + 1)} even?")
    assert isinstance(result, Rejected)
    assert result.why == f"this has a number of {MAX_DIGITS + 1} digits, over the {MAX_DIGITS} I can read"
    assert answer_for(f"is {'7' * MAX_DIGITS} even?") == "odd"


def test_explanation_goes_through_the_last_digit() -> None:
    result = PARITY.parse("is -13 even?")
    assert isinstance(result, Parsed)
    answer = PARITY.solve(result.operands)
    explanation = PARITY.explain(result.operands, answer)
    assert explanation.headline == "Let's work out whether -13 is even or odd."
    assert explanation.all_steps[0] == "Identify the number: -13."
    assert any("last digit of 13: it is 3" in step for step in explanation.all_steps)
    assert any("remainder of 1" in step for step in explanation.all_steps)
    assert explanation.all_steps[-1] == "Therefore, the final answer is odd."


def test_explanation_for_words_and_zero() -> None:
    number = WholeNumber(0, "zero")
    explanation = PARITY.explain(number, PARITY.solve(number))
    assert explanation.all_steps[0] == "Identify the number: zero (0)."
    assert any("remainder of 0" in step for step in explanation.all_steps)
    assert explanation.all_steps[-1] == "Therefore, the final answer is even."


@given(st.integers(min_value=-(10**120), max_value=10**120), st.sampled_from(["even", "odd", "even or odd"]))
def test_parity_matches_python_for_digits(value: int, question: str) -> None:
    expected = "even" if value % 2 == 0 else "odd"
    assert answer_for(f"is {value} {question}?") == expected
    explanation = PARITY.explain(WholeNumber(value), expected)
    assert explanation.all_steps[-1] == f"Therefore, the final answer is {expected}."
    assert len(explanation.all_steps) <= 8


@given(st.integers(min_value=0, max_value=999_999_999), st.booleans(), st.booleans())
def test_parity_matches_python_for_words(number_words: NumberWords, value: int, negative: bool, use_and: bool) -> None:
    words = number_words(value, use_and=use_and)
    prompt = f"is {'negative ' if negative else ''}{words} even?"
    assert answer_for(prompt) == ("even" if value % 2 == 0 else "odd")
