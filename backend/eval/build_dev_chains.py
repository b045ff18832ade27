"""Writes dev_chains.jsonl (issue 16): a DEVELOPMENT set of chains, written blind from docs/TASKS.md and the
chain contract. It may be tuned on. `--check` rebuilds and compares.

Each chain template has a program over its slot values: P = parity, R = reverse a number's digits (the string,
leading zeros kept), N = read a reversed string back as a number, pos = assert positive (word problems).
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_common import chain_item, literal_items, main, make_rows, parity, pos, rev_num, single_item, validate

OUT = Path(__file__).resolve().parent / "dev_chains.jsonl"
SEED = 20261216
P, R, N = parity, rev_num, int
V = dict[str, int]
Prog = Callable[[V], object]

# (steps, form, template, program, real-world numbers?)
CHAINS: list[tuple[int, str, str, Prog, bool]] = [
    # two steps: addition then parity / reversal
    (2, "nested", "is the total of {a} and {b} even?", lambda v: P(v["a"] + v["b"]), False),
    (
        2,
        "sequential",
        "add {a} and {b}, then say whether the answer is odd or even",
        lambda v: P(v["a"] + v["b"]),
        False,
    ),
    (2, "expression-parity", "{a} + {b}: is that odd?", lambda v: P(v["a"] + v["b"]), False),
    (2, "nested", "would the sum of {a} and {b} be an even number?", lambda v: P(v["a"] + v["b"]), False),
    (2, "expression-parity", "is {a} plus {b} odd or even?", lambda v: P(v["a"] + v["b"]), False),
    (2, "sequential", "add {a} to {b} and write the result backwards", lambda v: R(v["a"] + v["b"]), False),
    (2, "nested", "what is {a} plus {b}, reversed?", lambda v: R(v["a"] + v["b"]), False),
    (2, "nested", "reverse the digits of the sum of {a} and {b}", lambda v: R(v["a"] + v["b"]), False),
    (2, "sequential", "take the total of {a} and {b} and flip its digits", lambda v: R(v["a"] + v["b"]), False),
    # subtraction then parity / reversal
    (2, "expression-parity", "is {a} minus {b} even?", lambda v: P(v["a"] - v["b"]), False),
    (
        2,
        "sequential",
        "subtract {b} from {a} and tell me whether the result is odd",
        lambda v: P(v["a"] - v["b"]),
        False,
    ),
    (2, "nested", "is the difference between {a} and {b} an odd number?", lambda v: P(abs(v["a"] - v["b"])), False),
    (2, "expression-parity", "{a} - {b}, even or odd?", lambda v: P(v["a"] - v["b"]), False),
    (2, "sequential", "take {b} away from {a} and reverse the answer", lambda v: R(v["a"] - v["b"]), False),
    (2, "nested", "reverse the result of {a} minus {b}", lambda v: R(v["a"] - v["b"]), False),
    (2, "sequential", "subtract {b} from {a} and write what you get backwards", lambda v: R(v["a"] - v["b"]), False),
    # reversal then addition / subtraction / parity
    (2, "sequential", "reverse {A} and add {b} to it", lambda v: N(R(v["A"])) + v["b"], False),
    (2, "sequential", "flip the digits of {A}, then add {b}", lambda v: N(R(v["A"])) + v["b"], False),
    (2, "nested", "what is {A} reversed plus {b}?", lambda v: N(R(v["A"])) + v["b"], False),
    (2, "sequential", "reverse {A}, then subtract {b}", lambda v: N(R(v["A"])) - v["b"], False),
    (2, "sequential", "write {A} backwards and take {b} away from that", lambda v: N(R(v["A"])) - v["b"], False),
    (2, "nested", "is {A} reversed an odd number?", lambda v: P(N(R(v["A"]))), False),
    (2, "sequential", "reverse {A} and tell me if the new number is even", lambda v: P(N(R(v["A"]))), False),
    # expressions, left to right
    (2, "expression", "{a} + {b} - {c}", lambda v: v["a"] + v["b"] - v["c"], False),
    (2, "expression", "what is {a} plus {b} minus {c}?", lambda v: v["a"] + v["b"] - v["c"], False),
    (2, "expression", "calculate {a}+{b}-{c}", lambda v: v["a"] + v["b"] - v["c"], False),
    (2, "expression", "{a} - {b} + {c} = ?", lambda v: v["a"] - v["b"] + v["c"], False),
    (2, "expression", "how much is {a} minus {b} plus {c}", lambda v: v["a"] - v["b"] + v["c"], False),
    (2, "expression-parity", "is {a} + {b} even?", lambda v: P(v["a"] + v["b"]), False),
    (2, "expression-parity", "is {a}-{b} odd?", lambda v: P(v["a"] - v["b"]), False),
    # word problems
    (
        2,
        "word-problem",
        "Tom has {a} cards and gets {b} more. Is his number of cards even?",
        lambda v: P(v["a"] + v["b"]),
        True,
    ),
    (
        2,
        "word-problem",
        "A box held {a} pens and {b} were taken out. Is the number of pens left odd?",
        lambda v: P(pos(v["a"] - v["b"])),
        True,
    ),
    (
        2,
        "word-problem",
        "I had {a} dollars, spent {b}, then earned {c}. How much do I have now?",
        lambda v: pos(v["a"] - v["b"]) + v["c"],
        True,
    ),
    (
        2,
        "word-problem",
        "there are {a} cats and {b} dogs at the shelter; write the total number of animals backwards",
        lambda v: R(v["a"] + v["b"]),
        True,
    ),
    # three steps
    (
        3,
        "sequential",
        "add {a} and {b}, subtract {c}, then tell me if the result is odd",
        lambda v: P(v["a"] + v["b"] - v["c"]),
        False,
    ),
    (3, "expression-parity", "is {a} + {b} - {c} even?", lambda v: P(v["a"] + v["b"] - v["c"]), False),
    (3, "expression", "{a} + {b} - {c} + {d}", lambda v: v["a"] + v["b"] - v["c"] + v["d"], False),
    (3, "expression", "what is {a} minus {b} plus {c} minus {d}?", lambda v: v["a"] - v["b"] + v["c"] - v["d"], False),
    (
        3,
        "sequential",
        "subtract {b} from {a}, add {c}, and reverse the result",
        lambda v: R(v["a"] - v["b"] + v["c"]),
        False,
    ),
    (3, "sequential", "reverse {A}, add {b}, and say whether it's even", lambda v: P(N(R(v["A"])) + v["b"]), False),
    (
        3,
        "sequential",
        "sum {a} and {b}, reverse the digits, then add {c}",
        lambda v: N(R(v["a"] + v["b"])) + v["c"],
        False,
    ),
    (3, "sequential", "flip {A}, take away {b}, and flip the answer again", lambda v: R(N(R(v["A"])) - v["b"]), False),
    (
        3,
        "sequential",
        "add {a} to {b}, reverse the answer, and tell me if that is even",
        lambda v: P(N(R(v["a"] + v["b"]))),
        False,
    ),
    (
        3,
        "sequential",
        "take {b} from {a}, write the result backwards, then add {c} to it",
        lambda v: N(R(v["a"] - v["b"])) + v["c"],
        False,
    ),
    (3, "nested", "what is {a} + {b} - {c}, written backwards?", lambda v: R(v["a"] + v["b"] - v["c"]), False),
    (
        3,
        "sequential",
        "start with {a}, add {b}, subtract {c}: odd or even?",
        lambda v: P(v["a"] + v["b"] - v["c"]),
        False,
    ),
    (
        3,
        "word-problem",
        "Sara had {a} stickers, gave away {b} and bought {c} more. Is her number of stickers even now?",
        lambda v: P(pos(v["a"] - v["b"]) + v["c"]),
        True,
    ),
    (3, "expression-parity", "{a} minus {b} plus {c}: even or odd?", lambda v: P(v["a"] - v["b"] + v["c"]), False),
    (
        3,
        "sequential",
        "add {a} and {b}, then take away {c}, then reverse what's left",
        lambda v: R(v["a"] + v["b"] - v["c"]),
        False,
    ),
    (
        3,
        "word-problem",
        "A bus starts with {a} people, {b} get off and {c} get on. Write the number now on board backwards.",
        lambda v: R(pos(v["a"] - v["b"]) + v["c"]),
        True,
    ),
]

UNSUPPORTED_STEP = [
    "multiply the sum of 4 and 6 by 3",
    "add 8 and 9 then divide by 2",
    "is 12 times 3 plus 1 odd?",
    "what's the average of 4 and 8, reversed?",
    "reverse 56 and square it",
    "subtract 3 from 10 and tell me if the result is prime",
    "add 15 and 25, then find 10% of that",
    "is the product of 7 and 3 even?",
    "take 2 from 9 and double it",
    "add 1.5 and 2.5 and check whether it's even",
    "reverse 144 and take its square root",
    "add 6 and 7, then write the answer in words",
    "subtract 9 from 40 and tell me if it's divisible by 3",
    "what is (5 + 2) * 3",
    "add 100 and 20 and round it to the nearest hundred",
    "add 7 and 8 and then tell me a joke",
]
WRONG_INPUT = [
    "reverse the word dog and add 4 to it",
    "spell sun backwards and tell me if it's even",
    "reverse hello, then subtract 2",
    "add 5 to the reverse of apple",
    "is the word tree backwards odd?",
    "flip 'abc' and add 10",
    "tell me if 9 is odd and add 4 to that",
]
TWO_QUESTIONS = [
    "what is 4 plus 9 and is 11 even?",
    "reverse cat and what's 3 minus 1?",
    "is 8 odd? also add 2 and 2",
    "add 10 and 5. separately, reverse the word moon",
    "subtract 4 from 20, and is 15 odd?",
    "what's 6+6 and what's 9-3?",
    "is 7 even and is 9 odd?",
    "reverse sun and reverse moon",
    "add 3 and 4, and also reverse the word pen",
]


def singles() -> list[dict[str, object]]:
    return [
        single_item("add 12 and 30, thanks a lot!", "addition", str(12 + 30)),
        single_item("is 15 odd? you're the best", "parity", P(15)),
        single_item("please reverse 'planet' - have a nice day!", "reversal", "planet"[::-1]),
        single_item("what's 90 minus 45? I'm just checking my homework", "subtraction", str(90 - 45)),
        single_item("hi there! what is 8 plus 13?", "addition", str(8 + 13)),
        single_item("Good morning :) subtract 7 from 20 please", "subtraction", str(20 - 7)),
        single_item("is 100 even? asking for a friend", "parity", P(100)),
        single_item("thanks in advance - what's 250 + 750?", "addition", str(250 + 750)),
    ]


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    items: list[dict[str, object]] = []
    two = [c for c in CHAINS if c[0] == 2]
    three = [c for c in CHAINS if c[0] == 3]
    for steps, form, tpl, prog, real in two + two + two[:4]:
        items.append(chain_item(rng, tpl, prog, steps=steps, category="chain-" + form, real=real))
    for steps, form, tpl, prog, real in three + three + three + three[:4]:
        items.append(chain_item(rng, tpl, prog, steps=steps, category="chain-" + form, real=real))
    items += literal_items(UNSUPPORTED_STEP, "chain-unsupported-step", "cousin")
    items += literal_items(WRONG_INPUT, "chain-wrong-input", "cousin")
    items += literal_items(TWO_QUESTIONS, "two-questions", "cousin")
    items += singles()
    rows = make_rows("d", items, rng)
    validate(rows, "d", ["is the sum of 17 and 26 odd?", "reverse the result of 12 plus 30"])
    chains = [r for r in rows if r["task"] == "chain"]
    assert len(rows) >= 150 and len(chains) >= 110, len(rows)
    share_two = sum(r["steps"] == 2 for r in chains) / len(chains)
    assert 0.55 <= share_two <= 0.65, share_two
    _distinct_from_heldout(rows)
    return rows


def _distinct_from_heldout(rows: list[dict[str, object]]) -> None:
    """No template and no prompt is shared with the held-out chains (compared here, never printed)."""
    import build_heldout_chains as held  # noqa: PLC0415

    def key(text: object) -> str:
        return " ".join(str(text).casefold().split())

    def templates(module: Any) -> set[str]:
        found = {key(c[2]) for c in module.CHAINS}
        for name in ("UNSUPPORTED_STEP", "WRONG_INPUT", "TWO_QUESTIONS"):
            found |= {key(t) for t in getattr(module, name)}
        return found

    assert not templates(sys.modules[__name__]) & templates(held), "a template is shared with the held-out set"
    held_prompts = {key(r["prompt"]) for r in held.build()}
    assert not any(key(r["prompt"]) in held_prompts for r in rows), "a prompt is shared with the held-out set"


if __name__ == "__main__":
    main(build, OUT)
