"""The classes of wrong answers a second blind red-team found (eval/dev_redteam2.jsonl, 2026-12-07), each pinned by
prompts of the class written here (not the set's own): the rules' reading, with no model."""

from __future__ import annotations

import re

import pytest

from app.skills import SKILLS
from app.skills.base import MINUEND, OPERAND, Missing, Parsed, Rejected
from tests.skills.conftest import solved


@pytest.mark.parametrize(
    ("skill", "prompt", "expected"),
    [
        # numbers before an asking word set the scene; the expression after it is the question
        ("addition", "I'm 35 and tired, what's 9 plus 4?", "13"),
        ("addition", "on my Pixel 8, what's 120 + 30?", "150"),
        ("addition", "my 3 daughters asked me what 16 plus 25 is", "41"),
        ("subtraction", "Running macOS 14, what is 500 minus 120?", "380"),
        ("addition", "my homework page 12 says 44 + 19", "63"),
        # ... but not when the numbers before it are part of the request
        ("addition", "add 10 to what 6 + 2 is", "18"),
        # years after "during", in brackets or "it's", and o'clock times
        ("addition", "During 2021 we planted 120 trees in spring and 80 in autumn. How many in total?", "200"),
        ("addition", "Last season (2022) Ana scored 14 goals and Ben 9: add them up", "23"),
        ("addition", "at 9 o'clock I counted 12 people plus 5 latecomers, what's the total?", "17"),
        # parity of the question's number, a label or a year aside
        ("parity", "exercise 4: is 91 odd?", "odd"),
        ("parity", "it's 2024, is 77 odd?", "odd"),
        ("parity", "is room 315 odd?", "odd"),  # the label is the only number: it is the one asked about
        # a change from one amount to another is the larger minus the smaller
        ("subtraction", "the bill went from 80 to 95, how much did it increase?", "15"),
        ("subtraction", "my savings fell from 900 to 640. by how much?", "260"),
        ("subtraction", "what's the increase from 25 to 70?", "45"),
        ("subtraction", "our team moved up from 18 to 6 in the table, how many places did we climb?", "12"),
        ("subtraction", "the lake rose from 2 m to 5 m. how much did it rise?", "3"),
        # "the word" and one last word: that word, whatever it is
        ("reversal", "reverse the word it", "ti"),
        ("reversal", "reverse the word array", "yarra"),
        ("reversal", "flip the word number, please", "rebmun"),
    ],
)
def test_the_classes_are_answered(skill: str, prompt: str, expected: str) -> None:
    assert solved(skill, prompt) == expected


@pytest.mark.parametrize(
    ("prompt", "skill", "why"),
    [
        # a result given to be checked
        ("my answer for 30+12 was 42, is it right", "addition", "this asks to check a result rather than work it out"),
        ("i got 15 for 40 minus 25, check it", "subtraction", "this asks to check a result rather than work it out"),
        (
            "I worked out 120 plus 80 is 200, can you verify?",
            "addition",
            "this asks to check a result rather than work it out",
        ),
        # a date or a weekday moved by days, a clock time moved by minutes
        ("what is 12 August plus 9 days", "addition", "this asks about a date or a day of the week"),
        ("what's Sunday plus 4 days", "addition", "this asks about a date or a day of the week"),
        ("June 10 minus 2 weeks", "subtraction", "this asks about a date or a day of the week"),
        ("add 15 minutes to 9:45", "addition", "this asks about a time of day"),
        # a spreadsheet formula
        ("explain =SUM(B2:B9)", "addition", "this asks for code"),
        # "flip the <thing>", "reverse" in other senses, the cue word asked about
        ("flip the mattress", "reversal", 'this uses "reverse" in another sense'),
        ("could you flip the lights?", "reversal", 'this uses "reverse" in another sense'),
        ("how do you reverse the polarity", "reversal", 'this uses "reverse" in another sense'),
        ("what does the word backwards mean", "reversal", "this asks what a word means"),
    ],
)
def test_the_classes_are_refused(prompt: str, skill: str, why: str) -> None:
    result = SKILLS[skill].parse(prompt)
    assert isinstance(result, Rejected) and result.why == why, result


@pytest.mark.parametrize(
    "prompt", ["write the word backwards", "reverse the word", "reverse the word please", "spell the word from the end"]
)
def test_the_word_with_no_word_after_it_is_still_asked_for(prompt: str) -> None:
    assert isinstance(SKILLS["reversal"].parse(prompt), Missing)


@pytest.mark.parametrize(
    ("prompt", "flip", "stays"),
    [("flip the table", "flip the word table", "elbat"), ("reverse the polarity", "reverse polarity backwards", None)],
)
def test_a_thing_is_not_the_text_but_a_marked_word_is(prompt: str, flip: str, stays: str | None) -> None:
    assert isinstance(SKILLS["reversal"].parse(prompt), Rejected)
    if stays is not None:
        assert solved("reversal", flip) == stays


def _spans_of_numbers(prompt: str) -> list[tuple[int, int, str]]:
    return [(match.start(), match.end(), OPERAND) for match in re.finditer(r"\d+", prompt)]


@pytest.mark.parametrize(
    ("skill", "prompt", "expected"),
    [
        # the model's tags: a year or a label it marks is left out like the rules leave it out
        ("addition", "In 2020 I had 45 books and I bought 30 more since then. How many now?", "75"),
        ("subtraction", "Bus 42 had 30 people and 8 got off.", "22"),
        ("parity", "room 204 has 17 beds. odd?", "odd"),
    ],
)
def test_tagged_numbers_that_set_the_scene_are_left_out(skill: str, prompt: str, expected: str) -> None:
    spans = _spans_of_numbers(prompt)
    if skill == "subtraction":  # the minuend marked, as the tagger marks it
        spans = [(spans[0][0], spans[0][1], OPERAND), (spans[1][0], spans[1][1], MINUEND), spans[2]]
    result = SKILLS[skill].operands_from_spans(prompt, spans)
    assert isinstance(result, Parsed), result
    assert SKILLS[skill].solve(result.operands) == expected
