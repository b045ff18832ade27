"""The parity skill's training prompts and its near misses (for the composer, app/data/composer.py).

prompt() writes an even-or-odd question the way people type one; the integer it inserts is an operand span.
near_miss() writes a parity sentence about another property, several numbers, a non-integer, or with a second
question ("is 7 prime", "are 3 and 4 even", "is 2.5 odd", "is 4 even? and 5?"), and word problems about groups
of another size ("can 12 kids split into groups of 3?"): unsupported. Besides the common wordings, prompt()
writes paraphrases (halves, remainders, indirect questions) and word problems ("can 9 kids pair up with nobody
left out?").
The sentence shapes are data: training.toml beside this file.
"""

from __future__ import annotations

import re
from pathlib import Path

from app.data.common import (
    Generated,
    Rng,
    Slots,
    choice,
    decimal,
    integer,
    load_data,
    operand,
    pick_spans,
    render,
    render_spans,
    share,
    strings,
)
from app.data.paraphrase import compose, count, expand, swappable, things, word_lists

DATA_FILE = Path(__file__).with_name("training.toml")
sources: tuple[Path, ...] = (Path(__file__), DATA_FILE)
_DATA = load_data(DATA_FILE)
_NEAR_MISS = _DATA["near_miss"]
near_miss_share: float = share(_NEAR_MISS, "share")
near_miss_after: str = _NEAR_MISS["after"]

_TEMPLATES = strings(_DATA, "templates")
_SHAPES = strings(_DATA, "shapes")
_PREDICATES = strings(_DATA, "predicates")
_LABELS = strings(_DATA, "labels")
_ASKERS = strings(_DATA, "askers")
_MISSING = strings(_DATA, "missing")
_MISSING_NUMBER = strings(_DATA, "missing_number")
_PARAPHRASES = strings(_DATA["paraphrase"], "shapes")
_WORD_PROBLEMS = strings(_DATA["paraphrase"], "word_problems")
_WORDS = word_lists(_DATA["paraphrase"]["words"])


def template(rng: Rng) -> str:
    """A parity sentence shape with its wording chosen and its number still a slot ({n})."""
    if rng.random() < 0.45:
        return choice(rng, _TEMPLATES)
    return (
        choice(rng, _SHAPES)
        .replace("{pred}", choice(rng, _PREDICATES))
        .replace("{label}", choice(rng, _LABELS))
        .replace("{asker}", choice(rng, _ASKERS))
    )


def prompt(rng: Rng) -> Generated:
    kind = rng.random()
    if kind < 0.04:
        return pick_spans(rng, _MISSING)
    if kind < 0.08:  # a parity shape without its number
        return render_spans(rng, template(rng), {"n": lambda: choice(rng, _MISSING_NUMBER)})
    if kind < 0.18:  # the same question in other words: halves, remainders, indirect questions
        return compose(rng, _PARAPHRASES, _WORDS, {"n": lambda: operand(integer(rng))})
    if kind < 0.28:  # a word problem: pairing people up, sharing things between two
        return compose(rng, _WORD_PROBLEMS, _WORDS, {"n": lambda: operand(count(rng))})
    return render_spans(rng, template(rng), {"n": lambda: operand(integer(rng))})


# --------------------------------------------------------------------------------------------------------
# Near misses
# --------------------------------------------------------------------------------------------------------
_SWAPS = strings(_NEAR_MISS, "swaps")
_LABEL_SWAPS = strings(_NEAR_MISS, "label_swaps")
_KEYWORD = re.compile(
    r"\b(even or odd|odd or even|even/odd|odd/even|even or not|odd or not|even or uneven|an even number|"
    r"an odd number|an even or an odd number|even|odd|parity)\b"
)
_BY_TWO = re.compile(r"\b(divisible by|multiple of|divided by|divide by) (2|two)\b")
_SECOND_QUESTIONS = strings(_NEAR_MISS, "second_questions")
_OTHER_WORD_PROBLEMS = strings(_NEAR_MISS, "word_problems")
_OTHER_WORDS = {**_WORDS, **word_lists(_NEAR_MISS["words"])}
_SWAPPABLE = swappable(_PARAPHRASES, _NEAR_MISS["words"])
_TWO_NUMBER_FORMS = strings(_NEAR_MISS, "two_number_forms")
_EXPRESSION_FORMS = strings(_NEAR_MISS, "expression_forms")
_DIVISIBILITY_PREDICATES = strings(_NEAR_MISS, "divisibility_predicates")
_DIVISIBILITY_SHAPES = [shape for shape in _SHAPES if "{pred}" in shape] + [
    sentence for sentence in _TEMPLATES if _BY_TWO.search(sentence)
]


def _swap_parity(sentence: str, rng: Rng) -> str | None:
    swapped = _BY_TWO.sub(lambda match: match.group(1) + " {k}", sentence)
    if _KEYWORD.search(swapped):
        replacement = choice(rng, _SWAPS)

        def swap(match: re.Match[str]) -> str:
            return choice(rng, _LABEL_SWAPS) if match.group(0) == "parity" else replacement

        swapped = _KEYWORD.sub(swap, swapped)
    return swapped if swapped != sentence else None


def near_miss(rng: Rng, slots: Slots) -> str:
    """A parity sentence about another property, several numbers, a non-integer, or two questions in one."""
    kind = rng.random()
    if kind < 0.1:  # groups of another size, or another question about pairs
        shape = expand(rng, choice(rng, _OTHER_WORD_PROBLEMS), _WORDS)
        return render(rng, shape, {**slots, "n": lambda: count(rng)})
    if kind < 0.18:  # a paraphrase about another property ("i wonder whether 7 is prime")
        return render(rng, expand(rng, choice(rng, _SWAPPABLE), _OTHER_WORDS), slots)
    if kind < 0.24:  # the paraphrases about a thing, not a number ("i wonder whether the movie is odd")
        shape = expand(rng, choice(rng, _PARAPHRASES), _WORDS)
        return render(rng, shape, {**slots, "n": things(rng, slots)})
    kind = (kind - 0.24) / 0.76
    if kind < 0.25:
        for _ in range(4):
            swapped = _swap_parity(template(rng), rng)
            if swapped is not None:
                return render(rng, swapped, slots)
    if kind < 0.45:  # divisible by / a multiple of anything but two
        shape = choice(rng, _DIVISIBILITY_SHAPES).replace("{pred}", choice(rng, _DIVISIBILITY_PREDICATES))
        shape = shape.replace("{asker}", choice(rng, _ASKERS))
        return render(rng, _BY_TWO.sub(lambda match: match.group(1) + " {k}", shape), slots)
    sentence = template(rng)
    if kind < 0.55:
        form = choice(rng, _TWO_NUMBER_FORMS)
        return render(rng, sentence.replace("{n}", form).replace("is " + form, "are " + form, 1), slots)
    if kind < 0.65:
        return render(rng, sentence.replace("{n}", choice(rng, _EXPRESSION_FORMS)), slots)
    if kind < 0.8:
        return render(rng, sentence, {**slots, "n": lambda: decimal(rng)})
    first = render(rng, sentence, slots, noise=False)
    second = choice(rng, _SECOND_QUESTIONS)
    joined = "{first}" + ("" if second[0] in ",.?" else " ") + second
    return render(rng, joined, {"first": lambda: first, "c": slots["c"]})
