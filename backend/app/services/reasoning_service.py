"""Orchestration only: classifier -> skill parse -> solve -> explain -> one reply.

The classifier scores the task labels; every skill parses the prompt. A skill may veto (``Rejected``):
"5 minus 3" is not an addition whatever the model thinks. The remaining labels are ranked by the
classifier's calibrated posterior updated with the parsers' outcomes (see app/ml/calibration.py);
"unsupported" can never be vetoed. The reported confidence is that posterior of the chosen label.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

from app.chains.skill import FUSED_SKILLS, PlanItem, parse_fused, plan_of
from app.ml.calibration import Calibration, Outcome, softmax
from app.ml.inference import Prediction
from app.services.classifier_setup import outcome_of
from app.skills import TASK_LABELS, UNSUPPORTED, refusal_message
from app.skills.base import Missing, Parsed, ParseResult, Rejected, Skill


class Classifier(Protocol):
    def predict(self, prompt: str) -> Prediction: ...


@dataclass(frozen=True)
class Evidence:
    """What one skill's parser found: "parsed" with its operands as the explanation shows them, "missing",
    or "rejected" (``reason`` says what the prompt asks for instead, if anything worth telling)."""

    outcome: Outcome
    operands: tuple[str, ...] = ()
    rejected: Rejected | None = None

    @property
    def reason(self) -> str | None:
        # Read on demand (see Rejected): a reply only works out the reasons it is asked to show.
        return self.rejected.why if self.rejected is not None else None


def evidence_of(results: Mapping[str, ParseResult[Any]], skills: Mapping[str, Skill[Any]]) -> dict[str, Evidence]:
    """Every parser's finding, by skill name (registry order)."""
    evidence: dict[str, Evidence] = {}
    for name, result in results.items():
        if isinstance(result, Parsed):
            evidence[name] = Evidence("parsed", tuple(skills[name].show_operands(result.operands)))
        elif isinstance(result, Missing):
            evidence[name] = Evidence("missing")
        else:
            evidence[name] = Evidence("rejected", rejected=result)
    return evidence


@dataclass(frozen=True)
class Completion:
    task: str
    answer: str | None
    confidence: float
    headline: str
    steps: list[str]
    model_label: str | None  # the classifier's own first choice, before any veto; None if not asked
    veto_reason: str | None = None  # for a refusal: what the prompt asks for instead (a Rejected.why)
    conclusion: str | None = None  # "The final answer is 5." (the last step says it too); None unless solved
    # The posterior the confidence is read from, by label (TASK_LABELS order); None if the model was not asked.
    probabilities: Mapping[str, float] | None = None
    evidence: Mapping[str, Evidence] = field(default_factory=dict)  # each parser's finding, by skill name
    plan: tuple[PlanItem, ...] = ()  # the steps executed (one for a single task); () unless solved

    @property
    def model_asked(self) -> bool:
        return self.model_label is not None

    @property
    def text(self) -> str:
        lines = [self.headline, *(f"{number}. {step}" for number, step in enumerate(self.steps, start=1))]
        lines.append(f"(model confidence in task type: {self.confidence * 100:.1f}%)")
        return "\n".join(lines)


def decide(
    prompt: str,
    prediction: Prediction,
    calibration: Calibration | None = None,
    skills: Mapping[str, Skill[Any]] = FUSED_SKILLS,
) -> Completion:
    """Turn a prediction into a reply (pure: no model call here, so it is easy to test and to batch)."""
    return _decide(parse_all(prompt, skills), prediction, calibration, skills)


def parse_all(prompt: str, skills: Mapping[str, Skill[Any]] = FUSED_SKILLS) -> dict[str, ParseResult[Any]]:
    """Every skill's parse of the prompt, by label, and the chain recogniser's when it is in ``skills`` (a
    recognised chain vetoes the single skills: see app/chains/skill.py with_chain)."""
    return parse_fused(prompt, skills)


