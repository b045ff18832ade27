"""Train the classifier now and write the artifact and its serving export: `python -m app.train` (from backend/).

Use it to pre-build the weights into a deployment image, so the server only loads them at boot (and then
needs no torch: requirements-serve.txt).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from app.config import get_settings
from app.ml.artifact import recipe_fingerprint, save_artifact
from app.ml.config import TrainConfig
from app.ml.export import export_path
from app.ml.training import train_model
from app.services.classifier_setup import TRAINING_TASK, model_config


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--output", type=Path, default=None, help="where to write the artifact (default: MODEL_WEIGHTS_PATH)"
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=None,
        help="another training seed, to see how far a retrain moves the figures (its recipe differs from the served "
        "one: evaluate it with devtools.evaluate --fixed-weights; docs/measuring.md)",
    )
    args = parser.parse_args(argv)
    output: Path = args.output or get_settings().model_weights_path

    config = model_config()
    train_config = TrainConfig() if args.seed is None else TrainConfig(seed=args.seed)
    print(f"Training TinyReasoningModel {config} on the synthetic dataset ...", flush=True)
    started = time.perf_counter()
    model, calibration, report = train_model(
        TRAINING_TASK, config, train_config, progress=lambda line: print(line, flush=True)
    )
    fingerprint = recipe_fingerprint(TRAINING_TASK, config, train_config)
    save_artifact(output, model, calibration, fingerprint, report, labels=TRAINING_TASK.labels)
    print(
        f"Done in {time.perf_counter() - started:.1f}s: validation accuracy {report.validation_accuracy:.4f}, "
        f"temperature {calibration.temperature:.3f}. Wrote {output} and {export_path(output)}",
        flush=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
