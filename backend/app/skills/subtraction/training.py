"""Training prompts for subtraction: its phrasings (training.toml) filled with random whole numbers."""

from __future__ import annotations

from app.data.training_samples import Rng, choice, integer, integers, join_list, pick, randint
from app.skills.base import load_toml

_TEMPLATES = {
    name: [line.strip() for line in text.strip().splitlines() if line.strip()]
    for name, text in load_toml(__file__, "training.toml").items()
}


def prompt(rng: Rng) -> str:
    """One subtraction prompt: mostly two numbers, some differences, lists and missing operands."""

    def a() -> str:
        return integer(rng)

    kind = rng.random()
    if kind < 0.07:
        return pick(rng, _TEMPLATES["missing"], a=a)
    if kind < 0.17:
        return pick(rng, _TEMPLATES["difference"], a=a, b=a)
    if kind < 0.85:
        return pick(rng, _TEMPLATES["two"], a=a, b=a)
    numbers = integers(rng, randint(rng, 3, 4))
    return pick(
        rng,
        _TEMPLATES["many"],
        list_minus=lambda: choice(rng, [" minus ", " - ", " minus "]).join(numbers),
        list=lambda: join_list(numbers, rng),
    )
