"""The benchmark: the real server beside the framework's floor, in one run.

    cd backend && .venv/bin/python -m bench            # full: about 4 to 5 minutes, writes reports/bench.json
    cd backend && .venv/bin/python -m bench --smoke    # seconds: same code path, writes reports/bench-smoke.json

1. Cold start: `uvicorn app.main:app` (as `make run` starts it) on an empty MODEL_WEIGHTS_PATH: a child
   process trains and writes the artifact, then the server answers /health. Timed from spawn to the first
   200, and to the first answer; the worker's memory after it.
2. Classification latency in process: the served classifier (NumPy) and the torch reference it replaced,
   distinct prompts of 20, 100 and 512 characters (the plain model, no cache).
3. Warm start, several times: the same command loading the artifact, spawn to ready and to the first answer.
4. HTTP, one worker, beside the floor: a bare FastAPI app (bench/bare.py: one route, no middleware) on the
   same uvicorn command line. wrk on POST /api/complete with a distinct random prompt per request (every
   skill, refusals, missing operands), GET /health on the app, GET /health on the bare app, at each
   concurrency (-c N -t min(N, 2) --latency). Then the c=16 ratios again, as the median of 6 rounds of
   back-to-back short runs, rotating which goes first: the values the throughput targets are checked against.
5. Memory: a fresh server; USS (smaps_rollup's Private_Clean + Private_Dirty), RssAnon and VmRSS of the worker
   at ready and after 10,000 and 50,000 /api/complete requests.
6. Two workers against one: wrk at c=16 on both endpoints; each worker's USS and the PSS of both.

Targets are reported (pass/fail in the table and the JSON), never enforced: the exit status is 0 if the
benchmark ran. The machine is shared; compare ratios within one run, not absolute figures across runs.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench.loadgen import run_wrk, wrk_path
from bench.prompts import prompt_of_length, random_prompt
from bench.server import BACKEND_DIR, Server, http_post_json, memory_mib, uvicorn_command
from bench.stats import check, growth_percent, summarize_ms

REPORTS_DIR = BACKEND_DIR / "reports"


@dataclass(frozen=True)
class Plan:
    name: str
    warm_starts: int
    latency_iterations: int
    wrk_seconds: int
    warmup_seconds: int  # 0 = a few single requests instead of a wrk warm-up
    concurrencies: tuple[int, ...]
    memory_checkpoints: tuple[int, ...]
    memory_chunk_seconds: int
    memory_connections: int
    cache_ab_rounds: int  # rounds of plain-vs-cached servers (0 = skip)
    ratio_rounds: int  # paired /api/complete-then-/health runs at c=16 whose median ratio is the target's value
    ratio_round_seconds: int


FULL = Plan(
    "full",
    warm_starts=5,
    latency_iterations=2000,
    wrk_seconds=10,
    warmup_seconds=2,
    concurrencies=(1, 16, 64),
    memory_checkpoints=(10_000, 50_000),
    memory_chunk_seconds=2,
    memory_connections=16,
    cache_ab_rounds=2,
    ratio_rounds=6,  # even, so each endpoint goes first as often
    ratio_round_seconds=4,
)
SMOKE = Plan(
    "smoke",
    warm_starts=1,
    latency_iterations=100,
    wrk_seconds=1,
    warmup_seconds=0,
    concurrencies=(1, 16),
    memory_checkpoints=(2_000, 5_000),  # wrk runs for whole seconds: about 1,500 requests each
    memory_chunk_seconds=1,
    memory_connections=16,
    cache_ab_rounds=0,
    ratio_rounds=1,
    ratio_round_seconds=1,
)
PROMPT_LENGTHS = (20, 100, 512)
COMPARE_CONCURRENCY = 16


# The limit is 350 MB per worker: 350e6 bytes, 333.8 MiB.
RSS_LIMIT_MIB = round(350e6 / 2**20, 1)


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def load_average() -> list[float]:
    return [round(value, 2) for value in os.getloadavg()]


def machine() -> dict[str, Any]:
    cpu_model = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    mem_kib = next(
        int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal:")
    )
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=BACKEND_DIR, capture_output=True, text=True, check=False
        ).stdout.strip()
    except OSError:
        commit = ""
    return {
        "cpus": os.cpu_count(),
        "cpu_model": cpu_model,
        "memory_gib": round(mem_kib / 1024**2, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "git_commit": commit,
        "wrk": wrk_version(),
    }


def wrk_version() -> str:
    output = subprocess.run([wrk_path(), "--version"], capture_output=True, text=True, check=False).stdout
    return output.splitlines()[0].strip() if output else ""


def sanity_check(port: int) -> None:
    """A few known answers before timing anything: a benchmark of a broken server measures nothing."""
    for prompt, task, answer in (
        ("What is 2 plus 3?", "addition", "5"),
        ("Is 7 even or odd?", "parity", "odd"),
        ("Reverse the word hello", "reversal", "olleh"),
    ):
        status, body = http_post_json(port, "/api/complete", {"prompt": prompt})
        if status != 200 or body.get("task") != task or body.get("answer") != answer:
            raise RuntimeError(f"unexpected reply to {prompt!r}: {status} {body}")


def warm_up(port: int, plan: Plan, connections: int) -> None:
    if plan.warmup_seconds:
        run_wrk(port, "complete", connections, plan.warmup_seconds)
        run_wrk(port, "health", connections, 1)
    else:
        rng = random.Random(0)
        for _ in range(20):
            http_post_json(port, "/api/complete", {"prompt": random_prompt(rng)})


def classification_latency(weights_path: Path, plan: Plan) -> dict[str, Any]:
    """The served classifier (NumPy) and the torch reference, on the same prompts, one after the other."""
    # Imported here: the load generator itself never needs the app, and only this step runs the model in process.
    from app.ml.artifact import load_artifact  # noqa: PLC0415
    from app.ml.reference import TorchClassifier  # noqa: PLC0415
    from app.services.classifier_setup import load_classifier  # noqa: PLC0415
    from app.skills import TASK_LABELS  # noqa: PLC0415

    loaded = load_classifier(weights_path)
    model, calibration, _ = load_artifact(weights_path, loaded.fingerprint, TASK_LABELS)
    classifiers = {"numpy": loaded.classifier, "torch": TorchClassifier(model, calibration, TASK_LABELS)}
    rng = random.Random(1234)
    # "trained" here means the recipe's source changed after the server trained (someone edited it mid-run).
    results: dict[str, Any] = {"model_source": loaded.source}
    for length in PROMPT_LENGTHS:
        prompts = [prompt_of_length(rng, length) for _ in range(plan.latency_iterations + 20)]
        for name, classifier in classifiers.items():
            for prompt in prompts[:20]:
                classifier.predict(prompt)
            timings = []
            for prompt in prompts[20:]:
                started = time.perf_counter()
                classifier.predict(prompt)
                timings.append(time.perf_counter() - started)
            results.setdefault(name, {})[f"{length}_chars"] = summarize_ms(timings)
    return results


def first_answer_seconds(server: Server) -> float:
    """Spawn to the first /api/complete answer (a server is ready before this; the request comes next)."""
    status, _ = http_post_json(server.port, "/api/complete", {"prompt": "What is 2 plus 3?"})
    if status != 200:
        raise RuntimeError(f"the first answer failed: {status}")
    return round(time.perf_counter() - server.started, 3)


def http_matrix(server: Server, bare: Server, plan: Plan) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The app's runs and the bare app's /health runs, at each concurrency."""
    runs, bare_runs = [], []
    for connections in plan.concurrencies:
        warm_up(server.port, plan, connections)
        run_wrk(bare.port, "health", connections, 1)
        for endpoint in ("complete", "health"):
            log(f"wrk {endpoint} c={connections} {plan.wrk_seconds}s")
            runs.append(run_wrk(server.port, endpoint, connections, plan.wrk_seconds, server.cpu_seconds))
        log(f"wrk bare health c={connections} {plan.wrk_seconds}s")
        bare_runs.append(run_wrk(bare.port, "health", connections, plan.wrk_seconds, bare.cpu_seconds))
    return runs, bare_runs


