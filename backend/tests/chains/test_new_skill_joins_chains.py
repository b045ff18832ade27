"""A skill joins chains through its chain phrasings alone: a fake "doubling" skill, with no edit to app/chains/,
is recognised as a step, nested and followed, in a served reply and in the generated training chains."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from typing import Any

import pytest

from app.chains import parser as chain_parser
from app.chains import phrasing as chain_phrasing
from app.chains.parser import parse_chain
from app.chains.phrasing import Phrasing
from app.chains.skill import ChainSkill
from app.skills import SKILLS
from app.skills.base import Cue, Example, Explanation, Missing, Parsed, ParseResult, Rejected, final_answer_sentence
from app.skills.numbers import WholeNumber, read_numbers
from app.skills.text import normalize

_DOUBLE = re.compile(r"\b(?:double|twice)\b")


class DoublingSkill:
    name = "doubling"
    title = "Doubling"
    capability = "double a whole number"
    examples: tuple[Example, ...] = (Example("double 4", "8"),)
    cue = Cue("asks to double a number", lambda pieces, _shape: any(p.text in {"double", "twice"} for p in pieces))

    def parse(self, prompt: str) -> ParseResult[WholeNumber]:
        text = normalize(prompt)
        if not _DOUBLE.search(text):
            return Rejected(self.capability)
        numbers = read_numbers(text).numbers
        if not numbers:
            return Missing("Which number should I double?")
        if len(numbers) > 1:
            return Rejected(self.capability, "this mentions more than one number")
        return Parsed(numbers[0])

    def solve(self, operands: WholeNumber) -> str:
        return str(2 * operands.value)

    def show_operands(self, operands: WholeNumber) -> list[str]:
        return [operands.display()]

    def explain(self, operands: WholeNumber, answer: str) -> Explanation:
        return Explanation(
            "Let's double it.", [f"{operands.value} + {operands.value} = {answer}."], final_answer_sentence(answer)
        )


DOUBLING_PHRASING = Phrasing.from_table(
    "doubling",
    {
        "input": "number",
        "output": "number",
        "title": "double {all}",
        "noun": ["twice {a}"],
        "command": ["double {a}"],
        "follow": ["double {x}"],
        "implicit": [["^(?:and )?double$", "double {x}"]],
        "references": ["the double"],
    },
)


@pytest.fixture
def with_doubling(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, Any]]:
    monkeypatch.setitem(chain_phrasing.PHRASINGS, "doubling", DOUBLING_PHRASING)
    chain_parser.clear_caches()
    yield {**SKILLS, "doubling": DoublingSkill()}
    monkeypatch.undo()
    chain_parser.clear_caches()


def _steps(prompt: str, skills: dict[str, Any]) -> list[tuple[str, str]]:
    parsed = parse_chain(prompt, skills)
    assert isinstance(parsed, Parsed), (prompt, parsed)
    return [(step.skill, step.answer) for step in parsed.operands.steps]


def test_a_new_skill_is_a_step_of_chains(with_doubling: dict[str, Any]) -> None:
    assert _steps("add 2 and 3, then double it", with_doubling) == [("addition", "5"), ("doubling", "10")]
    assert _steps("is twice 7 odd?", with_doubling) == [("doubling", "14"), ("parity", "even")]
    assert _steps("double 21 and reverse the result", with_doubling) == [("doubling", "42"), ("reversal", "24")]
    assert _steps("subtract 1 from 6, double", with_doubling) == [("subtraction", "5"), ("doubling", "10")]
    reply = ChainSkill(with_doubling).explain(parse_chain("is twice 7 odd?", with_doubling).operands, "even")  # type: ignore[union-attr]
    assert reply.steps[0] == "Step 1: double 7"


def test_without_it_the_step_is_refused() -> None:
    assert isinstance(parse_chain("add 2 and 3, then double it", SKILLS), Rejected | type(None))
    assert not isinstance(parse_chain("add 2 and 3, then double it", SKILLS), Parsed)


def test_the_generated_chains_use_it(with_doubling: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    from app.data import chains

    monkeypatch.setitem(chains._CHAINED, "doubling", DOUBLING_PHRASING)
    monkeypatch.setattr(chains, "SKILLS", with_doubling)
    rng = random.Random(4)
    examples = [chains.example(rng, noise=False) for _ in range(400)]
    with_it = [
        example for example in examples if "double" in example.generated.text or "twice" in example.generated.text
    ]
    assert len(with_it) > 40
    for example in with_it:
        parsed = parse_chain(example.generated.text, with_doubling)
        assert isinstance(parsed, Parsed) and parsed.operands.answer == example.answer, example
