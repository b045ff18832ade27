"""Load the classifier for serving, or make it once and cache it, safely across processes.

The serving process reads the export (export.py: plain arrays, NumPy) beside the checkpoint and never
imports torch. When there is no usable export, a forked child process does the torch work: it exports the
checkpoint if that is usable, or trains and makes both files; it sends the bytes back and exits, so the
serving process holds neither torch (about 140 MiB) nor training's memory. If the child fails, or the
platform cannot fork, this process does the same work itself (and then holds torch).

Several workers may boot at once on one cold weights path: a file lock beside the artifact makes exactly
one of them train while the others wait and then load what it wrote. Any unusable artifact (missing,
garbage, truncated, stale, incompatible, or carrying pickled code) is retrained with a warning; an export
that is missing or does not match its checkpoint byte for byte is made again. If the folder cannot be
written, the server serves from memory and warns.
"""

from __future__ import annotations

import functools
import json
import logging
import multiprocessing
import os
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

from app.ml.artifact import ArtifactError, artifact_bytes, recipe_fingerprint, write_atomic
from app.ml.config import ModelConfig, TrainConfig
from app.ml.export import ExportedModel, export_checkpoint, export_path, load_export, read_export
from app.ml.inference import NumpyNetwork, TaskClassifier
from app.ml.processes import die_with_parent
from app.ml.task import TrainingTask

logger = logging.getLogger(__name__)


CHILD_TIMEOUT_SECONDS = 300.0  # about 8 s is usual; a child still training after this is stuck
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
    report: dict[str, Any] = field(default_factory=dict)  # the training report the artifact carries


@dataclass(frozen=True)
class Built:
    """What the torch side made: a checkpoint (new if trained) and its export."""

    trained: bool
    reason: str | None  # why the checkpoint found on disk was not used (None if there was none)
    checkpoint: bytes
    export: bytes


def classifier_of(exported: ExportedModel, span_roles: tuple[str, ...] = ("operand",)) -> TaskClassifier:
    network = NumpyNetwork(exported.arrays, exported.conv_stride, exported.tagger)
    return TaskClassifier(network, exported.calibration, exported.labels, span_roles)


def loaded_as_it_is(exported: ExportedModel, task: TrainingTask, seconds: float = 0.0) -> LoadedModel:
    """A model read from an export already on disk (nothing trained, nothing written)."""
    classifier = classifier_of(exported, task.span_roles)
    return LoadedModel(classifier, "cache", True, exported.fingerprint, seconds, None, exported.report)


def _try_load(path: Path, fingerprint: str, labels: tuple[str, ...]) -> ExportedModel | None:
    try:
        return load_export(path, fingerprint, labels)
    except ArtifactError as error:
        if export_path(path).exists():
            logger.warning("Not serving the export beside %s: %s", path, error)
        return None


def build(
    path: Path, task: TrainingTask, model_config: ModelConfig, train_config: TrainConfig, fingerprint: str
) -> Built:
    """Export the checkpoint at `path`, or train and make one when it is missing or unusable (imports torch)."""
    reason: str | None = None
    try:
        checkpoint = path.read_bytes()
        return Built(False, None, checkpoint, export_checkpoint(checkpoint, fingerprint, task.labels))
    except FileNotFoundError:
        pass
    except OSError as error:
        reason = f"unreadable artifact ({type(error).__name__})"
    except ArtifactError as error:
        reason = str(error)
    logger.info("Training the classifier (%s)", reason or f"no artifact at {path}")
    # The feed's worker starts drawing the prompts now, while this process imports torch (about a second).
    from app.ml.feed import EpochFeed  # noqa: PLC0415 (a serving process never trains)

    feed = EpochFeed(task, train_config, tagging=model_config.num_tags > 0)
    from app.ml import training  # noqa: PLC0415 (torch: only in the child, or in a fallback)

    model, calibration, report = training.train_model(task, model_config, train_config, logger.info, feed)
    checkpoint = artifact_bytes(model, calibration, fingerprint, report, task.labels)
    return Built(True, reason, checkpoint, export_checkpoint(checkpoint, fingerprint, task.labels))


