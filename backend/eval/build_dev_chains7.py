# ruff: noqa: E501  (the rows are the set: prompts are not wrapped)
"""dev_chains7.jsonl: a seventh development set of chains, written blind on 2026-12-07 by a helper who read only
docs/TASKS.md, eval/blind_common.py and the README's heldout_chains3 section.

What it covers (about 300 prompts, ids c7-0001...):
- chains of two and three steps (task "chain", slice "chain", "steps" 2 or 3, categories chain-sequential,
  chain-nested, chain-word-problem, chain-expression, chain-expression-parity), aimed at wordings an earlier
  writer likely missed: word problems in two or three sentences (shopping, scores, trains, savings, pages,
  temperatures that stay at or above zero, comparisons) whose last sentence asks about the result ("Is that
  number even?", "What is it backwards?"); references to the previous result ("that", "it", "the result",
  "what's left", "the answer", "this number", "the total"); many joiners (then, and then, after that, next,
  finally, once you have it, take that and, with the result, using that, "&", a dash, a new sentence);
  questions first and operands first; nested noun phrases two deep ("the reverse of the difference between
  ..."); expressions with several + and - signs (runs of one operator count as one step, worked left to right),
  followed by a parity question or not; other verbs (tack on, knock off, bump up, drop by, flip, mirror,
  backwards); number words, digits of other scripts (full-width, Arabic-Indic, Persian, Devanagari), thousands
  separators, a sign, negative operands, 20-21 digit numbers; casual spelling, slips in the keywords, ALL CAPS,
  emoji, greetings and sign-offs; reversals whose result starts with a 0 ("021"), read as a number by a next
  number step.
- refusals (task "unsupported", slice "cousin"): a step no skill does (categories unsupported-step), a step fed
  the wrong kind of input (wrong-input), two independent questions (two-questions), and prompts that look like a
  chain but are not one (not-a-chain: a check of a given result, a comparison, a non-whole number, units, a
  clock time, a list, a sequence, code, "and then tell me a joke").
- single tasks wrapped in chit-chat or followed by a sentence that is not a step (slice single-with-chitchat).

Every answer is computed here from a structured description of the operations (a small program per prompt:
add, sub, diff, rev, par), with blind_common's rev_num / parity / rev; no answer is typed by hand. The rules
followed: steps in the order written, a noun phrase before the step holding it, expressions left to right, "the
difference between" is the larger minus the smaller, a reversed number keeps its digits as written ("021") and a
next number step reads it as 21, no negative number is ever reversed, numbers reversed directly are plain digits,
no reversal of a reversal and no two steps of one kind in a row (so the step count is never in doubt).

Run: ../.venv/bin/python build_dev_chains7.py [--check]
"""

from __future__ import annotations

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
    validate,
)

HERE = Path(__file__).resolve().parent
OUT = HERE / "dev_chains7.jsonl"
PREFIX = "c7-"
SEED = 20261207

STYLE = {
    "": "digits",
    "w": "words",
    "ws": "words-space",
    "c": "comma",
    "fw": "fullwidth",
    "ar": "arabic",
    "fa": "persian",
    "dv": "devanagari",
    "p": "plus",
}
SLOT = re.compile(r"\{([a-f])(?::(\w+))?\}")
TASK_OF = {"add": "addition", "sub": "subtraction", "diff": "subtraction", "rev": "reversal", "par": "parity"}
KIND = {"add": "add", "sub": "sub", "diff": "sub", "rev": "rev", "par": "par"}

SEQ = "chain-sequential"
NEST = "chain-nested"
WORD = "chain-word-problem"
EXPR = "chain-expression"
EXPAR = "chain-expression-parity"


# ---------------------------------------------------------------- the interpreter (the answers)


def as_number(x: int | str) -> int:
    """A step's input as a number: an int, or a reversal's digits ("021" read as 21); "even"/"odd" is not one."""
    if isinstance(x, int):
        return x
    assert re.fullmatch(r"\d+", x), f"{x!r} is not a number"
    return int(x)


def run(ops: str, vals: dict[str, int], styles: dict[str, str]) -> tuple[int | str, list[str]]:
    """Run a linear program such as "add a b; rev _; par _": slots by letter, "_" the previous step's result."""
    prev: int | str | None = None
    names: list[str] = []
    for i, step in enumerate(ops.split(";")):
        name, *args = step.split()
        assert ("_" in args) == (i > 0) and args.count("_") <= 1, ops  # each step feeds the next
        assert not names or KIND[names[-1]] != KIND[name], f"two {name} steps in a row: {ops}"
        xs = [prev if a == "_" else vals[a] for a in args]
        if name == "rev":
            assert len(xs) == 1 and (args[0] == "_" or styles[args[0]] == "digits"), ops
            assert not names or names[-1] != "rev", ops
            prev = rev_num(as_number(xs[0]))  # asserts a non-negative number
        elif name == "par":
            assert len(xs) == 1, ops
            prev = parity(as_number(xs[0]))
        elif name == "add":
            assert len(xs) >= 2, ops
            prev = sum(as_number(x) for x in xs)
        elif name == "sub":
            assert len(xs) >= 2, ops
            prev = as_number(xs[0]) - sum(as_number(x) for x in xs[1:])
        elif name == "diff":
            assert len(xs) == 2, ops
            prev = abs(as_number(xs[0]) - as_number(xs[1]))
        else:
            raise AssertionError(name)
        names.append(name)
    assert prev is not None
    return prev, names


def fill(tpl: str, vals: dict[str, int]) -> tuple[str, dict[str, str]]:
    styles: dict[str, str] = {}

    def one(m: re.Match[str]) -> str:
        key, style = m.group(1), STYLE[m.group(2) or ""]
        value = vals[key]
        assert style != "comma" or abs(value) >= 1000, tpl
        assert not (style.startswith("words") and abs(value) >= 10**7), tpl
        assert key not in styles, f"slot {key} used twice: {tpl}"
        shown = render(value, style)
        assert read_number(shown) == value, (shown, value)
        styles[key] = style
        return shown

    prompt = SLOT.sub(one, tpl)
    assert set(styles) == set(vals), f"slots and values differ: {tpl}"
    assert not re.search(r"\d!", prompt), f"a number followed by '!' reads as a factorial: {prompt}"
    assert "{" not in prompt and "}" not in prompt and len(prompt) <= 512, prompt
    return prompt, styles


