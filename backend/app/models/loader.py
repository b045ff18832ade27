"""Load the cached classifier, or train it once and cache it, safely across processes.

Several workers may boot at once on one cold weights path: a file lock beside the artifact makes exactly
one of them train while the others wait and then load what it wrote. Any unusable artifact (missing,
garbage, truncated, stale, incompatible, or carrying pickled code) is retrained with a warning. If the
folder cannot be written, the server trains, serves from memory and warns.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock, Timeout

from app.models.reasoning_model import (
    ArtifactError,
    ModelConfig,
    TaskClassifier,
    TrainConfig,
    load_artifact,
    recipe_fingerprint,
    save_artifact,
    train_model,
)

logger = logging.getLogger(__name__)

LOCK_TIMEOUT_SECONDS = 300.0


@dataclass(frozen=True)
class LoadedModel:
    classifier: TaskClassifier
    source: str  # "cache" or "trained"
    persisted: bool
    fingerprint: str
    seconds: float
    validation_accuracy: float | None


def _try_load(path: Path, fingerprint: str) -> TaskClassifier | None:
    try:
        model, calibration, _ = load_artifact(path, fingerprint)
    except ArtifactError as error:
        if path.exists():
            logger.warning("Ignoring the model artifact at %s and retraining: %s", path, error)
        return None
    return TaskClassifier(model, calibration)


def load_or_train(
    path: Path,
    model_config: ModelConfig | None = None,
    train_config: TrainConfig | None = None,
) -> LoadedModel:
    started = time.perf_counter()
    model_config = model_config or ModelConfig()
    train_config = train_config or TrainConfig()
    fingerprint = recipe_fingerprint(model_config, train_config)

    classifier = _try_load(path, fingerprint)
    if classifier is not None:
        logger.info("Model loaded from %s", path)
        return LoadedModel(classifier, "cache", True, fingerprint, time.perf_counter() - started, None)

    lock: FileLock | None = FileLock(str(path) + ".lock", timeout=LOCK_TIMEOUT_SECONDS)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        assert lock is not None
        lock.acquire()
    except (OSError, Timeout) as error:
        logger.warning("Cannot lock %s (%s); training without the lock", path, error)
        lock = None
    try:
        # Another process may have trained while this one waited for the lock.
        classifier = _try_load(path, fingerprint)
        if classifier is not None:
            logger.info("Model loaded from %s (trained by another process)", path)
            return LoadedModel(classifier, "cache", True, fingerprint, time.perf_counter() - started, None)

        logger.info("Training the classifier (no usable artifact at %s)", path)
        model, calibration, report = train_model(model_config, train_config, progress=logger.info)
        persisted = True
        try:
            save_artifact(path, model, calibration, fingerprint, report)
            logger.info("Model trained in %.1fs and saved to %s", report.seconds, path)
        except OSError as error:
            persisted = False
            logger.warning("Cannot write the model artifact to %s (%s); serving from memory only", path, error)
        return LoadedModel(
            TaskClassifier(model, calibration),
            "trained",
            persisted,
            fingerprint,
            time.perf_counter() - started,
            report.validation_accuracy,
        )
    finally:
        if lock is not None:
            lock.release()
