"""The training report's evaluation: a confusion matrix and reliability bins (plain Python, no torch).

training.py fills them in for the validation split when it trains, and the artifact carries them, so
GET /api/model serves the same report whether the model was trained at boot or by `make train`; devtools/evaluate.py
draws the same charts for the held-out set.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

RELIABILITY_BINS = 10


def confusion_matrix(expected: Sequence[str], predicted: Sequence[str], labels: Sequence[str]) -> dict[str, Any]:
    """{"labels", "matrix"}: matrix[i][j] counts the prompts of labels[i] answered as labels[j]."""
    index = {label: position for position, label in enumerate(labels)}
    matrix = [[0] * len(labels) for _ in labels]
    for truth, guess in zip(expected, predicted, strict=True):
        matrix[index[truth]][index[guess]] += 1
    return {"labels": list(labels), "matrix": matrix}


def reliability_bins(
    confidences: Sequence[float], correct: Sequence[bool], bins: int = RELIABILITY_BINS
) -> list[dict[str, Any]]:
    """Equal-width bins of confidence over [0, 1]: each with its count, mean confidence and accuracy (0.0 when
    empty; a confidence of exactly 1 falls in the last bin)."""
    members: list[list[int]] = [[] for _ in range(bins)]
    for position, confidence in enumerate(confidences):
        members[min(int(confidence * bins), bins - 1)].append(position)
    result = []
    for number, positions in enumerate(members):
        count = len(positions)
        result.append(
            {
                "lower": number / bins,
                "upper": (number + 1) / bins,
                "count": count,
                "confidence": sum(confidences[p] for p in positions) / count if count else 0.0,
                "accuracy": sum(correct[p] for p in positions) / count if count else 0.0,
            }
        )
    return result