def chain(category: str, tpl: str, ops: str, **vals: int) -> dict[str, object]:
    prompt, styles = fill(tpl, vals)
    answer, names = run(ops, vals, styles)
    used = set(re.findall(r"\b[a-f]\b", ops))
    assert used == set(vals), f"a value the program does not use: {tpl}"
    assert len(names) in (2, 3), ops
    return {
        "prompt": prompt,
        "task": "chain",
        "answer": str(answer),
        "category": category,
        "slice": "chain",
        "steps": len(names),
    }


def single(tpl: str, ops: str, **vals: int) -> dict[str, object]:
    prompt, styles = fill(tpl, vals)
    answer, names = run(ops, vals, styles)
    assert len(names) == 1, ops
    task = TASK_OF[names[0]]
    return {
        "prompt": prompt,
        "task": task,
        "answer": str(answer),
        "category": "single-with-chitchat",
        "slice": "single-with-chitchat",
    }


def single_word(prompt: str, text: str) -> dict[str, object]:
    """A reversal of a word or a quoted phrase; `text` is what is reversed, exactly as it stands in the prompt."""
    assert prompt.count(text) == 1, prompt
    return {
        "prompt": prompt,
        "task": "reversal",
        "answer": rev(text),
        "category": "single-with-chitchat",
        "slice": "single-with-chitchat",
    }


def refuse(category: str, prompt: str) -> dict[str, object]:
    assert category in ("unsupported-step", "wrong-input", "two-questions", "not-a-chain"), category
    return {"prompt": prompt, "task": "unsupported", "answer": None, "category": category, "slice": "cousin"}


# ---------------------------------------------------------------- two-step chains


