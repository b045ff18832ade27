"""Train the classifier now and write the artifact: `python -m app.train` (from backend/).

Use it to pre-build the weights into a deployment image, so the server only loads them at boot.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from app.config import get_settings
from app.models.reasoning_model import (
    ModelConfig,
    TrainConfig,
    recipe_fingerprint,
    save_artifact,
    train_model,
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--output", type=Path, default=None, help="where to write the artifact (default: MODEL_WEIGHTS_PATH)"
    )
    args = parser.parse_args(argv)
    output: Path = args.output or get_settings().model_weights_path

    model_config, train_config = ModelConfig(), TrainConfig()
    print(f"Training TinyReasoningModel {model_config} on the synthetic dataset ...", flush=True)
    started = time.perf_counter()
    model, calibration, report = train_model(model_config, train_config, progress=lambda line: print(line, flush=True))
    save_artifact(output, model, calibration, recipe_fingerprint(model_config, train_config), report)
    print(
        f"Done in {time.perf_counter() - started:.1f}s: validation accuracy {report.validation_accuracy:.4f}, "
        f"temperature {calibration.temperature:.3f}. Wrote {output}",
        flush=True,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
