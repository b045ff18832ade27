"""Prompts that once went wrong, each pinned to the behaviour docs/TASKS.md asks for."""

from __future__ import annotations

import pytest

from app.skills import SKILLS
from app.skills.base import Missing, Parsed, Rejected
from tests.skills.conftest import solved


@pytest.mark.parametrize(
    ("skill", "prompt", "answer"),
    [
        ("addition", "quick one: sum of 166 and -5", "161"),  # "quick one" is filler, not the number 1
        ("addition", "one more: what is 2 plus 2", "4"),
        ("addition", "18 + minsu 28", "-10"),  # a slip in "minus" still makes a sign
        ("addition", "what is one plus one", "2"),
        ("parity", "tell me if 78895 is even thx", "odd"),
        ("parity", "is 0 divisble by two?", "even"),
        ("parity", "Is five a multple of two?", "odd"),
        ("parity", "Is 13 an odd numbr", "odd"),
        ("reversal", "algorithm backwards", "mhtirogla"),
        ("reversal", "Reverse hello, show your work", "olleh"),
    ],
)
def test_answers(skill: str, prompt: str, answer: str) -> None:
    assert solved(skill, prompt) == answer


@pytest.mark.parametrize(
    ("skill", "prompt"),
    [("parity", "odd or evne?"), ("reversal", "Step by step, write the word backwards")],
)
def test_missing_operands(skill: str, prompt: str) -> None:
    assert isinstance(SKILLS[skill].parse(prompt), Missing)


@pytest.mark.parametrize(
    ("skill", "prompt"),
    [
        ("parity", "what's the next even number after 980"),
        ("parity", "what is the first odd number above 7"),
        ("reversal", "does level read the same backwards?"),
        ("reversal", "is kayak the same forwards and backwards"),
        ("reversal", 'put the words of "I like tea" in reverse order'),
        # a sum over a range is not the sum of the numbers written
        ("addition", "sum of the even numbers from 1 to 10, step by step"),
        ("addition", "add all the numbers from 1 to 100"),
        ("addition", "what is the sum of the first 10 odd numbers"),
        ("addition", "what's the sum of 1 to 100?"),  # 5050, never 1 + 100
        ("addition", "total of the numbers 5 to 9"),
        ("addition", "add up 1 through 10"),
        # code that adds or tests parity is a code request
        ("parity", "write a function to check parity of an integer"),
        ("addition", "python code to add 2 and 3"),
    ],
)
def test_cousins_are_vetoed(skill: str, prompt: str) -> None:
    assert isinstance(SKILLS[skill].parse(prompt), Rejected)


# Classes of misses measured on prompts written from docs/TASKS.md alone (issue "Skills as plugins").
@pytest.mark.parametrize(
    ("skill", "prompt", "expected"),
    [
        ("reversal", "spell hello back to front", "olleh"),  # verbs and phrases the phrase lists lacked
        ("reversal", "turn hello around letter by letter", "olleh"),
        ("reversal", "write the letters of 'green tea' from end to start", "aet neerg"),
        ("reversal", "write hello from right to left", "olleh"),
        ("reversal", "spell hello in reverse order", "olleh"),
        ("reversal", "mirror the word hello", "olleh"),
        ("reversal", "rvrse the word hello", "olleh"),  # two letters dropped
        ("reversal", "spell hello bckwards", "olleh"),
        ("reversal", "reverse the word python", "nohtyp"),  # a language's name is a word like any other
        ("reversal", "write python backwards", "nohtyp"),
        ("reversal", "write java in reverse", "avaj"),
        ("reversal", "reverse the word reverse", "esrever"),
        ("addition", "what is the exact sum of 12 and 30, no rounding", "42"),  # harmless words around it
        ("addition", "add 12 and 30 without rounding please", "42"),
        ("addition", "add 5 to 7", "12"),  # "to" joins two addends unless a sum of a range is asked for
        ("addition", "what is the sum of 2 and 3", "5"),
    ],
)
def test_missed_phrasings_are_answered(skill: str, prompt: str, expected: str) -> None:
    assert solved(skill, prompt) == expected


@pytest.mark.parametrize("prompt", ["reverse the following word:", "spell the following backwards:"])
def test_an_announced_word_that_never_comes_is_asked_for(prompt: str) -> None:
    assert isinstance(SKILLS["reversal"].parse(prompt), Missing)


@pytest.mark.parametrize(
    "prompt",
    [
        "how do I reverse a string in python",  # the language is not the word to reverse
        "in python, reverse hello",
        "reverse my python code",
        "round 12 plus 30",
        "turn around",
        "what's the longest river in africa",  # "river" is one slip from a two-slip form: never fuzzed twice
    ],
)
def test_close_cousins_stay_refused(prompt: str) -> None:
    assert all(isinstance(skill.parse(prompt), Rejected) for skill in SKILLS.values()), prompt


