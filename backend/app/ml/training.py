"""The training loop: synthetic prompts -> TinyReasoningModel, then calibration on held-out prompts.

Everything this needs from the rest of the app arrives as a TrainingTask: the label set, the dataset
builder and the skills' parse outcomes (app/services/classifier_setup.py builds it from the registry).
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

import torch
from torch import nn

from app.ml.calibration import Calibration, Outcome, fit_calibration, softmax
from app.ml.config import ModelConfig, TrainConfig
from app.ml.encoding import MAX_MODEL_CHARS, VOCABULARY, aligned_for_model, encode_bytes, spans_from_tags, tags_for
from app.ml.feed import EpochFeed, encoded_samples
from app.ml.model import TinyReasoningModel
from app.ml.report import confusion_matrix, reliability_bins, tagging_scores
from app.ml.task import LabelledPrompt, TrainingTask

__all__ = ["TrainConfig", "TrainingReport", "TrainingTask", "logits_for", "train_model"]


@dataclass
class TrainingReport:
    epochs_run: int
    seconds: float
    train_accuracy: float
    validation_accuracy: float
    temperature: float
    fused_temperature: float
    # per epoch: epoch, loss, train_accuracy, validation_accuracy (the classifier's argmax), seconds
    history: list[dict[str, float]] = field(default_factory=list)
    parameters: int = 0
    trained_at: str = ""  # ISO 8601, UTC
    # The validation split answered as the service answers (calibrated classifier + the parsers' evidence and
    # vetoes): the confusion matrix of its labels and the reliability bins of its confidence (report.py).
    confusion: dict[str, Any] = field(default_factory=dict)
    reliability: list[dict[str, Any]] = field(default_factory=list)
    # The tagger on the validation prompts of each task that has operands (report.tagging_scores).
    tagging: dict[str, dict[str, float]] = field(default_factory=dict)


# ids (B, T), lengths (B,), labels (B,), and the tagged rows (R,) with their tags (R, T), if tagging
Batch = tuple[torch.Tensor, torch.Tensor, torch.Tensor, tuple[torch.Tensor, torch.Tensor] | None]


def _batches(
    encoded: Sequence[Sequence[int]],
    labels: Sequence[int],
    batch_size: int,
    stride: int,
    rng: random.Random,
    *,
    jitter: float = 0.0,
    tags: Sequence[bytes | None] | None = None,
    tagged_per_batch: int = 0,
) -> list[Batch]:
    """Length-bucketed batches: sort by length (plus up to `jitter` characters of noise), cut, shuffle the
    batches (little padding, still random)."""
    # Lengths within one multiple of the stride cost the same (the width is rounded up to it), so sorting by
    # that multiple mixes prompts more at no cost; the jitter mixes them more still, at some padding.
    noise = [rng.random() for _ in encoded]
    keys = [(-(-len(ids) // stride) * stride + jitter * r, r) for ids, r in zip(encoded, noise, strict=True)]
    order = sorted(range(len(encoded)), key=keys.__getitem__)
    batches = []
    for start in range(0, len(order), batch_size):
        chunk = order[start : start + batch_size]
        ids, lengths = _padded(encoded, chunk, stride)
        targets = _tag_targets(tags, chunk, ids.shape[1], tagged_per_batch, rng) if tags is not None else None
        batches.append((ids, lengths, torch.tensor([labels[i] for i in chunk]), targets))
    rng.shuffle(batches)
    return batches


_IGNORED = -100  # cross_entropy's ignore_index: padding, and prompts whose operands are not tagged


def _tag_targets(
    tags: Sequence[bytes | None], indices: Sequence[int], width: int, most: int, rng: random.Random
) -> tuple[torch.Tensor, torch.Tensor]:
    """Up to `most` (0: all) of the batch's rows that have tags (R,), and their tag ids (R, T), _IGNORED past each
    one's end."""
    rows = [row for row, index in enumerate(indices) if tags[index] is not None]
    if 0 < most < len(rows):
        rows = sorted(rng.sample(rows, most))
    targets = torch.full((len(rows), width), _IGNORED, dtype=torch.long)
    for position, row in enumerate(rows):
        row_tags = tags[indices[row]]
        if row_tags:
            targets[position, : len(row_tags)] = torch.frombuffer(bytearray(row_tags), dtype=torch.uint8)
    return torch.tensor(rows, dtype=torch.long), targets


