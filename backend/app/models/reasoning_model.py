"""TinyReasoningModel: a character-level GRU that tells which task a prompt asks for.

The model only classifies; the skills compute answers. This module owns the network, the text encoding,
training with temperature calibration, and the weights artifact (save, load, fingerprint).
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import math
import os
import random
import re
import tempfile
import time
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, cast

import torch
from torch import nn

from app import skills as skills_package
from app.data import composer
from app.models import calibration as calibration_module
from app.models.calibration import Calibration, fit_calibration
from app.skills import TASK_LABELS

logger = logging.getLogger(__name__)

ARTIFACT_FORMAT = 1

# ---------------------------------------------------------------------------------------------------------
# Text encoding. The model sees a normalised view of the prompt: lower case, every run of two or more digits
# folded to one NUMBER symbol (an operand's value never matters for *which* task is asked, and this keeps
# "12 plus 30" and "98765 plus 4321" the same input), single digits kept (so "divisible by 2" and
# "divisible by 3" stay apart), white space collapsed, letters outside ASCII folded to one symbol and any
# other character to another. The vocabulary is therefore fixed and small.
# ---------------------------------------------------------------------------------------------------------
PAD, OTHER_LETTER, OTHER_SYMBOL, NUMBER = "\x00", "\x01", "\x02", "\x03"
_ASCII_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789 !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
VOCABULARY: tuple[str, ...] = (PAD, OTHER_LETTER, OTHER_SYMBOL, NUMBER, *_ASCII_CHARS)
_CHAR_TO_ID = {char: index for index, char in enumerate(VOCABULARY)}
_QUOTE_FOLDS = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "`": "'"})
MAX_MODEL_CHARS = 160


# ASCII control characters other than white space: the general path maps them to OTHER_SYMBOL (or keeps the
# four that are vocabulary symbols), which the ASCII shortcut below does not do.
_ASCII_NON_SPACE_CONTROL = re.compile("[\x00-\x08\x0e-\x1b\x7f]")
_DIGIT_RUN = re.compile("[0-9]{2,}")


def normalize_for_model(prompt: str) -> str:
    """The text the classifier reads (see the module comment)."""
    if prompt.isascii() and not _ASCII_NON_SPACE_CONTROL.search(prompt):
        # Most prompts, in a third of the time: on such text NFKC changes nothing, the only quote fold is the
        # backtick, every character is in the vocabulary, and split() drops exactly the white space the loop
        # below collapses and strips (tests/models/test_reasoning_model.py compares the two paths).
        return _truncated(" ".join(_DIGIT_RUN.sub(NUMBER, prompt.lower().replace("`", "'")).split()))
    return _truncated(_normalize_any(prompt))


def _normalize_any(prompt: str) -> str:
    text = unicodedata.normalize("NFKC", prompt).translate(_QUOTE_FOLDS).lower()
    out: list[str] = []
    for char in text:
        if char.isdigit():
            if out and (out[-1] == NUMBER or out[-1].isdigit()):
                out[-1] = NUMBER  # a second digit: the run is a multi-digit number
            else:
                out.append(char if char in _CHAR_TO_ID else str(unicodedata.digit(char, 0)))
        elif char.isspace():
            if out and out[-1] != " ":
                out.append(" ")
        elif char in _CHAR_TO_ID:
            out.append(char)
        elif char.isalpha():
            out.append(OTHER_LETTER)
        elif unicodedata.category(char).startswith("M") or unicodedata.category(char) == "Cf":
            continue  # combining marks and format characters (ZWJ, bidi controls) add nothing
        else:
            out.append(OTHER_SYMBOL)
    return "".join(out).strip()


def _truncated(normalized: str) -> str:
    if len(normalized) > MAX_MODEL_CHARS:
        # Keep the head (where the request usually is) and the tail (where "...backwards?" often is).
        normalized = normalized[: MAX_MODEL_CHARS - 40] + normalized[-40:]
    return normalized or OTHER_SYMBOL


def encode(normalized: str) -> list[int]:
    return [_CHAR_TO_ID.get(char, _CHAR_TO_ID[OTHER_SYMBOL]) for char in normalized]


# ---------------------------------------------------------------------------------------------------------
# The network.
# ---------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ModelConfig:
    vocab_size: int = len(VOCABULARY)
    num_labels: int = len(TASK_LABELS)
    embedding_dim: int = 32
    conv_channels: int = 48
    conv_layers: int = 2
    hidden_dim: int = 48


CONV_STRIDE = 2  # each convolution reads 4 positions and steps by 2


class TinyReasoningModel(nn.Module):
    """Embedding -> strided character convolutions -> one-layer GRU -> linear head.

    Each convolution halves the sequence (reading character 4-grams, then 4-grams of those), so the GRU,
    the slow part on a CPU, runs over a fraction of the steps. The head reads the GRU state at each
    sequence's true end. Convolutions are padded on the left only, so no output depends on anything after
    its own characters: a sequence padded at the end gives exactly the same state at its true end as the
    same sequence alone.
    """

    def __init__(self, config: ModelConfig) -> None:
        super().__init__()
        self.config = config
        self.embedding = nn.Embedding(config.vocab_size, config.embedding_dim, padding_idx=0)
        widths = [config.embedding_dim] + [config.conv_channels] * config.conv_layers
        self.convs = nn.ModuleList(
            nn.Conv1d(widths[i], widths[i + 1], kernel_size=2 * CONV_STRIDE, stride=CONV_STRIDE)
            for i in range(config.conv_layers)
        )
        self.gru = nn.GRU(widths[-1], config.hidden_dim, batch_first=True)
        self.head = nn.Linear(config.hidden_dim, config.num_labels)

    @property
    def stride(self) -> int:
        """How many characters one GRU step covers; inputs are padded to a multiple of it."""
        return int(CONV_STRIDE**self.config.conv_layers)

    def _states(self, token_ids: torch.Tensor) -> torch.Tensor:
        """(B, T) with T a multiple of the stride -> GRU outputs (B, T / stride, H)."""
        features = self.embedding(token_ids).transpose(1, 2)  # (B, E, T)
        for conv in self.convs:
            features = torch.relu(conv(nn.functional.pad(features, (CONV_STRIDE, 0))))  # left padding only
        outputs: torch.Tensor = self.gru(features.transpose(1, 2))[0]  # (B, T / stride, H)
        return outputs

    def forward(self, token_ids: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        """token_ids (B, T) padded with 0 to a multiple of the stride, lengths (B,) -> logits (B, L)."""
        outputs = self._states(token_ids)
        last = outputs[torch.arange(len(lengths)), (lengths + self.stride - 1) // self.stride - 1]  # (B, H)
        logits: torch.Tensor = self.head(last)  # (B, L)
        return logits

    def forward_one(self, token_ids: torch.Tensor) -> torch.Tensor:
        """One sequence (1, T) -> logits (1, L), padded only up to a multiple of the stride; inference only.

        The serving path. It runs the very kernels of forward() on the same weights, so the logits are the
        same bit for bit (tests/models/test_forward_one.py), but calls them directly: for a 20-character
        prompt the module wrappers (hooks, GRU argument checks) cost a quarter of the whole forward pass.
        """
        # torch.constant_pad_nd and torch.embedding are what F.pad (constant mode) and F.embedding end in,
        # without their Python argument checks.
        remainder = token_ids.shape[1] % self.stride
        if remainder:
            token_ids = torch.constant_pad_nd(token_ids, (0, self.stride - remainder))
        features = torch.embedding(self.embedding.weight, token_ids).transpose(1, 2)
        for conv in cast("Iterable[nn.Conv1d]", self.convs):
            features = torch.relu(
                nn.functional.conv1d(
                    torch.constant_pad_nd(features, (CONV_STRIDE, 0)), conv.weight, conv.bias, CONV_STRIDE
                )
            )
        initial_state = features.new_zeros(1, 1, self.config.hidden_dim)
        # nn.GRU.forward ends in this call: (input, h0, weights, has_biases, layers, dropout, train,
        # bidirectional, batch_first).
        outputs = torch.gru(
            features.transpose(1, 2),
            initial_state,
            cast("list[torch.Tensor]", self.gru._flat_weights),
            True,
            1,
            0.0,
            False,
            False,
            True,
        )[0]
        logits: torch.Tensor = nn.functional.linear(outputs[:, -1], self.head.weight, self.head.bias)
        return logits


# ---------------------------------------------------------------------------------------------------------
# Training.
# ---------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TrainConfig:
    seed: int = 1234
    samples_per_label: int = 2000  # per epoch: with fresh_data every epoch draws new prompts (see _train)
    validation_per_label: int = 300
    epochs: int = 9
    batch_size: int = 128
    learning_rate: float = 1.2e-2
    weight_decay: float = 1e-5
    adam_beta2: float = 0.99  # a short run: the second moment follows the gradients' scale closely
    warmup: float = 0.15  # share of the steps over which the learning rate rises to its peak
    length_jitter: float = 8.0  # a batch mixes prompts whose lengths differ by up to about this many characters
    fresh_data: bool = True


@dataclass
class TrainingReport:
    epochs_run: int
    seconds: float
    train_accuracy: float
    validation_accuracy: float
    temperature: float
    fused_temperature: float
    history: list[dict[str, float]] = field(default_factory=list)


def _batches(
    encoded: Sequence[Sequence[int]],
    labels: Sequence[int],
    batch_size: int,
    stride: int,
    rng: random.Random,
    *,
    jitter: float = 0.0,
) -> list[tuple[torch.Tensor, torch.Tensor, torch.Tensor]]:
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
        batches.append((*_padded(encoded, chunk, stride), torch.tensor([labels[i] for i in chunk])))
    rng.shuffle(batches)
    return batches


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
def _logits_for(model: TinyReasoningModel, encoded: Sequence[Sequence[int]], batch_size: int = 512) -> torch.Tensor:
    """Logits for many sequences, in their original order (batched by length to limit padding)."""
    model.eval()
    order = sorted(range(len(encoded)), key=lambda i: len(encoded[i]))
    logits = torch.empty(len(encoded), model.config.num_labels)
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


def train_model(
    model_config: ModelConfig | None = None,
    train_config: TrainConfig | None = None,
    progress: Callable[[str], None] | None = None,
) -> tuple[TinyReasoningModel, Calibration, TrainingReport]:
    """Train on the synthetic dataset; return the model, its calibration (fitted on the validation split)
    and a report."""
    import gc  # noqa: PLC0415 (here, beside its only use)

    model_config = model_config or ModelConfig()
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
        return _train(model_config, train_config, progress)
    finally:
        torch.set_num_threads(previous_threads)
        if collecting:
            gc.enable()


class _EncodingTable(dict[int, int]):
    """encode() as a str.translate table: character -> token id, anything else -> OTHER_SYMBOL."""

    def __missing__(self, key: int) -> int:
        return _CHAR_TO_ID[OTHER_SYMBOL]


_ENCODING_TABLE = _EncodingTable({ord(char): index for char, index in _CHAR_TO_ID.items()})


def _encoded(samples: Sequence[composer.Sample]) -> tuple[list[bytes], list[int]]:
    """Token ids and label ids. The ids are those of encode(), as bytes (the vocabulary has fewer than 256
    symbols): one translate call per prompt instead of a dictionary lookup per character."""
    assert len(VOCABULARY) <= 256
    label_index = {label: index for index, label in enumerate(TASK_LABELS)}
    ids = [normalize_for_model(s.prompt).translate(_ENCODING_TABLE).encode("latin-1") for s in samples]
    return ids, [label_index[s.task] for s in samples]


def _train(
    model_config: ModelConfig, train_config: TrainConfig, progress: Callable[[str], None] | None
) -> tuple[TinyReasoningModel, Calibration, TrainingReport]:
    started = time.perf_counter()
    torch.manual_seed(train_config.seed)
    rng = random.Random(train_config.seed)

    # Epoch 1 trains on build_dataset's split (the one the evaluation's baseline also trains on); with
    # fresh_data each later epoch draws as many new prompts from another seed. The same number of steps then
    # sees nine times the variety (fillers, typos, operands, sentence shapes) for about a quarter more time per
    # epoch, and the model cannot learn single prompts by heart.
    dataset = composer.build_dataset(
        seed=train_config.seed,
        train_per_label=train_config.samples_per_label,
        validation_per_label=train_config.validation_per_label,
    )
    train_x, train_y = _encoded(dataset.train)
    seen = {sample.prompt for sample in dataset.train}

    model = TinyReasoningModel(model_config)
    optimizer = _AdamW(model.parameters(), train_config.weight_decay, train_config.adam_beta2)
    total_steps = train_config.epochs * math.ceil(len(train_x) / train_config.batch_size)
    history: list[dict[str, float]] = []
    epochs_run, step = 0, 0
    train_accuracy = 0.0
    for epoch in range(1, train_config.epochs + 1):
        if epoch > 1 and train_config.fresh_data:
            # Seeds seed + 100 * epoch never meet the validation seed (seed + 1).
            samples = composer.generate(train_config.seed + 100 * epoch, train_config.samples_per_label)
            seen.update(sample.prompt for sample in samples)
            train_x, train_y = _encoded(samples)
        model.train()
        correct, seen_count, loss_sum = 0, 0, 0.0
        for ids, lengths, targets in _batches(
            train_x, train_y, train_config.batch_size, model.stride, rng, jitter=train_config.length_jitter
        ):
            logits = model(ids, lengths)
            loss = nn.functional.cross_entropy(logits, targets)
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
        elapsed = time.perf_counter() - started
        # Validation is scored once, after the last epoch: scoring it every epoch cost a tenth of the time.
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
    validation = [sample for sample in dataset.validation if sample.prompt not in seen]
    valid_x, valid_labels = _encoded(validation)
    valid_y = torch.tensor(valid_labels)
    valid_logits = _logits_for(model, valid_x)
    calibration = fit_calibration(valid_logits, valid_y, [sample.prompt for sample in validation])
    report = TrainingReport(
        epochs_run=epochs_run,
        seconds=time.perf_counter() - started,
        train_accuracy=train_accuracy,
        validation_accuracy=float((valid_logits.argmax(dim=1) == valid_y).float().mean()),
        temperature=calibration.temperature,
        fused_temperature=calibration.fused_temperature,
        history=history,
    )
    model.eval()
    return model, calibration, report


# ---------------------------------------------------------------------------------------------------------
# Prediction.
# ---------------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Prediction:
    """The classifier's raw logits and its calibrated probability of every label, in TASK_LABELS order."""

    probabilities: tuple[float, ...]
    logits: tuple[float, ...] = ()  # empty: taken as log(probabilities), for classifiers without logits

    def __post_init__(self) -> None:
        if not self.logits:
            object.__setattr__(self, "logits", tuple(math.log(max(p, 1e-12)) for p in self.probabilities))

    @property
    def label(self) -> str:
        return TASK_LABELS[max(range(len(self.probabilities)), key=self.probabilities.__getitem__)]

    def probability(self, label: str) -> float:
        return self.probabilities[TASK_LABELS.index(label)]


