"""Random prompts like the wrk script's (bench/lua/complete.lua): every skill, refusals, missing operands."""

from __future__ import annotations

import random
import string

TOPICS = ("the sea", "cats", "the moon", "winter", "a robot", "coffee")
FILLER = ("hello", "there", "could", "you", "please", "tell", "me", "quickly", "thanks", "so", "now", "kindly")


def _word(rng: random.Random, low: int, high: int) -> str:
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(low, high)))


def _number(rng: random.Random) -> str:
    digits = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(rng.randint(0, 11)))
    return "-" + digits if rng.random() < 0.1 else digits


def random_prompt(rng: random.Random) -> str:
    n, w = _number, _word
    templates = (
        lambda: f"What is {n(rng)} plus {n(rng)}?",
        lambda: f"Can you explain {n(rng)} + {n(rng)} step by step?",
        lambda: f"add {n(rng)} and {n(rng)}",
        lambda: f"the sum of {n(rng)}, {n(rng)} and {n(rng)}",
        lambda: f"Is {n(rng)} even or odd?",
        lambda: f"is {n(rng)} an odd number",
        lambda: f"Reverse the word {w(rng, 3, 12)}",
        lambda: f'reverse "{w(rng, 2, 8)} {w(rng, 2, 8)}"',
        lambda: f"spell {w(rng, 3, 10)} backwards",
        lambda: f"What is {n(rng)} minus {n(rng)}?",
        lambda: f"{n(rng)} times {n(rng)}",
        lambda: f"Is {n(rng)} prime?",
        lambda: f"Write me a poem about {rng.choice(TOPICS)}",
        lambda: f"how many vowels are in {w(rng, 4, 10)}?",
        lambda: f"What is {n(rng)} plus?",
    )
    return rng.choice(templates)()


def prompt_of_length(rng: random.Random, length: int) -> str:
    """A random prompt of exactly `length` characters: polite filler in front of a short question."""
    core = random_prompt(rng)[:length]
    filler: list[str] = []
    while sum(len(word) + 1 for word in filler) < length:
        filler.append(rng.choice(FILLER))
    text = (" ".join(filler) + " " + core)[-length:]
    return text if not text[0].isspace() else "x" + text[1:]
