"""The benchmark's pure helpers: percentile math, wrk's Lua output, /proc parsing, targets, prompts."""

from __future__ import annotations

import os
import random
from collections import Counter

import pytest

from bench.compare import summarize
from bench.prompts import prompt_of_length, random_prompt
from bench.server import MAKEFILE
from bench.stats import (
    check,
    deployed_uvicorn_args,
    fill_placeholders,
    growth_percent,
    parse_proc_stat_cpu_ticks,
    parse_smaps_rollup_kib,
    parse_vm_rss_kib,
    parse_wrk_output,
    percentile,
    summarize_ms,
    uss_kib,
)

WRK_STDOUT = """Running 1s test @ http://127.0.0.1:8000/api/complete
  2 threads and 16 connections
  Latency Distribution
     50%   18.41ms
  817 requests in 1.00s, 1.02MB read
BENCH_JSON {"requests":2000,"duration_us":2000000,"bytes":123,"errors":{"connect":0,"read":0,"write":0,\
"status":3,"timeout":1},"latency_us":{"min":120,"mean":950.5,"stdev":10.0,"max":20000,"p50":800,"p90":1500,\
"p99":4500,"p999":9000}}
"""


def test_percentile_nearest_rank() -> None:
    values = list(range(1, 101))  # 1..100
    assert percentile(values, 0.50) == 50
    assert percentile(values, 0.99) == 99
    assert percentile(values, 1.0) == 100
    assert percentile(values, 0.0) == 1
    assert percentile([7.0], 0.99) == 7.0
    assert percentile([3, 1, 2], 0.5) == 2  # unsorted input


def test_percentile_rejects_bad_input() -> None:
    with pytest.raises(ValueError):
        percentile([], 0.5)
    with pytest.raises(ValueError):
        percentile([1.0], 1.5)


def test_summarize_ms() -> None:
    summary = summarize_ms([0.001] * 98 + [0.010, 0.020])
    assert summary == {"count": 100, "mean_ms": 1.28, "p50_ms": 1.0, "p90_ms": 1.0, "p99_ms": 10.0, "max_ms": 20.0}


def test_parse_wrk_output() -> None:
    result = parse_wrk_output(WRK_STDOUT)
    assert result["requests"] == 2000
    assert result["seconds"] == 2.0
    assert result["requests_per_second"] == 1000.0
    assert result["errors"] == 4
    assert result["error_kinds"] == {"status": 3, "timeout": 1}
    assert result["latency_ms"]["p50"] == 0.8
    assert result["latency_ms"]["p99"] == 4.5
    assert result["latency_ms"]["mean"] == 0.951  # 950.5 us, rounded to 3 decimals of a millisecond


def test_parse_wrk_output_needs_exactly_one_json_line() -> None:
    with pytest.raises(ValueError, match="found 0"):
        parse_wrk_output("Running 1s test\n")
    line = WRK_STDOUT.splitlines()[-1]
    with pytest.raises(ValueError, match="found 2"):
        parse_wrk_output(f"{line}\n{line}\n")


def test_parse_vm_rss() -> None:
    status = "Name:\tpython\nVmPeak:\t  900000 kB\nVmRSS:\t  263600 kB\nRssAnon:\t 200000 kB\n"
    assert parse_vm_rss_kib(status) == 263600
    assert parse_vm_rss_kib(status, "RssAnon") == 200000
    with pytest.raises(ValueError):
        parse_vm_rss_kib("Name:\tkthreadd\n")


SMAPS_ROLLUP = """55d0c0a3e000-7ffd1d5f9000 ---p 00000000 00:00 0                          [rollup]
Rss:               75532 kB
Pss:               56642 kB
Pss_Anon:          52100 kB
Pss_File:           4542 kB
Shared_Clean:      21000 kB
Shared_Dirty:          0 kB
Private_Clean:      2400 kB
Private_Dirty:     52132 kB
Anonymous:         52132 kB
Swap:                  0 kB
"""


def test_parse_smaps_rollup_and_uss() -> None:
    fields = parse_smaps_rollup_kib(SMAPS_ROLLUP)
    assert fields["Pss"] == 56642 and fields["Rss"] == 75532
    assert uss_kib(fields) == 2400 + 52132  # private pages, anonymous or file-backed
    with pytest.raises(ValueError):
        parse_smaps_rollup_kib("header\nRss: 10 kB\n")
    with pytest.raises(ValueError, match="unit"):
        parse_smaps_rollup_kib("header\nPrivate_Clean: 1 MB\nPrivate_Dirty: 1 kB\n")


