"""Writes dev_chains4.jsonl: the fourth development set for issue 16 (chains), about 200 prompts.

Written blind on 2026-12-06 from docs/TASKS.md and this README's "Fields", "Categories" and "Labelling
decisions" only, before the chain code, the chain phrase data or any other chain set was read. Chains are typed
as people type them: casual, word problems, slips in connectives and in keywords, the question first or last,
numbers in words, no "then", a chain over two sentences. About a quarter must be refused or answered as one
task (two questions, an operation no skill has, a step given the wrong kind of input, a stray "then", a
single skill's own multi-operand form). Every answer is computed here.

Where a wording reads two ways, the numbers are drawn so that both readings give the same answer (e.g. "the
difference of a and b" with a > b), or the wording is left out.

    python eval/build_dev_chains4.py           # write
    python eval/build_dev_chains4.py --check   # rebuild and compare byte for byte
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
    render,
    rev_num,
    single_item,
    validate,
)

OUT = Path(__file__).resolve().parent / "dev_chains4.jsonl"
SEED = 20261206_4
PREFIX = "dc4-"

Values = dict[str, int]
Program = Callable[[Values], object]


def rn(n: int) -> int:
    """A reversed number read back as a number ("021" -> 21)."""
    return int(rev_num(n))


def nonneg(n: int) -> int:
    assert n >= 0
    return n


def bigger(v: Values, x: str, y: str) -> None:
    assert v[x] > v[y]


WORDS_STYLES = {"words": 3, "words-space": 1}
REAL_STYLES = {"digits": 6, "words": 1}


def chain(
    rng: random.Random,
    template: str,
    program: Program,
    steps: int,
    category: str,
    *,
    styles: dict[str, int] | None = None,
    real: bool = False,
    typo_rate: float = 0.04,
    small: bool = False,
) -> dict[str, object]:
    """blind_common.chain_item with this set's default slip rate."""
    return chain_item(
        rng,
        template,
        program,
        steps=steps,
        category=category,
        real=real,
        typo_rate=typo_rate,
        styles=styles,
        small=small,
    )


def p_add(v: Values) -> str:
    return parity(v["a"] + v["b"])


def p_sub(v: Values) -> str:
    return parity(v["a"] - v["b"])


# (template, program, steps); the category's options apply to all its templates.
CASUAL: list[tuple[str, Program, int]] = [
    ("add {a} and {b} then check if its odd", p_add, 2),
    ("{a} plus {b}, then reverse the digits", lambda v: rev_num(v["a"] + v["b"]), 2),
    ("reverse {A} then add {b} to it", lambda v: rn(v["A"]) + v["b"], 2),
    ("can u reverse {A} and then take away {b}", lambda v: rn(v["A"]) - v["b"], 2),
    ("subtract {b} from {a} and then tell me whether the answer is even", p_sub, 2),
    ("take {a}, add {b}, then say if it's odd or even", p_add, 2),
    ("first add {a} and {b}, then flip the digits of the result", lambda v: rev_num(v["a"] + v["b"]), 2),
    ("ok so {a} minus {b}, and then is that even or odd", p_sub, 2),
    ("add up {a} and {b} and after that subtract {c}", lambda v: v["a"] + v["b"] - v["c"], 2),
    ("work out {a} - {b} and then write the result backwards", lambda v: rev_num(v["a"] - v["b"]), 2),
    ("add {a} and {b}, subtract {c}, then tell me if the result is odd", lambda v: parity(v["a"] + v["b"] - v["c"]), 3),
    ("reverse {A}, add {b} to it, and say whether the total is even", lambda v: parity(rn(v["A"]) + v["b"]), 3),
    ("add {a} and {b}, reverse the answer, then subtract {c}", lambda v: rn(v["a"] + v["b"]) - v["c"], 3),
    ("subtract {b} from {a}, reverse that, and then add {c}", lambda v: rn(v["a"] - v["b"]) + v["c"], 3),
    ("start with {a}, take away {b}, then add {c}, then reverse it", lambda v: rev_num(v["a"] - v["b"] + v["c"]), 3),
    ("reverse {A} and add {b}, then tell me if that's odd or even", lambda v: parity(rn(v["A"]) + v["b"]), 3),
    (
        "take {a}, subtract {b}, then reverse the digits and tell me if it's even",
        lambda v: parity(rn(v["a"] - v["b"])),
        3,
    ),
]

