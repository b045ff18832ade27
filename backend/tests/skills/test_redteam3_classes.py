"""The classes of wrong answers and wrong refusals a third blind red-team found (eval/dev_redteam3.jsonl, 2026-12-07),
each pinned by prompts of the class written here (not the set's own): the rules' reading, with no model."""

from __future__ import annotations

import re

import pytest

from app.chains.parser import parse_chain
from app.chains.skill import CHAIN, parse_fused
from app.skills import SKILLS
from app.skills.base import OPERAND, Parsed, Rejected
from app.skills.numbers import read_numbers
from app.skills.operands import without_the_cast
from app.skills.operations import DASHED
from app.skills.text import normalize
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


@pytest.mark.parametrize(
    ("skill", "prompt", "expected"),
    [
        # a first number that only counts who the story is about
        ("addition", "My 3 hens laid 14 eggs on Monday and 9 on Tuesday. How many eggs in total?", "23"),
        ("addition", "our 2 kids weigh 30 kg and 25 kg, how much together?", "55"),
    ],
)
def test_the_cast_of_a_story_is_no_operand(skill: str, prompt: str, expected: str) -> None:
    assert solved(skill, prompt) == expected


def test_a_list_of_counts_keeps_its_first_number() -> None:
    pieces = read_numbers(normalize("I have 3 apples, 4 pears and 5 plums")).pieces
    indices = [index for index, piece in enumerate(pieces) if piece.number is not None]
    assert without_the_cast(pieces, indices) == indices
    pieces = read_numbers(normalize("My 3 hens laid 14 eggs and 9 eggs")).pieces
    indices = [index for index, piece in enumerate(pieces) if piece.number is not None]
    assert without_the_cast(pieces, indices) == indices[1:]


@pytest.mark.parametrize(
    ("prompt", "tagged", "expected"),
    [
        # a fall from the first amount, whatever the tags: below zero where a temperature or a floor may go
        ("It was 2 degrees and the temperature fell 7 degrees. What is it now?", ["2", "7"], "-5"),
        ("it was -4 and got 6 degrees colder, what's the temperature", ["-4", "6"], "-10"),
        ("The lift was on floor 1 and went down 3 floors. Which floor now?", ["1", "3"], "-2"),
        ("I had 30 stickers and lost 12, how many now?", ["30", "12"], "18"),
    ],
)
def test_a_fall_is_taken_from_the_first_amount(prompt: str, tagged: list[str], expected: str) -> None:
    spans = [(prompt.index(text), prompt.index(text) + len(text), OPERAND) for text in tagged]
    result = SKILLS["subtraction"].operands_from_spans(prompt, spans)
    assert isinstance(result, Parsed), result
    assert SKILLS["subtraction"].solve(result.operands) == expected


def test_a_fall_below_zero_of_what_cannot_go_there_is_refused() -> None:
    prompt = "I had 5 marbles and lost 12"
    spans = [(prompt.index("5"), prompt.index("5") + 1, OPERAND), (prompt.index("12"), prompt.index("12") + 2, OPERAND)]
    assert isinstance(SKILLS["subtraction"].operands_from_spans(prompt, spans), Rejected)


@pytest.mark.parametrize(
    ("prompt", "skill"),
    [
        ("give me a synonym for backwards", "reversal"),
        ("what's 4 July minus 3 days", "subtraction"),  # the sign is read into the number: "# july # days"
        ("my postcode is 12345-6789", "subtraction"),
        ("is the Xbox backwards compatible?", "reversal"),
        ("9 kids each bring 3 cupcakes, how many cupcakes?", "addition"),
        ("can 120 chairs be set in rows of seven with none left over?", "subtraction"),
        ("what is the difference between iphone 15 and iphone 14", "subtraction"),
    ],
)
def test_more_look_alikes_are_refused(prompt: str, skill: str) -> None:
    assert isinstance(SKILLS[skill].parse(prompt), Rejected)


def test_a_comparison_of_named_versions_is_no_subtraction_for_the_model() -> None:
    prompt = "is windows 11 better than windows 10"
    spans = [
        (prompt.index("11"), prompt.index("11") + 2, OPERAND),
        (prompt.index("10"), prompt.index("10") + 2, OPERAND),
    ]
    assert isinstance(SKILLS["subtraction"].operands_from_spans(prompt, spans), Rejected)
