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
    """The session's trained checkpoint, run by torch in float64, the precision the NumPy runtime computes in.

    In float32, as the server ran it before issue 17, torch's own rounding moves a probability by up to about
    1e-6 (1.02e-6 seen), so float32 is compared separately, on labels (test_numpy_forward.py)."""
    model, calibration, _ = load_artifact(weights_path, trained.fingerprint, TASK_LABELS)
    return TorchClassifier(model.double(), calibration, TASK_LABELS)


@pytest.fixture(scope="session")
def reference_float32(weights_path: Path, trained: LoadedModel) -> TorchClassifier:
    """The trained checkpoint run by torch exactly as the server ran it before issue 17 (float32)."""
    model, calibration, _ = load_artifact(weights_path, trained.fingerprint, TASK_LABELS)
    return TorchClassifier(model, calibration, TASK_LABELS)
