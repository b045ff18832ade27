"""One-letter slips in the instruction's words do not change the answer (found by typing one typo into
every development prompt; see backend/eval/README.md). A word to reverse that is itself one letter away
from an instruction word ("ward", "white") is still the word to reverse."""

from __future__ import annotations

import pytest

from app.skills import SKILLS
from app.skills.base import Parsed, Rejected


def answer(skill: str, prompt: str) -> str:
    result = SKILLS[skill].parse(prompt)
    assert isinstance(result, Parsed), result
    return SKILLS[skill].solve(result.operands)


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [
        ("Can you wriet 東京 backwards?", "京東"),  # "write"
        ("psell カタカナ backwards", "ナカタカ"),  # "spell"
        ("please writ piñata in reverse", "atañip"),
        ("reverse the bord مرحبا", "ابحرم"),  # "word"
        ("reverse the wokd hello", "olleh"),
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
        ("reverse the tex", "xet"),  # a misspelt marker needs a phrase after it
    ],
)
def test_reversal(prompt: str, expected: str) -> None:
    assert answer("reversal", prompt) == expected


@pytest.mark.parametrize(
    ("prompt", "expected"),
    [("5 mfore than 3", "8"), ("what is 5 mre than 11?", "16"), ("50 more tahn 261,321", "261371")],
)
def test_more_than_with_a_slip_is_still_an_addition(prompt: str, expected: str) -> None:
    assert answer("addition", prompt) == expected


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