class TaskClassifier:
    """A trained model plus its calibration: text in, label logits and calibrated probabilities out."""

    def __init__(self, model: TinyReasoningModel, calibration: Calibration, threads: int = 1) -> None:
        self.model = model.eval()
        self.calibration = calibration
        self.threads = threads

    def _pin_threads(self) -> None:
        # The torch thread count is per calling thread (OpenMP), and two threads sum in another order than
        # one: pinning it makes a prediction the same bit for bit in whichever thread it is computed.
        if torch.get_num_threads() != self.threads:
            torch.set_num_threads(self.threads)

    @property
    def temperature(self) -> float:
        return self.calibration.temperature

    def _prediction(self, logits: torch.Tensor) -> Prediction:
        probabilities = torch.softmax(logits / self.calibration.temperature, dim=0)
        return Prediction(tuple(probabilities.tolist()), tuple(logits.tolist()))

    @torch.inference_mode()
    def predict(self, prompt: str) -> Prediction:
        self._pin_threads()
        ids = torch.tensor([encode(normalize_for_model(prompt))])  # (1, T), no padding
        return self._prediction(self.model.forward_one(ids)[0])

    @torch.inference_mode()
    def predict_many(self, prompts: Sequence[str]) -> list[Prediction]:
        """Batched prediction: the same as predict() for each prompt, up to float rounding."""
        if not prompts:
            return []
        self._pin_threads()
        logits = _logits_for(self.model, [encode(normalize_for_model(prompt)) for prompt in prompts])
        return [self._prediction(row) for row in logits]


