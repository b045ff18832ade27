"""Paraphrases and word problems: sentence shapes whose wording slots ({verb}, {items}, {name}, ...) are filled
from lists before their operand slots are, so that one shape says the same operation with many words.

The shared wording (people, things, containers, places, times, units) is data: paraphrase.toml beside this file;
a skill's own words and shapes are in its training.toml. A wording slot used twice in a shape gets the same word
both times ("{a} {items} in one {container} and {b} in another: how many {items}?"); a slot whose name ends in
a digit ({name2}) draws another word from the list of its name without the digit. The same shapes with their
verb or noun slots filled by another operation's words ("multiply 3 and 4", "the product of 3 and 4") are the
skills' near misses (swappable()).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from pathlib import Path

from app.data.common import Filler, Generated, Rng, choice, load_data, number_words, randint, render_spans, strings

DATA_FILE = Path(__file__).with_name("paraphrase.toml")
_DATA = load_data(DATA_FILE)
WORDS: dict[str, list[str]] = {name: strings(_DATA, name) for name in _DATA}
_WORD_SLOT = re.compile(r"\{([a-z_]+?)(\d?)\}")

Lists = Mapping[str, Sequence[str]]


def word_lists(table: Mapping[str, object]) -> dict[str, list[str]]:
    """A skill's wording lists (a table of lists of strings) joined with the shared ones."""
    return {**WORDS, **{name: strings(table, name) for name in table}}


def expand(rng: Rng, template: str, lists: Lists) -> str:
    """The template with its wording slots filled (twice over, so a word may hold slots); other slots stay."""
    chosen: dict[str, str] = {}

    def fill(match: re.Match[str]) -> str:
        name, digit = match.group(1), match.group(2)
        key = name + digit
        if name not in lists:
            return match.group(0)
        if key not in chosen:
            options = lists[name]
            word = choice(rng, options)
            for _ in range(4):  # {name2} differs from {name}
                if not digit or word != chosen.get(name) or len(options) == 1:
                    break
                word = choice(rng, options)
            chosen[key] = word
        return chosen[key]

    for _ in range(2):
        template = _WORD_SLOT.sub(fill, template)
    return template


def counted(rng: Rng) -> tuple[str, int]:
    """A quantity in a word problem and its value: a whole number as people write one about things (mostly
    small, no sign)."""
    kind = rng.random()
    if kind < 0.55:
        value = randint(rng, 2, 99)
    elif kind < 0.75:
        value = randint(rng, 100, 9999)
    elif kind < 0.83:
        value = randint(rng, 1000, 999_999)
        return f"{value:,}", value
    elif kind < 0.88:
        value = randint(rng, 10_000, 9_999_999)
    else:
        value = randint(rng, 2, 99) if rng.random() < 0.8 else randint(rng, 100, 999)
        return number_words(value, rng), value
    return str(value), value


def count(rng: Rng) -> str:
    return counted(rng)[0]


def swappable(shapes: Sequence[str], swaps: Lists) -> list[str]:
    """The shapes that hold a slot the swaps fill: said with another operation's words, they are near misses."""
    found = [shape for shape in shapes if any("{" + name + "}" in shape for name in swaps)]
    if not found:
        raise ValueError("no shape holds a slot of the swaps")
    return found


def things(rng: Rng, slots: Mapping[str, Filler]) -> Filler:
    """A thing in a number's place ("combine the flour and the sugar", "i wonder whether the movie is odd"): the
    skills' words in another sense."""

    def thing() -> str:
        if rng.random() < 0.5:
            return str(slots["thing"]())  # "the weather", "video games": as they are
        return choice(rng, ["the ", "the ", "my ", "a "]) + str(slots["noun"]())

    return thing


def compose(rng: Rng, shapes: Sequence[str], lists: Lists, operands: Mapping[str, Filler]) -> Generated:
    """One shape, its wording chosen, its operands filled, dressed and noised like every other prompt."""
    return render_spans(rng, expand(rng, choice(rng, shapes), lists), operands)
