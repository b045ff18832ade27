"""wrk runs with our Lua scripts: distinct random prompts for POST /api/complete, plain GET /health."""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bench.prompts import write_request_bodies
from bench.stats import parse_wrk_output

LUA_DIR = Path(__file__).resolve().parent / "lua"
SCRIPTS = {"complete": LUA_DIR / "complete.lua", "health": LUA_DIR / "health.lua"}
PATHS = {"complete": "/api/complete", "health": "/health"}
# Prompts written per second of a run: above what one machine of this size answers (about 3,000 a second).
_BODIES_PER_SECOND = 6000
_seeds = itertools.count(1)


@contextmanager
def wrk_environment(endpoint: str, seconds: int, threads: int) -> Iterator[dict[str, str]]:
    """The environment of a wrk run with our scripts; for "complete", a fresh file of distinct request bodies,
    more than this machine answers in `seconds` (removed afterwards)."""
    env = {**os.environ, "BENCH_LUA_DIR": str(LUA_DIR), "BENCH_THREADS": str(threads)}
    with tempfile.TemporaryDirectory(prefix="bench-prompts-") as folder:
        if endpoint == "complete":
            bodies = Path(folder) / "bodies.jsonl"
            write_request_bodies(bodies, _BODIES_PER_SECOND * seconds, next(_seeds))
            env["BENCH_PROMPTS_FILE"] = str(bodies)
        yield env


def wrk_path() -> str:
    path = shutil.which("wrk")
    if path is None:
        raise SystemExit("wrk is not installed (apt-get install wrk); the benchmark needs it")
    return path


def run_wrk(
    port: int, endpoint: str, connections: int, seconds: int, server_cpu: Callable[[], float] | None = None
) -> dict[str, Any]:
    """One wrk run: -c N -t min(N, 2) -d seconds --latency; returns parse_wrk_output's summary, plus the
    server's CPU time per request if `server_cpu` (seconds used so far) is given: on a shared machine that
    is steadier than requests per second, which also depend on what else runs."""
    threads = min(connections, 2)
    command = [
        wrk_path(),
        "-c",
        str(connections),
        "-t",
        str(threads),
        "-d",
        f"{seconds}s",
        "--latency",
        "-s",
        str(SCRIPTS[endpoint]),
        f"http://127.0.0.1:{port}{PATHS[endpoint]}",
    ]
    with wrk_environment(endpoint, seconds, threads) as env:
        cpu_before = server_cpu() if server_cpu else 0.0
        completed = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 60, check=False, env=env)
    if completed.returncode != 0:
        raise RuntimeError(f"wrk failed ({completed.returncode}): {completed.stderr or completed.stdout}")
    cpu_used = server_cpu() - cpu_before if server_cpu else None
    result = parse_wrk_output(completed.stdout)
    result.update(endpoint=PATHS[endpoint], connections=connections, threads=threads)
    if cpu_used is not None and result["requests"]:
        result["server_cpu_seconds"] = round(cpu_used, 3)
        result["server_cpu_us_per_request"] = round(cpu_used / result["requests"] * 1e6, 1)
    return result