@pytest.mark.parametrize("prompt", ["SQL query to subtract 7 from a column", "excel formula to add 2 and 3"])
def test_a_query_or_a_spreadsheet_formula_is_code(prompt: str) -> None:
    for name in ("addition", "parity", "subtraction"):
        result = SKILLS[name].parse(prompt)
        assert isinstance(result, Rejected) and result.why == "this asks for code", (name, prompt)


# A verb of the reading between the text and a cue after it (dev_phrasings6, 2026-12-07): the rules reversed "go".
@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        ("yo stressed: go from the end to the start, what do you get?", "desserts"),
        ("I'd love to see how doughnut reads if you go right to left.", "tunhguod"),
        ("hi! pancake going right to left please", "ekacnap"),
        ("how does tomato read right to left", "otamot"),
        # the verb alone is still a word to reverse
        ("go backwards", "og"),
        ("write go backwards", "og"),
        ("reverse run", "nur"),
        ("spell run from the end to the start", "nur"),
    ],
)
def test_a_reading_verb_before_a_cue_is_not_the_text(prompt: str, expected: str) -> None:
    assert solved("reversal", prompt) == expected


# "one" after "in" or "into" is a single thing, or what things are merged into: not an operand.
@pytest.mark.parametrize(
    ("skill", "prompt", "expected"),
    [
        ("addition", "add 23 and 793, all in one line", "816"),
        ("addition", "add 2 and 3 in one go", "5"),
        ("addition", "add one and two", "3"),  # "one" as a number
        ("subtraction", "what is 5 minus one", "4"),
    ],
)
def test_one_after_in_or_into_is_no_operand(skill: str, prompt: str, expected: str) -> None:
    assert solved(skill, prompt) == expected


@pytest.mark.parametrize("prompt", ["combine these two photos into one", "put the two files together into one folder"])
def test_merging_things_into_one_is_no_addition(prompt: str) -> None:
    assert not isinstance(SKILLS["addition"].parse(prompt), Parsed)


@pytest.mark.parametrize("prompt", ["nineteen tims two", "what is 4 tiems 5", "Quick question:   7 tmes 8"])
def test_a_slip_of_times_between_two_numbers_asks_for_a_multiplication(prompt: str) -> None:
    for name in ("addition", "parity", "subtraction"):  # the number skills ("nineteen tims two" was "odd")
        result = SKILLS[name].parse(prompt)
        assert isinstance(result, Rejected) and result.why == "this asks for a multiplication", name


# Digits with a scale word after them are one number (the scale word was dropped: "1 billion plus 1" gave 2).
@pytest.mark.parametrize(
    ("skill", "prompt", "expected"),
    [
        ("addition", "what is 1 billion plus 1", "1000000001"),
        ("addition", "2 million plus 5", "2000005"),
        ("addition", "add 5 hundred thousand and 1", "500001"),
        ("subtraction", "5 hundred minus 1", "499"),
        ("parity", "is 1 million even", "even"),
    ],
)
def test_digits_with_a_scale_word_are_one_number(skill: str, prompt: str, expected: str) -> None:
    assert solved(skill, prompt) == expected


@pytest.mark.parametrize(
    "prompt",
    ["10 dozen plus 1", "is 3 dozen even?", "I bought 3 books for 12 dollars each. total?", "3 pens at $2 each, sum?"],
)
def test_dozens_and_prices_each_ask_for_a_multiplication(prompt: str) -> None:
    for name in ("addition", "parity", "subtraction"):
        result = SKILLS[name].parse(prompt)
        assert isinstance(result, Rejected) and result.why == "this asks for a multiplication", name


@pytest.mark.parametrize(
    "prompt",
    [
        "reverse 3 transactions on my card",
        "can you reverse the last 2 payments I made",
        "please reverse the 40 dollar charge",
        "flip 4 pancakes for me",
        "can you flip the 3 cards",
        "reverse 10 push-ups",
        "how do I reverse park",
        "what does a reverse card do in uno",
        "say the alphabet backwards",
        "write the numbers 1 to 5 backwards",
    ],
)
def test_reversing_things_in_the_world_is_no_reversal(prompt: str) -> None:
    assert isinstance(SKILLS["reversal"].parse(prompt), Rejected)


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [("reverse the word cards", "sdrac"), ("flip the word pancakes", "sekacnap"), ("reverse 12345", "54321")],
)
def test_a_word_that_names_things_is_still_reversed(prompt: str, expected: str) -> None:
    assert solved("reversal", prompt) == expected


