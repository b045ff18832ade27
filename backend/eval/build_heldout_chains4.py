"""Held-out chain set 4 (heldout_chains4.jsonl, ids h4-0001...).

Held-out: written blind on 2026-12-07 by a helper who read only docs/TASKS.md, eval/blind_common.py and the
README's heldout_chains3 section (never the app, its tests, its training data or any other eval set).
Nobody reads its prompts or this builder while developing the app; report its scores only.

Every prompt is written here by hand as a template; its operands are given as values and every answer is computed
from a small program of operations with Python integers and blind_common's rev / rev_num / parity (never typed).

Program language (one token per operation, worked in order; `steps` is computed from it):
  a       start from operand a (no step)          RA      start from operand A written backwards (1 step)
  +b,c    add b and c to the result (1 step)      +RA     add A written backwards (2 steps: reverse, add)
  -b,c    subtract b and c from it (1 step)       b-      subtract the result from b (1 step)
  ~b      the difference between it and b, the larger minus the smaller (1 step)
  R       reverse the digits of the result (1 step; never of a negative number)
  P       parity of the result (1 step, last)
A reversed number keeps its digits as written ("021"); a next number step reads it as 21.

Run `python build_heldout_chains4.py` to write the set, `--check` to validate it against this builder.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from blind_common import (
    distinct_from_other_sets,
    main,
    make_rows,
    parity,
    read_number,
    render,
    rev,
    rev_num,
    text_key,
    validate,
)

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout_chains4.jsonl"
PREFIX = "h4-"
SEED = 20261207

# operand styles: a bare int is digits; a tuple (n, style) picks another style of blind_common.render
W, F, K, A_, WS = "words", "fullwidth", "comma", "arabic", "words-space"


def _render(value: int | tuple[int, str]) -> tuple[int, str, str]:
    n, style = (value, "digits") if isinstance(value, int) else value
    shown = render(n, style)
    assert read_number(shown) == n, (shown, n)
    return n, style, shown


def _fill(template: str, vals: dict[str, int | tuple[int, str]]) -> tuple[str, dict[str, int], dict[str, str]]:
    slots = re.findall(r"\{(\w)\}", template)
    assert sorted(set(slots)) == sorted(vals), (template, vals)
    nums, styles, shown = {}, {}, {}
    for k, v in vals.items():
        nums[k], styles[k], shown[k] = _render(v)
    prompt = template
    for k, s in shown.items():
        prompt = prompt.replace("{" + k + "}", s)
    rest = template
    for k in vals:
        rest = rest.replace("{" + k + "}", "")
    rest = re.sub(r"(divisible by|multiple of) 2\b", "", rest)  # parity's own wording
    assert not re.search(r"\d", rest), f"a digit outside the operands: {template!r}"
    assert len(prompt) <= 512
    return prompt, nums, styles


def run(prog: str, v: dict[str, int], styles: dict[str, str], nonneg: bool = False) -> tuple[str, int]:
    """Work a program; returns (final answer as the contract writes it, number of steps)."""

    def as_num(x: int | str) -> int:
        assert x not in ("even", "odd"), "a parity answer fed to a number step"
        return int(x) if isinstance(x, str) else x  # "021" read as a number is 21

    def reversed_operand(name: str) -> str:
        assert styles[name] == "digits", "a number reversed directly is written in plain digits"
        return rev_num(v[name])

    toks = prog.split()
    cur: int | str
    steps = 0
    trail: list[int] = []
    for i, t in enumerate(toks):
        if i == 0:
            if t.startswith("R"):
                cur, steps = reversed_operand(t[1:]), 1
            else:
                cur = v[t]
        elif t == "P":
            assert i == len(toks) - 1
            cur = parity(as_num(cur))
            steps += 1
        elif t == "R":
            assert isinstance(cur, int), "reversing an already reversed text"
            cur = rev_num(cur)  # asserts cur >= 0
            steps += 1
        elif t[0] in "+-":
            terms = []
            for name in t[1:].split(","):
                if name.startswith("R"):
                    terms.append(int(reversed_operand(name[1:])))
                    steps += 1
                else:
                    terms.append(v[name])
            cur = as_num(cur) + sum(terms) if t[0] == "+" else as_num(cur) - sum(terms)
            steps += 1
        elif t.endswith("-"):
            cur = v[t[:-1]] - as_num(cur)
            steps += 1
        elif t[0] == "~":
            cur = abs(as_num(cur) - v[t[1:]])
            steps += 1
        else:
            raise ValueError(t)
        if isinstance(cur, int):
            trail.append(cur)
    if nonneg:  # a story never takes away more than there is
        assert all(x >= 0 for x in trail), prog
    answer = str(cur)
    assert answer != "-0"
    return answer, steps


def chain(category: str, steps: int, template: str, prog: str, **vals: int | tuple[int, str]) -> dict[str, object]:
    prompt, nums, styles = _fill(template, vals)
    answer, n = run(prog, nums, styles, nonneg=category == "word-problem")
    assert n == steps, (template, prog, n)
    return {
        "prompt": prompt,
        "task": "chain",
        "answer": answer,
        "category": "chain-" + category,
        "slice": "chain",
        "steps": steps,
    }


def single(task: str, template: str, **vals: int | tuple[int, str] | str) -> dict[str, object]:
    if task == "reversal":
        (text,) = vals.values()
        assert isinstance(text, str)
        prompt, answer = template.replace("{w}", text), rev(text)
    else:
        prompt, nums, _ = _fill(template, vals)  # type: ignore[arg-type]
        if task == "addition":
            answer = str(nums["a"] + nums["b"])
        elif task == "subtraction":
            answer = str(nums["a"] - nums["b"])
        else:
            answer = parity(nums["n"])
    return {
        "prompt": prompt,
        "task": task,
        "answer": answer,
        "category": "single-with-chitchat",
        "slice": "single-with-chitchat",
    }


def refusal(category: str, prompt: str) -> dict[str, object]:
    return {"prompt": prompt, "task": "unsupported", "answer": None, "category": category, "slice": "cousin"}


# ---------------------------------------------------------------- two-step chains


def two_sequential() -> list[dict[str, object]]:
    c = lambda t, p, **v: chain("sequential", 2, t, p, **v)  # noqa: E731
    return [
        # addition -> parity
        c("add {a} and {b}, then tell me if the total is even", "a +b P", a=348, b=77),
        c("whats {a} plus {b}? is that odd or even", "a +b P", a=1204, b=388),
        c("Add {a} to {b} and then check whether it's odd", "a +b P", a=56, b=(39, W)),
        c("take {a}, tack on {b}, and tell me odd or even", "a +b P", a=713, b=88),
        c("odd or even after I add {a} and {b}?", "a +b P", a=9051, b=6),
        c("plz add {a} + {b} thn say if its even or odd", "a +b P", a=(64, F), b=(29, F)),
        c("ADD {a} AND {b}, THEN IS IT EVEN?", "a +b P", a=2500, b=18),
        c("combine {a} and {b} and let me know if the result is divisible by 2", "a +b P", a=135, b=246),
        # addition -> reversal
        c("add {a} and {b}, then reverse the digits", "a +b R", a=47, b=33),
        c("what's {a} plus {b}, written backwards?", "a +b R", a=1289, b=704),
        c("increase {a} by {b} and then flip the digits", "a +b R", a=615, b=92),
        c("ad {a} and {b} then mirror the digits of the result", "a +b R", a=18, b=25),
        c("Add {a} to {b}. Now write that number backwards.", "a +b R", a=(12400, K), b=(3150, K)),
        c("first add {a} and {b}, next spell the answer backwards", "a +b R", a=(63, W), b=208),
        c("find the total of {a} and {b} and reverse it", "a +b R", a=123456789012345678, b=987654321),
        # subtraction -> parity
        c("subtract {b} from {a}, then tell me if what's left is odd", "a -b P", a=500, b=137),
        c("{a} take away {b}... even or odd?", "a -b P", a=91, b=46),
        c("substract {b} from {a} and say whether the answer is even", "a -b P", a=3310, b=785),
        c("knock {b} off {a}, then is the result odd?", "a -b P", a=260, b=(45, W)),
        c("whats {a} minus {b}, and is that even?", "a -b P", a=15, b=40),
        c("decrease {a} by {b} then check if its a multiple of 2", "a -b P", a=(874, A_), b=(59, A_)),
        # subtraction -> reversal
        c("take {b} away from {a}, then write the result backwards", "a -b R", a=975, b=41),
        c("{a} minus {b}, then flip the digits around", "a -b R", a=1000, b=10),
        c("start with {a}, subtract {b}, and give me the digits in reverse", "a -b R", a=8642, b=1357),
        c("Subtract {b} from {a}. Reverse what you get.", "a -b R", a=(90, W), b=(22, W)),
        c("what is {a} minus {b}? then reverse that number pls", "a -b R", a=100200300400500600700, b=100),
        c("decrease {a} by {b}, after that write it backwards", "a -b R", a=7306, b=6),
        # reversal -> addition
        c("reverse {A} and then add {b} to the number you get", "RA +b", A=306, b=45),
        c("flip the digits of {A}, then add {b}", "RA +b", A=190, b=9),
        c("Write {A} backwards and add {b} to it", "RA +b", A=4521, b=(17, W)),
        c("revrse {A} thn add {b}", "RA +b", A=58, b=(36, F)),
        c("mirror {A}, then increase it by {b}", "RA +b", A=7000, b=12),
        # reversal -> subtraction
        c("reverse {A}, then subtract {b} from it", "RA -b", A=912, b=100),
        c("read {A} backwards, then take away {b}", "RA -b", A=83, b=50),
        c("Reverse the number {A} and then subtract it from {b}", "RA b-", A=1234, b=5000),
        c("flip {A}; then subtract {b}", "RA -b", A=660, b=6),
        # reversal -> parity
        c("reverse {A} and tell me if the new number is odd", "RA P", A=5012),
        c("write {A} backwards, then is that even or odd", "RA P", A=876),
        c("spell {A} backwards & tell me whether it's even", "RA P", A=94),
        # addition -> subtraction, subtraction -> addition
        c("add {a} and {b} — then subtract {c}", "a +b -c", a=64, b=19, c=30),
        c("take {a}, add {b}, then knock off {c}", "a +b -c", a=250, b=75, c=400),
        c("subtract {b} from {a} and then add {c} to the result", "a -b +c", a=44, b=60, c=9),
    ]


def two_nested() -> list[dict[str, object]]:
    c = lambda t, p, **v: chain("nested", 2, t, p, **v)  # noqa: E731
    return [
        c("is the total of {a} and {b} an odd number?", "a +b P", a=219, b=85),
        c("reverse the sum of {a} and {b}", "a +b R", a=38, b=62),
        c("give me the reverse of the total of {a} and {b}", "a +b R", a=505, b=(16, W)),
        c("is the difference between {a} and {b} odd?", "a ~b P", a=45, b=83),
        c("reverse the difference between {a} and {b}", "a ~b R", a=12, b=95),
        c("subtract {c} from the sum of {a} and {b}", "a +b -c", a=140, b=25, c=300),
        c("add {c} to the difference between {a} and {b}", "a ~b +c", a=70, b=200, c=11),
        c("is {A} written backwards even or odd?", "RA P", A=5470),
        c("what do you get if you add the reverse of {A} to {b}?", "RA +b", A=48, b=100),
        c("subtract {b} from the reverse of {A}", "RA -b", A=71, b=9),
        c("what's {b} less than the reverse of {A}?", "RA -b", A=530, b=40),
        c("is the reverse of {A} odd?", "RA P", A=2916),
        c("parity of the sum of {a} and {b}?", "a +b P", a=(77, W), b=(19, W)),
        c("reverse the result of {a} minus {b}", "a -b R", a=9100, b=99),
        c("is the result of {a} minus {b} divisible by two?", "a -b P", a=-8, b=14),
        c("tell me if the sum of {a}, {b} and {c} is even", "a +b,c P", a=11, b=23, c=36),
        c("flip the digits of the difference between {a} and {b}", "a ~b R", a=1500, b=250),
        c("is the number you get by reversing {A} even?", "RA P", A=81),
        c("what's the sum of {b} and the reverse of {A}?", "RA +b", A=49, b=16),
        c("subtract the reverse of {A} from {b}", "RA b-", A=19, b=(100, W)),
        c("reverse the answer to {a} plus {b}", "a +b R", a=(58, F), b=(23, F)),
        c("odd or even: the difference between {a} and {b}", "a ~b P", a=(4096, K), b=(1024, K)),
        c("reverse the digits in the total of {a} and {b}", "a +b R", a=27, b=(54, W)),
        c("is the difference of {a} and {b} even?", "a ~b P", a=300, b=120),
        c("subtract the sum of {a} and {b} from {c}", "a +b c-", a=15, b=20, c=100),
        c("add {c} to the reverse of {A}", "RA +c", A=320, c=5),
        c("Is the reverse of {A} divisible by 2?", "RA P", A=8456789),
        c("what is {b} more than the difference between {a} and {c}?", "a ~c +b", a=90, b=8, c=125),
    ]


def two_word() -> list[dict[str, object]]:
    c = lambda t, p, **v: chain("word-problem", 2, t, p, **v)  # noqa: E731
    return [
        c(
            "Nico collects shells. He had {a} and found {b} more on the beach. Is the number of shells he has now "
            "odd or even?",
            "a +b P",
            a=128,
            b=45,
        ),
        c(
            "A shop had {a} mugs on the shelf. It sold {b} of them. Is the number of mugs left even?",
            "a -b P",
            a=310,
            b=87,
        ),
        c(
            "I read {a} pages yesterday and {b} pages today. Write my total number of pages backwards.",
            "a +b R",
            a=64,
            b=58,
        ),
        c(
            "There were {a} people at the concert and {b} left early. Reverse the number of people who stayed.",
            "a -b R",
            a=905,
            b=12,
        ),
        c("My score was {a} and I lost {b} points in the last round. is my score now odd?", "a -b P", a=1500, b=375),
        c(
            "I had {a} euros in my wallet. I spent {b} on lunch. Is the money I have left an even amount?",
            "a -b P",
            a=50,
            b=17,
        ),
        c(
            "Our class planted {a} trees and the other class planted {b}. Write the total number of trees backwards.",
            "a +b R",
            a=38,
            b=42,
        ),
        c(
            "A hiker climbed {a} steps in the morning and {b} steps after lunch. Is the total number of steps even?",
            "a +b P",
            a=1240,
            b=986,
        ),
        c(
            "Lena has {a} followers. She gained {b} new followers this week. Spell her follower count backwards.",
            "a +b R",
            a=4015,
            b=(25, W),
        ),
        c(
            "There are {a} litres of water in a tank. Then {b} litres leak out. Is the amount left odd?",
            "a -b P",
            a=600,
            b=(19, W),
        ),
        c(
            "Sam saved {a} dollars. Then he got {b} dollars for his birthday. Reverse the amount he has now.",
            "a +b R",
            a=235,
            b=40,
        ),
        c(
            "The bus had {a} passengers. At the next stop {b} got off. Is the number still on the bus even?",
            "a -b P",
            a=52,
            b=19,
        ),
        c(
            "A library owns {a} books and gives away {b} of them. Write the number of books left backwards.",
            "a -b R",
            a=3020,
            b=1000,
        ),
        c(
            "We had {a} chairs in the hall and brought in {b} more. is the number of chairs divisible by 2?",
            "a +b P",
            a=145,
            b=70,
        ),
    ]


def two_expression() -> list[dict[str, object]]:
    c = lambda t, p, **v: chain("expression", 2, t, p, **v)  # noqa: E731
    return [
        c("{a} + {b} - {c}", "a +b -c", a=15, b=27, c=9),
        c("what is {a} - {b} + {c}?", "a -b +c", a=80, b=95, c=4),
        c("{a}+{b}-{c}=?", "a +b -c", a=120, b=35, c=60),
        c("whats {a} minus {b} plus {c}", "a -b +c", a=(200, W), b=(45, W), c=(7, W)),
        c("calculate {a} + {b} + {c} - {d}", "a +b,c -d", a=5, b=10, c=15, d=40),
        c("{a} − {b} − {c} + {d}", "a -b,c +d", a=1000, b=250, c=125, d=75),
        c("hey what's {a} plus {b} minus {c} plz", "a +b -c", a=(1250, K), b=(3400, K), c=600),
        c("{a} + {b} - {c} = ?", "a +b -c", a=(12, F), b=(34, F), c=(5, F)),
        c("solve {a} - {b} + {c}", "a -b +c", a=-20, b=5, c=60),
        c("what does {a} + {b} - {c} come to", "a +b -c", a=99999999999999999999, b=1, c=10),
        c("{a} plus {b} minus {c}, what do u get", "a +b -c", a=(45, A_), b=(10, A_), c=(3, A_)),
        c("quick maths: {a} + {b} - {c}", "a +b -c", a=333, b=667, c=1001),
        c("WHAT IS {a} MINUS {b} PLUS {c}", "a -b +c", a=48, b=50, c=3),
        c("{a}-{b}+{c}", "a -b +c", a=7, b=9, c=2),
    ]


def two_expression_parity() -> list[dict[str, object]]:
    c = lambda t, p, **v: chain("expression-parity", 2, t, p, **v)  # noqa: E731
    return [
        c("is {a} + {b} odd?", "a +b P", a=345, b=211),
        c("odd or even: {a} - {b}", "a -b P", a=1001, b=3),
        c("{a} + {b} + {c}, even or odd?", "a +b,c P", a=7, b=8, c=11),
        c("is {a} minus {b} an even number", "a -b P", a=-15, b=9),
        c("quick one: is {a} plus {b} divisible by 2?", "a +b P", a=40, b=(2, W)),
        c("even or odd? {a}+{b}", "a +b P", a=(77, F), b=(17, F)),
        c("tell me if {a} - {b} comes out even", "a -b P", a=5000, b=1234),
        c("is {a} + {b} a multiple of 2", "a +b P", a=123456789123456789123, b=7),
        c("parity of {a} − {b}?", "a -b P", a=88, b=32),
        c("odd or even, {a} plus {b} plus {c}", "a +b,c P", a=(11, W), b=(13, W), c=(15, W)),
        c("IS {a} - {b} EVEN", "a -b P", a=60, b=60),
        c("would {a} + {b} be even or odd", "a +b P", a=(2500, K), b=(1498, K)),
    ]


# ---------------------------------------------------------------- three-step chains


def three_sequential() -> list[dict[str, object]]:
    c = lambda t, p, **v: chain("sequential", 3, t, p, **v)  # noqa: E731
    return [
        c("add {a} and {b}, reverse the result, then tell me if it's even", "a +b R P", a=45, b=27),
        c("first add {a} and {b}, next subtract {c}, finally say if the answer is odd", "a +b -c P", a=300, b=65, c=18),
        c("take {a}, add {b}, subtract {c}, then reverse the digits", "a +b -c R", a=1200, b=55, c=35),
        c("subtract {b} from {a}, add {c}, and tell me if that's even", "a -b +c P", a=90, b=(26, W), c=13),
        c("{a} minus {b}, then add {c}, then reverse it", "a -b +c R", a=640, b=20, c=7),
        c("subtract {b} from {a}, reverse what's left, and then add {c}", "a -b R +c", a=502, b=2, c=11),
        c("Take {b} away from {a}. Flip the digits. Is it odd?", "a -b R P", a=981, b=40),
        c("add {a} and {b}, write it backwards, then subtract {c}", "a +b R -c", a=19, b=(11, W), c=50),
        c("reverse {A}, add {b}, then check if its even", "RA +b P", A=123, b=9),
        c("reverse {A}, subtract {b}, then tell me odd or even", "RA -b P", A=700, b=10),
        c("Reverse {A}. Add {b} to it. Then reverse the result.", "RA +b R", A=25, b=30),
        c("flip {A}, take away {b}, then flip the answer", "RA -b R", A=901, b=9),
        c("reverse {A} then add {b} then subtract {c}", "RA +b -c", A=43, b=100, c=(8, W)),
        c("start with {a}; add {b}; reverse it; tell me if it's odd", "a +b R P", a=(1999, K), b=1),
        c("whats {a} plus {b}, then backwards, then is it even?", "a +b R P", a=(16, F), b=(5, F)),
        c(
            "add {a} to {b}, then take {c} away from that, then write the answer backwards",
            "a +b -c R",
            a=86,
            b=14,
            c=50,
        ),
        c(
            "increase {a} by {b}, decrease it by {c}, and is the result divisible by 2?",
            "a +b -c P",
            a=(40, W),
            b=(12, W),
            c=(9, W),
        ),
        c("I've got {a}. add {b}, then reverse, then subtract {c} plz", "a +b R -c", a=71, b=8, c=90),
        c("subtract {b} from {a} then add {c} and tell me if the answer is even", "a -b +c P", a=-5, b=20, c=3),
        c("ADD {a} AND {b} THEN REVERSE IT THEN ADD {c}", "a +b R +c", a=210, b=90, c=1),
        c("take {a}, substract {b}, then add {c}, then flip the digits", "a -b +c R", a=777, b=77, c=23),
        c("reverse {A}, then subtract it from {b}, then is the answer odd?", "RA b- P", A=62, b=100),
        c("Here's a number: {A}. Reverse it, add {b}, and reverse again.", "RA +b R", A=1090, b=99),
        c("what's {a} take away {b}? then add {c} to it, and tell me odd/even", "a -b +c P", a=58, b=90, c=7),
        c("sum {a} and {b}, then subtract {c} from that, then backwards pls", "a +b -c R", a=4000, b=(300, W), c=5),
        c("first, {a} + {b}. second, reverse it. third, is it even?", "a +b R P", a=23, b=45),
        c(
            "Add {a} and {b}. Subtract {c} from the result. Write the final number backwards.",
            "a +b -c R",
            a=150,
            b=(50, W),
            c=30,
        ),
        c("reverse {A} and add {b}, after that tell me if it's odd", "RA +b P", A=8080, b=5),
        c(
            "start with {a}, decrease by {b}, increase by {c}, and say even or odd",
            "a -b +c P",
            a=1000,
            b=999,
            c=(41, W),
        ),
        c("add {a} and {b} thn reverse thn take away {c}", "a +b R -c", a=305, b=5, c=13),
        c("subtract {b} from {a} and reverse that; is it even?", "a -b R P", a=6543, b=1111),
        c("Take the number {A}, write it backwards, then add {b}, then say if it's odd.", "RA +b P", A=56, b=65),
        c("combine {a} and {b}, knock {c} off, and is it odd or even", "a +b -c P", a=22, b=33, c=44),
        c("reverse {A}, subtract {b}, and then reverse it again", "RA -b R", A=980, b=17),
        c(
            "add {a} and {b}, reverse it, and subtract {c} from the reversed number",
            "a +b R -c",
            a=(27, A_),
            b=(14, A_),
            c=(4, A_),
        ),
        c("what is {a} minus {b}? reverse it and add {c}", "a -b R +c", a=123456789012345678901234, b=4, c=1000),
        c(
            "please add {a} and {b}, then subtract {c}, then tell me whether its even",
            "a +b -c P",
            a=(10000, K),
            b=(2500, K),
            c=(1001, K),
        ),
        c("take {b} from {a}, add {c}, and flip it", "a -b +c R", a=400, b=150, c=25),
        c("reverse {A} first, then add {b}, and then tell me if it's even", "RA +b P", A=3141, b=7),
        c("mirror the digits of {A}, subtract {b}, then flip again", "RA -b R", A=1234, b=321),
    ]


def three_nested() -> list[dict[str, object]]:
    c = lambda t, p, **v: chain("nested", 3, t, p, **v)  # noqa: E731
    return [
        c("is the reverse of the sum of {a} and {b} even?", "a +b R P", a=12, b=9),
        c("subtract {c} from the reverse of the difference between {a} and {b}", "a ~b R -c", a=90, b=14, c=5),
        c("what is the total of {b} and the reverse of {A}, written backwards?", "RA +b R", A=85, b=40),
        c("is {A} reversed plus {b} an odd number?", "RA +b P", A=61, b=(8, W)),
        c("reverse the difference between {a} and the sum of {b} and {c}", "b +c ~a R", a=500, b=120, c=80),
        c("is the sum of {b} and the reverse of {A} even?", "RA +b P", A=308, b=11),
        c("tell me if the difference between {a} and the reverse of {A} is odd", "RA ~a P", A=45, a=100),
        c("reverse the result of subtracting {b} from the sum of {a} and {c}", "a +c -b R", a=60, b=5, c=25),
        c("add {c} to the reverse of the sum of {a} and {b}", "a +b R +c", a=(30, W), b=(4, W), c=100),
        c("is the difference between {a} and {b}, reversed, even?", "a ~b R P", a=17, b=(60, W)),
        c("reverse the result of {a} - {b} + {c}", "a -b +c R", a=100, b=58, c=9),
        c("odd or even: the reverse of the total of {a} and {b}", "a +b R P", a=(33, F), b=(50, F)),
        c("tell me whether {c} plus the difference between {a} and {b} is even", "a ~b +c P", a=14, b=70, c=(9, W)),
        c("take the reverse of {A} away from {b}, and reverse that", "RA b- R", A=19, b=200),
    ]


def three_word() -> list[dict[str, object]]:
    c = lambda t, p, **v: chain("word-problem", 3, t, p, **v)  # noqa: E731
    return [
        c(
            "Leo had {a} coins. He found {b} more. Then he spent {c}. Is the number of coins he has now odd?",
            "a +b -c P",
            a=120,
            b=35,
            c=18,
        ),
        c(
            "A bakery baked {a} rolls. It sold {b} in the morning. Then it baked {c} more. Write the number of rolls "
            "it has now backwards.",
            "a -b +c R",
            a=200,
            b=145,
            c=60,
        ),
        c(
            "I had {a} euros. I spent {b} on a book. My gran gave me {c}. Is the amount I have now even?",
            "a -b +c P",
            a=80,
            b=23,
            c=15,
        ),
        c(
            "There are {a} songs on my playlist. I delete {b} of them. Then I add {c} new ones. Write the number of "
            "songs on it now backwards.",
            "a -b +c R",
            a=340,
            b=(40, W),
            c=10,
        ),
        c(
            "Mo scored {a} points in the first game. In the second game he scored {b} points. He then lost {c} "
            "points for a foul. Is his score now even?",
            "a +b -c P",
            a=27,
            b=31,
            c=5,
        ),
        c(
            "A farmer had {a} sheep. {b} sheep were sold at the market. Then {c} lambs were born. Reverse the number "
            "of sheep and lambs he has now.",
            "a -b +c R",
            a=150,
            b=62,
            c=(19, W),
        ),
        c(
            "A parking lot had {a} cars. {b} cars drove out. {c} cars drove in. Is the number of cars in the lot now "
            "even?",
            "a -b +c P",
            a=95,
            b=40,
            c=22,
        ),
        c(
            "Jo had {a} dollars in savings. She earned {b} dollars babysitting. Then she spent {c} dollars on shoes. "
            "Write how many dollars she has left backwards.",
            "a +b -c R",
            a=310,
            b=45,
            c=55,
        ),
        c(
            "A school had {a} students. {b} new students joined. Then {c} students moved away. Is the number of "
            "students now divisible by 2?",
            "a +b -c P",
            a=(1204, K),
            b=36,
            c=(15, W),
        ),
        c(
            "Our team had {a} points. We won {b} more points in the quiz. Then we lost {c} points. What's the score "
            "now, written backwards?",
            "a +b -c R",
            a=12,
            b=40,
            c=2,
        ),
    ]


def three_expression() -> list[dict[str, object]]:
    c = lambda t, p, **v: chain("expression", 3, t, p, **v)  # noqa: E731
    return [
        c("{a} + {b} - {c} + {d}", "a +b -c +d", a=10, b=20, c=5, d=8),
        c("what's {a} - {b} + {c} - {d}?", "a -b +c -d", a=100, b=1, c=2, d=3),
        c("{a} minus {b} plus {c} minus {d}", "a -b +c -d", a=(60, W), b=(12, W), c=(5, W), d=(30, W)),
        c("calc {a}+{b}-{c}+{d}=", "a +b -c +d", a=5, b=5, c=20, d=1),
        c("{a} - {b} + {c} + {d} - {e}", "a -b +c,d -e", a=500, b=200, c=50, d=25, e=300),
        c("WHAT IS {a} + {b} - {c} + {d}", "a +b -c +d", a=-40, b=15, c=6, d=100),
        c("hey whats {a} plus {b} minus {c} plus {d}", "a +b -c +d", a=(1000000, K), b=1, c=(250000, K), d=99),
        c("{a} − {b} + {c} − {d} = ?", "a -b +c -d", a=(90, F), b=(45, F), c=(3, F), d=(48, F)),
    ]


def three_expression_parity() -> list[dict[str, object]]:
    c = lambda t, p, **v: chain("expression-parity", 3, t, p, **v)  # noqa: E731
    return [
        c("is {a} + {b} - {c} even?", "a +b -c P", a=9, b=9, c=6),
        c("odd or even: {a} - {b} + {c}", "a -b +c P", a=100, b=37, c=12),
        c("{a} plus {b} minus {c}: even or odd?", "a +b -c P", a=(21, W), b=(9, W), c=(4, W)),
        c("tell me if {a} - {b} - {c} + {d} is odd", "a -b,c +d P", a=50, b=10, c=5, d=7),
        c("is {a}+{b}-{c} divisible by two", "a +b -c P", a=1234, b=4321, c=5555),
        c("would {a} − {b} + {c} come out odd or even?", "a -b +c P", a=(90, A_), b=(31, A_), c=(2, A_)),
        c("IS {a} + {b} - {c} ODD", "a +b -c P", a=77777777777777777777, b=3, c=1),
        c("even or odd? {a} - {b} + {c} + {d}", "a -b +c,d P", a=-3, b=4, c=10, d=3),
    ]


# ---------------------------------------------------------------- refusals and singles

UNSUPPORTED_STEP = [
    "add 12 and 8 then multiply it by 3",
    "whats 45 minus 9, then divide that by 4",
    "take 17, add 5, then square it",
    "is the total of 13 and 18 prime or not?",
    "subtract 7 from 53 and round the answer to the nearest ten",
    "reverse 84 and then halve it",
    "add 33 to 41 then double the result",
    "what is 25% of the sum of 60 and 20?",
    "add 512 and 39, then sort the digits from smallest to largest",
    "reverse the word planet and count the letters in it",
    "reverse 'good night' then translate it into spanish",
    "subtract 19 from 100 and write the result in binary",
    "add 14 and 11 and give me the square root of that",
    "is 92 minus 17 divisible by 3?",
    "flip 52, then tell me if it's a multiple of 5",
    "add 6 and 11, then cube the answer",
    "what's 1000 minus 1, written in roman numerals?",
    "add 40 and 2 and then tell me a fun fact about that number",
    "subtract 4 from 30, then find the remainder when it's divided by 7",
    "Mia buys 4 packs of 6 pencils and then loses 3. Is the number of pencils she has left odd?",
    "what's the average of 12 and 20? then reverse it",
]

WRONG_INPUT = [
    "reverse the word tiger and add 12 to it",
    "write 'stone' backwards, then tell me if it is even",
    "is 45 odd? after that, subtract 3 from the answer",
    "Flip the word banana, then take away 4",
    "spell river backwards and add it to 30",
    "odd or even: 22. then add 10 to that answer",
    'reverse "good day" and tell me whether it\'s odd',
    "is 64 even? then increase the answer by 5",
    "take the word 'lemon', reverse it, then subtract 7",
]

TWO_QUESTIONS = [
    "what's 14 plus 9 and is 33 odd?",
    "add 18 and 4. also, reverse 672",
    "whats 50 minus 12; separately, is 71 even?",
    "two things: reverse the word lamp, and what's 6 + 8?",
    "First question: what is 300 minus 45? Second question: is 9 odd?",
    "what is 3 + 9 and 40 + 2",
    "the difference between 20 and 8, and the sum of 7 and 5",
    "is 128 even? also what's 17 plus 6",
    "unrelated questions: reverse 5150, and what is 88 minus 9?",
    "give me 27 + 15 and also 63 - 20",
]


def singles() -> list[dict[str, object]]:
    return [
        single("addition", "morning! hope ur well. whats {a} plus {b}? cheers", a=348, b=29),
        single("addition", "hi, could you add {a} and {b} for me? you're a lifesaver", a=1205, b=880),
        single("addition", "Thanks for earlier! Now, what do {a} and {b} add up to? Have a nice day", a=62, b=79),
        single("subtraction", "hello again :) what's {a} minus {b}? thank u so much", a=903, b=418),
        single(
            "subtraction", "sorry for all the questions lol. subtract {b} from {a} please, you're the best", a=75, b=120
        ),
        single("subtraction", "good evening! take {b} away from {a}, thanks a lot", a=1000, b=1),
        single("parity", "hey there, is {n} odd? just curious, thanks!", n=4097),
        single("parity", "Hi! Quick one for my little brother: is {n} even? Thank you!!", n=(72, W)),
        single("reversal", "hey! can you reverse the word {w}? love this app", w="sunflower"),
        single("reversal", 'good morning :) please write "{w}" backwards, thanks a bunch', w="hot tea"),
    ]


# ---------------------------------------------------------------- build


def items() -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    out += two_sequential() + two_nested() + two_word() + two_expression() + two_expression_parity()
    out += three_sequential() + three_nested() + three_word() + three_expression() + three_expression_parity()
    out += [refusal("chain-unsupported-step", p) for p in UNSUPPORTED_STEP]
    out += [refusal("chain-wrong-input", p) for p in WRONG_INPUT]
    out += [refusal("two-questions", p) for p in TWO_QUESTIONS]
    out += singles()
    return out


def own_clashes(rows: list[dict[str, object]]) -> list[str]:
    """This set's own prompts that equal a prompt of another eval set (the other set is never printed)."""
    others: set[str] = set()
    for path in HERE.glob("*.jsonl"):
        if path != OUT:
            for line in path.read_text(encoding="utf-8").splitlines():
                others.add(text_key(json.loads(line)["prompt"]))
    return [str(r["prompt"]) for r in rows if text_key(r["prompt"]) in others]


def build() -> list[dict[str, object]]:
    rows = make_rows(PREFIX, items(), random.Random(SEED))
    validate(rows, PREFIX)
    clashes = own_clashes(rows)
    assert not clashes, f"own prompts equal to another set's: {clashes}"
    distinct_from_other_sets(rows, OUT)
    return rows


if __name__ == "__main__":
    main(build, OUT)
