"""The reasoning-quality targets, checked on the held-out set with the production recipe, so that a
regression in the data, the model, the calibration or a parser fails CI (issue: reasoning quality)."""

from __future__ import annotations

from typing import Any

import pytest

from app.ml.loader import LoadedModel
from devtools.evaluate import HELDOUT_PATH, evaluate_classifier, load_examples, with_rules


@pytest.fixture(scope="module")
def report(trained: LoadedModel) -> dict[str, Any]:
    examples = load_examples(HELDOUT_PATH)
    assert len(examples) >= 400
    return evaluate_classifier(trained.classifier.predict, trained.classifier.calibration, examples)


def test_in_scope_prompts_are_answered_right(report: dict[str, Any]) -> None:
    assert report["with_rules"]["in_scope_accuracy"] >= 0.98


def test_out_of_scope_prompts_are_refused(report: dict[str, Any]) -> None:
    assert report["with_rules"]["out_of_scope_refused"] >= 0.97


def test_in_scope_prompts_are_rarely_refused(report: dict[str, Any]) -> None:
    assert report["with_rules"]["in_scope_wrongly_refused"] <= 0.02


def test_confidence_is_calibrated(report: dict[str, Any]) -> None:
    assert report["with_rules"]["ece"] <= 0.05


def test_variants_of_one_prompt_get_the_same_answer(report: dict[str, Any]) -> None:
    # Upper case, one typo, "please" / "step by step" added: 40 groups; allow one to differ.
    assert report["with_rules"]["invariance"] >= 0.97


def test_the_classifier_carries_its_weight_without_the_rules(report: dict[str, Any]) -> None:
    # The GRU alone, with no veto and no parser evidence, still recognises most prompts.
    assert report["without_rules"]["task_accuracy"] >= 0.90


def test_confidence_is_the_models_own_and_varies(trained: LoadedModel) -> None:
    examples = load_examples(HELDOUT_PATH)[:200]
    outcomes = [with_rules(e, trained.classifier.predict(e.prompt), trained.classifier.calibration) for e in examples]
    confidences = [outcome.confidence for outcome in outcomes]
    # Not a constant, not a handful of rule values. The model is sure of most held-out prompts (192 of these 200
    # round to 1.000), so the values are told apart at 6 decimals.
    assert len({round(c, 6) for c in confidences}) > 20
    assert all(0.0 <= c <= 1.0 for c in confidences)
