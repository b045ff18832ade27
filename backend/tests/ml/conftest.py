"""The torch path, as the reference the served NumPy path is compared with."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.ml.artifact import load_artifact
from app.ml.loader import LoadedModel
from app.ml.reference import TorchClassifier
from app.skills import TASK_LABELS


@pytest.fixture(scope="session")
def reference(weights_path: Path, trained: LoadedModel) -> TorchClassifier:
    """The session's trained checkpoint, run by torch (as the server ran it before issue 17)."""
    model, calibration, _ = load_artifact(weights_path, trained.fingerprint, TASK_LABELS)
    return TorchClassifier(model, calibration, TASK_LABELS)