def two_step() -> list[dict[str, object]]:
    c = chain
    return [
        # sequential: joiners, references, verbs, scripts, slips
        c(SEQ, "Reverse {a}, after that subtract {b} from it.", "rev a; sub _ b", a=508, b=64),
        c(SEQ, "add {a:c} and {b}. next, is that odd or even?", "add a b; par _", a=2450, b=780),
        c(SEQ, "What's {a} minus {b}? Once you have it, write it backwards.", "sub a b; rev _", a=91, b=37),
        c(SEQ, "Subtract {b} from {a}, take that and reverse it.", "sub a b; rev _", a=60, b=19),
        c(SEQ, "work out {a} plus {b}. with the result, tell me if it's even", "add a b; par _", a=73, b=28),
        c(SEQ, "Add {b} to {a} and, using that, write the digits in reverse.", "add a b; rev _", a=411, b=9),
        c(SEQ, "reverse {a} and add {b} to it", "rev a; add _ b", a=3400, b=12),
        c(SEQ, "flip the digits of {a}, then knock {b} off it", "rev a; sub _ b", a=250, b=7),
        c(SEQ, "REVERSE {a} AND TELL ME IF IT'S EVEN", "rev a; par _", a=7021),
        c(SEQ, "Is it odd or even once you subtract {b} from {a}?", "sub a b; par _", a=130, b=58),
        c(SEQ, "tack {b} onto {a}, then say if the total is even", "add a b; par _", a=86, b=15),
        c(SEQ, "knock {b} off {a:c} and then reverse the answer", "sub a b; rev _", a=1205, b=40),
        c(SEQ, "bump {a} up by {b} and reverse what you get", "add a b; rev _", a=77, b=23),
        c(SEQ, "Start with {a}, drop it by {b}, and tell me if that's odd.", "sub a b; par _", a=300, b=45),
        c(SEQ, "add {a:w} and {b:w}, and then is the answer even?", "add a b; par _", a=46, b=29),
        c(SEQ, "subtract {b:fw} from {a:fw} and reverse the result", "sub a b; rev _", a=91, b=38),
        c(SEQ, "add {a:ar} and {b:ar} then tell me if it's odd", "add a b; par _", a=45, b=17),
        c(SEQ, "reverse {a}, then take {b} away from that", "rev a; sub _ b", a=81, b=95),
        c(SEQ, "What is {a} minus {b}? Is it even or odd?", "sub a b; par _", a=12, b=40),
        c(SEQ, "add {a} and {b}, then reverse what comes out", "add a b; rev _", a=-15, b=42),
        c(SEQ, "subtract {b} from {a} then flip the digits", "sub a b; rev _", a=30, b=-8),
        c(SEQ, "first add {a} and {b}, then write the answer backwards 🙂", "add a b; rev _", a=123, b=456),
        c(
            SEQ,
            "hey! could you add {b} to {a} and after that check if the total is odd? thanks",
            "add a b; par _",
            a=88,
            b=19,
        ),
        c(SEQ, "I've got {a} and {b}. Sum them, and is that even?", "add a b; par _", a=64, b=39),
        c(
            SEQ,
            "here are two numbers, {a} and {b}. take the smaller from the larger and reverse the result.",
            "diff a b; rev _",
            a=150,
            b=87,
        ),
        c(SEQ, "Reverse the digits in {a}. Then, is that number even?", "rev a; par _", a=4096),
        c(SEQ, "ad {a} and {b} then revrse it", "add a b; rev _", a=56, b=78),
        c(SEQ, "substract {b} from {a}, then is it odd", "sub a b; par _", a=84, b=29),
        c(SEQ, "What do {a} and {b} add up to? And is that number odd?", "add a b; par _", a=230, b=145),
        c(SEQ, "Add {a} and {b}. Mirror the digits of the answer.", "add a b; rev _", a=1000, b=234),
        c(
            SEQ,
            "the number is {a:c}. Take {b:c} away from it, then tell me if what's left is even.",
            "sub a b; par _",
            a=8640,
            b=1200,
        ),
        c(
            SEQ,
            "add {a} and {b}, then tell me if it's even",
            "add a b; par _",
            a=12345678901234567890,
            b=98765432109876543210,
        ),
        c(SEQ, "reverse {a}, and after that take off {b}", "rev a; sub _ b", a=100200300, b=3),
        c(SEQ, "add {a:w} and {b}, then reverse it", "add a b; rev _", a=712, b=88),
        c(SEQ, "Could you take {b} from {a} and then reverse what's left?", "sub a b; rev _", a=52, b=16),
        c(SEQ, "subtract {b} from {a} then tell me if it's even", "sub a b; par _", a=7, b=7),
        c(SEQ, "add {a} and {b}; finally, reverse it.", "add a b; rev _", a=33, b=48),
        c(SEQ, "Subtract {b} from {a}. Next, flip the digits.", "sub a b; rev _", a=200, b=14),
        c(SEQ, "add {a} and {b} & reverse the result", "add a b; rev _", a=62, b=29),
        c(SEQ, "take {b} from {a} — then is it even?", "sub a b; par _", a=90, b=25),
        c(SEQ, "Even or odd: what you get when {b} is added to {a}?", "add a b; par _", a=88, b=39),
        c(SEQ, "Can you tell me, written backwards, what {a} plus {b} is?", "add a b; rev _", a=46, b=38),
        c(SEQ, "To {a}, add {b}, then reverse it.", "add a b; rev _", a=57, b=25),
        c(SEQ, "From {a}, subtract {b} and tell me if it's odd", "sub a b; par _", a=150, b=62),
        c(SEQ, "🤔 add {a} and {b} and tell me if it's even", "add a b; par _", a=33, b=58),
        c(SEQ, "reverse {a} then add {b} 👍", "rev a; add _ b", a=720, b=3),
        c(SEQ, "Add {a} and {b}. Reverse this number.", "add a b; rev _", a=56, b=87),
        c(SEQ, "add {a:p} and {b}, then reverse it", "add a b; rev _", a=15, b=30),
        c(SEQ, "add {a:dv} and {b:dv}, then is it odd?", "add a b; par _", a=45, b=18),
        c(SEQ, "subtract {b} from {a} and tell me if it's odd", "sub a b; par _", a=100000000000000000000, b=1),
        c(SEQ, "reverse {a} and then add {b}", "rev a; add _ b", a=123456789012345678901, b=1),
        c(SEQ, "whats {a} plus {b} and is it odd", "add a b; par _", a=129, b=64),
        c(SEQ, "pls subtact {b} from {a} and then reverse it", "sub a b; rev _", a=845, b=120),
        c(SEQ, "ADD {a} TO {b} AND TELL ME IF THE ANSWER IS ODD", "add a b; par _", a=17, b=604),
        c(
            SEQ,
            "Good evening! Please add {a} and {b}, then reverse the sum. Many thanks.",
            "add a b; rev _",
            a=318,
            b=212,
        ),
        c(SEQ, "what's the diffrence between {a} and {b}? reverse it.", "diff a b; rev _", a=44, b=109),
        c(SEQ, "take {a}. reverse it. then tell me if it's odd or even", "rev a; par _", a=9130),
        # nested noun phrases
        c(NEST, "Is the difference between {a} and {b} even?", "diff a b; par _", a=81, b=19),
        c(NEST, "what's the reverse of the difference between {a} and {b}?", "diff a b; rev _", a=45, b=112),
        c(NEST, "add the reverse of {a} to {b}", "rev a; add _ b", a=305, b=19),
        c(NEST, "subtract the reverse of {a} from {b}", "rev a; sub b _", a=62, b=100),
        c(NEST, "What is {a} backwards, minus {b}?", "rev a; sub _ b", a=84, b=10),
        c(NEST, "is {a} reversed an even number?", "rev a; par _", a=5070),
        c(NEST, "How much is {b} more than the reverse of {a}?", "rev a; add _ b", a=47, b=15),
        c(NEST, "what is {b} less than the reverse of {a}?", "rev a; sub _ b", a=93, b=20),
        c(NEST, "Is the sum of {a:w} and {b:w} odd or even?", "add a b; par _", a=42, b=19),
        c(NEST, "Reverse the difference between {a:fw} and {b:fw}", "diff a b; rev _", a=72, b=25),
        c(NEST, "odd or even: the sum of {a:c} and {b:c}?", "add a b; par _", a=1999, b=2001),
        c(NEST, "what's the sum of {b} and the reverse of {a}?", "rev a; add b _", a=12, b=350),
        c(NEST, "subtract {b} from the reverse of {a}", "rev a; sub _ b", a=308, b=40),
        c(NEST, "add {c} to the difference between {a} and {b}", "diff a b; add _ c", a=17, b=60, c=9),
        c(NEST, "decrease the sum of {a} and {b} by {c}", "add a b; sub _ c", a=88, b=12, c=1),
        c(NEST, "Is the result of {a} minus {b} even?", "sub a b; par _", a=230, b=57),
        c(NEST, "reverse the answer to {a} plus {b}", "add a b; rev _", a=46, b=39),
        c(NEST, "Give me the reverse of the total of {a} and {b}", "add a b; rev _", a=605, b=95),
        c(NEST, "Is the sum of {a} and {b} odd?", "add a b; par _", a=-13, b=-20),
        c(NEST, "tell me if the difference between {a} and {b} is odd", "diff a b; par _", a=-5, b=12),
        c(NEST, "add {b} to the reverse of {a}", "rev a; add _ b", a=640, b=5),
        c(NEST, "is the number you get by adding {a} to {b} even?", "add a b; par _", a=27, b=58),
        c(NEST, "Is {a} backwards divisible by two?", "rev a; par _", a=8091),
        c(NEST, "the reverse of the sum of {a} and {b}, please", "add a b; rev _", a=123, b=320),
        c(NEST, "Subtract from {b} the reverse of {a}", "rev a; sub b _", a=123, b=500),
        c(NEST, "how much bigger is {b} than the reverse of {a}?", "rev a; diff b _", a=345, b=900),
        c(NEST, "Is the total of {a}, {b} and the reverse of {c} even?", "rev c; add a b _; par _", a=250, b=250, c=18),
        c(
            NEST,
            "what's the difference between {c} and the sum of {a} and {b}?",
            "add a b; diff _ c",
            a=40,
            b=25,
            c=100,
        ),
        c(NEST, "IS THE SUM OF {a} AND {b} EVEN", "add a b; par _", a=73, b=1066),
        c(NEST, "is the sum of {a:ar} and {b:ar} even or odd", "add a b; par _", a=250, b=125),
        # word problems: one operation, then a question about its result
        c(
            WORD,
            "Ana had {a} stickers and gave away {b}. Is the number she has left odd?",
            "sub a b; par _",
            a=245,
            b=68,
        ),
        c(
            WORD,
            "A shop had {a} loaves this morning and sold {b}. How many are left? Write that number backwards.",
            "sub a b; rev _",
            a=120,
            b=86,
        ),
        c(
            WORD,
            "There were {a:c} people at the concert and {b} more arrived later. Is the total even?",
            "add a b; par _",
            a=1250,
            b=375,
        ),
        c(
            WORD,
            "I had {a} dollars. I spent {b} on lunch. Is what's left an even number?",
            "sub a b; par _",
            a=60,
            b=23,
        ),
        c(
            WORD,
            "Our team scored {a} points in the first half and {b} in the second. What is the total backwards?",
            "add a b; rev _",
            a=48,
            b=39,
        ),
        c(
            WORD,
            "A train left with {a} passengers and {b} got off at the first stop. Is the number still on board even?",
            "sub a b; par _",
            a=312,
            b=47,
        ),
        c(
            WORD,
            "My book has {a} pages and I've read {b} of them. Reverse the number of pages I have left.",
            "sub a b; rev _",
            a=420,
            b=185,
        ),
        c(
            WORD,
            "It was {a} degrees this morning and it warmed up by {b} degrees. Is the temperature now odd?",
            "add a b; par _",
            a=18,
            b=7,
        ),
        c(
            WORD,
            "The temperature was {a} degrees at noon and dropped by {b} by evening. Is it even or odd now?",
            "sub a b; par _",
            a=31,
            b=12,
        ),
        c(
            WORD,
            "I had {a:c} euros in savings and added {b} more. What's the total, written backwards?",
            "add a b; rev _",
            a=1340,
            b=260,
        ),
        c(
            WORD,
            "Leo has {a} marbles. Mia has {b} more than Leo. Is Mia's number of marbles odd?",
            "add a b; par _",
            a=56,
            b=19,
        ),
        c(
            WORD,
            "A jar holds {a} sweets, {b} fewer than a box. How many sweets are in the box? Tell me that number backwards.",
            "add a b; rev _",
            a=95,
            b=28,
        ),
        c(
            WORD,
            "Ben is {a} and Tom is {b}. How much older is Ben than Tom? Is that even?",
            "diff a b; par _",
            a=47,
            b=29,
        ),
        c(
            WORD,
            "My phone had {a} apps. I deleted {b} of them. Is the number I still have odd?",
            "sub a b; par _",
            a=83,
            b=27,
        ),
        c(
            WORD,
            "A farmer picked {a} apples and {b} pears. Write the total number of fruit backwards.",
            "add a b; rev _",
            a=708,
            b=95,
        ),
        c(
            WORD,
            "The bakery made {a} cookies and sold {b}. What's the number left, reversed?",
            "sub a b; rev _",
            a=350,
            b=162,
        ),
        c(
            WORD,
            "A tank had {a} litres of water and {b} litres leaked out. Is the amount left odd?",
            "sub a b; par _",
            a=900,
            b=275,
        ),
        c(
            WORD,
            "Zoe had {a} followers and gained {b} overnight. Is her follower count odd or even now?",
            "add a b; par _",
            a=74,
            b=26,
        ),
        c(WORD, "the shop had {a} bikes and sold {b}. how many are left?? reverse that", "sub a b; rev _", a=64, b=17),
        c(
            WORD,
            "A school has {a} pupils and {b} new ones joined this term. How many pupils are there now? Is that number even?",
            "add a b; par _",
            a=612,
            b=48,
        ),
        c(
            WORD,
            "It's {a} degrees outside and the forecast says it will rise by {b} degrees. Is the new temperature even?",
            "add a b; par _",
            a=9,
            b=14,
        ),
        c(
            WORD,
            "Our class collected {a} cans. The other class brought {b}. Write the total backwards.",
            "add a b; rev _",
            a=487,
            b=215,
        ),
        c(WORD, "Grandma baked {a:w} cupcakes and we ate {b:w}. Is what's left odd?", "sub a b; par _", a=48, b=17),
        c(
            WORD,
            "Mum bought {a} eggs and used {b} for a cake. How many eggs are left? What is it backwards?",
            "sub a b; rev _",
            a=36,
            b=14,
        ),
        c(
            WORD,
            "A library had {a:c} books and got {b} new ones. How many books does it have now? Is that even?",
            "add a b; par _",
            a=2400,
            b=136,
        ),
        c(
            WORD,
            "Priya ran {a} metres. Her sister ran {b} metres more than Priya. Reverse the distance her sister ran.",
            "add a b; rev _",
            a=380,
            b=95,
        ),
        c(
            WORD,
            "My savings were {a} pounds. I took out {b} for a present. Is the amount that's left odd or even?",
            "sub a b; par _",
            a=510,
            b=135,
        ),
        # expressions of two runs
        c(EXPR, "what is {a} - {b} + {c}?", "sub a b; add _ c", a=50, b=20, c=10),
        c(EXPR, "how much is {a} - {b} + {c}", "sub a b; add _ c", a=7, b=19, c=3),
        c(EXPR, "{a}+{b}-{c}", "add a b; sub _ c", a=45, b=12, c=7),
        c(EXPR, "hey what's {a} minus {b} plus {c}", "sub a b; add _ c", a=300, b=125, c=40),
        c(EXPR, "calc {a:c} - {b} + {c} pls", "sub a b; add _ c", a=1000, b=250, c=75),
        c(EXPR, "{a:w} plus {b:w} minus {c:w}?", "add a b; sub _ c", a=40, b=12, c=9),
        c(EXPR, "What's {a:fw} − {b:fw} + {c:fw}?", "sub a b; add _ c", a=90, b=45, c=5),
        c(EXPR, "{a} + {b} - {c}", "add a b; sub _ c", a=-15, b=40, c=3),
        c(EXPR, "{a} - {b} - {c} + {d}", "sub a b c; add _ d", a=100, b=20, c=30, d=5),
        c(EXPR, "what's {a} + {b} + {c} - {d} - {e}", "add a b c; sub _ d e", a=1, b=2, c=3, d=10, e=20),
        c(EXPR, "{a} take away {b} plus {c}", "sub a b; add _ c", a=60, b=15, c=4),
        c(EXPR, "What is {a} plus {b} minus {c}?", "add a b; sub _ c", a=999, b=1, c=1000),
        # parity of a one-run expression
        c(EXPAR, "odd or even: {a} - {b}", "sub a b; par _", a=91, b=38),
        c(EXPAR, "Is {a} minus {b} a multiple of 2?", "sub a b; par _", a=64, b=29),
        c(EXPAR, "even or odd?? {a:c} + {b:c}", "add a b; par _", a=1500, b=2250),
        c(EXPAR, "is {a}-{b} divisible by two", "sub a b; par _", a=30, b=17),
        c(EXPAR, "quick one: is {a:w} plus {b:w} odd?", "add a b; par _", a=73, b=18),
        c(EXPAR, "is {a} + {b} even or odd?", "add a b; par _", a=-14, b=9),
        c(EXPAR, "is {a}+{b} even", "add a b; par _", a=44, b=56),
        c(EXPAR, "parity of {a} + {b}?", "add a b; par _", a=85, b=16),
        c(EXPAR, "Is {a:c} − {b} even?", "sub a b; par _", a=2000, b=1),
        c(EXPAR, "{a} + {b} + {c} + {d}, is that even?", "add a b c d; par _", a=5, b=5, c=5, d=5),
        c(EXPAR, "{a} - {b} - {c} - {d} odd or even?", "sub a b c d; par _", a=100, b=1, c=1, d=1),
        c(EXPAR, "{a:fa} minus {b:fa}, is that even?", "sub a b; par _", a=60, b=25),
    ]


