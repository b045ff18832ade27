"""The subtraction skill: what it accepts, what it refuses, and explanations that show every borrow."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.skills.base import Missing, Parsed, Rejected
from app.skills.numbers import MAX_DIGITS
from app.skills.subtraction.skill import SUBTRACTION
from tests.skills.conftest import NumberWords, solved, words_for


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        ("what is 10 minus 3", "7"),
        ("10 - 3", "7"),
        ("10−3", "7"),  # U+2212 MINUS SIGN
        ("subtract 3 from 10", "7"),
        ("take 3 away from 10", "7"),
        ("10 take away 3", "7"),
        ("decrease 10 by 3", "7"),
        ("3 less than 10", "7"),
        ("how much is 20 minus 5 minus 3", "12"),
        ("5 minus 12", "-7"),
        ("the difference between 3 and 10", "7"),
        ("the difference between 10 and 3", "7"),
        ("one thousand minus twenty-one", "979"),
        ("1,000,000 - 1", "999999"),
        ("-5 - -3", "-2"),
        ("10 minus negative 4", "14"),
        ("٣٠ - ٨", "22"),  # Arabic-Indic digits
        ("１０ − ３", "7"),  # full-width digits
        ("substract 4 from 9", "5"),
        ("what is 100 mnus 1?", "99"),
        ("Please subtract these two numbers: 9 and 4", "5"),
        ("how much is 2746 take awya 86?", "2660"),  # slips in the short words of a phrase
        ("what is 99 lees than 310?", "211"),
        ("10-3", "7"),  # a tight dash between two numbers is still a subtraction
        ("66-29788-95", "-29817"),
        ("Subtrac 39011 form ８７６８４", "48673"),  # "form", "frm": slips of "from"
        ("take 5 away frm 12", "7"),
    ],
)
def test_accepted_forms(prompt: str, expected: str) -> None:
    assert solved("subtraction", prompt) == expected


@pytest.mark.parametrize(
    ("prompt", "why"),
    [
        ("10 + 5 - 3", "this asks for an addition"),  # mixed signs: a chain, not one subtraction
        ("5 minus 3 times 2", "this asks for a multiplication"),
        ("10 minus 4 divided by 2", "this asks for a division"),
        ("2^3 - 1", "this asks for a power"),
        ("1.5 minus 2", "1.5 is not a whole number"),
        ("50% minus 10", "this asks for a percentage"),
        ("is 3 less than 5?", "this asks for a comparison"),
        ("is 10 - 3 even?", "this asks whether a number is even or odd"),
        ("reverse 10 - 3", "this asks to reverse something"),
        ("the difference between 2, 5 and 9", "this asks for the difference of more than two numbers"),
        ("what is minus 5?", None),  # a negative number, not a subtraction
        ("what does minus mean?", None),
        ("what's the difference between a cat and a dog?", None),
        ("hello", None),
        ("is subtraction commutative?", None),  # names the operation, asks for none
        ("give me five subtraction problems for grade two", None),
        ("how do I subtract the background from a photo?", None),
        ("how can I decrease my screen time?", None),
        ("odd numbers vs even numbers, what's the difference?", None),
        ("is 98 - 69 negative?", "this asks a yes-or-no question about the numbers"),
        ("so, is 81 less than 61?", "this asks for a comparison"),  # a yes/no comparison after a lead-in too
        ("read pages 3-5 tonight", "this uses a dash for a range, a score, a date or a code, not a subtraction"),
        ("the game ended 4-2", "this uses a dash for a range, a score, a date or a code, not a subtraction"),
        ("my number is 555-0142", "this uses a dash for a range, a score, a date or a code, not a subtraction"),
    ],
)
def test_refused(prompt: str, why: str | None) -> None:
    result = SUBTRACTION.parse(prompt)
    assert isinstance(result, Rejected), result
    assert result.why == why


@pytest.mark.parametrize(
    ("prompt", "asks"),
    [
        ("subtract 7", "only one number (7)"),
        ("what is 10 minus?", 'missing after "minus"'),
        ("10 -", 'missing after "-"'),
        ("subtract these numbers", "Which numbers should I subtract?"),
        ("take away 5 from", "only one number (5)"),
        ("subtract pls", "Which numbers should I subtract?"),
        ("can you do a subtraction for me?", "Which numbers should I subtract?"),
        ("find the difference between these numbers", "Which numbers should I subtract?"),
    ],
)
def test_a_missing_operand_is_asked_for(prompt: str, asks: str) -> None:
    result = SUBTRACTION.parse(prompt)
    assert isinstance(result, Missing), result
    assert asks in result.message


def test_digits_over_the_bound_are_refused() -> None:
    result = SUBTRACTION.parse(f"{'9' * (MAX_DIGITS + 1)} - 1")
    assert isinstance(result, Rejected)
    assert result.why == f"this has a number of {MAX_DIGITS + 1} digits, over the {MAX_DIGITS} I can read"


def _steps(prompt: str) -> list[str]:
    parsed = SUBTRACTION.parse(prompt)
    assert isinstance(parsed, Parsed), parsed
    return SUBTRACTION.explain(parsed.operands, SUBTRACTION.solve(parsed.operands)).all_steps


def test_column_subtraction_states_each_borrow() -> None:
    assert _steps("1204 - 58") == [
        "Identify the numbers: 1204 and 58.",
        "Write 1204 above 58, lining up the ones, the tens, the hundreds and so on.",
        "Ones column: 4 is less than 8, so borrow 1 from the next column: 14 - 8 = 6, write 6.",
        "Tens column: 0 - 1 (lent) - 5 would be below zero, so borrow 1 from the next column: "
        "0 + 10 - 1 - 5 = 4, write 4.",
        "Hundreds column: 2 - 1 (lent) = 1, write 1.",
        "Thousands column: nothing to take away, so write 1.",
        "Read the written digits from left to right, dropping zeros at the front: 1146.",
        "Therefore, the final answer is 1146.",
    ]


def test_a_negative_result_is_worked_out_as_minus_the_reverse_subtraction() -> None:
    steps = _steps("5 minus 12")
    assert "5 is smaller than 12, so the result is negative: 5 - 12 = -(12 - 5)." in steps
    assert "So 5 - 12 = -7." in steps
    assert steps[-1] == "Therefore, the final answer is -7."


def test_the_difference_is_never_negative_and_says_so() -> None:
    steps = _steps("what is the difference between 8 and 15?")
    assert any("larger minus the smaller, so it is never negative: 15 - 8" in step for step in steps)
    assert steps[-1] == "Therefore, the final answer is 7."


def test_from_and_less_than_say_which_number_comes_first() -> None:
    assert "Subtracting 3 from 10 means 10 - 3." in _steps("subtract 3 from 10")
    assert '"3 less than 10" means 10 - 3.' in _steps("3 less than 10")


def test_subtracting_a_negative_adds_its_size() -> None:
    assert "Subtracting a negative number adds its size: 10 - (-4) = 10 + 4 = 14." in _steps("10 - -4")


def _read_columns(steps: list[str]) -> str:
    """The digits written in each column step, read from the most significant: what a pupil would read."""
    written = [
        re.search(r"write (\d)\.$", step)
        for step in steps
        if re.match(r"[\w-]+ column: |Column \d+ from the right: ", step)
    ]
    return "".join(match.group(1) for match in reversed(written) if match).lstrip("0") or "0"


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 10**25), st.integers(0, 10**25))
def test_written_column_digits_read_back_the_answer(a: int, b: int) -> None:
    top, bottom = max(a, b), min(a, b)
    steps = _steps(f"{top} - {bottom}")
    assert steps[-1] == f"Therefore, the final answer is {top - bottom}."
    if top > 9:
        assert _read_columns(steps) == str(top - bottom)


FORMS = [
    ("{a} minus {b}", lambda a, b: a - b),
    ("{a} - {b}", lambda a, b: a - b),
    ("subtract {b} from {a}", lambda a, b: a - b),
    ("take {b} away from {a}", lambda a, b: a - b),
    ("decrease {a} by {b}", lambda a, b: a - b),
    ("{b} less than {a}", lambda a, b: a - b),
    ("the difference between {a} and {b}", lambda a, b: abs(a - b)),
]


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(FORMS), st.integers(-(10**12), 10**12), st.integers(-(10**12), 10**12))
def test_every_form_computes_the_exact_result(form: tuple[str, object], a: int, b: int) -> None:
    template, expected = form
    assert callable(expected)
    assert solved("subtraction", template.format(a=a, b=b)) == str(expected(a, b))


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 999_999), st.integers(0, 999_999))
def test_number_words_are_read(a: int, b: int) -> None:
    words: NumberWords = words_for
    assert solved("subtraction", f"what is {words(a)} minus {words(b)}?") == str(a - b)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(-(10**6), 10**6), min_size=3, max_size=6))
def test_chains_of_minus_go_left_to_right(values: list[int]) -> None:
    prompt = " minus ".join(str(value) for value in values)
    assert solved("subtraction", prompt) == str(values[0] - sum(values[1:]))
