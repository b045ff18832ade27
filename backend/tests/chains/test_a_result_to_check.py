"""A result the user worked out and gives to be checked ("add 12 and 30. I got 42, is that right?") is refused as
a check (docs/TASKS.md, unsupported), whatever the classifier leans to. Before, the chain recogniser read "I got
42" as a step that adds 42 (84), and "my answer is 42" as one that subtracts it (0)."""

from __future__ import annotations

import random

import pytest

from app.chains.parser import parse_chain
from app.services.reasoning_service import decide
from app.skills import SKILLS
from app.skills.base import Parsed, Rejected
from tests.services.test_reasoning_service import prediction

CHECK = "this asks to check a result rather than work it out"


@pytest.mark.parametrize(
    "template",
    [
        "add {a} and {b}. I got {s}, is that right?",
        "what is {a} plus {b}? I get {s}",
        "{a} + {b}, I got {s} - correct?",
        "I added {a} and {b} and got {s}, right?",
        "what is {a} plus {b}? my answer is {s}",
        "{a} plus {b}: I think it's {s}",
        "I think {a} + {b} is {s}, right?",
        "I calculated {a} + {b} as {s}, is that right?",
        "{a} + {b} should be {s}, right?",
        "is {a} plus {b} really {s}?",
        "{a} plus {b} is {s} yes?",
        "add {a} and {b}. is it {s}?",
        "what's {a}+{b}? I'm getting {s}",
        "is the sum of {a} and {b} {s}?",
        "the sum of {a} and {b} is {s}, correct?",
        "what is {a} + {b}? {s}?",
        "is {a}+{b} {s}?",
        "does {a} + {b} make {s}?",
    ],
)
def test_a_result_given_to_be_checked_is_refused_as_a_check(template: str) -> None:
    rng = random.Random(template)
    for _ in range(4):
        a, b = rng.randint(2, 999), rng.randint(2, 999)
        prompt = template.format(a=a, b=b, s=a + b)
        chain = parse_chain(prompt, SKILLS)
        assert isinstance(chain, Rejected) and chain.why in (CHECK, None), prompt  # a check, or no chain at all
        for leaning in ("addition", "chain"):
            reply = decide(prompt, prediction(**{leaning: 0.9}))
            assert (reply.task, reply.answer, reply.veto_reason) == ("unsupported", None, CHECK), (prompt, leaning)


@pytest.mark.parametrize(
    ("prompt", "answer"),
    [
        ("I had 30 stickers and got 12 more. Is my number of stickers even?", "even"),  # "got 12 more" is a step
        ("add 5 and 6, then add 1 to what you get", "12"),
    ],
)
def test_getting_more_is_still_a_step(prompt: str, answer: str) -> None:
    chain = parse_chain(prompt, SKILLS)
    assert isinstance(chain, Parsed) and chain.operands.answer == answer


@pytest.mark.parametrize(
    ("skill", "prompt", "answer"),
    [
        ("addition", "12 + 5 is what?", "17"),
        ("addition", "what is 1 + 2 + 3", "6"),
        # a story or a request that mentions a total, a result or "right" without giving one to check
        ("addition", "My total is 120 points and I earn 35 more. What's my new total?", "155"),
        ("subtraction", "I think it's 20 minus 7, can you work it out?", "13"),
        ("subtraction", "what is 100 minus twenty 5", "75"),
    ],
)
def test_a_mention_of_a_result_is_no_check(skill: str, prompt: str, answer: str) -> None:
    parsed = SKILLS[skill].parse(prompt)
    assert isinstance(parsed, Parsed) and SKILLS[skill].solve(parsed.operands) == answer


@pytest.mark.parametrize(("prompt", "answer"), [("what is 20 minus 5, minus 3?", "12"), ("what is 10 + 5, -3?", "12")])
def test_a_signed_number_after_a_comma_is_a_step_not_a_result_to_check(prompt: str, answer: str) -> None:
    chain = parse_chain(prompt, SKILLS)
    assert isinstance(chain, Parsed) and chain.operands.answer == answer


@pytest.mark.parametrize(
    "prompt",
    [
        "I got 5 right answers and 3 wrong. how many questions were there?",
        "how many apples are there if Tom had 6 and got 5?",
        "my sum was 50 and I added 7. what is it now?",
    ],
)
def test_a_story_that_gets_a_number_is_no_check(prompt: str) -> None:
    for name, skill in SKILLS.items():
        result = skill.parse(prompt)
        assert not (isinstance(result, Rejected) and result.why == CHECK), name