# ---------------------------------------------------------------- three-step chains


def three_step() -> list[dict[str, object]]:
    c = chain
    return [
        # sequential
        c(
            SEQ,
            "take {a}, reverse it, add {b}, then tell me if the result is even",
            "rev a; add _ b; par _",
            a=68,
            b=14,
        ),
        c(
            SEQ,
            "Subtract {b} from {a}, reverse what's left, and then add {c}.",
            "sub a b; rev _; add _ c",
            a=90,
            b=18,
            c=7,
        ),
        c(SEQ, "add {a} and {b}. then reverse it. finally, is that odd?", "add a b; rev _; par _", a=150, b=270),
        c(
            SEQ,
            "first reverse {a}, next take {b} away from it, last tell me if it's odd or even",
            "rev a; sub _ b; par _",
            a=52,
            b=9,
        ),
        c(
            SEQ,
            "add {a:c} and {b}, knock {c} off, then flip the digits",
            "add a b; sub _ c; rev _",
            a=1500,
            b=250,
            c=50,
        ),
        c(SEQ, "Reverse {a}, add {b} to it, then tell me if the result is odd", "rev a; add _ b; par _", a=210, b=5),
        c(
            SEQ,
            "What is {a} plus {b}? Take {c} from that, and then tell me if it's even.",
            "add a b; sub _ c; par _",
            a=73,
            b=19,
            c=12,
        ),
        c(SEQ, "ADD {a} AND {b}, THEN SUBTRACT {c}, THEN REVERSE IT", "add a b; sub _ c; rev _", a=64, b=58, c=22),
        c(
            SEQ,
            "add {a:w} and {b:w}, take away {c:w}, and tell me if that's even",
            "add a b; sub _ c; par _",
            a=12,
            b=30,
            c=5,
        ),
        c(SEQ, "Start with {a}. Add {b}. Reverse that. Is it odd?", "add a b; rev _; par _", a=999, b=1),
        c(
            SEQ,
            "reverse {a}, subtract {b} from it, and after that tell me whether it's even",
            "rev a; sub _ b; par _",
            a=304,
            b=3,
        ),
        c(
            SEQ,
            "Add {a:ar} and {b:ar}, then reverse the sum, then subtract {c} from it.",
            "add a b; rev _; sub _ c",
            a=12,
            b=39,
            c=10,
        ),
        c(
            SEQ,
            "subtract {b} from {a} and add {c} to that. Is the answer odd?",
            "sub a b; add _ c; par _",
            a=50,
            b=77,
            c=40,
        ),
        c(SEQ, "take {b} from {a}, reverse it, then subtract it from {c}", "sub a b; rev _; sub c _", a=45, b=8, c=100),
        c(
            SEQ,
            "Add {b} to {a}. Once you have the sum, reverse it. With that, take away {c}.",
            "add a b; rev _; sub _ c",
            a=64,
            b=27,
            c=10,
        ),
        c(
            SEQ,
            "Could you reverse {a}, then add {b}, and then tell me if it's even? thx",
            "rev a; add _ b; par _",
            a=1020,
            b=9,
        ),
        c(SEQ, "bump {a} up by {b}, reverse the result and subtract {c}", "add a b; rev _; sub _ c", a=345, b=55, c=1),
        c(
            SEQ,
            "sum {a}, {b} and {c}, then take away {d}, then reverse it",
            "add a b c; sub _ d; rev _",
            a=11,
            b=22,
            c=33,
            d=6,
        ),
        c(
            SEQ,
            "add {a:fw} and {b:fw}, then take {c:fw} from that, then tell me if it's even",
            "add a b; sub _ c; par _",
            a=505,
            b=20,
            c=25,
        ),
        c(
            SEQ,
            "Here's a number: {a:c}. Subtract {b:c} from it, add {c}, and say whether the result is odd.",
            "sub a b; add _ c; par _",
            a=6001,
            b=6000,
            c=48,
        ),
        c(SEQ, "add {a} and {b}, reverse that and then tell me if it's odd", "add a b; rev _; par _", a=-30, b=75),
        c(
            SEQ,
            "take {b} from {a:c}, then flip the digits, then subtract {c} from it",
            "sub a b; rev _; sub _ c",
            a=2005,
            b=5,
            c=2,
        ),
        c(SEQ, "what's {a} plus {b}? reverse it, then take {c} off it.", "add a b; rev _; sub _ c", a=88, b=12, c=1),
        c(SEQ, "subtract {b} from {a} — reverse the answer — is it even?", "sub a b; rev _; par _", a=40, b=19),
        c(
            SEQ,
            "first: add {a} and {b}. second: subtract {c}. third: tell me if it's even.",
            "add a b; sub _ c; par _",
            a=14,
            b=29,
            c=3,
        ),
        c(
            SEQ,
            "Add {a} and {b} and then subtract {c} and then tell me if the result is even",
            "add a b; sub _ c; par _",
            a=300,
            b=45,
            c=45,
        ),
        c(SEQ, "Reverse {a}, add {b} to the answer, then reverse that.", "rev a; add _ b; rev _", a=5600, b=4),
        c(SEQ, "substract {b} from {a}, ad {c}, then is it odd?", "sub a b; add _ c; par _", a=74, b=16, c=8),
        c(
            SEQ,
            "Take {a} and {b}, find the difference, reverse it, then say if it's odd.",
            "diff a b; rev _; par _",
            a=63,
            b=28,
        ),
        c(
            SEQ,
            "I want {a} minus {b}, then that plus {c}, then tell me if it's even",
            "sub a b; add _ c; par _",
            a=240,
            b=75,
            c=13,
        ),
        c(
            SEQ,
            "Work this out: take {b} away from {a:c}, reverse the result, and tell me if it's even.",
            "sub a b; rev _; par _",
            a=1000,
            b=150,
        ),
        c(
            SEQ,
            "Hi! Add {a} and {b}, then knock off {c}, then mirror the digits. Thank you 🙏",
            "add a b; sub _ c; rev _",
            a=406,
            b=95,
            c=1,
        ),
        c(
            SEQ,
            "reverse {a}. after that, add {b}. once you have it, tell me whether it's odd",
            "rev a; add _ b; par _",
            a=8000,
            b=7,
        ),
        c(
            SEQ,
            "take {a:dv}, add {b:dv}, subtract {c:dv}, and is the result even?",
            "add a b; sub _ c; par _",
            a=75,
            b=25,
            c=33,
        ),
        c(SEQ, "hey can u take {b} off {a} then flip it n tell me if its even", "sub a b; rev _; par _", a=720, b=9),
        c(SEQ, "Reverse {a}, subtract {b} from that, and reverse the result.", "rev a; sub _ b; rev _", a=91, b=7),
        # nested, two deep
        c(NEST, "Is the reverse of the sum of {a} and {b} even?", "add a b; rev _; par _", a=45, b=38),
        c(
            NEST,
            "add {c} to the reverse of the difference between {a} and {b}",
            "diff a b; rev _; add _ c",
            a=90,
            b=27,
            c=7,
        ),
        c(NEST, "subtract {c} from the sum of {b} and the reverse of {a}", "rev a; add b _; sub _ c", a=34, b=19, c=5),
        c(NEST, "Is the difference between the reverse of {a} and {b} odd?", "rev a; diff _ b; par _", a=52, b=10),
        c(NEST, "take {c} from the reverse of the total of {a} and {b}", "add a b; rev _; sub _ c", a=125, b=80, c=100),
        c(NEST, "Is the sum of {b} and the reverse of {a} an odd number?", "rev a; add b _; par _", a=61, b=13),
        c(
            NEST,
            "reverse the difference between {c} and the sum of {a} and {b}",
            "add a b; diff c _; rev _",
            a=120,
            b=45,
            c=500,
        ),
        c(
            NEST,
            "tell me if the difference between {b} and the reverse of {a} is even",
            "rev a; diff b _; par _",
            a=71,
            b=200,
        ),
        c(NEST, "is the reverse of the sum of {a:c} and {b:c} odd", "add a b; rev _; par _", a=2400, b=2400),
        c(
            NEST,
            "What's {c} more than the reverse of the sum of {a} and {b}?",
            "add a b; rev _; add _ c",
            a=16,
            b=15,
            c=3,
        ),
        c(NEST, "Reverse the result of subtracting {b} from the reverse of {a}.", "rev a; sub _ b; rev _", a=65, b=14),
        c(
            NEST,
            "Odd or even: the reverse of the difference between {a} and {b}?",
            "diff a b; rev _; par _",
            a=1000,
            b=7,
        ),
        c(
            NEST,
            "what's the difference between {c} and the reverse of the sum of {a} and {b}?",
            "add a b; rev _; diff c _",
            a=21,
            b=30,
            c=60,
        ),
        c(NEST, "subtract the reverse of the sum of {a} and {b} from {c}", "add a b; rev _; sub c _", a=9, b=11, c=99),
        c(NEST, "is the reverse of the result of {a} plus {b} odd?", "add a b; rev _; par _", a=64, b=36),
        c(
            NEST,
            "decrease the reverse of the difference between {a} and {b} by {c}",
            "diff a b; rev _; sub _ c",
            a=9,
            b=100,
            c=50,
        ),
        c(NEST, "Is {b} minus the reverse of {a} odd?", "rev a; sub b _; par _", a=19, b=100),
        c(
            NEST,
            "ADD {c} TO THE REVERSE OF THE DIFFERENCE BETWEEN {a} AND {b}",
            "diff a b; rev _; add _ c",
            a=350,
            b=96,
            c=10,
        ),
        c(NEST, "is the total of {a:w} and the reverse of {b} even or odd?", "rev b; add a _; par _", a=37, b=82),
        c(
            NEST,
            "reverse what you get when {c} is taken from the sum of {a} and {b}",
            "add a b; sub _ c; rev _",
            a=230,
            b=91,
            c=20,
        ),
        c(NEST, "Is the difference between {a:fw} and the reverse of {b} even?", "rev b; diff a _; par _", a=500, b=43),
        # word problems over two or three sentences
        c(
            WORD,
            "A bus had {a} people on it. At the first stop {b} got off. At the next stop {c} got on. Is the number of people on the bus odd now?",
            "sub a b; add _ c; par _",
            a=40,
            b=12,
            c=7,
        ),
        c(
            WORD,
            "I had {a} dollars in my account. I paid {b} for a jacket. Then my friend paid me back {c}. How much do I have now? Is it even?",
            "sub a b; add _ c; par _",
            a=250,
            b=85,
            c=30,
        ),
        c(
            WORD,
            "Mia had {a} dollars and spent {b} on shoes. Add {c} to what she has left and tell me if that's even.",
            "sub a b; add _ c; par _",
            a=120,
            b=45,
            c=30,
        ),
        c(
            WORD,
            "There are {a} pages in my book and I've read {b}. Write the number of pages left backwards, then add {c} to it.",
            "sub a b; rev _; add _ c",
            a=365,
            b=120,
            c=10,
        ),
        c(
            WORD,
            "The temperature was {a} degrees at dawn. By noon it had risen {b} degrees. By evening it had dropped {c} degrees. Is the evening temperature even?",
            "add a b; sub _ c; par _",
            a=12,
            b=15,
            c=9,
        ),
        c(
            WORD,
            "Our team had {a} points. We scored {b} more in the second half. What's the final score backwards? And is that odd?",
            "add a b; rev _; par _",
            a=23,
            b=18,
        ),
        c(
            WORD,
            "A train left the station with {a} people. {b} got off at the first stop. Reverse the number of people still on board and tell me if it's even.",
            "sub a b; rev _; par _",
            a=180,
            b=65,
        ),
        c(
            WORD,
            "Jo saved {a} euros. She spent {b} on a bike lock. Reverse what she has left, and take {c} from that.",
            "sub a b; rev _; sub _ c",
            a=480,
            b=95,
            c=100,
        ),
        c(
            WORD,
            "A shop had {a} umbrellas and sold {b} on a rainy day. The next day a delivery brought {c} more. Is the number of umbrellas now even?",
            "sub a b; add _ c; par _",
            a=72,
            b=35,
            c=40,
        ),
        c(
            WORD,
            "Lena has {a} stickers. Her brother has {b} fewer than Lena. Flip the digits of her brother's count, then tell me if it's odd.",
            "sub a b; rev _; par _",
            a=58,
            b=13,
        ),
        c(
            WORD,
            "We had {a:c} litres in the pool. {b} litres evaporated. Add {c} to what's left, then reverse it.",
            "sub a b; add _ c; rev _",
            a=1200,
            b=450,
            c=75,
        ),
        c(
            WORD,
            "My score was {a} and I lost {b} points. Then I won {c} back. Is my score even now?",
            "sub a b; add _ c; par _",
            a=560,
            b=45,
            c=100,
        ),
        c(
            WORD,
            "Ana had {a} beads. She used {b} for a necklace. How many does she have left? Add {c} to that and tell me if it's odd.",
            "sub a b; add _ c; par _",
            a=300,
            b=128,
            c=28,
        ),
        c(
            WORD,
            "There were {a} birds on the lake and {b} flew away. Reverse the number still there, then subtract {c} from it.",
            "sub a b; rev _; sub _ c",
            a=95,
            b=47,
            c=10,
        ),
        c(
            WORD,
            "A plant was {a} cm tall and grew {b} cm over the summer. Reverse its height now and tell me if that's odd.",
            "add a b; rev _; par _",
            a=34,
            b=19,
        ),
        c(
            WORD,
            "Tom has {a} cards. Jack has {b} more than Tom. Reverse Jack's count and take {c} away from it.",
            "add a b; rev _; sub _ c",
            a=145,
            b=27,
            c=90,
        ),
        c(
            WORD,
            "A cinema sold {a} tickets in the morning and {b} in the afternoon. Knock {c} off the total, then is it odd or even?",
            "add a b; sub _ c; par _",
            a=230,
            b=185,
            c=15,
        ),
        c(
            WORD,
            "I walked {a:c} steps before lunch and {b:c} after. Reverse the total and add {c}.",
            "add a b; rev _; add _ c",
            a=4500,
            b=3200,
            c=3,
        ),
        c(
            WORD,
            "The water was {a} degrees. It cooled by {b} degrees overnight. Then it warmed by {c} degrees. Is it odd now?",
            "sub a b; add _ c; par _",
            a=26,
            b=8,
            c=5,
        ),
        c(
            WORD,
            "Priya had {a} pages left to read. She read {b} today. What's left? Reverse it, then tell me if it's even.",
            "sub a b; rev _; par _",
            a=64,
            b=29,
        ),
        c(
            WORD,
            "A parking lot had {a} cars. {b} more drove in. Later {c} drove out. How many cars are there now, backwards?",
            "add a b; sub _ c; rev _",
            a=140,
            b=36,
            c=56,
        ),
        c(
            WORD,
            "my piggy bank had {a} coins. i put in {b} more. then my brother took {c}. is the number of coins even??",
            "add a b; sub _ c; par _",
            a=57,
            b=20,
            c=9,
        ),
        # expressions of three runs
        c(EXPR, "{a} + {b} - {c} + {d} = ?", "add a b; sub _ c; add _ d", a=10, b=5, c=3, d=2),
        c(EXPR, "what is {a} - {b} + {c} - {d}?", "sub a b; add _ c; sub _ d", a=200, b=50, c=25, d=100),
        c(EXPR, "{a} minus {b} plus {c} minus {d}", "sub a b; add _ c; sub _ d", a=80, b=35, c=10, d=25),
        c(EXPR, "{a} + {b} - {c} + {d}", "add a b; sub _ c; add _ d", a=-8, b=20, c=4, d=7),
        c(EXPR, "{a:c} - {b} + {c:c} - {d:c}", "sub a b; add _ c; sub _ d", a=1200, b=300, c=1100, d=1500),
        c(EXPR, "{a:w} minus {b:w} plus {c:w} minus {d:w}", "sub a b; add _ c; sub _ d", a=20, b=30, c=5, d=1),
        c(EXPR, "{a}-{b}+{c}-{d}", "sub a b; add _ c; sub _ d", a=500, b=250, c=125, d=60),
        c(
            EXPR,
            "{a} plus {b} minus {c} plus {d}, what does that make?",
            "add a b; sub _ c; add _ d",
            a=12,
            b=12,
            c=5,
            d=8,
        ),
        c(EXPR, "HOW MUCH IS {a} + {b} - {c} + {d}", "add a b; sub _ c; add _ d", a=73, b=27, c=50, d=6),
        c(EXPR, "{a:ar} + {b:ar} - {c:ar} + {d:ar}", "add a b; sub _ c; add _ d", a=50, b=20, c=10, d=5),
        c(EXPR, "{a} − {b} + {c} − {d}", "sub a b; add _ c; sub _ d", a=35, b=12, c=8, d=1),
        c(
            EXPR,
            "{a} + {b} + {c} - {d} - {e} + {f}",
            "add a b c; sub _ d e; add _ f",
            a=100,
            b=200,
            c=300,
            d=50,
            e=25,
            f=5,
        ),
        c(EXPR, "what's {a} - {b} + {c}, backwards?", "sub a b; add _ c; rev _", a=45, b=15, c=6),
        c(EXPR, "{a} - {b} + {c}, then reverse it", "sub a b; add _ c; rev _", a=80, b=25, c=9),
        # parity of a two-run expression
        c(EXPAR, "is {a} + {b} - {c} even?", "add a b; sub _ c; par _", a=16, b=3, c=2),
        c(EXPAR, "odd or even: {a} - {b} + {c}", "sub a b; add _ c; par _", a=250, b=75, c=30),
        c(EXPAR, "is {a:w} minus {b:w} plus {c:w} odd?", "sub a b; add _ c; par _", a=90, b=40, c=11),
        c(EXPAR, "Is {a} − {b} + {c} divisible by two?", "sub a b; add _ c; par _", a=33, b=8, c=15),
        c(EXPAR, "EVEN OR ODD: {a} - {b} + {c}", "sub a b; add _ c; par _", a=88, b=44, c=3),
        c(EXPAR, "is {a}-{b}+{c} even", "sub a b; add _ c; par _", a=10, b=20, c=5),
        c(EXPAR, "Is {a} + {b} - {c} odd?", "add a b; sub _ c; par _", a=-3, b=10, c=4),
        c(EXPAR, "odd or even → {a} + {b} + {c} - {d}", "add a b c; sub _ d; par _", a=72, b=18, c=9, d=30),
        c(EXPAR, "I wonder: does {a} + {b} - {c} come out even?", "add a b; sub _ c; par _", a=555, b=445, c=1),
        c(EXPAR, "is {a:c} + {b:c} - {c} a multiple of 2?", "add a b; sub _ c; par _", a=2500, b=1250, c=750),
        c(EXPAR, "parity of {a:fw} + {b:fw} − {c:fw}?", "add a b; sub _ c; par _", a=20, b=7, c=3),
        c(EXPAR, "{a} + {b} - {c}. is it odd?", "add a b; sub _ c; par _", a=12, b=30, c=7),
        c(EXPAR, "What's {a} - {b} + {c}? Is that odd?", "sub a b; add _ c; par _", a=400, b=150, c=20),
    ]