RATIO_RUNS = (("complete", "app"), ("health", "app"), ("health", "bare"))


def paired_ratio(server: Server, bare: Server, plan: Plan) -> dict[str, Any]:
    """The c=16 throughput ratios as medians over rounds of back-to-back runs (app /api/complete, app /health,
    bare /health), rotating which goes first.

    This shared machine's speed drifts by several percent from one minute to the next, as much as one change
    to the code moves a ratio; a single set of 10-second runs can land on either side of a target. Adjacent
    short runs see the same machine, and the median ignores a round that straddled a slowdown.
    """
    servers = {"app": server, "bare": bare}
    rounds = []
    for index in range(plan.ratio_rounds):
        shift = index % len(RATIO_RUNS)
        order = RATIO_RUNS[shift:] + RATIO_RUNS[:shift]
        log(f"paired ratio round {index + 1}/{plan.ratio_rounds}")
        runs = {
            (endpoint, name): run_wrk(
                servers[name].port, endpoint, COMPARE_CONCURRENCY, plan.ratio_round_seconds, servers[name].cpu_seconds
            )
            for endpoint, name in order
        }
        complete, health, floor = (runs[key] for key in RATIO_RUNS)
        rounds.append(
            {
                "first": "/".join(order[0]),
                "complete_requests_per_second": complete["requests_per_second"],
                "health_requests_per_second": health["requests_per_second"],
                "bare_health_requests_per_second": floor["requests_per_second"],
                "ratio": complete["requests_per_second"] / health["requests_per_second"],
                "complete_vs_bare": complete["requests_per_second"] / floor["requests_per_second"],
                "health_vs_bare": health["requests_per_second"] / floor["requests_per_second"],
                "complete_server_cpu_us_per_request": complete.get("server_cpu_us_per_request"),
                "health_server_cpu_us_per_request": health.get("server_cpu_us_per_request"),
                "bare_health_server_cpu_us_per_request": floor.get("server_cpu_us_per_request"),
                "errors": complete["errors"] + health["errors"] + floor["errors"],
            }
        )
    summary: dict[str, Any] = {
        "connections": COMPARE_CONCURRENCY,
        "seconds_per_run": plan.ratio_round_seconds,
        "rounds": rounds,
    }
    ratios = [r["ratio"] for r in rounds]
    summary |= {
        "median_ratio": round(statistics.median(ratios), 3),
        "min_ratio": round(min(ratios), 3),
        "max_ratio": round(max(ratios), 3),
    }
    for key in ("complete_vs_bare", "health_vs_bare"):
        values = [r[key] for r in rounds]
        summary[key] = {
            "median": round(statistics.median(values), 3),
            "min": round(min(values), 3),
            "max": round(max(values), 3),
        }
    return summary


