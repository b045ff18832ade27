"""Pure helpers of the benchmark (no I/O beyond reading a given text): percentiles, wrk output, RSS, targets."""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from typing import Any

WRK_JSON_MARKER = "BENCH_JSON "


def percentile(values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile: the smallest value with at least `fraction` of the values at or below it."""
    if not values:
        raise ValueError("no values")
    if not 0.0 <= fraction <= 1.0:
        raise ValueError(f"fraction {fraction} outside [0, 1]")
    ordered = sorted(values)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def summarize_ms(seconds: Sequence[float]) -> dict[str, float]:
    """Latencies in seconds -> count, mean, p50, p90, p99 and max in milliseconds (3 decimals)."""
    return {
        "count": len(seconds),
        "mean_ms": round(sum(seconds) / len(seconds) * 1000, 3),
        "p50_ms": round(percentile(seconds, 0.50) * 1000, 3),
        "p90_ms": round(percentile(seconds, 0.90) * 1000, 3),
        "p99_ms": round(percentile(seconds, 0.99) * 1000, 3),
        "max_ms": round(max(seconds) * 1000, 3),
    }


def parse_wrk_output(stdout: str) -> dict[str, Any]:
    """The JSON line our Lua `done()` prints, turned into requests/s, error count and latencies in ms."""
    lines = [line for line in stdout.splitlines() if line.startswith(WRK_JSON_MARKER)]
    if len(lines) != 1:
        raise ValueError(f"expected one {WRK_JSON_MARKER.strip()} line in wrk's output, found {len(lines)}")
    raw = json.loads(lines[0][len(WRK_JSON_MARKER) :])
    seconds = raw["duration_us"] / 1e6
    if seconds <= 0:
        raise ValueError("wrk reported a zero duration")
    latency = raw["latency_us"]
    errors = raw["errors"]
    return {
        "requests": raw["requests"],
        "seconds": round(seconds, 3),
        "requests_per_second": round(raw["requests"] / seconds, 1),
        "errors": sum(errors.values()),
        "error_kinds": {kind: count for kind, count in errors.items() if count},
        "latency_ms": {key: round(value / 1000, 3) for key, value in latency.items()},
    }


def parse_vm_rss_kib(status_text: str, field: str = "VmRSS") -> int:
    """A memory field of /proc/<pid>/status (VmRSS, or RssAnon: the private part), in KiB."""
    for line in status_text.splitlines():
        if line.startswith(f"{field}:"):
            value, unit = line.split()[1:3]
            if unit != "kB":
                raise ValueError(f"unexpected {field} unit {unit!r}")
            return int(value)
    raise ValueError(f"no {field} line (a kernel thread, or the process has exited)")


def parse_smaps_rollup_kib(text: str) -> dict[str, int]:
    """The fields of /proc/<pid>/smaps_rollup (Rss, Pss, Private_Clean, ...), in KiB."""
    fields: dict[str, int] = {}
    for line in text.splitlines()[1:]:  # the first line names the address range
        parts = line.split()
        if len(parts) == 3 and parts[0].endswith(":"):
            if parts[2] != "kB":
                raise ValueError(f"unexpected unit {parts[2]!r} in smaps_rollup")
            fields[parts[0][:-1]] = int(parts[1])
    if "Private_Clean" not in fields or "Private_Dirty" not in fields:
        raise ValueError("no Private_Clean / Private_Dirty in smaps_rollup")
    return fields


def uss_kib(smaps_rollup: dict[str, int]) -> int:
    """Unique set size: the pages only this process maps (anonymous or file), what it frees when it exits."""
    return smaps_rollup["Private_Clean"] + smaps_rollup["Private_Dirty"]


def parse_proc_stat_cpu_ticks(stat_text: str) -> int:
    """utime + stime (clock ticks) from the text of /proc/<pid>/stat; the command name may hold spaces."""
    fields = stat_text[stat_text.rindex(")") + 2 :].split()  # field 3 (state) onwards
    return int(fields[11]) + int(fields[12])  # fields 14 and 15


def deployed_uvicorn_args(makefile_text: str) -> list[str]:
    """The options `make run` gives uvicorn after `app.main:app` (a backslash continues the line), with
    $(HOST), $(PORT) and $(WORKERS) left as they are for the caller to fill in."""
    recipe = makefile_text.replace("\\\n", " ")
    for line in recipe.splitlines():
        if "uvicorn app.main:app" in line:
            return line.split("uvicorn app.main:app", 1)[1].split()
    raise ValueError("no `uvicorn app.main:app` command in the Makefile")


def fill_placeholders(args: list[str], values: dict[str, str]) -> list[str]:
    """Replace whole-argument Make variables ("$(PORT)") by their values; every one must be given."""
    filled = [values.get(arg[2:-1], arg) if arg.startswith("$(") and arg.endswith(")") else arg for arg in args]
    missing = [arg for arg in filled if arg.startswith("$(")]
    if missing:
        raise ValueError(f"no value for {missing}")
    return filled


def growth_percent(before: float, after: float) -> float:
    return round((after - before) / before * 100, 2)


def check(
    name: str,
    value: float | None,
    limit: float,
    *,
    higher_is_better: bool = False,
    unit: str = "",
    aim: float | None = None,
) -> dict[str, Any]:
    """One target: the measured value against its limit (None = not measured, which is not a pass)."""
    passed = None if value is None else (value >= limit if higher_is_better else value <= limit)
    return {
        "target": name,
        "value": value,
        "limit": f"{'>=' if higher_is_better else '<='} {limit}{unit}",
        "aim": aim,
        "pass": passed,
    }
