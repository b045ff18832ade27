"""Writes heldout_chains2.jsonl: a second blind held-out set of chains (issue 16).

Written by a second independent test writer who read only docs/TASKS.md, the chain contract, the eval README,
the first lines of dev.jsonl and blind_common.py. HELD-OUT: report its scores only; nobody reads these
templates or the set while developing. Every answer is computed below with Python integer arithmetic.

    backend/.venv/bin/python backend/eval/build_heldout_chains2.py          # rewrite and validate
    backend/.venv/bin/python backend/eval/build_heldout_chains2.py --check  # validate, compare bytes
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable

import blind_common
from blind_common import HERE, chain_item, main, make_rows, norm, parity, rev, rev_num, single_item, validate

OUT = HERE / "heldout_chains2.jsonl"
SEED = 20261220
PREFIX = "k"
N_TWO, N_THREE = 100, 75
STYLES = dict(blind_common.CHAIN_STYLES)
NO_WORDS = {k: w for k, w in STYLES.items() if not k.startswith("words")}


def rn(n: int) -> int:
    """A number reversed, then read as a number by the next step ("021" -> 21)."""
    return int(rev_num(n))


def nonneg(n: int) -> int:
    assert n >= 0
    return n


def program(expression: str) -> Callable[[dict[str, int]], object]:
    """The answer of a template: its expression evaluated over the slot values (assertions retry the numbers)."""
    helpers = {"par": parity, "rv": rev_num, "rn": rn, "nonneg": nonneg, "abs": abs}
    return lambda values: eval(expression, {"__builtins__": {}}, helpers | values)


# templates by category: (template, answer as an expression over the slots a b c d and A B)
# par: parity; rv: a number reversed, as a string ("021"); rn: a reversed number read back (21);
# nonneg: asserts that a word problem never goes below zero. The expressions are evaluated by answer().
TWO: dict[str, list[tuple[str, str]]] = {
    "chain-nested": [
        ("is the sum of {a} and {b} an odd number?", "par(a + b)"),
        ("Is the total of {a} and {b} even or odd", "par(a + b)"),
        ("what are the digits of {a} plus {b} in reverse order?", "rv(a + b)"),
        ("reverse the answer to {a} + {b}", "rv(a + b)"),
        ("write the difference between {a} and {b} backwards", "rv(abs(a - b))"),
        ("is the difference between {a} and {b} even?", "par(a - b)"),
        ("add {b} to the reverse of {A}", "rn(A) + b"),
        ("subtract {b} from {A} reversed", "rn(A) - b"),
        ("what is {A} backwards minus {b}?", "rn(A) - b"),
        ("{A} flipped around, plus {b}: what do I get?", "rn(A) + b"),
        ("is {A} written backwards odd?", "par(rn(A))"),
        ("take {c} away from the sum of {a} and {b}", "a + b - c"),
        ("what is {c} less than the total of {a} and {b}?", "a + b - c"),
        ("increase the difference between {a} and {b} by {c}", "abs(a - b) + c"),
        ("reverse the digits you get when you take {b} from {a}", "rv(a - b)"),
        ("the sum of {a} and {b}, reversed, is what?", "rv(a + b)"),
        ("is the result of subtracting {b} from {a} odd or even?", "par(a - b)"),
        ("decide whether the reverse of {A} is even", "par(rn(A))"),
        ("what do you get when you add {a} to the difference between {b} and {c}?", "a + abs(b - c)"),
        ("Could you tell me if the reversed form of {A} is an even number?", "par(rn(A))"),
        ("give me the sum of {a} and {b} with its digits reversed", "rv(a + b)"),
        ("take {b} off the reverse of {A}", "rn(A) - b"),
    ],
    "chain-sequential": [
        ("add {a} and {b}, then reverse the result", "rv(a + b)"),
        ("Subtract {b} from {a} and tell me if that number is odd", "par(a - b)"),
        ("reverse {A} and then subtract {b} from it", "rn(A) - b"),
        ("Flip the digits of {A}. Is the new number even?", "par(rn(A))"),
        ("take {a}, add {b} to it, and reverse what you get", "rv(a + b)"),
        ("Start from {a}. Take away {b}. Odd or even?", "par(a - b)"),
        ("first add {a} to {b}; after that, write the answer backwards", "rv(a + b)"),
        ("can you reverse {A} and add {b} to the answer?", "rn(A) + b"),
        ("compute {a} minus {b}, then tell me whether the difference is even", "par(a - b)"),
        ("What is {a} plus {b}? Then reverse the digits.", "rv(a + b)"),
        ("reverse the number {A}, then take {b} away from that", "rn(A) - b"),
        ("add {a} and {b}, and then subtract {c}", "a + b - c"),
        ("subtract {b} from {a}, then add {c} to it", "a - b + c"),
        ("decrease {a} by {b} and then say if the answer is odd", "par(a - b)"),
        ("{a} plus {b}, now reverse that number for me", "rv(a + b)"),
        ("Reverse {A}. Now add {b}.", "rn(A) + b"),
        ("please revrese {A}, then decide if it's even", "par(rn(A))"),
        ("sum {a} and {b}, then give me the parity of the total", "par(a + b)"),
        ("I want you to add {a} and {b} and then flip the digits", "rv(a + b)"),
        ("work out {a} take away {b}, after that reverse the digits of the answer", "rv(a - b)"),
        ("if you reverse {A} and then subtract it from {b}, what do you get?", "b - rn(A)"),
        ("take {A}, write it backwards, then add {b}", "rn(A) + b"),
        ("Find {b} less than {a}, then tell me if it's odd or even", "par(a - b)"),
        ("add together {a} and {b}; is the answer odd?", "par(a + b)"),
        ("substract {b} from {a} and then reverse it", "rv(a - b)"),
        ("Add {a} plus {b}. After that, is the sum even?", "par(a + b)"),
        ("spell {A} backwards and take away {b}", "rn(A) - b"),
        ("what's {a} minus {b}? and then add {c} to that", "a - b + c"),
        ("Please add {a} and {b} then tell me wether the result is odd", "par(a + b)"),
    ],
    "chain-expression": [
        ("{a} + {b} - {c}", "a + b - c"),
        ("what's {a} - {b} + {c}?", "a - b + c"),
        ("{a} minus {b} plus {c}", "a - b + c"),
        ("calculate {a} plus {b} minus {c}", "a + b - c"),
        ("{a}+{b}-{c}=", "a + b - c"),
        ("how much is {a} + {b} + {c} - {d}", "a + b + c - d"),
        ("{a} − {b} + {c} = ?", "a - b + c"),
        ("{a} - {b} - {c} + {d}", "a - b - c + d"),
        ("evaluate {a} plus {b} plus {c} minus {d}", "a + b + c - d"),
        ("Solve: {a} minus {b} minus {c} plus {d}", "a - b - c + d"),
    ],
    "chain-expression-parity": [
        ("is {a} + {b} odd?", "par(a + b)"),
        ("is {a} - {b} even or odd?", "par(a - b)"),
        ("{a} plus {b}: even or odd?", "par(a + b)"),
        ("would {a} minus {b} be an even number?", "par(a - b)"),
        ("is {a} + {b} + {c} even?", "par(a + b + c)"),
        ("tell me if {a}-{b} is odd", "par(a - b)"),
        ("tell me whether {a} minus {b} gives an even number", "par(a - b)"),
    ],
    "chain-word-problem": [
        ("Lena has {a} marbles and finds {b} more. Is her number of marbles odd?", "par(a + b)"),
        ("A bakery made {a} rolls and sold {b} of them. Is the number left over even?", "par(nonneg(a - b))"),
        ("A school has {a} pupils and {b} teachers. Write the total number of people backwards.", "rv(a + b)"),
        ("There were {a} birds on a wire and {b} flew off. Reverse the number of birds still there.", "rv(a - b)"),
        (
            "A train carries {a} passengers. At the next stop {b} more get on. Is the count of passengers now even?",
            "par(a + b)",
        ),
        ("My phone had {a} photos and I deleted {b}. Write the number of photos left in reverse.", "rv(a - b)"),
        ("A jar holds {a} red beads and {b} blue beads. Is the total number of beads odd?", "par(a + b)"),
        ("Sam saved {a} dollars and spent {b}. Is the amount he has left even or odd?", "par(nonneg(a - b))"),
    ],
}

THREE: dict[str, list[tuple[str, str]]] = {
    "chain-sequential": [
        ("add {a} and {b}, subtract {c}, then say whether it's even", "par(a + b - c)"),
        ("reverse {A}, add {b} to it, and tell me if the result is odd", "par(rn(A) + b)"),
        ("subtract {b} from {a}, reverse the answer, then add {c}", "rn(a - b) + c"),
        ("take {A}, reverse it, subtract {b}, then reverse the result again", "rv(rn(A) - b)"),
        ("first reverse {A}. then take away {b}. finally tell me if it's odd", "par(rn(A) - b)"),
        ("Add {a} to {b}, then reverse it, then check if the new number is even", "par(rn(a + b))"),
        ("compute {a} minus {b}, flip the digits, and subtract {c} from that", "rn(a - b) - c"),
        ("start with {a}, add {b}, take away {c}, and reverse the answer", "rv(a + b - c)"),
        ("add {a} and {b}, then subtract {c} from the result, and tell me if the difference is odd", "par(a + b - c)"),
        ("What's {a} plus {b}? Subtract {c} from it, then reverse the digits.", "rv(a + b - c)"),
        ("Reverse {A}, then subtract {b}, then add {c}.", "rn(A) - b + c"),
        ("decrease {a} by {b}, add {c}, and tell me whether the result is even", "par(a - b + c)"),
        ("take {b} away from {a}, then reverse that, then decide if it's odd", "par(rn(a - b))"),
        ("add {a} and {b}. Reverse the sum. Is that number even?", "par(rn(a + b))"),
        ("reverse {A}, add {b}, then reverse the total", "rv(rn(A) + b)"),
        ("subtract {b} from {a}; add {c} to the difference; is the answer odd?", "par(a - b + c)"),
        ("sum {a} and {b}, flip it around, and take away {c}", "rn(a + b) - c"),
        ("flip {A}, take {b} from it, and flip the answer back", "rv(rn(A) - b)"),
        ("could you add {a} to {b}, reverse the digits of that, and then add {c}?", "rn(a + b) + c"),
        ("Reverse the digits of {A}, subtract the result from {b}, then tell me odd or even", "par(b - rn(A))"),
        ("{a} minus {b}, then reverse it, then is it even?", "par(rn(a - b))"),
        ("I have {a}. Add {b}. Subtract {c}. Reverse it.", "rv(a + b - c)"),
        ("after adding {a} and {b}, take away {c}, then let me know if the result is even", "par(a + b - c)"),
        ("reverse {A}, then subtract {b} from it, and after that reverse the answer", "rv(rn(A) - b)"),
        ("Take away {b} from {a}, add {c}, and write the result backwards", "rv(a - b + c)"),
        ("What do you get if you reverse {A}, add {b}, and then subtract {c}?", "rn(A) + b - c"),
        ("Subtract {b} from {a}. Then add {c}. Then tell me if it is even.", "par(a - b + c)"),
        ("find the sum of {a} and {b}, reverse it, and tell me whether that is odd", "par(rn(a + b))"),
        ("Reverse {A}; subtract {b}; is the result even?", "par(rn(A) - b)"),
        ("add {a} and {b} then take {c} off and then reverse the digits", "rv(a + b - c)"),
        ("please subtract {b} from {a}, add {c} to what you get, and say if the total is odd", "par(a - b + c)"),
        ("write {A} backwards, add {b} to it, then subtract {c}", "rn(A) + b - c"),
        ("Can you take {a}, subtract {b}, then flip the digits, then add {c}?", "rn(a - b) + c"),
    ],
    "chain-nested": [
        ("is the reverse of the sum of {a} and {b} odd?", "par(rn(a + b))"),
        ("reverse the result of {a} plus {b} minus {c}", "rv(a + b - c)"),
        ("is the difference between {A} reversed and {b} even?", "par(rn(A) - b)"),
        ("add {c} to the reverse of the sum of {a} and {b}", "rn(a + b) + c"),
        ("subtract {c} from the reversed sum of {a} and {b}", "rn(a + b) - c"),
        ("is {A} backwards plus {b} an even number?", "par(rn(A) + b)"),
        ("what is {A} reversed plus {B} reversed?", "rn(A) + rn(B)"),
        ("Is the total of {a}, {b} and {c}, minus {d}, odd?", "par(a + b + c - d)"),
        ("reverse the sum of {c} and the difference between {a} and {b}", "rv(abs(a - b) + c)"),
    ],
    "chain-expression": [
        ("{a} + {b} - {c} + {d}", "a + b - c + d"),
        ("what is {a} minus {b} plus {c} minus {d}?", "a - b + c - d"),
        ("{a} - {b} + {c} - {d} = ?", "a - b + c - d"),
        ("compute {a}+{b}-{c}+{d}", "a + b - c + d"),
        ("How much is {a} plus {b} minus {c} plus {d}", "a + b - c + d"),
        ("{a} − {b} + {c} − {d}", "a - b + c - d"),
    ],
    "chain-expression-parity": [
        ("is {a} + {b} - {c} odd?", "par(a + b - c)"),
        ("{a} minus {b} plus {c}: even or odd?", "par(a - b + c)"),
        ("Would {a} - {b} + {c} come out even?", "par(a - b + c)"),
        ("tell me if {a} plus {b} minus {c} is an odd number", "par(a + b - c)"),
        ("is {a} + {b} + {c} - {d} even?", "par(a + b + c - d)"),
    ],
    "chain-word-problem": [
        (
            "A library had {a} books. It bought {b} more. Then {c} books were lost. Is the number of books now odd?",
            "par(nonneg(a + b - c))",
        ),
        (
            "Nina's class collected {a} cans on Monday and {b} cans on Tuesday. "
            "They recycled {c} of them. Write the number of cans that remain backwards.",
            "rv(a + b - c)",
        ),
        (
            "A parking lot has {a} cars. Later {b} drive away. "
            "After that {c} new cars arrive. Is the number of cars now even?",
            "par(nonneg(a - b) + c)",
        ),
        (
            "Raj had {a} coins and found {b} more. "
            "He then gave {c} to his sister. Reverse the number of coins he kept.",
            "rv(a + b - c)",
        ),
        (
            "A farm has {a} sheep and {b} goats. The farmer sells {c} of the animals. "
            "Is the number of animals left odd or even?",
            "par(nonneg(a + b - c))",
        ),
        (
            "Eva had {a} euros in her account. She paid a bill of {b} euros. "
            "Then her pay of {c} euros came in. Write her balance backwards.",
            "rv(nonneg(a - b) + c)",
        ),
    ],
}

# a step no skill does
UNSUPPORTED_STEP = [
    "multiply the total of 14 and 9 by 6",
    "add 35 and 12, then divide the answer by 4",
    "what's the average of 80 and 52 after you subtract 10 from each?",
    "add 250 to 130 and then take 15 percent of it",
    "is the difference between 91 and 48 a prime number?",
    "square the result of 17 minus 5",
    "reverse 4127 and round it to the nearest hundred",
    "Add 66 and 34, then give me the square root of that",
    "subtract 19 from 73 and write the answer out in words",
    "add 3 and 5 and then write me a short poem about the result",
    "triple the sum of 8 and 21",
    "is the sum of 45 and 27 divisible by 3?",
    "reverse 853, then find the remainder when it is divided by 7",
    "take 40 away from 100 and then convert the answer to binary",
    "add 18 to 24, then halve it",
    "what is 9 plus 6, cubed?",
    "subtract 12 from 30, then what's the factorial of that?",
    "flip 61 around and tell me whether it's a perfect square",
]

# a step given the wrong kind of input
WRONG_INPUT = [
    "reverse the word lamp and add 9 to it",
    "is 15 even? then subtract 4 from that",
    "spell apple backwards, then add 12 to the result",
    "write 'sun' backwards and then tell me whether it is odd",
    "tell me if 22 is odd and then add 5 to the answer",
    'reverse "moon" and subtract 3 from it',
    "Flip the letters of river, then say if that's an even number",
    "is 57 even or odd? subtract 7 from the answer",
]

# two independent questions in one prompt
TWO_QUESTIONS = [
    "what's 14 plus 9, and is 31 even?",
    "reverse the word tiger. also, what is 70 minus 12?",
    "is 8 odd? and what is 5 + 6?",
    "Subtract 3 from 19; separately, reverse 'cloud'",
    "add 40 and 2. is 77 even?",
    "what is 50 minus 1 and what is 9 plus 9",
    "spell plant backwards and tell me whether 13 is odd",
    "quick: 120 + 45, and also the word sunset reversed",
    "Is 1000 even? Also reverse 4567 please",
    "How much is 88 take away 8, and is 63 odd or even?",
    "add 11 and 12, and also subtract 5 from 100",
]

# one task with chit-chat around it: (prompt, task, answer)
SINGLES: list[tuple[str, str, str]] = [
    ("hi! what's 15 plus 27? have a nice day", "addition", str(15 + 27)),
    ("Good morning :) could you add 312 and 89 for me? you're a star", "addition", str(312 + 89)),
    ("I'm bored lol. 45 + 678 = ?", "addition", str(45 + 678)),
    ("thanks in advance! is 4411 odd?", "parity", parity(4411)),
    ("I love this little app. Is 902 even?", "parity", parity(902)),
    ('hey there, can you reverse "paper boat"? thanks a lot!', "reversal", rev("paper boat")),
    ("hello again! write the word kettle backwards, cheers", "reversal", rev("kettle")),
    ("good evening, subtract 17 from 90 please, much appreciated", "subtraction", str(90 - 17)),
    ("ok final question I promise: 300 minus 45", "subtraction", str(300 - 45)),
    ("subtract 9 from 40 and tell me a joke", "subtraction", str(40 - 9)),
]

# examples quoted in issue 16 and in the brief: never used as prompts
FORBIDDEN = [
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
    "what is 2 plus 3 and is 7 odd?",
    "add 2 and 3",
]


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    items: list[dict[str, object]] = []
    for table, steps, target in ((TWO, 2, N_TWO), (THREE, 3, N_THREE)):
        flat = [(category, t, e) for category, entries in table.items() for t, e in entries]
        picks = flat + [rng.choice(flat) for _ in range(target - len(flat))]
        assert len(picks) == target
        for category, template, expression in picks:
            real = category == "chain-word-problem"
            # number words next to a spaced ASCII minus ("sixty - seven") could read as one hyphenated word
            blind_common.CHAIN_STYLES = NO_WORDS if " - " in template else STYLES
            items.append(chain_item(rng, template, program(expression), steps=steps, category=category, real=real))
    blind_common.CHAIN_STYLES = STYLES
    for prompts, category in (
        (UNSUPPORTED_STEP, "chain-unsupported-step"),
        (WRONG_INPUT, "chain-wrong-input"),
        (TWO_QUESTIONS, "two-questions"),
    ):
        for p in prompts:
            items.append({"prompt": p, "task": "unsupported", "answer": None, "category": category, "slice": "cousin"})
    for prompt, task, answer in SINGLES:
        items.append(single_item(prompt, task, answer))
    rows = make_rows(PREFIX, items, rng)
    validate(rows, PREFIX, FORBIDDEN)
    check_against_other_sets(rows)
    return rows


def check_against_other_sets(rows: list[dict[str, object]]) -> None:
    """No prompt equals one of another eval set (read only for this comparison, never printed)."""
    others: set[str] = set()
    for path in sorted(HERE.glob("*.jsonl")):
        if path != OUT:
            for line in path.read_text(encoding="utf-8").splitlines():
                others.add(norm(json.loads(line)["prompt"]))
    clashes = [r["id"] for r in rows if norm(str(r["prompt"])) in others]
    assert not clashes, f"prompts equal to a prompt of another set: {clashes}"


if __name__ == "__main__":
    main(build, OUT)