def memory_growth(server: Server, plan: Plan) -> dict[str, Any]:
    (pid,) = server.worker_pids()
    at_ready = server.worker_memory()[0]
    samples = [{"requests": 0, "rss_mib": server.worker_rss_mib()[0]}]
    total, errors = 0, 0
    at_checkpoint: dict[int, dict[str, Any]] = {}
    for checkpoint in plan.memory_checkpoints:
        previous = len(samples)
        while total < checkpoint or len(samples) == previous:  # at least one new sample per checkpoint
            run = run_wrk(server.port, "complete", plan.memory_connections, plan.memory_chunk_seconds)
            total += run["requests"]
            errors += run["errors"]
            samples.append({"requests": total, "rss_mib": server.worker_rss_mib()[0]})
        at_checkpoint[checkpoint] = samples[-1]
    first, last = (at_checkpoint[c] for c in (plan.memory_checkpoints[0], plan.memory_checkpoints[-1]))
    return {
        "pid": pid,
        "at_ready": at_ready,
        "at_end": server.worker_memory()[0],
        "private_at_end_mib": server.worker_private_mib()[0],
        "rss_at_ready_mib": samples[0]["rss_mib"],
        "checkpoints": [at_checkpoint[c] | {"checkpoint": c} for c in plan.memory_checkpoints],
        "growth_percent": growth_percent(first["rss_mib"], last["rss_mib"]),
        "errors": errors,
        "samples": samples,
    }


