"""The real server, started as `make run` starts it: `python -m uvicorn app.main:app` with the options the
Makefile's run target gives (read from it, so the benchmark follows the deployment), on a free port, with
MODEL_WEIGHTS_PATH pointing at a folder of ours."""

from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.stats import (
    deployed_uvicorn_args,
    fill_placeholders,
    parse_proc_stat_cpu_ticks,
    parse_smaps_rollup_kib,
    parse_vm_rss_kib,
    uss_kib,
)

BACKEND_DIR = Path(__file__).resolve().parent.parent
MAKEFILE = BACKEND_DIR.parent / "Makefile"
READY_MARKER = "Application startup complete"
START_TIMEOUT_SECONDS = 300.0


def uvicorn_command(app_target: str, port: int, workers: int, makefile: Path = MAKEFILE) -> list[str]:
    """`make run`'s uvicorn command line, as `makefile` writes it (another checkout's, to compare versions)."""
    args = deployed_uvicorn_args(makefile.read_text())
    filled = fill_placeholders(args, {"HOST": "127.0.0.1", "PORT": str(port), "WORKERS": str(workers)})
    return [sys.executable, "-m", "uvicorn", app_target, *filled]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def http_get(port: int, path: str, timeout: float = 2.0) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def http_post_json(port: int, path: str, payload: dict[str, Any], timeout: float = 5.0) -> tuple[int, Any]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("POST", path, json.dumps(payload), {"Content-Type": "application/json"})
        response = connection.getresponse()
        return response.status, json.loads(response.read() or b"null")
    finally:
        connection.close()


def rss_kib(pid: int, field: str = "VmRSS") -> int:
    return parse_vm_rss_kib(Path(f"/proc/{pid}/status").read_text(), field)


def memory_mib(pid: int) -> dict[str, float]:
    """A process's memory: USS (Private_Clean + Private_Dirty of smaps_rollup: what it alone holds), PSS (its
    share of everything it maps), VmRSS, and RssAnon (its anonymous part)."""
    rollup = parse_smaps_rollup_kib(Path(f"/proc/{pid}/smaps_rollup").read_text())
    return {
        "uss_mib": round(uss_kib(rollup) / 1024, 1),
        "pss_mib": round(rollup["Pss"] / 1024, 1),
        "rss_mib": round(rss_kib(pid) / 1024, 1),
        "rss_anon_mib": round(rss_kib(pid, "RssAnon") / 1024, 1),
    }


def cpu_seconds(pid: int) -> float:
    """User + system CPU time the process has used so far."""
    return parse_proc_stat_cpu_ticks(Path(f"/proc/{pid}/stat").read_text()) / os.sysconf("SC_CLK_TCK")


def child_pids(pid: int) -> list[int]:
    """Direct children of `pid` (uvicorn's workers when it runs more than one)."""
    children: list[int] = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat[stat.rindex(")") + 2 :].split()  # after "pid (comm) ": state, ppid, ...
        if int(fields[1]) == pid:
            children.append(int(entry.name))
    return sorted(children)


class Server:
    """One uvicorn process tree; `ready_seconds` is the time from spawn until /health answered 200 and every
    worker logged that its startup (model load or training) was complete."""

    def __init__(
        self,
        weights_path: Path | None,
        log_path: Path,
        *,
        workers: int = 1,
        app_target: str = "app.main:app",
        extra_args: list[str] | None = None,
        extra_env: dict[str, str] | None = None,
        backend_dir: Path = BACKEND_DIR,
    ) -> None:
        self.workers = workers
        self.port = free_port()
        self.log_path = log_path
        env = {**os.environ, **(extra_env or {})}
        if weights_path is not None:
            env["MODEL_WEIGHTS_PATH"] = str(weights_path)
        # Each checkout as its own `make run` starts it (bench.compare runs an older one beside this one).
        makefile = backend_dir.parent / "Makefile"
        self.command = [*uvicorn_command(app_target, self.port, workers, makefile), *(extra_args or [])]
        self._log = log_path.open("wb")
        self.started = started = time.perf_counter()
        self.process = subprocess.Popen(
            self.command, cwd=backend_dir, env=env, stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True
        )
        self.health = self._wait_ready(started)
        self.ready_seconds = round(time.perf_counter() - started, 3)

    def _wait_ready(self, started: float) -> dict[str, Any]:
        while time.perf_counter() - started < START_TIMEOUT_SECONDS:
            if self.process.poll() is not None:
                raise RuntimeError(f"the server exited with {self.process.returncode}; log:\n{self.log_tail()}")
            try:
                status, body = http_get(self.port, "/health", timeout=1.0)
            except OSError:
                status, body = 0, b""
            if status == 200 and self.log_path.read_text(errors="replace").count(READY_MARKER) >= self.workers:
                health: dict[str, Any] = json.loads(body)
                return health
            time.sleep(0.02)
        self.stop()
        raise RuntimeError(f"the server was not ready within {START_TIMEOUT_SECONDS:.0f}s; log:\n{self.log_tail()}")

    def log_tail(self, lines: int = 30) -> str:
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])

    def worker_pids(self) -> list[int]:
        if self.workers == 1:
            return [self.process.pid]  # uvicorn serves in the main process when there is one worker
        return [
            pid for pid in child_pids(self.process.pid) if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()
        ]

    def worker_rss_mib(self) -> list[float]:
        return [round(rss_kib(pid) / 1024, 1) for pid in self.worker_pids()]

    def worker_private_mib(self) -> list[float]:
        """RssAnon: the part of the RSS that is the worker's own, without shared library pages, whose count
        depends on what the page cache holds (a freshly installed torch maps about 60 MiB more of them)."""
        return [round(rss_kib(pid, "RssAnon") / 1024, 1) for pid in self.worker_pids()]

    def worker_memory(self) -> list[dict[str, float]]:
        """memory_mib() of each worker (uvicorn's supervisor, with more than one, is left out)."""
        return [memory_mib(pid) for pid in self.worker_pids()]

    def cpu_seconds(self) -> float:
        """CPU time used so far by the process(es) that serve requests."""
        return sum(cpu_seconds(pid) for pid in self.worker_pids())

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)  # our own session: this server and its workers
                self.process.wait(5)
        self._log.close()

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
