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


def tagging_scores(
    gold: Sequence[Sequence[tuple[int, int, str]]],
    predicted: Sequence[Sequence[tuple[int, int, str]]],
    gold_chars: Sequence[bytes],
    predicted_chars: Sequence[Sequence[int]],
    tasks: Sequence[str],
) -> dict[str, dict[str, float]]:
    """The tagger's quality per task: ``exact`` (the share of prompts whose predicted operand spans are exactly
    the generated ones, roles included), ``char_f1`` (F1 of the characters tagged as part of an operand, role
    included, over all of the task's prompts) and ``prompts`` (how many)."""
    scores: dict[str, dict[str, float]] = {}
    for task in dict.fromkeys(tasks):
        members = [index for index, each in enumerate(tasks) if each == task]
        exact = sum(sorted(gold[i]) == sorted(predicted[i]) for i in members)
        hits = wanted = found = 0
        for i in members:
            truth, guess = gold_chars[i], predicted_chars[i]
            for want, got in zip(truth, guess, strict=True):
                # Tags 2k + 1 and 2k + 2 are role k's first and inner characters: a character is in role k's span.
                want_role, got_role = (want + 1) // 2 if want else 0, (got + 1) // 2 if got else 0
                wanted += want_role > 0
                found += got_role > 0
                hits += want_role > 0 and want_role == got_role
        precision = hits / found if found else 1.0
        recall = hits / wanted if wanted else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores[task] = {"exact": exact / len(members), "char_f1": f1, "prompts": float(len(members))}
    return scores
