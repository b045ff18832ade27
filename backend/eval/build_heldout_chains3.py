"""Build heldout_chains3.jsonl: the third blind held-out set of chains for issue 16.

Held-out: report its scores only; nobody reads its prompts or this builder while developing.

Written blind by a third independent test writer from docs/TASKS.md, the chain contract, the eval README and
blind_common.py only. Seed 20261231, ids r0001... In-scope chains: task `chain`, the final answer, `steps` (the
number of operations; a run of one operator in an expression counts once), slice `chain`. Refusals (slice
`cousin`): a step no skill does, a step fed the wrong kind of input, two independent questions. Slice
`single-with-chitchat`: one task with chit-chat around it, labelled with that task. Every answer is computed
here with Python integers and blind_common's helpers: expressions left to right, a reversed number keeps its
digits as written ("021") and a next number step reads it as 21, `the difference between` is the larger minus
the smaller, and no negative number is ever reversed.

    backend/.venv/bin/python backend/eval/build_heldout_chains3.py          # write
    backend/.venv/bin/python backend/eval/build_heldout_chains3.py --check  # validate only
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from pathlib import Path

import blind_common as bc
from build_heldout_phrasings2 import AMBIGUOUS_AND, ISSUE_EXAMPLES

OUT = Path(__file__).resolve().parent / "heldout_chains3.jsonl"
SEED = 20261231
PREFIX = "r"

Item = dict[str, object]
V = dict[str, int]
Program = Callable[[V], object]

STYLES = {"digits": 12, "words": 3, "words-space": 1, "comma": 1, "fullwidth": 2, "arabic": 1}
REAL_STYLES = {"digits": 6, "words": 2}


def rv(n: int) -> str:
    """The digits of n written backwards, as written ("120" -> "021")."""
    return bc.rev_num(n)


def rvn(n: int) -> int:
    """n reversed, then read as a number by the next step ("021" -> 21)."""
    return int(bc.rev_num(n))


P = bc.parity
D = abs  # the difference between a and b: the larger minus the smaller
pos = bc.pos

# ---------------------------------------------------------------- two-step chains (template, program)

SEQ2: list[tuple[str, Program]] = [
    ("add {a} and {b}, then flip the digits", lambda v: rv(v["a"] + v["b"])),
    ("first take {b} away from {a}, then tell me if what's left is odd", lambda v: P(v["a"] - v["b"])),
    ("reverse {A} and then subtract {b} from that", lambda v: rvn(v["A"]) - v["b"]),
    ("work out {a} plus {b} and let me know whether the answer is even or odd", lambda v: P(v["a"] + v["b"])),
    ("{a} minus {b}. is that an even number?", lambda v: P(v["a"] - v["b"])),
    ("take {A}, write it backwards, and add {b}", lambda v: rvn(v["A"]) + v["b"]),
    ("can you add {a} to {b} and then write the result in reverse?", lambda v: rv(v["a"] + v["b"])),
    ("subtract {b} from {a}. now reverse that number", lambda v: rv(v["a"] - v["b"])),
    ("flip {A} around and check if it's odd", lambda v: P(rvn(v["A"]))),
    ("what do you get if you reverse {A} and add {b} to it?", lambda v: rvn(v["A"]) + v["b"]),
    ("Add {a} and {b} together. Is the total odd?", lambda v: P(v["a"] + v["b"])),
    ("I need {a} minus {b}, and then that number backwards", lambda v: rv(v["a"] - v["b"])),
    ("sum {a} and {b} then reverse the digits pls", lambda v: rv(v["a"] + v["b"])),
    ("whats {a} plus {b} and is it even", lambda v: P(v["a"] + v["b"])),
    ("start with {A}, turn it backwards, then take away {b}", lambda v: rvn(v["A"]) - v["b"]),
    ("reverse the digits of {A}; is the new number even?", lambda v: P(rvn(v["A"]))),
    ("subtract {b} from {a} and tell me: odd or even?", lambda v: P(v["a"] - v["b"])),
    ("add {a} and {b}. after that, spell the answer backwards", lambda v: rv(v["a"] + v["b"])),
    ("reverse {A} then take {b} off it", lambda v: rvn(v["A"]) - v["b"]),
    ("decrease {a} by {b} and then reverse the digits", lambda v: rv(v["a"] - v["b"])),
    ("increase {a} by {b}, then say whether the result is odd", lambda v: P(v["a"] + v["b"])),
    ("plz reverse {A} and add {b} to whatever you get", lambda v: rvn(v["A"]) + v["b"]),
    ("find the total of {a} and {b} and then write it backwards", lambda v: rv(v["a"] + v["b"])),
    ("write {A} in reverse, then tell me if that's even", lambda v: P(rvn(v["A"]))),
    ("Take {b} away from {a}. Write the result backwards.", lambda v: rv(v["a"] - v["b"])),
    ("ad {a} and {b} and thn tell me if its odd", lambda v: P(v["a"] + v["b"])),
    ("substract {b} from {a} then revers the answer", lambda v: rv(v["a"] - v["b"])),
    ("{a} and {b}: add them up, then flip the number around", lambda v: rv(v["a"] + v["b"])),
    ("here's a number: {A}. reverse it and subtract {b}", lambda v: rvn(v["A"]) - v["b"]),
    ("reverse {A}. Then add {b}.", lambda v: rvn(v["A"]) + v["b"]),
    ("Is it odd or even if you subtract {b} from {a}?", lambda v: P(v["a"] - v["b"])),
    ("odd or even, after adding {a} and {b}?", lambda v: P(v["a"] + v["b"])),
    ("tell me whether it comes out even: {a} take away {b}", lambda v: P(v["a"] - v["b"])),
]

NEST2: list[tuple[str, Program]] = [
    ("is the total of {a} and {b} an odd number?", lambda v: P(v["a"] + v["b"])),
    ("write the difference between {a} and {b} backwards", lambda v: rv(D(v["a"] - v["b"]))),
    ("is {A} reversed even or odd?", lambda v: P(rvn(v["A"]))),
    ("add {b} to the reverse of {A}", lambda v: rvn(v["A"]) + v["b"]),
    ("is the difference between {a} and {b} even?", lambda v: P(D(v["a"] - v["b"]))),
    ("reverse the total you get from {a} plus {b}", lambda v: rv(v["a"] + v["b"])),
    ("take {b} away from the sum of {a} and {c}", lambda v: v["a"] + v["c"] - v["b"]),
    ("what's the parity of {a} minus {b}?", lambda v: P(v["a"] - v["b"])),
    ("subtract {b} from the reverse of {A}", lambda v: rvn(v["A"]) - v["b"]),
    ("what is {A} backwards, plus {b}?", lambda v: rvn(v["A"]) + v["b"]),
    ("give me the reverse of the sum of {a} and {b}", lambda v: rv(v["a"] + v["b"])),
    ("is the result of {a} minus {b} odd?", lambda v: P(v["a"] - v["b"])),
    ("add {c} to the difference between {a} and {b}", lambda v: D(v["a"] - v["b"]) + v["c"]),
    ("what do you get when you add {b} to {A} written backwards?", lambda v: rvn(v["A"]) + v["b"]),
]

WORD2: list[tuple[str, Program]] = [
    (
        "Sam had {a} marbles and won {b} more. Is the number of marbles he has now even?",
        lambda v: P(v["a"] + v["b"]),
    ),
    (
        "A farm had {a} sheep. {b} of them were sold. Write the number of sheep left backwards.",
        lambda v: rv(pos(v["a"] - v["b"])),
    ),
    (
        "There were {a} people at the show, and {b} more arrived later. Is the crowd an odd number now?",
        lambda v: P(v["a"] + v["b"]),
    ),
    ("My score was {a} and I lost {b} points. Reverse the score I have left.", lambda v: rv(pos(v["a"] - v["b"]))),
    (
        "A box holds {a} red pens and {b} blue pens. Spell the total number of pens backwards.",
        lambda v: rv(v["a"] + v["b"]),
    ),
    ("I saved {a} coins and spent {b} of them. Is the number of coins left odd?", lambda v: P(pos(v["a"] - v["b"]))),
    (
        "The bakery made {a} rolls in the morning and {b} in the afternoon. Reverse the digits of the total.",
        lambda v: rv(v["a"] + v["b"]),
    ),
]

EXPR2: list[tuple[str, Program]] = [
    ("{a} + {b} - {c} = ?", lambda v: v["a"] + v["b"] - v["c"]),
    ("what's {a} - {b} + {c}?", lambda v: v["a"] - v["b"] + v["c"]),
    ("{a} plus {b} minus {c} equals?", lambda v: v["a"] + v["b"] - v["c"]),
    ("compute {a}-{b}+{c}", lambda v: v["a"] - v["b"] + v["c"]),
    ("{a} minus {b} plus {c}, please", lambda v: v["a"] - v["b"] + v["c"]),
    ("how much is {a} + {b} + {c} - {d}", lambda v: v["a"] + v["b"] + v["c"] - v["d"]),
    ("{a} - {b} - {c} + {d} = ?", lambda v: v["a"] - v["b"] - v["c"] + v["d"]),
]

EXPRP2: list[tuple[str, Program]] = [
    ("is {a} + {b} odd?", lambda v: P(v["a"] + v["b"])),
    ("{a} - {b}: even or odd?", lambda v: P(v["a"] - v["b"])),
    ("is {a} minus {b} an even number", lambda v: P(v["a"] - v["b"])),
    ("tell me if {a} plus {b} is odd", lambda v: P(v["a"] + v["b"])),
    ("would {a}+{b} be even?", lambda v: P(v["a"] + v["b"])),
]

# ---------------------------------------------------------------- three-step chains

SEQ3: list[tuple[str, Program]] = [
    (
        "add up {a} and {b}, take away {c}, and say whether what's left is odd",
        lambda v: P(v["a"] + v["b"] - v["c"]),
    ),
    ("reverse {A}, add {b} to it, then reverse the result", lambda v: rv(rvn(v["A"]) + v["b"])),
    ("subtract {b} from {a}, add {c}, then flip the digits", lambda v: rv(v["a"] - v["b"] + v["c"])),
    ("Start with {a}. Add {b}. Subtract {c}. Is the answer even?", lambda v: P(v["a"] + v["b"] - v["c"])),
    ("take {A}, reverse it, take away {b}, and check if it's even", lambda v: P(rvn(v["A"]) - v["b"])),
    ("first add {a} to {b}, next reverse that, finally tell me if it's even", lambda v: P(rvn(v["a"] + v["b"]))),
    ("reverse {A}; subtract {b}; reverse again", lambda v: rv(rvn(v["A"]) - v["b"])),
    ("add {a} and {b}, reverse the sum, then add {c} to it", lambda v: rvn(v["a"] + v["b"]) + v["c"]),
    ("subtract {b} from {a} then add {c} and tell me odd or even", lambda v: P(v["a"] - v["b"] + v["c"])),
    ("Add {a} to {b} and reverse the digits. Is the number you get even?", lambda v: P(rvn(v["a"] + v["b"]))),
    ("ad {a} and {b}, then revrse it, then check if its odd", lambda v: P(rvn(v["a"] + v["b"]))),
    ("reverse {A}, then add {b}, and after that subtract {c}", lambda v: rvn(v["A"]) + v["b"] - v["c"]),
    (
        "take {b} away from {a}, reverse what's left, and tell me if it's odd",
        lambda v: P(rvn(v["a"] - v["b"])),
    ),
    ("{a} plus {b}, then minus {c}, then backwards please", lambda v: rv(v["a"] + v["b"] - v["c"])),
    ("I have {a}. Add {b}, then subtract {c}, then write it backwards.", lambda v: rv(v["a"] + v["b"] - v["c"])),
    ("add {a} and {b}, subtract {c} from that, then is the result even?", lambda v: P(v["a"] + v["b"] - v["c"])),
    ("reverse {A}, subtract {b} from it, and then add {c}", lambda v: rvn(v["A"]) - v["b"] + v["c"]),
    ("what's {a} plus {b}? take {c} away from it and reverse the answer", lambda v: rv(v["a"] + v["b"] - v["c"])),
    ("subtract {b} from {a}, then reverse it, then add {c}", lambda v: rvn(v["a"] - v["b"]) + v["c"]),
    (
        "decrease {a} by {b}, then increase it by {c}, then say if it's odd",
        lambda v: P(v["a"] - v["b"] + v["c"]),
    ),
    ("REVERSE {A}, ADD {b}, AND TELL ME IF IT'S EVEN", lambda v: P(rvn(v["A"]) + v["b"])),
]

NEST3: list[tuple[str, Program]] = [
    ("is the reverse of the sum of {a} and {b} even?", lambda v: P(rvn(v["a"] + v["b"]))),
    ("subtract {c} from the sum of {a} and {b}, then reverse it", lambda v: rv(v["a"] + v["b"] - v["c"])),
    ("add {c} to the difference between {a} and {b}, then say if it's even", lambda v: P(D(v["a"] - v["b"]) + v["c"])),
    (
        "reverse the difference between {a} and the sum of {b} and {c}",
        lambda v: rv(D(v["a"] - (v["b"] + v["c"]))),
    ),
    ("is the sum of {b} and the reverse of {A} odd?", lambda v: P(rvn(v["A"]) + v["b"])),
    ("tell me if the total of {a} and {b}, minus {c}, is an even number", lambda v: P(v["a"] + v["b"] - v["c"])),
]

EXPR3: list[tuple[str, Program]] = [
    ("{a} + {b} - {c} + {d}", lambda v: v["a"] + v["b"] - v["c"] + v["d"]),
    ("what is {a} minus {b} plus {c} minus {d}?", lambda v: v["a"] - v["b"] + v["c"] - v["d"]),
    ("{a}-{b}+{c}-{d}=", lambda v: v["a"] - v["b"] + v["c"] - v["d"]),
]

EXPRP3: list[tuple[str, Program]] = [
    ("is {a} + {b} - {c} even?", lambda v: P(v["a"] + v["b"] - v["c"])),
    ("{a} minus {b} plus {c}: odd or even?", lambda v: P(v["a"] - v["b"] + v["c"])),
    ("is {a} - {b} + {c} an odd number?", lambda v: P(v["a"] - v["b"] + v["c"])),
]

WORD3: list[tuple[str, Program]] = [
    (
        "A shelf had {a} books. Then {b} more were put on it. After that, {c} were taken off. Is the number of "
        "books on the shelf now odd?",
        lambda v: P(pos(v["a"] + v["b"] - v["c"])),
    ),
    (
        "Mia had {a} stickers. She got {b} more for her birthday. Then she gave {c} away. Write how many she has "
        "backwards.",
        lambda v: rv(pos(v["a"] + v["b"] - v["c"])),
    ),
    (
        "A train left with {a} passengers. At the first stop {b} got off. At the second stop {c} got on. Is the "
        "number of passengers even now?",
        lambda v: P(pos(v["a"] - v["b"]) + v["c"]),
    ),
    (
        "The shop had {a} apples. It sold {b}. Then a delivery brought {c} more. Reverse the number of apples it "
        "has now.",
        lambda v: rv(pos(v["a"] - v["b"]) + v["c"]),
    ),
]

# ---------------------------------------------------------------- refusals and near misses

UNSUPPORTED_STEP = [
    "add {a} and {b}, then multiply the result by 3",
    "reverse {A} and divide it by 2",
    "is the sum of {a} and {b} a prime number?",
    "subtract {b} from {a} and square what you get",
    "add {a} and {b} and round it to the nearest ten",
    "work out {a} minus {b}, then write it in Roman numerals",
    "add {a} to {b}, then translate the answer into German",
    "reverse {A} and tell me if it's divisible by 3",
    "add {a} and {b}, then give me a fun fact about that number",
    "take {b} from {a} and convert the result to binary",
    "add {a} and {b} then halve it",
    "is {a} plus {b} a multiple of 5?",
    "add {a} and {b}, then write a haiku about the number",
    "reverse {A} and then sort its digits from small to large",
    "add {a} and {b} and count how many digits the answer has",
    "work out {a} plus {b} and then cube it",
    "subtract {b} from {a}, then find its square root",
    "add {a} and {b} and after that tell me a riddle",
]

WRONG_INPUT = [
    "reverse the word {w} and then subtract {b}",
    "is {a} odd? then add {b} to that",
    "write {w} backwards then tell me if it's even",
    "flip the letters of {w} and add {b} to it",
    "check whether {a} is even, then subtract {b} from the answer",
    "spell {w} backwards and take {b} away from it",
    "reverse {w}, then is that odd?",
    "tell me if {a} is odd, then add the answer to {b}",
]

TWO_QUESTIONS = [
    "what's {a} plus {b}, and is {c} even?",
    "reverse {w}. also, what is {a} minus {b}?",
    "is {c} odd, and what's {a} plus {b}?",
    "add {a} and {b}; separately, flip the word {w}",
    "Two things: {a} minus {b}, and {w} backwards.",
    "what is {a} + {b}? and is {c} odd?",
    "subtract {b} from {a}. Unrelated: is {c} even?",
    "reverse {A} and also tell me if {c} is even",
    "is {c} even? and what's {a} take away {b}?",
    "can you add {a} and {b} and also reverse the word {w}",
    "first question: {a} minus {b}. second question: reverse {w}.",
]

CHAIN_WORDS = ["lemon", "tiger", "window", "candle", "parrot", "meadow", "violet", "rocket"]

# (template, task, answer program)
SINGLES: list[tuple[str, str, Program]] = [
    ("add {a} and {b}, you're a lifesaver", "addition", lambda v: str(v["a"] + v["b"])),
    (
        "hey there, doing my homework. what is {a} minus {b}? thanks a ton",
        "subtraction",
        lambda v: str(v["a"] - v["b"]),
    ),
    ("reverse tangerine for me, it's for a puzzle I'm making", "reversal", lambda v: bc.rev("tangerine")),
    ("is {a} even? just curious, have a nice day", "parity", lambda v: P(v["a"])),
    ("what's {a} plus {b}? my brother says it's a trick question lol", "addition", lambda v: str(v["a"] + v["b"])),
    ("I love this app. spell lighthouse backwards please", "reversal", lambda v: bc.rev("lighthouse")),
    ("sorry if this is a silly question, but is {a} odd?", "parity", lambda v: P(v["a"])),
    ("take {b} away from {a}, and have a great weekend", "subtraction", lambda v: str(v["a"] - v["b"])),
    ("ugh mondays. what's {a} plus {b}", "addition", lambda v: str(v["a"] + v["b"])),
    ("good morning! subtract {b} from {a} for me, you're the best", "subtraction", lambda v: str(v["a"] - v["b"])),
]

# ---------------------------------------------------------------- drawing


def draw(rng: random.Random, template: str, program: Program, real: bool) -> tuple[object, dict[str, str]]:
    """Numbers for the slots until the program's preconditions hold and no "hundred and five" reading exists;
    returns the answer and the rendered operands."""
    slots = [s for s in "abcdAB" if "{" + s + "}" in template]
    glued = re.search(r"\}[-+−]\{", template) is not None
    for _ in range(300):
        values = {s: bc.chain_number(rng, s.isupper(), real) for s in slots}
        if glued or real:
            values = {s: abs(v) for s, v in values.items()}
        try:
            answer = program(values)
        except AssertionError:
            continue
        shown = {}
        for s, v in values.items():
            style = "digits" if s.isupper() or glued else bc.pick_style(rng, v, REAL_STYLES if real else STYLES)
            shown[s] = bc.render(v, style)
            assert bc.read_number(shown[s]) == v
        if AMBIGUOUS_AND.search(bc.fill(template, shown)):
            continue
        return answer, shown
    raise AssertionError(f"no numbers fit {template!r}")


def make(rng: random.Random, template: str, program: Program, real: bool, typo_rate: float) -> tuple[str, object]:
    answer, shown = draw(rng, template, program, real)
    text = template if template.isupper() else bc.dress(rng, template, False, typo_rate)
    return bc.fill(text, shown), answer


def chains(rng: random.Random, specs: list, n: int, *, steps: int, category: str, real: bool = False) -> list[Item]:
    out: list[Item] = []
    for template, program in [specs[i % len(specs)] for i in range(n)]:
        prompt, answer = make(rng, template, program, real, 0.04)
        out.append(
            {
                "prompt": prompt,
                "task": "chain",
                "answer": str(answer),
                "category": category,
                "slice": "chain",
                "steps": steps,
            }
        )
    return out


def refusals(rng: random.Random, templates: list[str], category: str) -> list[Item]:
    out: list[Item] = []
    for template in templates:
        word = rng.choice(CHAIN_WORDS)
        prompt, _ = make(rng, template.replace("{w}", word), lambda v: 0, False, 0.0)
        out.append({"prompt": prompt, "task": "unsupported", "answer": None, "category": category, "slice": "cousin"})
    return out


def singles(rng: random.Random) -> list[Item]:
    out: list[Item] = []
    for template, task, program in SINGLES:
        prompt, answer = make(rng, template, program, True, 0.0)
        out.append(bc.single_item(prompt, task, str(answer)))
    return out


def build() -> list[Item]:
    rng = random.Random(SEED)
    items: list[Item] = []
    items += chains(rng, SEQ2, 40, steps=2, category="chain-sequential")
    items += chains(rng, NEST2, 28, steps=2, category="chain-nested")
    items += chains(rng, WORD2, 12, steps=2, category="chain-word-problem", real=True)
    items += chains(rng, EXPR2, 11, steps=2, category="chain-expression")
    items += chains(rng, EXPRP2, 9, steps=2, category="chain-expression-parity")
    items += chains(rng, SEQ3, 42, steps=3, category="chain-sequential")
    items += chains(rng, NEST3, 12, steps=3, category="chain-nested")
    items += chains(rng, WORD3, 8, steps=3, category="chain-word-problem", real=True)
    items += chains(rng, EXPR3, 7, steps=3, category="chain-expression")
    items += chains(rng, EXPRP3, 6, steps=3, category="chain-expression-parity")
    items += refusals(rng, UNSUPPORTED_STEP, "chain-unsupported-step")
    items += refusals(rng, WRONG_INPUT, "chain-wrong-input")
    items += refusals(rng, TWO_QUESTIONS, "two-questions")
    items += singles(rng)
    rows = bc.make_rows(PREFIX, items, rng)
    check(rows)
    return rows


def check(rows: list[Item]) -> None:
    bc.validate(rows, PREFIX, ISSUE_EXAMPLES)
    bc.distinct_from_other_sets(rows, OUT)
    slices = {"chain": {"chain"}, "cousin": {"unsupported"}}
    for row in rows:
        slice_ = str(row["slice"])
        if slice_ == "single-with-chitchat":
            assert row["task"] in ("addition", "subtraction", "parity", "reversal"), row
        else:
            assert row["task"] in slices[slice_], row
        assert not AMBIGUOUS_AND.search(str(row["prompt"])), row
    refused = sum(r["slice"] != "chain" for r in rows)
    assert 0.17 <= refused / len(rows) <= 0.25, refused


if __name__ == "__main__":
    bc.main(build, OUT)