def test_the_bench_reads_this_process_memory() -> None:
    from bench.server import memory_mib

    memory = memory_mib(os.getpid())
    assert 0 < memory["uss_mib"] <= memory["rss_mib"]
    assert 0 < memory["pss_mib"] <= memory["rss_mib"]
    assert 0 < memory["rss_anon_mib"] <= memory["rss_mib"]


def test_parse_proc_stat_cpu_ticks() -> None:
    # pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime ...
    stat = "4242 (python -m uvicorn) R 1 4242 4242 0 -1 4194560 9000 0 12 0 1500 230 0 0 20 0 3 0"
    assert parse_proc_stat_cpu_ticks(stat) == 1730


def test_the_server_is_started_as_make_run_starts_it() -> None:
    makefile = (
        "run: deps ## Serve\n"
        "\tcd backend && exec .venv/bin/python -m uvicorn app.main:app --host $(HOST) \\\n"
        "\t\t--port $(PORT) --workers $(WORKERS) --no-access-log\n"
    )
    args = deployed_uvicorn_args(makefile)
    assert args == ["--host", "$(HOST)", "--port", "$(PORT)", "--workers", "$(WORKERS)", "--no-access-log"]
    filled = fill_placeholders(args, {"HOST": "127.0.0.1", "PORT": "8123", "WORKERS": "2"})
    assert filled == ["--host", "127.0.0.1", "--port", "8123", "--workers", "2", "--no-access-log"]
    with pytest.raises(ValueError, match="no value"):
        fill_placeholders(["--log-level", "$(LEVEL)"], {})
    with pytest.raises(ValueError):
        deployed_uvicorn_args("run:\n\techo nothing\n")
    # The repository's own Makefile: the options the benchmark will use.
    real = deployed_uvicorn_args(MAKEFILE.read_text())
    assert {"--host", "--port", "--workers"} <= set(real)
    # asyncio's event loop: under uvloop a saturated worker left some requests waiting up to 2 s (README).
    assert real[real.index("--loop") + 1] == "asyncio"


def test_growth_and_targets() -> None:
    assert growth_percent(200.0, 210.0) == 5.0
    assert check("p99", 12.0, 20.0)["pass"] is True
    assert check("p99", 25.0, 20.0)["pass"] is False
    assert check("ratio", 0.5, 0.4, higher_is_better=True, aim=0.6) == {
        "target": "ratio",
        "value": 0.5,
        "limit": ">= 0.4",
        "aim": 0.6,
        "pass": True,
    }
    assert check("not measured", None, 1.0)["pass"] is None


@pytest.mark.parametrize("length", [20, 100, 512])
def test_prompts_of_exact_length(length: int) -> None:
    rng = random.Random(length)
    for _ in range(200):
        prompt = prompt_of_length(rng, length)
        assert len(prompt) == length
        assert prompt.strip(), "a blank prompt would be a 422, not a classification"
        assert not prompt[0].isspace()


def test_random_prompts_are_mostly_distinct() -> None:
    rng = random.Random(0)
    prompts = [random_prompt(rng) for _ in range(1000)]
    # Only the refusals without a slot to vary ("a poem about cats": nine texts in all) repeat; about a third of
    # the refusals are drawn from them, so their repeats, not the skills' prompts, set how many are distinct.
    repeated = {prompt for prompt, count in Counter(prompts).items() if count > 1}
    fixed = ("what is the capital of", "Write me a poem about")
    assert repeated and all(prompt.startswith(fixed) for prompt in repeated)
    assert len(set(prompts)) > 850


def test_compare_summarizes_each_version_by_medians() -> None:
    rates = {
        "this": {"complete": [3000.0, 2000.0, 2900.0], "health": [7000.0, 7200.0, 5000.0]},
        "other": {"complete": [1000.0], "health": [4000.0]},
    }
    summary = summarize(rates)
    assert summary["this"] == {"complete": 2900.0, "health": 7000.0, "ratio": 2900.0 / 7000.0}
    assert summary["other"]["ratio"] == 0.25
