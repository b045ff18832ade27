"""The torch path: the trained module run by torch, as the server ran it before the NumPy runtime.

Kept as the reference the NumPy runtime is tested against (tests/ml/test_numpy_forward.py) and measured
against (bench). Never imported by the serving process.
"""

from __future__ import annotations

from collections.abc import Sequence

import torch

from app.ml.calibration import Calibration
from app.ml.encoding import encode, normalize_for_model
from app.ml.inference import Prediction
from app.ml.model import TinyReasoningModel
from app.ml.training import logits_for


class TorchClassifier:
    def __init__(
        self, model: TinyReasoningModel, calibration: Calibration, labels: Sequence[str], threads: int = 1
    ) -> None:
        self.model = model.eval()
        self.calibration = calibration
        self.labels = tuple(labels)
        self.threads = threads

    def _pin_threads(self) -> None:
        # The torch thread count is per calling thread (OpenMP), and two threads sum in another order than
        # one: pinning it makes a prediction the same bit for bit in whichever thread it is computed.
        if torch.get_num_threads() != self.threads:
            torch.set_num_threads(self.threads)

    @property
    def temperature(self) -> float:
        return self.calibration.temperature

    def _prediction(self, logits: torch.Tensor) -> Prediction:
        probabilities = torch.softmax(logits / self.calibration.temperature, dim=0)
        return Prediction(tuple(probabilities.tolist()), tuple(logits.tolist()), self.labels)

    @torch.inference_mode()
    def logits(self, token_ids: Sequence[int]) -> list[float]:
        self._pin_threads()
        values: list[float] = self.model.forward_one(torch.tensor([list(token_ids)]))[0].tolist()
        return values

    def predict(self, prompt: str) -> Prediction:
        return self.predict_ids(encode(normalize_for_model(prompt)))

    @torch.inference_mode()
    def predict_ids(self, token_ids: Sequence[int]) -> Prediction:
        self._pin_threads()
        return self._prediction(self.model.forward_one(torch.tensor([list(token_ids)]))[0])  # (1, T), no padding

    @torch.inference_mode()
    def predict_many(self, prompts: Sequence[str]) -> list[Prediction]:
        """Batched prediction: the same as predict() for each prompt, up to float rounding."""
        if not prompts:
            return []
        self._pin_threads()
        logits = logits_for(self.model, [encode(normalize_for_model(prompt)) for prompt in prompts])
        return [self._prediction(row) for row in logits]
