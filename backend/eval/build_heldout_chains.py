"""Writes heldout_chains.jsonl (issue 16): HELD-OUT chains, written blind from docs/TASKS.md and the chain
contract. Its templates are the test set too: do not read them while developing. `--check` rebuilds and compares.

Each chain template has a program over its slot values: P = parity, R = reverse a number's digits (the string,
leading zeros kept), N = read a reversed string back as a number, pos = assert positive (word problems).
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_common import chain_item, literal_items, main, make_rows, parity, pos, rev_num, single_item, validate

OUT = Path(__file__).resolve().parent / "heldout_chains.jsonl"
SEED = 20261217
P, R, N = parity, rev_num, int
V = dict[str, int]
Prog = Callable[[V], object]


def add_par(v: V) -> str:
    return P(v["a"] + v["b"])


def add_rev(v: V) -> str:
    return R(v["a"] + v["b"])


def sub_par(v: V) -> str:
    return P(v["a"] - v["b"])


def sub_rev(v: V) -> str:
    return R(v["a"] - v["b"])


def rev_add(v: V) -> int:
    return N(R(v["A"])) + v["b"]


def rev_sub(v: V) -> int:
    return N(R(v["A"])) - v["b"]


def rev_par(v: V) -> str:
    return P(N(R(v["A"])))


def add_sub(v: V) -> int:
    return v["a"] + v["b"] - v["c"]


def sub_add(v: V) -> int:
    return v["a"] - v["b"] + v["c"]


# (steps, form, template, program, real-world numbers?)
CHAINS: list[tuple[int, str, str, Prog, bool]] = [
    (2, "sequential", "if you add {a} and {b}, is the answer odd?", add_par, False),
    (2, "nested", "is the sum of {a} and {b} divisible by 2?", add_par, False),
    (2, "expression-parity", "{a} and {b} added together - even or odd?", add_par, False),
    (2, "sequential", "find {a} plus {b} and check if it's even", add_par, False),
    (2, "nested", "what's the parity of {a} + {b}?", add_par, False),
    (2, "nested", "do {a} and {b} add up to an odd number?", add_par, False),
    (2, "sequential", "sum up {a} and {b} and spell the result backwards", add_rev, False),
    (2, "nested", "give me the total of {a} and {b} with its digits reversed", add_rev, False),
    (2, "sequential", "calculate {a} + {b}, then reverse it", add_rev, False),
    (2, "nested", "reverse whatever {a} + {b} comes to", add_rev, False),
    (2, "expression-parity", "is {a} take away {b} an even number?", sub_par, False),
    (2, "sequential", "if I subtract {b} from {a}, is what's left odd?", sub_par, False),
    (2, "sequential", "decrease {a} by {b}, then tell me if it's even or odd", sub_par, False),
    (2, "nested", "what is the parity of {a} minus {b}?", sub_par, False),
    (2, "sequential", "work out {a} minus {b} and give it to me backwards", sub_rev, False),
    (2, "nested", "reverse the digits of the answer to {a} - {b}", sub_rev, False),
    (2, "nested", "what's {a} take away {b}, reversed?", sub_rev, False),
    (2, "nested", "add {b} to the reverse of {A}", rev_add, False),
    (2, "sequential", "turn {A} around, then add {b}", rev_add, False),
    (2, "sequential", "take {A}, reverse its digits, and add {b}", rev_add, False),
    (2, "sequential", "what do you get when you reverse {A} and then add {b} to it?", rev_add, False),
    (2, "sequential", "reverse {A} and subtract {b} from the result", rev_sub, False),
    (2, "nested", "subtract {b} from the reverse of {A}", rev_sub, False),
    (2, "sequential", "spell {A} backwards, then take away {b}", rev_sub, False),
    (2, "sequential", "if you reverse {A}, is the new number even?", rev_par, False),
    (2, "nested", "is {A} backwards odd?", rev_par, False),
    (2, "sequential", "reverse the digits of {A}: is the result odd or even?", rev_par, False),
    (2, "expression", "{a} plus {b} minus {c}", add_sub, False),
    (2, "expression", "{a}+{b}-{c}=?", add_sub, False),
    (2, "expression", "what's {a} - {b} + {c}?", sub_add, False),
    (2, "expression", "work out {a} minus {b} plus {c}", sub_add, False),
    (2, "expression", "evaluate {a} + {b} − {c}", add_sub, False),
    (2, "expression", "{a} − {b} + {c}", sub_add, False),
    (2, "expression-parity", "is {a} - {b} even or odd?", sub_par, False),
    (2, "expression-parity", "is {a}+{b} odd?", add_par, False),
    (
        2,
        "word-problem",
        "Lea has {a} beads and buys {b} more. Can she split them into two equal piles with none left over?",
        add_par,
        True,
    ),
    (
        2,
        "word-problem",
        "A shop had {a} apples and sold {b}. Is the number of apples left even?",
        lambda v: P(pos(v["a"] - v["b"])),
        True,
    ),
    (
        2,
        "word-problem",
        "I scored {a} points and then lost {b}. Write my score backwards.",
        lambda v: R(pos(v["a"] - v["b"])),
        True,
    ),
    (
        2,
        "word-problem",
        "A class has {a} girls and {b} boys. Can they all work in pairs with nobody left alone?",
        add_par,
        True,
    ),
    (
        2,
        "word-problem",
        "{a} people were on a train; {b} got off and {c} got on. How many are on the train now?",
        lambda v: pos(v["a"] - v["b"]) + v["c"],
        True,
    ),
    (
        2,
        "word-problem",
        "Max had {a} coins, found {b} more and then spent {c}. How many coins does he have?",
        lambda v: pos(v["a"] + v["b"] - v["c"]),
        True,
    ),
    # three steps
    (
        3,
        "sequential",
        "add {a} and {b}, take away {c}, and tell me if the answer is even",
        lambda v: P(v["a"] + v["b"] - v["c"]),
        False,
    ),
    (3, "expression-parity", "is {a} + {b} - {c} odd?", lambda v: P(v["a"] + v["b"] - v["c"]), False),
    (3, "expression", "{a} - {b} + {c} - {d}", lambda v: v["a"] - v["b"] + v["c"] - v["d"], False),
    (3, "expression", "what's {a} plus {b} minus {c} plus {d}?", lambda v: v["a"] + v["b"] - v["c"] + v["d"], False),
    (
        3,
        "sequential",
        "reverse {A}, subtract {b}, and check whether the result is odd",
        lambda v: P(N(R(v["A"])) - v["b"]),
        False,
    ),
    (
        3,
        "sequential",
        "add {a} to {b}, flip the digits, and subtract {c}",
        lambda v: N(R(v["a"] + v["b"])) - v["c"],
        False,
    ),
    (
        3,
        "sequential",
        "take {b} away from {a}, reverse the digits, and tell me if it's odd",
        lambda v: P(N(R(v["a"] - v["b"]))),
        False,
    ),
    (3, "sequential", "reverse {A}, add {b}, then reverse the answer", lambda v: R(N(R(v["A"])) + v["b"]), False),
    (3, "sequential", "find {a} - {b} + {c} and write it backwards", lambda v: R(v["a"] - v["b"] + v["c"]), False),
    (
        3,
        "sequential",
        "start from {a}, subtract {b}, add {c}, and say if the total is even",
        lambda v: P(v["a"] - v["b"] + v["c"]),
        False,
    ),
    (
        3,
        "sequential",
        "sum {a} and {b}, then subtract {c}, then reverse the result",
        lambda v: R(v["a"] + v["b"] - v["c"]),
        False,
    ),
    (
        3,
        "sequential",
        "flip the digits of {A}, add {b}, and tell me whether that's odd or even",
        lambda v: P(N(R(v["A"])) + v["b"]),
        False,
    ),
    (
        3,
        "sequential",
        "add {a} and {b}, write the sum backwards, and subtract {c} from it",
        lambda v: N(R(v["a"] + v["b"])) - v["c"],
        False,
    ),
    (
        3,
        "sequential",
        "subtract {b} from {a}, reverse that, then subtract {c}",
        lambda v: N(R(v["a"] - v["b"])) - v["c"],
        False,
    ),
    (3, "expression-parity", "is {a} - {b} + {c} even?", lambda v: P(v["a"] - v["b"] + v["c"]), False),
    (3, "nested", "{a} + {b} - {c}: reverse it", lambda v: R(v["a"] + v["b"] - v["c"]), False),
    (
        3,
        "nested",
        "if {A} is reversed and {b} is added, is the result odd?",
        lambda v: P(N(R(v["A"])) + v["b"]),
        False,
    ),
    (
        3,
        "nested",
        "reverse the result of {a} minus {b} plus {c}",
        lambda v: R(v["a"] - v["b"] + v["c"]),
        False,
    ),
    (
        3,
        "word-problem",
        "A baker makes {a} rolls, sells {b} and bakes {c} more. Can the rolls be packed in pairs with none left over?",
        lambda v: P(pos(v["a"] - v["b"]) + v["c"]),
        True,
    ),
    (
        3,
        "word-problem",
        "A hall has {a} people in it; {b} leave and {c} arrive. Is the number inside now odd?",
        lambda v: P(pos(v["a"] - v["b"]) + v["c"]),
        True,
    ),
    (
        3,
        "word-problem",
        "My score was {a}. I gained {b} and then lost {c}. Write my final score backwards.",
        lambda v: R(pos(v["a"] + v["b"] - v["c"])),
        True,
    ),
]

UNSUPPORTED_STEP = [
    "multiply the total of 5 and 9 by 6",
    "add 12 and 8, then divide the result by 4",
    "is 3 times 5 plus 2 even?",
    "subtract 4 from 19 and square the answer",
    "reverse 321 and tell me whether it's prime",
    "what's 40 minus 15, as a percentage of 50?",
    "find the mean of 3 and 9 and reverse it",
    "add 2.25 to 7 and reverse the digits",
    "is the sum of 14 and 21 a multiple of 5?",
    "reverse 18 and multiply it by 2",
    "add 30 and 12 and give me the square root",
    "subtract 7 from 50 and translate the answer into French",
    "add 9 and 9 then halve it",
    "take 6 from 20 and tell me if it's bigger than 10",
    "reverse 64 and find its factorial",
    "add 3 and 5, then write a poem about the answer",
    "add 11 and 13 and convert the result to binary",
    "what is 8 squared minus 10?",
]
WRONG_INPUT = [
    "reverse the word fish and add 8 to it",
    "write moon backwards, then tell me if it's odd",
    "add 7 to the word table reversed",
    "subtract 3 from the reverse of 'lamp'",
    "is 'bird' spelled backwards an even number?",
    "check if 10 is even, then subtract 1 from the answer",
    "flip 'xyz', then add 3 to it",
]
TWO_QUESTIONS = [
    "what is 12 plus 5 and is 9 odd?",
    "is 44 even? and reverse the word star",
    "subtract 2 from 10, also what is 6 plus 1?",
    "reverse 'cup' and tell me if 13 is even",
    "add 1 and 1; is 20 odd?",
    "what's 50 minus 8, and reverse 'door'",
    "is 5 odd and is 6 even?",
    "what is 3 + 3? what is 4 + 4?",
    "reverse apple. reverse banana.",
    "tell me if 31 is odd, then reverse the word lemon",
    "add 2 and 5 and subtract 4 from 9",
]
FORBIDDEN = [  # the and the brief's examples: never used verbatim
    "is the sum of 17 and 26 odd?",
    "reverse the result of 12 plus 30",
    "add 5 to 7 and tell me if the result is even",
    "reverse 27, then add 51 to it",
    "is 3284 backwards an even number?",
    "subtract 66 from 109 and reverse the digits of the result",
    "add 3 and 4, subtract 2, then tell me if it's even",
    "10 + 5 - 3",
    "what is 100 minus 20 plus 5",
    "is 6 + 3 even?",
    "multiply the sum of 2 and 3 by 4",
    "reverse the word cat and add 5 to it",
    "add 2 and 3, thanks so much!",
    "what is 2 plus 3 and is 7 odd?",
]


def singles() -> list[dict[str, object]]:
    return [
        single_item("add 14 and 29, thanks so much!", "addition", str(14 + 29)),
        single_item("what is 61 minus 18? you're a lifesaver", "subtraction", str(61 - 18)),
        single_item("is 77 even? just curious, have a good one", "parity", P(77)),
        single_item("reverse 'garden' please, I love this app", "reversal", "garden"[::-1]),
        single_item("hey how are you? what's 5 + 38?", "addition", str(5 + 38)),
        single_item("ok cool, now is 52 odd?", "parity", P(52)),
        single_item("subtract 9 from 31, appreciate it", "subtraction", str(31 - 9)),
        single_item("morning! add 150 to 275 :)", "addition", str(150 + 275)),
        single_item("spell 'river' backwards, thank you kindly", "reversal", "river"[::-1]),
        single_item("lovely weather today. what is 700 - 250?", "subtraction", str(700 - 250)),
    ]


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    items: list[dict[str, object]] = []
    two = [c for c in CHAINS if c[0] == 2]
    three = [c for c in CHAINS if c[0] == 3]
    for steps, form, tpl, prog, real in two + two + two[:18]:
        items.append(chain_item(rng, tpl, prog, steps=steps, category="chain-" + form, real=real))
    for steps, form, tpl, prog, real in three + three + three + three[:12]:
        items.append(chain_item(rng, tpl, prog, steps=steps, category="chain-" + form, real=real))
    items += literal_items(UNSUPPORTED_STEP, "chain-unsupported-step", "cousin")
    items += literal_items(WRONG_INPUT, "chain-wrong-input", "cousin")
    items += literal_items(TWO_QUESTIONS, "two-questions", "cousin")
    items += singles()
    rows = make_rows("c", items, rng)
    validate(rows, "c", FORBIDDEN)
    chains = [r for r in rows if r["task"] == "chain"]
    assert len(rows) >= 200 and len(chains) >= 160, len(rows)
    share_two = sum(r["steps"] == 2 for r in chains) / len(chains)
    assert 0.55 <= share_two <= 0.65, share_two
    return rows


if __name__ == "__main__":
    main(build, OUT)
