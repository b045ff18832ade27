"""Training: the data it is handed, determinism, calibration, accuracy."""

from __future__ import annotations

import dataclasses

import torch
from tiny import TINY_TRAINING

from app.data.composer import build_dataset
from app.ml import feed
from app.ml.calibration import fit_temperature
from app.ml.loader import LoadedModel
from app.ml.reference import TorchClassifier
from app.services.classifier_setup import TRAINING_TASK
from app.skills import TASK_LABELS


def test_batched_and_single_predictions_agree(reference: TorchClassifier) -> None:
    prompts = ["what is 2 plus 3", "is 7 odd?", "reverse the word hello", "hi", "x", "a" * 600, "🙂"]
    batched = reference.predict_many(prompts)
    for prompt, together in zip(prompts, batched, strict=True):
        alone = reference.predict(prompt)
        assert alone.label == together.label
        assert max(abs(a - b) for a, b in zip(alone.probabilities, together.probabilities, strict=True)) < 1e-5


def test_probabilities_are_a_distribution_over_the_labels(trained: LoadedModel) -> None:
    prediction = trained.classifier.predict("what is 2 plus 3")
    assert len(prediction.probabilities) == len(TASK_LABELS)
    assert prediction.labels == TASK_LABELS
    assert abs(sum(prediction.probabilities) - 1) < 1e-9
    assert prediction.label == "addition"


def test_the_dataset_is_deterministic_and_covers_every_label() -> None:
    first, second = build_dataset(7, 30, 10), build_dataset(7, 30, 10)
    assert first == second
    assert build_dataset(8, 30, 10) != first
    assert {sample.task for sample in first.train} == set(TASK_LABELS)
    train_prompts = {sample.prompt for sample in first.train}
    assert not any(sample.prompt in train_prompts for sample in first.validation)


def test_a_split_without_validation_is_the_same_training_data() -> None:
    """Later epochs ask the builder for (seed, n, 0): the same training prompts as with a validation split."""
    assert build_dataset(9, 30, 0).train == build_dataset(9, 30, 10).train
    assert build_dataset(9, 30, 0).validation == []


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


def test_epochs_drawn_by_a_second_process_are_the_data_drawn_here() -> None:
    """Training draws every epoch's prompts in a forked process while it trains; the data must be what the same
    seeds give in this process, in the same order, so the weights do not depend on where it was drawn. Epoch 1
    is build_dataset's train split (the one the evaluation's baseline trains on)."""
    config = dataclasses.replace(TINY_TRAINING, epochs=3, fresh_data=True, refused_cycle=2)
    drawn_feed = feed.EpochFeed(TRAINING_TASK, config, tagging=True)
    assert drawn_feed._pool is not None  # a second process was started (Linux, not a daemon)
    roles = tuple(TRAINING_TASK.span_roles)
    assert [feed.epoch_seeds(config, epoch) for epoch in (1, 2, 3)] == [
        (config.seed, config.seed),
        (config.seed + 200, config.seed + 200),
        (config.seed + 300, config.seed),  # a cycle of 2: epoch 3 trains on epoch 1's unsupported prompts
    ]
    unsupported: dict[int, list[str]] = {}
    for epoch in (1, 2, 3):
        seed, refused_seed = feed.epoch_seeds(config, epoch)
        samples = list(TRAINING_TASK.build_dataset(seed, config.samples_per_label, 0, refused_seed).train)
        drawn = drawn_feed.epoch(epoch)
        assert drawn.prompts == [sample.prompt for sample in samples]
        assert (drawn.ids, drawn.labels) == feed.encoded_samples(samples, TRAINING_TASK.labels)
        assert drawn.tags == feed.encoded_tags(samples, TRAINING_TASK.labels, roles)
        unsupported[epoch] = sorted(s.prompt for s in samples if s.task == TRAINING_TASK.labels[-1])
    assert unsupported[3] == unsupported[1] != unsupported[2]
    validation = TRAINING_TASK.build_dataset(config.seed, 0, config.validation_per_label, None).validation
    prompts = [sample.prompt for sample in validation]
    drawn_feed.parse_later(prompts)
    assert drawn_feed.outcomes() == [TRAINING_TASK.parse_outcomes(prompt) for prompt in prompts]
    drawn_feed.close()
    assert drawn_feed._pool is None
    split = TRAINING_TASK.build_dataset(config.seed, config.samples_per_label, config.validation_per_label, None)
    assert drawn_feed.epoch(1).prompts == [sample.prompt for sample in split.train]


def test_without_fresh_data_every_epoch_trains_on_the_first_epochs_prompts() -> None:
    config = dataclasses.replace(TINY_TRAINING, epochs=3, fresh_data=False)
    drawn_feed = feed.EpochFeed(TRAINING_TASK, config, tagging=False)
    first = drawn_feed.epoch(1)
    assert first.tags is None
    assert drawn_feed.epoch(3) is first
    assert first.prompts == [
        s.prompt for s in TRAINING_TASK.build_dataset(config.seed, config.samples_per_label, 0, None).train
    ]