NOUN_PHRASE: list[tuple[str, Program, int]] = [
    ("would the total of {a} and {b} be odd or even?", p_add, 2),
    ("reverse the sum of {a} and {b}", lambda v: rev_num(v["a"] + v["b"]), 2),
    ("add {b} to the reverse of {A}", lambda v: rn(v["A"]) + v["b"], 2),
    ("subtract {b} from the reverse of {A}", lambda v: rn(v["A"]) - v["b"], 2),
    ("is {A} reversed an odd number?", lambda v: parity(rn(v["A"])), 2),
    ("is the number you get by reversing {A} even?", lambda v: parity(rn(v["A"])), 2),
    ("is the difference between {a} and {b} an even number?", lambda v: parity(abs(v["a"] - v["b"])), 2),
    ("what's the sum of {a} and {b} written backwards?", lambda v: rev_num(v["a"] + v["b"]), 2),
    ("is the result of {a} minus {b} odd?", p_sub, 2),
    (
        "subtract {c} from the sum of {a} and {b} and tell me if it's even",
        lambda v: parity(v["a"] + v["b"] - v["c"]),
        3,
    ),
    (
        "is the difference between {a} and the sum of {b} and {c} odd?",
        lambda v: parity(abs(v["a"] - (v["b"] + v["c"]))),
        3,
    ),
    ("reverse the difference between {a} and {b}, then add {c}", lambda v: rn(abs(v["a"] - v["b"])) + v["c"], 3),
    ("add the reverse of {A} to the reverse of {B}", lambda v: rn(v["A"]) + rn(v["B"]), 3),
    ("is the reverse of the sum of {a} and {b} even?", lambda v: parity(rn(v["a"] + v["b"])), 3),
]

QUESTION_FIRST: list[tuple[str, Program, int]] = [
    ("odd or even: {a} plus {b}", p_add, 2),
    ("even or odd? the sum of {a} and {b}", p_add, 2),
    ("can you tell me if it's even when you add {a} and {b}?", p_add, 2),
    ("what do I get if I reverse {A} and add {b}?", lambda v: rn(v["A"]) + v["b"], 2),
    ("what's the answer if you take {b} from {a} and then reverse it?", lambda v: rev_num(v["a"] - v["b"]), 2),
    ("is it odd or even if I subtract {b} from {a}?", p_sub, 2),
    ("quick one, odd or even: {a} + {b} - {c}?", lambda v: parity(v["a"] + v["b"] - v["c"]), 3),
    (
        "what number do I end up with if I add {a} and {b}, reverse it and subtract {c}?",
        lambda v: rn(v["a"] + v["b"]) - v["c"],
        3,
    ),
]

QUESTION_LAST: list[tuple[str, Program, int]] = [
    ("{a} and {b} added together, is that odd?", p_add, 2),
    ("take {b} away from {a}. even or odd?", p_sub, 2),
    ("reverse {A} and add {b}: what do you get?", lambda v: rn(v["A"]) + v["b"], 2),
    ("{a} plus {b} minus {c} - is that even?", lambda v: parity(v["a"] + v["b"] - v["c"]), 3),
    ("reverse {A}, subtract {b}, and is what's left odd?", lambda v: parity(rn(v["A"]) - v["b"]), 3),
]

IN_WORDS: list[tuple[str, Program, int]] = [
    ("is {a} plus {b} even?", p_add, 2),
    ("add {a} to {b} and reverse the answer", lambda v: rev_num(v["a"] + v["b"]), 2),
    ("what is {a} minus {b} plus {c}?", lambda v: v["a"] - v["b"] + v["c"], 2),
    ("is {a} take away {b} an odd number?", p_sub, 2),
    ("subtract {b} from {a} then tell me if the answer is odd", p_sub, 2),
    ("add {a} and {b}, then subtract {c}, then say if it is even", lambda v: parity(v["a"] + v["b"] - v["c"]), 3),
    ("{a} plus {b} plus {c} minus {d}, odd or even?", lambda v: parity(v["a"] + v["b"] + v["c"] - v["d"]), 3),
]

