"""The addition skill's training prompts and its near misses (for the composer, app/data/composer.py).

prompt() writes an addition request the way people type one; each integer it inserts is an operand span.
Besides the common wordings it writes paraphrases (other verbs and nouns, other orders, indirect questions) and
word problems ("13 stamps in one album and 51 in another: how many stamps is that?").
near_miss() writes an addition sentence with one thing changed: another operator, an operand that is not an
integer, or another step ("the product of 2 and 3", "2.5 plus 3", "2 plus 3, then double it"), and word problems
that ask for another operation ("3 boxes of 12 eggs: how many eggs?"): unsupported.
The sentence shapes are data: training.toml beside this file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from app.data.common import (
    MIXED_SHAPES,
    Generated,
    Rng,
    Slots,
    choice,
    decimal,
    expression,
    integer,
    integers,
    join_list,
    join_operands,
    joined_operands,
    load_data,
    mixed,
    operand,
    pick,
    pick_spans,
    randint,
    randrange,
    render,
    render_spans,
    share,
    strings,
    tidy,
)
from app.data.paraphrase import compose, count, expand, swappable, things, word_lists

DATA_FILE = Path(__file__).with_name("training.toml")
sources: tuple[Path, ...] = (Path(__file__), DATA_FILE)
_DATA = load_data(DATA_FILE)
_NEAR_MISS = _DATA["near_miss"]
near_miss_share: float = share(_NEAR_MISS, "share")
near_miss_after: str = _NEAR_MISS["after"]

_TWO = strings(_DATA, "two")
_SIGNED = strings(_DATA, "signed")
_MANY = strings(_DATA, "many")
_MISSING = strings(_DATA, "missing")
_OPERANDS = re.compile(r"\{[ab]\}")
_PARAPHRASES = strings(_DATA["paraphrase"], "shapes")
_WORD_PROBLEMS = strings(_DATA["paraphrase"], "word_problems")
_WORDS = word_lists(_DATA["paraphrase"]["words"])


_SIGN = re.compile(r"^([-+]|negative |minus )")


def negative(rng: Rng) -> str:
    """A negative integer with its sign written out: "-3", "minus 3", "negative three"."""
    number = _SIGN.sub("", integer(rng))
    return choice(rng, ["-", "minus ", "negative "] if number[:1].isdigit() else ["minus ", "negative "]) + number


def prompt(rng: Rng) -> Generated:
    def a() -> Generated:
        return operand(integer(rng))

    def quantity() -> Generated:
        return operand(count(rng))

    kind = rng.random()
    if kind < 0.06:
        return pick_spans(rng, _MISSING, a=a)
    if kind < 0.1:  # a two-operand shape with an operand (or both) left out: still an addition
        template = choice(rng, _TWO)
        drop = choice(rng, ["{b}", "{b}", "{a}", "both"])
        if drop == "both" and len(re.findall(r"[a-z]{2,}", template)) >= 2:
            template = _OPERANDS.sub("", template)
        else:
            template = template.replace("{b}" if drop == "both" else drop, "")
        return render_spans(rng, tidy(template), {"a": a, "b": a, "c": a})
    if kind < 0.19:
        return pick_spans(rng, _SIGNED, a=a, b=a, na=lambda: operand(negative(rng)), nb=lambda: operand(negative(rng)))
    if kind < 0.54:
        return pick_spans(rng, _TWO, a=a, b=a, c=a)
    if kind < 0.65:  # the same request in other words and orders
        return compose(rng, _PARAPHRASES, _WORDS, {"a": a, "b": a, "c": a})
    if kind < 0.78:  # a word problem: things in containers, people, days
        return compose(rng, _WORD_PROBLEMS, _WORDS, {"a": quantity, "b": quantity})
    numbers = integers(rng, randint(rng, 3, 5))
    return pick_spans(
        rng,
        _MANY,
        list=lambda: join_operands(numbers, rng),
        list_plus=lambda: joined_operands(numbers, choice(rng, [" plus ", " plus ", " + "])),
        list_sym=lambda: joined_operands(numbers, choice(rng, [" + ", "+"])),
    )


# --------------------------------------------------------------------------------------------------------
# Near misses
# --------------------------------------------------------------------------------------------------------
_KEYWORD = re.compile(r"\b(plus|add|added|adding|sum|total|increase|increased|more than|together)\b|\+")
_OPERATOR_FAMILIES: list[dict[str, list[str]]] = _NEAR_MISS["operator_families"]
_EXTRA_OPERATIONS = strings(_NEAR_MISS, "extra_operations")
_BARE_SUMS = strings(_NEAR_MISS, "bare_sums")
_OTHER_WORD_PROBLEMS = strings(_NEAR_MISS, "word_problems")
_OTHER_WORDS = {**_WORDS, **word_lists(_NEAR_MISS["words"])}
_SWAPPABLE = swappable(_PARAPHRASES, _NEAR_MISS["words"])


def _swap_operator(template: str, rng: Rng) -> str | None:
    family = _OPERATOR_FAMILIES[0] if rng.random() < 0.35 else choice(rng, _OPERATOR_FAMILIES)
    if not _KEYWORD.search(template):
        return None
    return _KEYWORD.sub(lambda match: choice(rng, family[match.group(0)]), template)


def near_miss(rng: Rng, slots: Slots) -> str:
    """An addition sentence with another operator, an operand that is not an integer, or another step."""
    kind = rng.random()
    if kind < 0.1:  # a word problem or paraphrase that asks for a product, a share, an average, a comparison
        shape = expand(rng, choice(rng, _OTHER_WORD_PROBLEMS), _WORDS)
        return render(rng, shape, {**slots, "a": lambda: count(rng), "b": lambda: count(rng)})
    if kind < 0.22:  # a paraphrase with another operation's verb or noun ("multiply 3 and 4")
        return render(rng, expand(rng, choice(rng, _SWAPPABLE), _OTHER_WORDS), slots)
    if kind < 0.28:  # the paraphrases about things, not numbers ("combine the flour and the sugar")
        thing = things(rng, slots)
        return render(
            rng, expand(rng, choice(rng, _PARAPHRASES), _WORDS), {**slots, "a": thing, "b": thing, "c": thing}
        )
    kind = (kind - 0.28) / 0.72
    template = choice(rng, _TWO if rng.random() < 0.75 else _MANY)
    numbers = integers(rng, randint(rng, 3, 5))
    slots = {
        **slots,
        "list": lambda: join_list(numbers, rng),
        "list_plus": lambda: mixed(numbers, rng),
        "list_sym": lambda: mixed(numbers, rng),
    }
    if kind < 0.3:
        swapped = _swap_operator(template, rng)
        if swapped is not None:
            return render(rng, swapped, slots)
    if kind < 0.65:  # the same sentence, but an operand is a decimal, a fraction, a power, a root, ...
        other: Callable[[], str] = choice(rng, [lambda: decimal(rng), lambda: expression(rng)])
        if rng.random() < 0.2:
            numbers[randrange(rng, len(numbers))] = other()
            return pick(
                rng,
                _MANY,
                list=lambda: join_list(numbers, rng),
                list_plus=lambda: " plus ".join(numbers),
                list_sym=lambda: choice(rng, [" + ", "+"]).join(numbers),
            )
        template = choice(rng, _TWO)
        target = choice(rng, ["{a}", "{b}"])
        values = dict(slots)
        values[target[1:-1]] = other
        if rng.random() < 0.3:  # both operands
            values["a" if target == "{b}" else "b"] = other
        return render(rng, template, values)
    if kind < 0.87:  # several operations in a row, one of them an addition
        expression_text = mixed([*numbers[:2], *integers(rng, randint(rng, 0, 2))], rng)
        return render(rng, choice(rng, MIXED_SHAPES), {"m": lambda: expression_text})
    shape = choice(rng, _EXTRA_OPERATIONS)
    if shape.startswith("is ") or "{sum} <" in shape or "{sum} >" in shape:
        base = render(rng, choice(rng, _BARE_SUMS), slots, noise=False)
    else:
        base = render(rng, choice(rng, _TWO), slots, noise=False)
    return render(rng, shape, {**slots, "sum": lambda: base})
