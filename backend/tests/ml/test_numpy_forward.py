"""The served forward pass (NumPy) against the torch reference: the same labels, confidences within 1e-6."""

from __future__ import annotations

import json
import random
from pathlib import Path

import numpy as np
import pytest
import torch

from app.ml.encoding import encode, normalize_for_model
from app.ml.inference import NumpyNetwork, Prediction
from app.ml.loader import LoadedModel
from app.ml.model import CONV_STRIDE, ModelConfig, TinyReasoningModel
from app.ml.reference import TorchClassifier
from bench.prompts import prompt_of_length, random_prompt

EVAL_DIR = Path(__file__).resolve().parents[2] / "eval"
TOLERANCE = 1e-6


def _random_text(rng: random.Random) -> str:
    """Any text: ASCII, other scripts, digits of other scripts, emoji, controls; up to 600 characters."""
    kind = rng.random()
    if kind < 0.4:
        return random_prompt(rng)
    if kind < 0.6:
        return prompt_of_length(rng, rng.choice((5, 20, 60, 100, 161, 300, 600)))
    alphabet = rng.choice(((1, 0x80), (1, 0x3100), (0x20, 0x7F), (0x600, 0x700), (0x1F300, 0x1F700)))
    return "".join(chr(rng.randrange(*alphabet)) for _ in range(rng.randrange(0, 600)))


def _assert_same(served: Prediction, reference: Prediction, prompt: str) -> None:
    assert served.label == reference.label, prompt
    assert served.labels == reference.labels
    gap = max(abs(a - b) for a, b in zip(served.probabilities, reference.probabilities, strict=True))
    assert gap <= TOLERANCE, (prompt, gap)


@pytest.mark.parametrize("path", sorted(EVAL_DIR.glob("*.jsonl")), ids=lambda path: path.name)
def test_every_eval_prompt_gets_the_torch_answer(trained: LoadedModel, reference: TorchClassifier, path: Path) -> None:
    prompts = [json.loads(line)["prompt"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert prompts
    for prompt in prompts:
        _assert_same(trained.classifier.predict(prompt), reference.predict(prompt), prompt)


def test_ten_thousand_random_prompts_get_the_torch_answer(
    trained: LoadedModel, reference: TorchClassifier, reference_float32: TorchClassifier
) -> None:
    rng = random.Random(17)
    for _ in range(10_000):
        prompt = _random_text(rng)
        ids = encode(normalize_for_model(prompt))  # once: both classifiers' predict() start with this
        served = trained.classifier.predict_ids(ids)
        _assert_same(served, reference.predict_ids(ids), prompt)
        as_before = reference_float32.predict_ids(ids)  # the float32 torch path: its own rounding aside, the same
        assert served.label == as_before.label, prompt
        assert max(abs(a - b) for a, b in zip(served.probabilities, as_before.probabilities, strict=True)) < 1e-5


@pytest.mark.parametrize(
    "config", [ModelConfig(4, conv_layers=1, hidden_dim=16), ModelConfig(5, conv_layers=3), ModelConfig(3)]
)
def test_other_shapes_give_the_same_logits(config: ModelConfig) -> None:
    """Random (untrained) weights of other shapes: the NumPy network follows the module, not one shape."""
    torch.manual_seed(11)
    model = TinyReasoningModel(config).eval()
    with torch.no_grad():
        for parameter in model.parameters():
            parameter.normal_(0, 0.5)  # larger than the initialisation, so every gate is exercised
    network = NumpyNetwork({k: v.numpy() for k, v in model.state_dict().items()}, CONV_STRIDE)
    rng = random.Random(2)
    with torch.inference_mode():
        for length in (1, 3, 4, 7, 8, 9, 33, 100, 160):
            ids = [rng.randrange(1, config.vocab_size) for _ in range(length)]
            expected = model.forward_one(torch.tensor([ids]))[0].numpy()
            # float32 rounding in torch only: a wrong gate, window or order would be off by whole units
            assert np.allclose(network.logits(ids), expected, rtol=1e-5, atol=1e-4), length


def test_a_prediction_knows_its_labels() -> None:
    prediction = Prediction((0.2, 0.8), labels=("a", "b"))
    assert (prediction.label, prediction.probability("a")) == ("b", 0.2)
    with pytest.raises(ValueError, match="without its labels"):
        _ = Prediction((0.2, 0.8)).label
    with pytest.raises(ValueError, match="2 probabilities for 3 labels"):
        Prediction((0.2, 0.8), labels=("a", "b", "c"))