NO_THEN: list[tuple[str, Program, int]] = [
    ("add {a} and {b}, reverse it", lambda v: rev_num(v["a"] + v["b"]), 2),
    ("sum {a} and {b}, tell me if its even", p_add, 2),
    ("subtract {b} from {a}, is the answer odd", p_sub, 2),
    ("reverse {A}, subtract {b}", lambda v: rn(v["A"]) - v["b"], 2),
    ("add {a} and {b} and reverse the result", lambda v: rev_num(v["a"] + v["b"]), 2),
    ("take {b} from {a} and write it backwards", lambda v: rev_num(v["a"] - v["b"]), 2),
    ("reverse {A}, add {b}, reverse again", lambda v: rev_num(rn(v["A"]) + v["b"]), 3),
    ("add {a} and {b}, take away {c}, odd or even", lambda v: parity(v["a"] + v["b"] - v["c"]), 3),
]

TWO_SENTENCES: list[tuple[str, Program, int]] = [
    ("Add {a} and {b}. Is the result even?", p_add, 2),
    ("Take {b} away from {a}. Now write that number backwards.", lambda v: rev_num(v["a"] - v["b"]), 2),
    ("Reverse {A}. Then add {b} to it.", lambda v: rn(v["A"]) + v["b"], 2),
    ("I added {a} and {b}. Is the total odd?", p_add, 2),
    ("What's {a} plus {b}? Is that number even?", p_add, 2),
    ("Subtract {b} from {a}. Reverse the answer.", lambda v: rev_num(v["a"] - v["b"]), 2),
    ("Start from {a} and subtract {b}. Reverse the answer, then add {c}.", lambda v: rn(v["a"] - v["b"]) + v["c"], 3),
    ("Add {a} and {b}. Take {c} away from that. Is it odd?", lambda v: parity(v["a"] + v["b"] - v["c"]), 3),
    ("Reverse {A}. Add {b} to it. Is the new number even?", lambda v: parity(rn(v["A"]) + v["b"]), 3),
]

WORD_PROBLEM: list[tuple[str, Program, int]] = [
    ("Ana has {a} marbles and finds {b} more. Is her total an odd number?", p_add, 2),
    (
        "A bakery baked {a} rolls and sold {b}. Write the number of rolls left backwards.",
        lambda v: (bigger(v, "a", "b"), rev_num(v["a"] - v["b"]))[1],
        2,
    ),
    (
        "There were {a} people on a train and {b} got off. Is the number of people still on the train even?",
        lambda v: (bigger(v, "a", "b"), p_sub(v))[1],
        2,
    ),
    (
        "Ben saved {a} dollars in May and {b} dollars in June. Reverse the digits of the total.",
        lambda v: rev_num(v["a"] + v["b"]),
        2,
    ),
    ("a library has {a} books and gets {b} new ones. is the number of books now even or odd?", p_add, 2),
    (
        "My tank holds {a} fish and I add {b} more. Then I give away {c}. Is the number of fish left odd?",
        lambda v: (bigger(v, "a", "c"), parity(v["a"] + v["b"] - v["c"]))[1],
        3,
    ),
    (
        "A farm had {a} sheep and {b} were sold. Reverse the number of sheep left, then add {c} to it.",
        lambda v: (bigger(v, "a", "b"), rn(v["a"] - v["b"]) + v["c"])[1],
        3,
    ),
]

EXPRESSION: list[tuple[str, Program, int]] = [
    ("{a} + {b} - {c} = ?", lambda v: v["a"] + v["b"] - v["c"], 2),
    ("whats {a}-{b}+{c}", lambda v: v["a"] - v["b"] + v["c"], 2),
    ("is {a}+{b}-{c} odd", lambda v: parity(v["a"] + v["b"] - v["c"]), 3),
    ("{a} minus {b} plus {c} minus {d}", lambda v: v["a"] - v["b"] + v["c"] - v["d"], 3),
    ("is {a} - {b} even or odd", p_sub, 2),
    ("calculate {a} plus {b} minus {c} for me", lambda v: v["a"] + v["b"] - v["c"], 2),
]

