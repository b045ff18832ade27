"""Prediction, and the classifier that serves: model.py's forward_one re-implemented in NumPy (no torch).

The network is small enough to write out by hand: an embedding lookup, two strided convolutions as one
matrix product each, a GRU cell stepped over the sequence, a linear head. tests/ml/test_numpy_forward.py
holds it to the torch model: the same labels, confidences within 1e-6.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

import numpy as np
import numpy.typing as npt
from threadpoolctl import ThreadpoolController

from app.ml.calibration import Calibration
from app.ml.encoding import aligned_for_model, encode, normalize_for_model, spans_from_tags

Span = tuple[int, int, str]  # (start, end, role) of an operand, in prompt characters

Floats = npt.NDArray[np.float64]
_CHUNK_ROWS = 16  # sequences whose feature maps logits_batch computes at once
# logits_batch's matrix products are just big enough for OpenBLAS to split them over threads that spin while
# they wait: on the shared 2-core machine that doubled the CPU time for the same wall time, and under load made
# a 100-character /api/explain 10 times slower (114 ms instead of 7). One thread for them (a 10 us switch).
_BLAS = ThreadpoolController()


@dataclass(frozen=True)
class Prediction:
    """The classifier's raw logits and its calibrated probability of every label, in `labels` order."""

    probabilities: tuple[float, ...]
    logits: tuple[float, ...] = ()  # empty: taken as log(probabilities), for classifiers without logits
    labels: tuple[str, ...] = ()  # the label of each position (the registry's order)

    def __post_init__(self) -> None:
        if not self.logits:
            object.__setattr__(self, "logits", tuple(math.log(max(p, 1e-12)) for p in self.probabilities))
        if self.labels and len(self.labels) != len(self.probabilities):
            raise ValueError(f"{len(self.probabilities)} probabilities for {len(self.labels)} labels")

    @property
    def label(self) -> str:
        return self._labels()[max(range(len(self.probabilities)), key=self.probabilities.__getitem__)]

    def probability(self, label: str) -> float:
        return self.probabilities[self._labels().index(label)]

    def _labels(self) -> tuple[str, ...]:
        if not self.labels:
            raise ValueError("this Prediction was made without its labels")
        return self.labels


class Network(Protocol):
    def logits(self, token_ids: Sequence[int]) -> npt.ArrayLike: ...


@runtime_checkable
class BatchNetwork(Network, Protocol):
    def logits_batch(self, sequences: Sequence[Sequence[int]]) -> npt.ArrayLike: ...


