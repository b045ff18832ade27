"""Calibrated confidence: the classifier's probabilities, updated by what the skills' parsers found.

Two things are fitted on the validation split after training, and saved in the artifact with the weights:

- ``temperature``: temperature scaling of the classifier alone (Guo et al., 2017);
- ``evidence``: for each skill and each parse outcome ("parsed", "missing"), the log likelihood ratio
  log P(outcome | the prompt is that task) - log P(outcome | it is not), with add-one smoothing, and a
  ``fused_temperature`` for the combination.

At answer time the posterior of each label is softmax(logits / fused_temperature + evidence), where a skill
that vetoes the prompt ("rejected") gets no probability at all. This is a naive-Bayes update of the
classifier's own probabilities with the parsers' outcomes, calibrated on held-out synthetic data, so the
reported confidence stays a probability that means what it says.

Applying a calibration is plain Python (the serving process has no torch); fitting one uses torch, imported
by the two fit functions only. The parsers' outcomes are given as strings: this package knows no skill.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    import torch

# "rejected": the skill's rules veto the prompt (another operation, a decimal...); "unrecognised": they found no
# cue of their task in it, which the model may overrule. "unrecognised" carries no evidence weight: the phrase
# lists are incomplete on purpose, and on the synthetic data, where they know most wordings, their silence would
# be fitted as strong evidence against the task, which it is not for a wording they lack. The model decides.
Outcome = Literal["parsed", "missing", "unrecognised", "rejected"]
SOFT_OUTCOMES: tuple[Outcome, ...] = ("parsed", "missing")


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

    def fused_scores(
        self, logits: Sequence[float], outcomes: Mapping[str, Outcome], labels: Sequence[str]
    ) -> list[float]:
        """Unnormalised log posterior of each label (in `labels` order, the logits' order); -inf where a
        skill vetoed."""
        scores = []
        for label, logit in zip(labels, logits, strict=True):
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


def fit_temperature(logits: torch.Tensor, labels: torch.Tensor, offsets: torch.Tensor | None = None) -> float:
    """The T > 0 minimising the NLL of softmax(logits / T + offsets), on a log grid from 0.25 to 4."""
    from torch import nn  # noqa: PLC0415 (training only: serving never imports torch)

    best_temperature, best_nll = 1.0, math.inf
    for step in range(-60, 61):
        temperature = 2.0 ** (step / 30)
        scaled = logits / temperature if offsets is None else logits / temperature + offsets
        nll = nn.functional.cross_entropy(scaled, labels).item()
        if nll < best_nll:
            best_temperature, best_nll = temperature, nll
    return best_temperature


def fit_calibration(
    logits: torch.Tensor,
    targets: torch.Tensor,
    outcomes: Sequence[Mapping[str, Outcome]],
    labels: Sequence[str],
) -> Calibration:
    """Fit the temperature, the parsers' evidence weights and the fused temperature on validation data.

    logits (N, L) and targets (N,) index `labels`; outcomes[i] maps each label that has a parser (a skill)
    to that parser's outcome on prompt i.
    """
    import torch  # noqa: PLC0415 (training only)

    temperature = fit_temperature(logits, targets)
    label_names = [labels[int(index)] for index in targets]
    parsed_labels = [label for label in labels if outcomes and label in outcomes[0]]
    evidence: dict[str, dict[str, float]] = {}
    for skill in parsed_labels:
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
        row = draft.fused_scores([0.0] * len(labels), prompt_outcomes, labels)
        if row[int(targets[index])] != -math.inf:
            offsets.append([value if value != -math.inf else -1e4 for value in row])
            kept.append(index)
    fused_temperature = fit_temperature(logits[kept], targets[kept], torch.tensor(offsets)) if kept else 1.0
    return Calibration(temperature, fused_temperature, evidence)
