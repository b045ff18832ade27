"""The one place that connects the skills registry and the training data to the ml package.

app.ml knows no skill: it is handed the label set, the dataset builder, each skill's parse outcome (for
calibration) and the source files whose content decides them (for the recipe's fingerprint).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from app import skills as skills_package
from app.chains.skill import parse_fused
from app.ml.calibration import Outcome
from app.ml.config import ModelConfig, TrainConfig
from app.ml.loader import LoadedModel, load_or_train
from app.ml.task import LabelledSplits, TrainingTask
from app.skills import TASK_LABELS
from app.skills.base import MINUEND, OPERAND, Missing, Parsed, ParseResult


def outcome_of(result: ParseResult[Any]) -> Outcome:
    """A veto of a prompt in which the rules found no cue of their task is "unrecognised" (the model may still
    answer it from the operands it tags); any other veto is "rejected"."""
    if isinstance(result, Parsed):
        return "parsed"
    if isinstance(result, Missing):
        return "missing"
    return "rejected" if result.cue_found else "unrecognised"


def parse_outcomes(prompt: str) -> dict[str, Outcome]:
    """Each fused label's parse outcome (the skills', and the chain recogniser's with its vetoes), as served."""
    return {label: outcome_of(result) for label, result in parse_fused(prompt).items()}


_DATA_PACKAGE = "app.data"


def build_dataset(
    seed: int, train_per_label: int, validation_per_label: int, refused_seed: int | None = None
) -> LabelledSplits:
    # Imported on first use: only training reads it (its phrase lists too), and a serving process never trains.
    from app.data import composer  # noqa: PLC0415

    return composer.build_dataset(seed, train_per_label, validation_per_label, refused_seed=refused_seed)


def _code_and_data(directory: Path) -> list[Path]:
    return sorted(path for path in directory.rglob("*") if path.suffix in {".py", ".toml"} and path.is_file())


def _sources() -> tuple[Path, ...]:
    # The training data (the composer, the unsupported prompts, each skill's training.py and training.toml)
    # decides the weights; the parsers' outcomes are part of the calibration, so the skills' source and phrase
    # lists are part of the recipe too; so is this module, which turns parses into outcomes.
    spec = importlib.util.find_spec(_DATA_PACKAGE)  # its folder, without running it
    assert spec is not None and spec.origin is not None, _DATA_PACKAGE
    data_dir = Path(spec.origin).parent
    skills_dir = Path(skills_package.__file__).parent
    chains_dir = Path(__file__).parents[1] / "chains"
    return (Path(__file__), *_code_and_data(data_dir), *_code_and_data(skills_dir), *_code_and_data(chains_dir))


TRAINING_TASK = TrainingTask(
    labels=TASK_LABELS,
    build_dataset=build_dataset,
    parse_outcomes=parse_outcomes,
    sources=_sources(),
    span_roles=(OPERAND, MINUEND),
)


def model_config() -> ModelConfig:
    return TRAINING_TASK.model_config()


def load_classifier(
    path: Path, model_config: ModelConfig | None = None, train_config: TrainConfig | None = None
) -> LoadedModel:
    """The serving classifier for this registry: loaded from `path`, or made once (see app.ml.loader)."""
    return load_or_train(path, TRAINING_TASK, model_config, train_config)
