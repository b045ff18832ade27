"""Two results named side by side ("what is 3 plus 4 and 10 plus 20") ask two questions, and a chain whose only
fault is a number that is not whole ("what is 11.1 minus 29, written backwards?") is refused for that number.
Before, the addition skill added every number of the first kind (37), a chain added the second result to the
first (dev_chains5: "... TAKE AWAY 344, AND THE SUM OF 635 AND 915" gave 1395), and reversal took the
expression with a decimal as its text."""

from __future__ import annotations

import random

import pytest

from app.chains.parser import TWO_QUESTIONS, parse_chain
from app.services.reasoning_service import decide
from app.skills import SKILLS
from app.skills.base import Parsed, Rejected
from tests.chains.conftest import Program, parity, rev
from tests.services.test_reasoning_service import prediction

SIDE_BY_SIDE = [
    "what is {a} plus {b} and {c} plus {d}",
    "what is {a} plus {b}, and {c} plus {d}?",
    "what's {a}+{b} and {c}+{d}",
    "what is {a} minus {b} and {c} minus {d}",
    "{a} take away {b}, and the sum of {c} and {d}",
    "what is {a} minus {b}, and the difference between {c} and {d}",
    "the sum of {a} and {b}, and the sum of {c} and {d}",
    "the sum of {a} and {b} and also what is {c} - {d}",
    "is {a} + {b} and {c} + {d} even?",
]


@pytest.mark.parametrize("template", SIDE_BY_SIDE)
def test_two_results_side_by_side_are_two_questions(template: str) -> None:
    rng = random.Random(template)
    for _ in range(6):
        a, b, c, d = (rng.randint(2, 999) for _ in range(4))
        prompt = template.format(a=a, b=b, c=c, d=d)
        chain = parse_chain(prompt, SKILLS)
        assert isinstance(chain, Rejected) and chain.why == TWO_QUESTIONS, prompt
        # Whatever the classifier believes, no single skill answers it either: the chain's refusal vetoes them.
        for leaning in ("addition", "subtraction", "chain"):
            reply = decide(prompt, prediction(**{leaning: 0.9}))
            assert (reply.task, reply.answer) == ("unsupported", None), (prompt, leaning)
            assert reply.veto_reason == TWO_QUESTIONS, (prompt, leaning)


@pytest.mark.parametrize(
    ("prompt", "answer"),
    [
        ("two thousand minus one thousand and fifty minus seventeen", "933"),
        ("one thousand and ten minus five hundred and three minus two", "505"),
    ],
)
def test_the_and_inside_a_number_in_words_joins_no_two_results(prompt: str, answer: str) -> None:
    chain = parse_chain(prompt, SKILLS)
    assert not isinstance(chain, Rejected) or chain.why != TWO_QUESTIONS
    parsed = SKILLS["subtraction"].parse(prompt)
    assert isinstance(parsed, Parsed) and SKILLS["subtraction"].solve(parsed.operands) == answer


JOINED: list[tuple[str, Program, list[str]]] = [
    # a result joined to an operand or used by a step is still one request
    ("what is {a} plus the sum of {b} and {c}", lambda a, b, c: str(a + b + c), ["addition"]),
    ("find the sum of {a} and {b} and {c}", lambda a, b, c: str(a + b + c), ["addition"]),
    ("is the sum of {a} and {b} odd?", lambda a, b, c: parity(a + b), ["addition", "parity"]),
    ("{a} + {b} - {c}", lambda a, b, c: str(a + b - c), ["addition", "subtraction"]),
    ("add {a} and {b}, and then reverse it", lambda a, b, c: rev(a + b), ["addition", "reversal"]),
]


@pytest.mark.parametrize(("template", "program", "plan"), JOINED)
def test_a_result_that_is_used_is_no_second_question(template: str, program: Program, plan: list[str]) -> None:
    rng = random.Random(template)
    for _ in range(6):
        a, b, c = rng.randint(2, 999), rng.randint(2, 999), rng.randint(2, 99)
        prompt = template.format(a=a, b=b, c=c)
        if len(plan) == 1:
            assert not isinstance(parse_chain(prompt, SKILLS), Parsed), prompt
            parsed = SKILLS[plan[0]].parse(prompt)
            assert isinstance(parsed, Parsed), prompt
            assert SKILLS[plan[0]].solve(parsed.operands) == program(a, b, c), prompt
        else:
            chain = parse_chain(prompt, SKILLS)
            assert isinstance(chain, Parsed), prompt
            assert chain.operands.answer == program(a, b, c), prompt
            assert [step.skill for step in chain.operands.steps] == plan, prompt


