"""Random prompts for the benchmark, from the skills registry: every registered skill's own training prompts
(its phrasings, operands, missing operands), plus refusals. A new skill joins the mix with no edit here.

wrk reads them from a file (bench/lua/complete.lua, BENCH_PROMPTS_FILE), one JSON request body a line, each
run a fresh file, so no prompt repeats within a run and the prediction cache is not flattered.
"""

from __future__ import annotations

import json
import random
import string
from pathlib import Path

from app.data.composer import SKILL_TRAINING

TOPICS = ("the sea", "cats", "the moon", "winter", "a robot", "coffee")
FILLER = ("hello", "there", "could", "you", "please", "tell", "me", "quickly", "thanks", "so", "now", "kindly")
# The share of refusals in the mix: every skill's prompts share the rest equally.
REFUSAL_SHARE = 0.3


def _word(rng: random.Random, low: int, high: int) -> str:
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(low, high)))


def _number(rng: random.Random) -> str:
    digits = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(rng.randint(0, 11)))
    return "-" + digits if rng.random() < 0.1 else digits


def _refusal(rng: random.Random) -> str:
    n, w = _number, _word
    templates = (
        lambda: f"{n(rng)} times {n(rng)}",
        lambda: f"Is {n(rng)} prime?",
        lambda: f"What is {n(rng)} divided by {n(rng)}?",
        lambda: f"Write me a poem about {rng.choice(TOPICS)}",
        lambda: f"how many vowels are in {w(rng, 4, 10)}?",
        lambda: f"what is the capital of {rng.choice(('France', 'Peru', 'Japan'))}?",
    )
    return rng.choice(templates)()


def random_prompt(rng: random.Random) -> str:
    """A prompt of a registered skill (answered or missing an operand), or a refusal."""
    if rng.random() < REFUSAL_SHARE:
        return _refusal(rng)
    training = rng.choice(list(SKILL_TRAINING.values()))
    return training.prompt(rng).text[:512]


def prompt_of_length(rng: random.Random, length: int) -> str:
    """A random prompt of exactly `length` characters: polite filler in front of a short question."""
    core = random_prompt(rng)[:length]
    filler: list[str] = []
    while sum(len(word) + 1 for word in filler) < length:
        filler.append(rng.choice(FILLER))
    text = (" ".join(filler) + " " + core)[-length:]
    return text if not text[0].isspace() else "x" + text[1:]


def write_request_bodies(path: Path, count: int, seed: int) -> Path:
    """`count` distinct JSON bodies {"prompt": ...}, one a line, for the wrk script to send in order."""
    rng = random.Random(seed)
    seen: set[str] = set()
    with path.open("w", encoding="utf-8") as handle:
        while len(seen) < count:
            prompt = random_prompt(rng)
            if prompt.strip() and prompt not in seen:
                seen.add(prompt)
                handle.write(json.dumps({"prompt": prompt}) + "\n")
    return path
