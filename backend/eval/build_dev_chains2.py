"""Writes dev_chains2.jsonl (issue 16, second development set): chains in the wordings people use, written from
docs/TASKS.md and the way users phrase two- and three-step requests, deliberately NOT from the chain parser's
phrase lists (other verbs: combine, total, take off, knock off, flip, mirror, spell backwards, invert; word
problems about money, stock, scores and ages; operand-first prompts; questions and commands; pronouns; "first
... next ... finally"; "after adding ..."; nested forms such as "the parity of the difference between ...";
number words, typos, politeness). It may be tuned on. `--check` rebuilds and compares.

The writer did not read the held-out chain sets nor their builders; this builder does not import them.
Programs as in build_dev_chains.py: P = parity, R = reverse a number's digits (leading zeros kept), N = read a
reversed string back as a number, pos = assert positive (word problems), D = the difference between (larger
minus smaller).
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_common import chain_item, literal_items, main, make_rows, parity, pos, rev_num, single_item, validate

OUT = Path(__file__).resolve().parent / "dev_chains2.jsonl"
SEED = 20261222
P, R, N = parity, rev_num, int
V = dict[str, int]
Prog = Callable[[V], object]


def D(a: int, b: int) -> int:  # noqa: N802 (a program letter like P, R, N)
    return abs(a - b)


# (steps, form, template, program, real-world numbers?)
CHAINS: list[tuple[int, str, str, Prog, bool]] = [
    # ---- two steps: addition, then parity
    (2, "sequential", "combine {a} and {b} and tell me whether the total is odd", lambda v: P(v["a"] + v["b"]), False),
    (2, "sequential", "if I add {a} and {b}, will the answer be even?", lambda v: P(v["a"] + v["b"]), False),
    (2, "sequential", "{a} and {b}: add them, then is it odd?", lambda v: P(v["a"] + v["b"]), False),
    (2, "nested", "what's the parity of {a} + {b}?", lambda v: P(v["a"] + v["b"]), False),
    (2, "nested", "tell me the parity of the sum of {a} and {b}", lambda v: P(v["a"] + v["b"]), False),
    (2, "sequential", "after adding {a} to {b}, is the outcome even?", lambda v: P(v["a"] + v["b"]), False),
    (2, "sequential", "sum up {a} and {b}. is what you get an odd number?", lambda v: P(v["a"] + v["b"]), False),
    (2, "sequential", "Could you total {a} and {b} and let me know if it's even?", lambda v: P(v["a"] + v["b"]), False),
    (2, "nested", "is {a} added to {b} divisible by 2?", lambda v: P(v["a"] + v["b"]), False),
    (2, "sequential", "put {a} and {b} together, then check if the answer is odd", lambda v: P(v["a"] + v["b"]), False),
    # ---- addition, then reversal
    (2, "sequential", "add {a} and {b} then mirror the digits", lambda v: R(v["a"] + v["b"]), False),
    (2, "sequential", "total up {a} and {b} and spell the answer backwards", lambda v: R(v["a"] + v["b"]), False),
    (2, "nested", "what do you get if you reverse the sum of {a} and {b}?", lambda v: R(v["a"] + v["b"]), False),
    (2, "sequential", "first add {a} and {b}, then flip the result", lambda v: R(v["a"] + v["b"]), False),
    (2, "sequential", "{a} plus {b}, then invert the digits", lambda v: R(v["a"] + v["b"]), False),
    (
        2,
        "sequential",
        "after adding {a} and {b}, write the number you get in reverse",
        lambda v: R(v["a"] + v["b"]),
        False,
    ),
    (2, "nested", "flip the total of {a} and {b}", lambda v: R(v["a"] + v["b"]), False),
    # ---- subtraction, then parity
    (2, "sequential", "take {b} off {a} and tell me if it's odd", lambda v: P(v["a"] - v["b"]), False),
    (2, "sequential", "knock {b} off {a}: is the result even?", lambda v: P(v["a"] - v["b"]), False),
    (2, "nested", "what's the parity of the difference between {a} and {b}?", lambda v: P(D(v["a"], v["b"])), False),
    (2, "sequential", "if you subtract {b} from {a}, do you get an even number?", lambda v: P(v["a"] - v["b"]), False),
    (2, "expression-parity", "{a} minus {b}, odd or even?", lambda v: P(v["a"] - v["b"]), False),
    (2, "nested", "is the result of {a} minus {b} an even number?", lambda v: P(v["a"] - v["b"]), False),
    (
        2,
        "sequential",
        "deduct {b} from {a}, and then say whether the answer is odd",
        lambda v: P(v["a"] - v["b"]),
        False,
    ),
    # ---- subtraction, then reversal
    (
        2,
        "sequential",
        "subtract {b} from {a} and then reverse the digits of what you get",
        lambda v: R(v["a"] - v["b"]),
        False,
    ),
    (2, "sequential", "take away {b} from {a}, then spell the answer backwards", lambda v: R(v["a"] - v["b"]), False),
    (2, "sequential", "deduct {b} from {a} and flip it", lambda v: R(v["a"] - v["b"]), False),
    (2, "nested", "what's {a} take away {b}, written backwards?", lambda v: R(v["a"] - v["b"]), False),
    (2, "nested", "mirror the difference between {a} and {b}", lambda v: R(D(v["a"], v["b"])), False),
    # ---- reversal, then addition
    (2, "sequential", "flip {A} around and add {b}", lambda v: N(R(v["A"])) + v["b"], False),
    (2, "sequential", "mirror {A}, then add {b} to what you get", lambda v: N(R(v["A"])) + v["b"], False),
    (2, "sequential", "reverse the digits of {A} and add {b} to the result", lambda v: N(R(v["A"])) + v["b"], False),
    (2, "sequential", "spell {A} backwards, then add {b}", lambda v: N(R(v["A"])) + v["b"], False),
    (2, "nested", "add {b} to {A} reversed", lambda v: N(R(v["A"])) + v["b"], False),
    (2, "sequential", "take {A}, reverse it, and add {b}", lambda v: N(R(v["A"])) + v["b"], False),
    # ---- reversal, then subtraction
    (2, "sequential", "reverse {A} and then take {b} off", lambda v: N(R(v["A"])) - v["b"], False),
    (2, "sequential", "invert the digits of {A} and subtract {b} from that", lambda v: N(R(v["A"])) - v["b"], False),
    (2, "sequential", "turn {A} around, then knock off {b}", lambda v: N(R(v["A"])) - v["b"], False),
    (2, "nested", "subtract {b} from the reverse of {A}", lambda v: N(R(v["A"])) - v["b"], False),
    # ---- reversal, then parity
    (2, "sequential", "if you reverse {A}, is the new number odd?", lambda v: P(N(R(v["A"]))), False),
    (2, "sequential", "mirror {A}: even or odd?", lambda v: P(N(R(v["A"]))), False),
    (2, "sequential", "spell {A} backwards and check if that's even", lambda v: P(N(R(v["A"]))), False),
    (2, "nested", "is the reverse of {A} odd?", lambda v: P(N(R(v["A"]))), False),
    (2, "sequential", "Flip {A}. Is it even?", lambda v: P(N(R(v["A"]))), False),
    # ---- expressions, left to right
    (2, "expression", "{a} plus {b} take away {c}", lambda v: v["a"] + v["b"] - v["c"], False),
    (2, "expression", "compute {a} - {b} + {c} for me", lambda v: v["a"] - v["b"] + v["c"], False),
    (2, "expression", "what does {a} + {b} - {c} come to?", lambda v: v["a"] + v["b"] - v["c"], False),
    (2, "expression", "{a} minus {b} plus {c} equals what?", lambda v: v["a"] - v["b"] + v["c"], False),
    (2, "expression", "Solve: {a}+{b}-{c}", lambda v: v["a"] + v["b"] - v["c"], False),
    (2, "expression", "what's {a} minus {b} minus {c} plus {d}?", lambda v: v["a"] - v["b"] - v["c"] + v["d"], False),
    # ---- parity of an expression
    (2, "expression-parity", "Is {a}+{b} an odd number?", lambda v: P(v["a"] + v["b"]), False),
    (2, "expression-parity", "would {a} - {b} be even?", lambda v: P(v["a"] - v["b"]), False),
    (2, "expression-parity", "odd or even: {a} - {b}", lambda v: P(v["a"] - v["b"]), False),
    (2, "expression-parity", "check if {a} + {b} is even", lambda v: P(v["a"] + v["b"]), False),
    # ---- word problems
    (
        2,
        "word-problem",
        "I scored {a} points in the first game and {b} in the second. Is my total score odd or even?",
        lambda v: P(v["a"] + v["b"]),
        True,
    ),
    (
        2,
        "word-problem",
        "A team scored {a} points, then {b} more. Reverse the total score.",
        lambda v: R(v["a"] + v["b"]),
        True,
    ),
    (
        2,
        "word-problem",
        "I had {a} marbles and lost {b}. Is the number I have left even?",
        lambda v: P(pos(v["a"] - v["b"])),
        True,
    ),
    (
        2,
        "word-problem",
        "The warehouse had {a} boxes and received {b} more. Write the new total backwards.",
        lambda v: R(v["a"] + v["b"]),
        True,
    ),
    (
        2,
        "word-problem",
        "My account had {a} dollars and I paid a bill of {b} dollars. Is the amount left odd?",
        lambda v: P(pos(v["a"] - v["b"])),
        True,
    ),
    (
        2,
        "word-problem",
        "A shop had {a} apples in stock and sold {b}. Is the number of apples remaining even?",
        lambda v: P(pos(v["a"] - v["b"])),
        True,
    ),
    (
        2,
        "word-problem",
        "Grandpa is {a} and grandma is {b}. Add their ages and tell me if the total is odd.",
        lambda v: P(v["a"] + v["b"]),
        True,
    ),
    # ---- three steps
    (
        3,
        "sequential",
        "first add {a} and {b}, next subtract {c}, finally tell me if it's even",
        lambda v: P(v["a"] + v["b"] - v["c"]),
        False,
    ),
    (
        3,
        "sequential",
        "Add {a} and {b}. Take {c} off that. Is the answer odd?",
        lambda v: P(v["a"] + v["b"] - v["c"]),
        False,
    ),
    (
        3,
        "sequential",
        "combine {a} and {b}, knock off {c}, and flip the digits",
        lambda v: R(v["a"] + v["b"] - v["c"]),
        False,
    ),
    (
        3,
        "sequential",
        "{a} and {b}: add them, reverse the sum, then say if it's even",
        lambda v: P(N(R(v["a"] + v["b"]))),
        False,
    ),
    (
        3,
        "sequential",
        "reverse {A}, add {b} to it, then reverse the result again",
        lambda v: R(N(R(v["A"])) + v["b"]),
        False,
    ),
    (
        3,
        "sequential",
        "flip {A}, subtract {b}, and tell me whether the outcome is odd",
        lambda v: P(N(R(v["A"])) - v["b"]),
        False,
    ),
    (3, "expression-parity", "what is {a} + {b} - {c}, and is it even?", lambda v: P(v["a"] + v["b"] - v["c"]), False),
    (
        3,
        "sequential",
        "after adding {a} and {b} and subtracting {c}, is the result odd?",
        lambda v: P(v["a"] + v["b"] - v["c"]),
        False,
    ),
    (
        3,
        "sequential",
        "Take {a}, add {b}, subtract {c}, and reverse what's left.",
        lambda v: R(v["a"] + v["b"] - v["c"]),
        False,
    ),
    (
        3,
        "sequential",
        "sum {a} and {b}, then take away {c}, then mirror the answer",
        lambda v: R(v["a"] + v["b"] - v["c"]),
        False,
    ),
    (
        3,
        "sequential",
        "mirror {A}, add {b}, and check whether the total is even",
        lambda v: P(N(R(v["A"])) + v["b"]),
        False,
    ),
    (
        3,
        "nested",
        "reverse the sum of {a} and {b}, then subtract {c}",
        lambda v: N(R(v["a"] + v["b"])) - v["c"],
        False,
    ),
    (
        3,
        "nested",
        "subtract {c} from the total of {a} and {b} and reverse the result",
        lambda v: R(v["a"] + v["b"] - v["c"]),
        False,
    ),
    (
        3,
        "nested",
        "add {c} to the difference between {a} and {b}, then tell me if it's odd",
        lambda v: P(D(v["a"], v["b"]) + v["c"]),
        False,
    ),
    (3, "sequential", "compute {a} - {b} + {c}, then flip it", lambda v: R(v["a"] - v["b"] + v["c"]), False),
    (3, "expression-parity", "what's the parity of {a} + {b} - {c}?", lambda v: P(v["a"] + v["b"] - v["c"]), False),
    (3, "expression", "{a} - {b} + {c} - {d} = ?", lambda v: v["a"] - v["b"] + v["c"] - v["d"], False),
    (3, "expression", "work out {a} plus {b} minus {c} plus {d}", lambda v: v["a"] + v["b"] - v["c"] + v["d"], False),
    (
        3,
        "sequential",
        "please reverse {A}, then take away {b}, and after that tell me if the answer is even",
        lambda v: P(N(R(v["A"])) - v["b"]),
        False,
    ),
    (
        3,
        "sequential",
        "Step one: add {a} and {b}. Step two: subtract {c}. Step three: reverse it.",
        lambda v: R(v["a"] + v["b"] - v["c"]),
        False,
    ),
    (
        3,
        "sequential",
        "add {a} to {b}, flip what you get, and then add {c}",
        lambda v: N(R(v["a"] + v["b"])) + v["c"],
        False,
    ),
    (
        3,
        "sequential",
        "subtract {b} from {a}, add {c} to the answer, and let me know if it is odd",
        lambda v: P(v["a"] - v["b"] + v["c"]),
        False,
    ),
    (
        3,
        "word-problem",
        "I had {a} stickers, got {b} more and gave {c} away. Is the number I have now odd?",
        lambda v: P(pos(v["a"] + v["b"] - v["c"])),
        True,
    ),
    (
        3,
        "word-problem",
        "A shop had {a} shirts, sold {b}, then got a delivery of {c}. Write the number of shirts it has now backwards.",
        lambda v: R(pos(v["a"] - v["b"]) + v["c"]),
        True,
    ),
    (
        3,
        "word-problem",
        "My wallet had {a} dollars. I spent {b} on lunch and {c} on a book. Is what's left an even amount?",
        lambda v: P(pos(v["a"] - v["b"] - v["c"])),
        True,
    ),
    (
        3,
        "word-problem",
        "We scored {a} points in round one and {b} in round two, then lost {c} for a penalty. Reverse our score.",
        lambda v: R(pos(v["a"] + v["b"] - v["c"])),
        True,
    ),
]

UNSUPPORTED_STEP = [
    "add 4 and 5, then multiply what you get by 3",
    "take 6 off 20 and halve it",
    "combine 12 and 8 and divide the total by 4",
    "is the sum of 9 and 4 a prime number?",
    "reverse 81 and find its square root",
    "subtract 5 from 50, then tell me the square of the result",
    "flip 345 and round it to the nearest ten",
    "sum 3 and 4 and then translate the answer into French",
    "what's 2 + 2, then tell me the weather",
    "knock 3 off 11 and count the digits of the result",
    "add 30 and 40 and give me 25% of it",
    "mirror 52 and then triple it",
    "is the difference between 20 and 7 a multiple of 3?",
    "add 9 to 9, then raise it to the power of 2",
]
WRONG_INPUT = [
    "mirror the word lamp and subtract 3",
    "spell 'rose' backwards and check whether it's odd",
    "is 12 even? add 5 to the answer",
    "reverse banana, then add 2 to it",
    "flip the letters of star and take away 1",
    "is 31 odd? then subtract 4 from that",
]
TWO_QUESTIONS = [
    "what's 5 plus 6? also, is 13 odd?",
    "is 40 odd, and what is 9 minus 4?",
    "add 1 and 2; reverse the word sky",
    "subtract 2 from 9. is 4 odd?",
    "can you reverse 'moon' and also add 8 and 8?",
    "what is 70 - 20? and what is 3 + 3?",
    "flip the word rain, and is 55 even?",
]


def singles() -> list[dict[str, object]]:
    return [
        single_item("thanks! now just add 14 and 6", "addition", str(14 + 6)),
        single_item("lol ok, is 77 odd?", "parity", P(77)),
        single_item("morning! could you flip the word lemon for me?", "reversal", "lemon"[::-1]),
        single_item("what's 300 minus 1? cheers mate", "subtraction", str(300 - 1)),
        single_item("I love this app. what is 45 + 55?", "addition", str(45 + 55)),
        single_item("sorry, quick one: subtract 12 from 40", "subtraction", str(40 - 12)),
        single_item("is 64 even? that's all, thank you!", "parity", P(64)),
        single_item("hey hey, reverse 'otter' please :)", "reversal", "otter"[::-1]),
        single_item("you're great. what's 19 plus 23?", "addition", str(19 + 23)),
        single_item("ok last one: is 1001 odd?", "parity", P(1001)),
    ]


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    items: list[dict[str, object]] = []
    two = [c for c in CHAINS if c[0] == 2]
    three = [c for c in CHAINS if c[0] == 3]
    for steps, form, tpl, prog, real in two + two[::3]:
        items.append(chain_item(rng, tpl, prog, steps=steps, category="chain-" + form, real=real, typo_rate=0.08))
    for steps, form, tpl, prog, real in three + three + three[:6]:
        items.append(chain_item(rng, tpl, prog, steps=steps, category="chain-" + form, real=real, typo_rate=0.08))
    items += literal_items(UNSUPPORTED_STEP, "chain-unsupported-step", "cousin")
    items += literal_items(WRONG_INPUT, "chain-wrong-input", "cousin")
    items += literal_items(TWO_QUESTIONS, "two-questions", "cousin")
    items += singles()
    rows = make_rows("e", items, rng)
    validate(rows, "e")
    chains = [r for r in rows if r["task"] == "chain"]
    assert 150 <= len(rows) <= 200 and len(chains) >= 120, len(rows)
    share_two = sum(r["steps"] == 2 for r in chains) / len(chains)
    assert 0.5 <= share_two <= 0.65, share_two
    _distinct_from_dev_chains(rows)
    return rows


def _distinct_from_dev_chains(rows: list[dict[str, object]]) -> None:
    """No template shared with dev_chains.jsonl's builder (this set measures other wordings)."""
    import build_dev_chains as first  # noqa: PLC0415

    def key(text: object) -> str:
        return " ".join(str(text).casefold().split())

    def templates(module: Any) -> set[str]:
        found = {key(c[2]) for c in module.CHAINS}
        for name in ("UNSUPPORTED_STEP", "WRONG_INPUT", "TWO_QUESTIONS"):
            found |= {key(t) for t in getattr(module, name)}
        return found

    assert not templates(sys.modules[__name__]) & templates(first), "a template is shared with dev_chains"


if __name__ == "__main__":
    main(build, OUT)
