"""Training prompts for subtraction (for the composer, app/data/composer.py): its phrasings (training.toml)
filled with random whole numbers, each an operand span, paraphrases ("knock 3 off 10") and word problems ("a 61
year old and a 17 year old: how many years between them?"); and its near misses."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from app.data.common import (
    OPERAND,
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
from app.data.paraphrase import compose, count, counted, expand, swappable, things, word_lists
from app.skills.base import MINUEND

DATA_FILE = Path(__file__).with_name("training.toml")
sources: tuple[Path, ...] = (Path(__file__), DATA_FILE)
_DATA = load_data(DATA_FILE)
_TEMPLATES = {name: strings(_DATA, name) for name in ("two", "difference", "many", "missing")}
near_miss_share: float = share(_DATA["near_miss"], "share")
near_miss_after: str = _DATA["near_miss"]["after"]
_PARAPHRASES = strings(_DATA["paraphrase"], "shapes")
_WORD_PROBLEMS = strings(_DATA["paraphrase"], "word_problems")
_WORDS = word_lists(_DATA["paraphrase"]["words"])
_OTHER_WORD_PROBLEMS = strings(_DATA["near_miss"], "word_problems")
_OTHER_WORDS = {**_WORDS, **word_lists(_DATA["near_miss"]["words"])}
_SWAPPABLE = swappable(_PARAPHRASES, _DATA["near_miss"]["words"])


def _ordered_counts(rng: Rng) -> tuple[Generated, Generated]:
    """Two quantities for a word problem, the larger first ({a} is what {b} is taken from)."""
    first, second = counted(rng), counted(rng)
    if first[1] < second[1]:
        first, second = second, first
    return operand(first[0]), operand(second[0])


# A shape that asks for the gap between two numbers names no minuend: the larger minus the smaller.
_DIFFERENCE = re.compile(r"differen|\bgap\b|\bapart\b|\bbetween\b")


def _without_minuend(generated: Generated) -> Generated:
    spans = tuple((start, end, OPERAND) for start, end, _ in generated.spans)
    return generated._replace(spans=spans)


def _first_is_minuend(generated: Generated) -> Generated:
    spans = tuple(
        (start, end, MINUEND if index == 0 else OPERAND) for index, (start, end, _) in enumerate(generated.spans)
    )
    return generated._replace(spans=spans)


def prompt(rng: Rng) -> Generated:
    """One subtraction prompt: mostly two numbers, some differences, lists and missing operands. The number the
    others are taken from is tagged as the minuend where the wording says which it is."""
    generated = _prompt(rng)
    return _without_minuend(generated) if _DIFFERENCE.search(generated.text.lower()) else generated


def _prompt(rng: Rng) -> Generated:
    def a() -> Generated:
        return operand(integer(rng))

    def minuend() -> Generated:
        return operand(integer(rng), MINUEND)

    kind = rng.random()
    if kind < 0.07:
        return pick_spans(rng, _TEMPLATES["missing"], a=a)
    if kind < 0.17:
        return pick_spans(rng, _TEMPLATES["difference"], a=a, b=a)
    if kind < 0.56:
        return pick_spans(rng, _TEMPLATES["two"], a=minuend, b=a)
    if kind < 0.69:  # the same request in other words and orders
        return compose(rng, _PARAPHRASES, _WORDS, {"a": minuend, "b": a})
    if kind < 0.84:  # a word problem: what is left, how many more, the gap between two ages
        first, second = _ordered_counts(rng)
        return compose(rng, _WORD_PROBLEMS, _WORDS, {"a": lambda: first, "b": lambda: second})
    numbers = integers(rng, randint(rng, 3, 4))
    return _first_is_minuend(
        pick_spans(
            rng,
            _TEMPLATES["many"],
            list_minus=lambda: joined_operands(numbers, choice(rng, [" minus ", " - ", " minus "])),
            list=lambda: join_operands(numbers, rng),
        )
    )


def near_miss(rng: Rng, slots: Slots) -> str:
    """A subtraction with an operand that is not a whole number ("2.5 minus 1", "5 minus 3 squared"), or with
    an addition in it ("5 minus 3 plus 2"), or a word problem that asks for another operation ("12 sweets shared
    among 4 kids"): refused (docs/TASKS.md)."""
    kind = rng.random()
    if kind < 0.2:
        shape = expand(rng, choice(rng, _OTHER_WORD_PROBLEMS), _WORDS)
        return render(rng, shape, {**slots, "a": lambda: count(rng), "b": lambda: count(rng)})
    if kind < 0.32:  # a paraphrase with another operation's words ("knock 3 off 10" stays; "divide 3 from 10")
        return render(rng, expand(rng, choice(rng, _SWAPPABLE), _OTHER_WORDS), slots)
    if kind < 0.4:  # the paraphrases about things, not numbers ("remove the stain from my shirt")
        thing = things(rng, slots)
        return render(rng, expand(rng, choice(rng, _PARAPHRASES), _WORDS), {**slots, "a": thing, "b": thing})
    template = choice(rng, _TEMPLATES["two"])
    if rng.random() < 0.6:
        other: Callable[[], str] = choice(rng, [lambda: decimal(rng), lambda: expression(rng)])
        return render(rng, template, {**slots, choice(rng, ["a", "b"]): other})
    return render(rng, template.replace("{b}", "{b}" + choice(rng, [" plus {c}", " + {c}", "+{c}"]), 1), slots)
