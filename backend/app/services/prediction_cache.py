"""A bounded LRU of predictions, keyed by the text the model actually reads.

The classifier sees ``normalize_for_model(prompt)``, not the prompt: numbers are folded to a symbol, case
and white space are folded. "What is 12 plus 70?" and "What is 98765 plus 4321?" are the same model input,
so they get the same prediction; computing it once and remembering it skips the forward pass for most
traffic (operands vary, phrasings repeat).

Exactness: ``TaskClassifier.predict(prompt)`` is a pure function of ``normalize_for_model(prompt)``
(it encodes that text and runs the network), so a hit returns exactly, bit for bit,
the Prediction that the plain classifier would compute for this prompt. A miss calls the wrapped
classifier with the original prompt, never with the normalised text (normalising twice is not always
the identity, e.g. the 160-character truncation can join two folded numbers). tests/services/test_prediction_cache.py
checks the equality on many prompts.

Thread-safe (a lock around the dictionary; the forward pass runs outside it). Memory is bounded:
``maxsize`` entries of at most 160 characters plus a tuple of 4 floats, about 0.6 KiB each.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Protocol

from app.ml.encoding import normalize_for_model
from app.ml.inference import Prediction

DEFAULT_MAXSIZE = 4096


class _Predictor(Protocol):
    def predict(self, prompt: str) -> Prediction: ...


class PredictionCache:
    """Wraps a classifier (anything with ``predict(prompt) -> Prediction``) and remembers its answers."""

    def __init__(
        self,
        classifier: _Predictor,
        maxsize: int = DEFAULT_MAXSIZE,
        key: Callable[[str], str] = normalize_for_model,
    ) -> None:
        if maxsize < 1:
            raise ValueError("maxsize must be at least 1")
        self.classifier = classifier
        self.maxsize = maxsize
        self._key = key
        self._entries: OrderedDict[str, Prediction] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def predict(self, prompt: str) -> Prediction:
        key = self._key(prompt)
        with self._lock:
            cached = self._entries.get(key)
            if cached is not None:
                self._entries.move_to_end(key)
                self.hits += 1
                return cached
        prediction = self.classifier.predict(prompt)
        with self._lock:
            self.misses += 1
            self._entries[key] = prediction
            self._entries.move_to_end(key)
            if len(self._entries) > self.maxsize:
                self._entries.popitem(last=False)
        return prediction

    def __len__(self) -> int:
        return len(self._entries)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self.hits = self.misses = 0
