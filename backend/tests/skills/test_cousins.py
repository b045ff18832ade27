"""Subtraction's and addition's close cousins (docs/TASKS.md): code requests and the arithmetic words in other
senses are refused by every number skill with a reason; the lookalikes around them are still answered."""

from __future__ import annotations

import pytest

from app.services.reasoning_service import model_may_answer, parse_all
from app.skills import SKILLS
from app.skills.base import Missing, Parsed, Rejected
from tests.skills.conftest import solved

NUMBER_SKILLS = ("addition", "parity", "subtraction")
CODE = "this asks for code"

CODE_REQUESTS = [
    "write a rust function that subtracts 3 from 10",
    "how do I subtract one date from another in JavaScript",
    "sql to get the difference between two columns",
    "excel formula that adds 7 to B2",
    "how do i subtract in google sheets",
    "in python, what is 12 - 5",
    "pandas: subtract 4 from every value",
    "typescript add two numbers",
    "subtract 2 days from a date javascript",
    "c++ program to add 4 and 9",
    "write c++ to subtract 8 from 20",
    "how to find the difference of two lists in kotlin",
    "numpy subtract 3 from an array",
    "print(15 - 4)",
    "what does x -= 2 do",
    "what is x after x = 10; x -= 4",
    "pseudocode to add 5 and 6",
    "a regex for numbers like -12",
    "write unit tests for subtracting 9 from 12",
    "give me a bash script to sum 3 and 4",
    "git diff between two commits",
    "make an excel macro to minus 1 from column c",
    "how do I subtract 5 in a spreadsheet cell",
]


@pytest.mark.parametrize("prompt", CODE_REQUESTS)
@pytest.mark.parametrize("skill", NUMBER_SKILLS)
def test_a_code_request_is_refused_as_code_by_every_number_skill(skill: str, prompt: str) -> None:
    result = SKILLS[skill].parse(prompt)
    assert isinstance(result, Rejected), result
    assert result.why == CODE


@pytest.mark.parametrize(
    ("prompt", "answer"),
    [
        ("reverse the word python", "nohtyp"),
        ("spell javascript backwards", "tpircsavaj"),
        ("write rust in reverse", "tsur"),
        ("reverse the word subtract", "tcartbus"),
        ("flip the letters of minus", "sunim"),
    ],
)
def test_a_programming_or_subtraction_word_is_still_reversed(prompt: str, answer: str) -> None:
    assert solved("reversal", prompt) == answer


@pytest.mark.parametrize(
    ("skill", "prompt", "answer"),
    [
        # A language or a spreadsheet named in passing, by someone who wants the number.
        ("addition", "for my python homework I only need the answer: 12 plus 30", "42"),
        ("subtraction", "I'm filling in a spreadsheet: what's 900 minus 250?", "650"),
        ("subtraction", "debugging my program, brain is fried: 81 - 29?", "52"),
        ("parity", "the zip code 90210, is it odd?", "even"),
        # A number word that counts the operands is not one of them.
        ("subtraction", "what's the difference between the two prices, 120 and 85?", "35"),
        ("addition", "the total of my three bills: 10, 20 and 30", "60"),
        ("subtraction", "subtract two from 10", "8"),
        # Placeholders and stand-ins after a cue are not things.
        ("addition", "add 5 to the number 7", "12"),
        ("addition", "add 10 to my score of 45", "55"),
        # "take away" and "difference" with numbers, in word problems and with politeness around them.
        ("subtraction", "I had 12 sweets and my sister took away 5. how many are left?", "7"),
        ("subtraction", "she has taken 8 away from 30", "22"),
        ("subtraction", "hello! take 9 away from 40 please", "31"),
        ("subtraction", "the difference between 1990 and 2024 in years", "34"),
        ("subtraction", "what's the difference in age between a 70 year old and a 12 year old?", "58"),
        ("subtraction", "decrease 90 by 15 thanks", "75"),
        ("subtraction", "the difference between 45 dollar shoes and 30 dollar shoes", "15"),
        ("subtraction", "the difference between 8 and 20 show your work", "12"),
        ("addition", "a 45 page book and a 12 page book: how many pages altogether?", "57"),
        # Next to the other senses of "sum", "add" and "minus" (a band, a recipe, penalty points).
        ("addition", "sum 41 and 9", "50"),
        ("addition", "add 2 cups of flour to 3 cups of flour", "5"),
        ("addition", "sum up 14 and 6", "20"),
        ("subtraction", "20 minus points 3", "17"),
        ("subtraction", "what is 14 minus 3 points", "11"),
    ],
)
def test_a_lookalike_is_answered(skill: str, prompt: str, answer: str) -> None:
    assert solved(skill, prompt) == answer


