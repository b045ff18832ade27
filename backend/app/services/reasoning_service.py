"""Orchestration only: classifier -> skill parse -> solve -> explain -> one reply.

The classifier ranks the task labels; the first label whose skill accepts the prompt wins. A skill may veto
(``Rejected``) — "5 minus 3" is not an addition whatever the model thinks — and the next label is tried;
"unsupported" always accepts. The reported confidence is the model's own calibrated probability of the
chosen label, conditioned on the vetoes: p(label) / p(labels not vetoed).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from app.models.reasoning_model import Prediction
from app.skills import SKILLS, TASK_LABELS, UNSUPPORTED, refusal_message
from app.skills.base import Missing, Parsed, Rejected, Skill


class Classifier(Protocol):
    def predict(self, prompt: str) -> Prediction: ...


@dataclass(frozen=True)
class Completion:
    task: str
    answer: str | None
    confidence: float
    headline: str
    steps: list[str]
    model_label: str  # the classifier's own first choice, before any veto
    veto_reason: str | None = None

    @property
    def text(self) -> str:
        lines = [self.headline, *(f"{number}. {step}" for number, step in enumerate(self.steps, start=1))]
        lines.append(f"(model confidence in task type: {self.confidence * 100:.1f}%)")
        return "\n".join(lines)


def decide(prompt: str, prediction: Prediction, skills: Mapping[str, Skill[Any]] = SKILLS) -> Completion:
    """Turn a prediction into a reply (pure: no model call here, so it is easy to test and to batch)."""
    ranked = sorted(TASK_LABELS, key=prediction.probability, reverse=True)
    remaining_mass = 1.0
    veto_reason: str | None = None
    for label in ranked:
        probability = prediction.probability(label)
        confidence = probability / remaining_mass if remaining_mass > 0 else 0.0
        confidence = min(1.0, max(0.0, confidence))
        if label == UNSUPPORTED:
            return Completion(UNSUPPORTED, None, confidence, refusal_message(veto_reason), [],
                              prediction.label, veto_reason)
        skill = skills[label]
        parsed = skill.parse(prompt)
        if isinstance(parsed, Rejected):
            veto_reason = veto_reason or parsed.reason
            remaining_mass -= probability
            continue
        if isinstance(parsed, Missing):
            return Completion(label, None, confidence, parsed.message, [], prediction.label)
        assert isinstance(parsed, Parsed)
        answer = skill.solve(parsed.operands)
        explanation = skill.explain(parsed.operands, answer)
        return Completion(label, answer, confidence, explanation.headline, list(explanation.steps),
                          prediction.label)
    raise AssertionError("unreachable: 'unsupported' is always among the ranked labels")


class ReasoningService:
    def __init__(self, classifier: Classifier, skills: Mapping[str, Skill[Any]] = SKILLS) -> None:
        self.classifier = classifier
        self.skills = skills

    def complete(self, prompt: str) -> Completion:
        return decide(prompt, self.classifier.predict(prompt), self.skills)
