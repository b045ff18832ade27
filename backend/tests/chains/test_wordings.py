"""Chains in the wordings people use, by class (see docs/chains.md): steps a skill reads in its own words (not the
chain phrasings'), unsaid results given to the skill's own parser, operands given first, results named by a noun
of the story ("the amount left", "my total score"), a colon that introduces the question, and the early exit.
Each property draws random operands and compares with the answer worked out here, independently of the skills."""

from __future__ import annotations

import random

import pytest

from app.chains import clauses as chain_clauses
from app.chains.parser import SCOPE, TWO_QUESTIONS, parse_chain
from app.skills import SKILLS
from app.skills.base import Rejected
from tests.chains.conftest import Program, answer_of, parity, rev

# (template with {a} {b} {c}, the answer) — a > b + c, so every result is positive.
WORDINGS: list[tuple[str, Program]] = [
    # other verbs: the skills' own parsers read them
    ("combine {a} and {b}, then mirror the digits", lambda a, b, c: rev(a + b)),
    ("combine {a} and {b}, knock off {c}, and flip the digits", lambda a, b, c: rev(a + b - c)),
    ("deduct {b} from {a} and invert it", lambda a, b, c: rev(a - b)),
    ("knock {b} off {a}: is the result even?", lambda a, b, c: parity(a - b)),
    ("take {b} off {a} and tell me if it's odd", lambda a, b, c: parity(a - b)),
    ("turn {a} around, then take {b} off", lambda a, b, c: str(int(rev(a)) - b)),
    ("mirror {a}: even or odd?", lambda a, b, c: parity(int(rev(a)))),
    ("spell {a} backwards and check if that's even", lambda a, b, c: parity(int(rev(a)))),
    ("flip the total of {a} and {b}", lambda a, b, c: rev(a + b)),
    ("mirror the difference between {a} and {b}", lambda a, b, c: rev(a - b)),
    # wordings the skill's parser does not read yet, said through its chain.toml paraphrases
    ("remove {b} from {a} and reverse it", lambda a, b, c: rev(a - b)),
    ("{a} less {b}, then is it odd", lambda a, b, c: parity(a - b)),
    ("lower {a} by {b} and flip it", lambda a, b, c: rev(a - b)),
    # a step with a typo, read by its skill's cue and parser
    ("add {a} and {b}, sutbract {c}, and reverse what's left", lambda a, b, c: rev(a + b - c)),
    ("subtract {c} from the total of {a} and {b} and rveerse the result", lambda a, b, c: rev(a + b - c)),
    # questions first ("if you ...,"), "first ... next ... finally", "after adding ..."
    ("if I add {a} and {b}, will the answer be even?", lambda a, b, c: parity(a + b)),
    ("if you subtract {b} from {a}, do you get an even number?", lambda a, b, c: parity(a - b)),
    ("after adding {a} to {b}, is the outcome odd?", lambda a, b, c: parity(a + b)),
    ("first add {a} and {b}, next subtract {c}, finally tell me if it's even", lambda a, b, c: parity(a + b - c)),
    ("Step one: add {a} and {b}. Step two: subtract {c}. Step three: reverse it.", lambda a, b, c: rev(a + b - c)),
    # operands first
    ("{a} and {b}: add them, then is it odd?", lambda a, b, c: parity(a + b)),
    ("{a} and {b}: add them, reverse the sum, then say if it's even", lambda a, b, c: parity(int(rev(a + b)))),
    # a colon that introduces the question
    ("odd or even: {a} - {b}", lambda a, b, c: parity(a - b)),
    ("quick one, odd or even: {a} + {b} - {c}?", lambda a, b, c: parity(a + b - c)),
    ("sorry to bother you, odd or even: {a} minus {b} plus {c}", lambda a, b, c: parity(a - b + c)),
    # "that's odd" asked of a result is a question (a remark opening a prompt is not)
    ("reverse {a} and tell me if that's odd", lambda a, b, c: parity(int(rev(a)))),
    # a dash or an ampersand between the steps
    ("take {b} away from {a} — is the result an even number?", lambda a, b, c: parity(a - b)),
    ("can u substract {b} from {a} & tell me if its even", lambda a, b, c: parity(a - b)),
    ("quick question: if you subtract {b} from {a}, do you get an even number?", lambda a, b, c: parity(a - b)),
    # the result named by the story
    (
        "My account had {a} dollars and I paid a bill of {b} dollars. Is the amount left odd?",
        lambda a, b, c: parity(a - b),
    ),
    ("The warehouse had {a} boxes and received {b} more. Write the new total backwards.", lambda a, b, c: rev(a + b)),
    ("A team scored {a} points, then {b} more. Reverse the total score.", lambda a, b, c: rev(a + b)),
    (
        "I scored {a} points in the first game and {b} in the second. Is my total score even?",
        lambda a, b, c: parity(a + b),
    ),
    (
        "Grandpa is {a} and grandma is {b}. Add their ages and tell me if the total is odd.",
        lambda a, b, c: parity(a + b),
    ),
    (
        "My wallet had {a} dollars. I spent {b} on lunch and {c} on a book. Is what's left an even amount?",
        lambda a, b, c: parity(a - b - c),
    ),
    # stories: a comparison, a rise, gifts to two people, "N more" after any verb, "flew away"
    ("Lily is {b} years old. Her brother is {c} years older. Is his age odd?", lambda a, b, c: parity(b + c)),
    ("The temperature was {a} degrees and rose by {b}. Is the new temperature odd?", lambda a, b, c: parity(a + b)),
    (
        "I had {a} stickers. I gave {b} to Sam and {c} to Mia. Is the number I have left even?",
        lambda a, b, c: parity(a - b - c),
    ),
    (
        "A bakery made {a} rolls, sold {b}, then baked {c} more. Is the number of rolls now odd?",
        lambda a, b, c: parity(a - b + c),
    ),
    ("There were {a} birds on a tree; {b} flew away. Reverse the number of birds left.", lambda a, b, c: rev(a - b)),
    ("Tom scored {b} and Jerry scored {c}. Is their combined score even?", lambda a, b, c: parity(b + c)),
    # nouns: a gerund, three operands
    ("Is the number obtained by reversing {a} even?", lambda a, b, c: parity(int(rev(a)))),
    ("is the total of {a}, {b} and {c} odd?", lambda a, b, c: parity(a + b + c)),
    ("Add up {a}, {b}, and {c}, then say if the total is even", lambda a, b, c: parity(a + b + c)),
    # a text step reads the result alone, whatever chit-chat follows
    ("compute {a} - {b} + {c}, then flip it cheers", lambda a, b, c: rev(a - b + c)),
]