TAKES_A_THING = "this takes away or reduces something other than a number"
NAMED = "this asks how two named things differ, not for the difference between two numbers"


@pytest.mark.parametrize(
    ("prompt", "why"),
    [
        ("how do I reduce my stress before a 10 am meeting", TAKES_A_THING),
        ("can I deduct 200 from my income tax?", TAKES_A_THING),
        ("subtract the noise from 2 audio files", TAKES_A_THING),
        ("take away 3 lessons from this book", TAKES_A_THING),
        ("decrease the volume on my 2 speakers", TAKES_A_THING),
        ("stay less than 2 metres from the edge", 'this uses "less than" for a limit, not a subtraction'),
        ("reduce 4 cups of stock to 2 cups", "this asks to bring something down to an amount, not by one"),
        ("what's the difference between level 10 and level 20", NAMED),
        ("difference between the ps4 and ps5", NAMED),
        ("the difference between 720p and 1080p", NAMED),
        ("difference between playstation 4 and 5", NAMED),
        ("what's the difference between 2 door and 4 door cars", NAMED),
        ("what's the difference between 2 and 3 bedroom houses", NAMED),
    ],
)
def test_subtraction_refuses_another_sense_with_its_reason(prompt: str, why: str) -> None:
    result = SKILLS["subtraction"].parse(prompt)
    assert isinstance(result, Rejected), result
    assert result.why == why


@pytest.mark.parametrize(
    ("prompt", "why"),
    [
        ("add 2 hours to my alarm at 7", "this adds something to a thing, not to a number"),
        ("add 4 onions to the soup", "this adds something to a thing, not to a number"),
        ("add 3 friends to the whatsapp group", "this adds something to a thing, not to a number"),
        ("in total 4 of my 9 cousins came", "this counts a part of a whole, not two numbers to add"),
        ("add a 4 star rating for the hotel", "this uses a number to describe a thing, not as an amount"),
    ],
)
def test_addition_refuses_another_sense_with_its_reason(prompt: str, why: str) -> None:
    result = SKILLS["addition"].parse(prompt)
    assert isinstance(result, Rejected), result
    assert result.why == why


@pytest.mark.parametrize(
    ("prompt", "why"),
    [
        ("is there an indian take away near the park", 'this uses "take away" for food, or for a lesson learnt'),
        ("my main take away from the talk: sleep 8 hours", 'this uses "take away" for food, or for a lesson learnt'),
        ("I got a C minus in maths", 'this uses "minus" or "plus" for a grade'),
        ("is a B+ a good grade", 'this uses "minus" or "plus" for a grade'),
        ("more or less 30 people", 'this uses "less" or "more" in a saying, not for a subtraction'),
        ("what difference does 1 day make", 'this uses "difference" in a saying, not for a subtraction'),
        ("10 minutes can make a big difference", 'this uses "difference" in a saying, not for a subtraction'),
        ("sum up this chapter in 5 lines", 'this uses "sum", "total", "plus" or "add" in another sense'),
        ("bring a plus one to the wedding on the 3rd", 'this uses "sum", "total", "plus" or "add" in another sense'),
        ("is take half of 10 away from 30 right", "this asks for a division"),
        ("what is the best album by sum 41", 'this uses "sum", "total", "plus" or "add" in another sense'),
        ("sum 41's drummer quit?", 'this uses "sum", "total", "plus" or "add" in another sense'),
        ("can you sum up 12 chapters of history for me", 'this uses "sum", "total", "plus" or "add" in another sense'),
        ("add 3 cups of flour and stir", 'this uses "sum", "total", "plus" or "add" in another sense'),
        ("should I add 1 teaspoon of salt", 'this uses "sum", "total", "plus" or "add" in another sense'),
        ("my licence has 6 minus points now", 'this uses "minus" for penalty points, not for a subtraction'),
    ],
)
@pytest.mark.parametrize("skill", NUMBER_SKILLS)
def test_an_idiom_is_refused_by_every_number_skill_with_its_reason(skill: str, prompt: str, why: str) -> None:
    result = SKILLS[skill].parse(prompt)
    assert isinstance(result, Rejected), result
    assert result.why == why


