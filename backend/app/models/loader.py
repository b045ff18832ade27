"""Load the cached classifier, or train it once and cache it, safely across processes.

Several workers may boot at once on one cold weights path: a file lock beside the artifact makes exactly
one of them train while the others wait and then load what it wrote. Any unusable artifact (missing,
garbage, truncated, stale, incompatible, or carrying pickled code) is retrained with a warning. If the
folder cannot be written, the server trains, serves from memory and warns.

Training runs in a forked child process where the platform can fork: the child trains, sends the artifact
back as bytes and exits, so the serving process never holds training's memory (batches, gradients, optimiser
state and the allocator's high-water mark: about 150-200 MiB that a Python process keeps after training
in-process). A fork costs milliseconds and needs no second import of torch. If the child fails, the
process trains in-process instead.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import multiprocessing
import os
import signal
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path

from filelock import FileLock, Timeout

from app.models.reasoning_model import (
    ArtifactContents,
    ArtifactError,
    ModelConfig,
    TaskClassifier,
    TrainConfig,
    artifact_bytes,
    load_artifact,
    load_artifact_bytes,
    recipe_fingerprint,
    train_model,
    write_artifact,
)

logger = logging.getLogger(__name__)

PR_SET_PDEATHSIG = 1  # from <sys/prctl.h>

CHILD_TRAINING_TIMEOUT_SECONDS = 300.0  # about 8 s is usual; a child still training after this is stuck
# Longer than a stuck child plus a training in-process, so waiting workers never give up and train at once.
LOCK_TIMEOUT_SECONDS = 900.0


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
        data = _train_in_child(model_config, train_config, fingerprint)
        contents = _readable(data, fingerprint) if data is not None else None
        if data is None or contents is None:
            model, calibration, report = train_model(model_config, train_config, progress=logger.info)
            data = artifact_bytes(model, calibration, fingerprint, report)
            contents = load_artifact_bytes(data, fingerprint)
        model, calibration, summary = contents
        persisted = True
        try:
            write_artifact(path, data)
            logger.info("Model trained in %.1fs and saved to %s", summary["seconds"], path)
        except OSError as error:
            persisted = False
            logger.warning("Cannot write the model artifact to %s (%s); serving from memory only", path, error)
        return LoadedModel(
            TaskClassifier(model, calibration),
            "trained",
            persisted,
            fingerprint,
            time.perf_counter() - started,
            summary["validation_accuracy"],
        )
    finally:
        if lock is not None:
            lock.release()


def _readable(data: bytes, fingerprint: str) -> ArtifactContents | None:
    try:
        return load_artifact_bytes(data, fingerprint)
    except ArtifactError as error:
        logger.warning("The training child sent an unusable artifact (%s); training in this process", error)
        return None


def _die_with_parent(parent_pid: int) -> None:
    """Linux: have the kernel SIGKILL this child when the thread that forked it ends, so a killed worker
    never leaves an orphan holding its lock and sockets. That thread waits for the child, so it outlives it
    in every normal run."""
    with contextlib.suppress(OSError, AttributeError):  # not Linux: the daemon flag still covers a normal exit
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent_pid:  # the parent died before prctl took effect
        os._exit(1)


def _train_and_send(
    sender: Connection, model_config: ModelConfig, train_config: TrainConfig, fingerprint: str, parent_pid: int
) -> None:
    """The training child: train, send the artifact's bytes to the parent, exit (its memory goes with it)."""
    _die_with_parent(parent_pid)
    # The server's handlers came along with the fork and would only set a flag nobody reads here.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    model, calibration, report = train_model(model_config, train_config, progress=logger.info)
    sender.send_bytes(artifact_bytes(model, calibration, fingerprint, report))
    sender.close()
    # Leave now, skipping interpreter shutdown: forked from a worker thread (the server's lifespan trains
    # in asyncio.to_thread), the child would try to join that very thread at exit and fail with status 1.
    os._exit(0)


def _train_in_child(model_config: ModelConfig, train_config: TrainConfig, fingerprint: str) -> bytes | None:
    """The trained artifact from a forked child process, or None where fork is unavailable or the child failed."""
    if "fork" not in multiprocessing.get_all_start_methods() or multiprocessing.current_process().daemon:
        return None  # a daemon process may not have children
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(
        target=_train_and_send,
        args=(sender, model_config, train_config, fingerprint, os.getpid()),
        name="train-classifier",
        daemon=True,  # never outlives this process
    )
    try:
        child.start()
    except OSError as error:  # e.g. fork refused under a process or memory limit
        logger.warning("Cannot start a training child (%s); training in this process", error)
        receiver.close()
        sender.close()
        return None
    sender.close()  # the parent keeps only the reading end, so a dead child reads as EOF, not a hang
    data: bytes | None = None
    try:
        if receiver.poll(CHILD_TRAINING_TIMEOUT_SECONDS):
            data = receiver.recv_bytes()
    except (EOFError, OSError):
        data = None
    finally:
        receiver.close()
        if data is None and child.is_alive():
            child.kill()  # stuck: train here instead
        child.join()
    if data is None or child.exitcode != 0:
        logger.warning("Training in a child process failed (exit code %s); training in this process", child.exitcode)
        return None
    return data
