"""Writes dev_chains3.jsonl (issue 16, third development set): two- and three-step chains as people type them,
written blind on 2026-12-06 from docs/TASKS.md and the README's description of chains only (the writer had
not read backend/app/chains, any chain.toml, the held-out chain sets nor their builders; they looked at three
lines of dev_chains2.jsonl for the schema and at this file's sibling builders for the recipe). It is a
development set: it may be tuned on. `--check` rebuilds and compares.

Wordings: questions about a result ("is ... odd?", "odd or even?"), reversal steps ("reverse the answer",
"write it backwards", "flip its digits"), subtraction in its contract forms, a first clause that only gives
the number ("start with N."), pronouns (it, that, this, the result, the answer, what's left, the total),
connectives (then, and then, after that, next/finally, a comma, a semicolon, a new sentence, a new
question), word problems with one operation per sentence, number words, typos (a letter swap in 8% of the
templates and some written slips: substract, revers, pluss, thn), politeness. About 20% are refused:
a step no skill does, a step fed the wrong kind of input, two independent questions, a non-skill request
after "then". A few single tasks with chit-chat around them keep their own task (docs/TASKS.md).

Programs: P = parity, R = reverse a number's digits (leading zeros kept, never of a negative number),
N = read a reversed string back as a number, D = the difference between (larger minus smaller),
pos = assert positive (word problems).
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_common import (
    chain_item,
    distinct_from_other_sets,
    literal_items,
    main,
    make_rows,
    parity,
    pos,
    rev,
    rev_num,
    single_item,
    text_key,
    validate,
)

HERE = Path(__file__).resolve().parent
OUT = HERE / "dev_chains3.jsonl"
SEED = 20261231
P, R, N = parity, rev_num, int
V = dict[str, int]
Prog = Callable[[V], object]


def D(a: int, b: int) -> int:  # noqa: N802 (a program letter like P, R, N)
    return abs(a - b)


# (steps, form, template, program, real-world numbers?)
CHAINS: list[tuple[int, str, str, Prog, bool]] = [
    # ---- addition, then parity
    (2, "expression-parity", "is {a} plus {b} an odd number?", lambda v: P(v["a"] + v["b"]), False),
    (2, "expression-parity", "{a} + {b}: odd or even?", lambda v: P(v["a"] + v["b"]), False),
    (2, "sequential", "add {a} and {b}. is the result even?", lambda v: P(v["a"] + v["b"]), False),
    (2, "sequential", "what's {a} plus {b}, and is that odd?", lambda v: P(v["a"] + v["b"]), False),
    (2, "sequential", "sum {a} and {b} then tell me if it is even", lambda v: P(v["a"] + v["b"]), False),
    (
        2,
        "sequential",
        "Can you add {a} to {b} and then check whether the answer is odd?",
        lambda v: P(v["a"] + v["b"]),
        False,
    ),
    (2, "nested", "would the total of {a} and {b} be even?", lambda v: P(v["a"] + v["b"]), False),
    (2, "sequential", "if you add up {a} and {b} is the number you get odd", lambda v: P(v["a"] + v["b"]), False),
    (2, "sequential", "add {a} + {b} and say if its even", lambda v: P(v["a"] + v["b"]), False),
    (2, "sequential", "What's {a} + {b}? Is it even?", lambda v: P(v["a"] + v["b"]), False),
    (
        2,
        "sequential",
        "add {a}, {b} and {c}, then tell me whether that is odd",
        lambda v: P(v["a"] + v["b"] + v["c"]),
        False,
    ),
    # ---- addition, then reversal
    (2, "sequential", "add {a} and {b} and reverse the answer", lambda v: R(v["a"] + v["b"]), False),
    (2, "sequential", "what's {a} plus {b}? write the answer backwards", lambda v: R(v["a"] + v["b"]), False),
    (2, "sequential", "{a} + {b}, then reverse it", lambda v: R(v["a"] + v["b"]), False),
    (2, "sequential", "Take the sum of {a} and {b} and flip its digits", lambda v: R(v["a"] + v["b"]), False),
    (2, "sequential", "add {a} to {b}. now write that number backwards", lambda v: R(v["a"] + v["b"]), False),
    (2, "nested", "the sum of {a} and {b}, reversed", lambda v: R(v["a"] + v["b"]), False),
    (
        2,
        "sequential",
        "add up {a}, {b} and {c} and then reverse the total",
        lambda v: R(v["a"] + v["b"] + v["c"]),
        False,
    ),
    # ---- subtraction, then parity
    (2, "expression-parity", "would {a} minus {b} be even?", lambda v: P(v["a"] - v["b"]), False),
    (2, "sequential", "subtract {b} from {a} and tell me if the result is odd", lambda v: P(v["a"] - v["b"]), False),
    (2, "sequential", "take {b} away from {a}; is what's left even?", lambda v: P(v["a"] - v["b"]), False),
    (2, "expression-parity", "{a} - {b} = ? is it odd", lambda v: P(v["a"] - v["b"]), False),
    (2, "nested", "is the difference between {a} and {b} an even number", lambda v: P(D(v["a"], v["b"])), False),
    (2, "sequential", "what's {b} less than {a}, and is it odd or even?", lambda v: P(v["a"] - v["b"]), False),
    (2, "sequential", "decrease {a} by {b}, then is that number odd?", lambda v: P(v["a"] - v["b"]), False),
    # ---- subtraction, then reversal
    (2, "sequential", "subtract {b} from {a} and then reverse the digits", lambda v: R(v["a"] - v["b"]), False),
    (2, "sequential", "work out {a} minus {b} and give me the answer backwards", lambda v: R(v["a"] - v["b"]), False),
    (
        2,
        "sequential",
        "take {b} away from {a}, after that spell the result backwards",
        lambda v: R(v["a"] - v["b"]),
        False,
    ),
    (2, "sequential", "{a} - {b}, reversed", lambda v: R(v["a"] - v["b"]), False),
    (2, "nested", "reverse the difference between {a} and {b}", lambda v: R(D(v["a"], v["b"])), False),
    (2, "sequential", "what is {a} take away {b}? then reverse that", lambda v: R(v["a"] - v["b"]), False),
    # ---- reversal, then addition
    (2, "sequential", "reverse {A} and then add {b} to that", lambda v: N(R(v["A"])) + v["b"], False),
    (2, "nested", "what's {A} reversed plus {b}?", lambda v: N(R(v["A"])) + v["b"], False),
    (2, "sequential", "flip {A} then add {b}", lambda v: N(R(v["A"])) + v["b"], False),
    (2, "nested", "add {b} to the reverse of {A}", lambda v: N(R(v["A"])) + v["b"], False),
    (2, "sequential", "reverse the number {A}, then add it to {b}", lambda v: N(R(v["A"])) + v["b"], False),
    # ---- reversal, then subtraction
    (2, "sequential", "reverse {A} and subtract {b} from it", lambda v: N(R(v["A"])) - v["b"], False),
    (2, "sequential", "reverse {A}, then take {b} away", lambda v: N(R(v["A"])) - v["b"], False),
    (2, "nested", "subtract {b} from {A} reversed", lambda v: N(R(v["A"])) - v["b"], False),
    (2, "nested", "what is {A} backwards minus {b}", lambda v: N(R(v["A"])) - v["b"], False),
    (2, "sequential", "reverse {A}. subtract that from {b}.", lambda v: v["b"] - N(R(v["A"])), False),
    # ---- reversal, then parity
    (2, "nested", "is {A} reversed even?", lambda v: P(N(R(v["A"]))), False),
    (2, "sequential", "reverse {A} and tell me if that's odd", lambda v: P(N(R(v["A"]))), False),
    (2, "sequential", "write {A} backwards, is it an even number?", lambda v: P(N(R(v["A"]))), False),
    (2, "sequential", "flip the digits of {A}. odd or even?", lambda v: P(N(R(v["A"]))), False),
    # ---- addition and subtraction (expressions, sequences, nesting)
    (2, "expression", "{a} + {b} - {c} =", lambda v: v["a"] + v["b"] - v["c"], False),
    (2, "expression", "what's {a} minus {b} plus {c}?", lambda v: v["a"] - v["b"] + v["c"], False),
    (2, "sequential", "add {a} and {b}, then subtract {c}", lambda v: v["a"] + v["b"] - v["c"], False),
    (2, "sequential", "subtract {b} from {a} and add {c} to the result", lambda v: v["a"] - v["b"] + v["c"], False),
    (2, "sequential", "take {a}, add {b}, then take away {c}", lambda v: v["a"] + v["b"] - v["c"], False),
    (2, "expression", "{a}+{b}-{c}=?", lambda v: v["a"] + v["b"] - v["c"], False),
    (2, "expression", "calculate {a} - {b} + {c}", lambda v: v["a"] - v["b"] + v["c"], False),
    (2, "nested", "subtract {c} from the sum of {a} and {b}", lambda v: v["a"] + v["b"] - v["c"], False),
    (2, "nested", "add {c} to the difference between {a} and {b}", lambda v: D(v["a"], v["b"]) + v["c"], False),
    (
        2,
        "sequential",
        "what do I get if I add {a} and {b} and then take away {c}?",
        lambda v: v["a"] + v["b"] - v["c"],
        False,
    ),
    (
        2,
        "sequential",
        "add {a} and {b}, then subtract the result from {c}",
        lambda v: v["c"] - (v["a"] + v["b"]),
        False,
    ),
    # ---- written slips in the keywords
    (2, "sequential", "substract {b} from {a} then revers the result", lambda v: R(v["a"] - v["b"]), False),
    (2, "sequential", "ad {a} and {b} and chek if the answer is even", lambda v: P(v["a"] + v["b"]), False),
    (2, "expression-parity", "is {a} pluss {b} odd?", lambda v: P(v["a"] + v["b"]), False),
    (2, "sequential", "{a} plus {b} thn reverse it", lambda v: R(v["a"] + v["b"]), False),
    # ---- word problems, two steps
    (
        2,
        "word-problem",
        "I have {a} stickers and my friend gives me {b} more. Is my number of stickers odd?",
        lambda v: P(v["a"] + v["b"]),
        True,
    ),
    (
        2,
        "word-problem",
        "A library had {a} books and lent out {b}. Write the number of books left backwards.",
        lambda v: R(pos(v["a"] - v["b"])),
        True,
    ),
    (
        2,
        "word-problem",
        "Mia scored {a} points in the first round and {b} in the second. Is her total even?",
        lambda v: P(v["a"] + v["b"]),
        True,
    ),
    (
        2,
        "word-problem",
        "There are {a} apples in a crate. {b} of them are rotten and get thrown away. Is the number of good "
        "apples odd?",
        lambda v: P(pos(v["a"] - v["b"])),
        True,
    ),
    (
        2,
        "word-problem",
        "Our class raised {a} dollars on Monday and {b} dollars on Tuesday. What is the total, reversed?",
        lambda v: R(v["a"] + v["b"]),
        True,
    ),
    (
        2,
        "word-problem",
        "A train had {a} passengers; {b} got off at the first stop. Is the number still on board even?",
        lambda v: P(pos(v["a"] - v["b"])),
        True,
    ),
    (
        2,
        "word-problem",
        "Jo saved {a} coins, then spent {b} of them. Reverse the number of coins she has left.",
        lambda v: R(pos(v["a"] - v["b"])),
        True,
    ),
    # ================================================================ three steps
    # ---- addition, subtraction, parity
    (
        3,
        "sequential",
        "add {a} to {b}, take away {c}, and is the answer even?",
        lambda v: P(v["a"] + v["b"] - v["c"]),
        False,
    ),
    (3, "expression-parity", "is {a} + {b} - {c} odd?", lambda v: P(v["a"] + v["b"] - v["c"]), False),
    (3, "sequential", "what is {a} plus {b} minus {c}, and is it even?", lambda v: P(v["a"] + v["b"] - v["c"]), False),
    (
        3,
        "sequential",
        "start with {a}. add {b}. subtract {c}. is the result odd?",
        lambda v: P(v["a"] + v["b"] - v["c"]),
        False,
    ),
    (
        3,
        "sequential",
        "subtract {b} from {a}, then add {c}, then say whether it's even",
        lambda v: P(v["a"] - v["b"] + v["c"]),
        False,
    ),
    (3, "expression-parity", "is {a} - {b} + {c} even or odd?", lambda v: P(v["a"] - v["b"] + v["c"]), False),
    (
        3,
        "sequential",
        "first subtract {b} from {a}, next add {c}, finally tell me if it's odd",
        lambda v: P(v["a"] - v["b"] + v["c"]),
        False,
    ),
    (
        3,
        "sequential",
        "take {a} and add {b}, and then subtract {c}, and then tell me if the number is even",
        lambda v: P(v["a"] + v["b"] - v["c"]),
        False,
    ),
    # ---- addition, subtraction, reversal
    (
        3,
        "sequential",
        "add {a} and {b}, subtract {c} from that, and reverse the answer",
        lambda v: R(v["a"] + v["b"] - v["c"]),
        False,
    ),
    (3, "sequential", "{a} + {b} - {c}, then reverse the digits", lambda v: R(v["a"] + v["b"] - v["c"]), False),
    (
        3,
        "sequential",
        "add {a} and {b}. after that, subtract {c}. after that, reverse it.",
        lambda v: R(v["a"] + v["b"] - v["c"]),
        False,
    ),
    # ---- subtraction, addition, reversal
    (
        3,
        "sequential",
        "take {b} away from {a}, add {c} to it and write the result backwards",
        lambda v: R(v["a"] - v["b"] + v["c"]),
        False,
    ),
    # ---- reversal, addition or subtraction, parity
    (
        3,
        "sequential",
        "reverse {A}, add {b} to it, and tell me if the result is odd",
        lambda v: P(N(R(v["A"])) + v["b"]),
        False,
    ),
    (3, "sequential", "flip {A}, then add {b}, then is it even?", lambda v: P(N(R(v["A"])) + v["b"]), False),
    (3, "nested", "is {A} reversed plus {b} an odd number?", lambda v: P(N(R(v["A"])) + v["b"]), False),
    (3, "sequential", "reverse {A}, subtract {b}, is that even?", lambda v: P(N(R(v["A"])) - v["b"]), False),
    (
        3,
        "sequential",
        "write {A} backwards, take away {b}, and tell me whether the answer is odd",
        lambda v: P(N(R(v["A"])) - v["b"]),
        False,
    ),
    # ---- reversal, addition or subtraction, reversal
    (
        3,
        "sequential",
        "reverse {A}, add {b}, then reverse the result again",
        lambda v: R(N(R(v["A"])) + v["b"]),
        False,
    ),
    (3, "sequential", "reverse {A} then subtract {b} then reverse it", lambda v: R(N(R(v["A"])) - v["b"]), False),
    # ---- addition, reversal, then a number step or parity
    (
        3,
        "sequential",
        "add {a} and {b}, reverse the result, then add {c}",
        lambda v: N(R(v["a"] + v["b"])) + v["c"],
        False,
    ),
    (3, "sequential", "add {a} to {b}, flip it and add {c}", lambda v: N(R(v["a"] + v["b"])) + v["c"], False),
    (
        3,
        "sequential",
        "add {a} and {b}, reverse that, and subtract {c} from it",
        lambda v: N(R(v["a"] + v["b"])) - v["c"],
        False,
    ),
    (
        3,
        "sequential",
        "add {a} and {b}, reverse the sum, and tell me if it's even",
        lambda v: P(N(R(v["a"] + v["b"]))),
        False,
    ),
    (3, "nested", "is the reverse of the sum of {a} and {b} odd?", lambda v: P(N(R(v["a"] + v["b"]))), False),
    # ---- subtraction, reversal, then a number step or parity
    (
        3,
        "sequential",
        "subtract {b} from {a}, reverse it, then add {c}",
        lambda v: N(R(v["a"] - v["b"])) + v["c"],
        False,
    ),
    (
        3,
        "sequential",
        "take {b} away from {a}, write the result backwards, and check if that is odd",
        lambda v: P(N(R(v["a"] - v["b"]))),
        False,
    ),
    (
        3,
        "sequential",
        "subtract {b} from {a}, reverse the answer, subtract {c}",
        lambda v: N(R(v["a"] - v["b"])) - v["c"],
        False,
    ),
    # ---- expressions of three operations
    (3, "expression", "work out {a} + {b} - {c} + {d}", lambda v: v["a"] + v["b"] - v["c"] + v["d"], False),
    (
        3,
        "expression",
        "how much is {a} minus {b} plus {c} minus {d}",
        lambda v: v["a"] - v["b"] + v["c"] - v["d"],
        False,
    ),
    (3, "expression", "{a}-{b}+{c}-{d}", lambda v: v["a"] - v["b"] + v["c"] - v["d"], False),
    # ---- connectives and pronouns
    (
        3,
        "sequential",
        "Add {a} and {b}. Then take {c} away from it. Then tell me if what you got is even.",
        lambda v: P(v["a"] + v["b"] - v["c"]),
        False,
    ),
    (
        3,
        "sequential",
        "subtract {b} from {a}; add {c}; reverse the total",
        lambda v: R(v["a"] - v["b"] + v["c"]),
        False,
    ),
    (
        3,
        "sequential",
        "could you reverse {A}, then subtract {b} from that and tell me if this number is odd?",
        lambda v: P(N(R(v["A"])) - v["b"]),
        False,
    ),
    (
        3,
        "sequential",
        "ad {a} and {b}, substract {c}, then is the anser odd",
        lambda v: P(v["a"] + v["b"] - v["c"]),
        False,
    ),
    # ---- word problems, three steps (one operation per sentence)
    (
        3,
        "word-problem",
        "A shop had {a} shirts. It sold {b} of them. Then a delivery brought {c} more. Is the number of shirts "
        "now even?",
        lambda v: P(pos(v["a"] - v["b"]) + v["c"]),
        True,
    ),
    (
        3,
        "word-problem",
        "Ben has {a} stamps. He buys {b} more. Then he gives {c} to his sister. Write how many he has left backwards.",
        lambda v: R(pos(v["a"] + v["b"] - v["c"])),
        True,
    ),
    (
        3,
        "word-problem",
        "There were {a} people at the party. {b} more arrived. Later {c} went home. Is the number of guests "
        "still there odd?",
        lambda v: P(pos(v["a"] + v["b"] - v["c"])),
        True,
    ),
    (
        3,
        "word-problem",
        "A bus leaves with {a} people. At the first stop {b} get off. At the second stop {c} get on. Reverse "
        "the number of people on the bus.",
        lambda v: R(pos(v["a"] - v["b"]) + v["c"]),
        True,
    ),
]

# Chains written out in full, with number words and slips (answers computed by the programs beside them).
LITERAL_CHAINS: list[tuple[int, str, str, object]] = [
    (2, "sequential", "add fifteen and twenty-seven then tell me if its odd", P(15 + 27)),
    (2, "nested", "is ninety minus thirty-three an even number?", P(90 - 33)),
    (2, "sequential", "reverse 408 and add nine to it", N(R(408)) + 9),
    (2, "sequential", "two hundred plus fifty-five, and then reverse the answer", R(200 + 55)),
    (3, "sequential", "start from one thousand, subtract 250, add 16 and tell me if it is even", P(1000 - 250 + 16)),
    (3, "sequential", "reverse 7300, add 3 then reverse again", R(N(R(7300)) + 3)),
    (2, "sequential", "pls add 64 and 36 and then flip the number", R(64 + 36)),
    (3, "sequential", "take 90 away from 540 and after that add 12, then write it backwards", R(540 - 90 + 12)),
]

UNSUPPORTED_STEP = [
    "add 12 and 9, then multiply the result by 4",
    "subtract 7 from 50 and divide what's left by 3",
    "square the sum of 5 and 8",
    "add 14 and 22 then find the square root",
    "reverse 64 and then halve it",
    "is the sum of 13 and 18 a prime number?",
    "add 40 and 2 and then tell me a joke about it",
    "take 9 away from 30, then write the answer in words",
    "add 7 to 8 then round it to the nearest ten",
    "reverse 52, then multiply it by 2",
    "what's 100 minus 37, times 2?",
    "add 3 and 5, then cube it",
    "subtract 6 from 20, after that convert the result to binary",
    "is 45 plus 9 divisible by 3?",
    "add 11 and 13 and then tell me what the weather is like",
    "add 5 and 9, then translate the answer into Spanish",
    "reverse 38 then raise it to the power of 2",
    "what is 17 plus 4 squared?",
    "add 60 and 30 and then find 10% of it",
]

WRONG_INPUT = [
    "reverse the word moon, then add 4 to it",
    "spell lamp backwards and subtract 2",
    "is 31 odd? then subtract 5 from it",
    "tell me if 88 is even, and then add 10 to the answer",
    "write the word tree in reverse and tell me if it's even",
    "flip the word star and add 12",
    "reverse 'hello' then take 3 away from it",
]

TWO_QUESTIONS = [
    "what is 14 plus 6 and is 9 even?",
    "subtract 3 from 12. also, reverse the word sun",
    "is 44 odd and what is 7 plus 7?",
    "add 8 and 2, and reverse 91",
    "what's 60 minus 15? and is 33 even?",
    "Two things: 25 + 17, and 81 reversed",
    "what's 5 plus 5, and what's 9 minus 4?",
    "is 27 odd? what is 100 minus 1?",
    "flip the word lamp, then is 12 odd?",
    "what's 18 + 4, also is 15 even",
]


def singles() -> list[dict[str, object]]:
    return [
        single_item("add 21 and 34, thanks a lot!", "addition", str(21 + 34)),
        single_item("good morning! is 73 odd?", "parity", P(73)),
        single_item("reverse the word garden please, you're the best", "reversal", rev("garden")),
        single_item("what's 90 minus 45? have a nice day", "subtraction", str(90 - 45)),
        single_item("subtract 8 from 31 and tell me a joke", "subtraction", str(31 - 8)),
        single_item("hello! 15 + 27 please", "addition", str(15 + 27)),
        single_item("thank you so much. is 100 even?", "parity", P(100)),
        single_item("spell rocket backwards, cheers", "reversal", rev("rocket")),
    ]


def literal_chain(prompt: str, answer: object, steps: int, form: str) -> dict[str, object]:
    return {
        "prompt": prompt,
        "task": "chain",
        "answer": str(answer),
        "category": "chain-" + form,
        "slice": "chain",
        "steps": steps,
    }


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    items: list[dict[str, object]] = []
    two = [c for c in CHAINS if c[0] == 2]
    three = [c for c in CHAINS if c[0] == 3]
    for steps, form, tpl, prog, real in two + two[::5]:
        items.append(chain_item(rng, tpl, prog, steps=steps, category="chain-" + form, real=real, typo_rate=0.08))
    for steps, form, tpl, prog, real in three + three[::2]:
        items.append(chain_item(rng, tpl, prog, steps=steps, category="chain-" + form, real=real, typo_rate=0.08))
    items += [literal_chain(p, a, s, f) for s, f, p, a in LITERAL_CHAINS]
    items += literal_items(UNSUPPORTED_STEP, "chain-unsupported-step", "cousin")
    items += literal_items(WRONG_INPUT, "chain-wrong-input", "cousin")
    items += literal_items(TWO_QUESTIONS, "two-questions", "cousin")
    items += singles()
    rows = make_rows("c", items, rng)
    validate(rows, "c")
    chains = [r for r in rows if r["task"] == "chain"]
    assert 150 <= len(rows) <= 200 and len(chains) >= 120, len(rows)
    refused = sum(r["task"] == "unsupported" for r in rows) / len(rows)
    assert 0.17 <= refused <= 0.23, refused
    _distinct_from_other_builders()
    distinct_from_other_sets(rows, OUT)
    return rows


def _distinct_from_other_builders() -> None:
    """No template shared with the first two chain dev sets' builders (this set measures other wordings)."""
    import build_dev_chains as first  # noqa: PLC0415
    import build_dev_chains2 as second  # noqa: PLC0415

    def templates(module: Any) -> set[str]:
        found = {text_key(c[2]) for c in module.CHAINS}
        for name in ("UNSUPPORTED_STEP", "WRONG_INPUT", "TWO_QUESTIONS"):
            found |= {text_key(t) for t in getattr(module, name)}
        return found

    mine = templates(sys.modules[__name__]) | {text_key(c[2]) for c in LITERAL_CHAINS}
    assert not mine & (templates(first) | templates(second)), "a template is shared with dev_chains or dev_chains2"


if __name__ == "__main__":
    main(build, OUT)
