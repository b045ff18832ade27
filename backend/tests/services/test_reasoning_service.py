"""decide(): the classifier's scores, the skills' vetoes and the parsers' evidence make one reply."""

from __future__ import annotations

import json
import math
import random
from pathlib import Path
from typing import Any

import pytest

from app.ml.calibration import Calibration
from app.ml.inference import Prediction, TaskClassifier
from app.ml.loader import LoadedModel
from app.services.reasoning_service import Completion, ReasoningService, decide
from app.skills import TASK_LABELS
from app.skills.base import Explanation, Rejected, Skill
from bench.prompts import random_prompt

EVAL_DIR = Path(__file__).resolve().parents[2] / "eval"


def prediction(**probabilities: float) -> Prediction:
    """A prediction over every registered label: the given probabilities, the rest shared equally."""
    rest = [label for label in TASK_LABELS if label not in probabilities]
    left = (1.0 - sum(probabilities.values())) / len(rest) if rest else 0.0
    return Prediction(tuple(probabilities.get(label, left) for label in TASK_LABELS), labels=TASK_LABELS)


LEANS_ADDITION = prediction(addition=0.7, unsupported=0.1)
LEANS_UNSUPPORTED = prediction(addition=0.2, unsupported=0.7)


def test_a_veto_overrules_the_model_and_the_refusal_says_why() -> None:
    completion = decide("What is 7 times 8?", LEANS_ADDITION)
    assert (completion.task, completion.answer, completion.steps) == ("unsupported", None, [])
    assert completion.model_label == "addition"
    assert "multiplication" in completion.text
    # Every skill vetoed, so "unsupported" is all that is left.
    assert completion.confidence == pytest.approx(1.0)


def test_confidence_is_renormalised_over_the_labels_not_vetoed() -> None:
    completion = decide("what is 2 plus 3", LEANS_ADDITION)  # parity and reversal veto it
    assert (completion.task, completion.answer) == ("addition", "5")
    assert completion.confidence == pytest.approx(0.7 / 0.8)
    assert completion.text.endswith(f"(model confidence in task type: {0.7 / 0.8 * 100:.1f}%)")


def test_parser_evidence_can_outweigh_a_hesitant_model() -> None:
    evidence = {"addition": {"parsed": math.log(50), "missing": 0.0}}
    calibration = Calibration(temperature=1.0, fused_temperature=1.0, evidence=evidence)
    plain = decide("18 + minus 28", LEANS_UNSUPPORTED)
    fused = decide("18 + minus 28", LEANS_UNSUPPORTED, calibration)
    assert plain.task == "unsupported"
    assert (fused.task, fused.answer) == ("addition", "-10")
    assert fused.confidence == pytest.approx(0.2 * 50 / (0.2 * 50 + 0.7))


def test_a_missing_operand_is_asked_for() -> None:
    completion = decide("What is 2 plus?", LEANS_ADDITION)
    assert (completion.task, completion.answer, completion.steps) == ("addition", None, [])
    assert "?" in completion.headline


def test_temperature_softens_the_model_before_the_evidence() -> None:
    count = len(TASK_LABELS)
    logits = tuple(2.0 if label == "addition" else 0.0 for label in TASK_LABELS)
    sharp = decide("what is 2 plus 3", Prediction((1 / count,) * count, logits, TASK_LABELS), Calibration(1.0, 1.0, {}))
    soft = decide("what is 2 plus 3", Prediction((1 / count,) * count, logits, TASK_LABELS), Calibration(1.0, 4.0, {}))
    assert sharp.confidence == pytest.approx(math.exp(2) / (math.exp(2) + 1))
    assert soft.confidence == pytest.approx(math.exp(0.5) / (math.exp(0.5) + 1))


class _RefusingSkill:
    """A skill that rejects every prompt with a reason worked out on demand, and notes when it is."""

    def __init__(self, name: str, reason: str | None, asked: list[str]) -> None:
        self.name, self._reason, self._asked = name, reason, asked

    def _work_out_reason(self) -> str | None:
        self._asked.append(self.name)
        return self._reason

    def parse(self, prompt: str) -> Rejected:
        return Rejected(f"do what {self.name} does", self._work_out_reason)

    def solve(self, operands: object) -> str:
        raise AssertionError("a rejected prompt is never solved")

    def explain(self, operands: object, answer: str) -> Explanation:
        raise AssertionError("a rejected prompt is never explained")


def _refusing(reasons: dict[str, str | None], asked: list[str]) -> dict[str, Skill[Any]]:
    return {name: _RefusingSkill(name, reason, asked) for name, reason in reasons.items()}