@pytest.mark.parametrize(
    ("prompt", "why"),
    [
        ("5kg + 300g", "this adds or subtracts amounts in different units"),
        ("3 weeks plus 2 days", "this adds or subtracts amounts in different units"),
        ("2 dollars plus 50 cents", "this adds or subtracts amounts in different units"),
        ("100 ml plus 1 litre", "this adds or subtracts amounts in different units"),
        ("what's 10:30 plus 45 minutes", "this asks about a time of day"),
        ("12:30 - 4", "this asks about a time of day"),
        ("What's 2pm plus 3 hours?", "this asks about a time of day"),
    ],
)
def test_mixed_units_and_clock_times_are_refused(prompt: str, why: str) -> None:
    for name in ("addition", "subtraction"):
        result = SKILLS[name].parse(prompt)
        assert isinstance(result, Rejected) and result.why == why, name


@pytest.mark.parametrize(
    ("skill", "prompt", "expected"),
    [
        ("addition", "5 kg plus 3 kg", "8"),  # one unit: a plain sum
        ("addition", "I ran 5km and 3km, how far in total?", "8"),
        ("addition", "It's 9:30 now, add 15 and 20 please", "35"),  # a clock time that sets the scene
        ("addition", "at 3pm today, what's 20 plus 22?", "42"),
        ("subtraction", "what is 3 hundred and 5 minus 10", "295"),
        ("parity", "is 4 thousand and 1 odd?", "odd"),
    ],
)
def test_one_unit_a_scene_time_and_a_scale_with_and_are_read(skill: str, prompt: str, expected: str) -> None:
    assert solved(skill, prompt) == expected


# Numbers that set the scene are no operands (a blind red-team, 2026-12-07: 20 such sums were wrong).
@pytest.mark.parametrize(
    ("skill", "prompt", "expected"),
    [
        ("addition", "my 2 kids want to know: what is 7 plus 8?", "15"),  # another clause than the expression's
        ("addition", "I'm in grade 4. what's 56 + 27?", "83"),
        ("addition", "Q2) 14 + 15 = ?", "29"),
        ("subtraction", "Chapter 7 exercise: subtract 18 from 40", "22"),
        ("addition", "item #12 costs 30 and item #7 costs 25, what's the total?", "55"),  # labels
        ("addition", "Team 1 scored 45 and team 2 scored 38. What's the total score?", "83"),
        ("addition", "in 2023 I sold 340 cars and in 2024 I sold 410. How many did I sell in total?", "750"),
        # and what stays an operand
        ("addition", "add the number 5 and 7", "12"),
        ("subtraction", "subtract 20 from 2023", "2003"),
        ("subtraction", "what is 2024 minus 1990", "34"),
        ("subtraction", "what is 100-45", "55"),
    ],
)
def test_numbers_that_set_the_scene_are_no_operands(skill: str, prompt: str, expected: str) -> None:
    assert solved(skill, prompt) == expected


@pytest.mark.parametrize(
    ("prompt", "why"),
    [
        ("count from 1 to 10", "this asks about a whole range of numbers"),
        ("what's the next number: 2, 4, 6, 8", "this asks about a whole range of numbers"),
        ("numbers between 3 and 9", "this asks about a whole range of numbers"),
        ("each pizza is 12 dollars and we ordered 4 pizzas, what's the total?", "this asks for a multiplication"),
        ("4 friends each paid 10 dollars, how much in total?", "this asks for a multiplication"),
        ("a pack has 6 cans and I buy 5 packs. how many cans?", "this asks for a multiplication"),
        ("call me at 555-1234", "this uses a dash for a range, a score, a date or a code, not a subtraction"),
        ("the 9-5 grind is killing me", "this uses a dash for a range, a score, a date or a code, not a subtraction"),
        ("what happened on 9-11", "this uses a dash for a range, a score, a date or a code, not a subtraction"),
    ],
)
def test_sequences_prices_per_item_and_dashes_that_are_no_minus_are_refused(prompt: str, why: str) -> None:
    result = SKILLS["subtraction" if "-" in prompt else "addition"].parse(prompt)
    assert isinstance(result, Rejected) and result.why == why


@pytest.mark.parametrize(
    ("skill", "prompt", "expected"),
    [
        ("addition", "a shirt costs 25 and a hat costs 10, total?", "35"),
    ],
)
def test_counting_on_and_two_prices_are_still_answered(skill: str, prompt: str, expected: str) -> None:
    assert solved(skill, prompt) == expected


@pytest.mark.parametrize("prompt", ["count down 40,144 from 42,980: where do you stop?", "next one: do 6 more than 14"])
def test_counting_down_from_a_number_and_next_one_are_no_sequence(prompt: str) -> None:
    for name, skill in SKILLS.items():
        result = skill.parse(prompt)
        assert not (isinstance(result, Rejected) and result.why == "this asks about a whole range of numbers"), name