@pytest.mark.parametrize(("template", "program"), WORDINGS, ids=[template for template, _ in WORDINGS])
def test_a_wording_gives_the_composed_answer_for_random_operands(template: str, program: Program) -> None:
    rng = random.Random(template)
    for _ in range(8):
        b, c = rng.randint(2, 999), rng.randint(2, 999)
        a = b + c + rng.randint(11, 99_999)
        if a % 10 == 0:
            a += 1  # a number reversed directly keeps no leading zero here: the answer is simpler to write
        prompt = template.format(a=a, b=b, c=c)
        assert answer_of(prompt) == program(a, b, c), prompt


@pytest.mark.parametrize(
    ("prompt", "reason"),
    [
        ("mirror the word lamp and subtract 3", '"pmal" is not a number'),
        ("flip the letters of star and take away 1", '"rats" is not a number'),
        ("can you reverse 'moon' and also add 8 and 8?", TWO_QUESTIONS),
        ("what's 5 plus 6? also, is 13 odd?", TWO_QUESTIONS),
    ],
)
def test_refusals_in_these_wordings_name_their_reason(prompt: str, reason: str) -> None:
    refused = parse_chain(prompt, SKILLS)
    assert isinstance(refused, Rejected) and refused.why == reason


@pytest.mark.parametrize(
    "prompt",
    ["mirror 52 and then triple it", "take 6 off 20 and halve it", "combine 12 and 8 and divide the total by 4"],
)
def test_a_step_no_skill_does_is_refused_with_a_reason(prompt: str) -> None:
    refused = parse_chain(prompt, SKILLS)
    assert isinstance(refused, Rejected) and refused.worth_telling, (prompt, refused)


@pytest.mark.parametrize(
    "prompt",
    [
        "add 2 and 3, thanks so much",
        "is 7 even or odd",
        "hey, could you add 12 and 30 for me",
        "what is 20 minus 3 minus 4",
        "reverse the sentence I like tea and coffee",
        "thanks! now just add 14 and 6",
    ],
)
def test_single_tasks_with_chit_chat_are_no_chain(prompt: str) -> None:
    refused = parse_chain(prompt, SKILLS)
    assert isinstance(refused, Rejected) and not refused.worth_telling, (prompt, refused)


def test_a_prompt_whose_step_words_are_one_skills_is_not_cut_into_clauses(monkeypatch: pytest.MonkeyPatch) -> None:
    """The early exit: "add 12 and 30, thanks" names one skill and no second step; the clauses are never read."""

    def fail(*_args: object) -> object:
        raise AssertionError("the clauses were read")

    monkeypatch.setattr("app.chains.parser.split_clauses", fail)
    for prompt in ["add 12 and 30 please", "is 7 even or odd", "what is 20 minus 3", "hello there"]:
        assert parse_chain(prompt, SKILLS) == Rejected(SCOPE)
    with pytest.raises(AssertionError):
        parse_chain("add 12 and 30, then reverse it", SKILLS)


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        (
            "combine 70 and 3608, knock off 63, and flip the digits",
            ["combine 70 and 3608", "knock off 63", "flip the digits"],
        ),
        ("add 2 and 3 and rveerse the result", ["add 2 and 3", "rveerse the result"]),
        ("find the sum of 599 and subtracting 49 from 795", ["find the sum of 599 and subtracting 49 from 795"]),
        ("add 30 and the reverse of 21", ["add 30 and the reverse of 21"]),
        ("odd or even: 5 - 3", ["odd or even: 5 - 3"]),
        ("take 390 away from 447 — is the result even?", ["take 390 away from 447", "is the result even"]),
        ("subtract 637 from 648 & tell me if its even", ["subtract 637 from 648", "tell me if its even"]),
        ("add 5 & 6", ["add 5 & 6"]),
        ("17 and 26: add them", ["17 and 26", "add them"]),
        ("first add 2 and 3, next subtract 1, finally reverse it", ["add 2 and 3", "subtract 1", "reverse it"]),
    ],
)
def test_clauses_are_cut_before_a_step_a_skill_reads(text: str, pieces: list[str]) -> None:
    assert chain_clauses.clauses(text, SKILLS) == pieces


@pytest.mark.parametrize(
    "prompt",
    [
        "A concert sold 676 tickets online and 15206 at the door. How many tickets were sold?",
        "a movie is 36517 minutes long and I've watched 14. how many minutes are left?",
    ],
)
def test_a_word_problems_how_many_is_no_step_nobody_does(prompt: str) -> None:
    """Reversal refuses "how many" as counting letters only where its cue is, or letters are named: a word problem's
    question is no unsupported step, so the chain recogniser vetoes nothing (the model may still answer it)."""
    result = parse_chain(prompt, SKILLS)
    assert isinstance(result, Rejected) and result.why is None
    assert SKILLS["reversal"].parse("how many letters are in banana?").why == "this asks to count letters"
