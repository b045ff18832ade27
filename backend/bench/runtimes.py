"""NumPy against ONNX Runtime for the served forward pass: import time, USS, per-prompt latency, exactness.

A one-off measurement behind the choice in docs/performance.md (neither onnx nor onnxruntime is a
dependency). From backend/, with a second venv holding only numpy, onnx and onnxruntime:

    python3.11 -m venv /tmp/ortvenv && /tmp/ortvenv/bin/pip install numpy==2.4.6 onnx onnxruntime
    ORT=/tmp/ortvenv/lib/python3.11/site-packages
    PYTHONPATH=$ORT .venv/bin/python -m bench.runtimes export app/ml/artifacts/tiny_reasoning_model.pt /tmp/m.onnx
    PYTHONPATH=. /tmp/ortvenv/bin/python -m bench.runtimes measure app/ml/artifacts/tiny_reasoning_model.pt /tmp/m.onnx

`export` (torch + onnx) writes forward_one as an ONNX graph; `measure` (no torch) runs each runtime in a
fresh process and prints a JSON summary. Exactness is checked against the torch logits that `export` saves
beside the graph.
"""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.prompts import prompt_of_length, random_prompt

LENGTHS = (20, 100, 512)
ITERATIONS = 2000


def _uss_mib() -> dict[str, float]:
    fields = {}
    for line in Path("/proc/self/smaps_rollup").read_text().splitlines()[1:]:
        name, value, _ = line.split()
        fields[name[:-1]] = int(value)
    status = Path("/proc/self/status").read_text()
    rss_anon = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("RssAnon:"))
    return {
        "uss_mib": round((fields["Private_Clean"] + fields["Private_Dirty"]) / 1024, 1),
        "rss_anon_mib": round(rss_anon / 1024, 1),
    }


def _prompts() -> list[str]:
    rng = random.Random(99)
    return [random_prompt(rng) for _ in range(500)] + [prompt_of_length(rng, n) for n in LENGTHS for _ in range(100)]


def export(weights: Path, onnx_path: Path) -> None:
    import torch  # noqa: PLC0415

    from app.ml.encoding import encode, normalize_for_model  # noqa: PLC0415
    from app.ml.model import ModelConfig, TinyReasoningModel  # noqa: PLC0415

    checkpoint = torch.load(weights, weights_only=True)
    model = TinyReasoningModel(ModelConfig(**checkpoint["model_config"]))
    model.load_state_dict(checkpoint["state_dict"])
    model.eval()

    class ForwardOne(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.model = model

        def forward(self, ids: torch.Tensor) -> torch.Tensor:  # (1, T), T a multiple of the stride
            return self.model.head(self.model._states(ids)[:, -1])

    example = torch.ones(1, 8, dtype=torch.long)
    torch.onnx.export(
        ForwardOne(),
        (example,),
        str(onnx_path),
        dynamo=False,
        input_names=["ids"],
        output_names=["logits"],
        dynamic_axes={"ids": {1: "T"}},
        opset_version=17,
    )
    reference = {}
    with torch.inference_mode():
        for prompt in _prompts():
            ids = torch.tensor([encode(normalize_for_model(prompt))])
            reference[prompt] = model.forward_one(ids)[0].tolist()
    onnx_path.with_suffix(".reference.json").write_text(json.dumps(reference))


def child(runtime: str, weights: Path, onnx_path: Path) -> dict[str, Any]:
    """One runtime in this (fresh) process: import, load, then time predictions; memory at the end."""
    started = time.perf_counter()
    if runtime == "numpy":
        import numpy as np  # noqa: PLC0415

        from app.ml.export import export_path, read_export  # noqa: PLC0415
        from app.ml.inference import NumpyNetwork  # noqa: PLC0415
    else:
        import numpy as np  # noqa: PLC0415
        import onnxruntime  # noqa: PLC0415
    imported = time.perf_counter()

    from app.ml.encoding import encode, normalize_for_model  # noqa: PLC0415

    if runtime == "numpy":
        header = json.loads(np.load(export_path(weights))["header"].tobytes())
        exported = read_export(
            export_path(weights).read_bytes(), weights.read_bytes(), header["fingerprint"], header["labels"]
        )
        network = NumpyNetwork(exported.arrays, exported.conv_stride)

        def logits(ids: list[int]) -> list[float]:
            return [float(x) for x in network.logits(ids)]
    else:
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = options.inter_op_num_threads = 1
        session = onnxruntime.InferenceSession(str(onnx_path), options, providers=["CPUExecutionProvider"])

        def logits(ids: list[int]) -> list[float]:
            padded = ids + [0] * (-len(ids) % 4)
            return [float(x) for x in session.run(None, {"ids": np.array([padded], dtype=np.int64)})[0][0]]

    loaded = time.perf_counter()

    reference = json.loads(onnx_path.with_suffix(".reference.json").read_text())
    worst = max(
        abs(a - b)
        for prompt, expected in reference.items()
        for a, b in zip(logits(encode(normalize_for_model(prompt))), expected, strict=True)
    )
    rng = random.Random(5)
    latency = {}
    for length in LENGTHS:
        ids = [encode(normalize_for_model(prompt_of_length(rng, length))) for _ in range(ITERATIONS)]
        timings = []
        for row in ids:
            begin = time.perf_counter()
            logits(row)
            timings.append((time.perf_counter() - begin) * 1e6)
        timings.sort()
        latency[f"{length}_chars"] = {
            "p50_us": round(timings[len(timings) // 2], 1),
            "mean_us": round(statistics.fmean(timings), 1),
        }
    return {
        "runtime": runtime,
        "import_ms": round((imported - started) * 1000, 1),
        "load_ms": round((loaded - imported) * 1000, 1),
        "max_logit_gap_vs_torch": float(worst),
        "latency": latency,
        **_uss_mib(),
    }


def measure(weights: Path, onnx_path: Path, rounds: int = 3) -> dict[str, Any]:
    """Each runtime in `rounds` fresh processes, alternating; the median of each figure."""
    results: dict[str, list[dict[str, Any]]] = {"numpy": [], "onnxruntime": []}
    baseline = [
        json.loads(
            subprocess.run(
                [sys.executable, "-c", "import json, bench.runtimes as r; print(json.dumps(r._uss_mib()))"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
        for _ in range(rounds)
    ]
    for _ in range(rounds):
        for runtime, runs in results.items():
            out = subprocess.run(
                [sys.executable, "-m", "bench.runtimes", "child", runtime, str(weights), str(onnx_path)],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            runs.append(json.loads(out))
    summary: dict[str, Any] = {"python_alone_uss_mib": statistics.median(b["uss_mib"] for b in baseline)}
    for runtime, runs in results.items():
        summary[runtime] = {
            key: statistics.median(run[key] for run in runs)
            for key in ("import_ms", "load_ms", "uss_mib", "rss_anon_mib")
        } | {
            "max_logit_gap_vs_torch": max(run["max_logit_gap_vs_torch"] for run in runs),
            "latency": {
                length: {k: statistics.median(run["latency"][length][k] for run in runs) for k in ("p50_us", "mean_us")}
                for length in runs[0]["latency"]
            },
        }
    return summary


def main(argv: list[str]) -> int:
    command, weights, onnx_path = argv[0], Path(argv[1]), Path(argv[2])
    if command == "export":
        export(weights, onnx_path)
    elif command == "child":
        runtime, weights, onnx_path = argv[1], Path(argv[2]), Path(argv[3])
        print(json.dumps(child(runtime, weights, onnx_path)))
    else:
        print(json.dumps(measure(weights, onnx_path), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
