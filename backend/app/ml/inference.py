"""Prediction, and the classifier that serves: model.py's forward_one re-implemented in NumPy (no torch).

The network is small enough to write out by hand: an embedding lookup, two strided convolutions as one
matrix product each, a GRU cell stepped over the sequence, a linear head. tests/ml/test_numpy_forward.py
holds it to the torch model: the same labels, confidences within 1e-6.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np
import numpy.typing as npt

from app.ml.calibration import Calibration
from app.ml.encoding import encode, normalize_for_model

Floats = npt.NDArray[np.float64]


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


class NumpyNetwork:
    """TinyReasoningModel.forward_one on NumPy arrays: the state_dict's float32 tensors, computed in float64
    (torch's float32 rounding is then the only difference between the two paths, a few 1e-7 of a probability).

    Shapes: T characters (padded to a multiple of the stride), E embedding, C conv channels, H hidden, L labels.
    """

    def __init__(self, tensors: Mapping[str, npt.NDArray[np.float32]], conv_stride: int) -> None:
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

    def logits(self, token_ids: Sequence[int]) -> Floats:
        """Token ids (T,) -> logits (L,), as forward_one computes them."""
        padded = list(token_ids) + [0] * (-len(token_ids) % self.stride)  # PAD up to a multiple of the stride
        features = self.embedding[padded]  # (T, E)
        s = self.conv_stride
        for matrix, bias in self.convs:
            channels = features.shape[1]
            # Left padding of s zero rows, then blocks of s rows: window t (rows s*t .. s*t + 2s of the padded
            # map) is blocks t and t + 1 side by side.
            blocks = np.concatenate((np.zeros((s, channels)), features)).reshape(-1, s * channels)
            windows = np.concatenate((blocks[:-1], blocks[1:]), axis=1)  # (T / s, 2s * C_in)
            features = windows @ matrix  # (T / s, C_out)
            features += bias
            np.maximum(features, 0, out=features)  # ReLU
        h = self.hidden
        inputs = features @ self.w_ih  # (T / stride, 3H): (W_ir x + b_ir) / 2, (W_iz x + b_iz) / 2, W_in x + b_in
        inputs += self.b_ih
        state = np.zeros(h + 1)  # (h, 1)
        state[h] = 1.0
        for x in inputs:
            recurrent = state @ self.w_hh  # (3H,): (W_h. h + b_h.) / 2
            gates = x[: 2 * h] + recurrent[: 2 * h]
            np.tanh(gates, out=gates)
            gates += 1  # 2r, 2z
            candidate = gates[:h] * recurrent[2 * h :]  # r * (W_hn h + b_hn)
            candidate += x[2 * h :]
            np.tanh(candidate, out=candidate)  # n
            step = state[:h] - candidate
            step *= gates[h:]
            step *= 0.5
            step += candidate  # n + z * (h - n)
            state[:h] = step
        logits: Floats = state[:h] @ self.head_w + self.head_b  # (L,)
        return logits


class TaskClassifier:
    """A network plus its calibration and labels: text in, label logits and calibrated probabilities out.

    Thread-safe: a prediction reads the weights only.
    """

    def __init__(self, network: Network, calibration: Calibration, labels: Sequence[str]) -> None:
        self.network = network
        self.calibration = calibration
        self.labels = tuple(labels)

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

    def predict_many(self, prompts: Sequence[str]) -> list[Prediction]:
        return [self.predict(prompt) for prompt in prompts]