def refusal_without_the_model(
    results: Mapping[str, ParseResult[Any]], skills: Mapping[str, Skill[Any]] = FUSED_SKILLS
) -> Completion | None:
    """The reply decide() gives whatever the classifier says, when it can be known without asking it.

    That is when every skill vetoes the prompt and at most one reason is given for what it asks instead: a
    vetoed label gets no probability, so "unsupported" has all of it (confidence 1.0), and the reason is
    that one, or none. With two reasons, the classifier picks which to give; then this returns None.
    """
    vetoes = [result for result in results.values() if isinstance(result, Rejected)]
    if len(vetoes) < len(results) or len(results) != len(TASK_LABELS) - 1:
        return None  # a skill did not veto, or a label has no skill (decide() would not fuse such results)
    reasons = {veto.why for veto in vetoes if veto.worth_telling}
    if len(reasons) > 1:
        return None  # two different reasons: the classifier's ranking decides which one is given
    reason = next(iter(reasons), None)
    evidence = evidence_of(results, skills)
    return Completion(UNSUPPORTED, None, 1.0, refusal_message(reason), [], None, reason, evidence=evidence)


def _decide(
    results: Mapping[str, ParseResult[Any]],
    prediction: Prediction,
    calibration: Calibration | None,
    skills: Mapping[str, Skill[Any]],
) -> Completion:
    outcomes = {label: outcome_of(result) for label, result in results.items()}
    scores = (calibration or Calibration()).fused_scores(prediction.logits, outcomes, TASK_LABELS)
    posterior = [min(1.0, max(0.0, value)) for value in softmax(scores)]
    chosen = max(range(len(TASK_LABELS)), key=posterior.__getitem__)
    label, confidence = TASK_LABELS[chosen], posterior[chosen]
    # Carried as computed: the reply shows the very distribution its confidence is read from (no second pass).
    probabilities, evidence = dict(zip(TASK_LABELS, posterior, strict=True)), evidence_of(results, skills)
    if label == UNSUPPORTED:
        # Tell the user why when a skill recognised what is asked ("... this asks for a multiplication"),
        # preferring the skill the model found likeliest. Reasons are worked out on demand (see Rejected), so
        # read them likeliest skill first and stop at the first that names something; ties go to the first
        # registered skill.
        vetoes = sorted(
            (
                (prediction.probability(name), -order, result)
                for order, (name, result) in enumerate(results.items())
                if isinstance(result, Rejected)
            ),
            key=lambda veto: veto[:2],
            reverse=True,
        )
        reason = next((veto.why for _, _, veto in vetoes if veto.worth_telling), None)
        return Completion(
            UNSUPPORTED,
            None,
            confidence,
            refusal_message(reason),
            [],
            prediction.label,
            reason,
            probabilities=probabilities,
            evidence=evidence,
        )
    skill, parsed = skills[label], results[label]
    if isinstance(parsed, Missing):
        return Completion(
            label,
            None,
            confidence,
            parsed.message,
            [],
            prediction.label,
            probabilities=probabilities,
            evidence=evidence,
        )
    assert isinstance(parsed, Parsed)
    answer = skill.solve(parsed.operands)
    explanation = skill.explain(parsed.operands, answer)
    return Completion(
        label,
        answer,
        confidence,
        explanation.headline,
        explanation.all_steps,
        prediction.label,
        conclusion=explanation.conclusion,
        probabilities=probabilities,
        evidence=evidence,
        plan=plan_of(skill, parsed.operands, answer, explanation),
    )


class ReasoningService:
    def __init__(
        self,
        classifier: Classifier,
        calibration: Calibration | None = None,
        skills: Mapping[str, Skill[Any]] = FUSED_SKILLS,
    ) -> None:
        self.classifier = classifier
        self.calibration = calibration or Calibration()
        self.skills = skills

    def complete(self, prompt: str) -> Completion:
        results = parse_all(prompt, self.skills)
        # A prompt every skill refuses often needs no forward pass (most off-topic prompts, each new to the
        # prediction cache): the reply is the same whatever the classifier would say.
        refusal = refusal_without_the_model(results, self.skills)
        if refusal is not None:
            return refusal
        return _decide(results, self.classifier.predict(prompt), self.calibration, self.skills)
