"""Dump the service's reply to every evaluation prompt and 6,000 bench prompts, one JSON line each, so that two
versions of the code can be compared byte for byte (`cmp`): `python -m devtools.snap_replies OUT.jsonl`.

A change meant to keep behaviour (a speed-up, a refactor) passes when the dumps before and after it are equal.
It reads the NumPy export beside the configured weights whatever its fingerprint: the skills' code is part of
the fingerprint, and while only parser code changed the weights are the same. Train first (`make train`) if
there is no artifact.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import numpy as np

from app.config import BACKEND_DIR, get_settings
from app.ml.export import export_path, load_export
from app.ml.loader import classifier_of
from app.services.classifier_setup import TRAINING_TASK
from app.services.reasoning_service import ReasoningService
from bench.prompts import random_prompt

BENCH_PROMPTS = 6000


def exported_fingerprint(weights: Path) -> str:
    """The fingerprint the export beside these weights was made under (its JSON header, app/ml/export.py)."""
    with np.load(export_path(weights), allow_pickle=False) as exported:
        return str(json.loads(exported["header"].tobytes())["fingerprint"])


def prompts() -> list[str]:
    found = [
        json.loads(line)["prompt"] for path in sorted((BACKEND_DIR / "eval").glob("*.jsonl")) for line in path.open()
    ]
    rng = random.Random(11)
    return found + [random_prompt(rng) for _ in range(BENCH_PROMPTS)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    args = parser.parse_args(argv)
    weights = get_settings().model_weights_path
    exported = load_export(weights, exported_fingerprint(weights), TRAINING_TASK.labels)
    classifier = classifier_of(exported, TRAINING_TASK.span_roles)
    service = ReasoningService(classifier, classifier.calibration, tagger=classifier.operand_spans)
    lines = [json.dumps(vars(service.complete(prompt)), sort_keys=True, default=str) for prompt in prompts()]
    args.output.write_text("\n".join(lines))
    print(f"{len(lines)} replies -> {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
