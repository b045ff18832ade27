"""The training report in the artifact (issue 18): history, confusion matrix, reliability bins; the same whether
the model was trained at boot (the loader's child process) or by `python -m app.train`."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest
from tiny import TINY_MODEL, TINY_TRAINING

from app.ml.artifact import recipe_fingerprint, save_artifact
from app.ml.export import load_export
from app.ml.loader import LoadedModel, load_or_train
from app.ml.report import confusion_matrix, reliability_bins
from app.ml.training import train_model
from app.services.classifier_setup import TRAINING_TASK
from app.skills import TASK_LABELS


def _comparable(report: dict[str, Any]) -> dict[str, Any]:
    """The report without what only the clock decides."""
    history = [{k: v for k, v in entry.items() if k != "seconds"} for entry in report["history"]]
    return {k: v for k, v in report.items() if k not in {"seconds", "trained_at"}} | {"history": history}


def test_a_model_trained_at_boot_has_the_report_of_one_trained_by_make_train(tmp_path: Path) -> None:
    booted = load_or_train(tmp_path / "boot" / "model.pt", TRAINING_TASK, TINY_MODEL, TINY_TRAINING)
    assert booted.source == "trained"
    # What app/train.py does: train_model, then save_artifact (checkpoint + export), then the server reads it.
    model, calibration, report = train_model(TRAINING_TASK, TINY_MODEL, TINY_TRAINING)
    fingerprint = recipe_fingerprint(TRAINING_TASK, TINY_MODEL, TINY_TRAINING)
    path = tmp_path / "make-train" / "model.pt"
    save_artifact(path, model, calibration, fingerprint, report, labels=TASK_LABELS)
    served = load_export(path, fingerprint, TASK_LABELS).report
    assert _comparable(served) == _comparable(booted.report)
    assert served["history"] and served["confusion"] and served["reliability"]


def test_the_report_describes_the_trained_model(trained: LoadedModel, weights_path: Path) -> None:
    report = trained.report
    history = report["history"]
    assert [entry["epoch"] for entry in history] == list(range(1, len(history) + 1))
    assert all(math.isfinite(entry["loss"]) and entry["loss"] > 0 for entry in history)
    assert history[0]["loss"] > history[-1]["loss"]  # it learned
    for entry in history:
        assert 0.0 <= entry["train_accuracy"] <= 1.0 and 0.0 <= entry["validation_accuracy"] <= 1.0
    # The last epoch's validation accuracy is the model's: scored on the same prompts.
    assert history[-1]["validation_accuracy"] == pytest.approx(report["validation_accuracy"])
    arrays = load_export(weights_path, trained.fingerprint, TASK_LABELS).arrays
    assert report["parameters"] == sum(array.size for array in arrays.values())
    confusion = report["confusion"]
    assert confusion["labels"] == list(TASK_LABELS)
    total = sum(map(sum, confusion["matrix"]))
    right = sum(confusion["matrix"][i][i] for i in range(len(TASK_LABELS)))
    bins = report["reliability"]
    assert len(bins) == 10 and sum(b["count"] for b in bins) == total > 0
    # The bins hold the same answers as the matrix: the right ones add up to its diagonal.
    assert sum(b["count"] * b["accuracy"] for b in bins) == pytest.approx(right)
    # Answered as the service answers (the parsers' vetoes included). Since issue 15 the validation split holds
    # paraphrases and word problems the phrase rules do not read, which they refuse until the model's spans can
    # be solved from: 0.87 with the default recipe (0.96 before those prompts).
    assert right / total > 0.85
    for number, b in enumerate(bins):
        assert (b["lower"], b["upper"]) == pytest.approx((number / 10, (number + 1) / 10))
        if b["count"]:
            assert b["lower"] <= b["confidence"] <= b["upper"]


def test_confusion_matrix_rows_are_expected_columns_answered() -> None:
    result = confusion_matrix(["a", "a", "b"], ["a", "b", "b"], ["a", "b", "c"])
    assert result == {"labels": ["a", "b", "c"], "matrix": [[1, 1, 0], [0, 1, 0], [0, 0, 0]]}


def test_reliability_bins_count_mean_confidence_and_accuracy() -> None:
    bins = reliability_bins([0.05, 0.95, 1.0, 0.91, 0.5], [False, True, True, False, True])
    assert [b["count"] for b in bins] == [1, 0, 0, 0, 0, 1, 0, 0, 0, 3]
    assert bins[9]["confidence"] == pytest.approx((0.95 + 1.0 + 0.91) / 3)
    assert bins[9]["accuracy"] == pytest.approx(2 / 3)
    assert (bins[1]["confidence"], bins[1]["accuracy"]) == (0.0, 0.0)
