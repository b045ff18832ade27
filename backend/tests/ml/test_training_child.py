"""Training (and exporting) runs in a forked child, so the serving process never holds torch nor training's
memory; if the child fails, the process does the work by itself and still serves."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import torch
from tiny import EASY_PROMPTS, LEARNING_MODEL, LEARNING_TRAINING, TINY_MODEL, TINY_TRAINING

from app.ml import loader, training
from app.ml.artifact import load_artifact, recipe_fingerprint
from app.ml.export import export_path
from app.services.classifier_setup import TRAINING_TASK, load_classifier
from app.skills import TASK_LABELS


def _record_the_training_pid(monkeypatch: pytest.MonkeyPatch, pid_file: Path) -> None:
    real_train = training.train_model

    def train_and_note_pid(*args: object, **kwargs: object) -> object:
        pid_file.write_text(str(os.getpid()))
        return real_train(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(training, "train_model", train_and_note_pid)


def test_training_happens_in_another_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pid_file = tmp_path / "pid"
    _record_the_training_pid(monkeypatch, pid_file)
    loaded = load_classifier(tmp_path / "model.pt", TINY_MODEL, TINY_TRAINING)
    assert loaded.source == "trained" and loaded.persisted
    assert int(pid_file.read_text()) != os.getpid()
    assert loaded.validation_accuracy is not None and 0.0 <= loaded.validation_accuracy <= 1.0


def test_the_child_and_the_parent_train_the_same_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    in_child = load_classifier(tmp_path / "child.pt", TINY_MODEL, TINY_TRAINING)
    monkeypatch.setattr(loader, "_build_in_child", lambda *args: None)
    in_process = load_classifier(tmp_path / "parent.pt", TINY_MODEL, TINY_TRAINING)
    fingerprint = recipe_fingerprint(TRAINING_TASK, TINY_MODEL, TINY_TRAINING)
    child_model, child_calibration, _ = load_artifact(tmp_path / "child.pt", fingerprint, TASK_LABELS)
    parent_model, parent_calibration, _ = load_artifact(tmp_path / "parent.pt", fingerprint, TASK_LABELS)
    for name, tensor in child_model.state_dict().items():
        assert torch.equal(tensor, parent_model.state_dict()[name]), name
    assert child_calibration == parent_calibration == in_child.classifier.calibration
    assert in_child.classifier.predict("is 4 even") == in_process.classifier.predict("is 4 even")


def test_a_child_that_dies_falls_back_to_training_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(loader, "_build_and_send", lambda *args: os._exit(3))  # e.g. killed by the OOM killer
    pid_file = tmp_path / "pid"
    _record_the_training_pid(monkeypatch, pid_file)
    with caplog.at_level(logging.WARNING):
        loaded = load_classifier(tmp_path / "model.pt", LEARNING_MODEL, LEARNING_TRAINING)
    assert "exit code 3" in caplog.text
    assert int(pid_file.read_text()) == os.getpid()
    assert (loaded.source, loaded.persisted) == ("trained", True)
    # It serves what it trained here: a recipe that learns, so plain prompts get their labels.
    assert {prompt: loaded.classifier.predict(prompt).label for prompt in EASY_PROMPTS} == EASY_PROMPTS


def test_the_child_works_when_forked_from_a_worker_thread_as_the_server_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    pid_file = tmp_path / "pid"
    _record_the_training_pid(monkeypatch, pid_file)

    async def boot() -> loader.LoadedModel:  # the lifespan loads the model in asyncio.to_thread
        return await asyncio.to_thread(load_classifier, tmp_path / "model.pt", TINY_MODEL, TINY_TRAINING)

    with caplog.at_level(logging.WARNING):
        loaded = asyncio.run(boot())
    assert "failed" not in caplog.text
    assert int(pid_file.read_text()) != os.getpid()
    assert loaded.source == "trained"


def test_a_child_that_hangs_is_killed_and_the_process_trains_itself(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(loader, "_build_and_send", lambda *args: time.sleep(120))
    monkeypatch.setattr(loader, "CHILD_TIMEOUT_SECONDS", 1.0)
    started = time.monotonic()
    with caplog.at_level(logging.WARNING):
        loaded = load_classifier(tmp_path / "model.pt", TINY_MODEL, TINY_TRAINING)
    assert time.monotonic() - started < 30
    assert "failed" in caplog.text
    assert (loaded.source, loaded.persisted) == ("trained", True)


def test_an_unusable_artifact_from_the_child_is_retrained_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(loader, "_build_in_child", lambda *args: loader.Built(True, None, b"x", b"not an artifact"))
    with caplog.at_level(logging.WARNING):
        loaded = load_classifier(tmp_path / "model.pt", TINY_MODEL, TINY_TRAINING)
    assert "unusable artifact" in caplog.text
    assert (loaded.source, loaded.persisted) == ("trained", True)
    assert load_classifier(tmp_path / "model.pt", TINY_MODEL, TINY_TRAINING).source == "cache"


def test_a_lost_export_is_made_by_the_child(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "model.pt"
    load_classifier(path, TINY_MODEL, TINY_TRAINING)
    export_path(path).unlink()
    pid_file = tmp_path / "pid"
    real_build = loader.build

    def build_and_note_pid(*args: object) -> loader.Built:
        pid_file.write_text(str(os.getpid()))
        return real_build(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(loader, "build", build_and_note_pid)
    assert load_classifier(path, TINY_MODEL, TINY_TRAINING).source == "cache"
    assert int(pid_file.read_text()) != os.getpid()


def _sleeping_training(pid_file: Path) -> str:
    return (
        "import os, sys, time\n"
        "from pathlib import Path\n"
        "from app.ml import training\n"
        "from app.services.classifier_setup import load_classifier\n"
        "def stuck(*args, **kwargs):\n"
        f"    Path({str(pid_file)!r}).write_text(str(os.getpid()))\n"
        "    time.sleep(120)\n"
        "training.train_model = stuck\n"
        f"load_classifier(Path({str(pid_file.parent / 'model.pt')!r}))\n"
    )


def _wait_for(condition: object, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if callable(condition) and condition():
            return True
        time.sleep(0.05)
    return False


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "State:\tZ" not in status  # a zombie has exited already


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc (Linux)")
def test_the_child_dies_with_a_killed_server(tmp_path: Path) -> None:
    pid_file = tmp_path / "child.pid"
    server = subprocess.Popen(
        [sys.executable, "-c", _sleeping_training(pid_file)], cwd=Path(__file__).parents[2], env=os.environ.copy()
    )
    try:
        assert _wait_for(pid_file.exists, 30), "the training child never started"
        child_pid = int(pid_file.read_text())
        assert child_pid != server.pid and _alive(child_pid)
        server.kill()  # SIGKILL: no cleanup runs in the parent
        server.wait(10)
        assert _wait_for(lambda: not _alive(child_pid), 10), "the training child outlived its parent"
    finally:
        server.kill()


def test_sigterm_stops_the_child_even_under_the_servers_handler(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    pid_file = tmp_path / "child.pid"

    def stuck(*args: object, **kwargs: object) -> None:
        pid_file.write_text(str(os.getpid()))
        time.sleep(120)

    monkeypatch.setattr(training, "train_model", stuck)
    previous = signal.signal(signal.SIGTERM, lambda *args: None)  # like uvicorn's: note it, carry on
    try:
        outcome: list[loader.Built | None] = []
        worker = threading.Thread(
            target=lambda: outcome.append(
                loader._build_in_child(tmp_path / "model.pt", TRAINING_TASK, TINY_MODEL, TINY_TRAINING, "fp")
            )
        )
        with caplog.at_level(logging.WARNING):
            worker.start()
            assert _wait_for(pid_file.exists, 30)
            os.kill(int(pid_file.read_text()), signal.SIGTERM)
            worker.join(20)
        assert not worker.is_alive() and outcome == [None]
        assert "exit code -15" in caplog.text
    finally:
        signal.signal(signal.SIGTERM, previous)
