"""Each middleware's share of `GET /health` throughput, against a bare FastAPI app on the same server options.

    python -m bench.middleware_share [--seconds 5] [--rounds 3] [--connections 16] [--port 8400]
                                     [--before /path/to/older/checkout/backend]

Every variant is its own uvicorn process, started as `make run` starts it (the Makefile's options, one
worker), all on loopback and measured with wrk in interleaved rounds (the median round is reported):

- ``bare``: ``FastAPI()`` with one ``GET /health`` route and no middleware: the floor;
- ``no-middleware``: the app with none of its own middleware (FastAPI's built-in ones stay);
- ``only:<Name>``: the app with that one middleware of its own;
- ``app``: the app as deployed.

Each middleware's cost is ``only:<Name>`` against ``no-middleware``, in microseconds per request (from
requests per second, and from the server's CPU time per request, which a shared machine disturbs less).
The variants are read from the app's own ``user_middleware``, so the script measures whatever stack the
checkout has; with ``--before`` another checkout's variants (its own code, Makefile and venv; it needs
this script in its bench/) run in the same rounds, so a drifting machine moves both alike.
Writes reports/middleware_share.json.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from fastapi import FastAPI

from app.main import create_app
from app.services.classifier_setup import load_classifier
from bench.loadgen import run_wrk, wrk_path
from bench.server import BACKEND_DIR, cpu_seconds, http_get, uvicorn_command

VARIANT_ENV = "MIDDLEWARE_SHARE_VARIANT"
REPORT_PATH = BACKEND_DIR / "reports" / "middleware_share.json"
_apps: dict[str, Any] = {}


def _bare_app() -> Any:
    bare = FastAPI()

    @bare.get("/health")
    async def health() -> dict[str, str]:
        return {"status": "ok"}

    return bare


def middleware_names() -> list[str]:
    return [middleware.cls.__name__ for middleware in create_app().user_middleware]  # type: ignore[attr-defined]


def build_variant(variant: str) -> Any:
    """The ASGI app of one variant (built in the server process, from the environment)."""
    if variant == "bare":
        return _bare_app()
    app = create_app()
    if variant == "no-middleware":
        app.user_middleware = []
    elif variant.startswith("only:"):
        name = variant.removeprefix("only:")
        app.user_middleware = [m for m in app.user_middleware if m.cls.__name__ == name]  # type: ignore[attr-defined]
        if not app.user_middleware:
            raise SystemExit(f"no middleware named {name}")
    elif variant != "app":
        raise SystemExit(f"unknown variant {variant}")
    return app


def __getattr__(name: str) -> Any:
    """`uvicorn bench.middleware_share:app` serves the variant named in the environment."""
    if name != "app":
        raise AttributeError(name)
    variant = os.environ[VARIANT_ENV]
    if variant not in _apps:
        _apps[variant] = build_variant(variant)
    return _apps[variant]


class VariantServer:
    def __init__(self, label: str, variant: str, port: int, *, weights: Path, log_dir: Path, backend_dir: Path) -> None:
        self.label, self.port = label, port
        env = {**os.environ, VARIANT_ENV: variant, "MODEL_WEIGHTS_PATH": str(weights), "LOG_FORMAT": "json"}
        env.pop("PROMETHEUS_MULTIPROC_DIR", None)
        self.log = (log_dir / f"{label.replace(':', '-').replace(' ', '-')}.log").open("wb")
        command = uvicorn_command("bench.middleware_share:app", port, 1, backend_dir.parent / "Makefile")
        command[0] = str(backend_dir / ".venv" / "bin" / "python")
        self.process = subprocess.Popen(command, cwd=backend_dir, env=env, stdout=self.log, stderr=subprocess.STDOUT)

    def wait_ready(self, timeout: float = 120) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.label} exited with {self.process.returncode}")
            try:
                if http_get(self.port, "/health", timeout=1.0)[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.1)
        raise RuntimeError(f"{self.label} was not ready in {timeout}s")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        self.log.close()


def checkout_variants(backend_dir: Path) -> list[str]:
    """The variants of a checkout (its own middleware stack, read by its own code)."""
    python = backend_dir / ".venv" / "bin" / "python"
    code = "from bench.middleware_share import middleware_names; print(' '.join(middleware_names()))"
    completed = subprocess.run(
        [str(python), "-c", code], cwd=backend_dir, capture_output=True, text=True, check=True, timeout=300
    )
    names = completed.stdout.split()
    return ["no-middleware", *(f"only:{name}" for name in names), "app"]


def measure(args: argparse.Namespace) -> dict[str, Any]:
    """Every variant of this checkout (and of --before's, labelled "before "), up at once, in interleaved rounds."""
    checkouts = [("", BACKEND_DIR)]
    if args.before:
        checkouts.insert(0, ("before ", Path(args.before).resolve()))
    planned = [("bare", "bare", BACKEND_DIR)]
    for prefix, backend_dir in checkouts:
        planned += [(prefix + variant, variant, backend_dir) for variant in checkout_variants(backend_dir)]
    weights = Path(args.weights)
    if not weights.exists():
        load_classifier(weights)  # once, before the servers start (they only load it)
    runs: dict[str, list[dict[str, Any]]] = {label: [] for label, _, _ in planned}
    with tempfile.TemporaryDirectory(prefix="middleware-share-") as log_dir:
        servers = [
            VariantServer(
                label, variant, args.port + index, weights=weights, log_dir=Path(log_dir), backend_dir=backend_dir
            )
            for index, (label, variant, backend_dir) in enumerate(planned)
        ]
        try:
            for server in servers:
                server.wait_ready()
            for server in servers:  # warm-up: imports, caches, first connections
                run_wrk(server.port, "health", args.connections, 1)
            for round_index in range(args.rounds):
                order = servers if round_index % 2 == 0 else servers[::-1]
                for server in order:
                    pid = server.process.pid
                    run = run_wrk(
                        server.port, "health", args.connections, args.seconds, functools.partial(cpu_seconds, pid)
                    )
                    runs[server.label].append(run)
                    rps = run["requests_per_second"]
                    print(f"round {round_index + 1} {server.label}: {rps:.0f} req/s", flush=True)
        finally:
            for server in servers:
                server.stop()
    return summarize(runs, args)


def summarize(runs: dict[str, list[dict[str, Any]]], args: argparse.Namespace) -> dict[str, Any]:
    rows: dict[str, dict[str, float]] = {}
    for label, label_runs in runs.items():
        rps = statistics.median(run["requests_per_second"] for run in label_runs)
        cpu = statistics.median(run["server_cpu_us_per_request"] for run in label_runs)
        rows[label] = {"requests_per_second": round(rps, 1), "server_cpu_us_per_request": round(cpu, 1)}
    bare = rows["bare"]
    for label, row in rows.items():
        row["ratio_to_bare"] = round(row["requests_per_second"] / bare["requests_per_second"], 3)
        prefix = "before " if label.startswith("before ") else ""
        variant = label.removeprefix(prefix)
        reference = rows[prefix + "no-middleware"] if variant.startswith("only:") or variant == "app" else bare
        row["us_per_request_over_reference"] = round(
            1e6 / row["requests_per_second"] - 1e6 / reference["requests_per_second"], 1
        )
        cpu_over = row["server_cpu_us_per_request"] - reference["server_cpu_us_per_request"]
        row["cpu_us_over_reference"] = round(cpu_over, 1)
    return {
        "endpoint": "GET /health",
        "connections": args.connections,
        "seconds": args.seconds,
        "rounds": args.rounds,
        "before": args.before,
        "reference": "only:<Name> and app against the same checkout's no-middleware; no-middleware against bare",
        "variants": rows,
        "runs": runs,
    }


def table(report: dict[str, Any]) -> str:
    lines = [
        "| variant | req/s | x bare | us/request over reference | server CPU us/request | CPU us over reference |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for variant, row in report["variants"].items():
        lines.append(
            f"| {variant} | {row['requests_per_second']:.0f} | {row['ratio_to_bare']:.2f} | "
            f"{row['us_per_request_over_reference']:+.1f} | {row['server_cpu_us_per_request']:.1f} | "
            f"{row['cpu_us_over_reference']:+.1f} |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--port", type=int, default=8400, help="first port; one per variant from here")
    parser.add_argument("--before", help="another checkout's backend/ (with its .venv) to measure alongside")
    parser.add_argument("--weights", default=str(Path(tempfile.gettempdir()) / "middleware-share" / "weights.pt"))
    parser.add_argument("--output", default=str(REPORT_PATH))
    args = parser.parse_args(argv)
    wrk_path()
    report = measure(args)
    output = Path(args.output)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(report, indent=2) + "\n")
    print(table(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
