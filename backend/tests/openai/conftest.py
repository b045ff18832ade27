"""Real uvicorn servers for the OpenAI-compatibility tests, serving the session's already trained weights.

Two servers: `openai_server` paces streamed chunks by 5 ms (quick tests), `slow_server` by 200 ms (timing and
disconnect tests). Each writes its log to a file the tests can read (the disconnect test looks for the
server-side "client disconnected" line).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest

from app.models.loader import LoadedModel

BACKEND_DIR = Path(__file__).resolve().parents[2]
BOOT_TIMEOUT_SECONDS = 60.0


@dataclass(frozen=True)
class Server:
    base_url: str  # http://127.0.0.1:<port>
    log_path: Path
    step_delay_ms: int

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _start(weights_path: Path, tmp: Path, step_delay_ms: int) -> Iterator[Server]:
    port = _free_port()
    log_path = tmp / "server.log"
    env = {
        **os.environ,
        "MODEL_WEIGHTS_PATH": str(weights_path),
        "FRONTEND_DIST_DIR": str(tmp / "missing-dist"),
        "STREAM_STEP_DELAY_MS": str(step_delay_ms),
        "LOG_LEVEL": "INFO",
        "LOG_FORMAT": "text",
    }
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                "app.main:app",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--no-access-log",
            ],
            cwd=BACKEND_DIR,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    server = Server(f"http://127.0.0.1:{port}", log_path, step_delay_ms)
    try:
        deadline = time.monotonic() + BOOT_TIMEOUT_SECONDS
        while True:
            if process.poll() is not None:
                pytest.fail(f"uvicorn exited with {process.returncode}:\n{server.log()}")
            try:
                if httpx.get(f"{server.base_url}/health", timeout=1.0).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"uvicorn did not become healthy in {BOOT_TIMEOUT_SECONDS}s:\n{server.log()}")
            time.sleep(0.1)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="session")
def openai_server(
    weights_path: Path, trained: LoadedModel, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Server]:
    yield from _start(weights_path, tmp_path_factory.mktemp("openai-server"), step_delay_ms=5)


@pytest.fixture(scope="session")
def slow_server(weights_path: Path, trained: LoadedModel, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    yield from _start(weights_path, tmp_path_factory.mktemp("slow-server"), step_delay_ms=200)
