"""The weights artifact and its serving export: written, reloaded without retraining, retrained when stale or
unusable, re-exported when the export is missing or does not match, safe."""

from __future__ import annotations

import dataclasses
import logging
import os
import pickle
from pathlib import Path

import numpy as np
import pytest
import torch
from tiny import EASY_PROMPTS, LEARNING_MODEL, LEARNING_TRAINING, TINY_MODEL, TINY_TRAINING

from app.ml import artifact
from app.ml.artifact import load_artifact, recipe_fingerprint
from app.ml.calibration import Calibration
from app.ml.config import ModelConfig, TrainConfig
from app.ml.export import export_path
from app.ml.model import TinyReasoningModel
from app.ml.reference import TorchClassifier
from app.ml.training import TrainingReport
from app.services.classifier_setup import TRAINING_TASK, load_classifier
from app.skills import TASK_LABELS

PROMPTS = ("what is 2 plus 3", "is 4 even", "reverse the word cat", "tell me a joke", "")


def cold_start(path: Path) -> str:
    return load_classifier(path, TINY_MODEL, TINY_TRAINING).source


def _fingerprint() -> str:
    return recipe_fingerprint(TRAINING_TASK, TINY_MODEL, TINY_TRAINING)


def test_first_boot_trains_and_writes_both_files_then_later_boots_load_them(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "model.pt"
    first = load_classifier(path, TINY_MODEL, TINY_TRAINING)
    assert (first.source, first.persisted) == ("trained", True)
    assert path.is_file() and export_path(path).is_file()
    assert not list(path.parent.glob("*.tmp"))  # the temp files were renamed, not left behind
    modified = path.stat().st_mtime_ns, export_path(path).stat().st_mtime_ns

    second = load_classifier(path, TINY_MODEL, TINY_TRAINING)
    assert second.source == "cache"
    assert (path.stat().st_mtime_ns, export_path(path).stat().st_mtime_ns) == modified  # loaded, not rewritten
    for prompt in PROMPTS:
        assert second.classifier.predict(prompt) == first.classifier.predict(prompt)


def test_the_artifact_carries_everything_needed_to_rebuild_the_model(tmp_path: Path) -> None:
    path = tmp_path / "model.pt"
    cold_start(path)
    checkpoint = torch.load(path, weights_only=True)
    assert {"state_dict", "vocabulary", "labels", "model_config", "calibration", "fingerprint"} <= checkpoint.keys()
    assert checkpoint["labels"] == list(TASK_LABELS)
    assert checkpoint["fingerprint"] == _fingerprint()
    rebuilt = TinyReasoningModel(ModelConfig(**checkpoint["model_config"]))
    rebuilt.load_state_dict(checkpoint["state_dict"])


def test_a_stale_fingerprint_is_retrained(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "model.pt"
    cold_start(path)
    checkpoint = torch.load(path, weights_only=True)
    checkpoint["fingerprint"] = "an-older-recipe"
    torch.save(checkpoint, path)
    with caplog.at_level(logging.WARNING):
        assert cold_start(path) == "trained"
    assert "stale artifact" in caplog.text
    assert cold_start(path) == "cache"  # and the retrained artifact replaced the stale one


def test_a_different_recipe_has_a_different_fingerprint() -> None:
    assert _fingerprint() != recipe_fingerprint(
        TRAINING_TASK, TINY_MODEL, TrainConfig(samples_per_label=41, validation_per_label=10, epochs=1)
    )
    assert _fingerprint() == recipe_fingerprint(
        TRAINING_TASK,
        dataclasses.replace(TINY_MODEL),  # an equal recipe, built anew
        TrainConfig(samples_per_label=40, validation_per_label=10, epochs=1),
    )
    assert _fingerprint() != recipe_fingerprint(
        TRAINING_TASK, dataclasses.replace(TINY_MODEL, num_tags=3), TINY_TRAINING
    )
    fewer_labels = dataclasses.replace(TRAINING_TASK, labels=TASK_LABELS[1:])
    assert recipe_fingerprint(fewer_labels, TINY_MODEL, TINY_TRAINING) != _fingerprint()


@pytest.mark.parametrize("content", [b"", b"garbage, not a checkpoint", b"PK\x03\x04truncated zip"])
def test_garbage_or_truncated_artifacts_are_retrained_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, content: bytes
) -> None:
    path = tmp_path / "model.pt"
    path.write_bytes(content)
    with caplog.at_level(logging.WARNING):
        assert cold_start(path) == "trained"
    assert "retraining" in caplog.text
    assert cold_start(path) == "cache"


def test_a_truncated_real_artifact_is_retrained(tmp_path: Path) -> None:
    path = tmp_path / "model.pt"
    cold_start(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    assert cold_start(path) == "trained"


class _Payload:
    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, ("touch PWNED",))


def test_a_malicious_pickle_is_never_executed_and_is_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "model.pt"
    torch.save({"state_dict": _Payload()}, path, pickle_module=pickle)
    with caplog.at_level(logging.WARNING):
        assert cold_start(path) == "trained"
    assert not (tmp_path / "PWNED").exists()
    assert torch.load(path, weights_only=True)["labels"][0] == TASK_LABELS[0]


def test_an_unwritable_weights_path_trains_and_serves_from_memory(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "a-file-not-a-folder"
    blocker.write_text("x")
    path = blocker / "model.pt"  # its parent is a file: nothing can be written there, even as root
    with caplog.at_level(logging.WARNING):
        loaded = load_classifier(path, LEARNING_MODEL, LEARNING_TRAINING)
    assert (loaded.source, loaded.persisted) == ("trained", False)
    assert "serving from memory" in caplog.text
    # The model it serves is the one it just trained: a recipe that learns, so plain prompts get their labels.
    assert {prompt: loaded.classifier.predict(prompt).label for prompt in EASY_PROMPTS} == EASY_PROMPTS


def test_an_interrupted_write_leaves_the_old_artifact_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "model.pt"
    cold_start(path)
    before = path.read_bytes(), export_path(path).read_bytes()
    model, _, _ = load_artifact(path, _fingerprint(), TASK_LABELS)

    def crash(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt  # the process dies in the middle of writing

    monkeypatch.setattr(artifact.os, "fsync", crash)  # after part of the file is written
    with pytest.raises(KeyboardInterrupt):
        report = TrainingReport(1, 0, 0, 0, 1, 1)
        artifact.save_artifact(path, model, Calibration(), "fp", report, labels=TASK_LABELS)
    assert (path.read_bytes(), export_path(path).read_bytes()) == before
    assert not list(tmp_path.glob("*.tmp"))


# ---- the serving export ---------------------------------------------------------------------------------
def test_a_missing_export_is_made_again_from_the_checkpoint_without_retraining(tmp_path: Path) -> None:
    path = tmp_path / "model.pt"
    first = load_classifier(path, TINY_MODEL, TINY_TRAINING)
    checkpoint = path.read_bytes()
    export_path(path).unlink()
    again = load_classifier(path, TINY_MODEL, TINY_TRAINING)
    assert (again.source, again.persisted) == ("cache", True)
    assert path.read_bytes() == checkpoint  # not retrained
    assert export_path(path).is_file()
    for prompt in PROMPTS:
        assert again.classifier.predict(prompt) == first.classifier.predict(prompt)


@pytest.mark.parametrize("content", [b"", b"not an npz", b"PK\x03\x04truncated zip"])
def test_a_garbage_export_is_made_again(tmp_path: Path, caplog: pytest.LogCaptureFixture, content: bytes) -> None:
    path = tmp_path / "model.pt"
    cold_start(path)
    checkpoint = path.read_bytes()
    export_path(path).write_bytes(content)
    with caplog.at_level(logging.WARNING):
        assert cold_start(path) == "cache"
    assert "Not serving the export" in caplog.text
    assert path.read_bytes() == checkpoint
    assert cold_start(path) == "cache" and export_path(path).read_bytes() != content


def test_an_export_of_another_checkpoint_is_never_served(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """The checkpoint was replaced (same recipe, other weights) and the old export left beside it: the
    server serves the new weights, never the old export's."""
    path = tmp_path / "model.pt"
    cold_start(path)
    old_export = export_path(path).read_bytes()
    checkpoint = torch.load(path, weights_only=True)
    checkpoint["state_dict"]["head.bias"] += torch.tensor([0.0] * (len(TASK_LABELS) - 1) + [25.0])
    torch.save(checkpoint, path)
    assert export_path(path).read_bytes() == old_export
    with caplog.at_level(logging.WARNING):
        loaded = load_classifier(path, TINY_MODEL, TINY_TRAINING)
    assert "checkpoint beside it is not the one it was made from" in caplog.text
    assert loaded.source == "cache"
    model, calibration, _ = load_artifact(path, _fingerprint(), TASK_LABELS)
    reference = TorchClassifier(model, calibration, TASK_LABELS)
    for prompt in PROMPTS:
        served, expected = loaded.classifier.predict(prompt), reference.predict(prompt)
        assert served.label == expected.label == TASK_LABELS[-1]  # the bias decides
        assert max(abs(a - b) for a, b in zip(served.probabilities, expected.probabilities, strict=True)) < 1e-6


def test_an_export_whose_arrays_do_not_fit_its_config_is_made_again(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A well-formed .npz naming the right checkpoint, but with an array missing: never served."""
    path = tmp_path / "model.pt"
    cold_start(path)
    with np.load(export_path(path)) as npz:
        arrays = {name: npz[name] for name in npz.files if name != "head.bias"}
    np.savez(export_path(path), allow_pickle=False, **arrays)
    with caplog.at_level(logging.WARNING):
        assert cold_start(path) == "cache"
    assert "do not match its model config" in caplog.text
    with np.load(export_path(path)) as npz:
        assert "head.bias" in npz.files
