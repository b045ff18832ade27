"""NumpyNetwork.logits_batch (the batch /api/explain runs) against logits(), one sequence at a time."""

from __future__ import annotations

import random

import numpy as np
import pytest
import torch

from app.ml.encoding import encode, normalize_for_model
from app.ml.inference import NumpyNetwork
from app.ml.loader import LoadedModel
from app.ml.model import CONV_STRIDE, ModelConfig, TinyReasoningModel
from bench.prompts import prompt_of_length, random_prompt

EXACT = 1e-12  # float64 rounding only (sums taken in another order)


def _check(network: NumpyNetwork, sequences: list[list[int]]) -> None:
    batch = np.asarray(network.logits_batch(sequences))
    assert batch.shape[0] == len(sequences)
    one_by_one = np.array([network.logits(ids) for ids in sequences])
    assert np.abs(batch - one_by_one).max() <= EXACT * max(1.0, float(np.abs(one_by_one).max()))


def test_the_trained_network_gives_each_row_what_it_gives_alone(trained: LoadedModel) -> None:
    network = trained.classifier.network
    assert isinstance(network, NumpyNetwork)
    rng = random.Random(5)
    prompts = [random_prompt(rng) for _ in range(150)] + [prompt_of_length(rng, n) for n in (1, 7, 100, 300, 600)]
    _check(network, [encode(normalize_for_model(prompt)) for prompt in prompts])  # lengths 1 to 160, mixed
    _check(network, [encode(normalize_for_model("What is 2 plus 3?"))])  # a batch of one
    assert np.asarray(network.logits_batch([])).shape[0] == 0


@pytest.mark.parametrize("config", [ModelConfig(4, conv_layers=1, hidden_dim=16), ModelConfig(5, conv_layers=3)])
def test_other_shapes_and_an_empty_sequence(config: ModelConfig) -> None:
    torch.manual_seed(3)
    model = TinyReasoningModel(config).eval()
    with torch.no_grad():
        for parameter in model.parameters():
            parameter.normal_(0, 0.5)
    network = NumpyNetwork({k: v.numpy() for k, v in model.state_dict().items()}, CONV_STRIDE)
    rng = random.Random(4)
    lengths = [0, 1, 3, 4, 7, 8, 9, 33, 100, 160] * 4  # more rows than one chunk
    _check(network, [[rng.randrange(1, config.vocab_size) for _ in range(length)] for length in lengths])
    _check(network, [[], []])
