"""forward_one (the torch reference path, kernels called directly) gives the module path's logits bit for bit."""

from __future__ import annotations

import random

import pytest
import torch

from app.ml.encoding import encode, normalize_for_model
from app.ml.model import ModelConfig, TinyReasoningModel
from app.ml.reference import TorchClassifier


def _module_path(model: TinyReasoningModel, token_ids: torch.Tensor) -> torch.Tensor:
    """What forward_one computed through the nn.Module wrappers before it called the kernels itself."""
    remainder = token_ids.shape[1] % model.stride
    if remainder:
        token_ids = torch.nn.functional.pad(token_ids, (0, model.stride - remainder))
    logits: torch.Tensor = model.head(model._states(token_ids)[2][:, -1])
    return logits


def _random_ids(rng: random.Random, config: ModelConfig, length: int) -> torch.Tensor:
    return torch.tensor([[rng.randrange(1, config.vocab_size) for _ in range(length)]])


@pytest.mark.parametrize("length", [1, 2, 3, 4, 5, 7, 8, 19, 64, 161])
def test_the_trained_model_gives_identical_logits(reference: TorchClassifier, length: int) -> None:
    model = reference.model
    rng = random.Random(length)
    with torch.inference_mode():
        for _ in range(5):
            ids = _random_ids(rng, model.config, length)
            fast, reference = model.forward_one(ids), _module_path(model, ids)
            assert torch.equal(fast, reference)
            # ... and the batched forward() agrees on its true end (same kernels, so exactly here too).
            assert torch.equal(fast, model(_padded(ids, model.stride), torch.tensor([length])))


def _padded(ids: torch.Tensor, stride: int) -> torch.Tensor:
    return torch.nn.functional.pad(ids, (0, -ids.shape[1] % stride))


@pytest.mark.parametrize("config", [ModelConfig(4, conv_layers=1, hidden_dim=16), ModelConfig(5, conv_layers=3)])
def test_other_shapes_give_identical_logits(config: ModelConfig) -> None:
    torch.manual_seed(7)
    model = TinyReasoningModel(config).eval()
    rng = random.Random(3)
    with torch.inference_mode():
        for length in (1, 5, 9, 33, 100):
            ids = _random_ids(rng, config, length)
            assert torch.equal(model.forward_one(ids), _module_path(model, ids))


def test_real_prompts_give_identical_logits(reference: TorchClassifier) -> None:
    model = reference.model
    prompts = ["What is 2 plus 3?", "reverse the word café", "is -17 even?", "tell me a joke", "x" * 512]
    with torch.inference_mode():
        for prompt in prompts:
            ids = torch.tensor([encode(normalize_for_model(prompt))])
            assert torch.equal(model.forward_one(ids), _module_path(model, ids))
