"""The two recipes, as plain dataclasses: the checkpoint carries ModelConfig, the fingerprint hashes both.

They live apart from model.py and training.py so that the serving process, which never imports torch,
can compute the fingerprint of the recipe it expects.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.ml.encoding import VOCABULARY


@dataclass(frozen=True)
class ModelConfig:
    num_labels: int  # the task labels, in the order the registry gives them
    vocab_size: int = len(VOCABULARY)
    embedding_dim: int = 32
    conv_channels: int = 48
    conv_layers: int = 2
    hidden_dim: int = 48
    # The operand tagger (model.py): per-character tags read from the characters around each one, the GRU's
    # state there and at the end, and the convolutions' features of the next blocks. 0 tags: no tagger.
    num_tags: int = 0
    tag_hidden: int = 64


@dataclass(frozen=True)
class TrainConfig:
    seed: int = 1234
    samples_per_label: int = 2000  # per epoch: with fresh_data every epoch draws new prompts (see training.py)
    validation_per_label: int = 300
    epochs: int = 9
    batch_size: int = 128
    learning_rate: float = 1.2e-2
    weight_decay: float = 1e-5
    adam_beta2: float = 0.99  # a short run: the second moment follows the gradients' scale closely
    warmup: float = 0.15  # share of the steps over which the learning rate rises to its peak
    length_jitter: float = 8.0  # a batch mixes prompts whose lengths differ by up to about this many characters
    fresh_data: bool = True
    # With fresh_data, epoch e trains on the unsupported prompts of epoch (e - 1) % refused_cycle + 1 (0: its
    # own). Those are the costly prompts to draw: each must be read by every skill and the chain recogniser,
    # and a quarter of them are drawn again (feed.py). Three sets of them trained better than two (validation
    # 0.918 / 0.924 against 0.909 / 0.912 on two versions of the data), for about 0.7 s more of a cold start.
    refused_cycle: int = 3
    tag_weight: float = (
        1.0  # the tagger's loss, beside the task's, in the joint loss (0.5 tagged worse, the same task accuracy)
    )
    # The tagger learns from this many of a batch's prompts that have operands (0: all of them): its share of a
    # training step's time is about proportional to it, and a few tens per batch are plenty to learn from.
    tagged_per_batch: int = 40
