"""The operand tagger: the characters it reads, its targets, its NumPy runtime, and what it learnt."""

from __future__ import annotations

import random

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from app.data.composer import build_dataset
from app.ml.encoding import aligned_for_model, encode, normalize_for_model, spans_from_tags, tags_for
from app.ml.inference import NumpyNetwork
from app.ml.loader import LoadedModel
from app.ml.model import CONV_STRIDE, LOOKAHEAD, TAG_MARGIN, ModelConfig, TinyReasoningModel
from app.ml.reference import TorchClassifier
from app.skills import UNSUPPORTED
from app.skills.base import MINUEND

ROLES = ("operand", MINUEND)


@settings(max_examples=2000)
@given(st.text(max_size=300))
def test_the_aligned_text_is_the_text_the_classifier_reads(prompt: str) -> None:
    text, origins = aligned_for_model(prompt)
    assert text == normalize_for_model(prompt)
    assert len(origins) == (len(text) if origins else 0)
    assert all(0 <= start < end <= len(prompt) for start, end in origins)
    assert [start for start, _ in origins] == sorted(start for start, _ in origins)


def test_each_model_character_knows_the_prompt_characters_it_stands_for() -> None:
    prompt = "Add  12,345 and «café», please"
    text, origins = aligned_for_model(prompt)
    assert text == 'add \x03,\x03 and "caf\x01", please'  # digit runs, quotes and foreign letters folded
    assert [prompt[start:end] for start, end in origins][4:7] == ["12", ",", "345"]
    assert prompt[origins[3][0] : origins[3][1]] == " "  # two spaces read as one


def test_tags_mark_the_spans_and_read_back_to_them() -> None:
    prompt = "subtract 1,000 from  twenty-one"
    spans = ((9, 14, "operand"), (21, 31, MINUEND))
    text, origins = aligned_for_model(prompt)
    tags = tags_for(origins, spans, ROLES)
    first = text.index("1,")
    assert list(tags[first : first + 3]) == [1, 2, 2]  # "1" "," "000": the first, then inside
    assert list(tags[-10:]) == [3] + [4] * 9  # "twenty-one" as the minuend
    assert spans_from_tags(list(tags), origins, ROLES) == list(spans)


def test_the_generated_spans_survive_the_round_trip_through_the_model_characters() -> None:
    dataset = build_dataset(31, 300, 0)
    checked = 0
    for sample in dataset.train:
        if sample.task == UNSUPPORTED or any(
            sample.prompt[start:end] != sample.prompt[start:end].strip() for start, end, _ in sample.spans
        ):
            continue
        _, origins = aligned_for_model(sample.prompt)
        if len(origins) < len(normalize_for_model(sample.prompt)) or len(sample.prompt) > 150:
            continue  # truncated or empty: characters the model never reads
        tags = tags_for(origins, tuple(sample.spans), ROLES)
        assert spans_from_tags(list(tags), origins, ROLES) == list(sample.spans), sample.prompt
        checked += 1
    assert checked > 800


@pytest.mark.parametrize("config", [ModelConfig(5, num_tags=5), ModelConfig(4, num_tags=3, conv_layers=1)])
def test_the_numpy_tagger_follows_the_module(config: ModelConfig) -> None:
    """Random weights (the padding row kept at zero, as training keeps it): NumPy equals torch, and a sequence
    tagged alone equals the same sequence padded in a batch."""
    torch.manual_seed(5)
    model = TinyReasoningModel(config).double().eval()  # float64: only the arithmetic's order may differ
    with torch.no_grad():
        for name, parameter in model.named_parameters():
            parameter.normal_(0, 0.5)
            if name == "embedding.weight":
                parameter[0] = 0
    tagger = {"margin": TAG_MARGIN, "lookahead": LOOKAHEAD}
    network = NumpyNetwork({k: v.numpy() for k, v in model.state_dict().items()}, CONV_STRIDE, tagger)
    rng = random.Random(3)
    for length in (1, 2, 5, 8, 13, 40, 160):
        ids = [rng.randrange(1, config.vocab_size) for _ in range(length)]
        expected = model.tag_logits_one(torch.tensor([ids])).numpy()
        assert np.allclose(network.tag_logits(ids), expected, rtol=1e-9, atol=1e-9), length
        width = -(-length // model.stride) * model.stride + 2 * model.stride
        batch = torch.tensor([ids + [0] * (width - length)])
        with torch.inference_mode():
            batched = model.forward_joint(batch, torch.tensor([length]))[1][0, :length].numpy()
        assert np.allclose(batched, expected, rtol=1e-9, atol=1e-9), length


def test_the_served_tagger_gives_the_torch_tags(trained: LoadedModel, reference: TorchClassifier) -> None:
    rng = random.Random(8)
    prompts = [sample.prompt for sample in build_dataset(41, 60, 0).train]
    for prompt in rng.sample(prompts, 200):
        ids = encode(normalize_for_model(prompt))
        expected = reference.model.tag_logits_one(torch.tensor([ids])).numpy()
        served = trained.classifier.network.tag_logits(ids)  # type: ignore[attr-defined]
        assert np.array_equal(served.argmax(axis=1), expected.argmax(axis=1)), prompt
        assert np.allclose(served, expected, atol=1e-6), prompt


def test_the_trained_tagger_finds_the_operands(trained: LoadedModel) -> None:
    """The training report's tagging scores (validation prompts no epoch trained on), per skill: these are
    the measured levels less a margin, so a tagger that stopped learning fails here."""
    tagging = trained.report["tagging"]
    assert set(tagging) == {"addition", "parity", "reversal", "subtraction", "chain"}
    # Measured 2026-12-06 (exact / character F1): addition 0.757 / 0.979, parity 0.898 / 0.969, reversal
    # 0.468 / 0.918, subtraction 0.613 / 0.814 (its minuend role is often missed), chain 0.977 / 0.991. Reversal's
    # exact match is the noisiest: 0.41-0.51 over the retrains of the evening (0.413 at 97626308).
    # Subtraction's character F1 is the noisiest of them: 0.739 / 0.744 / 0.817 at three seeds of the same data
    # (2026-12-06, 20:50; a few long operands missed weigh many characters), so its floor is lower. Addition's exact
    # match at the final model of 23:50 and two more seeds: 0.711, 0.770, 0.725.
    floors = {"addition": 0.68, "parity": 0.86, "reversal": 0.38, "subtraction": 0.57, "chain": 0.94}
    char_floors = {"subtraction": 0.70}
    for skill, scores in tagging.items():
        assert scores["exact"] >= floors[skill], (skill, scores)
        assert scores["char_f1"] >= char_floors.get(skill, 0.78), (skill, scores)
    spans = trained.classifier.operand_spans("what is 2 plus 35?")
    assert [(start, end) for start, end, _ in spans] == [(8, 9), (15, 17)]