def load_or_train(
    path: Path,
    task: TrainingTask,
    model_config: ModelConfig | None = None,
    train_config: TrainConfig | None = None,
) -> LoadedModel:
    started = time.perf_counter()
    model_config = model_config or task.model_config()
    train_config = train_config or TrainConfig()
    fingerprint = recipe_fingerprint(task, model_config, train_config)

    exported = _try_load(path, fingerprint, task.labels)
    if exported is not None:
        logger.info("Model loaded from %s", path)
        return loaded_as_it_is(exported, task, time.perf_counter() - started)

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
        exported = _try_load(path, fingerprint, task.labels)
        if exported is not None:
            logger.info("Model loaded from %s (trained by another process)", path)
            return loaded_as_it_is(exported, task, time.perf_counter() - started)

        logger.info("No usable serving export beside %s: making it in a child process", path)
        built = _build_in_child(path, task, model_config, train_config, fingerprint)
        exported = _readable(built, fingerprint, task.labels) if built is not None else None
        if built is None or exported is None:
            built = _build_here(path, task, model_config, train_config, fingerprint)
            exported = read_export(built.export, built.checkpoint, fingerprint, task.labels)
        if built.reason and path.exists():
            logger.warning("Ignoring the model artifact at %s and retraining: %s", path, built.reason)
        persisted = True
        try:
            if built.trained:
                write_atomic(path, built.checkpoint)  # first: an export never names a checkpoint not yet written
            write_atomic(export_path(path), built.export)
        except OSError as error:
            persisted = False
            logger.warning("Cannot write the model artifact to %s (%s); serving from memory only", path, error)
        if built.trained:
            logger.info("Model trained in %.1fs and saved to %s", exported.report.get("seconds", 0.0), path)
        else:
            logger.info("Model loaded from %s; its serving export was written again", path)
        return LoadedModel(
            classifier_of(exported, task.span_roles),
            "trained" if built.trained else "cache",
            persisted,
            fingerprint,
            time.perf_counter() - started,
            exported.report.get("validation_accuracy") if built.trained else None,
            exported.report,
        )
    finally:
        if lock is not None:
            lock.release()


def _build_here(
    path: Path, task: TrainingTask, model_config: ModelConfig, train_config: TrainConfig, fingerprint: str
) -> Built:
    try:
        return build(path, task, model_config, train_config, fingerprint)
    except ModuleNotFoundError as error:
        if error.name != "torch":
            raise
        # A serving image (requirements-serve.txt) whose artifact is missing or made by other code: nothing
        # here can make one, and serving anything else would be serving a model that does not match.
        raise RuntimeError(
            f"No usable model artifact and export at {path}, and torch is not installed to make them: "
            "run `python -m app.train` where requirements.txt is installed (e.g. the image's build stage, "
            "from the same source tree) and ship both files, or install requirements.txt here."
        ) from error


def _readable(built: Built, fingerprint: str, labels: tuple[str, ...]) -> ExportedModel | None:
    try:
        return read_export(built.export, built.checkpoint, fingerprint, labels)
    except ArtifactError as error:
        logger.warning("The child process sent an unusable artifact (%s); training in this process", error)
        return None


def _build_and_send(sender: Connection, make: Callable[[], Built], parent_pid: int) -> None:
    """The child: build, send the bytes to the parent, exit (its memory, torch included, goes with it)."""
    # The kernel kills this child if the thread that forked it dies: that thread waits for the child, so it
    # outlives it in every normal run.
    die_with_parent(parent_pid)
    # The server's handlers came along with the fork and would only set a flag nobody reads here.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    built = make()
    sender.send_bytes(json.dumps({"trained": built.trained, "reason": built.reason}).encode())
    sender.send_bytes(built.checkpoint)
    sender.send_bytes(built.export)
    sender.close()
    # Leave now, skipping interpreter shutdown: forked from a worker thread (the server's lifespan loads
    # in asyncio.to_thread), the child would try to join that very thread at exit and fail with status 1.
    os._exit(0)


def _build_in_child(
    path: Path, task: TrainingTask, model_config: ModelConfig, train_config: TrainConfig, fingerprint: str
) -> Built | None:
    """What build() makes, from a forked child process; None where fork is unavailable or the child failed."""
    if "fork" not in multiprocessing.get_all_start_methods() or multiprocessing.current_process().daemon:
        return None  # a daemon process may not have children
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(
        target=_build_and_send,
        args=(sender, functools.partial(build, path, task, model_config, train_config, fingerprint), os.getpid()),
        name="build-classifier",
        # Not a daemon, so that it may fork the process that draws the epochs' prompts while it trains (feed.py):
        # a cold start about a fifth faster. It still never outlives this process:
        # this thread joins it below, and on Linux the kernel kills it if this thread dies (die_with_parent).
        daemon=False,
    )
    try:
        child.start()
    except OSError as error:  # e.g. fork refused under a process or memory limit
        logger.warning("Cannot start a child process (%s); training in this process", error)
        receiver.close()
        sender.close()
        return None
    sender.close()  # the parent keeps only the reading end, so a dead child reads as EOF, not a hang
    built: Built | None = None
    try:
        if receiver.poll(CHILD_TIMEOUT_SECONDS):
            header = json.loads(receiver.recv_bytes())
            built = Built(bool(header["trained"]), header["reason"], receiver.recv_bytes(), receiver.recv_bytes())
    except (EOFError, OSError, ValueError, KeyError, TypeError):
        built = None
    finally:
        receiver.close()
        if built is None and child.is_alive():
            child.kill()  # stuck: work here instead
        child.join()
    if built is None or child.exitcode != 0:
        logger.warning("The child process failed (exit code %s); training in this process", child.exitcode)
        return None
    return built
