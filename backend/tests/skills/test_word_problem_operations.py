"""Word problems that multiply or divide without naming the operation (docs/TASKS.md, "Not addition"): every
number skill refuses them with the operation as the reason, so the model, which reads word problems the rules do
not, cannot answer them by adding or subtracting their two numbers. Stories that do add or subtract still are."""

from __future__ import annotations

import pytest

from app.services.reasoning_service import model_may_answer, parse_all
from app.skills.base import Rejected
from tests.skills.conftest import solved

NUMBER_SKILLS = ("addition", "parity", "subtraction")
MULTIPLICATION = "this asks for a multiplication"
DIVISION = "this asks for a division"

STORIES = [
    ("Mia swims 12 laps a day. How many laps does she swim in 6 days?", MULTIPLICATION),
    ("a plant grows 3 cm per week, how tall has it grown after 8 weeks", MULTIPLICATION),
    ("He earns 15 dollars an hour. What does he make for 40 hours of work?", MULTIPLICATION),
    ("Each notebook costs 4 pounds. How much do 7 notebooks cost?", MULTIPLICATION),
    ("each crate holds 24 bottles, how many bottles fit in 9 crates", MULTIPLICATION),
    ("pencils cost 3 dollars each, what do 11 pencils cost", MULTIPLICATION),
    ("There are 8 shelves with 30 books on each. How many books?", MULTIPLICATION),
    ("5 boxes of 12 eggs: how many eggs altogether?", MULTIPLICATION),
    ("14 buses holding 40 kids, how many kids in total", MULTIPLICATION),
    ("the hall has 20 chairs in each row and 15 rows. how many chairs?", MULTIPLICATION),
    ("a room is 4 metres by 6 metres, how big is it", MULTIPLICATION),
    ("what is the area of a 9 ft by 12 ft rug", MULTIPLICATION),
    ("48 sweets are split equally between 6 children. How many does each child get?", DIVISION),
    ("share 90 stickers among 5 friends: how many stickers is that per friend", DIVISION),
    ("30 pupils, 120 pencils: how many does each pupil get?", DIVISION),
    ("She saves 25 euros a week. How many weeks until she has 500 euros?", DIVISION),
    ("a tap fills 3 litres per minute, how long until the 60 litre tank is full", DIVISION),
    ("I put away 35 a week. How many weeks until I have 910?", DIVISION),
    ("We have 144 cupcakes for 12 tables. How many cupcakes go on each table?", DIVISION),
    ("5 bags hold 8 apples each. How many apples?", MULTIPLICATION),
    ("tally up 3 lots of 15", MULTIPLICATION),
    ("A rope 30 cm long is cut into 10 equal pieces. How long is each piece?", DIVISION),
    ("I need to give 246 cookies to each of 53 kids, how many cookies do I need?", MULTIPLICATION),
    ("If one pizza feeds 3 people, how many pizzas do we need for 27 guests?", DIVISION),
    ("Three friends are 14, 17 and 20 years old. What's their mean age?", "this asks for an average"),
    ("What day of the week was 14 March 1998?", "this asks about a date or a day of the week"),
    ("which date is 40 days after 12 may?", "this asks about a date or a day of the week"),
]


@pytest.mark.parametrize(("prompt", "why"), STORIES)
def test_a_story_that_multiplies_or_divides_is_refused_with_its_operation(prompt: str, why: str) -> None:
    results = parse_all(prompt)
    for name in NUMBER_SKILLS:
        result = results[name]
        assert isinstance(result, Rejected), (name, result)
        assert result.why == why, (name, result.why)
        assert not model_may_answer(result), name  # the model's tagged numbers cannot answer it either


@pytest.mark.parametrize(
    ("skill", "prompt", "answer"),
    [
        ("addition", "I read 20 pages on Monday and 35 pages on Tuesday. How many pages did I read in total?", "55"),
        ("addition", "increase 5 by 3", "8"),
        ("addition", "I spend 25 dollars a day on food and 17 on travel: what is that a day in total?", "42"),
        ("subtraction", "decrease 60 by 15", "45"),
        ("addition", "add 12 and 30 for each of us", "42"),
        ("subtraction", "what is 40 minus 12 per the receipt", "28"),
        ("addition", "a box holds 47 red pens and 204 blue pens. how many pens are in the box altogether?", "251"),
    ],
)
def test_a_lookalike_still_adds_or_subtracts(skill: str, prompt: str, answer: str) -> None:
    assert solved(skill, prompt) == answer


@pytest.mark.parametrize(
    "prompt",
    [
        "can 97592 be split into two equal whole halves?",
        "if I share 83 sweets between two kids equally, is there one left over?",
        "CAN A CLASS OF 4 BE SPLIT INTO TWO EQUAL TEAMS?",
    ],
)
def test_sharing_between_two_without_a_how_many_names_no_division(prompt: str) -> None:
    """A parity question in other words (docs/TASKS.md): the rules name no division, so the model may answer it."""
    assert model_may_answer(parse_all(prompt)["parity"])