# Slips written into the keywords of noun phrases and verbs (one per prompt).
TYPO_KEYWORD: list[tuple[str, Program, int]] = [
    ("is teh sum of {a} and {b} odd?", p_add, 2),
    ("{a} pluss {b}, then reverse the asnwer", lambda v: rev_num(v["a"] + v["b"]), 2),
    ("add {a} and {b} and tell me if the reslut is even", p_add, 2),
    ("revrese {A} and then add {b}", lambda v: rn(v["A"]) + v["b"], 2),
    ("substract {b} from {a} then reverse it", lambda v: rev_num(v["a"] - v["b"]), 2),
    ("is the diffrence between {a} and {b} even?", lambda v: parity(abs(v["a"] - v["b"])), 2),
    ("is {A} backwrds an odd number?", lambda v: parity(rn(v["A"])), 2),
    ("add {a} and {b}, is the totla even?", p_add, 2),
    ("{a} minsu {b}, then is it even?", p_sub, 2),
    ("reverse the summ of {a} and {b}", lambda v: rev_num(v["a"] + v["b"]), 2),
    ("is the sum of {a} and {b} evne?", p_add, 2),
    ("add {a} and {b}, then revers the answer", lambda v: rev_num(v["a"] + v["b"]), 2),
    ("ad {a} and {b}, subtract {c}, then tell me if the answer is odd", lambda v: parity(v["a"] + v["b"] - v["c"]), 3),
    ("subtact {b} from {a}, reverse the result and add {c}", lambda v: rn(v["a"] - v["b"]) + v["c"], 3),
    ("is the reverse of teh difference between {a} and {b} even?", lambda v: parity(rn(abs(v["a"] - v["b"]))), 3),
]

TYPO_CONNECTIVE: list[tuple[str, Program, int]] = [
    ("add {a} and {b} thne reverse it", lambda v: rev_num(v["a"] + v["b"]), 2),
    ("subtract {b} from {a} adn then check if it's odd", p_sub, 2),
    ("reverse {A} tehn add {b}", lambda v: rn(v["A"]) + v["b"], 2),
    ("add {a} and {b} than tell me if it's even", p_add, 2),
    ("add {a} and {b}, aftr that reverse the digits", lambda v: rev_num(v["a"] + v["b"]), 2),
    ("take {b} away from {a} and thn say odd or even", p_sub, 2),
    ("add {a} and {b}, subtract {c} and thne reverse it", lambda v: rev_num(v["a"] + v["b"] - v["c"]), 3),
    ("reverse {A}, add {b}, thn tell me if it's odd", lambda v: parity(rn(v["A"]) + v["b"]), 3),
]

CHAIN_CLASSES: list[tuple[str, list[tuple[str, Program, int]], int, dict[str, object]]] = [
    ("chain-casual", CASUAL, 24, {}),
    ("chain-noun-phrase", NOUN_PHRASE, 20, {}),
    ("chain-question-first", QUESTION_FIRST, 10, {}),
    ("chain-question-last", QUESTION_LAST, 7, {}),
    ("chain-number-words", IN_WORDS, 10, {"styles": WORDS_STYLES, "small": True}),
    ("chain-no-then", NO_THEN, 11, {}),
    ("chain-two-sentences", TWO_SENTENCES, 14, {}),
    ("chain-word-problem", WORD_PROBLEM, 10, {"real": True, "styles": REAL_STYLES}),
    ("chain-expression", EXPRESSION, 9, {}),
    ("chain-typo-keyword", TYPO_KEYWORD, 24, {"typo_rate": 0.0}),
    ("chain-typo-connective", TYPO_CONNECTIVE, 12, {"typo_rate": 0.0}),
]

# ---------------------------------------------------------------- to refuse, or to answer as one task

TWO_QUESTIONS = [
    "what is {a} plus {b}? and is {c} even?",
    "add {a} and {b}. reverse {A}",
    "is {c} odd, and what's {a} minus {b}?",
    "{a}+{b}=? also reverse the word lemon",
    "subtract {b} from {a}, and separately tell me if {c} is odd",
    "two things: {a} plus {b}, and {A} backwards",
    "Reverse the word garden. Is {c} even?",
    "is {c} even or odd? what is {a} + {b}?",
]

UNKNOWN_OP = [
    "add {a} and {b} then multiply by {c}",
    "what is {a} plus {b} times {c}",
    "double the difference between {a} and {b}",
    "reverse {A} and divide it by {b}",
    "is the sum of {a} and {b} a prime number?",
    "take {a} minus {b} and square it",
    "add {a} and {b}, then find the square root",
    "subtract {b} from {a} then halve it",
    "is the reverse of {A} divisible by 3?",
    "add {a} and {b} and then times it by {c}",
    "reverse {A} then multiply it by {b}",
    "what is {a} plus {b}, divided by {c}?",
]

WRONG_KIND = [
    "reverse the word {w} and add {b} to it",
    "is {a} even? then subtract {b} from it",
    "spell {w} backwards then tell me if it's odd",
    "write {w} in reverse and then subtract {b}",
]

