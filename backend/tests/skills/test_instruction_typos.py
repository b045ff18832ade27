"""One-letter slips in the instruction's words do not change the answer (found by typing one typo into
every development prompt; see backend/eval/README.md). A word to reverse that is itself one letter away
from an instruction word ("ward", "white") is still the word to reverse."""

from __future__ import annotations

import pytest

from app.skills import SKILLS
from app.skills.base import Rejected
from tests.skills.conftest import solved


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        ("Can you wriet 東京 backwards?", "京東"),  # "write"
        ("psell カタカナ backwards", "ナカタカ"),  # "spell"
        ("please writ piñata in reverse", "atañip"),
        ("flip the lettsrs of мир", "рим"),  # "letters"
        ("reverse the sentemce I like tea", "aet ekil I"),  # "sentence"
        ("can you reverse the prhase bonjour à tous", "suot à ruojnob"),  # "phrase"
        # ... while the text to reverse is never taken for a misspelt instruction:
        ("reverse ward", "draw"),
        ("reverse the word ward", "draw"),
        ("reverse white", "etihw"),
        ("spell shell backwards", "llehs"),
        ("reverse older", "redlo"),
        ("reverse hello world", "dlrow olleh"),
        ("reverse the tex", "xet"),  # four-letter words ("text", "word") are never taken for a slip
        ("reverse the next word: banana", "ananab"),
        ("reverse swords", "sdrows"),  # not "words": reversing "the words" is refused below
        ("spell swords backwards", "sdrows"),
        ("reverse orders", "sredro"),
        ("reverse the test results", "stluser tset"),
    ],
)
def test_reversal(prompt: str, expected: str) -> None:
    assert solved("reversal", prompt) == expected


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        ("5 mfore than 3", "8"),
        ("what is 5 mre than 11?", "16"),
        ("50 more tahn 261,321", "261371"),
        ("add the first two numbers 4 and 7", "11"),  # listed numbers, not a range
        ("add the first 2 numbers: 4 and 7", "11"),
        ("my program has 12 students plus 7 teachers", "19"),  # "program" asks for no code
        ("add 2 and 3 using the formula", "5"),
    ],
)
def test_additions_a_slip_or_a_nearby_word_does_not_break(prompt: str, expected: str) -> None:
    assert solved("addition", prompt) == expected


@pytest.mark.parametrize(
    ("skill", "prompt"),
    [
        ("addition", "is 5 mroe than 3?"),  # a comparison, slip or not
        ("addition", "is 5 plus 3 gpeater than 7?"),
        ("reversal", 'reverse the word odrer of "a b c"'),  # word order, not letters
        ("reversal", 'put the wordws of "I like tea" in reverse order'),
        ("reversal", 'REVERSE THE ORDER OF THE WORaDS IN "THE CAT SAT"'),
    ],
)
def test_a_slip_does_not_turn_a_cousin_into_the_task(skill: str, prompt: str) -> None:
    assert isinstance(SKILLS[skill].parse(prompt), Rejected)


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        ("Is the zip code 90210 odd?", "even"),
        ("Is my PIN code 4821 even or odd?", "odd"),
        ("is 4 even? my excel sheet says so", "even"),
    ],
)
def test_a_number_near_the_word_code_is_still_a_parity_question(prompt: str, expected: str) -> None:
    assert solved("parity", prompt) == expected


@pytest.mark.parametrize(
    ("skill", "prompt"),
    [("addition", "write c++ to add 2 and 3"), ("addition", "in javascript, add 2 and 3"), ("parity", "is 7 odd in c")],
)
def test_a_request_for_code_is_refused(skill: str, prompt: str) -> None:
    assert isinstance(SKILLS[skill].parse(prompt), Rejected)