def cache_ab(weights: Path, temp_dir: Path, plan: Plan) -> dict[str, Any]:
    """The prediction cache's gain: the same server with and without it, alternated, at c=16."""
    variants = {"plain": "bench.variants:without_prediction_cache", "cached": "app.main:app"}
    rounds: list[dict[str, Any]] = []
    for index in range(plan.cache_ab_rounds):
        for name, target in variants.items():
            log(f"prediction cache A/B: {name}, round {index + 1}/{plan.cache_ab_rounds}")
            with Server(weights, temp_dir / f"ab-{name}.log", app_target=target) as server:
                sanity_check(server.port)
                warm_up(server.port, plan, COMPARE_CONCURRENCY)
                run = run_wrk(server.port, "complete", COMPARE_CONCURRENCY, plan.wrk_seconds, server.cpu_seconds)
                rounds.append({"variant": name, "round": index + 1, **run})
    by_variant = {
        name: statistics.median(r["requests_per_second"] for r in rounds if r["variant"] == name) for name in variants
    }
    cpu = {
        name: statistics.median(r["server_cpu_us_per_request"] for r in rounds if r["variant"] == name)
        for name in variants
    }
    return {
        "connections": COMPARE_CONCURRENCY,
        "runs": rounds,
        "median_requests_per_second": by_variant,
        "median_server_cpu_us_per_request": cpu,
        "speedup": round(by_variant["cached"] / by_variant["plain"], 3),
    }


def find_run(runs: list[dict[str, Any]], endpoint: str, connections: int) -> dict[str, Any]:
    return next(r for r in runs if r["endpoint"] == endpoint and r["connections"] == connections)


def loaded_worker_memory(report: dict[str, Any]) -> list[dict[str, float]]:
    """Every memory reading of a worker that loaded the artifact (not the one that trained at boot)."""
    memory = report["memory"]
    return [memory["at_ready"], memory["at_end"], *report["two_workers"]["worker_memory"]]


def p99_or_none(runs: list[dict[str, Any]], connections: int) -> float | None:
    run = next((r for r in runs if r["endpoint"] == "/api/complete" and r["connections"] == connections), None)
    return None if run is None else run["latency_ms"]["p99"]


def evaluate_targets(report: dict[str, Any]) -> list[dict[str, Any]]:
    """Issue 17's targets first, then the earlier ones they do not replace (RSS limit, growth, errors)."""
    runs = report["http_one_worker"]
    complete = find_run(runs, "/api/complete", COMPARE_CONCURRENCY)
    health = find_run(runs, "/health", COMPARE_CONCURRENCY)
    report["complete_vs_health_c16"] = round(complete["requests_per_second"] / health["requests_per_second"], 3)
    paired = report["paired_ratio"]
    loaded = loaded_worker_memory(report)
    rss_values = [c["rss_mib"] for c in report["memory"]["checkpoints"]] + report["two_workers"]["worker_rss_mib"]
    return [
        check(
            "USS per worker that loaded the artifact, max seen (MiB)",
            max(m["uss_mib"] for m in loaded),
            80.0,
            unit=" MiB",
        ),
        check(
            "warm start: spawn, load, then ready, median (s)", report["warm_start"]["median_seconds"], 0.5, unit=" s"
        ),
        check("cold start: spawn, train, then ready (s)", report["cold_start"]["ready_seconds"], 8.0, unit=" s"),
        check(
            f"c={COMPARE_CONCURRENCY} /api/complete / bare FastAPI /health throughput, median of rounds",
            paired["complete_vs_bare"]["median"],
            0.5,
            higher_is_better=True,
        ),
        check(
            f"c={COMPARE_CONCURRENCY} app /health / bare FastAPI /health throughput, median of rounds",
            paired["health_vs_bare"]["median"],
            0.8,
            higher_is_better=True,
        ),
        check("c=16 /api/complete p99 (ms)", p99_or_none(runs, 16), 5.0, unit=" ms"),
        check("c=64 /api/complete p99 (ms)", p99_or_none(runs, 64), 20.0, unit=" ms"),
        check("RSS per worker that loaded the artifact, max seen (MiB)", max(rss_values), RSS_LIMIT_MIB, unit=" MiB"),
        check(
            "RSS of a worker that trained at boot (MiB)",
            report["cold_start"]["rss_after_training_mib"],
            RSS_LIMIT_MIB,
            unit=" MiB",
        ),
        check(
            f"RSS growth {report['memory']['checkpoints'][0]['checkpoint']} -> "
            f"{report['memory']['checkpoints'][-1]['checkpoint']} requests (%)",
            report["memory"]["growth_percent"],
            5.0,
            unit=" %",
        ),
        check("HTTP errors (all runs)", report["http_errors"], 0),
    ]


