"""Which characters decided the classifier's label: occlusion, in one batched forward pass.

The prompt is read again with a window of WINDOW consecutive grapheme clusters (what a reader sees as one
character: "é", "👍🏽") deleted, for every position of the window (sliding occlusion, as Zeiler & Fergus, 2014,
slid a grey patch over an image). A window's drop is how much the predicted label's calibrated log-odds,
log(p / (1 - p)), fall without it; a character's weight is the mean drop of the windows that cover it, scaled
by the largest in absolute value so the weights lie in [-1, 1]: positive pushed toward the label, negative
away from it.

Why a window of three and not one character: the model was trained on prompts with typos, so it reads "pls"
or "plu" as "plus", and deleting any single letter of a word hardly moves it (every letter looks unimportant
and the weights are noise). Why log-odds: a model 99.99% sure barely moves its probability when a word goes,
but its log-odds still say which words mattered.

This explains the classifier alone (the label is its own first choice), not the parsers' vetoes.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import regex  # type: ignore[import-untyped, unused-ignore]

from app.ml.encoding import encode_bytes
from app.ml.inference import TaskClassifier

METHOD = "occlusion"
WINDOW = 3  # grapheme clusters deleted at once
_GRAPHEME = regex.compile(r"\X")


@dataclass(frozen=True)
class Attribution:
    label: str
    texts: tuple[str, ...]  # the prompt's grapheme clusters: "".join(texts) == prompt
    weights: tuple[float, ...]  # in [-1, 1], one per text
    method: str = METHOD


def graphemes(text: str) -> list[str]:
    found: list[str] = _GRAPHEME.findall(text)
    return found


def occlusion(classifier: TaskClassifier, prompt: str, window: int = WINDOW) -> Attribution:
    """The label the classifier gives `prompt`, and each grapheme cluster's weight toward it (see above)."""
    texts = graphemes(prompt)
    count = len(texts)
    starts = range(1 - window, count)  # windows hanging over either end are cut: every character is in `window`
    variants = [prompt, *("".join(texts[: max(start, 0)] + texts[start + window :]) for start in starts)]
    logits = classifier.logits_many([encode_bytes(variant) for variant in variants])  # (1 + W, L)
    scaled = logits / classifier.temperature
    chosen = int(np.argmax(scaled[0]))
    others = np.delete(scaled, chosen, axis=1)
    top = others.max(axis=1, keepdims=True)
    log_odds = scaled[:, chosen] - (top[:, 0] + np.log(np.exp(others - top).sum(axis=1)))  # (1 + W,)
    drops = log_odds[0] - log_odds[1:]  # (W,): > 0 where deleting the window lowers the label's odds
    # Character i is covered by the windows starting at i - window + 1 .. i, drops[i .. i + window - 1].
    sums = np.convolve(drops, np.ones(window), mode="valid") if count else np.zeros(0)  # (N,)
    weights = sums / window
    largest = float(np.abs(weights).max()) if count else 0.0
    scaled_weights = weights / largest if largest > 0 else np.zeros_like(weights)
    return Attribution(
        classifier.labels[chosen], tuple(texts), tuple(float(w) for w in np.clip(scaled_weights, -1.0, 1.0))
    )