# ---------------------------------------------------------------- refusals


UNSUPPORTED_STEP = [
    "add 45 and 19, then double the result",
    "subtract 9 from 50 and then divide it by 4",
    "reverse 63, then multiply it by 3",
    "is the sum of 14 and 22 a prime number?",
    "take 17 from 80 and tell me if the result is divisible by 3",
    "add 125 and 75, then find the square root of that",
    "add 44 and 56 and square the answer",
    "reverse 4821, then sort its digits from smallest to largest",
    "add 38 and 45, then round it to the nearest ten",
    "take 20% off the sum of 80 and 40",
    "Add 250 and 130, then halve it.",
    "reverse 57 and then tell me if it's a multiple of 5",
    "add 23 and 48, then count the digits of the answer",
    "what's 91 plus 9, and then what's the average of that and 50?",
    "Add 34 and 18. Then tell me a fun fact about that number.",
    "reverse 1234 and then add up its digits",
    "I buy 4 packs of 6 batteries and use 5. Is the number left even?",
    "A baker makes 12 cakes a day for 5 days, then sells 7. How many are left?",
    "add 300 and 150, then translate the answer into French",
    "sum 7, 8 and 9, then give me the factorial of it",
    "Take 15 from 60 and then tell me a joke",
]

WRONG_INPUT = [
    "reverse the word lamp and add 5 to it",
    "spell river backwards, then subtract 3 from it",
    "is 41 odd? then add 9 to that",
    "Reverse the word sun. Is it even?",
    "flip the letters of cake and tell me if the result is odd",
    "Is 15 even or odd? Take 4 away from the answer.",
    "Write 'hello world' backwards and add 10 to it",
    "is 2,222 even? subtract 100 from the answer",
    "reverse the word apple, then tell me the difference between it and 40",
]

