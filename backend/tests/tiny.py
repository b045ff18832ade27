"""Small training recipes for tests that train their own model (the production recipe takes about 15 s).

TINY_*: each cold start takes well under a second; the model it makes is no better than chance, so a test that
uses it checks the plumbing (files, processes, fingerprints), never a label.
LEARNING_*: the production model size on a third of its training (about 6 s on a quiet machine); enough to label
plain prompts right, so a test can check that the model it trained is the trained model (EASY_PROMPTS). If a
change to the model or the data makes it miss them, grow this recipe (1,200 prompts a label for 3 epochs did
until the cousins' and chains' data of 2026-12-06 took "What is 2 plus 3?" for a refusal; 1,600 for 4 epochs
labels all five with seeds 1234 and 7, the least sure at 0.66).
"""

from __future__ import annotations

from dataclasses import replace

from app.ml.config import TrainConfig
from app.services.classifier_setup import model_config

TINY_MODEL = replace(model_config(), embedding_dim=8, conv_channels=8, hidden_dim=8, tag_hidden=8)
TINY_TRAINING = TrainConfig(samples_per_label=40, validation_per_label=10, epochs=1)

LEARNING_MODEL = model_config()
# Five epochs: with four, the unsupported prompts' own stream (2026-12-06) left "What is 2 plus 3?" at 0.53
# unsupported; five give every easy prompt its label at 0.8 or more.
LEARNING_TRAINING = TrainConfig(samples_per_label=1600, validation_per_label=30, epochs=5)

# One plain prompt per label, and the label the classifier alone (no rules) must give it.
EASY_PROMPTS = {
    "What is 2 plus 3?": "addition",
    "Is 7 even or odd?": "parity",
    "reverse the word cat": "reversal",
    "what is 9 minus 4": "subtraction",
    "tell me a joke": "unsupported",
}
