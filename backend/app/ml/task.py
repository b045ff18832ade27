"""What the classifier is trained for, as the rest of the app hands it in (no torch, no skills here)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from app.ml.calibration import Outcome
from app.ml.config import ModelConfig
from app.ml.encoding import tag_count


class LabelledPrompt(Protocol):
    @property
    def prompt(self) -> str: ...

    @property
    def task(self) -> str: ...

    @property
    def spans(self) -> Sequence[tuple[int, int, str]]: ...  # (start, end, role) of each operand in the prompt


class LabelledSplits(Protocol):
    @property
    def train(self) -> Sequence[LabelledPrompt]: ...

    @property
    def validation(self) -> Sequence[LabelledPrompt]: ...


@dataclass(frozen=True)
class TrainingTask:
    """What the classifier is trained for, handed in from outside the ml package."""

    labels: tuple[str, ...]  # the logits' order; the last is the label no skill answers
    # build_dataset(seed, train_per_label, validation_per_label, refused_seed): deterministic in its arguments;
    # refused_seed (None: the seed) seeds the train split's prompts of the last label apart from the others'
    build_dataset: Callable[[int, int, int, int | None], LabelledSplits]
    # every skill's parse outcome of a prompt, by label (calibration's evidence)
    parse_outcomes: Callable[[str], Mapping[str, Outcome]]
    # source files outside this package that decide the data or the outcomes (the recipe's fingerprint)
    sources: tuple[Path, ...] = ()
    # the roles of the operand spans the prompts carry, in the tagger's order (encoding.tags_for)
    span_roles: tuple[str, ...] = ("operand",)

    def model_config(self) -> ModelConfig:
        """The default network for this task: a logit per label, a tag per role's first and inner characters."""
        return ModelConfig(num_labels=len(self.labels), num_tags=tag_count(self.span_roles))
