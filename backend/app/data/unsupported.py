"""The prompts labelled "unsupported", apart from the skills' own near misses: other arithmetic, questions about
numbers, other word operations, "even" and "odd" (and add, plus, reverse, subtract, difference, take away) in their
everyday senses,
chit-chat, general questions, code requests, gibberish, and word problems that ask for another operation than a
skill's ("3 boxes of 12 eggs: how many eggs?", "share 12 sweets among 4 kids").
The phrase lists are data: unsupported.toml.

The composer (composer.py) mixes these kinds with every skill's near misses by the shares in
unsupported.toml's [mix] and the skills' training.toml [near_miss].
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Callable
from pathlib import Path

from app.data.common import (
    COMMON_WORDS,
    EMOJI,
    FOREIGN_WORDS,
    MIXED_SHAPES,
    Rng,
    Slots,
    choice,
    decimal,
    integer,
    integers,
    keyword_phrase,
    load_data,
    numbers_list,
    phrase,
    pick,
    quoted,
    randint,
    render,
    share,
    strings,
    word,
)
from app.data.paraphrase import WORDS, count, expand

DATA_FILE = Path(__file__).with_name("unsupported.toml")
_DATA = load_data(DATA_FILE)
_LISTS = _DATA["lists"]
MIX: dict[str, float] = {kind: share(_DATA["mix"], kind) for kind in _DATA["mix"]}


def _list(key: str) -> list[str]:
    return strings(_LISTS, key)


_OTHER_ARITHMETIC = _list("other_arithmetic")
_NUMBER_QUESTIONS = _list("number_questions")
_WORD_OPERATIONS = _list("word_operations")
_OTHER_SENSE = _list("other_sense")
_OTHER_SENSE_SHAPES = _list("other_sense_shapes")
_OTHER_SENSE_SLOTS = {name: strings(_DATA["other_sense_slots"], name) for name in _DATA["other_sense_slots"]}
_OTHER_SENSE_ADD_REVERSE = _list("other_sense_add_reverse")
_NOUNS = _list("nouns")
_CHIT_CHAT = _list("chit_chat")
_CHAT_THINGS = _list("chat_things")
_CHAT_SHAPES = _list("chat_shapes")
_GENERAL = _list("general")
_TOPICS = _list("topics")
_PLACES = _list("places")
_FACT_SHAPES = _list("fact_shapes")
_GENERAL_SHAPES = _list("general_shapes")
_CODE = _list("code")
_LANGUAGES = _list("languages")
_CODE_TASKS = _list("code_tasks")
_CODE_ERRORS = _list("code_errors")
_CODE_SNIPPETS = _list("code_snippets")
_CODE_IMPERATIVES = _list("code_imperatives")
_CODE_IMPERATIVE_SHAPES = _list("code_imperative_shapes")
_CODE_SHAPES = _list("code_shapes")
_CODE_CONCEPTS = _list("code_concepts")
_GIBBERISH = _list("gibberish")
_GIBBERISH_SYMBOLS = _list("gibberish_symbols")[0]
_SMALL_NUMBERS = _list("small_numbers")
_JSON = _list("json")
_BINARY_OPERATORS = _list("binary_operators")
_WORD_PROBLEMS = _list("word_problems")
_TOGETHER = {**WORDS, "together": ["together", "altogether", "in total", "in all"]}
_SENSES = strings(_DATA["arithmetic_senses"], "shapes")
_SENSE_SLOTS = {name: strings(_DATA["arithmetic_sense_slots"], name) for name in _DATA["arithmetic_sense_slots"]}


@functools.lru_cache(maxsize=4)
def slots(rng: Rng) -> Slots:
    """The slot fillers of the unsupported shapes and the near misses, made once per generator (they only
    close over it)."""

    def a() -> str:
        return integer(rng)

    fillers: Slots = {
        "a": a,
        "b": a,
        "c": a,
        "n": a,
        "k": lambda: choice(
            rng,
            [
                str(choice(rng, [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 25, 100, 17, 20])),
                choice(rng, _SMALL_NUMBERS),
            ],
        ),
        "d": lambda: decimal(rng),
        "d2": lambda: decimal(rng),
        "e": lambda: choice(rng, [decimal(rng), integer(rng)]),
        "list": lambda: numbers_list(rng),
        "w": lambda: choice(rng, [word(rng), quoted(word(rng), rng)]),
        "w2": lambda: word(rng),
        "w3": lambda: word(rng),
        "q": lambda: quoted(keyword_phrase(rng) if rng.random() < 0.3 else phrase(rng), rng),
        "u": lambda: phrase(rng),
        "noun": lambda: choice(rng, _NOUNS),
        "thing": lambda: choice(rng, _CHAT_THINGS),
        "topic": lambda: choice(rng, _TOPICS),
        "lang": lambda: choice(rng, _LANGUAGES),
        "lang2": lambda: choice(rng, _LANGUAGES),
        "concept": lambda: choice(rng, _CODE_CONCEPTS),
        "place": lambda: choice(rng, _PLACES),
        "json": lambda: choice(rng, _JSON),
        "place2": lambda: choice(rng, _PLACES),
    }
    fillers["task"] = lambda: render(rng, choice(rng, _CODE_TASKS), fillers, noise=False)
    fillers["snippet"] = lambda: render(rng, choice(rng, _CODE_SNIPPETS), fillers, noise=False)
    fillers["itask"] = lambda: render(rng, choice(rng, _CODE_IMPERATIVES), fillers, noise=False)
    fillers["error"] = lambda: render(rng, choice(rng, _CODE_ERRORS), fillers, noise=False)
    return fillers


def arithmetic(rng: Rng, slots: Slots) -> str:
    """Plain other arithmetic on two or three numbers, an addition among them or not: "12 minus 5",
    "12 plus 520 minus 6", "4 times 55 plus 6"."""
    numbers = integers(rng, 2 if rng.random() < 0.45 else 3)
    if len(numbers) == 2:
        expression = numbers[0] + choice(rng, _BINARY_OPERATORS) + numbers[1]
    else:
        addition = (
            choice(rng, [" plus ", " plus ", " + ", "+"]) if rng.random() < 0.8 else choice(rng, _BINARY_OPERATORS)
        )
        # "minus" is also a sign ("5 plus minus 3" is an addition), so it is the other operator half the time.
        other = choice(rng, [" minus ", " - ", "-"]) if rng.random() < 0.5 else choice(rng, _BINARY_OPERATORS)
        operators = [other, addition]
        if rng.random() < 0.5:
            operators.reverse()
        expression = numbers[0] + operators[0] + numbers[1] + operators[1] + numbers[2]
    return render(rng, choice(rng, MIXED_SHAPES), {"m": lambda: expression})


def _other_sense_composed(rng: Rng, slots: Slots) -> str:
    """'odd' and 'even' in their everyday senses, composed from parts."""

    def choose(options: list[str]) -> Callable[[], str]:
        return lambda: choice(rng, options)

    parts = {name: choose(options) for name, options in _OTHER_SENSE_SLOTS.items()}
    parts["noun"] = lambda: "{noun}"  # filled with the other slots below
    filled = render(rng, choice(rng, _OTHER_SENSE_SHAPES), parts, noise=False)
    return render(rng, re.sub(r"\s+", " ", filled), slots)


def other_sense(rng: Rng, slots: Slots) -> str:
    sense = rng.random()
    if sense < 0.45:
        return _other_sense_composed(rng, slots)
    return pick(rng, _OTHER_SENSE if sense < 0.85 else _OTHER_SENSE_ADD_REVERSE, **slots)


def chat(rng: Rng, slots: Slots) -> str:
    return pick(rng, _CHIT_CHAT if rng.random() < 0.6 else _CHAT_SHAPES, **slots)


def general(rng: Rng, slots: Slots) -> str:
    kind = rng.random()
    return pick(rng, _GENERAL if kind < 0.45 else _GENERAL_SHAPES if kind < 0.7 else _FACT_SHAPES, **slots)


def code(rng: Rng, slots: Slots) -> str:
    kind = rng.random()
    return pick(rng, _CODE if kind < 0.3 else _CODE_SHAPES if kind < 0.65 else _CODE_IMPERATIVE_SHAPES, **slots)


def _gibberish_text(rng: Rng) -> str:
    kind = rng.random()
    if kind < 0.3:  # two letters or more: a single letter is an evaluation prompt
        return " ".join(
            "".join(choice(rng, string.ascii_lowercase) for _ in range(randint(rng, 2, 8)))
            for _ in range(randint(rng, 1, 5))
        )
    if kind < 0.45:
        return "".join(choice(rng, _GIBBERISH_SYMBOLS) for _ in range(randint(rng, 1, 12)))
    if kind < 0.55:
        return "".join(choice(rng, EMOJI) for _ in range(randint(rng, 1, 6)))
    if kind < 0.63:
        # a letter held down after another ("hmmmm"): a run of one letter alone is an evaluation prompt
        return choice(rng, "hu") + choice(rng, "abcdefgijklmnopqrstvwxyz") * randint(rng, 3, 14)
    if kind < 0.73:
        return choice(rng, _GIBBERISH)
    if kind < 0.8:
        return " ".join(str(randint(rng, 0, 999)) for _ in range(randint(rng, 1, 4)))
    if kind < 0.86:
        start = choice(rng, [0x400, 0x13000, 0x2600, 0x3040, 0xAC00, 0x0E00, 0x0900])
        return "".join(chr(randint(rng, start, start + 0x7F)) for _ in range(randint(rng, 2, 10)))
    if kind < 0.93:
        return choice(rng, FOREIGN_WORDS) + " " + choice(rng, FOREIGN_WORDS)
    return choice(rng, COMMON_WORDS) + choice(rng, ["", " ", "?", "!"])


def gibberish(rng: Rng, slots: Slots) -> str:
    text = _gibberish_text(rng)
    if rng.random() >= 0.3 or not any(char.isalnum() for char in text):
        return text  # symbols after a filler ("hey ^(+.;") would be the filler alone once punctuation is stripped
    return render(rng, text.replace("{", "{{").replace("}", "}}"))


def word_problems(rng: Rng, slots: Slots) -> str:
    shape = expand(rng, choice(rng, _WORD_PROBLEMS), _TOGETHER)
    return render(rng, shape, {**slots, "a": lambda: count(rng), "b": lambda: count(rng), "c": lambda: count(rng)})


def arithmetic_senses(rng: Rng, slots: Slots) -> str:
    """Subtract, difference, minus, take away, less, deduct, reduce, add, sum, total and plus in other senses, with
    numbers or not: "what's the difference between iphone 14 and 15", "order a thai take away for 4 people"."""

    def filler(options: list[str]) -> Callable[[], str]:
        return lambda: choice(rng, options)

    small = slots["k"]
    fillers: Slots = {**slots, **{name: filler(options) for name, options in _SENSE_SLOTS.items()}, "k": small}
    return render(rng, choice(rng, _SENSES), fillers)


# Each kind of unsupported prompt (the keys of unsupported.toml's [mix]) and its generator.
KINDS: dict[str, Callable[[Rng, Slots], str]] = {
    "other_arithmetic": lambda rng, slots: pick(rng, _OTHER_ARITHMETIC, **slots),
    "arithmetic": arithmetic,
    "number_questions": lambda rng, slots: pick(rng, _NUMBER_QUESTIONS, **slots),
    "word_operations": lambda rng, slots: pick(rng, _WORD_OPERATIONS, **slots),
    "other_sense": other_sense,
    "chat": chat,
    "general": general,
    "code": code,
    "gibberish": gibberish,
    "word_problems": word_problems,
    "arithmetic_senses": arithmetic_senses,
}
assert set(KINDS) == set(MIX), "unsupported.toml's [mix] and KINDS name the same kinds"
