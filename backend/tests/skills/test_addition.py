"""Addition: phrasings, missing operands, refusals, and teacher-style explanations."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.skills.addition.skill import ADDITION, AdditionOperands
from app.skills.base import Missing, Parsed, Rejected
from app.skills.numbers import MAX_DIGITS, WholeNumber
from tests.skills.conftest import NumberWords


def parsed_operands(prompt: str) -> AdditionOperands:
    result = ADDITION.parse(prompt)
    assert isinstance(result, Parsed), f"{prompt!r} -> {result!r}"
    operands: AdditionOperands = result.operands
    return operands


def answer_for(prompt: str) -> str:
    return ADDITION.solve(parsed_operands(prompt))


# --------------------------------------------------------------------------------------------------
# Explanations


def test_seed_explanation_is_exact() -> None:
    operands = parsed_operands("Can you explain 2 plus 3 step by step?")
    answer = ADDITION.solve(operands)
    explanation = ADDITION.explain(operands, answer)
    assert answer == "5"
    assert explanation.headline == "Let's solve this addition carefully."
    assert explanation.all_steps == [
        "Identify the numbers: 2 and 3.",
        "Add them together: 2 + 3 = 5.",
        "Therefore, the final answer is 5.",
    ]


def test_three_single_digits_are_listed_with_commas_and_and() -> None:
    operands = parsed_operands("sum 2, 3 and 4")
    steps = ADDITION.explain(operands, ADDITION.solve(operands)).all_steps
    assert steps == [
        "Identify the numbers: 2, 3 and 4.",
        "Add them together: 2 + 3 + 4 = 9.",
        "Therefore, the final answer is 9.",
    ]


def test_multi_digit_explanation_works_column_by_column_with_carries() -> None:
    operands = parsed_operands("what is 47 + 85")
    answer = ADDITION.solve(operands)
    steps = ADDITION.explain(operands, answer).all_steps
    assert answer == "132"
    assert steps[0] == "Identify the numbers: 47 and 85."
    assert "Ones column: 7 + 5 = 12, write 2 and carry 1." in steps
    assert "Tens column: 4 + 8 + 1 (carried) = 13, write 3 and carry 1." in steps
    assert "Hundreds column: only the carried 1 is left, so write 1." in steps
    assert any("132" in step for step in steps[:-1])  # the result is put together before the conclusion
    assert steps[-1] == "Therefore, the final answer is 132."


def test_columns_without_carry_and_uneven_lengths() -> None:
    operands = (WholeNumber(123), WholeNumber(4))
    steps = ADDITION.explain(operands, ADDITION.solve(operands)).all_steps
    assert "Ones column: 3 + 4 = 7, write 7." in steps
    assert "Tens column: only 2 is there, so write 2." in steps
    assert "Hundreds column: only 1 is there, so write 1." in steps
    assert steps[-1] == "Therefore, the final answer is 127."


def test_number_words_are_shown_with_their_value() -> None:
    operands = parsed_operands("twenty-one plus three")
    steps = ADDITION.explain(operands, ADDITION.solve(operands)).all_steps
    assert steps[0] == "Identify the numbers: twenty-one (21) and three (3)."
    assert steps[-1] == "Therefore, the final answer is 24."


def test_negative_numbers_are_explained_through_sizes_and_sign() -> None:
    operands = parsed_operands("-13 + 5 + -2")
    answer = ADDITION.solve(operands)
    steps = ADDITION.explain(operands, answer).all_steps
    assert answer == "-10"
    text = " ".join(steps)
    assert "13 + 2 = 15" in text
    assert "15 - 5 = 10" in text
    assert "negative" in text
    assert steps[-1] == "Therefore, the final answer is -10."


def test_all_negative_numbers_keep_the_minus_sign() -> None:
    operands = parsed_operands("negative three plus -4")
    steps = ADDITION.explain(operands, ADDITION.solve(operands)).all_steps
    assert steps[0] == "Identify the numbers: negative three (-3) and -4."
    assert any("3 + 4 = 7" in step for step in steps)
    assert steps[-1] == "Therefore, the final answer is -7."


def test_positive_result_from_mixed_signs() -> None:
    operands = parsed_operands("add 10 and -4")
    steps = ADDITION.explain(operands, ADDITION.solve(operands)).all_steps
    assert any("10 - 4 = 6" in step for step in steps)
    assert steps[-1] == "Therefore, the final answer is 6."


def test_huge_numbers_keep_the_explanation_bounded_and_state_the_carries() -> None:
    big = int("9" * MAX_DIGITS)
    operands = (WholeNumber(big), WholeNumber(1))
    answer = ADDITION.solve(operands)
    steps = ADDITION.explain(operands, answer).all_steps
    assert answer == "1" + "0" * MAX_DIGITS
    assert len(steps) <= 40
    assert any(step.startswith("Columns 31 to 500") and "carrying into columns" in step for step in steps)
    assert steps[-1] == f"Therefore, the final answer is {answer}."


def test_many_operands_can_carry_more_than_one() -> None:
    operands = tuple(WholeNumber(99) for _ in range(12))
    answer = ADDITION.solve(operands)
    steps = ADDITION.explain(operands, answer).all_steps
    assert answer == str(99 * 12)
    assert any("write 8 and carry 10" in step for step in steps)
    assert steps[-1] == "Therefore, the final answer is 1188."


# --------------------------------------------------------------------------------------------------
# Phrasings


@pytest.mark.parametrize(
    ("prompt", "answer"),
    [
        ("2 plus 3", "5"),
        ("2 + 3", "5"),
        ("2+3=?", "5"),
        ("add 2 and 3", "5"),
        ("add 2 to 3", "5"),
        ("the sum of 2 and 3", "5"),
        ("sum 2, 3 and 4", "9"),
        ("the total of 2 and 3", "5"),
        ("2 and 3 added together", "5"),
        ("what do 2 and 3 add up to", "5"),
        ("increase 5 by 3", "8"),
        ("5 more than 3", "8"),
        ("Hey there! Could you PLEASE tell me what 2 plus 3 is? Thanks so much.", "5"),
        ("2 pluss 3", "5"),
        ("2 plsu 3", "5"),
        ("ad 2 and 3", "5"),
        ("summ of 2 and 3", "5"),
        ("what's the totl of 2 and 3", "5"),
        ("add 1 and 2 and 3 and 4", "10"),
        ("add -7 and +7", "0"),
        ("what is 2 plus minus 5", "-3"),
        ("minus five plus 2", "-3"),
        ("negative five plus minus five", "-10"),
        ("1,000 + 1,000,000", "1001000"),
        ("٣ + ٤", "7"),
        ("３＋４", "7"),
        ("twenty-one plus twenty one", "42"),
        ("one hundred and five plus three thousand", "3105"),
        ("add one hundred and five", "105"),  # two operands: the "and" separates them
        ("a hundred plus a thousand", "1100"),
        ("add these two numbers: 4 and 5", "9"),
        ("add 2 and 3!", "5"),
        ("What is 2 + 3? Explain step by step.", "5"),
    ],
)
def test_phrasings(prompt: str, answer: str) -> None:
    assert answer_for(prompt) == answer


# --------------------------------------------------------------------------------------------------
# Missing operands


@pytest.mark.parametrize(
    ("prompt", "expected_in_message"),
    [
        ("What is 2 plus?", "only one number (2)"),
        ("add these numbers", "Which numbers should I add?"),
        ("add 7", "only one number (7)"),
        ("sum of", "Which numbers should I add?"),
        ("2 plus 3 plus", 'missing after "plus"'),
        ("what is 4 +", "only one number (4)"),
        ("add twenty", "only one number (twenty (20))"),
    ],
)
def test_missing_operands_ask_for_them(prompt: str, expected_in_message: str) -> None:
    result = ADDITION.parse(prompt)
    assert isinstance(result, Missing), result
    assert expected_in_message in result.message
    assert "For example" in result.message


# --------------------------------------------------------------------------------------------------
# Refusals


@pytest.mark.parametrize(
    ("prompt", "why"),
    [
        ("5 minus 3", "subtraction"),
        ("5 - 3", "subtraction"),
        ("what is 12 minus 5", "subtraction"),
        ("subtract 3 from 5", "subtraction"),
        ("7 times 8", "multiplication"),
        ("7 multiplied by 8", "multiplication"),
        ("7 * 8", "multiplication"),
        ("7 x 8", "multiplication"),
        ("7 × 8", "multiplication"),
        ("the product of 2 and 3", "multiplication"),
        ("6 divided by 3", "division"),
        ("6 / 3", "division"),
        ("6 ÷ 3", "division"),
        ("2 ^ 3", "power"),
        ("2 ** 3", "power"),
        ("5 squared plus 1", "power"),
        ("3 cubed", "power"),
        ("2² + 1", "power"),
        ("square root of 16", "root"),
        ("10% of 50 plus 3", "percentage"),
        ("average of 2 and 4", "average"),
        ("what is the mean of 2 and 4", "average"),
        ("median of 1, 2 and 3", "average"),
        ("remainder of 7 and 2", "remainder"),
        ("7 mod 2", "remainder"),
        ("5 factorial plus 1", "factorial"),
        ("5! + 3", "factorial"),
        ("sum of the digits of 123", "digits"),
        ("2 plus 3 times 4", "multiplication"),
        ("(2 + 3) * 4", "multiplication"),
        ("is 5 plus 3 greater than 7?", "comparison"),
        ("which is bigger, 3 or 5?", "comparison"),
        ("is 2 plus 3 even?", "even or odd"),
        ("2 + 3 = 5", "check"),
        ("add 2 and 3 and tell me if it is prime", "prime"),
        ("multipy 2 and 3 then add 4", "multiplication"),  # typo in the other operation
    ],
)
def test_other_operations_are_refused(prompt: str, why: str) -> None:
    result = ADDITION.parse(prompt)
    assert isinstance(result, Rejected), result
    assert result.reason.startswith("I can only add whole numbers")
    assert why in result.reason


@pytest.mark.parametrize(
    ("prompt", "bad"),
    [("1.5 plus 2", "1.5"), ("1/2 plus 1/3", "1/2"), ("1e3 + 1", "1e3"), ("0x10 + 1", "0x10")],
)
def test_non_integers_are_refused(prompt: str, bad: str) -> None:
    result = ADDITION.parse(prompt)
    assert isinstance(result, Rejected)
    assert result.reason == f"I can only add whole numbers, and {bad} is not a whole number."


@pytest.mark.parametrize("prompt", ["hi", "how are you?", "tell me a joke", "reverse hello", "is 7 even?", "???", ""])
def test_prompts_without_an_addition_are_refused(prompt: str) -> None:
    result = ADDITION.parse(prompt)
    assert isinstance(result, Rejected)


def test_numbers_beyond_the_digit_bound_are_refused_with_a_reason() -> None:
    result = ADDITION.parse(f"{'1' * (MAX_DIGITS + 1)} + 1")
    assert isinstance(result, Rejected)
    assert result.why == f"this has a number of {MAX_DIGITS + 1} digits, over the {MAX_DIGITS} I can read"
    assert answer_for(f"{'1' * MAX_DIGITS} + 1") == str(int("1" * MAX_DIGITS) + 1)


# --------------------------------------------------------------------------------------------------
# Properties

_INTEGERS = st.one_of(
    st.integers(min_value=-1000, max_value=1000),
    st.integers(min_value=-(10**150), max_value=10**150),
)

TEMPLATES = {
    "plus": "{a} plus {b}",
    "symbol": "{a} + {b}",
    "tight symbol": "{a}+{b}=?",
    "add and": "Add {a} and {b}",
    "add to": "add {a} to {b}",
    "sum of": "What is the sum of {a} and {b}?",
    "total of": "the total of {a} and {b}",
    "added together": "{a} and {b} added together",
    "add up to": "what do {a} and {b} add up to?",
    "increase by": "increase {a} by {b}",
    "more than": "{a} more than {b}",
    "polite": "Hi! Could you please tell me what {a} plus {b} is, step by step?",
}


@pytest.mark.parametrize("template", TEMPLATES.values(), ids=list(TEMPLATES))
@given(a=_INTEGERS, b=_INTEGERS)
def test_every_phrasing_sums_like_python(template: str, a: int, b: int) -> None:
    assert answer_for(template.format(a=a, b=b)) == str(a + b)


@given(a=_INTEGERS, b=_INTEGERS)
def test_thousands_separators_sum_like_python(a: int, b: int) -> None:
    assert answer_for(f"{a:,} plus {b:,}") == str(a + b)


@given(st.lists(_INTEGERS, min_size=3, max_size=6))
def test_lists_of_numbers_sum_like_python(values: list[int]) -> None:
    prompt = f"sum {', '.join(map(str, values[:-1]))} and {values[-1]}"
    assert answer_for(prompt) == str(sum(values))


@pytest.mark.parametrize("template", TEMPLATES.values(), ids=list(TEMPLATES))
@given(
    a=st.integers(min_value=0, max_value=99),
    b=st.integers(min_value=0, max_value=99),
    hyphen=st.booleans(),
    negative_a=st.booleans(),
)
def test_number_words_sum_like_python(
    number_words: NumberWords, template: str, *, a: int, b: int, hyphen: bool, negative_a: bool
) -> None:
    words_a = number_words(a, hyphen=hyphen)
    if negative_a:
        words_a = f"negative {words_a}"
    prompt = template.format(a=words_a, b=number_words(b, hyphen=hyphen))
    assert answer_for(prompt) == str((-a if negative_a else a) + b)


@given(st.integers(min_value=-(10**60), max_value=10**60), st.integers(min_value=-(10**60), max_value=10**60))
def test_explanations_end_with_the_answer_and_stay_bounded(a: int, b: int) -> None:
    operands = (WholeNumber(a), WholeNumber(b))
    answer = ADDITION.solve(operands)
    explanation = ADDITION.explain(operands, answer)
    assert explanation.all_steps[-1] == f"Therefore, the final answer is {a + b}."
    assert len(explanation.all_steps) <= 40