@pytest.mark.parametrize(
    "prompt",
    [
        "what's the difference between 4G and 5G",
        "can I deduct it from my taxes?",
        "write a swift func that subtracts two Ints",
        "add 3 people to the group chat",
        "the difference between windows 10 and windows 11",
    ],
)
def test_no_rule_leaves_a_cousin_to_the_model(prompt: str) -> None:
    """Every number skill vetoes with a reason or a recognised cue: the model cannot answer it from tagged numbers."""
    results = parse_all(prompt)
    for name in NUMBER_SKILLS:
        assert isinstance(results[name], Rejected), (name, results[name])
        assert not model_may_answer(results[name]), name


@pytest.mark.parametrize(
    ("prompt", "skill"),
    [("subtract 9 from", "subtraction"), ("subtract 6 from what?", "subtraction"), ("add 7 to it", "addition")],
)
def test_a_missing_operand_is_still_asked_for(prompt: str, skill: str) -> None:
    assert isinstance(SKILLS[skill].parse(prompt), Missing)


def test_an_ordinal_is_not_an_operand() -> None:
    result = SKILLS["subtraction"].parse("subtract 4 from 10 on the 3rd try")
    assert isinstance(result, Parsed)
    assert [number.value for number in result.operands.numbers] == [10, 4]


def test_a_slip_of_minus_is_not_read_with_a_second_slip() -> None:
    """ "minues" is "minus" with one slip; "minutes" is two slips away, and a word of its own."""
    assert solved("subtraction", "what is 9 minues 4") == "5"
    result = SKILLS["subtraction"].parse("how many minutes in 3 hours?")
    assert isinstance(result, Rejected) and not result.cue_found


@pytest.mark.parametrize(
    ("prompt", "why"),
    [
        ("what's the difference between baking soda and baking powder", "this asks for a subtraction"),
        ("how do I remove 2 stars from my review, add a comment instead", "this asks for an addition"),
    ],
)
def test_reversal_names_another_skills_task_when_it_has_no_cue(prompt: str, why: str) -> None:
    """So the model does not reverse a word of a subtraction's or an addition's cousin ("soda")."""
    result = SKILLS["reversal"].parse(prompt)
    assert isinstance(result, Rejected) and not result.cue_found
    assert result.why == why and not model_may_answer(result)


def test_reversal_without_a_cue_or_another_task_is_still_the_models() -> None:
    result = SKILLS["reversal"].parse("write bicycle the wrong way round")
    assert isinstance(result, Rejected) and model_may_answer(result)


@pytest.mark.parametrize("prompt", ["what is 3 sulp 2?", "\u202e3 sulp 2\u202c", "12 sunim 5"])
def test_a_keyword_written_backwards_names_no_operation_for_the_model_to_guess(prompt: str) -> None:
    for name, result in parse_all(prompt).items():
        assert isinstance(result, Rejected), name
        if name != "chain":
            assert result.why == "this writes an operation's keyword backwards", name


def test_a_backwards_keyword_is_still_a_word_to_reverse() -> None:
    assert solved("reversal", "reverse the word sulp") == "plus"
