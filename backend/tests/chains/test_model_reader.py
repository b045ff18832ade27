"""The chain recogniser reads a clause its rules do not recognise with the model (app/chains/skill.py,
model_reader): the classifier's label and the tagger's operands, validated by that skill. These tests give the
reader the model's outputs directly (the rule under test is what the recogniser does with them)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.chains.skill import FUSED_SKILLS, ChainPlan, parse_fused, with_model_reader
from app.skills.base import Parsed, Rejected, Span
from app.skills.numbers import WholeNumber

_NUMBER = re.compile(r"\d+")


def numbers_tagged(text: str) -> Sequence[Span]:
    """A tagger that marks every run of digits as an operand."""
    return [(match.start(), match.end(), "operand") for match in _NUMBER.finditer(text)]


def chain_reading(label: str) -> object:
    """The chain recogniser with a model that reads every clause as ``label``."""
    return with_model_reader(FUSED_SKILLS, lambda _text: label, numbers_tagged)["chain"]


def test_a_clause_only_the_model_reads_becomes_a_step() -> None:
    chain = chain_reading("subtraction")
    parsed = chain.parse("add 10 and 5, then 3 of it went to Sam")  # type: ignore[attr-defined]
    assert isinstance(parsed, Parsed) and isinstance(parsed.operands, ChainPlan)
    assert [step.skill for step in parsed.operands.steps] == ["addition", "subtraction"]
    assert parsed.operands.answer == "12"


def test_a_clause_that_names_the_result_twice_is_no_step() -> None:
    """'it's the money I made' reads as '75371 is 75371 I made': a statement about the result, not a step."""
    chain = chain_reading("subtraction")
    prompt = "what's the total of 54261 and 21110? it's the money I made this week"
    assert isinstance(chain.parse(prompt), Rejected)  # type: ignore[attr-defined]
    assert isinstance(FUSED_SKILLS["addition"].parse(prompt), Parsed)  # the rules answer it as one addition


def test_a_single_question_about_a_start_value_is_no_chain_to_refuse() -> None:
    """ "18508 is that one even??" splits into a start value and "is <18508> one even": the other skills' veto of
    that clause ("this asks whether a number is even or odd") names a task the app does, so the recogniser does
    not refuse the prompt with it; the rules answer it as one parity question."""
    skills = with_model_reader(FUSED_SKILLS, lambda _text: "parity", numbers_tagged)
    for prompt, number in (("18508 is that one even??", 18508), ("45941... is that one even?", 45941)):
        results = parse_fused(prompt, skills)
        assert isinstance(results["chain"], Rejected) and not results["chain"].worth_telling, prompt
        assert results["parity"] == Parsed(WholeNumber(number)), prompt


def test_a_reason_of_another_operation_still_refuses_the_chain() -> None:
    """The average is no task of the app: "..., reversed" stays a chain refused with a reason (not a reversal of 8)."""
    chain = chain_reading("reversal")
    result = chain.parse("what's the average of 4 and 8, reversed?")  # type: ignore[attr-defined]
    assert isinstance(result, Rejected) and result.worth_telling
