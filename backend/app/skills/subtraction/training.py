"""Training prompts for subtraction (for the composer, app/data/composer.py): its phrasings (training.toml)
filled with random whole numbers, each an operand span; and its near misses."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.data.common import (
    Generated,
    Rng,
    Slots,
    choice,
    decimal,
    expression,
    integer,
    integers,
    join_operands,
    joined_operands,
    load_data,
    operand,
    pick_spans,
    randint,
    render,
    share,
    strings,
)

DATA_FILE = Path(__file__).with_name("training.toml")
sources: tuple[Path, ...] = (Path(__file__), DATA_FILE)
_DATA = load_data(DATA_FILE)
_TEMPLATES = {name: strings(_DATA, name) for name in ("two", "difference", "many", "missing")}
near_miss_share: float = share(_DATA["near_miss"], "share")
near_miss_after: str = _DATA["near_miss"]["after"]


def prompt(rng: Rng) -> Generated:
    """One subtraction prompt: mostly two numbers, some differences, lists and missing operands."""

    def a() -> Generated:
        return operand(integer(rng))

    kind = rng.random()
    if kind < 0.07:
        return pick_spans(rng, _TEMPLATES["missing"], a=a)
    if kind < 0.17:
        return pick_spans(rng, _TEMPLATES["difference"], a=a, b=a)
    if kind < 0.85:
        return pick_spans(rng, _TEMPLATES["two"], a=a, b=a)
    numbers = integers(rng, randint(rng, 3, 4))
    return pick_spans(
        rng,
        _TEMPLATES["many"],
        list_minus=lambda: joined_operands(numbers, choice(rng, [" minus ", " - ", " minus "])),
        list=lambda: join_operands(numbers, rng),
    )


def near_miss(rng: Rng, slots: Slots) -> str:
    """A subtraction with an operand that is not a whole number ("2.5 minus 1", "5 minus 3 squared"), or with
    an addition in it ("5 minus 3 plus 2"): refused (docs/TASKS.md)."""
    template = choice(rng, _TEMPLATES["two"])
    if rng.random() < 0.6:
        other: Callable[[], str] = choice(rng, [lambda: decimal(rng), lambda: expression(rng)])
        return render(rng, template, {**slots, choice(rng, ["a", "b"]): other})
    return render(rng, template.replace("{b}", "{b}" + choice(rng, [" plus {c}", " + {c}", "+{c}"]), 1), slots)