TWO_QUESTIONS = [
    "what is 45 plus 12 and is 33 odd?",
    "add 8 and 9. also, reverse 314",
    "Subtract 20 from 95; separately, is 71 even?",
    "what's 14 + 6 and 30 - 7",
    "Two things: reverse 908, and tell me if 64 is even.",
    "is 19 odd? what is 19 plus 40?",
    "reverse the word tiger and add 12 and 30",
    "Question A: what's 72 minus 15? Question B: is 88 odd?",
    "what's 300 plus 45, and what's 80 minus 9?",
    "Reverse 456 and reverse 789",
    "add 11 and 4, and separately tell me if 90 is even",
]

NOT_A_CHAIN = [
    "Is 25 + 17 = 42?",
    "add 60 and 24, then reverse it. I got 48, is that right?",
    "what is 12.5 plus 30, then reverse it?",
    "subtract 2.75 from 10 and tell me if it's even",
    "Is 45 minus 12 greater than 30?",
    "What's 10:30 plus 45 minutes, and is it odd?",
    "add 3 weeks and 4 days, then reverse it",
    "reverse the list 4, 5, 6 and then add 1",
    "how do I add two numbers and then reverse the result in Python?",
    "Add 5 kg and 300 g, then is it odd?",
    "count from 3 to 9 and then reverse it",
    "Write a function that adds 2 numbers then checks if the sum is even",
]


