"""Calibrated confidence: the classifier's probabilities, updated by what the skills' parsers found.

Two things are fitted on the validation split after training, and saved in the artifact with the weights:

- ``temperature``: temperature scaling of the classifier alone (Guo et al., 2017);
- ``evidence``: for each skill and each parse outcome ("parsed", "missing"), the log likelihood ratio
  log P(outcome | the prompt is that task) - log P(outcome | it is not), with add-one smoothing, and a
  ``fused_temperature`` for the combination.

At answer time the posterior of each label is softmax(logits / fused_temperature + evidence), where a skill
that vetoes the prompt (``Rejected``) gets no probability at all. This is a naive-Bayes update of the
classifier's own probabilities with the parsers' outcomes, calibrated on held-out synthetic data, so the
reported confidence stays a probability that means what it says.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import torch
from torch import nn

from app.skills import SKILLS, TASK_LABELS, UNSUPPORTED
from app.skills.base import Missing, Parsed, ParseResult, Skill

Outcome = Literal["parsed", "missing", "rejected"]
SOFT_OUTCOMES: tuple[Outcome, ...] = ("parsed", "missing")


def outcome_of(result: ParseResult[Any]) -> Outcome:
    if isinstance(result, Parsed):
        return "parsed"
    if isinstance(result, Missing):
        return "missing"
    return "rejected"


@dataclass(frozen=True)
class Calibration:
    temperature: float = 1.0
    fused_temperature: float = 1.0
    evidence: Mapping[str, Mapping[str, float]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "temperature": self.temperature,
            "fused_temperature": self.fused_temperature,
            "evidence": {label: dict(weights) for label, weights in self.evidence.items()},
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Calibration:
        calibration = cls(
            temperature=float(data["temperature"]),
            fused_temperature=float(data["fused_temperature"]),
            evidence={
                str(label): {str(o): float(w) for o, w in weights.items()}
                for label, weights in data["evidence"].items()
            },
        )
        values = [
            calibration.temperature,
            calibration.fused_temperature,
            *(w for weights in calibration.evidence.values() for w in weights.values()),
        ]
        if (
            not all(math.isfinite(v) for v in values)
            or min(calibration.temperature, calibration.fused_temperature) <= 0
        ):
            raise ValueError("calibration values must be finite and temperatures positive")
        return calibration

    def fused_scores(self, logits: Sequence[float], outcomes: Mapping[str, Outcome]) -> list[float]:
        """Unnormalised log posterior of each label (TASK_LABELS order); -inf where a skill vetoed."""
        scores = []
        for label, logit in zip(TASK_LABELS, logits, strict=True):
            outcome = outcomes.get(label)
            if outcome == "rejected":
                scores.append(-math.inf)
                continue
            bonus = self.evidence.get(label, {}).get(outcome, 0.0) if outcome else 0.0
            scores.append(logit / self.fused_temperature + bonus)
        return scores


def softmax(scores: Sequence[float]) -> list[float]:
    top = max(scores)
    exps = [math.exp(score - top) if score != -math.inf else 0.0 for score in scores]
    total = sum(exps)
    return [value / total for value in exps]


def parse_outcomes(prompt: str, skills: Mapping[str, Skill[Any]] = SKILLS) -> dict[str, Outcome]:
    return {label: outcome_of(skill.parse(prompt)) for label, skill in skills.items()}


def fit_temperature(logits: torch.Tensor, labels: torch.Tensor, offsets: torch.Tensor | None = None) -> float:
    """The T > 0 minimising the NLL of softmax(logits / T + offsets), on a log grid from 0.25 to 4."""
    best_temperature, best_nll = 1.0, math.inf
    for step in range(-60, 61):
        temperature = 2.0 ** (step / 30)
        scaled = logits / temperature if offsets is None else logits / temperature + offsets
        nll = nn.functional.cross_entropy(scaled, labels).item()
        if nll < best_nll:
            best_temperature, best_nll = temperature, nll
    return best_temperature


def fit_calibration(logits: torch.Tensor, labels: torch.Tensor, prompts: Sequence[str]) -> Calibration:
    """Fit the temperature, the parsers' evidence weights and the fused temperature on validation data."""
    temperature = fit_temperature(logits, labels)
    outcomes = [parse_outcomes(prompt) for prompt in prompts]
    label_names = [TASK_LABELS[int(index)] for index in labels]
    evidence: dict[str, dict[str, float]] = {}
    for skill in SKILLS:
        is_task = [name == skill for name in label_names]
        positives, negatives = sum(is_task), len(is_task) - sum(is_task)
        evidence[skill] = {}
        for outcome in SOFT_OUTCOMES:
            hits_pos = sum(1 for o, pos in zip(outcomes, is_task, strict=True) if pos and o[skill] == outcome)
            hits_neg = sum(1 for o, pos in zip(outcomes, is_task, strict=True) if not pos and o[skill] == outcome)
            evidence[skill][outcome] = math.log((hits_pos + 1) / (positives + 2)) - math.log(
                (hits_neg + 1) / (negatives + 2)
            )
    draft = Calibration(temperature, 1.0, evidence)
    # Fit the fused temperature on the examples whose true label survives the vetoes (the others cannot be
    # answered right whatever the confidence).
    offsets, kept = [], []
    for index, prompt_outcomes in enumerate(outcomes):
        row = draft.fused_scores([0.0] * len(TASK_LABELS), prompt_outcomes)
        if row[int(labels[index])] != -math.inf:
            offsets.append([value if value != -math.inf else -1e4 for value in row])
            kept.append(index)
    fused_temperature = fit_temperature(logits[kept], labels[kept], torch.tensor(offsets)) if kept else 1.0
    return Calibration(temperature, fused_temperature, evidence)


assert UNSUPPORTED not in SKILLS
