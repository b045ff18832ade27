"""Load, graceful shutdown and a cold start shared by three server processes, all on real uvicorn servers."""

from __future__ import annotations

import asyncio
import json
import signal
import sys
import textwrap
import threading
import time
from pathlib import Path

import httpx
import pytest
from live_server import LiveServer, start_server, wait_until_healthy
from tiny import LEARNING_MODEL, LEARNING_TRAINING

from app.ml.loader import LoadedModel
from bench.server import free_port
from bench.soak import soak

pytestmark = pytest.mark.slow


def test_five_seconds_at_concurrency_64_without_a_single_error(live_server: LiveServer) -> None:
    """The pytest-sized version of `python -m bench.soak --seconds 60 --concurrency 64`."""
    report = asyncio.run(soak(live_server.base_url, seconds=5, concurrency=64))
    print("\n" + json.dumps(report))
    assert report["errors"] == 0, report["error_kinds"]
    assert report["ok"] > 100  # it really ran
    assert live_server.healthy()


def test_sigterm_lets_an_in_flight_stream_finish_then_exits_cleanly(
    trained: LoadedModel, weights_path: Path, tmp_path: Path
) -> None:
    """A stream paced at 200 ms per step is in flight for over a second when SIGTERM arrives."""
    server = start_server(
        weights_path, tmp_path, env={"STREAM_STEP_DELAY_MS": "200"}, uvicorn_args=("--timeout-graceful-shutdown", "20")
    )
    body: list[str] = []
    first_byte = threading.Event()

    def stream() -> None:
        with httpx.stream(
            "POST",
            f"{server.base_url}/api/complete/stream",
            json={"prompt": "Can you explain 47 plus 85 step by step?"},
            timeout=30,
        ) as response:
            assert response.status_code == 200
            for text in response.iter_text():
                body.append(text)
                first_byte.set()

    reader = threading.Thread(target=stream)
    started = time.monotonic()
    reader.start()
    assert first_byte.wait(10), "the stream never started"
    server.process.send_signal(signal.SIGTERM)
    reader.join(30)
    returncode = server.process.wait(30)
    text = "".join(body)
    assert "event: done" in text, text[-500:]
    assert text.count("event: step") >= 4
    assert time.monotonic() - started > 1.0  # it really was in flight across the signal
    # A clean shutdown: uvicorn (>= 0.29) then re-raises the SIGTERM it caught, so a supervisor sees the
    # signal (exit status 143 in a shell, -15 here); 0 would be equally clean.
    log = server.log()
    assert returncode in (0, -signal.SIGTERM), log[-2000:]
    assert "Application shutdown complete" in log and "Finished server process" in log
    assert "Traceback" not in log and '"level": "ERROR"' not in log
    server.stop()


# A real uvicorn server whose first-boot training uses a smaller recipe that still learns (tests/tiny.py; the
# production one takes minutes on a busy machine); everything else — lifespan, loader, file lock, artifact —
# is the production code.
LEARNING_SERVER = textwrap.dedent(
    f"""
    import sys
    import uvicorn
    from app.ml import loader
    from app.ml.config import ModelConfig, TrainConfig

    loader.ModelConfig = lambda num_labels, **_: {LEARNING_MODEL!r}
    loader.TrainConfig = lambda: {LEARNING_TRAINING!r}
    uvicorn.run("app.main:app", host="127.0.0.1", port=int(sys.argv[1]), server_header=False, loop="asyncio")
    """
)


def test_three_processes_on_one_cold_weights_path_train_once_and_all_serve(tmp_path: Path) -> None:
    weights = tmp_path / "cold" / "model.pt"
    assert not weights.exists()
    servers: list[LiveServer] = []
    try:
        for index in range(3):  # started together, before any of them has a model
            port = free_port()
            servers.append(
                start_server(
                    weights,
                    tmp_path / f"worker-{index}",
                    port=port,
                    wait=False,
                    command=[sys.executable, "-c", LEARNING_SERVER, str(port)],
                )
            )
        for server in servers:
            wait_until_healthy(server, timeout=300)
        logs = [server.log() for server in servers]
        trainings = sum(log.count("Training the classifier") for log in logs)
        assert trainings == 1, "\n---\n".join(logs)
        sources = [httpx.get(f"{server.base_url}/health").json()["model"]["source"] for server in servers]
        assert sorted(sources) == ["cache", "cache", "trained"]
        for server in servers:
            for prompt, (task, answer) in {
                "What is 2 plus 3?": ("addition", "5"),
                "Is 7 even or odd?": ("parity", "odd"),
                "tell me a joke": ("unsupported", None),
            }.items():
                response = httpx.post(f"{server.base_url}/api/complete", json={"prompt": prompt})
                assert response.status_code == 200
                assert (response.json()["task"], response.json()["answer"]) == (task, answer), prompt
        assert weights.is_file()
    finally:
        for server in servers:
            server.stop()