# ---------------------------------------------------------------- singles with chit-chat


def singles() -> list[dict[str, object]]:
    s = single
    return [
        s("hi there! what's {a} plus {b}? have a great day", "add a b", a=37, b=48),
        s("is {a} odd? asking for my daughter's homework, thank you", "par a", a=913),
        single_word("reverse the word blanket. It's for a crossword, cheers", "blanket"),
        s("What is {a} minus {b}? I'm splitting a bill with a friend.", "sub a b", a=620, b=275),
        s("good morning ☀️ could you add {a:c} and {b:c} for me?", "add a b", a=1250, b=3480),
        s("subtract {b} from {a} please, you're a star", "sub a b", a=200, b=48),
        s("Thanks in advance! Is {a:c} even or odd?", "par a", a=4002),
        s("reverse {a} — just curious, no rush", "rev a", a=9081),
        s("add {a} and {b} and tell me a joke", "add a b", a=19, b=23),
        s("what's {a} + {b} + {c}? thanks a lot", "add a b c", a=12, b=30, c=8),
        s("how much is {a} minus {b} minus {c}? my brain is fried lol", "sub a b c", a=90, b=15, c=20),
        single_word("Hello! Spell the word mountain backwards, please. Have a nice evening.", "mountain"),
        s("is {a:w} odd? thanks, you're the best", "par a", a=-27),
        s("HEY WHAT IS {a} PLUS {b} THANKS", "add a b", a=45, b=55),
        s("what is the difference between {a} and {b}? asking for a friend 😄", "diff a b", a=38, b=91),
        s("yo, {a:ar} minus {b:ar}? ty", "sub a b", a=75, b=28),
        single_word("Could you reverse 'good night'? My kid wants to see it. Thanks", "good night"),
        s("sum {a}, {b} and {c} please. That's all for today.", "add a b c", a=14, b=27, c=9),
        s("Is {a:c} even? Sorry for the silly question.", "par a", a=1000001),
        s("take {b} away from {a}. Thank you so much, really appreciate it", "sub a b", a=72, b=15),
    ]


# ---------------------------------------------------------------- the set


def build() -> list[dict[str, object]]:
    items = two_step() + three_step()
    items += [refuse("unsupported-step", p) for p in UNSUPPORTED_STEP]
    items += [refuse("wrong-input", p) for p in WRONG_INPUT]
    items += [refuse("two-questions", p) for p in TWO_QUESTIONS]
    items += [refuse("not-a-chain", p) for p in NOT_A_CHAIN]
    items += singles()
    rows = make_rows(PREFIX, items, random.Random(SEED))
    validate(rows, PREFIX)
    distinct_from_other_sets(rows, OUT)
    return rows


if __name__ == "__main__":
    main(build, OUT)