class NumpyNetwork:
    """TinyReasoningModel.forward_one on NumPy arrays: the state_dict's float32 tensors, computed in float64
    (torch's float32 rounding is then the only difference between the two paths, a few 1e-7 of a probability).

    Shapes: T characters (padded to a multiple of the stride), E embedding, C conv channels, H hidden, L labels.
    """

    def __init__(
        self,
        tensors: Mapping[str, npt.NDArray[np.float32]],
        conv_stride: int,
        tagger: Mapping[str, int] | None = None,
    ) -> None:
        arrays: dict[str, Floats] = {name: array.astype(np.float64) for name, array in tensors.items()}
        self.embedding = arrays["embedding.weight"]  # (V, E)
        self.conv_stride = conv_stride
        self.convs: list[tuple[Floats, Floats]] = []
        index = 0
        while f"convs.{index}.weight" in arrays:
            weight = arrays[f"convs.{index}.weight"]  # (C_out, C_in, K), K = 2 * stride
            if weight.shape[2] != 2 * conv_stride:
                raise ValueError("each convolution must read two strides")
            # As one matrix (K * C_in, C_out) whose rows run kernel position first, then input channel: the
            # order of a window of K consecutive rows of a (T, C_in) feature map, flattened.
            matrix = np.ascontiguousarray(weight.transpose(2, 1, 0).reshape(-1, weight.shape[0]))
            self.convs.append((matrix, arrays[f"convs.{index}.bias"]))
            index += 1
        self.stride = conv_stride ** len(self.convs)  # characters per GRU step
        # The GRU, gates in torch's order r, z, n:
        #   r = sigmoid(W_ir x + b_ir + W_hr h + b_hr)      z = sigmoid(W_iz x + b_iz + W_hz h + b_hz)
        #   n = tanh(W_in x + b_in + r * (W_hn h + b_hn))   h' = (1 - z) * n + z * h
        # A step is a dozen tiny NumPy calls, so two exact rewrites save half of them: the recurrent bias
        # rides in the matrix product (h is extended with a constant 1), and with sigmoid(v) = (1 + tanh(v/2)) / 2
        # every weight is halved except the input weights of n (halving is exact in binary floating point).
        hidden = arrays["gru.weight_hh_l0"].shape[1]
        halves = np.ones(3 * hidden)
        halves[: 2 * hidden] = 0.5
        self.w_ih = np.ascontiguousarray(arrays["gru.weight_ih_l0"].T * halves)  # (C, 3H)
        self.b_ih = arrays["gru.bias_ih_l0"] * halves  # (3H,)
        recurrent = np.vstack((arrays["gru.weight_hh_l0"].T, arrays["gru.bias_hh_l0"]))  # (H + 1, 3H)
        self.w_hh = np.ascontiguousarray(recurrent * 0.5)
        self.hidden = hidden
        self.head_w = np.ascontiguousarray(arrays["head.weight"].T)  # (H, L)
        self.head_b = arrays["head.bias"]  # (L,)
        # For logits_batch: per kernel row k, the first convolution's share of each token, (V + 1, C_out) (the
        # extra last row, zero, stands for the left padding).
        first, size = self.convs[0][0], self.embedding.shape[1]
        with_zero = np.vstack((self.embedding, np.zeros(size)))
        self.first_conv_tables = [with_zero @ first[k * size : (k + 1) * size] for k in range(first.shape[0] // size)]
        self.tagger: _Tagger | None = None
        if "tag_head.weight" in arrays:
            if tagger is None:
                raise ValueError("a network with a tagger needs the tagger's constants")
            self.tagger = _Tagger(arrays, tagger["margin"], tagger["lookahead"])

    def logits(self, token_ids: Sequence[int]) -> Floats:
        """Token ids (T,) -> logits (L,), as forward_one computes them."""
        padded = list(token_ids) + [0] * (-len(token_ids) % self.stride)  # PAD up to a multiple of the stride
        outputs = self._gru_outputs(self._convolved(self.embedding[padded]))
        state = outputs[-1] if len(outputs) else np.zeros(self.hidden)  # no characters: the initial state
        logits: Floats = state @ self.head_w + self.head_b  # (L,)
        return logits

    def tag_logits(self, token_ids: Sequence[int]) -> Floats:
        """Token ids (T,) -> tag logits (T, K): TinyReasoningModel.tag_logits_one in NumPy."""
        if self.tagger is None:
            raise ValueError("this network has no tagger")
        size = len(token_ids)
        padded = list(token_ids) + [0] * (-size % self.stride)
        embedded = self.embedding[padded]  # (T, E)
        blocks = self._convolved(embedded)  # (S, C)
        outputs = self._gru_outputs(blocks)  # (S, H)
        return self.tagger.logits(embedded, blocks, outputs, self.stride)[:size]

    def _convolved(self, embedded: Floats) -> Floats:
        """The embeddings (T, E) through the strided convolutions -> block features (T / stride, C)."""
        features, s = embedded, self.conv_stride
        for matrix, bias in self.convs:
            channels = features.shape[1]
            # Left padding of s zero rows, then blocks of s rows: window t (rows s*t .. s*t + 2s of the padded
            # map) is blocks t and t + 1 side by side.
            blocks = np.concatenate((np.zeros((s, channels)), features)).reshape(-1, s * channels)
            windows = np.concatenate((blocks[:-1], blocks[1:]), axis=1)  # (T / s, 2s * C_in)
            features = windows @ matrix  # (T / s, C_out)
            features += bias
            np.maximum(features, 0, out=features)  # ReLU
        return features

    def _gru_outputs(self, blocks: Floats) -> Floats:
        """The GRU's output at every block (S, H): the task head reads the last, the tagger all of them."""
        h = self.hidden
        inputs = blocks @ self.w_ih  # (S, 3H): (W_ir x + b_ir) / 2, (W_iz x + b_iz) / 2, W_in x + b_in
        inputs += self.b_ih
        state = np.zeros(h + 1)  # (h, 1)
        state[h] = 1.0
        outputs = np.empty((len(inputs), h))
        # A step is a dozen NumPy calls on tiny arrays, so their overhead is the cost: each writes into a buffer
        # made once, read through views made once (the same arithmetic, in the same order, as a plain
        # `gates = x[:2h] + recurrent[:2h]`...; tests/ml/test_numpy_forward.py holds it to the torch model).
        recurrent, gates, candidate = np.empty(3 * h), np.empty(2 * h), np.empty(h)
        previous, recurrent_gates, recurrent_n = state[:h], recurrent[: 2 * h], recurrent[2 * h :]
        reset, update = gates[:h], gates[h:]  # 2r, 2z
        matmul, add, multiply, subtract, tanh = np.matmul, np.add, np.multiply, np.subtract, np.tanh
        for x_gates, x_n, step in zip(inputs[:, : 2 * h], inputs[:, 2 * h :], outputs, strict=True):
            matmul(state, self.w_hh, out=recurrent)  # (3H,): (W_h. h + b_h.) / 2
            add(x_gates, recurrent_gates, out=gates)
            tanh(gates, out=gates)
            add(gates, 1, out=gates)  # 2r, 2z
            multiply(reset, recurrent_n, out=candidate)  # r * (W_hn h + b_hn)
            add(candidate, x_n, out=candidate)
            tanh(candidate, out=candidate)  # n
            subtract(previous, candidate, out=step)
            multiply(step, update, out=step)
            multiply(step, 0.5, out=step)
            add(step, candidate, out=step)  # n + z * (h - n)
            previous[:] = step
        return outputs

    def logits_batch(self, sequences: Sequence[Sequence[int]]) -> Floats:
        """Many token id sequences -> logits (N, L): logits() of each, computed side by side (equal to it up to
        float64 rounding, about 1e-15).

        The sequences are padded at the end to one width. The convolutions are padded on the left only and the
        GRU only reads forward, so padding after a sequence changes nothing before it: each row's logits are
        read from the GRU state at that sequence's own last step (as TinyReasoningModel.forward does).
        """
        with _BLAS.limit(limits=1, user_api="blas"):
            return self._logits_batch(sequences)

    def _logits_batch(self, sequences: Sequence[Sequence[int]]) -> Floats:
        n, s, h = len(sequences), self.conv_stride, self.hidden
        if n == 0:
            return np.zeros((0, self.head_b.shape[0]))
        sizes = [len(ids) for ids in sequences]
        width = max(1, -(-max(sizes) // self.stride)) * self.stride  # PAD up to a multiple of the stride
        vocabulary = self.embedding.shape[0]
        # Left padding of s rows of zeros (token `vocabulary`: a zero row of the tables below), then the ids.
        padded = np.zeros((n, s + width), dtype=np.intp)
        padded[:, :s] = vocabulary
        for row, ids in enumerate(sequences):
            padded[row, s : s + len(ids)] = np.frombuffer(ids, dtype=np.uint8) if isinstance(ids, bytes) else ids
        steps = width // self.stride
        inputs = np.empty((steps, n, 3 * h))  # (steps, N, 3H), step-major: each GRU step reads one block
        # In chunks of rows: the feature maps of a chunk stay in the CPU cache (a whole batch's take megabytes,
        # and touching fresh memory cost more than the arithmetic).
        for start in range(0, n, _CHUNK_ROWS):
            rows = padded[start : start + _CHUNK_ROWS]
            features = self._last_conv(rows, width)  # (rows, steps, C)
            inputs[:, start : start + len(rows)] = features.transpose(1, 0, 2) @ self.w_ih + self.b_ih
        last_step = np.array([-(-size // self.stride) - 1 for size in sizes])  # (N,); -1: empty, the zero state
        state = np.zeros((n, h + 1))
        state[:, h] = 1.0
        finals = np.zeros((n, h))
        for step in range(steps):
            x = inputs[step]  # (N, 3H); the same arithmetic as logits(), a row per sequence
            recurrent = state @ self.w_hh
            gates = x[:, : 2 * h] + recurrent[:, : 2 * h]
            np.tanh(gates, out=gates)
            gates += 1
            candidate = gates[:, :h] * recurrent[:, 2 * h :]
            candidate += x[:, 2 * h :]
            np.tanh(candidate, out=candidate)
            update = state[:, :h] - candidate
            update *= gates[:, h:]
            update *= 0.5
            update += candidate
            state[:, :h] = update
            ending = last_step == step
            finals[ending] = update[ending]
        logits: Floats = finals @ self.head_w + self.head_b  # (N, L)
        return logits

    def _last_conv(self, padded: npt.NDArray[np.intp], width: int) -> Floats:
        """Padded token ids (N, s + T) (s left-padding ids `V`, then ids and PAD) -> the last convolution's
        output (N, T / stride, C).

        The first convolution is linear in the embeddings, so it is a sum of table lookups: window t reads rows
        s*t .. s*t + 2s - 1 of the padded map, and row k of a window contributes tables[k][id]. Each map is
        kept with s zero rows in front (the next convolution's left padding), and a convolution is two matrix
        products on the map seen as blocks of s rows (window t = blocks t and t + 1): no window is copied.
        """
        n, s = len(padded), self.conv_stride
        features = self._padded_map(n, width // s, self.convs[0][1])  # (N, s + T / s, C)
        body, lookup = features[:, s:], np.empty_like(features[:, s:])
        for k, table in enumerate(self.first_conv_tables):
            np.take(table, padded[:, k : k + width : s], axis=0, out=lookup)
            body += lookup
        np.maximum(body, 0, out=body)
        for matrix, bias in self.convs[1:]:
            steps, half = features.shape[1] // s - 1, s * features.shape[2]
            blocks = features.reshape(n * (steps + 1), half)  # (N * (steps + 1), s * C_in)
            first = (blocks @ matrix[:half]).reshape(n, steps + 1, -1)
            second = (blocks @ matrix[half:]).reshape(n, steps + 1, -1)
            features = self._padded_map(n, steps, bias)
            body = features[:, s:]
            body += first[:, :-1]
            body += second[:, 1:]
            np.maximum(body, 0, out=body)
        return features[:, s:]

    def _padded_map(self, n: int, steps: int, bias: Floats) -> Floats:
        """A (N, s + steps, C) feature map: s zero rows, then `bias` in every row (outputs are added to it)."""
        features = np.empty((n, self.conv_stride + steps, bias.shape[0]))
        features[:, : self.conv_stride] = 0.0
        features[:, self.conv_stride :] = bias
        return features


class _Tagger:
    """The tagger's layers (TinyReasoningModel._tags), for one sequence."""

    def __init__(self, arrays: Mapping[str, Floats], margin: int, lookahead: int) -> None:
        self.margin, self.lookahead = margin, lookahead
        self.blocks_w = np.ascontiguousarray(arrays["tag_blocks.weight"].T)  # (reads, D)
        self.blocks_b = arrays["tag_blocks.bias"]
        self.prompt_w = np.ascontiguousarray(arrays["tag_prompt.weight"].T)  # (H, D)
        self.head_w = np.ascontiguousarray(arrays["tag_head.weight"].T)  # (D, stride * K)
        self.head_b = arrays["tag_head.bias"]

    def logits(self, embedded: Floats, blocks: Floats, outputs: Floats, stride: int) -> Floats:
        steps, size = len(blocks), embedded.shape[1]
        ahead = np.vstack((blocks, np.zeros((self.lookahead, blocks.shape[1]))))
        later = [ahead[k : k + steps] for k in range(1, self.lookahead + 1)]
        padded = np.vstack((np.zeros((self.margin, size)), embedded, np.zeros((self.margin, size))))
        width = stride + 2 * self.margin  # block s reads padded rows s * stride .. s * stride + width - 1
        rows = np.arange(steps)[:, None] * stride + np.arange(width)[None, :]  # (S, width)
        window = padded[rows].reshape(steps, width * size)
        hidden = np.hstack((window, outputs, *later)) @ self.blocks_w + self.blocks_b + outputs[-1] @ self.prompt_w
        np.maximum(hidden, 0, out=hidden)
        tags: Floats = (hidden @ self.head_w + self.head_b).reshape(steps * stride, -1)
        return tags


class TaskClassifier:
    """A network plus its calibration and labels: text in, label logits and calibrated probabilities out.

    Thread-safe: a prediction reads the weights only.
    """

    def __init__(
        self,
        network: Network,
        calibration: Calibration,
        labels: Sequence[str],
        span_roles: Sequence[str] = ("operand",),
    ) -> None:
        self.network = network
        self.calibration = calibration
        self.labels = tuple(labels)
        self.span_roles = tuple(span_roles)

    @property
    def temperature(self) -> float:
        return self.calibration.temperature

    def predict(self, prompt: str) -> Prediction:
        return self.predict_ids(encode(normalize_for_model(prompt)))

    def predict_ids(self, token_ids: Sequence[int]) -> Prediction:
        logits = np.asarray(self.network.logits(token_ids), dtype=np.float64)
        scaled = logits / self.calibration.temperature
        exps = np.exp(scaled - scaled.max())
        probabilities = exps / exps.sum()
        return Prediction(tuple(probabilities.tolist()), tuple(logits.tolist()), self.labels)

    def logits_many(self, sequences: Sequence[Sequence[int]]) -> Floats:
        """Raw logits (N, L) of many token id sequences: in one batched pass when the network has one."""
        if isinstance(self.network, BatchNetwork):
            return np.asarray(self.network.logits_batch(sequences), dtype=np.float64).reshape(len(sequences), -1)
        return np.array([np.asarray(self.network.logits(ids), dtype=np.float64) for ids in sequences])

    def predict_many(self, prompts: Sequence[str]) -> list[Prediction]:
        return [self.predict(prompt) for prompt in prompts]

    @property
    def tags(self) -> bool:
        return isinstance(self.network, NumpyNetwork) and self.network.tagger is not None

    def operand_spans(self, prompt: str) -> list[Span]:
        """The operands the tagger marks in the prompt: (start, end, role), in prompt characters."""
        if not isinstance(self.network, NumpyNetwork):
            return []
        text, origins = aligned_for_model(prompt)
        if not origins:
            return []
        tags = self.network.tag_logits(encode(text)).argmax(axis=1).tolist()
        return spans_from_tags(tags, origins, self.span_roles)