def _padded(encoded: Sequence[Sequence[int]], indices: Sequence[int], stride: int) -> tuple[torch.Tensor, torch.Tensor]:
    sizes = [len(encoded[i]) for i in indices]
    width = -(-max(sizes) // stride) * stride  # round up to a multiple of the stride
    flat: list[int] = []
    for index, size in zip(indices, sizes, strict=True):
        flat += encoded[index]
        flat += _PADDING[: width - size]  # 0 = PAD
    # Token ids fit in a byte: a bytearray read as a tensor is several times faster than torch.tensor(list).
    ids = torch.frombuffer(bytearray(flat), dtype=torch.uint8).long() if len(VOCABULARY) <= 256 else torch.tensor(flat)
    return ids.view(len(indices), width), torch.tensor(sizes)  # (B, T), (B,)


_PADDING = [0] * (MAX_MODEL_CHARS + 8)


@torch.inference_mode()
def tags_of(model: TinyReasoningModel, encoded: Sequence[Sequence[int]], batch_size: int = 512) -> list[list[int]]:
    """The tagger's tag of every character of each sequence (argmax), in their original order."""
    model.eval()
    order = sorted(range(len(encoded)), key=lambda i: len(encoded[i]))
    tags: list[list[int]] = [[] for _ in encoded]
    for start in range(0, len(order), batch_size):
        chunk = order[start : start + batch_size]
        ids, lengths = _padded(encoded, chunk, model.stride)
        best = model.forward_joint(ids, lengths)[1].argmax(dim=2).tolist()
        for row, index in enumerate(chunk):
            tags[index] = best[row][: len(encoded[index])]
    return tags


def _tagging(
    model: TinyReasoningModel, samples: Sequence[LabelledPrompt], labels: Sequence[str], roles: tuple[str, ...]
) -> dict[str, dict[str, float]]:
    tagged = [sample for sample in samples if sample.task != labels[-1]]
    if not model.config.num_tags or not tagged:
        return {}
    aligned = [aligned_for_model(sample.prompt) for sample in tagged]
    predicted_chars = tags_of(model, [encode_bytes(sample.prompt) for sample in tagged])
    gold_chars = [
        tags_for(origins, tuple(sample.spans), roles) for sample, (_, origins) in zip(tagged, aligned, strict=True)
    ]
    predicted = [
        spans_from_tags(tags, origins, roles) for tags, (_, origins) in zip(predicted_chars, aligned, strict=True)
    ]
    gold = [spans_from_tags(list(tags), origins, roles) for tags, (_, origins) in zip(gold_chars, aligned, strict=True)]
    return tagging_scores(gold, predicted, gold_chars, predicted_chars, [sample.task for sample in tagged])


@torch.inference_mode()
def logits_for(model: TinyReasoningModel, encoded: Sequence[Sequence[int]], batch_size: int = 512) -> torch.Tensor:
    """Logits (N, L) for many sequences, in their original order (batched by length to limit padding)."""
    model.eval()
    order = sorted(range(len(encoded)), key=lambda i: len(encoded[i]))
    logits = torch.empty(len(encoded), model.config.num_labels, dtype=model.head.weight.dtype)  # float64 too
    for start in range(0, len(order), batch_size):
        chunk = order[start : start + batch_size]
        logits[chunk] = model(*_padded(encoded, chunk, model.stride))
    return logits


class _AdamW:
    """The update of torch.optim.AdamW (decoupled weight decay, bias-corrected moments) after clipping the
    gradients' norm, over one flat buffer that the parameters and their gradients are views of, so a step is a
    few whole-buffer operations instead of a few per parameter. Building a torch.optim optimiser would also
    import torch._dynamo, about a second of a cold start here, for nothing this loop needs."""

    def __init__(
        self, params: Iterable[nn.Parameter], weight_decay: float, beta2: float, max_norm: float = 1.0
    ) -> None:
        self.params = [p for p in params if p.requires_grad]
        self.weight_decay, self.max_norm = weight_decay, max_norm
        self.beta1, self.beta2, self.eps = 0.9, beta2, 1e-8
        total = sum(p.numel() for p in self.params)
        self.values, self.grads = torch.zeros(total), torch.zeros(total)
        self.exp_avg, self.exp_avg_sq = torch.zeros(total), torch.zeros(total)
        offset = 0
        for param in self.params:
            size = param.numel()
            self.values[offset : offset + size].copy_(param.detach().reshape(-1))
            param.data = self.values[offset : offset + size].view_as(param)
            param.grad = self.grads[offset : offset + size].view_as(param)  # backward adds into it in place
            offset += size
        self.steps = 0

    def zero_grad(self) -> None:
        self.grads.zero_()

    @torch.no_grad()
    def step(self, lr: float) -> None:
        norm = torch.linalg.vector_norm(self.grads)
        self.grads.mul_(torch.clamp(self.max_norm / (norm + 1e-6), max=1.0))  # clip_grad_norm_'s rule
        self.steps += 1
        self.values.mul_(1 - lr * self.weight_decay)
        self.exp_avg.lerp_(self.grads, 1 - self.beta1)
        self.exp_avg_sq.mul_(self.beta2).addcmul_(self.grads, self.grads, value=1 - self.beta2)
        denominator = (self.exp_avg_sq.sqrt() / math.sqrt(1 - self.beta2**self.steps)).add_(self.eps)
        self.values.addcdiv_(self.exp_avg, denominator, value=-lr / (1 - self.beta1**self.steps))

    def release(self) -> None:
        """Give every parameter its own storage again and drop the gradients (the model outlives this)."""
        for param in self.params:
            param.data = param.data.clone()
            param.grad = None


def _one_cycle(step: int, total: int, peak: float, warmup: float) -> float:
    """The learning rate at a step (0-based): a cosine rise from peak / 25 over the warmup share of the steps,
    then a cosine fall to nearly zero (the shape of torch's OneCycleLR)."""
    rise = max(1, round(warmup * total))
    if step < rise:
        return peak / 25 + (peak - peak / 25) * (1 - math.cos(math.pi * step / rise)) / 2
    progress = (step - rise) / max(1, total - 1 - rise)
    return peak * 1e-5 + (peak - peak * 1e-5) * (1 + math.cos(math.pi * min(progress, 1.0))) / 2


def _answered(
    logits: torch.Tensor, outcomes: Sequence[Mapping[str, Outcome]], calibration: Calibration, labels: Sequence[str]
) -> tuple[list[str], list[float]]:
    """Each prompt's label and confidence as the service gives them: the calibrated posterior of the logits and
    the parsers' outcomes (reasoning_service.decide), its most likely label."""
    answered, confidences = [], []
    for row, prompt_outcomes in zip(logits.tolist(), outcomes, strict=True):
        posterior = softmax(calibration.fused_scores(row, prompt_outcomes, labels))
        chosen = max(range(len(labels)), key=posterior.__getitem__)
        answered.append(labels[chosen])
        confidences.append(min(1.0, max(0.0, posterior[chosen])))
    return answered, confidences


def train_model(
    task: TrainingTask,
    model_config: ModelConfig | None = None,
    train_config: TrainConfig | None = None,
    progress: Callable[[str], None] | None = None,
    feed: EpochFeed | None = None,
) -> tuple[TinyReasoningModel, Calibration, TrainingReport]:
    """Train on the task's synthetic dataset; return the model, its calibration (fitted on the validation
    split) and a report. `feed` (made for this task and train_config) may already be drawing the epochs'
    prompts; by default one is made here."""
    import gc  # noqa: PLC0415 (here, beside its only use)

    model_config = model_config or task.model_config()
    if model_config.num_labels != len(task.labels):
        raise ValueError(f"the model has {model_config.num_labels} outputs for {len(task.labels)} labels")
    train_config = train_config or TrainConfig()
    # One thread: the matrices are small, so a second thread gains little on an idle machine, and on a
    # busy one two spinning threads per process made training over ten times slower. One thread also makes
    # the result the same bit for bit wherever it runs.
    previous_threads = torch.get_num_threads()
    torch.set_num_threads(1)
    # No cyclic garbage collection while training: the loop allocates millions of small objects, and each
    # full collection walks every object torch and the app hold, which cost about 0.6 s of a 7.5 s training.
    # The loop makes almost no cycles (a few thousand objects, collected once it is enabled again).
    collecting = gc.isenabled()
    gc.disable()
    try:
        feed = feed or EpochFeed(task, train_config, tagging=model_config.num_tags > 0)
        try:
            return _train(task, model_config, train_config, progress, feed)
        finally:
            feed.close()
    finally:
        torch.set_num_threads(previous_threads)
        if collecting:
            gc.enable()


def _train(
    task: TrainingTask,
    model_config: ModelConfig,
    train_config: TrainConfig,
    progress: Callable[[str], None] | None,
    feed: EpochFeed,
) -> tuple[TinyReasoningModel, Calibration, TrainingReport]:
    started = time.perf_counter()
    torch.manual_seed(train_config.seed)
    rng = random.Random(train_config.seed)

    # The feed's worker draws the epochs' prompts (feed.py); the validation prompts are drawn here meanwhile. They
    # are scored after every epoch for the report's history; which of them count (those no epoch trained on) is
    # known at the end. Scoring changes nothing in training (no randomness, no grads).
    validation_drawn = task.build_dataset(train_config.seed, 0, train_config.validation_per_label, None).validation
    all_valid_x, all_valid_y = encoded_samples(validation_drawn, task.labels)
    feed.parse_later([sample.prompt for sample in validation_drawn])  # the calibration's evidence
    epoch_guesses: list[torch.Tensor] = []
    seen: set[str] = set()

    model = TinyReasoningModel(model_config)
    optimizer = _AdamW(model.parameters(), train_config.weight_decay, train_config.adam_beta2)
    total_steps = train_config.epochs * math.ceil(len(feed.epoch(1).ids) / train_config.batch_size)
    history: list[dict[str, float]] = []
    epochs_run, step = 0, 0
    train_accuracy = 0.0
    for epoch in range(1, train_config.epochs + 1):
        data = feed.epoch(epoch)  # without fresh_data, epoch 1's prompts again
        seen.update(data.prompts)
        model.train()
        correct, seen_count, loss_sum = 0, 0, 0.0
        for ids, lengths, targets, tag_batch in _batches(
            data.ids,
            data.labels,
            train_config.batch_size,
            model.stride,
            rng,
            jitter=train_config.length_jitter,
            tags=data.tags,
            tagged_per_batch=train_config.tagged_per_batch,
        ):
            if tag_batch is None:
                logits = model(ids, lengths)  # (B, L)
                loss = nn.functional.cross_entropy(logits, targets)
            else:
                tagged_rows, tag_targets = tag_batch
                logits, tag_logits = model.forward_joint(ids, lengths, tagged_rows)  # (B, L), (R, T, K)
                loss = nn.functional.cross_entropy(logits, targets) + train_config.tag_weight * (
                    nn.functional.cross_entropy(
                        tag_logits.reshape(-1, tag_logits.shape[2]), tag_targets.reshape(-1), ignore_index=_IGNORED
                    )
                )
            optimizer.zero_grad()
            loss.backward()  # type: ignore[no-untyped-call]
            optimizer.step(
                _one_cycle(min(step, total_steps - 1), total_steps, train_config.learning_rate, train_config.warmup)
            )
            step += 1
            loss_sum += loss.item() * len(targets)
            correct += int((logits.argmax(dim=1) == targets).sum())
            seen_count += len(targets)
        epochs_run = epoch
        train_accuracy = correct / seen_count
        epoch_guesses.append(logits_for(model, all_valid_x).argmax(dim=1))
        elapsed = time.perf_counter() - started
        history.append(
            {"epoch": epoch, "loss": loss_sum / seen_count, "train_accuracy": train_accuracy, "seconds": elapsed}
        )
        if progress:
            progress(
                f"epoch {epoch}/{train_config.epochs}  loss {loss_sum / seen_count:.4f}  "
                f"train acc {train_accuracy:.4f}  {elapsed:.1f}s"
            )

    optimizer.release()
    # The validation split keeps only prompts no epoch trained on, so the calibration is fitted on unseen text.
    kept = [index for index, sample in enumerate(validation_drawn) if sample.prompt not in seen]
    validation = [validation_drawn[index] for index in kept]
    valid_x = [all_valid_x[index] for index in kept]
    valid_y = torch.tensor([all_valid_y[index] for index in kept])
    valid_logits = logits_for(model, valid_x)
    drawn_outcomes = feed.outcomes()
    outcomes = [drawn_outcomes[index] for index in kept]
    calibration = fit_calibration(valid_logits, valid_y, outcomes, task.labels)
    for entry, guesses in zip(history, epoch_guesses, strict=True):
        entry["validation_accuracy"] = float((guesses[kept] == valid_y).float().mean()) if kept else 0.0
    expected = [sample.task for sample in validation]
    answered, confidences = _answered(valid_logits, outcomes, calibration, task.labels)
    report = TrainingReport(
        epochs_run=epochs_run,
        seconds=time.perf_counter() - started,
        train_accuracy=train_accuracy,
        validation_accuracy=float((valid_logits.argmax(dim=1) == valid_y).float().mean()),
        temperature=calibration.temperature,
        fused_temperature=calibration.fused_temperature,
        history=history,
        parameters=sum(parameter.numel() for parameter in model.parameters()),
        trained_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        confusion=confusion_matrix(expected, answered, task.labels),
        reliability=reliability_bins(
            confidences, [guess == truth for guess, truth in zip(answered, expected, strict=True)]
        ),
        tagging=_tagging(model, validation, task.labels, task.span_roles),
    )
    model.eval()
    return model, calibration, report