# ---------------------------------------------------------------------------------------------------------
# The artifact.
# ---------------------------------------------------------------------------------------------------------
def recipe_fingerprint(model_config: ModelConfig, train_config: TrainConfig) -> str:
    """A hash of everything that decides the trained weights and their calibration: the source of the data
    generator, the model, the calibration and the skills, the labels, the vocabulary and both configs. A
    different fingerprint means a stale artifact."""
    digest = hashlib.sha256()
    digest.update(composer.data_fingerprint_material())  # the data generator's code and phrase lists
    # The parsers' outcomes are part of the calibration, so the skills' source is part of the recipe too.
    sources = [
        Path(__file__),
        Path(calibration_module.__file__),
        *sorted(Path(skills_package.__file__).parent.glob("*.py")),
    ]
    for source in sources:
        digest.update(source.read_bytes())
    digest.update(
        json.dumps(
            [list(TASK_LABELS), list(VOCABULARY), asdict(model_config), asdict(train_config), ARTIFACT_FORMAT]
        ).encode()
    )
    return digest.hexdigest()[:16]


class ArtifactError(Exception):
    """The artifact is missing, unreadable, unsafe, or was made by another recipe."""


def artifact_bytes(
    model: TinyReasoningModel, calibration: Calibration, fingerprint: str, report: TrainingReport
) -> bytes:
    """The artifact as bytes: what save_artifact writes, and what a training child process sends back."""
    checkpoint: dict[str, Any] = {
        "format": ARTIFACT_FORMAT,
        "fingerprint": fingerprint,
        "state_dict": model.state_dict(),
        "model_config": asdict(model.config),
        "vocabulary": list(VOCABULARY),
        "labels": list(TASK_LABELS),
        "calibration": calibration.to_dict(),
        "report": {k: v for k, v in asdict(report).items() if k != "history"},
    }
    buffer = io.BytesIO()
    torch.save(checkpoint, buffer)
    return buffer.getvalue()


