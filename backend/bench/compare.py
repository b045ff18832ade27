"""Two versions of the backend side by side, e.g. before and after a change:

    cd backend && .venv/bin/python -m bench.compare /path/to/other/checkout/backend

A change of a few percent is smaller than this machine's drift between two runs, so both servers run at
once (an idle one costs nothing) and wrk alternates between them, POST /api/complete then GET /health, the
order of the two versions swapping every round. Each version serves from its own directory (its own code,
this venv, its own Makefile's uvicorn options) with its own weights in a temporary folder, so each trains its
own model at start. Prints the median requests per second of each endpoint and the ratio for each version.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
from pathlib import Path

from bench.loadgen import run_wrk
from bench.run import COMPARE_CONCURRENCY, sanity_check
from bench.server import BACKEND_DIR, Server

ENDPOINTS = ("complete", "health")


def summarize(rates: dict[str, dict[str, list[float]]]) -> dict[str, dict[str, float]]:
    """{version: {endpoint: [req/s, ...]}} -> {version: {"complete", "health" (medians), "ratio"}}."""
    summary: dict[str, dict[str, float]] = {}
    for version, by_endpoint in rates.items():
        medians = {endpoint: statistics.median(by_endpoint[endpoint]) for endpoint in ENDPOINTS}
        summary[version] = {**medians, "ratio": medians["complete"] / medians["health"]}
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("other", type=Path, help="the other version's backend directory")
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--seconds", type=int, default=4, help="length of each wrk run")
    parser.add_argument("--connections", type=int, default=COMPARE_CONCURRENCY)
    args = parser.parse_args(argv)
    other = args.other.resolve()
    if not (other / "app" / "main.py").is_file():
        parser.error(f"{other} is not a backend directory (no app/main.py)")
    versions = {"this": BACKEND_DIR, "other": other}
    rates: dict[str, dict[str, list[float]]] = {name: {endpoint: [] for endpoint in ENDPOINTS} for name in versions}
    with tempfile.TemporaryDirectory(prefix="bench-compare-") as temp:
        servers: dict[str, Server] = {}
        try:
            for name, directory in versions.items():
                weights = Path(temp) / name / "model.pt"
                weights.parent.mkdir()
                servers[name] = Server(weights, Path(temp) / f"{name}.log", backend_dir=directory)
            for server in servers.values():
                sanity_check(server.port)  # timing a version that answers wrongly would measure nothing
                run_wrk(server.port, "complete", args.connections, 2)  # warm the prediction cache
            for round_index in range(args.rounds):
                order = list(servers) if round_index % 2 == 0 else list(reversed(servers))
                for name in order:
                    for endpoint in ENDPOINTS:
                        result = run_wrk(servers[name].port, endpoint, args.connections, args.seconds)
                        rates[name][endpoint].append(result["requests_per_second"])
                print(f"round {round_index + 1}/{args.rounds} done", flush=True)
        finally:
            for server in servers.values():
                server.stop()
    for name, figures in summarize(rates).items():
        print(
            f"{name:6s} {versions[name]}: /api/complete {figures['complete']:,.0f} req/s, "
            f"/health {figures['health']:,.0f} req/s, ratio {figures['ratio']:.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
