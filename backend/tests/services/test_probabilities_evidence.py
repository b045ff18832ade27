"""The posterior and the parsers' findings that every reply carries (issue 18): no extra forward pass."""

from __future__ import annotations

import math
import random

import pytest

from app.chains.skill import parse_fused
from app.ml.loader import LoadedModel
from app.services.classifier_setup import outcome_of
from app.services.reasoning_service import ReasoningService, decide
from app.skills import CHAIN, SKILLS, TASK_LABELS
from app.skills.base import Parsed
from bench.prompts import random_prompt
from tests.services.test_reasoning_service import CountingClassifier, _refusing, prediction

LEANS_ADDITION = prediction(addition=0.7, unsupported=0.1)


def test_probabilities_cover_every_label_and_confidence_is_read_from_them() -> None:
    completion = decide("what is 2 plus 3", LEANS_ADDITION)
    assert completion.probabilities is not None
    assert list(completion.probabilities) == list(TASK_LABELS)
    assert math.fsum(completion.probabilities.values()) == pytest.approx(1.0)
    assert completion.confidence == completion.probabilities["addition"] == pytest.approx(0.7 / 0.8)
    # parity, reversal and subtraction veto "2 plus 3": no probability left for them
    assert [completion.probabilities[label] for label in ("parity", "reversal", "subtraction")] == [0.0] * 3
    assert completion.model_asked


@pytest.mark.parametrize(
    ("prompt", "skill", "operands"),
    [
        ("what is 2 plus 3", "addition", ["2", "3"]),
        ("what is the sum of twenty-one and 4", "addition", ["twenty-one (21)", "4"]),
        ("Is -12 odd?", "parity", ["-12"]),
        ('Please reverse "good morning"', "reversal", ["good morning"]),
        ("subtract 3 from 10", "subtraction", ["10", "3"]),  # in the order the steps subtract them
    ],
)
def test_a_parsed_skill_shows_its_operands_as_explained(prompt: str, skill: str, operands: list[str]) -> None:
    completion = decide(prompt, prediction(**{skill: 0.7}))
    found = completion.evidence[skill]
    assert (found.outcome, list(found.operands), found.reason) == ("parsed", operands, None)
    assert completion.task == skill
    assert all(operand in completion.text for operand in operands)  # "Identify the numbers: 10 and 3."


def test_missing_and_rejected_findings() -> None:
    completion = decide("What is 2 plus?", LEANS_ADDITION)
    assert completion.evidence["addition"].outcome == "missing"
    assert completion.evidence["addition"].operands == ()
    times = decide("What is 7 times 8?", LEANS_ADDITION)
    assert {name: found.outcome for name, found in times.evidence.items()} == {
        "addition": "rejected",
        "parity": "rejected",
        "reversal": "unrecognised",  # nothing of a reversal, and nothing else it would name
        "subtraction": "rejected",
        "chain": "rejected",  # the chain recogniser: not several steps
    }
    assert times.evidence["addition"].reason == "this asks for a multiplication"
    assert list(times.evidence) == [*SKILLS, CHAIN]  # the skills, then the chain recogniser


def test_reasons_are_worked_out_only_when_the_evidence_is_read() -> None:
    asked: list[str] = []
    reasons: dict[str, str | None] = {"addition": "this asks for a division", "parity": None, "reversal": "x"}
    likeliest = prediction(addition=0.3, parity=0.4, reversal=0.1, unsupported=0.2)
    completion = decide("anything", likeliest, skills=_refusing(reasons, asked))
    assert asked == ["parity", "addition"]  # what decide() needed for its refusal, no more
    assert completion.evidence["reversal"].reason == "x"
    assert asked == ["parity", "addition", "reversal"]
    assert completion.evidence["parity"].reason is None


def test_a_refusal_without_the_model_says_so_and_invents_no_numbers(trained: LoadedModel) -> None:
    counting = CountingClassifier(trained.classifier)
    service = ReasoningService(counting, trained.classifier.calibration)
    completion = service.complete("What is 7 times 8?")
    assert counting.asked == []
    assert completion.probabilities is None and not completion.model_asked
    assert completion.confidence == 1.0 and completion.task == "unsupported"
    assert completion.evidence["addition"].reason == "this asks for a multiplication"


def test_served_probabilities_are_the_posterior_with_no_second_forward_pass(trained: LoadedModel) -> None:
    counting = CountingClassifier(trained.classifier)
    service = ReasoningService(counting, trained.classifier.calibration)
    rng = random.Random(18)
    asked_replies = 0
    for prompt in [random_prompt(rng) for _ in range(400)] + ["What is 2 plus 3?", "is 2.5 times 3 even?"]:
        counting.asked.clear()
        completion = service.complete(prompt)
        assert len(counting.asked) <= 1, prompt  # one forward pass at most
        assert {name: found.found for name, found in completion.evidence.items()} == {
            name: outcome_of(result) for name, result in parse_fused(prompt).items()
        }
        if completion.probabilities is None:
            assert counting.asked == [] and not completion.model_asked
            continue
        asked_replies += 1
        assert counting.asked == [prompt] and completion.model_asked
        assert list(completion.probabilities) == list(TASK_LABELS)
        assert math.fsum(completion.probabilities.values()) == pytest.approx(1.0, abs=1e-9)
        assert completion.confidence == completion.probabilities[completion.task]
        assert completion.confidence == max(completion.probabilities.values())
        for name, found in completion.evidence.items():
            if found.outcome == "rejected":
                assert completion.probabilities[name] == 0.0
    assert asked_replies > 100


@pytest.mark.parametrize("name", list(SKILLS))
def test_every_skill_shows_the_operands_of_its_own_examples(name: str) -> None:
    skill = SKILLS[name]
    for example in skill.examples:
        result = skill.parse(example.prompt)
        if example.answer is None:
            continue
        assert isinstance(result, Parsed), example.prompt
        shown = skill.show_operands(result.operands)
        assert shown and all(isinstance(text, str) and text for text in shown), example.prompt
