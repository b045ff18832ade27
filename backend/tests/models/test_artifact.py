"""The weights artifact: written, reloaded without retraining, retrained when stale or unusable, safe.

These use a deliberately tiny training recipe so each cold start takes well under a second.
"""

from __future__ import annotations

import logging
import os
import pickle
from pathlib import Path

import pytest
import torch

from app.models import reasoning_model
from app.models.calibration import Calibration
from app.models.loader import load_or_train
from app.models.reasoning_model import ModelConfig, TrainConfig, recipe_fingerprint
from app.skills import TASK_LABELS

TINY_MODEL = ModelConfig(embedding_dim=8, conv_channels=8, hidden_dim=8)
TINY_TRAINING = TrainConfig(samples_per_label=40, validation_per_label=10, epochs=1)


def cold_start(path: Path) -> str:
    return load_or_train(path, TINY_MODEL, TINY_TRAINING).source


def test_first_boot_trains_and_writes_the_artifact_then_later_boots_load_it(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "model.pt"
    first = load_or_train(path, TINY_MODEL, TINY_TRAINING)
    assert (first.source, first.persisted) == ("trained", True)
    assert path.is_file()
    assert not list(path.parent.glob("*.tmp"))  # the temp file was renamed, not left behind
    modified = path.stat().st_mtime_ns

    second = load_or_train(path, TINY_MODEL, TINY_TRAINING)
    assert second.source == "cache"
    assert path.stat().st_mtime_ns == modified  # loaded, not retrained
    prompt = "what is 2 plus 3"
    assert second.classifier.predict(prompt) == first.classifier.predict(prompt)


def test_the_artifact_carries_everything_needed_to_rebuild_the_model(tmp_path: Path) -> None:
    path = tmp_path / "model.pt"
    cold_start(path)
    checkpoint = torch.load(path, weights_only=True)
    assert {"state_dict", "vocabulary", "labels", "model_config", "calibration", "fingerprint"} <= checkpoint.keys()
    assert checkpoint["labels"] == list(TASK_LABELS)
    assert checkpoint["fingerprint"] == recipe_fingerprint(TINY_MODEL, TINY_TRAINING)
    rebuilt = reasoning_model.TinyReasoningModel(ModelConfig(**checkpoint["model_config"]))
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
    assert recipe_fingerprint(TINY_MODEL, TINY_TRAINING) != recipe_fingerprint(
        TINY_MODEL, TrainConfig(samples_per_label=41, validation_per_label=10, epochs=1)
    )
    assert recipe_fingerprint(TINY_MODEL, TINY_TRAINING) == recipe_fingerprint(
        ModelConfig(embedding_dim=8, conv_channels=8, hidden_dim=8),
        TrainConfig(samples_per_label=40, validation_per_label=10, epochs=1),
    )


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
    assert torch.load(path, weights_only=True)["labels"][0] == "addition"


def test_an_unwritable_weights_path_trains_and_serves_from_memory(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "a-file-not-a-folder"
    blocker.write_text("x")
    path = blocker / "model.pt"  # its parent is a file: nothing can be written there, even as root
    with caplog.at_level(logging.WARNING):
        loaded = load_or_train(path, TINY_MODEL, TINY_TRAINING)
    assert (loaded.source, loaded.persisted) == ("trained", False)
    assert "serving from memory" in caplog.text
    assert loaded.classifier.predict("is 4 even").label in TASK_LABELS


def test_an_interrupted_write_leaves_the_old_artifact_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "model.pt"
    cold_start(path)
    before = path.read_bytes()
    loaded = load_or_train(path, TINY_MODEL, TINY_TRAINING)

    def crash(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt  # the process dies in the middle of writing

    monkeypatch.setattr(reasoning_model.os, "fsync", crash)  # after part of the file is written
    model = loaded.classifier.model
    with pytest.raises(KeyboardInterrupt):
        report = reasoning_model.TrainingReport(1, 0, 0, 0, 1, 1)
        reasoning_model.save_artifact(path, model, Calibration(), "fp", report)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.tmp"))
