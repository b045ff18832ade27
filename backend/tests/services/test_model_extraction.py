"""The model's operands: each skill checks the spans the tagger marks, and decide() uses them only where the
rules recognised nothing of the task (the rule in reasoning_service's docstring)."""

from __future__ import annotations

import math

import pytest

from app.ml.inference import Prediction
from app.services.reasoning_service import decide, tells_without_asking
from app.skills import SKILLS, TASK_LABELS
from app.skills.base import MINUEND, Missing, Parsed, Rejected, Span
from app.skills.numbers import snap_number_spans

OPERAND = "operand"


def spans_of(prompt: str, *pieces: str, role: str = OPERAND) -> list[Span]:
    """The spans of these pieces of the prompt, found left to right (what a tagger would mark)."""
    spans, position = [], 0
    for piece in pieces:
        start = prompt.index(piece, position)
        spans.append((start, start + len(piece), role))
        position = start + len(piece)
    return spans


def leaning(label: str, share: float = 0.9) -> Prediction:
    rest = (1 - share) / (len(TASK_LABELS) - 1)
    probabilities = tuple(share if each == label else rest for each in TASK_LABELS)
    return Prediction(probabilities, tuple(math.log(p) for p in probabilities), TASK_LABELS)


@pytest.mark.parametrize(
    ("prompt", "tagged", "expected"),
    [
        ("what is 59+-7199", ["59", "7199"], ["59", "-7199"]),  # a sign the tagger left out
        ("the total of 688,302 and 23", ["688", "302", "23"], ["688,302", "23"]),  # one number, two pieces
        ("five plus fifty-three", ["five", "ifty-thr"], ["five", "fifty-three"]),  # whole words
        ("7-5", ["7", "5"], ["7", "5"]),  # a minus between two numbers is not a sign
        ("18 + minus 28", ["18", "minus 28"], ["18", "minus 28"]),  # a sign word the tagger marked stays
        ("minus 8 plus 20", ["minus 8", "20"], ["minus 8", "20"]),
        ("18 + MINSU 28", ["18", "MINSU 28"], ["18", "MINSU 28"]),  # misspelt, as the rules read it
        ("the 28 items", ["the 28"], ["28"]),  # a word that makes no sign is dropped
        ("say one hundred", ["y one hundred"], ["one hundred"]),  # the words that read as a number
        ("is a hundred odd", ["hundred"], ["a hundred"]),  # with the word before them
        # a number in words takes the rest of its words, so the second piece is the same number
        ("Two hundred forty students", ["Two hundred ", "forty student"], ["Two hundred forty"]),
        ("we drove three hundred ten km", ["three hundred"], ["three hundred ten"]),
    ],
)
def test_tagged_numbers_snap_to_whole_numbers(prompt: str, tagged: list[str], expected: list[str]) -> None:
    snapped = snap_number_spans(prompt, spans_of(prompt, *tagged))
    assert [prompt[start:end] for start, end, _ in snapped] == expected