@pytest.mark.parametrize(
    ("prompt", "decimal"),
    [
        ("what is 11.1 minus 29, written backwards?", "11.1"),
        ("WHAT IS 11.1 MINUS 29, WRITTEN BACKWARDS? :)", "11.1"),
        ("reverse the sum of 1.5 and 2", "1.5"),
        ("is 2.5 plus 3 odd?", "2.5"),
        ("add 4 and 0.25, then reverse it", "0.25"),
    ],
)
def test_a_chain_with_a_number_that_is_not_whole_is_refused_for_it(prompt: str, decimal: str) -> None:
    chain = parse_chain(prompt, SKILLS)
    assert isinstance(chain, Rejected) and chain.why == f"{decimal} is not a whole number"
    for leaning in ("reversal", "chain", "addition"):
        reply = decide(prompt, prediction(**{leaning: 0.9}))
        assert (reply.task, reply.answer, reply.veto_reason) == ("unsupported", None, chain.why), leaning


def test_the_same_chain_with_whole_numbers_is_worked_out() -> None:
    chain = parse_chain("what is 11 minus 29, written backwards?", SKILLS)
    assert isinstance(chain, Parsed)
    assert [step.answer for step in chain.operands.steps] == ["-18", "81-"]
    # a number that is not whole and not in a chain is still the single skill's to judge
    assert SKILLS["reversal"].solve("3.14") == "41.3"
    assert isinstance(parse_chain("reverse 3.14", SKILLS), Rejected)


@pytest.mark.parametrize(
    ("prompt", "answer"),
    [
        # two results that one step takes together, or a second that names the first: one request
        ("add 3 plus 4 and 10 plus 20", "37"),
        ("what do 3 plus 4 and 10 plus 20 add up to?", "37"),
        ("is the sum of 3 plus 4 and 5 plus 6 even?", "even"),
        ("what is 12 plus 30 and the reverse of that?", "24"),
    ],
)
def test_results_a_step_takes_together_are_one_request(prompt: str, answer: str) -> None:
    chain = parse_chain(prompt, SKILLS)
    if isinstance(chain, Parsed):
        assert chain.operands.answer == answer
    else:
        assert chain.why != TWO_QUESTIONS
        parsed = SKILLS["addition"].parse(prompt)
        assert isinstance(parsed, Parsed) and SKILLS["addition"].solve(parsed.operands) == answer


@pytest.mark.parametrize("joiner", [" & ", " as well as ", " or ", " and also "])
def test_other_joiners_of_two_results_are_two_questions(joiner: str) -> None:
    chain = parse_chain(f"what is 3 plus 4{joiner}10 plus 20", SKILLS)
    assert isinstance(chain, Rejected) and chain.why == TWO_QUESTIONS


@pytest.mark.parametrize(
    ("prompt", "answer"),
    [
        ("Question 2.1: add 15 and 27, then reverse the result", "24"),
        ("I paid 2.50 for a pen. add 3 and 4, then tell me if the result is even", "odd"),
    ],
)
def test_a_decimal_no_step_reads_leaves_the_chain(prompt: str, answer: str) -> None:
    chain = parse_chain(prompt, SKILLS)
    assert isinstance(chain, Parsed) and chain.operands.answer == answer


@pytest.mark.parametrize(
    ("template", "program"),
    [
        ("minus {a} plus {b} minus {c}", lambda a, b, c: -a + b - c),
        ("negative {a} minus {b} plus {c}", lambda a, b, c: -a - b + c),
        ("what is negative {a} plus {b} minus {c}", lambda a, b, c: -a + b - c),
        ("minus {a} + {b} - {c}", lambda a, b, c: -a + b - c),
        ("{a} minus {b} plus {c}", lambda a, b, c: a - b + c),  # a binary minus stays one
    ],
)
def test_a_sign_word_that_starts_an_expression_is_its_first_operands(template: str, program: object) -> None:
    """ "minus 5 plus 10 minus 2" is 3 (it was -17: the sign was applied to 5 + 10)."""
    rng = random.Random(template)
    for _ in range(8):
        a, b, c = rng.randint(1, 999), rng.randint(1, 999), rng.randint(1, 999)
        chain = parse_chain(template.format(a=a, b=b, c=c), SKILLS)
        assert isinstance(chain, Parsed), template
        assert chain.operands.answer == str(program(a, b, c)), (template, a, b, c)  # type: ignore[operator]