def table(report: dict[str, Any]) -> str:
    lines = [
        f"Mini Reasoning LLM benchmark ({report['plan']['name']}), {report['started_at']}",
        f"machine: {report['machine']['cpus']} CPUs ({report['machine']['cpu_model']}), "
        f"{report['machine']['memory_gib']} GiB; load average {report['load_average_start']} -> "
        f"{report['load_average_end']}",
        "",
    ]
    cold, warm = report["cold_start"], report["warm_start"]
    lines.append(
        f"cold start (train + ready): {cold['ready_seconds']:.2f} s, "
        f"first answer at {cold['first_answer_seconds']:.2f} s "
        f"(in load_or_train {cold['model_seconds']:.2f} s); the worker after training: "
        f"USS {cold['memory']['uss_mib']:.1f} MiB, VmRSS {cold['rss_after_training_mib']:.1f} MiB"
    )
    lines.append(
        f"warm start (load + ready):  median {warm['median_seconds']:.2f} s, max {warm['max_seconds']:.2f} s "
        f"over {len(warm['ready_seconds'])} ({', '.join(f'{s:.2f}' for s in warm['ready_seconds'])}); "
        f"first answer median {warm['first_answer_median_seconds']:.2f} s; "
        f"loading the model {warm['model_seconds'] * 1000:.0f} ms; "
        f"a bare FastAPI app started the same way: median {warm['bare_app_median_seconds']:.2f} s"
    )
    sources = [
        *warm["sources"],
        report["classification"]["model_source"],
        report["memory"]["source"],
        report["two_workers"]["source"],
    ]
    if "trained" in sources:
        lines.append(
            "  NOTE: the model recipe changed during the run (a later server or the in-process load retrained)"
        )
    lines.append("")
    lines.append("classification in process (TaskClassifier.predict: NumPy as served; the torch reference beside it)")
    lines.append(f"  {'prompt':>10} {'runtime':>8} {'p50 ms':>8} {'p99 ms':>8} {'mean ms':>8}")
    for length in PROMPT_LENGTHS:
        for runtime in ("numpy", "torch"):
            s = report["classification"][runtime][f"{length}_chars"]
            lines.append(
                f"  {f'{length} chars':>10} {runtime:>8} {s['p50_ms']:>8.3f} {s['p99_ms']:>8.3f} {s['mean_ms']:>8.3f}"
            )
    lines.append("")
    lines.append("HTTP, 1 worker (wrk, distinct prompts); ratios against the bare FastAPI /health of the same run")
    lines.append(
        f"  {'endpoint':<20} {'c':>3} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>6} {'vs bare':>8} "
        f"{'CPU us/req':>10} {'CPU ratio':>9}"
    )
    for connections in report["plan"]["concurrencies"]:
        bare = find_run(report["http_bare"], "/health", connections)
        rows = [
            (endpoint, find_run(report["http_one_worker"], endpoint, connections))
            for endpoint in ("/api/complete", "/health")
        ]
        for endpoint, run in [*rows, ("bare FastAPI /health", bare)]:
            ratio = run["requests_per_second"] / bare["requests_per_second"]
            cpu_ratio = bare["server_cpu_us_per_request"] / run["server_cpu_us_per_request"]
            lines.append(
                f"  {endpoint:<20} {connections:>3} {run['requests_per_second']:>9.1f} "
                f"{run['latency_ms']['p50']:>8.2f} {run['latency_ms']['p99']:>8.2f} {run['errors']:>6} "
                f"{ratio:>7.2f}x {run['server_cpu_us_per_request']:>10.0f} {cpu_ratio:>8.2f}x"
            )
    paired = report["paired_ratio"]
    for key, title in (("complete_vs_bare", "/api/complete"), ("health_vs_bare", "app /health")):
        rounds = ", ".join(f"{r[key]:.3f}" for r in paired["rounds"])
        lines.append(
            f"  {title} vs bare /health at c={paired['connections']}, {len(paired['rounds'])} rounds of "
            f"{paired['seconds_per_run']} s: median {paired[key]['median']:.3f}x (rounds {rounds})"
        )
    lines.append(f"  /api/complete vs the app's own /health: median {paired['median_ratio']:.3f}x")
    lines.append("")
    two = report["two_workers"]
    lines.append(f"2 workers vs 1 at c={COMPARE_CONCURRENCY}")
    for endpoint in ("/api/complete", "/health"):
        one = find_run(report["http_one_worker"], endpoint, COMPARE_CONCURRENCY)
        run = find_run(two["runs"], endpoint, COMPARE_CONCURRENCY)
        gain = run["requests_per_second"] / one["requests_per_second"]
        lines.append(
            f"  {endpoint:<14} 1 worker {one['requests_per_second']:>8.1f} req/s, 2 workers "
            f"{run['requests_per_second']:>8.1f} req/s ({gain:.2f}x), "
            f"p99 {one['latency_ms']['p99']:.2f} -> {run['latency_ms']['p99']:.2f} ms"
        )
    lines.append(
        "  per worker: "
        + "; ".join(
            f"USS {m['uss_mib']:.1f}, PSS {m['pss_mib']:.1f}, VmRSS {m['rss_mib']:.1f} MiB"
            for m in two["worker_memory"]
        )
        + f"; PSS of the 2 workers {two['workers_pss_mib']:.1f} MiB (with the supervisor {two['total_pss_mib']:.1f})"
    )
    lines.append("")
    memory = report["memory"]
    lines.append(
        f"memory (1 worker that loaded the artifact): USS {memory['at_ready']['uss_mib']:.1f} MiB at ready, "
        f"{memory['at_end']['uss_mib']:.1f} MiB at the end; RssAnon {memory['at_ready']['rss_anon_mib']:.1f} -> "
        f"{memory['at_end']['rss_anon_mib']:.1f} MiB; PSS {memory['at_end']['pss_mib']:.1f} MiB"
    )
    lines.append(
        f"memory (VmRSS, 1 worker): ready {memory['rss_at_ready_mib']:.1f} MiB, "
        + ", ".join(f"after {c['requests']} requests {c['rss_mib']:.1f} MiB" for c in memory["checkpoints"])
        + f"; growth {memory['growth_percent']:+.2f}%"
        + f"; private (RssAnon) at the end {memory['private_at_end_mib']:.1f} MiB"
    )
    lines.append("")
    if "prediction_cache_ab" in report:
        ab = report["prediction_cache_ab"]
        medians = ab["median_requests_per_second"]
        lines.append(
            f"prediction cache A/B, /api/complete c={ab['connections']} (median of {len(ab['runs']) // 2} rounds): "
            f"plain {medians['plain']:.1f} req/s, cached {medians['cached']:.1f} req/s ({ab['speedup']:.2f}x); "
            f"server CPU per request {ab['median_server_cpu_us_per_request']['plain']:.0f} -> "
            f"{ab['median_server_cpu_us_per_request']['cached']:.0f} us"
        )
        lines.append("")
    lines.append("targets (reported, not enforced)")
    for target in report["targets"]:
        verdict = {True: "PASS", False: "FAIL", None: "n/a"}[target["pass"]]
        aim = f" (aim {target['aim']})" if target["aim"] is not None else ""
        lines.append(f"  [{verdict}] {target['target']}: {target['value']} (target {target['limit']}{aim})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--smoke", action="store_true", help="seconds-long run; writes reports/bench-smoke.json")
    parser.add_argument("--output", type=Path, help="where to write the JSON (default: reports/bench[-smoke].json)")
    args = parser.parse_args(argv)
    plan = SMOKE if args.smoke else FULL
    output = args.output or REPORTS_DIR / ("bench-smoke.json" if args.smoke else "bench.json")
    wrk_path()  # fail early and clearly if wrk is missing
    # The app's bytecode, written as `make run` and the image write it, so that the starts measured are not slowed
    # by compiling every module (where PYTHONDONTWRITEBYTECODE is set, Python never writes it itself).
    compileall.compile_dir(BACKEND_DIR / "app", quiet=1)

    started = time.perf_counter()
    report: dict[str, Any] = {
        "plan": asdict(plan),
        "started_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "machine": machine(),
        "load_average_start": load_average(),
        "server_command": " ".join(uvicorn_command("app.main:app", 0, 1)[1:])
        + "  (as make run; port and workers vary)",
    }
    with tempfile.TemporaryDirectory(prefix="bench-") as temp:
        temp_dir = Path(temp)
        weights = temp_dir / "weights" / "tiny_reasoning_model.pt"

        log("cold start: training into an empty weights path")
        with Server(weights, temp_dir / "cold.log") as server:
            sanity_check(server.port)
            report["cold_start"] = {
                "ready_seconds": server.ready_seconds,
                "model_seconds": server.health["model"]["seconds_to_ready"],
                "source": server.health["model"]["source"],
                # A worker that trained at boot keeps more memory than one that loaded the artifact.
                "rss_after_training_mib": server.worker_rss_mib()[0],
                "memory": server.worker_memory()[0],
            }
            report["cold_start"]["first_answer_seconds"] = first_answer_seconds(server)
        if report["cold_start"]["source"] != "trained":
            raise RuntimeError("the cold start did not train")

        log("classification latency in process")
        report["classification"] = classification_latency(weights, plan)

        warm_seconds: list[float] = []
        warm_answers: list[float] = []
        warm_sources: list[str] = []  # "trained" would mean the recipe's source changed mid-run
        for index in range(plan.warm_starts):
            log(f"warm start {index + 1}/{plan.warm_starts}")
            server = Server(weights, temp_dir / f"warm{index}.log")
            warm_answers.append(first_answer_seconds(server))
            warm_seconds.append(server.ready_seconds)
            warm_sources.append(server.health["model"]["source"])
            if index < plan.warm_starts - 1:
                server.stop()
        report["warm_start"] = {
            "ready_seconds": warm_seconds,
            "median_seconds": round(statistics.median(warm_seconds), 3),
            "max_seconds": max(warm_seconds),
            "first_answer_seconds": warm_answers,
            "first_answer_median_seconds": round(statistics.median(warm_answers), 3),
            "sources": warm_sources,
            "model_seconds": server.health["model"]["seconds_to_ready"],
        }
        # The floor under the warm start: a bare FastAPI app (one route) started the same way, as often.
        bare_starts = []
        for index in range(plan.warm_starts):
            with Server(None, temp_dir / f"bare-start{index}.log", app_target="bench.bare:app") as bare:
                bare_starts.append(bare.ready_seconds)
        report["warm_start"]["bare_app_ready_seconds"] = bare_starts
        report["warm_start"]["bare_app_median_seconds"] = round(statistics.median(bare_starts), 3)
        with server, Server(None, temp_dir / "bare.log", app_target="bench.bare:app") as bare:
            sanity_check(server.port)
            report["bare_server"] = {"ready_seconds": bare.ready_seconds, "memory": bare.worker_memory()[0]}
            report["http_one_worker"], report["http_bare"] = http_matrix(server, bare, plan)
            report["paired_ratio"] = paired_ratio(server, bare, plan)

        log("memory")
        with Server(weights, temp_dir / "memory.log") as server:
            report["memory"] = memory_growth(server, plan) | {"source": server.health["model"]["source"]}

        log("two workers")
        with Server(weights, temp_dir / "two.log", workers=2) as server:
            sanity_check(server.port)
            warm_up(server.port, plan, COMPARE_CONCURRENCY)
            runs = [
                run_wrk(server.port, endpoint, COMPARE_CONCURRENCY, plan.wrk_seconds, server.cpu_seconds)
                for endpoint in ("complete", "health")
            ]
            worker_memory, supervisor = server.worker_memory(), memory_mib(server.process.pid)
            report["two_workers"] = {
                "workers": 2,
                "runs": runs,
                "worker_rss_mib": server.worker_rss_mib(),
                "worker_memory": worker_memory,
                "workers_pss_mib": round(sum(m["pss_mib"] for m in worker_memory), 1),
                # uvicorn's supervisor process, which serves nothing, counted in too
                "total_pss_mib": round(sum(m["pss_mib"] for m in worker_memory) + supervisor["pss_mib"], 1),
                "source": server.health["model"]["source"],
            }

        if plan.cache_ab_rounds:
            report["prediction_cache_ab"] = cache_ab(weights, temp_dir, plan)

    all_runs = report["http_one_worker"] + report["http_bare"] + report["two_workers"]["runs"]
    all_runs += report.get("prediction_cache_ab", {}).get("runs", [])
    report["http_errors"] = (
        sum(run["errors"] for run in all_runs)
        + sum(r["errors"] for r in report["paired_ratio"]["rounds"])
        + report["memory"]["errors"]
    )
    report["load_average_end"] = load_average()
    report["seconds"] = round(time.perf_counter() - started, 1)
    report["targets"] = evaluate_targets(report)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(report, indent=2) + "\n")
    print(table(report))
    print(f"\nwrote {output} in {report['seconds']} s")
    return 0
