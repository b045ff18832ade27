"""The prediction cache changes nothing but speed: identical predictions, completions and API replies."""

from __future__ import annotations

import copy
import random
import threading

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.api.complete import to_response
from app.ml.encoding import normalize_for_model
from app.ml.inference import Prediction, TaskClassifier
from app.ml.loader import LoadedModel
from app.services.prediction_cache import PredictionCache
from app.services.reasoning_service import ReasoningService
from app.skills import TASK_LABELS
from bench.prompts import prompt_of_length, random_prompt

EDGE_PROMPTS = [
    "What is 2 plus 3?",
    "WHAT   IS 2 PLUS 3?",
    "what is 98765432109876543210 plus 1?",
    "Is ٣ even or odd?",
    "Is ３ even?",
    "reverse “café”",
    'Reverse "👨‍👩‍👧 family"',
    "is 7 an odd number",
    "7",
    "?",
    "x",
    "a" * 512,
    # Long enough to be cut to head + tail: digit runs on both sides of the cut (re-normalising the cut
    # text would join them, which is why the cache never feeds normalised text back to the model).
    "add " + " ".join(["1"] * 70) + " and " + "9 " * 30 + "please",  # over MAX_MODEL_CHARS once normalised
    "1 " * 200,
    " 2 plus 2 " * 40,
]


@pytest.fixture(scope="module")
def classifier(trained: LoadedModel) -> TaskClassifier:
    return trained.classifier


def _prompts(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    prompts = [random_prompt(rng) for _ in range(count)]
    prompts += [prompt_of_length(rng, length) for length in (20, 100, 300, 512) for _ in range(25)]
    return prompts + EDGE_PROMPTS


def test_cached_predictions_equal_plain_ones_exactly(classifier: TaskClassifier) -> None:
    cache = PredictionCache(classifier)
    prompts = _prompts(600)
    expected = {prompt: classifier.predict(prompt) for prompt in prompts}
    first = [cache.predict(prompt) for prompt in prompts]  # misses, and hits for repeated model inputs
    shuffled = random.Random(1).sample(prompts, len(prompts))
    second = [cache.predict(prompt) for prompt in shuffled]  # all hits
    assert first == [expected[prompt] for prompt in prompts]  # Prediction equality: every float bit for bit
    assert second == [expected[prompt] for prompt in shuffled]
    assert cache.hits > len(prompts), "most random prompts share a model input with an earlier one"
    assert cache.misses == len({normalize_for_model(prompt) for prompt in prompts})


def test_cached_completions_equal_plain_ones(classifier: TaskClassifier) -> None:
    plain, cached = ReasoningService(classifier), ReasoningService(PredictionCache(classifier, maxsize=64))
    for prompt in _prompts(400, seed=11) * 2:  # a small cache: hits, misses and evictions
        assert cached.complete(prompt) == plain.complete(prompt)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(min_size=1, max_size=200), min_size=1, max_size=5))
def test_any_text_cached_equals_plain(classifier: TaskClassifier, prompts: list[str]) -> None:
    cache = PredictionCache(classifier, maxsize=2)
    for prompt in prompts + prompts[::-1]:
        assert cache.predict(prompt) == classifier.predict(prompt)


def test_the_served_app_answers_as_the_plain_classifier(client: TestClient, classifier: TaskClassifier) -> None:
    """The app is wired with the cache; every reply equals the uncached pipeline's, field for field."""
    served = client.app.state.service  # type: ignore[attr-defined]
    assert isinstance(served.classifier, PredictionCache)
    plain = copy.copy(served)  # the same service (skills, any calibration), with the plain classifier
    plain.classifier = classifier
    for prompt in _prompts(150, seed=3):
        response = client.post("/api/complete", json={"prompt": prompt})
        assert response.status_code == 200, response.text
        assert response.json() == to_response(plain.complete(prompt)).model_dump(mode="json")


class CountingClassifier:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def predict(self, prompt: str) -> Prediction:
        self.calls.append(prompt)
        return Prediction((1 / len(TASK_LABELS),) * len(TASK_LABELS), labels=TASK_LABELS)


def test_one_forward_pass_per_model_input() -> None:
    inner = CountingClassifier()
    cache = PredictionCache(inner)
    prompts = ["What is 12 plus 34?", "what is 345 plus 67890?", "What  is 98 plus 76?", "Is 4 even?"]
    for prompt in prompts:
        cache.predict(prompt)
    first_of_each_input = list({normalize_for_model(prompt): prompt for prompt in reversed(prompts)}.values())
    assert sorted(inner.calls) == sorted(first_of_each_input)  # the original prompt, never the normalised text
    assert len(inner.calls) < len(prompts), "operands of several digits are one model input"
    assert (cache.hits, cache.misses, len(cache)) == (
        len(prompts) - len(inner.calls),
        len(inner.calls),
        len(inner.calls),
    )


def test_least_recently_used_is_evicted() -> None:
    inner = CountingClassifier()
    cache = PredictionCache(inner, maxsize=2)
    cache.predict("reverse abc")
    cache.predict("reverse xyz")
    cache.predict("reverse abc")  # now the most recent
    cache.predict("reverse def")  # evicts xyz
    assert len(cache) == 2
    cache.predict("reverse abc")
    cache.predict("reverse xyz")  # computed again
    assert inner.calls == ["reverse abc", "reverse xyz", "reverse def", "reverse xyz"]
    cache.clear()
    assert (len(cache), cache.hits, cache.misses) == (0, 0, 0)


def test_rejects_an_empty_cache() -> None:
    with pytest.raises(ValueError):
        PredictionCache(CountingClassifier(), maxsize=0)


def test_threads_share_the_cache_safely(classifier: TaskClassifier) -> None:
    cache = PredictionCache(classifier, maxsize=50)
    prompts = _prompts(200, seed=5)
    expected = {prompt: classifier.predict(prompt) for prompt in prompts}
    failures: list[str] = []

    def work(seed: int) -> None:
        for prompt in random.Random(seed).sample(prompts, len(prompts)):
            if cache.predict(prompt) != expected[prompt]:
                failures.append(prompt)

    threads = [threading.Thread(target=work, args=(seed,)) for seed in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert len(cache) <= 50
