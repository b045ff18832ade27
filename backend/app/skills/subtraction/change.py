"""A change from one amount to another, asked how much it changed: "the price went from 45 to 60, how much did it
increase?", "prices fell from 500 to 420, by how much?", "the increase from 15 to 40" (phrases.toml, [cue_phrases]
change). The answer is the size of the change, the larger minus the smaller, whichever way it went."""

from __future__ import annotations

import re

from app.skills.base import load_toml
from app.skills.numbers import NumberReading, WholeNumber

CHANGE = re.compile("|".join(load_toml(__file__, "phrases.toml")["cue_phrases"]["change"]))


def changed_amounts(reading: NumberReading, shape: str) -> tuple[WholeNumber, WholeNumber] | None:
    """The amount a change starts from and the one it ends at, or None when the skeleton asks for no change or its
    two numbers cannot be told."""
    found = CHANGE.search(shape)
    if found is None:
        return None
    numbers = [piece.number for piece in reading.pieces if piece.number is not None]
    first = shape.count("#", 0, found.start())  # the "from #" is the first number of the match
    if first + 1 >= len(numbers):
        return None
    return numbers[first], numbers[first + 1]
