"""A deliberately tiny training recipe, so each cold start in these tests takes well under a second."""

from __future__ import annotations

from app.ml.config import ModelConfig, TrainConfig
from app.skills import TASK_LABELS

TINY_MODEL = ModelConfig(len(TASK_LABELS), embedding_dim=8, conv_channels=8, hidden_dim=8)
TINY_TRAINING = TrainConfig(samples_per_label=40, validation_per_label=10, epochs=1)
