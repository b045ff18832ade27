"""The training artifact: the recipe's fingerprint, the .pt checkpoint, and atomic writes.

The checkpoint (torch.save of plain data: tensors, numbers, strings) is read with weights_only=True, so no
pickled code runs. Beside it, export.py writes the same weights as plain arrays for the serving process;
torch is imported by the functions that read or write a checkpoint only, never at import time.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import tempfile
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.ml.calibration import Calibration
from app.ml.config import ModelConfig, TrainConfig
from app.ml.encoding import VOCABULARY
from app.ml.task import TrainingTask

if TYPE_CHECKING:
    from app.ml.model import TinyReasoningModel
    from app.ml.training import TrainingReport


ARTIFACT_FORMAT = 1
Checkpoint = tuple["TinyReasoningModel", Calibration, dict[str, Any]]  # the model, its calibration, the report
_PACKAGE_DIR = Path(__file__).resolve().parent
# The files of this package that decide the trained weights and their calibration.
_RECIPE_SOURCES = ("encoding.py", "config.py", "model.py", "training.py", "calibration.py")


def recipe_fingerprint(task: TrainingTask, model_config: ModelConfig, train_config: TrainConfig) -> str:
    """A hash of everything that decides the trained weights and their calibration: the source of the
    network, the training loop and the calibration, the task's own sources (data generator, parsers), the
    labels, the vocabulary and both configs. A different fingerprint means a stale artifact."""
    digest = hashlib.sha256()
    for source in [*(_PACKAGE_DIR / name for name in _RECIPE_SOURCES), *task.sources]:
        digest.update(source.read_bytes())
    digest.update(
        json.dumps(
            [
                list(task.labels),
                list(VOCABULARY),
                asdict(model_config),
                asdict(train_config),
                ARTIFACT_FORMAT,
                list(task.span_roles),
            ]
        ).encode()
    )
    return digest.hexdigest()[:16]


class ArtifactError(Exception):
    """The artifact is missing, unreadable, unsafe, or was made by another recipe."""


def artifact_bytes(
    model: TinyReasoningModel,
    calibration: Calibration,
    fingerprint: str,
    report: TrainingReport,
    labels: Sequence[str],
) -> bytes:
    """The checkpoint as bytes: what save_artifact writes, and what a training child sends back."""
    import torch  # noqa: PLC0415 (only where a checkpoint is made)

    checkpoint: dict[str, Any] = {
        "format": ARTIFACT_FORMAT,
        "fingerprint": fingerprint,
        "state_dict": model.state_dict(),
        "model_config": asdict(model.config),
        "vocabulary": list(VOCABULARY),
        "labels": list(labels),
        "calibration": calibration.to_dict(),
        "report": asdict(report),  # plain data: numbers, strings, lists and dicts of them
    }
    buffer = io.BytesIO()
    torch.save(checkpoint, buffer)
    return buffer.getvalue()


def write_atomic(path: Path, data: bytes) -> None:
    """Write atomically: a temp file in the same folder, fsync, then os.replace over the old one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temp_name = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def save_artifact(
    path: Path,
    model: TinyReasoningModel,
    calibration: Calibration,
    fingerprint: str,
    report: TrainingReport,
    *,
    labels: Sequence[str],
) -> None:
    """Write the checkpoint, then its export beside it (export.export_path): both, under one fingerprint."""
    from app.ml.export import export_checkpoint, export_path  # noqa: PLC0415 (numpy, only when saving)

    data = artifact_bytes(model, calibration, fingerprint, report, labels)
    write_atomic(path, data)
    write_atomic(export_path(path), export_checkpoint(data, fingerprint, labels))


def load_artifact(path: Path, expected_fingerprint: str, labels: Sequence[str]) -> Checkpoint:
    """Load with weights_only=True (no pickle code runs) and check that it matches this recipe."""
    if not path.is_file():
        raise ArtifactError(f"no artifact at {path}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ArtifactError(f"unreadable artifact ({type(exc).__name__})") from exc
    return load_artifact_bytes(data, expected_fingerprint, labels)


def load_artifact_bytes(data: bytes, expected_fingerprint: str, labels: Sequence[str]) -> Checkpoint:
    """The model, its calibration and the training report's summary, from checkpoint bytes."""
    import torch  # noqa: PLC0415 (only where a checkpoint is read)

    from app.ml.model import TinyReasoningModel  # noqa: PLC0415

    try:
        checkpoint = torch.load(io.BytesIO(data), map_location="cpu", weights_only=True)
    except Exception as exc:  # a truncated, garbage or malicious file: all are simply "not usable"
        raise ArtifactError(f"unreadable artifact ({type(exc).__name__})") from exc
    if not isinstance(checkpoint, dict):
        raise ArtifactError("artifact is not a checkpoint dictionary")
    if checkpoint.get("fingerprint") != expected_fingerprint:
        raise ArtifactError(
            f"stale artifact: fingerprint {checkpoint.get('fingerprint')!r} != {expected_fingerprint!r}"
        )
    if checkpoint.get("labels") != list(labels) or checkpoint.get("vocabulary") != list(VOCABULARY):
        raise ArtifactError("artifact labels or vocabulary differ from this code")
    try:
        model = TinyReasoningModel(ModelConfig(**checkpoint["model_config"]))
        model.load_state_dict(checkpoint["state_dict"])
        calibration = Calibration.from_dict(checkpoint["calibration"])
    except Exception as exc:
        raise ArtifactError(f"incompatible artifact ({type(exc).__name__})") from exc
    return model.eval(), calibration, checkpoint.get("report", {})
