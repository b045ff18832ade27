"""Builds dev_chains5.jsonl: a fifth development set of chain prompts (issue 16), about 200 rows.

Written blind on 2026-12-07 from docs/TASKS.md and blind_common.py only (and the README's sections "The rule",
"Fields" and "Labelling decisions on unclear cases"): no phrase list, TOML or code of backend/app, no training
data generator, no other builder and no other eval set was read, and the app was never run on these prompts.

Content:
- about 130 in-scope chains (task `chain`, field `steps` 2 or 3; about 85 of two steps and 45 of three), every
  single skill (addition, subtraction, parity, reversal) as a step, steps in a row with varied connectives,
  noun phrases, mixed `+`/`-` expressions, word problems, questions first, number words, slips, texting style;
- about 70 near misses labelled by the contract's chain section: a step no skill does, a step after `then` that
  is chit-chat, two independent questions, a step whose input is not a number (a reversed word, a parity),
  non-integers, comparisons and other refusals, and single steps with chit-chat or a skill's own multi-operand
  form (that skill's task).

Every answer is computed by blind_common's helpers. Run from backend/eval:
`../.venv/bin/python build_dev_chains5.py` (writes) or `... --check` (compares).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from pathlib import Path

from blind_common import (
    chain_item,
    distinct_from_other_sets,
    dress,
    fill,
    main,
    make_rows,
    parity,
    pick_style,
    pos,
    read_number,
    render,
    rev,
    rev_num,
    validate,
)

OUT = Path(__file__).resolve().parent / "dev_chains5.jsonl"
PREFIX = "c5-"
SEED = 20261207_5

V = dict[str, int]
WORDY = {"digits": 6, "words": 3, "words-space": 1}
# a number word ending in a scale word followed by "and" has two readings ("two hundred and 5")
AMBIGUOUS_AND = re.compile(r"\b(hundred|thousand|million|billion),? and\b", re.IGNORECASE)


def r(x: int) -> int:
    """A reversed number read back as a number (the next step's input)."""
    return int(rev_num(x))


def ra(s: int) -> int:
    """{A} is reversed directly: its digits as written, read as a number."""
    return int(str(s)[::-1])


# ---------------------------------------------------------------- two-step chains: (template, program, category)
# program(values) -> final answer; pos() / rev_num() assert their preconditions, chain_item retries.

TWO: list[tuple[str, Callable[[V], object], str, dict[str, object]]] = [
    # addition -> parity
    ("is the sum of {a} and {b} an even number?", lambda v: parity(v["a"] + v["b"]), "noun-phrase", {}),
    ("add {a} and {b} and tell me whether the result is odd or even", lambda v: parity(v["a"] + v["b"]), "row", {}),
    ("{a} plus {b}, is that even or odd?", lambda v: parity(v["a"] + v["b"]), "row", {"styles": WORDY, "small": True}),
    ("if I add {a} to {b}, do I get an odd number?", lambda v: parity(v["a"] + v["b"]), "row", {}),
    ("whats {a}+{b} and is it even", lambda v: parity(v["a"] + v["b"]), "texting", {}),
    ("Odd or even: the total of {a} and {b}", lambda v: parity(v["a"] + v["b"]), "question-first", {}),
    ("Even or odd? {a} + {b}", lambda v: parity(v["a"] + v["b"]), "question-first", {}),
    ("Add {a} to {b}. Is the answer odd?", lambda v: parity(v["a"] + v["b"]), "row", {}),
    ("would {a} plus {b} give me an even number?", lambda v: parity(v["a"] + v["b"]), "noun-phrase", {}),
    ("Is it even or odd if I add {a} and {b}?", lambda v: parity(v["a"] + v["b"]), "question-first", {}),
    ("{a} pluss {b} thn is it odd", lambda v: parity(v["a"] + v["b"]), "slip", {}),
    # subtraction -> parity
    ("is {a} minus {b} odd?", lambda v: parity(v["a"] - v["b"]), "noun-phrase", {}),
    ("subtract {b} from {a}, then tell me if what's left is even", lambda v: parity(v["a"] - v["b"]), "row", {}),
    (
        "take {b} away from {a} — is the result an even number?",
        lambda v: parity(v["a"] - v["b"]),
        "row",
        {"real": True},
    ),
    ("is the difference between {a} and {b} even or odd?", lambda v: parity(abs(v["a"] - v["b"])), "noun-phrase", {}),
    ("{a} - {b}: odd or even?", lambda v: parity(v["a"] - v["b"]), "expression", {}),
    ("decrease {a} by {b} and then check whether it's odd", lambda v: parity(v["a"] - v["b"]), "row", {}),
    ("subtract {b} from {a}; with the result, tell me if it's odd", lambda v: parity(v["a"] - v["b"]), "row", {}),
    ("can u substract {b} from {a} & tell me if its even", lambda v: parity(v["a"] - v["b"]), "slip", {"real": True}),
    # addition -> subtraction, subtraction -> addition
    ("add {a} and {b}, then subtract {c}", lambda v: v["a"] + v["b"] - v["c"], "row", {}),
    (
        "what's {a} plus {b} minus {c}?",
        lambda v: v["a"] + v["b"] - v["c"],
        "expression",
        {"styles": WORDY, "small": True},
    ),
    ("{a} + {b} - {c} = ?", lambda v: v["a"] + v["b"] - v["c"], "expression", {}),
    ("take {c} away from the total of {a} and {b}", lambda v: v["a"] + v["b"] - v["c"], "noun-phrase", {}),
    ("add {a} to {b} and after that take away {c}", lambda v: v["a"] + v["b"] - v["c"], "row", {}),
    ("First add {a} and {b}. After that, subtract {c} from the result.", lambda v: v["a"] + v["b"] - v["c"], "row", {}),
    ("{a} minus {b} plus {c}", lambda v: v["a"] - v["b"] + v["c"], "expression", {"styles": WORDY, "small": True}),
    ("subtract {b} from {a} and then add {c} to the answer", lambda v: v["a"] - v["b"] + v["c"], "row", {}),
    ("take {b} away from {a}, then add {c} to what's left", lambda v: v["a"] - v["b"] + v["c"], "row", {"real": True}),
    (
        "Add {a} and {b}. What do you get if you then subtract {c}?",
        lambda v: v["a"] + v["b"] - v["c"],
        "then-question",
        {},
    ),
    ("find the difference between {a} and {b}, then add {c} to it", lambda v: abs(v["a"] - v["b"]) + v["c"], "row", {}),
    ("increase {a} by {b}, then decrease the result by {c}", lambda v: v["a"] + v["b"] - v["c"], "row", {}),
    ("add {a} adn {b} then subtarct {c}", lambda v: v["a"] + v["b"] - v["c"], "slip", {}),
    ("sum of {a} and {b} than take away {c}", lambda v: v["a"] + v["b"] - v["c"], "slip", {"real": True}),
    (
        "start with {a}, add {b}, then take away {c}",
        lambda v: v["a"] + v["b"] - v["c"],
        "row",
        {"styles": WORDY, "small": True},
    ),
    (
        "add up {a}, {b} and {c}, then subtract {d}",
        lambda v: v["a"] + v["b"] + v["c"] - v["d"],
        "row",
        {"styles": {"digits": 3, "words": 1}, "small": True},
    ),
    ("{a} + {b} + {c} - {d}", lambda v: v["a"] + v["b"] + v["c"] - v["d"], "expression", {}),
    ("{a} - {b} - {c} + {d}", lambda v: v["a"] - v["b"] - v["c"] + v["d"], "expression", {}),
    ("add {a} and {b} and with the result, subtract {c}", lambda v: v["a"] + v["b"] - v["c"], "row", {}),
    # addition / subtraction -> reversal
    ("add {a} and {b} and reverse the digits of the result", lambda v: rev_num(v["a"] + v["b"]), "row", {}),
    ("what's {a} plus {b} written backwards?", lambda v: rev_num(v["a"] + v["b"]), "noun-phrase", {}),
    ("reverse the sum of {a} and {b}", lambda v: rev_num(v["a"] + v["b"]), "noun-phrase", {}),
    ("{a}+{b}, then flip the digits", lambda v: rev_num(v["a"] + v["b"]), "texting", {}),
    ("take the total of {a} and {b} and spell it backwards", lambda v: rev_num(v["a"] + v["b"]), "row", {}),
    ("subtract {b} from {a} and write the answer backwards", lambda v: rev_num(v["a"] - v["b"]), "row", {}),
    ("work out {a} minus {b}, then reverse the result", lambda v: rev_num(v["a"] - v["b"]), "row", {}),
    ("reverse the difference between {a} and {b}", lambda v: rev_num(abs(v["a"] - v["b"])), "noun-phrase", {}),
    ("take {b} from {a} and flip the digits of what's left", lambda v: rev_num(v["a"] - v["b"]), "row", {"real": True}),
    (
        "Take {b} from {a}. What do you get if you then reverse it?",
        lambda v: rev_num(v["a"] - v["b"]),
        "then-question",
        {"real": True},
    ),
    ("Reverse this, please: {a} plus {b}.", lambda v: rev_num(v["a"] + v["b"]), "question-first", {}),
    # reversal -> addition / subtraction / parity
    ("reverse {A} and add {b} to it", lambda v: ra(v["A"]) + v["b"], "row", {}),
    ("add the reverse of {A} to {b}", lambda v: ra(v["A"]) + v["b"], "noun-phrase", {}),
    ("flip the digits of {A}, then add {b}", lambda v: ra(v["A"]) + v["b"], "row", {}),
    ("what is {A} backwards plus {b}?", lambda v: ra(v["A"]) + v["b"], "noun-phrase", {}),
    ("write {A} backwards, then add {b} to that number", lambda v: ra(v["A"]) + v["b"], "row", {}),
    ("reverse {A}, then subtract {b} from it", lambda v: ra(v["A"]) - v["b"], "row", {}),
    ("subtract {b} from the reverse of {A}", lambda v: ra(v["A"]) - v["b"], "noun-phrase", {}),
    ("take the reverse of {A} and take away {b}", lambda v: ra(v["A"]) - v["b"], "row", {}),
    ("{A} backwards minus {b}", lambda v: ra(v["A"]) - v["b"], "noun-phrase", {}),
    ("is {A} reversed odd or even?", lambda v: parity(ra(v["A"])), "noun-phrase", {}),
    ("reverse {A}. is the new number even?", lambda v: parity(ra(v["A"])), "row", {}),
    ("if you flip the digits of {A}, is it an odd number?", lambda v: parity(ra(v["A"])), "row", {}),
    ("reverese {A} and add {b}", lambda v: ra(v["A"]) + v["b"], "slip", {}),
    ("revers {A} then is it even?", lambda v: parity(ra(v["A"])), "slip", {}),
    ("Reverse {A}. What do you get if you then add {b}?", lambda v: ra(v["A"]) + v["b"], "then-question", {}),
    # polite openers, texting
    (
        "Could you add {a} and {b} and then tell me if the result is even? Thanks a lot!",
        lambda v: parity(v["a"] + v["b"]),
        "polite",
        {},
    ),
    (
        "Hi there, would you mind subtracting {b} from {a} and then reversing the digits?",
        lambda v: rev_num(v["a"] - v["b"]),
        "polite",
        {"real": True},
    ),
    ("Good morning! Please take {b} away from {a} and then add {c}.", lambda v: v["a"] - v["b"] + v["c"], "polite", {}),
    (
        "I'd be grateful if you could reverse {A} and then subtract {b} from it.",
        lambda v: ra(v["A"]) - v["b"],
        "polite",
        {},
    ),
    ("plz add {a} and {b} then tell me if its odd lol", lambda v: parity(v["a"] + v["b"]), "texting", {"real": True}),
    ("wats {a}+{b} then reverse it", lambda v: rev_num(v["a"] + v["b"]), "texting", {}),
    ("ok {a} minus {b} and then is that even or nah", lambda v: parity(v["a"] - v["b"]), "texting", {}),
    # word problems: one operation read from the story, then a named step
    (
        "There are {a} apples in a crate and {b} more are added. Is the number of apples now even?",
        lambda v: parity(v["a"] + v["b"]),
        "word-problem",
        {"real": True},
    ),
    (
        "Mia had {a} stickers and gave away {b}. Is the number she has left odd?",
        lambda v: parity(pos(v["a"] - v["b"])),
        "word-problem",
        {"real": True},
    ),
    (
        "A library has {a} books and gets {b} new ones. Write the total number of books backwards.",
        lambda v: rev_num(v["a"] + v["b"]),
        "word-problem",
        {"real": True},
    ),
    (
        "A tank holds {a} litres of water and {b} litres leak out. Reverse the digits of what's left.",
        lambda v: rev_num(pos(v["a"] - v["b"])),
        "word-problem",
        {"real": True},
    ),
    (
        "Sam scored {a} points in the first game and {b} in the second. Take the total, then subtract {c}.",
        lambda v: v["a"] + v["b"] - v["c"],
        "word-problem",
        {"real": True},
    ),
    (
        "A farmer has {a} sheep and buys {b} more. Is his number of sheep even?",
        lambda v: parity(v["a"] + v["b"]),
        "word-problem",
        {"real": True},
    ),
    (
        "I had {a} dollars and spent {b}. Is what's left an odd number?",
        lambda v: parity(pos(v["a"] - v["b"])),
        "word-problem",
        {"real": True},
    ),
    (
        "Tom has {a} marbles and Ann has {b} more than Tom. Is the number of marbles Ann has odd?",
        lambda v: parity(v["a"] + v["b"]),
        "word-problem-comparison",
        {"real": True},
    ),
    (
        "A school has {a} girls and {b} boys. Subtract the {c} who are absent today from the total.",
        lambda v: pos(v["a"] + v["b"] - v["c"]),
        "word-problem",
        {"real": True},
    ),
]

THREE: list[tuple[str, Callable[[V], object], str, dict[str, object]]] = [
    (
        "add {a} and {b}, then subtract {c}, and tell me if the result is even",
        lambda v: parity(v["a"] + v["b"] - v["c"]),
        "row",
        {},
    ),
    ("{a} + {b} - {c}: even or odd?", lambda v: parity(v["a"] + v["b"] - v["c"]), "expression", {}),
    (
        "is {a} plus {b} minus {c} an odd number?",
        lambda v: parity(v["a"] + v["b"] - v["c"]),
        "expression",
        {"styles": WORDY, "small": True},
    ),
    ("{a} - {b} + {c} - {d}", lambda v: v["a"] - v["b"] + v["c"] - v["d"], "expression", {}),
    (
        "what is {a} plus {b} minus {c} plus {d}?",
        lambda v: v["a"] + v["b"] - v["c"] + v["d"],
        "expression",
        {"styles": WORDY, "small": True},
    ),
    ("add {a} and {b}, subtract {c}, then reverse the digits", lambda v: rev_num(v["a"] + v["b"] - v["c"]), "row", {}),
    ("reverse {A}, add {b} to it, then tell me whether it's odd", lambda v: parity(ra(v["A"]) + v["b"]), "row", {}),
    ("reverse {A}, subtract {b}, and reverse what you get", lambda v: rev_num(ra(v["A"]) - v["b"]), "row", {}),
    (
        "take the reverse of {A}, add it to {b}, and write the answer backwards",
        lambda v: rev_num(ra(v["A"]) + v["b"]),
        "row",
        {},
    ),
    (
        "subtract {c} from the sum of {a} and {b} and tell me if that's even",
        lambda v: parity(v["a"] + v["b"] - v["c"]),
        "noun-phrase",
        {},
    ),
    ("is the reverse of the sum of {a} and {b} even?", lambda v: parity(r(v["a"] + v["b"])), "noun-phrase", {}),
    (
        "Add {a} and {b}. Take that and subtract {c}. Is what's left odd?",
        lambda v: parity(v["a"] + v["b"] - v["c"]),
        "row",
        {},
    ),
    (
        "start with {a}, take away {b}, add {c}, then check if the total is even",
        lambda v: parity(v["a"] - v["b"] + v["c"]),
        "row",
        {},
    ),
    (
        "A shop has {a} mugs and gets {b} more in a delivery. Subtract {c} broken ones from the total, then tell me "
        "if the number is odd.",
        lambda v: parity(pos(v["a"] + v["b"] - v["c"])),
        "word-problem",
        {"real": True},
    ),
    (
        "add {a} to {b}, after that subtract {c}, after that flip the digits",
        lambda v: rev_num(v["a"] + v["b"] - v["c"]),
        "row",
        {},
    ),
    (
        "what do you get if you add {a} and {b}, subtract {c}, and then reverse it?",
        lambda v: rev_num(v["a"] + v["b"] - v["c"]),
        "then-question",
        {},
    ),
    ("{a} plus {b} then reverse it then is it even", lambda v: parity(r(v["a"] + v["b"])), "texting", {}),
    (
        "subtract {b} from {a}, add {c} to the difference, then reverse the result",
        lambda v: rev_num(v["a"] - v["b"] + v["c"]),
        "row",
        {},
    ),
    ("Reverse {A}. Subtract that from {b}. Is the result even?", lambda v: parity(v["b"] - ra(v["A"])), "row", {}),
    (
        "increase {a} by {b}, decrease it by {c}, and say if it's odd or even",
        lambda v: parity(v["a"] + v["b"] - v["c"]),
        "row",
        {},
    ),
    ("odd or even: {a} minus {b} plus {c}", lambda v: parity(v["a"] - v["b"] + v["c"]), "question-first", {}),
    (
        "add up {a}, {b} and {c}, subtract {d}, then tell me if it's even",
        lambda v: parity(v["a"] + v["b"] + v["c"] - v["d"]),
        "row",
        {"styles": {"digits": 3, "words": 1}, "small": True},
    ),
    ("tell me if {A} reversed plus {b} is odd", lambda v: parity(ra(v["A"]) + v["b"]), "question-first", {}),
    (
        "Could you please add {a} and {b}, take {c} away from the answer, and then tell me if it's even? Thank you!",
        lambda v: parity(v["a"] + v["b"] - v["c"]),
        "polite",
        {},
    ),
    ("reverse {A} then add {b} then take away {c}", lambda v: ra(v["A"]) + v["b"] - v["c"], "texting", {}),
    ("add {a} and {b} then subtarct {c} then is it odd", lambda v: parity(v["a"] + v["b"] - v["c"]), "slip", {}),
    (
        "Ana has {a} stamps and buys {b} more. Take away {c} from her total and write the result backwards.",
        lambda v: rev_num(pos(v["a"] + v["b"] - v["c"])),
        "word-problem",
        {"real": True},
    ),
    ("{a} - {b} - {c} + {d}, odd or even?", lambda v: parity(v["a"] - v["b"] - v["c"] + v["d"]), "expression", {}),
    (
        "add the reverse of {A} to {b} and tell me if the answer is odd",
        lambda v: parity(ra(v["A"]) + v["b"]),
        "noun-phrase",
        {},
    ),
]


def tidy(prompt: str) -> str:
    """A polite ending after a sentence's own stop: "total., thanks" -> "total, thanks", "odd.!" -> "odd!"."""
    return re.sub(r"([.?])(,|!)", lambda m: m.group(2) if m.group(1) == "." else m.group(1), prompt)


def chain(rng: random.Random, spec: tuple[str, Callable[[V], object], str, dict[str, object]], steps: int):
    template, program, category, kw = spec
    for _ in range(50):
        item = chain_item(rng, template, program, steps=steps, category=category, **kw)  # type: ignore[arg-type]
        item["prompt"] = tidy(str(item["prompt"]))
        if not AMBIGUOUS_AND.search(item["prompt"]):
            return item
    raise AssertionError(template)


# ---------------------------------------------------------------- near misses

WORDS = ["pencil", "garden", "window", "tiger", "lamp", "rocket", "melon", "bridge", "cloud", "button", "river"]


def slots(rng: random.Random, template: str, styles: dict[str, int]) -> tuple[str, V]:
    """Fill {a} {b} {c} {n} (numbers 2..999 in `styles`), {A} (digits), {w} (a word), {x} (a decimal)."""
    if re.search(r"\}\s?[-+*/]\s?\{|\}/", template):  # operators between slots: plain digits
        styles = {"digits": 1}
    for _ in range(50):
        values: V = {}
        shown: dict[str, str] = {}
        for s in "abcnA":
            if "{" + s + "}" in template:
                v = rng.randint(12, 9_999) if s == "A" else rng.randint(2, 999)
                values[s] = v
                shown[s] = str(v) if s == "A" else render(v, pick_style(rng, v, styles))
                assert read_number(shown[s]) == v
        if "{w}" in template:
            shown["w"] = rng.choice(WORDS)
        if "{x}" in template:
            shown["x"] = f"{rng.randint(1, 99)}.{rng.choice(['5', '25', '75', '1', '3'])}"
        text = dress(rng, template, template.rstrip().endswith("{w}"), 0.0)
        prompt = tidy(fill(text, shown))
        if not AMBIGUOUS_AND.search(prompt):
            return prompt, values
    raise AssertionError(template)


def refused(rng: random.Random, template: str, category: str) -> dict[str, object]:
    prompt, _ = slots(rng, template, {"digits": 5, "words": 1})
    return {"prompt": prompt, "task": "unsupported", "answer": None, "category": category, "slice": "near-miss"}


UNSUPPORTED_STEP = [
    "add {a} and {b}, then multiply the result by {c}",
    "subtract {b} from {a} and divide that by {c}",
    "what is {a} plus {b}, squared?",
    "reverse {A} and then square it",
    "take the average of {a} and {b}, then add {c}",
    "double the sum of {a} and {b}",
    "add {a} and {b}, then halve it",
    "is the sum of {a} and {b} a prime number?",
    "is {a} minus {b} divisible by 3?",
    "reverse {A} and tell me if it's a multiple of 5",
    "{a} + {b} * {c}",
    "add {a} and {b}, then take the square root of the answer",
    "subtract {b} from {a} and then find 10% of it",
    "reverse {A}, then tell me how many digits it has",
    "add {a} to {b} and then times it by {c}",
    "what's {a} minus {b}, then cubed?",
    "take {a} away from {b}, then find the remainder when divided by {c}",
    "add {a} and {b}, then tell me the mean of that and {c}",
    "reverse {A} and then divide it by 2",
    "work out {a} plus {b} and then triple it",
]
THEN_CHITCHAT = [
    "add {a} and {b} and then tell me a story",
    "subtract {b} from {a}, then write me a short poem about it",
    "reverse {A} and then tell me what the weather is like in Paris",
    "add {a} and {b}, then subtract {c}, then say hi to my mom",
    "what's {a} plus {b}? after that, tell me a fun fact",
    "is {a} minus {b} even? then tell me a joke about numbers",
    "add {a} to {b} and then tell me how your day is going",
    "reverse {A}, then recommend a good movie",
]
TWO_QUESTIONS = [
    "what's {a} plus {b} and is {c} even?",
    "add {a} and {b}. also, reverse {A}",
    "is {c} odd? and what is {a} minus {b}?",
    "reverse the word {w} and add {a} and {b}",
    "subtract {b} from {a}, and separately tell me if {c} is odd",
    "two things: {a}+{b}, and {A} backwards",
    "Q1: add {a} and {b}. Q2: is {c} even?",
    "what is {a} minus {b}? and what's {c} plus {n}?",
    "reverse {A} and also tell me if {c} is even",
    "is {a} even or odd, and what do {b} and {c} add up to?",
    "I need two answers: {a} take away {b}, and the sum of {c} and {n}",
    "spell {w} backwards, then add {a} and {b}",
    "add {a} and {b} then is {c} odd",
    "first reverse {A}. second, subtract {b} from {c}.",
]
TYPE_MISMATCH = [
    "reverse the word {w}, then add {a} to it",
    "spell {w} backwards and subtract {a} from that",
    "is {n} even? then add {a} to the answer",
    "is {w} backwards an odd number?",
    "reverse {w} and tell me if it's even",
    "tell me if {n} is odd, then subtract {a} from the result",
    "write {w} in reverse and add {a}",
    "is {n} odd or even? after that add {b} to it",
    "flip the letters of {w}, then is the result even?",
]
NON_INTEGER = [
    "is {x} plus {b} even?",
    "add {x} and {b}, then reverse the digits",
    "is half of {a} odd?",
    "subtract 1.25 from {a} and tell me if it's even",
    "is {a}/2 plus {b} odd?",
    "add 1/2 and 3/4, then subtract {c}",
    "what is {x} minus {b}, written backwards?",
]
OTHER = [
    "is {a} plus {b} greater than {c}?",
    "which is bigger, {a}+{b} or {c}?",
    "write a python function that adds two numbers and then checks if the result is even",
    "add the digits of {A}, then tell me if it's odd",
    "are {a} plus {b} and {c} both even?",
    "reverse the list 3, 8, {a} and then add {b}",
]


def single(rng: random.Random, spec: tuple[str, str, Callable[[V], str], str, str]) -> dict[str, object]:
    template, task, program, category, slice_ = spec
    prompt, values = slots(rng, template, {"digits": 5, "words": 1})
    return {"prompt": prompt, "task": task, "answer": program(values), "category": category, "slice": slice_}


SINGLES: list[tuple[str, str, Callable[[V], str], str, str]] = [
    (
        "add {a} and {b}, thank you so much!",
        "addition",
        lambda v: str(v["a"] + v["b"]),
        "single-with-chitchat",
        "single-with-chitchat",
    ),
    (
        "hey there, is {n} odd? have a nice day",
        "parity",
        lambda v: parity(v["n"]),
        "single-with-chitchat",
        "single-with-chitchat",
    ),
    (
        "reverse {A} please, you're the best",
        "reversal",
        lambda v: rev(str(v["A"])),
        "single-with-chitchat",
        "single-with-chitchat",
    ),
    (
        "what's {a} minus {b}? I love this app",
        "subtraction",
        lambda v: str(v["a"] - v["b"]),
        "single-with-chitchat",
        "single-with-chitchat",
    ),
    (
        "subtract {b} from {a} and tell me a joke",
        "subtraction",
        lambda v: str(v["a"] - v["b"]),
        "single-with-chitchat",
        "single-with-chitchat",
    ),
    (
        "good evening! could you add {a} to {b}? hope you're well",
        "addition",
        lambda v: str(v["a"] + v["b"]),
        "single-with-chitchat",
        "single-with-chitchat",
    ),
    ("{a} + {b} + {c}", "addition", lambda v: str(v["a"] + v["b"] + v["c"]), "single-multi-operand", "near-miss"),
    (
        "what is {a} minus {b} minus {c}?",
        "subtraction",
        lambda v: str(v["a"] - v["b"] - v["c"]),
        "single-multi-operand",
        "near-miss",
    ),
    (
        "add {a}, {b} and {c} together",
        "addition",
        lambda v: str(v["a"] + v["b"] + v["c"]),
        "single-multi-operand",
        "near-miss",
    ),
    ("{a} - {b} - {c}", "subtraction", lambda v: str(v["a"] - v["b"] - v["c"]), "single-multi-operand", "near-miss"),
]


# ---------------------------------------------------------------- build


def cycle(rng: random.Random, templates: list, n: int) -> list:
    """n picks: every template once in a shuffled order, then again, ..."""
    out: list = []
    while len(out) < n:
        batch = list(templates)
        rng.shuffle(batch)
        out += batch[: n - len(out)]
    return out


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    items: list[dict[str, object]] = []
    items += [chain(rng, spec, 2) for spec in cycle(rng, TWO, 85)]
    items += [chain(rng, spec, 3) for spec in cycle(rng, THREE, 45)]
    items += [refused(rng, t, "chain-unsupported-step") for t in UNSUPPORTED_STEP]
    items += [refused(rng, t, "chain-then-chitchat") for t in THEN_CHITCHAT]
    items += [refused(rng, t, "two-independent-questions") for t in TWO_QUESTIONS]
    items += [refused(rng, t, "chain-input-not-a-number") for t in TYPE_MISMATCH]
    items += [refused(rng, t, "chain-non-integer") for t in NON_INTEGER]
    items += [refused(rng, t, "chain-other-refusal") for t in OTHER]
    items += [single(rng, spec) for spec in SINGLES]
    rows = make_rows(PREFIX, items, rng)
    validate(rows, PREFIX)
    distinct_from_other_sets(rows, OUT)
    return rows


if __name__ == "__main__":
    main(build, OUT)