def test_a_refusal_gives_the_likeliest_skills_reason_and_works_out_no_other() -> None:
    asked: list[str] = []
    reasons: dict[str, str | None] = {
        "addition": "this asks for a division",
        "parity": None,  # nothing worth telling
        "reversal": "this asks to count letters",
    }
    # parity is likeliest but its reason names nothing, so addition's (next likeliest) is given.
    likeliest = prediction(addition=0.3, parity=0.4, reversal=0.1, unsupported=0.2)
    completion = decide("anything", likeliest, skills=_refusing(reasons, asked))
    assert completion.veto_reason == reasons["addition"]
    assert "this asks for a division" in completion.headline
    assert asked == ["parity", "addition"]  # reversal's reason was never needed


def test_a_tie_between_two_reasons_goes_to_the_first_registered_skill() -> None:
    asked: list[str] = []
    reasons: dict[str, str | None] = {
        "addition": "this asks for a root",
        "parity": "this asks for a power",
        "reversal": "this asks for X",
    }
    tie = prediction(addition=0.1, parity=0.4, reversal=0.4, unsupported=0.1)
    completion = decide("anything", tie, skills=_refusing(reasons, asked))
    assert completion.veto_reason == reasons["parity"]
    assert asked == ["parity"]


# ---------------------------------------------------------------------------------------------------------
# ReasoningService: no forward pass when the classifier's answer cannot change the reply


class CountingClassifier:
    """The real classifier, counting the prompts it is asked about."""

    def __init__(self, classifier: TaskClassifier) -> None:
        self.classifier = classifier
        self.asked: list[str] = []

    def predict(self, prompt: str) -> Prediction:
        self.asked.append(prompt)
        return self.classifier.predict(prompt)


def _reply(completion: Completion) -> tuple[Any, ...]:
    return (completion.task, completion.answer, completion.confidence, completion.text, completion.veto_reason)


def test_the_service_replies_as_decide_does_and_skips_the_model_only_when_it_cannot_matter(
    trained: LoadedModel,
) -> None:
    classifier = trained.classifier
    rng = random.Random(3)
    prompts = [json.loads(line)["prompt"] for line in (EVAL_DIR / "dev.jsonl").read_text().splitlines()]
    prompts += [random_prompt(rng) for _ in range(2000)] + ["What is the capital of France?", "", "🙂"]
    counting = CountingClassifier(classifier)
    service = ReasoningService(counting, classifier.calibration)
    skipped = 0
    for prompt in prompts:
        counting.asked.clear()
        served = service.complete(prompt)
        plain = decide(prompt, classifier.predict(prompt), classifier.calibration)
        assert _reply(served) == _reply(plain), prompt
        if counting.asked:
            assert served.model_label == plain.model_label
        else:
            skipped += 1
            assert served.model_label is None and plain.task == "unsupported" and plain.confidence == 1.0
    assert skipped > len(prompts) / 20  # the shortcut is exercised


def test_the_model_is_asked_when_two_skills_say_what_the_prompt_asks_for(trained: LoadedModel) -> None:
    counting = CountingClassifier(trained.classifier)
    service = ReasoningService(counting, trained.classifier.calibration)
    service.complete("how many vowels are in banana?")  # only reversal's refusal names something
    service.complete("Write me a poem about the sea")  # no refusal names anything
    assert counting.asked == []
    service.complete("What is 7 times 8?")  # every number skill names the same reason: a multiplication
    assert counting.asked == []
    completion = service.complete("is 2.5 times 3 even?")  # a multiplication, or 2.5 is not a whole number
    assert counting.asked == ["is 2.5 times 3 even?"]
    assert completion.model_label is not None


@pytest.mark.parametrize(
    "prompt",
    [
        "what's the difference between baking soda and baking powder",
        "what is the difference between a crocodile and an alligator",
    ],
)
@pytest.mark.parametrize("leaning", ["unsupported", "reversal", "parity"])
def test_a_refusal_never_names_a_task_the_app_does(prompt: str, leaning: str) -> None:
    """A skill vetoes another's cue ("this asks for a subtraction"); said to the user before "I can ... subtract
    whole numbers", that reason contradicts the reply, so the refusal gives none."""
    reply = decide(prompt, prediction(**{leaning: 0.9}))
    assert (reply.task, reply.answer, reply.veto_reason) == ("unsupported", None, None)
    assert reply.text.startswith("Sorry, I can't help with that. I can ")
    multiplication = decide("what is 7 times 8", prediction(**{leaning: 0.9}))
    assert multiplication.veto_reason == "this asks for a multiplication"  # a task no skill does is still named
