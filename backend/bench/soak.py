"""Soak test: N seconds of POST /api/complete at a fixed concurrency, zero errors expected.

    cd backend && .venv/bin/python -m bench.soak --seconds 60 --concurrency 64            # starts its own server
    cd backend && .venv/bin/python -m bench.soak --url http://127.0.0.1:8000 --seconds 60  # an existing one

Without --url it starts `uvicorn app.main:app` as `make run` does, on a free port (weights:
MODEL_WEIGHTS_PATH, trained there first if missing). The load is httpx + asyncio with keep-alive
connections, cycling over a mix of prompts (addition, parity, reversal, refusals). An error is any non-200
status or any transport failure. Prints one JSON object (requests, errors, requests per second, latency
percentiles) and exits 1 if there were errors.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from app.config import get_settings
from bench.server import Server

PROMPTS = [
    "What is 2 plus 3?",
    "Can you explain 47 plus 85 step by step?",
    "Is 1234567 even or odd?",
    "Reverse the word banana",
    'Reverse "hello world"',
    "Write me a poem about the sea",
    "What is 123456789 + 987654321?",
    "Is 42 an even number?",
]


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)


async def worker(client: httpx.AsyncClient, deadline: float, offset: int, tally: Tally) -> None:
    index = offset
    while time.perf_counter() < deadline:
        prompt = PROMPTS[index % len(PROMPTS)]
        index += 1
        started = time.perf_counter()
        try:
            response = await client.post("/api/complete", json={"prompt": prompt})
            if response.status_code != 200:
                tally.errors[f"status {response.status_code}"] += 1
                continue
        except httpx.HTTPError as error:
            tally.errors[type(error).__name__] += 1
            continue
        tally.latencies.append(time.perf_counter() - started)


async def soak(url: str, seconds: float, concurrency: int) -> dict[str, object]:
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    tally = Tally()
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=10) as client:
        started = time.perf_counter()
        deadline = started + seconds
        await asyncio.gather(*(worker(client, deadline, offset, tally) for offset in range(concurrency)))
        elapsed = time.perf_counter() - started
    latencies = sorted(tally.latencies)

    def percentile(fraction: float) -> float:
        return round(latencies[min(len(latencies) - 1, int(fraction * len(latencies)))] * 1000, 2) if latencies else 0

    ok = len(latencies)
    errors = sum(tally.errors.values())
    return {
        "url": url,
        "seconds": round(elapsed, 2),
        "concurrency": concurrency,
        "requests": ok + errors,
        "ok": ok,
        "errors": errors,
        "error_kinds": dict(tally.errors),
        "requests_per_second": round((ok + errors) / elapsed, 1),
        "latency_ms": {
            "p50": percentile(0.50),
            "p90": percentile(0.90),
            "p99": percentile(0.99),
            "max": percentile(1.0),
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--url", help="an already running server; default: start one")
    parser.add_argument("--workers", type=int, default=1, help="uvicorn workers when starting a server")
    args = parser.parse_args(argv)

    if args.url is not None:
        report = asyncio.run(soak(args.url, args.seconds, args.concurrency))
    else:
        with tempfile.TemporaryDirectory() as workdir:
            weights = get_settings().model_weights_path
            # The same server the benchmark starts: `make run`'s uvicorn options, ready once /health answers.
            with Server(weights, Path(workdir) / "server.log", workers=args.workers) as server:
                report = asyncio.run(soak(f"http://127.0.0.1:{server.port}", args.seconds, args.concurrency))
    print(json.dumps(report, indent=2))
    return 1 if report["errors"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