def test_each_skill_checks_the_tagged_operands() -> None:
    stamps = "13 stamps in one album and 51 in another: how many stamps is that?"
    addition = SKILLS["addition"].operands_from_spans(stamps, spans_of(stamps, "13", "51"))
    assert isinstance(addition, Parsed) and SKILLS["addition"].solve(addition.operands) == "64"
    stray = SKILLS["addition"].operands_from_spans(stamps, spans_of(stamps, "13", "stamps"))
    assert isinstance(stray, Missing)  # a tag on a word that is no number is skipped: one operand is left
    assert isinstance(SKILLS["addition"].operands_from_spans(stamps, spans_of(stamps, "13")), Missing)
    say = "would you say one hundred is even?"
    words = SKILLS["parity"].operands_from_spans(say, spans_of(say, "y one hundred"))
    assert isinstance(words, Parsed) and words.operands.value == 100  # the words that read as a number
    article = "is a hundred odd or even"
    grown = SKILLS["parity"].operands_from_spans(article, spans_of(article, "hundred"))
    assert isinstance(grown, Parsed) and grown.operands.value == 100  # with the word before it
    students = "Two hundred forty students ride two at a time: is anyone alone?"
    joined = SKILLS["parity"].operands_from_spans(students, spans_of(students, "Two hundred ", "forty student"))
    assert isinstance(joined, Parsed) and joined.operands.value == 240  # two pieces of one number
    typo = "18 + minsu 28"
    sign = SKILLS["addition"].operands_from_spans(typo, spans_of(typo, "18", "mins", "28"))
    assert isinstance(sign, Parsed) and SKILLS["addition"].solve(sign.operands) == "-10"  # a misspelt sign word
    signed = "18 + minus 28"
    negative = SKILLS["addition"].operands_from_spans(signed, spans_of(signed, "18", "minus 28"))
    assert isinstance(negative, Parsed) and SKILLS["addition"].solve(negative.operands) == "-10"
    decimal = "add 2.5 and 3"
    wrong = SKILLS["addition"].operands_from_spans(decimal, spans_of(decimal, "2.5", "3"))
    assert isinstance(wrong, Rejected) and wrong.why == '"2.5" is not a whole number'

    eggs = "can 681396 eggs fill egg boxes of two with none spare?"
    parity = SKILLS["parity"].operands_from_spans(eggs, spans_of(eggs, "681396"))
    assert isinstance(parity, Parsed) and SKILLS["parity"].solve(parity.operands) == "even"
    both = SKILLS["parity"].operands_from_spans(eggs, spans_of(eggs, "681396", "two"))
    assert isinstance(both, Rejected) and both.why == "this mentions more than one number (681396 and two (2))"

    ages = "how many years between a 17 year old and a 61 year old?"
    difference = SKILLS["subtraction"].operands_from_spans(ages, spans_of(ages, "17", "61"))
    assert isinstance(difference, Parsed) and SKILLS["subtraction"].solve(difference.operands) == "44"
    taken = "take 17 away from 61"
    ordered = SKILLS["subtraction"].operands_from_spans(
        taken, [*spans_of(taken, "17"), *spans_of(taken, "61", role=MINUEND)]
    )
    assert isinstance(ordered, Parsed) and SKILLS["subtraction"].solve(ordered.operands) == "44"
    swapped = SKILLS["subtraction"].operands_from_spans(
        taken, [*spans_of(taken, "17", role=MINUEND), *spans_of(taken, "61")]
    )
    assert isinstance(swapped, Parsed) and SKILLS["subtraction"].solve(swapped.operands) == "-44"

    tea = "write the letters of 'green tea' from end to start"
    quoted = SKILLS["reversal"].operands_from_spans(tea, spans_of(tea, "green"))
    assert isinstance(quoted, Parsed) and SKILLS["reversal"].solve(quoted.operands) == "aet neerg"
    tree = "spell tree, from its last letter"
    word = SKILLS["reversal"].operands_from_spans(tree, spans_of(tree, "ree"))
    assert isinstance(word, Parsed) and word.operands == "tree"
    flower = "reverse sunflower"
    part = SKILLS["reversal"].operands_from_spans(flower, spans_of(flower, "un"))
    assert isinstance(part, Parsed) and part.operands == "sunflower"  # a few tagged letters name their word
    instruction = "reverse the string it with explanation"
    asked = SKILLS["reversal"].operands_from_spans(instruction, spans_of(instruction, "nati"))
    assert isinstance(asked, Missing)  # letters of a reply instruction name no word
    facade = "SPELL façade END-FIRST"
    stray = SKILLS["reversal"].operands_from_spans(facade, spans_of(facade, "façade", "N"))
    assert isinstance(stray, Parsed) and stray.operands == "façade"  # the most tagged letters, not the longest
    assert isinstance(SKILLS["reversal"].operands_from_spans(tree, []), Missing)
    # The request's own words name no word to reverse, whatever the tagger marked; quoted, they are one.
    for prompt, tagged in (("write the word backwards", "word"), ("reverse it please", "it")):
        assert isinstance(SKILLS["reversal"].operands_from_spans(prompt, spans_of(prompt, tagged)), Missing)
    # Nor do the words of a cue phrase ("back to front", "right to left", "the other way round"): the tagger's
    # "back" of "write it back to front" was reversed to "kcab" (dev_phrasings4 u0084).
    for prompt, tagged in (
        ("write it back to front", "back"),
        ("spell it from right to left", "right"),
        ("write it the other way round", "other way"),
    ):
        assert isinstance(SKILLS["reversal"].operands_from_spans(prompt, spans_of(prompt, tagged)), Missing)
    front = "write kettle back to front"
    kept = SKILLS["reversal"].operands_from_spans(front, spans_of(front, "kettle", "back"))
    assert isinstance(kept, Parsed) and kept.operands == "kettle"
    quoted_word = "write 'word' backwards"
    named = SKILLS["reversal"].operands_from_spans(quoted_word, spans_of(quoted_word, "word"))
    assert isinstance(named, Parsed) and named.operands == "word"


def test_a_wording_the_rules_do_not_know_is_answered_from_the_tags() -> None:
    prompt = "13 stamps in one album and 51 in another: how many stamps is that?"
    assert all(
        isinstance(result, Rejected) and not result.cue_found for result in (s.parse(prompt) for s in SKILLS.values())
    )
    reply = decide(prompt, leaning("addition"), tagger=lambda text: spans_of(text, "13", "51"))
    assert (reply.task, reply.answer, reply.operands_from) == ("addition", "64", "model")
    # No evidence weights: the model's own 0.9, renormalised over the labels not vetoed (the chain recogniser,
    # which found no chain, vetoes "chain": 0.1 / 5 of the probability goes).
    assert reply.confidence == pytest.approx(0.9 / (1 - 0.1 / 5))
    assert reply.steps[-1] == "Therefore, the final answer is 64."
    assert decide(prompt, leaning("addition")).task == "unsupported"  # no tagger: nothing can answer it


def test_the_rules_operands_win_where_they_parsed() -> None:
    prompt = "what is 2 plus 3"
    reply = decide(prompt, leaning("addition"), tagger=lambda text: spans_of(text, "what"))
    assert (reply.task, reply.answer, reply.operands_from) == ("addition", "5", "rules")


