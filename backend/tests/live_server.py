"""Start real uvicorn servers in subprocesses, on free ports, serving given weights and a tiny SPA.

Shared by the reliability and OpenAI tests (tests/ is on the import path through its conftest)."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import httpx

from app.config import BACKEND_DIR
from bench.server import free_port, uvicorn_command

ALLOWED_ORIGIN = "https://app.example.test"
INDEX_HTML = '<!doctype html><html><head><script type="module" src="/assets/app.js"></script></head></html>\n'
APP_JS = "document.title = 'mini reasoning';\n"


@dataclass
class LiveServer:
    process: subprocess.Popen[bytes]
    port: int
    log_path: Path
    log_file: BinaryIO | None = field(repr=False, default=None)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def healthy(self) -> bool:
        try:
            return httpx.get(f"{self.base_url}/health", timeout=2).status_code == 200
        except httpx.HTTPError:
            return False

    def stop(self, timeout: float = 15) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        if self.log_file is not None:
            self.log_file.close()
        return self.process.returncode


def make_dist(root: Path) -> Path:
    dist = root / "dist"
    (dist / "assets").mkdir(parents=True, exist_ok=True)
    (dist / "index.html").write_text(INDEX_HTML, encoding="utf-8")
    (dist / "assets" / "app.js").write_text(APP_JS, encoding="utf-8")
    return dist


def start_server(
    weights_path: Path,
    workdir: Path,
    env: Mapping[str, str] | None = None,
    uvicorn_args: tuple[str, ...] = (),
    *,
    port: int | None = None,
    workers: int = 1,
    command: list[str] | None = None,
    wait: bool = True,
    ready_timeout: float = 120,
) -> LiveServer:
    """Start `uvicorn app.main:app` as `make run` does, with `uvicorn_args` added, and wait for /health."""
    port = port or free_port()
    workdir.mkdir(parents=True, exist_ok=True)
    full_env = {
        **os.environ,
        "MODEL_WEIGHTS_PATH": str(weights_path),
        "FRONTEND_DIST_DIR": str(make_dist(workdir)),
        "CORS_ALLOWED_ORIGINS": ALLOWED_ORIGIN,
        "STREAM_STEP_DELAY_MS": "0",
        "LOG_FORMAT": "json",
        "PYTHONUNBUFFERED": "1",
        **(env or {}),
    }
    if "PROMETHEUS_MULTIPROC_DIR" not in (env or {}):
        full_env.pop("PROMETHEUS_MULTIPROC_DIR", None)
    log_path = workdir / f"server-{port}.log"
    log_file = log_path.open("wb")
    # The Makefile's own uvicorn options (event loop, HTTP parser, headers, shutdown), as the bench uses them.
    command = command or [*uvicorn_command("app.main:app", port, workers), *uvicorn_args]
    process = subprocess.Popen(command, cwd=BACKEND_DIR, env=full_env, stdout=log_file, stderr=subprocess.STDOUT)
    server = LiveServer(process, port, log_path, log_file)
    if wait:
        wait_until_healthy(server, ready_timeout)
    return server


def wait_until_healthy(server: LiveServer, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(f"server exited with {server.process.returncode}:\n{server.log()[-4000:]}")
        if server.healthy():
            return
        time.sleep(0.1)
    server.stop()
    raise RuntimeError(f"server not healthy after {timeout}s:\n{server.log()[-4000:]}")
