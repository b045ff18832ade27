"""The classifier itself: encoding, batching equivalence, determinism, calibration."""

from __future__ import annotations

import random

import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from app.data.composer import Sample, build_dataset
from app.models.calibration import fit_temperature
from app.models.loader import LoadedModel
from app.models.reasoning_model import (
    VOCABULARY,
    _encoded,
    _normalize_any,
    _truncated,
    encode,
    normalize_for_model,
)
from app.skills import TASK_LABELS


def test_normalisation_folds_digits_case_space_and_foreign_letters() -> None:
    assert normalize_for_model("What  is 12345 PLUS 7?") == "what is \x03 plus 7?"  # long numbers fold
    assert normalize_for_model("is 98 divisible by 2") != normalize_for_model("is 98 divisible by 3")
    assert normalize_for_model("٣ + ３") == "3 + 3"
    assert normalize_for_model("Reverse “café”") == normalize_for_model('reverse "cafe\u0301"')[:-2] + '\x01"'
    assert normalize_for_model("") == "\x02"
    assert len(normalize_for_model("x" * 5000)) <= 160
    assert all(0 <= token < len(VOCABULARY) for token in encode(normalize_for_model("😀 ٣ + ３ \u202e \x00")))


def _general_path(prompt: str) -> str:
    return _truncated(_normalize_any(prompt))


def test_the_ascii_shortcut_agrees_with_the_general_path_on_every_ascii_character() -> None:
    for code in range(128):
        for prompt in (chr(code), f"a{chr(code)}b", f"12{chr(code)}34 ", f"{chr(code)}{chr(code)}9"):
            assert normalize_for_model(prompt) == _general_path(prompt), repr(prompt)


@settings(max_examples=3000)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=200))
def test_the_ascii_shortcut_agrees_with_the_general_path(prompt: str) -> None:
    assert normalize_for_model(prompt) == _general_path(prompt)


@settings(max_examples=1000)
@given(st.text(alphabet="0123456789 \t\n\x0b\x0c\r\x1c\x1fAa`.", max_size=300))
def test_the_ascii_shortcut_agrees_on_digit_runs_white_space_and_long_prompts(prompt: str) -> None:
    assert normalize_for_model(prompt) == _general_path(prompt)


def test_batched_and_single_predictions_agree(trained: LoadedModel) -> None:
    prompts = ["what is 2 plus 3", "is 7 odd?", "reverse the word hello", "hi", "x", "a" * 600, "🙂"]
    batched = trained.classifier.predict_many(prompts)
    for prompt, together in zip(prompts, batched, strict=True):
        alone = trained.classifier.predict(prompt)
        assert alone.label == together.label
        assert max(abs(a - b) for a, b in zip(alone.probabilities, together.probabilities, strict=True)) < 1e-5


def test_probabilities_are_a_distribution_over_the_labels(trained: LoadedModel) -> None:
    prediction = trained.classifier.predict("what is 2 plus 3")
    assert len(prediction.probabilities) == len(TASK_LABELS)
    assert abs(sum(prediction.probabilities) - 1) < 1e-5
    assert prediction.label == "addition"


def test_the_dataset_is_deterministic_and_covers_every_label() -> None:
    first, second = build_dataset(7, 30, 10), build_dataset(7, 30, 10)
    assert first == second
    assert build_dataset(8, 30, 10) != first
    assert {sample.task for sample in first.train} == set(TASK_LABELS)
    train_prompts = {sample.prompt for sample in first.train}
    assert not any(sample.prompt in train_prompts for sample in first.validation)


def test_temperature_scaling_undoes_overconfidence() -> None:
    generator = torch.Generator().manual_seed(0)
    true_logits = torch.randn(4000, 4, generator=generator) * 2
    labels = torch.multinomial(torch.softmax(true_logits, dim=1), 1, generator=generator).squeeze(1)
    # Logits three times too large are overconfident; the fitted temperature should be close to 3.
    assert 2.6 < fit_temperature(true_logits * 3, labels) < 3.4
    assert 0.85 < fit_temperature(true_logits, labels) < 1.15


def test_the_trained_model_is_accurate_on_its_validation_split(trained: LoadedModel) -> None:
    assert trained.validation_accuracy is not None
    assert trained.validation_accuracy > 0.9


def test_training_encodes_prompts_exactly_as_serving_does() -> None:
    """Training reads token ids through a str.translate table, serving through encode(): the same ids."""
    rng = random.Random(5)
    prompts = [
        "What is 2 plus 3?",
        "reverse the word café",
        "Is -17 EVEN?",
        "東京 backwards",
        "「quoted」 ‘x’ `y` \t tab",
        "x" * 600,
        "",
        *("".join(chr(rng.randrange(1, 0x3100)) for _ in range(rng.randrange(1, 80))) for _ in range(300)),
    ]
    samples = [Sample(prompt, "unsupported") for prompt in prompts]
    ids, _ = _encoded(samples)
    assert [list(row) for row in ids] == [encode(normalize_for_model(prompt)) for prompt in prompts]
