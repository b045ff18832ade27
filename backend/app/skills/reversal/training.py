"""The reversal skill's training prompts and its near misses (for the composer, app/data/composer.py).

prompt() writes a request to reverse a word or phrase the way people type one; the word or phrase it inserts
is an operand span (without its quotes, when quoted). near_miss() writes a reversal sentence with another word
operation, or about the word order or a list ("capitalize hello", "reverse the words in 'a b c'"), or with the
paraphrases' words in another sense ("spell hello from the start", "mirror my screen"): unsupported. Besides the
common wordings, prompt() writes paraphrases ("write the letters of 'green tea' from end to start").
The sentence shapes are data: training.toml beside this file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from app.data.common import (
    Generated,
    Rng,
    Slots,
    choice,
    load_data,
    operand,
    phrase,
    pick_spans,
    quoted_operand,
    render,
    render_spans,
    share,
    strings,
    word_operand,
)
from app.data.paraphrase import compose, expand, swappable, word_lists

DATA_FILE = Path(__file__).with_name("training.toml")
sources: tuple[Path, ...] = (Path(__file__), DATA_FILE)
_DATA = load_data(DATA_FILE)
_NEAR_MISS = _DATA["near_miss"]
near_miss_share: float = share(_NEAR_MISS, "share")
near_miss_after: str = _NEAR_MISS["after"]

_TEMPLATES = strings(_DATA, "templates")
_COMMON = strings(_DATA, "common")
_MISSING = strings(_DATA, "missing")
_MISSING_OBJECTS = strings(_DATA, "missing_objects")
_VERBS = strings(_DATA, "verbs")
_NEUTRAL_VERBS = strings(_DATA, "neutral_verbs")
_TAILS = strings(_DATA, "tails")
_SHAPES = strings(_DATA, "shapes")
_OBJECTS = strings(_DATA, "objects")
_OBJECTS_LAST = strings(_DATA, "objects_last")
_OBJECTS_LAST_VERBS = strings(_DATA, "objects_last_verbs")
_PARAPHRASES = strings(_DATA["paraphrase"], "shapes")
_WORDS = word_lists(_DATA["paraphrase"]["words"])


def _shape(rng: Rng, objects: list[str]) -> str:
    """A compositional reversal sentence, its object still a slot ({w}, {q}, {u} or {m})."""
    parts: dict[str, Callable[[], str]] = {
        "verb": lambda: choice(rng, _VERBS),
        "nverb": lambda: choice(rng, _NEUTRAL_VERBS),
        "tail": lambda: choice(rng, _TAILS),
        "obj": lambda: choice(rng, objects),
    }
    shape = choice(rng, _SHAPES)
    values = {name: make() for name, make in parts.items() if "{" + name + "}" in shape}
    return shape.format(**values)


def prompt(rng: Rng) -> Generated:
    operands = {
        "w": lambda: word_operand(rng),
        "q": lambda: quoted_operand(phrase(rng), rng),
        "u": lambda: operand(phrase(rng)),
    }
    kind = rng.random()
    if kind < 0.04:
        return pick_spans(rng, _MISSING)
    if kind < 0.08:  # a reversal shape without its word
        return render_spans(rng, _shape(rng, ["{m}"]), {"m": lambda: choice(rng, _MISSING_OBJECTS)})
    if kind < 0.2:
        return render_spans(rng, choice(rng, _COMMON), operands)
    if kind < 0.39:
        return render_spans(rng, choice(rng, _TEMPLATES), operands)
    if kind < 0.5:  # the same request in other words: mirror, from end to start, last letter first
        return compose(rng, _PARAPHRASES, _WORDS, operands)
    if kind < 0.56:  # an unquoted phrase after "the phrase" / "the sentence" / "the text", at the end
        verb = choice(rng, _OBJECTS_LAST_VERBS)
        return render_spans(rng, verb + " " + choice(rng, _OBJECTS_LAST), operands)
    return render_spans(rng, _shape(rng, _OBJECTS), operands)


# --------------------------------------------------------------------------------------------------------
# Near misses
# --------------------------------------------------------------------------------------------------------
_WORD_OP_VERBS = strings(_NEAR_MISS, "word_op_verbs")
_WORD_OP_TAILS = strings(_NEAR_MISS, "word_op_tails")
_NOT_A_WORD = strings(_NEAR_MISS, "not_a_word")
_PALINDROME = strings(_NEAR_MISS, "palindrome")
_OTHER_PARAPHRASES = strings(_NEAR_MISS, "paraphrases")
_OTHER_WORDS = {**_WORDS, **word_lists(_NEAR_MISS["words"])}
_SWAPPABLE = swappable(_PARAPHRASES, _NEAR_MISS["words"])
_VERB_WORD = re.compile(r"\b(reverse|flip|mirror|invert|backspell|reverse-spell)\b")
_TAIL_WORD = re.compile(
    r"\b(backwards|backward|in reverse order|in reverse|reversed|back to front|from right to left|"
    r"in the opposite order|mirrored|in reversed order|the other way around|the other way round|from end to start|"
    r"from the last letter to the first|from back to front)\b"
)


def _swap_reversal(template: str, rng: Rng) -> str | None:
    verb = choice(rng, _WORD_OP_VERBS)
    tail = choice(rng, _WORD_OP_TAILS)
    swapped = _VERB_WORD.sub(verb, template)
    swapped = _TAIL_WORD.sub(tail, swapped)
    return swapped if swapped != template else None


def _other_operand(template: str, rng: Rng) -> str | None:
    """A reversal sentence whose object is not one word or phrase: the word order, a list."""
    if not _VERB_WORD.search(template) or re.search(r"letter|character|spell|phrase|sentence|text", template):
        return None
    for slot in ("the word {w}", "the string {w}", "{w}", "{q}", "{obj}"):
        if slot in template:
            return template.replace(slot, choice(rng, _NOT_A_WORD), 1)
    return None


def near_miss(rng: Rng, slots: Slots) -> str:
    """A reversal sentence with another word operation, or about the word order or a list."""
    kind = rng.random()
    if kind < 0.15:  # the paraphrases' words, but another order, another sense, or code
        return render(rng, expand(rng, choice(rng, _OTHER_PARAPHRASES), _WORDS), slots)
    if kind < 0.27:  # a paraphrase with another word operation ("write the letters of hello from start to end")
        return render(rng, expand(rng, choice(rng, _SWAPPABLE), _OTHER_WORDS), slots)
    kind = (kind - 0.27) / 0.73
    for _ in range(4):
        template = choice(rng, _TEMPLATES) if rng.random() < 0.5 else _shape(rng, _OBJECTS)
        changed = _swap_reversal(template, rng) if kind < 0.5 else _other_operand(template, rng)
        if changed is not None:
            return render(rng, changed, slots)
    return render(rng, choice(rng, _PALINDROME), slots)