OTHER_REFUSED = [
    "is {a} plus {b} more than {c}?",
    "is the difference between {a} and {b} bigger than {c}?",
    "which is bigger, {a}+{b} or {c}?",
    "add {a} and {b} and then write me a short poem",
    "add {a}.5 and {b} then check if it's even",
    "is the sum of the digits of {a} even?",
    "subtract {b} from {a} and then give me a fun fact about it",
    "are {a} and {b} both odd?",
]

WORDS_TO_REVERSE = ["pencil", "window", "rocket", "planet", "candle", "silver", "garden", "marble", "violin"]

SINGLE_STRAY_THEN: list[tuple[str, str, Callable[[Values], str]]] = [
    ("ok then, what's {a} plus {b}?", "addition", lambda v: str(v["a"] + v["b"])),
    ("then what is {a} minus {b}", "subtraction", lambda v: str(v["a"] - v["b"])),
    ("alright then, is {a} even?", "parity", lambda v: parity(v["a"])),
    ("what's {a} + {b} then?", "addition", lambda v: str(v["a"] + v["b"])),
    ("and then is {a} odd", "parity", lambda v: parity(v["a"])),
    ("so {a} minus {b} is what then", "subtraction", lambda v: str(v["a"] - v["b"])),
]

SINGLE_OTHER: list[tuple[str, str, Callable[[Values], str]]] = [
    ("add {a} and {b}, thanks a lot!", "addition", lambda v: str(v["a"] + v["b"])),
    ("I have a test tomorrow and I'm nervous, so is {a} odd?", "parity", lambda v: parity(v["a"])),
    ("{a} + {b} + {c}", "addition", lambda v: str(v["a"] + v["b"] + v["c"])),
    ("{a} minus {b} minus {c}", "subtraction", lambda v: str(v["a"] - v["b"] - v["c"])),
    ("add {a}, {b} and {c} please", "addition", lambda v: str(v["a"] + v["b"] + v["c"])),
    ("what is {a} plus {b} and tell me a joke", "addition", lambda v: str(v["a"] + v["b"])),
    ("hello again! subtract {b} from {a}, cheers", "subtraction", lambda v: str(v["a"] - v["b"])),
]


def small_values(rng: random.Random) -> Values:
    return {"a": rng.randint(2, 9_999), "b": rng.randint(2, 999), "c": rng.randint(2, 999), "A": rng.randint(12, 9_999)}


def filled(rng: random.Random, template: str, v: Values) -> str:
    shown = {k: render(n, "digits" if k.isupper() or rng.random() < 0.85 else "words") for k, n in v.items()}
    shown["w"] = rng.choice(WORDS_TO_REVERSE)
    if re.search(r"\}[-+.]\{|\{a\}\.", template):
        shown = {k: (str(v[k]) if k in v else s) for k, s in shown.items()}
    return fill(template, {k: s for k, s in shown.items() if "{" + k + "}" in template})


def refused(rng: random.Random, template: str, category: str) -> dict[str, object]:
    prompt = filled(rng, dress(rng, template, template.endswith("}"), 0.0), small_values(rng))
    return {"prompt": prompt, "task": "unsupported", "answer": None, "category": category, "slice": "near-miss"}


def single(rng: random.Random, template: str, task: str, answer: Callable[[Values], str]) -> dict[str, object]:
    v = small_values(rng)
    return single_item(filled(rng, template, v), task, answer(v), "single-near-chain")


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    items: list[dict[str, object]] = []
    for category, templates, count, options in CHAIN_CLASSES:
        order = list(templates)
        rng.shuffle(order)
        order.sort(key=lambda t: -t[2])  # the three-step templates first, so that they are not the few
        for i in range(count):
            template, program, steps = order[i % len(order)]
            items.append(chain(rng, template, program, steps, category, **options))  # type: ignore[arg-type]
    for category, templates in (
        ("refuse-two-questions", TWO_QUESTIONS),
        ("refuse-unknown-operation", UNKNOWN_OP),
        ("refuse-wrong-kind", WRONG_KIND),
        ("refuse-other", OTHER_REFUSED),
    ):
        items += [refused(rng, t, category) for t in templates]
    items += [single(rng, t, task, ans) for t, task, ans in SINGLE_STRAY_THEN + SINGLE_OTHER]
    rows = make_rows(PREFIX, items, rng)
    validate(rows, PREFIX)
    distinct_from_other_sets(rows, OUT)
    return rows


if __name__ == "__main__":
    main(build, OUT)