def write_artifact(path: Path, data: bytes) -> None:
    """Write atomically: a temp file in the same folder, fsync, then os.replace over the old one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temp_name = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".tmp")
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, path)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def save_artifact(
    path: Path, model: TinyReasoningModel, calibration: Calibration, fingerprint: str, report: TrainingReport
) -> None:
    write_artifact(path, artifact_bytes(model, calibration, fingerprint, report))


ArtifactContents = tuple[TinyReasoningModel, Calibration, dict[str, Any]]


def load_artifact(path: Path, expected_fingerprint: str) -> ArtifactContents:
    """Load with weights_only=True (no pickle code runs) and check that it matches this recipe."""
    if not path.is_file():
        raise ArtifactError(f"no artifact at {path}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ArtifactError(f"unreadable artifact ({type(exc).__name__})") from exc
    return load_artifact_bytes(data, expected_fingerprint)


def load_artifact_bytes(data: bytes, expected_fingerprint: str) -> ArtifactContents:
    try:
        checkpoint = torch.load(io.BytesIO(data), map_location="cpu", weights_only=True)
    except Exception as exc:  # a truncated, garbage or malicious file: all are simply "not usable"
        raise ArtifactError(f"unreadable artifact ({type(exc).__name__})") from exc
    if not isinstance(checkpoint, dict):
        raise ArtifactError("artifact is not a checkpoint dictionary")
    if checkpoint.get("fingerprint") != expected_fingerprint:
        raise ArtifactError(
            f"stale artifact: fingerprint {checkpoint.get('fingerprint')!r} != {expected_fingerprint!r}"
        )
    if checkpoint.get("labels") != list(TASK_LABELS) or checkpoint.get("vocabulary") != list(VOCABULARY):
        raise ArtifactError("artifact labels or vocabulary differ from this code")
    try:
        model = TinyReasoningModel(ModelConfig(**checkpoint["model_config"]))
        model.load_state_dict(checkpoint["state_dict"])
        calibration = Calibration.from_dict(checkpoint["calibration"])
    except Exception as exc:
        raise ArtifactError(f"incompatible artifact ({type(exc).__name__})") from exc
    return model.eval(), calibration, checkpoint.get("report", {})
