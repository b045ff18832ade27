"""Every epoch's training prompts, drawn and encoded ahead by a second process (no torch here).

Drawing the prompts costs about as much CPU as training on them, and the machine has a second core. The feed
forks its worker as soon as it is made; loader.build makes it before importing torch, so the worker draws the
first epoch while this process imports torch and draws the validation split. The data is the same wherever it
is drawn (a test): epoch 1 is build_dataset(seed)'s train split, the one the evaluation's baseline trains on;
with fresh_data each later epoch draws as many new prompts from seed + 100 * epoch (never the validation seed,
seed + 1), except its unsupported prompts, which repeat every refused_cycle epochs (epoch_seeds); without it
every epoch trains on epoch 1's prompts.

Why the unsupported prompts repeat: each draw must be read by every skill and the chain recogniser (a prompt a
skill answers may not be labelled unsupported), about 250 µs a draw, three quarters of an epoch's drawing. Drawn
fresh every epoch they paced the cold start (1.85 s to draw an epoch, 1.4 s to train on it); repeated every
third epoch (the composer remembers what it read), the worker stays ahead of training after the third.
Validation accuracy did not drop (0.916 fresh; 0.912 and 0.924 with a cycle of 2 and 3; on a later version of
the data 0.909 and 0.918).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import Any

from app.ml.calibration import Outcome
from app.ml.config import TrainConfig
from app.ml.encoding import aligned_for_model, encode_bytes, tags_for
from app.ml.processes import die_with_parent
from app.ml.task import LabelledPrompt, LabelledSplits, TrainingTask

__all__ = ["EpochData", "EpochFeed", "encoded_samples", "encoded_tags"]


@dataclass(frozen=True)
class EpochData:
    prompts: list[str]
    ids: list[bytes]  # token ids (encoding.encode_bytes)
    labels: list[int]
    tags: list[bytes | None] | None  # per prompt (encoded_tags), when the model has a tagger


def encoded_samples(samples: Sequence[LabelledPrompt], labels: Sequence[str]) -> tuple[list[bytes], list[int]]:
    """Token ids (as bytes, see encode_bytes) and label ids."""
    label_index = {label: index for index, label in enumerate(labels)}
    return [encode_bytes(s.prompt) for s in samples], [label_index[s.task] for s in samples]


def encoded_tags(
    samples: Sequence[LabelledPrompt], labels: Sequence[str], roles: tuple[str, ...]
) -> list[bytes | None]:
    """The target tags of each prompt's characters (encoding.tags_for); None for the last label's prompts (the
    one no skill answers: nothing to extract from them, so the tagger is not trained on them)."""
    untagged = labels[-1]
    tags: list[bytes | None] = []
    for sample in samples:
        if sample.task == untagged:
            tags.append(None)
            continue
        origins = aligned_for_model(sample.prompt)[1]
        tags.append(tags_for(origins, tuple(sample.spans), roles))
    return tags


def draw_epoch(
    build: Callable[[int, int, int, int | None], LabelledSplits],
    seeds: tuple[int, int | None],
    per_label: int,
    labels: tuple[str, ...],
    roles: tuple[str, ...] | None,
) -> EpochData:
    """build_dataset(seed, refused_seed=refused_seed)'s train split (no validation split), for seeds (seed,
    refused_seed), encoded: token ids, label ids, and tags when `roles` is set."""
    seed, refused_seed = seeds
    samples = list(build(seed, per_label, 0, refused_seed).train)
    ids, label_ids = encoded_samples(samples, labels)
    tags = encoded_tags(samples, labels, roles) if roles is not None else None
    return EpochData([sample.prompt for sample in samples], ids, label_ids, tags)


def _epoch_seed(config: TrainConfig, epoch: int) -> int:
    return config.seed if epoch == 1 else config.seed + 100 * epoch


def epoch_seeds(config: TrainConfig, epoch: int) -> tuple[int, int | None]:
    """The seeds of epoch `epoch`'s prompts (1-based; with fresh_data): build_dataset's seed, and its refused_seed,
    which repeats every config.refused_cycle epochs (None: the seed's own unsupported prompts)."""
    cycle = config.refused_cycle
    return _epoch_seed(config, epoch), _epoch_seed(config, (epoch - 1) % cycle + 1) if cycle else None


def _parse_all(parse: Callable[[str], Mapping[str, Outcome]], prompts: list[str]) -> list[Mapping[str, Outcome]]:
    return [dict(parse(prompt)) for prompt in prompts]


class EpochFeed:
    """The prompts of epochs 1..config.epochs, in order, drawn by a forked worker from the moment the feed is
    made; drawn here instead where no process can be forked (no fork on the platform, a daemon process, or
    fork refused), or if the worker died."""

    def __init__(self, task: TrainingTask, config: TrainConfig, tagging: bool) -> None:
        self._build, self._config = task.build_dataset, config
        self._labels, self._roles = tuple(task.labels), (tuple(task.span_roles) if tagging else None)
        self._futures: dict[int, Future[EpochData]] = {}
        self._pool: ProcessPoolExecutor | None = None
        self._first: EpochData | None = None
        self._parse = task.parse_outcomes
        self._outcome_prompts: list[str] = []
        self._outcomes: Future[list[Mapping[str, Outcome]]] | None = None
        can_fork = "fork" in multiprocessing.get_all_start_methods() and not multiprocessing.current_process().daemon
        if not can_fork:
            return
        with contextlib.suppress(OSError, ValueError):
            self._pool = ProcessPoolExecutor(
                max_workers=1,
                mp_context=multiprocessing.get_context("fork"),
                # It inherits this process's pipes (the training child's to the server): if this process is
                # killed, the worker must go too, or the server would wait for it to finish drawing.
                initializer=die_with_parent,
                initargs=(os.getpid(),),
            )
            for epoch in self._drawn_epochs():
                self._futures[epoch] = self._pool.submit(draw_epoch, *self._arguments(epoch))

    def parse_later(self, prompts: list[str]) -> None:
        """Have the worker read these prompts' parse outcomes once it has drawn every epoch (it is idle while the
        last epochs train); outcomes() hands them over."""
        self._outcome_prompts = prompts
        if self._pool is not None:
            with contextlib.suppress(OSError, RuntimeError, BrokenProcessPool):
                self._outcomes = self._pool.submit(_parse_all, self._parse, prompts)

    def outcomes(self) -> list[Mapping[str, Outcome]]:
        """The outcomes of the prompts given to parse_later, in order (read here if the worker could not)."""
        if self._outcomes is not None:
            with contextlib.suppress(BrokenProcessPool, OSError):
                return self._outcomes.result()
        return _parse_all(self._parse, self._outcome_prompts)

    def _drawn_epochs(self) -> range:
        return range(1, self._config.epochs + 1) if self._config.fresh_data else range(1, 2)

    def _arguments(self, epoch: int) -> tuple[Any, ...]:
        config = self._config
        return self._build, epoch_seeds(config, epoch), config.samples_per_label, self._labels, self._roles

    def epoch(self, epoch: int) -> EpochData:
        """Epoch `epoch`'s data (1-based); waits for the worker if it has not drawn it yet."""
        if epoch > 1 and not self._config.fresh_data:
            return self.epoch(1)
        if epoch == 1 and self._first is not None:
            return self._first
        data = self._from_worker(epoch)
        if data is None:
            data = draw_epoch(*self._arguments(epoch))
        if epoch == 1:
            self._first = data
        return data

    def _from_worker(self, epoch: int) -> EpochData | None:
        future = self._futures.pop(epoch, None)
        if future is None:
            return None
        data: EpochData | None = None
        with contextlib.suppress(BrokenProcessPool, OSError):
            data = future.result()
        return data

    def close(self) -> None:
        """Stop the worker (it exits once it finishes the epoch it is drawing)."""
        if self._pool is not None:
            for future in self._futures.values():
                future.cancel()
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
