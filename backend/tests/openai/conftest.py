"""Real uvicorn servers for the OpenAI-compatibility tests, serving the session's already trained weights.

Two servers: `openai_server` paces streamed chunks by 5 ms (quick tests), `slow_server` by 200 ms (timing and
disconnect tests). Each writes its log to a file the tests can read (the disconnect test looks for the
server-side "client disconnected" line).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from live_server import start_server

from app.ml.loader import LoadedModel

BOOT_TIMEOUT_SECONDS = 60.0


@dataclass(frozen=True)
class Server:
    base_url: str  # http://127.0.0.1:<port>
    log_path: Path
    step_delay_ms: int

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")


def _start(weights_path: Path, tmp: Path, step_delay_ms: int) -> Iterator[Server]:
    env = {"STREAM_STEP_DELAY_MS": str(step_delay_ms), "LOG_LEVEL": "INFO", "LOG_FORMAT": "text"}
    live = start_server(weights_path, tmp, env, ("--no-access-log",), ready_timeout=BOOT_TIMEOUT_SECONDS)
    try:
        yield Server(live.base_url, live.log_path, step_delay_ms)
    finally:
        live.stop()


@pytest.fixture(scope="session")
def openai_server(
    weights_path: Path, trained: LoadedModel, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Server]:
    yield from _start(weights_path, tmp_path_factory.mktemp("openai-server"), step_delay_ms=5)


@pytest.fixture(scope="session")
def slow_server(weights_path: Path, trained: LoadedModel, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    yield from _start(weights_path, tmp_path_factory.mktemp("slow-server"), step_delay_ms=200)