def test_another_operation_named_by_the_rules_is_never_overruled() -> None:
    prompt = "what is 7 times 8"
    reply = decide(prompt, leaning("addition", 0.99), tagger=lambda text: spans_of(text, "7", "8"))
    assert (reply.task, reply.answer) == ("unsupported", None)
    assert reply.veto_reason == "this asks for a multiplication"


def test_tags_a_skill_cannot_use_pass_the_prompt_to_the_next_likeliest_label() -> None:
    prompt = "how many stamps are in a full album?"
    reply = decide(prompt, leaning("addition"), tagger=lambda text: spans_of(text, "stamps"))
    assert (reply.task, reply.answer) == ("unsupported", None)
    assert reply.probabilities is not None and reply.probabilities["addition"] == 0.0


@pytest.mark.parametrize(
    ("prompt", "label", "tagged"),
    [
        ("how do I take 21 screenshots in a row on a mac", "parity", ["21"]),
        ("how can I cook 25 burgers at once without a mess", "parity", ["25"]),
        ("How to stack 12 chairs and 30 tables safely", "addition", ["12", "30"]),
        ("how should we remove 4 stars from a rating", "subtraction", ["4"]),
        ("what's the best way to stack 12 chairs and 30 tables", "addition", ["12", "30"]),
        ("any tips to tack a poster onto a wall neatly?", "reversal", ["any"]),
        ("any tips for stacking 12 chairs and 30 tables", "addition", ["12", "30"]),
    ],
)
def test_a_how_to_question_is_not_answered_from_the_tags(prompt: str, label: str, tagged: list[str]) -> None:
    """However sure the model is, a question that asks how to do something asks for instructions, not a result."""
    reply = decide(prompt, leaning(label, 0.99), tagger=lambda text: spans_of(text, *tagged))
    assert (reply.task, reply.answer) == ("unsupported", None)


@pytest.mark.parametrize(
    ("prompt", "tagged", "answer"),
    [
        ("any tips to add 12 and 30 quickly?", ["12", "30"], "42"),
        ("tips for 12 + 30?", ["12", "30"], "42"),
        # tips the money
        ("I made 45 in tips on Friday and 60 in tips on Saturday. How much did I make?", ["45", "60"], "105"),
    ],
)
def test_tips_for_a_result_are_still_answered(prompt: str, tagged: list[str], answer: str) -> None:
    reply = decide(prompt, leaning("addition", 0.99), tagger=lambda text: spans_of(text, *tagged))
    assert (reply.task, reply.answer) == ("addition", answer)


@pytest.mark.parametrize(
    ("prompt", "label", "tagged"),
    [
        ("I have 3 kids and 2 dogs, life is busy!", "addition", ["3", "2"]),
        ("my flight is at 7 and I land at 11, wish me luck", "addition", ["7", "11"]),
        ("I slept 5 hours and had 2 coffees, send help", "addition", ["5", "2"]),
        ("we lost 3 games and won 12 this season, not bad", "subtraction", ["3", "12"]),
    ],
)
def test_a_first_person_story_that_asks_nothing_is_not_answered_from_the_tags(
    prompt: str, label: str, tagged: list[str]
) -> None:
    """A statement about one's day holds numbers, but nothing was asked of them."""
    assert tells_without_asking(prompt)
    reply = decide(prompt, leaning(label, 0.99), tagger=lambda text: spans_of(text, *tagged))
    assert (reply.task, reply.answer) == ("unsupported", None)


@pytest.mark.parametrize(
    ("prompt", "tagged", "answer"),
    [
        ("I had 30 cards and got 5 more, how many do I have", ["30", "5"], "35"),
        ("I HAD 662 FOLLOWERS AND GAINED 69 THIS WEEK, HOW MANY FOLLOWERS DO I HAVE", ["662", "69"], "731"),
        ("we picked 120 apples and 30 pears, please say how many that makes", ["120", "30"], "150"),
        ("I wonder what 13 stamps in one album and 51 in another make", ["13", "51"], "64"),
    ],
)
def test_a_first_person_story_that_asks_is_still_answered_from_the_tags(
    prompt: str, tagged: list[str], answer: str
) -> None:
    assert not tells_without_asking(prompt)
    reply = decide(prompt, leaning("addition"), tagger=lambda text: spans_of(text, *tagged))
    assert (reply.task, reply.answer, reply.operands_from) == ("addition", answer, "model")


@pytest.mark.parametrize(
    ("prompt", "tagged", "answer"),
    [
        ("how do I work out 13 stamps in one album and 51 in another", ["13", "51"], "64"),
        ("how would you figure out 13 stamps in one album and 51 in another", ["13", "51"], "64"),
    ],
)
def test_a_how_question_about_a_result_is_still_answered_from_the_tags(
    prompt: str, tagged: list[str], answer: str
) -> None:
    reply = decide(prompt, leaning("addition"), tagger=lambda text: spans_of(text, *tagged))
    assert (reply.task, reply.answer, reply.operands_from) == ("addition", answer, "model")
