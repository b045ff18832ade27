"""Small training recipes for tests that train their own model (the production recipe takes about 15 s).

TINY_*: each cold start takes well under a second; the model it makes is no better than chance, so a test that
uses it checks the plumbing (files, processes, fingerprints), never a label.
LEARNING_*: the production model size on a fifth of its training (about 4 s on a quiet machine, validation
accuracy about 0.8); enough to label plain prompts right, so a test can check that the model it trained is
the trained model (EASY_PROMPTS). If a change to the model or the data makes it miss them, grow this recipe.
"""

from __future__ import annotations

from dataclasses import replace

from app.ml.config import TrainConfig
from app.services.classifier_setup import model_config

TINY_MODEL = replace(model_config(), embedding_dim=8, conv_channels=8, hidden_dim=8, tag_hidden=8)
TINY_TRAINING = TrainConfig(samples_per_label=40, validation_per_label=10, epochs=1)

LEARNING_MODEL = model_config()
LEARNING_TRAINING = TrainConfig(samples_per_label=1200, validation_per_label=30, epochs=3)

# One plain prompt per label, and the label the classifier alone (no rules) must give it.
EASY_PROMPTS = {
    "What is 2 plus 3?": "addition",
    "Is 7 even or odd?": "parity",
    "reverse the word cat": "reversal",
    "what is 9 minus 4": "subtraction",
    "tell me a joke": "unsupported",
}
