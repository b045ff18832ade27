#!/usr/bin/env python3
"""Build the first pair of evaluation sets for Mini Reasoning LLM: dev2.jsonl and dev.jsonl.

    backend/.venv/bin/python backend/eval/build_sets.py          # (re)writes dev2.jsonl + dev.jsonl
    backend/.venv/bin/python backend/eval/build_sets.py --check  # validates the two files (and that a fresh
                                                                 # build gives the same bytes), prints counts

The prompts are written from hand-written phrase lists in this file (NOT from the training templates
in backend/app/, which were deliberately never opened while writing this). Every expected answer is
computed here with Python (sum(), n % 2, grapheme-aware reversal with `regex` \\X), following
docs/TASKS.md. The script is seeded and deterministic.

dev2.jsonl was the first held-out TEST set (then named heldout.jsonl). It was looked at once during
development, so it is now a development set like dev.jsonl; the current test set is heldout.jsonl,
written independently by build_heldout.py (see README.md).

Since 2026-12-06 (issue 14) the pure subtractions these phrase lists wrote as refused cousins are labelled
``subtraction`` by relabel.py, applied after the build, so a rewrite keeps those labels.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

import regex
from relabel import RELABELS
from relabel import apply as relabel_apply
from relabel import check as relabel_check

SEED = 20261127
# Prompts of these sets that are fixed training prompts too, drawn since 2026-12-07: left out of the files.
TRAINING_PROMPTS = frozenset({"spread the butter evenly"})
HERE = Path(__file__).resolve().parent
MAX_LEN = 512

# "subtraction" and "chain" only come from relabel.py: pure subtractions (issue 14) and an expression's parity or
# mixed + and - (issue 16), refused when these sets were written
IN_SCOPE = ["addition", "parity", "reversal", "subtraction", "chain", "missing-operand"]
TASKS = ("addition", "parity", "reversal", "subtraction", "chain", "unsupported")
UNSUPPORTED_CATS = [
    "cousin-arithmetic",
    "cousin-number-question",
    "cousin-word-op",
    "chit-chat",
    "general-knowledge",
    "code-request",
    "gibberish",
    "odd-even-other-sense",
]
CATEGORIES = IN_SCOPE + UNSUPPORTED_CATS


# ----------------------------------------------------------------------------------------------
# answer helpers
# ----------------------------------------------------------------------------------------------
def reverse_graphemes(s: str) -> str:
    return "".join(reversed(regex.findall(r"\X", s)))


def parity(n: int) -> str:
    return "even" if n % 2 == 0 else "odd"


ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SCALES = [(10**9, "billion"), (10**6, "million"), (10**3, "thousand")]


def _below_100(n: int, hyphen: bool) -> str:
    if n < 20:
        return ONES[n]
    t, u = divmod(n, 10)
    return TENS[t] + (("-" if hyphen else " ") + ONES[u] if u else "")


def _below_1000(n: int, hyphen: bool, use_and: bool, a_hundred: bool) -> str:
    h, r = divmod(n, 100)
    out = []
    if h:
        out.append(("a" if (a_hundred and h == 1) else ONES[h]) + " hundred")
    if r:
        if h and use_and:
            out.append("and")
        out.append(_below_100(r, hyphen))
    return " ".join(out)


def to_words(n: int, hyphen: bool = True, use_and: bool = True, a_hundred: bool = False) -> str:
    """English number words, zero .. 999 billion. 'and' only inside the last hundreds group."""
    assert 0 <= n < 10**12
    if n == 0:
        return "zero"
    parts = []
    for value, name in SCALES:
        if n >= value:
            q, n = divmod(n, value)
            parts.append(_below_1000(q, hyphen, False, a_hundred and not parts) + " " + name)
    if n:
        parts.append(_below_1000(n, hyphen, use_and, a_hundred and not parts))
    return " ".join(parts)


FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


# ----------------------------------------------------------------------------------------------
# number operands: (value, text)
# ----------------------------------------------------------------------------------------------
def num(rng: random.Random, kind: str) -> tuple[int, str]:
    if kind == "small":
        v = rng.randint(0, 99)
        return v, str(v)
    if kind == "medium":
        v = rng.choice([rng.randint(100, 999), rng.randint(1000, 99999), rng.randint(100000, 9999999)])
        return v, str(v)
    if kind == "neg":
        v = -rng.choice([rng.randint(1, 99), rng.randint(100, 9999)])
        return v, str(v)
    if kind == "plus_sign":
        v = rng.randint(1, 999)
        return v, "+" + str(v)
    if kind == "word":
        v = rng.choice(
            [
                rng.randint(0, 20),
                rng.randint(21, 99),
                rng.randint(21, 99),
                rng.randint(100, 999),
                rng.randint(100, 999),
                rng.randint(1, 99) * 1000 + rng.choice([0, rng.randint(1, 999)]),
                rng.randint(1, 9) * 10**6,
                100,
                1000,
            ]
        )
        return v, to_words(v, hyphen=rng.random() < 0.6, use_and=rng.random() < 0.6, a_hundred=rng.random() < 0.3)
    if kind == "negword":
        v = rng.choice([rng.randint(1, 20), rng.randint(21, 99), rng.randint(100, 999)])
        return -v, "negative " + to_words(v, hyphen=rng.random() < 0.6, use_and=rng.random() < 0.6)
    if kind == "sep":
        v = rng.choice([rng.randint(1000, 999999), rng.randint(10**6, 10**9 - 1)])
        s = f"{v:,}"
        if rng.random() < 0.15:
            return -v, "-" + s
        return v, s
    if kind == "fullwidth":
        v = rng.randint(0, 9999)
        return v, str(v).translate(FULLWIDTH)
    if kind == "arabic":
        v = rng.randint(0, 999)
        return v, str(v).translate(ARABIC_INDIC)
    if kind == "long":
        length = rng.randint(20, 150)
        s = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(length - 1))
        if rng.random() < 0.12:
            return -int(s), "-" + s
        return int(s), s
    if kind == "zero":
        return 0, rng.choice(["0", "zero", "0", "Zero"])
    raise ValueError(kind)


def pick_kind(rng, weights: dict[str, float]) -> str:
    kinds = list(weights)
    return rng.choices(kinds, weights=[weights[k] for k in kinds])[0]


ADD_KINDS = {
    "small": 30,
    "medium": 12,
    "neg": 9,
    "plus_sign": 2,
    "word": 15,
    "negword": 4,
    "sep": 8,
    "fullwidth": 4,
    "arabic": 3,
    "long": 9,
}
ADD_KINDS_COMPACT = {"small": 40, "medium": 15, "neg": 10, "sep": 6, "fullwidth": 4, "long": 8}
ADD_KINDS_POS = {"small": 45, "medium": 15, "word": 25, "sep": 8, "long": 4}
PAR_KINDS = {
    "small": 30,
    "zero": 12,
    "medium": 12,
    "neg": 12,
    "word": 16,
    "negword": 6,
    "long": 10,
    "sep": 3,
    "fullwidth": 3,
    "arabic": 2,
}
PLAIN_KINDS = {"small": 60, "medium": 20, "word": 15, "neg": 5}


# ----------------------------------------------------------------------------------------------
# Prompt = list of parts: ("t", template text) or ("s", slot text). Perturbations and group
# variants only touch template parts, so operands (numbers, words to reverse) are never altered.
# ----------------------------------------------------------------------------------------------
SLOT_RE = re.compile(r"\{(\w+)\}")


class Item:
    def __init__(
        self,
        template: str,
        slots: dict[str, str],
        task: str,
        answer,
        category: str,
        *,
        bare_end: bool | None = None,
        no_prefix: bool = False,
        keep_operand_case: bool = False,
    ):
        self.template = template
        self.parts: list[tuple[str, str]] = []
        pos = 0
        for m in SLOT_RE.finditer(template):
            if m.start() > pos:
                self.parts.append(("t", template[pos : m.start()]))
            self.parts.append(("s", slots[m.group(1)]))
            pos = m.end()
        if pos < len(template):
            self.parts.append(("t", template[pos:]))
        self.task, self.answer, self.category = task, answer, category
        # bare_end: the prompt ends with an unquoted operand, so nothing may be appended to it
        self.bare_end = bare_end if bare_end is not None else (task == "reversal" and self.parts[-1][0] == "s")
        self.no_prefix = no_prefix
        # reversal operands keep their case; everything else may be upper-cased whole
        self.keep_operand_case = keep_operand_case or task == "reversal"

    def text(self) -> str:
        return "".join(p for _, p in self.parts)

    def copy(self) -> Item:
        it = Item.__new__(Item)
        it.__dict__.update(self.__dict__)
        it.parts = list(self.parts)
        return it

    def map_template(self, fn) -> Item:
        it = self.copy()
        it.parts = [(k, fn(p) if k == "t" else p) for k, p in it.parts]
        return it

    def upper(self) -> Item:
        it = self.copy()
        it.parts = [(k, p.upper() if (k == "t" or not self.keep_operand_case) else p) for k, p in it.parts]
        return it

    def prefix(self, s: str, lower_first: bool = True) -> Item:
        it = self.copy()
        if it.parts[0][0] == "t" and lower_first:
            t = it.parts[0][1]
            if len(t) > 1 and t[0].isupper() and t[1].islower():
                t = t[0].lower() + t[1:]
            it.parts[0] = ("t", t)
        it.parts.insert(0, ("t", s))
        return it

    def suffix(self, s: str) -> Item:
        it = self.copy()
        it.parts.append(("t", s))
        return it


TYPOS = {  # keyword -> one-typo version (priority order: earlier keys are preferred)
    "plus": "plsu",
    "add": "ad",
    "sum": "summ",
    "total": "totla",
    "together": "togehter",
    "increase": "incraese",
    "reverse": "reverce",
    "reversed": "reveresd",
    "backwards": "backwrds",
    "spell": "spel",
    "flip": "filp",
    "letters": "lettres",
    "even": "evne",
    "parity": "parrity",
    "divisible": "divisble",
    "multiple": "multple",
    "minus": "minsu",
    "times": "tims",
    "divided": "divded",
    "prime": "prmie",
    "greater": "grater",
    "square": "sqaure",
    "root": "roto",
    "average": "avergae",
    "joke": "jkoe",
    "capital": "captial",
    "palindrome": "palindrom",
    "translate": "tranlsate",
    "vowels": "vowles",
    "uppercase": "upercase",
    "what": "waht",
    "What": "Waht",
    "what's": "waht's",
    "What's": "Waht's",
    "whats": "whts",
    "number": "numbr",
    "tell": "tlel",
    "Tell": "Tlel",
    "calculate": "calcualte",
    "much": "mcuh",
    "word": "wrod",
    "write": "wrtie",
    "Write": "Wrtie",
    "more": "mroe",
    "odd": "od",
    "the": "teh",
    "is": "si",
    "Is": "Si",
}


def typo_item(it: Item, rng: random.Random) -> Item | None:
    cands = []  # (priority, part index, match)
    keys = list(TYPOS)
    for i, (k, p) in enumerate(it.parts):
        if k != "t":
            continue
        for m in re.finditer(r"[A-Za-z']+", p):
            if m.group(0) in TYPOS:
                cands.append((keys.index(m.group(0)), i, m))
    if not cands:
        return None
    best = min(c[0] for c in cands)
    _, i, m = rng.choice([c for c in cands if c[0] == best])
    out = it.copy()
    p = out.parts[i][1]
    out.parts[i] = ("t", p[: m.start()] + TYPOS[m.group(0)] + p[m.end() :])
    return out


PREFIXES = [
    "hey, ",
    "Hey ",
    "quick one: ",
    "hi! ",
    "ok so ",
    "um, ",
    "Question: ",
    "pls ",
    "yo ",
    "Hello, ",
    "hey bot, ",
    "hmm, ",
    "real quick: ",
    "Quick question: ",
    "Hi there. ",
    "ok, ",
    "Can you help? ",
    "mini llm: ",
    "test: ",
]
SUFFIXES = [
    " thanks",
    " thx",
    " :)",
    " please",
    " pls",
    "!!",
    "??",
    " ?",
    " thank you!",
    ", thanks in advance",
    " (quick)",
    " lol",
    " ty",
]


def odd_case(s: str, rng: random.Random) -> str:
    return "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in s)


def perturb(it: Item, rng: random.Random) -> Item:
    """Real-user noise on the template parts only: casing, spacing, punctuation, filler."""
    r = rng.random()
    if r < 0.18:
        it = it.map_template(str.lower)
    elif r < 0.26:
        first = True

        def cap(t):
            nonlocal first
            if first and t[:1].isalpha():
                t = t[0].upper() + t[1:]
            first = False
            return t

        it = it.map_template(cap)
    elif r < 0.31:
        it = it.upper()
    elif r < 0.35:
        it = it.map_template(lambda t: odd_case(t, rng))
    if it.parts[-1][0] == "t" and it.parts[-1][1].endswith("?") and rng.random() < 0.2:
        t = it.parts[-1][1][:-1].rstrip()
        it.parts[-1] = ("t", t)
        if not t:
            it.parts.pop()
    if not it.no_prefix and rng.random() < 0.22:
        it = it.prefix(rng.choice(PREFIXES))
    if not it.bare_end and rng.random() < 0.14:
        suf = rng.choice(SUFFIXES)
        if ("pl" not in suf or "please" not in it.text().lower()) and not (suf[0] == "," and it.text().endswith("?")):
            it = it.suffix(suf)
    if rng.random() < 0.12:  # doubled space somewhere in the template text
        idx = [i for i, (k, p) in enumerate(it.parts) if k == "t" and " " in p]
        if idx:
            i = rng.choice(idx)
            p = it.parts[i][1]
            spaces = [m.start() for m in re.finditer(" ", p)]
            j = rng.choice(spaces)
            it.parts[i] = ("t", p[:j] + rng.choice(["  ", "   "]) + p[j:])
    if rng.random() < 0.05:
        it = it.prefix("  ", lower_first=False)
    if rng.random() < 0.05 and not it.bare_end:
        it = it.suffix("  ")
    if rng.random() < 0.05:
        t2 = typo_item(it, rng)
        if t2 is not None:
            it = t2
    return it


# ----------------------------------------------------------------------------------------------
# addition
# ----------------------------------------------------------------------------------------------
ADD2 = [
    "what is {a} plus {b}?",
    "What's {a} plus {b}",
    "{a} plus {b}",
    "{a} + {b}",
    "{a} + {b} = ?",
    "add {a} and {b}",
    "Add {a} to {b}",
    "can you add {a} and {b} for me?",
    "what's the sum of {a} and {b}?",
    "sum of {a} and {b}",
    "The total of {a} and {b}?",
    "{a} and {b} added together",
    "what do {a} and {b} add up to?",
    "How much is {a} plus {b}?",
    "calculate {a} + {b}",
    "compute {a} plus {b}",
    "I need {a} plus {b}",
    "{a} plus {b} equals what?",
    "tell me {a} + {b}",
    "whats {a} + {b}",
    "Could you please tell me what {a} plus {b} is?",
    "add up {a} and {b}",
    "what is {a} pluss {b}",
    "ad {a} and {b}",
    "summ of {a} and {b} pls",
    "what is the sum of {a} and {b}",
    "please add {a} and {b}",
    "Find the sum of {a} and {b}.",
    "what would {a} plus {b} be",
    "if you add {a} and {b} what do you get?",
    "{a} plus {b} is?",
    "Work out {a} + {b}",
    "sum {a} and {b}",
    "what's the total when you add {a} and {b}?",
    "{a} + {b} =",
    "evaluate {a} + {b}",
    "help me add {a} to {b}",
    "Give me the sum of {a} and {b}",
    "I want to know {a} plus {b}",
    "{a} plus {b} please",
    "add {a} with {b}",
    "what do you get when you add {a} to {b}?",
    "What does {a} + {b} come to?",
]
ADD2_COMPACT = ["{a}+{b}=?", "{a}+{b}", "{a}+{b}=", "what is {a}+{b}", "{a}+{b}?"]
ADD2_POS = [
    "increase {a} by {b}",
    "Increase {a} by {b}, what do you get?",
    "what is {a} more than {b}?",
    "{a} more than {b}",
    "what number is {a} more than {b}?",
    "if I increase {a} by {b} what do I get",
]
ADD3 = [
    "sum {a}, {b} and {c}",
    "{a} + {b} + {c}",
    "add {a}, {b}, and {c}",
    "what is {a} plus {b} plus {c}?",
    "the sum of {a}, {b} and {c}",
    "total of {a}, {b} and {c}",
    "add together {a}, {b} and {c}",
    "{a} plus {b} plus {c}",
    "what do {a}, {b} and {c} add up to",
    "{a}, {b} and {c} added together",
    "can you sum {a}, {b}, {c}?",
    "Add {a} and {b} and {c}",
]
ADD4 = [
    "sum {a}, {b}, {c} and {d}",
    "{a} + {b} + {c} + {d}",
    "what's the total of {a}, {b}, {c} and {d}?",
    "add {a}, {b}, {c}, and {d}",
    "{a} plus {b} plus {c} plus {d}",
    "what is the sum of {a}, {b}, {c}, {d}",
]
ADD_MINUS_SIGN = [  # 'minus' starting an operand: at the start, or right after another operator
    ("minus {x} plus {b}", "start"),
    ("Minus {x} + {b}", "start"),
    ("{b} plus minus {x}", "after"),
    ("what is {b} plus minus {x}?", "after"),
    ("{b} + minus {x}", "after"),
]


def gen_addition(rng: random.Random) -> Item:
    r = rng.random()
    if r < 0.06:
        tpl, _ = rng.choice(ADD_MINUS_SIGN)
        xv = rng.randint(1, 60)
        xt = to_words(xv) if rng.random() < 0.6 else str(xv)
        bv, bt = num(rng, pick_kind(rng, PLAIN_KINDS))
        return Item(
            tpl, {"x": xt, "b": bt}, "addition", str(-xv + bv), "addition", no_prefix=tpl.lower().startswith("minus")
        )
    if r < 0.14:
        tpl = rng.choice(ADD2_POS)
        vals = [num(rng, pick_kind(rng, ADD_KINDS_POS)) for _ in range(2)]
    elif r < 0.24:
        tpl = rng.choice(ADD2_COMPACT)
        vals = [num(rng, pick_kind(rng, ADD_KINDS_COMPACT)) for _ in range(2)]
    elif r < 0.36:
        tpl = rng.choice(ADD3)
        vals = []
        for _ in range(3):
            k = pick_kind(rng, ADD_KINDS)
            while k == "long" and any(len(t) > 15 for _, t in vals):
                k = pick_kind(rng, ADD_KINDS)
            vals.append(num(rng, k))
    elif r < 0.42:
        tpl = rng.choice(ADD4)
        vals = [num(rng, pick_kind(rng, PLAIN_KINDS)) for _ in range(4)]
    else:
        tpl = rng.choice(ADD2)
        vals = [num(rng, pick_kind(rng, ADD_KINDS)) for _ in range(2)]
    names = "abcd"
    # "add two hundred and five thousand" would be ambiguous (200 + 5000 or 205000): when two word operands
    # are joined by "and", keep the right one below 100 so every reading gives the same sum.
    for m in re.finditer(r"\{(\w)\} and \{(\w)\}", tpl):
        i, j = names.index(m.group(1)), names.index(m.group(2))
        if vals[i][1][-1:].isalpha() and vals[j][1][:1].isalpha() and abs(vals[j][0]) >= 100:
            return gen_addition(rng)
    slots = {names[i]: t for i, (_, t) in enumerate(vals)}
    return Item(tpl, slots, "addition", str(sum(v for v, _ in vals)), "addition")


# ----------------------------------------------------------------------------------------------
# parity
# ----------------------------------------------------------------------------------------------
PARITY = [
    "is {n} even?",
    "is {n} odd?",
    "Is {n} even or odd?",
    "{n}: even or odd?",
    "odd or even: {n}",
    "parity of {n}",
    "what's the parity of {n}?",
    "tell me if {n} is even",
    "is {n} divisible by 2?",
    "is {n} a multiple of 2?",
    "is {n} an even number?",
    "Is {n} an odd number",
    "even or odd {n}",
    "check if {n} is odd",
    "{n} even or odd",
    "would you say {n} is even?",
    "is the number {n} odd?",
    "Determine whether {n} is even or odd.",
    "is {n} divisible by two?",
    "Tell me whether {n} is odd or even",
    "odd or even? {n}",
    "{n} - odd or even?",
    "is {n} even or is it odd",
    "What is the parity of the number {n}?",
    "quick parity check: {n}",
    "can you tell me if {n} is an odd number?",
    "i need to know if {n} is even",
    "Even or odd: {n}",
    "is {n} odd or even",
    "{n} is even, right?",
    "{n} is odd, right?",
    "Is {n} a multiple of two?",
    "decide if {n} is even or odd",
    "is {n} evenly divisible by 2?",
    "Is the number {n} even?",
]


def gen_parity(rng: random.Random) -> Item:
    tpl = rng.choice(PARITY)
    v, t = num(rng, pick_kind(rng, PAR_KINDS))
    return Item(tpl, {"n": t}, "parity", parity(v), "parity")


# ----------------------------------------------------------------------------------------------
# reversal
# ----------------------------------------------------------------------------------------------
WORDS_PLAIN = [
    "hello",
    "banana",
    "keyboard",
    "Mississippi",
    "elephant",
    "Python",
    "sunflower",
    "Tuesday",
    "pineapple",
    "rhythm",
    "strawberry",
    "London",
    "giraffe",
    "algorithm",
    "umbrella",
    "dragon",
    "NASA",
    "iPhone",
    "McDonald",
    "zebra",
    "cat",
    "Ok",
    "drawer",
    "wonderful",
    "chocolate",
    "Einstein",
    "xylophone",
    "quizzical",
    "bookkeeper",
    "Amazon",
    "tomorrow",
    "JavaScript",
    "penguin",
    "Saturday",
    "avocado",
    "HeLLo",
    "WORLD",
    "mirror",
    "table",
    "notebook",
    "planet",
    "Zanzibar",
    "computer",
    "lemonade",
    "Kubernetes",
    "rainbow",
    "Oxford",
    "kangaroo",
    "democracy",
    "tiger",
    "snow",
    "Alexander",
    "butterfly",
    "sandwich",
]
WORDS_ACCENT = [
    "café",
    "naïve",
    "Ñandú",
    "jalapeño",
    "crème",
    "über",
    "façade",
    "São",
    "résumé",
    "Zürich",
    "Ålesund",
    "smörgåsbord",
    "piñata",
    "déjà",
    "Øresund",
    "coöperate",
    "Łódź",
    "Ærø",
    "ça",
    "cafe\u0301",
    "Bjo\u0308rk",
    "garçon",
    "señor",
    "Málaga",
    "Kraków",
]
WORDS_NONLATIN = [
    "привет",
    "мир",
    "Москва",
    "مرحبا",
    "شكرا",
    "日本語",
    "你好",
    "東京",
    "안녕하세요",
    "שלום",
    "γειά",
    "Αθήνα",
    "नमस्ते",
    "हिन्दी",
    "สวัสดี",
    "ありがとう",
    "カタカナ",
    "ሰላም",
    "Ελλάδα",
    "բարեւ",
    "გამარჯობა",
    "தமிழ்",
]
WORDS_EMOJI = [
    "🙂👍",
    "👍🏽",
    "👨‍👩‍👧",
    "🐶🐱🐭",
    "🇯🇵🇫🇷",
    "❤️🔥",
    "hi👋",
    "🍕🍔🍟",
    "👩🏾‍💻🚀",
    "🏳️‍🌈🌍",
    "👋🏻👋🏿",
    "⭐🌙☀️",
    "🤦‍♂️😂",
    "🎉x🎉y",
]
WORDS_DIGITS = ["12345", "2024", "007", "9876543210", "100", "31415926", "4050", "1000001", "42", "86"]
WORDS_MIXED = ["abc123", "R2D2", "C3PO", "x86", "mp3", "B2B", "covid19", "H2O"]
PHRASES = [
    "good morning",
    "I like tea",
    "hello world",
    "Ça va bien",
    "new york city",
    "see you soon 👋",
    "the quick brown fox",
    "abc def",
    "race car",
    "stressed desserts",
    "Happy Birthday!",
    "open sesame",
    "to be or not to be",
    "Merci beaucoup",
    "I love you",
    "live long and prosper",
    "no lemon, no melon",
    "привет мир",
    "こんにちは 世界",
    "café au lait",
    "rock & roll",
    "top secret",
    "good night moon",
    "San José",
    "don't panic",
    "one two three",
    "Hello, World!",
    "123 Main St",
    "ice cream 🍦",
    "señor Ñandú",
    "Tom's diner",
    "winter is coming",
    "let it be",
    "carpe diem",
    "Buenos días",
    "keep calm",
    "  spaced  out  ",
    "A man a plan",
]
PHRASES_UNQUOTED = [
    "I like tea",
    "the cat sat",
    "good morning everyone",
    "see you later",
    "make it so",
    "hello there",
    "we are open",
    "time flies",
    "never give up",
    "rain again today",
    "bonjour à tous",
    "dogs are great",
]

REV_WORD = [
    "reverse the word {w}",
    "reverse {w}",
    "{w} backwards",
    "spell {w} backwards",
    "write {w} in reverse",
    "what is {w} reversed?",
    "flip the letters of {w}",
    "can you reverse {w} for me?",
    "how do you spell {w} backwards?",
    "reverse the letters in {w}",
    "{w} spelled backwards is?",
    "write the word {w} backwards",
    "{w} in reverse please",
    "reverse this word: {w}",
    "Spell {w} backward",
    "What's {w} backwards?",
    "Please reverse the word {w}",
    "type {w} backwards",
    "Reverse: {w}",
    "flip the letters in the word {w}",
    "give me {w} reversed",
    "what does {w} look like backwards?",
    "show me {w} spelled in reverse",
    "Can you write {w} backwards?",
    "reverse the string {w}",
    "{w} reversed",
    "Reverse the word: {w}",
    "spell the word {w} backwards please",
    "read {w} backwards",
    "what's {w} in reverse?",
]
REV_QUOTED = [
    'reverse "{p}"',
    "reverse the phrase '{p}'",
    "spell “{p}” backwards",
    "write ‘{p}’ in reverse",
    "«{p}» backwards",
    'what is "{p}" reversed?',
    "flip the letters of '{p}'",
    'Reverse the text "{p}" please',
    "can you write “{p}” backwards?",
    'reverse this: "{p}"',
    "«{p}» in reverse please",
    "spell ‘{p}’ backwards",
    "Reverse “{p}”",
    "'{p}' backwards",
    'How would "{p}" look reversed?',
]
REV_UNQUOTED_PHRASE = [
    "reverse the sentence {p}",
    "reverse the phrase {p}",
    "Reverse the text {p}",
    "please reverse the sentence {p}",
    "can you reverse the phrase {p}",
]


def gen_reversal(rng: random.Random) -> Item:
    r = rng.random()
    if r < 0.22:
        tpl = rng.choice(REV_QUOTED)
        p = rng.choice(PHRASES)
        if rng.random() < 0.2:  # a single word in quotes is fine too
            p = rng.choice(WORDS_PLAIN + WORDS_ACCENT + WORDS_NONLATIN)
        return Item(tpl, {"p": p}, "reversal", reverse_graphemes(p), "reversal")
    if r < 0.29:
        tpl = rng.choice(REV_UNQUOTED_PHRASE)
        p = rng.choice(PHRASES_UNQUOTED)
        return Item(tpl, {"p": p}, "reversal", reverse_graphemes(p), "reversal")
    pool = rng.choices(
        [WORDS_PLAIN, WORDS_ACCENT, WORDS_NONLATIN, WORDS_EMOJI, WORDS_DIGITS, WORDS_MIXED],
        weights=[40, 18, 16, 10, 9, 5],
    )[0]
    w = rng.choice(pool)
    tpl = rng.choice(REV_WORD)
    return Item(tpl, {"w": w}, "reversal", reverse_graphemes(w), "reversal")


# ----------------------------------------------------------------------------------------------
# missing operand (task = the skill asked for, answer null)
# ----------------------------------------------------------------------------------------------
MISS_ADD_TPL = [
    "What is {a} plus?",
    "add {a}",
    "what's {a} +",
    "{a} plus",
    "add {a} to",
    "the sum of {a} and",
    "increase {a} by",
    "what do I get if I add {a}?",
    "{a} + ? ",
    "sum of {a}",
    "What's the total of {a} and?",
    "plus {a}",
    "add {a} to it",
    "Add {a} please",
]
MISS_ADD_LIT = [
    "add these numbers",
    "can you add some numbers for me?",
    "what's the sum?",
    "I want to add numbers",
    "give me the sum",
    "sum these up please",
    "add them together",
    "add up my numbers",
    "what is the total of these?",
    "Addition please",
    "plus what?",
    "what do they add up to?",
    "I need a sum",
    "add",
    "add the numbers together",
    "what's the sum of the numbers?",
]
MISS_PAR_LIT = [
    "is it even?",
    "even or odd?",
    "is this number odd?",
    "odd or even?",
    "what's the parity?",
    "parity check please",
    "tell me if it's even",
    "is my number divisible by 2?",
    "is the number even or odd",
    "check whether it's odd",
    "Is it odd or even?",
    "even?",
    "is that number even",
    "can you tell me the parity?",
    "Odd or even, please",
    "is it an odd number?",
    "parity?",
    "decide even or odd",
    "is it divisible by two?",
    "tell me whether the number is odd",
]
MISS_REV_LIT = [
    "reverse the word",
    "spell it backwards",
    "reverse",
    "write it in reverse",
    "flip the letters",
    "please reverse the phrase",
    "reverse the text:",
    "can you spell it backward?",
    "Reverse the word:",
    "what's it backwards?",
    "reverse the sentence",
    "spell the word backwards",
    "reverse this word:",
    "flip the letters of the word",
    "write the word backwards",
    "Reverse it.",
    "reverse the string",
]


_MISS_CYCLE = [0.1, 0.6, 0.9, 0.3, 0.6, 0.9, 0.1]  # rotate through the three skills so each gets its share
_miss_i = 0


def gen_missing(rng: random.Random) -> Item:
    global _miss_i  # noqa: PLW0603  # a deterministic rotation over the missing-operand kinds
    r = _MISS_CYCLE[_miss_i % len(_MISS_CYCLE)]
    _miss_i += 1
    if r < 0.25:
        tpl = rng.choice(MISS_ADD_TPL)
        _value, t = num(rng, pick_kind(rng, {"small": 70, "medium": 15, "word": 15}))
        return Item(tpl.rstrip(), {"a": t}, "addition", None, "missing-operand", bare_end=tpl.rstrip().endswith("}"))
    if r < 0.45:
        return Item(rng.choice(MISS_ADD_LIT), {}, "addition", None, "missing-operand")
    if r < 0.72:
        return Item(rng.choice(MISS_PAR_LIT), {}, "parity", None, "missing-operand")
    return Item(rng.choice(MISS_REV_LIT), {}, "reversal", None, "missing-operand", bare_end=True)


# ----------------------------------------------------------------------------------------------
# unsupported
# ----------------------------------------------------------------------------------------------
ARITH_TPL = [  # slots: a, b, c = small/medium ints; x.y decimals
    "what is {a} minus {b}?",
    "{a} - {b}",
    "{a}-{b}=?",
    "{a} times {b}",
    "{a} x {b}",
    "{a} × {b}",
    "{a}*{b}",
    "multiply {a} by {b}",
    "{a} divided by {b}",
    "{a} / {b}",
    "{a} ÷ {b}",
    "{a}^{b}",
    "{a}**{b}",
    "what's {a} squared?",
    "{a} cubed",
    "{a}² + {b}",
    "square root of {a}",
    "what is the cube root of {a}",
    "{b}% of {a}",
    "what percent is {b} of {a}?",
    "average of {a} and {b}",
    "mean of {a}, {b} and {c}",
    "median of {a}, {b}, {c}",
    "product of {a} and {b}",
    "what's the difference between {a} and {b}?",
    "remainder of {a} divided by {b}",
    "{a} mod {b}",
    "{a} modulo {b}",
    "{a}!",
    "factorial of {a}",
    "{a} plus {b} times {c}",
    "({a} + {b}) * {c}",
    "{a} + {b} - {c}",
    "{a}.{d} plus {b}",
    "add {a}.{d} and {b}.{e}",
    "sum of the digits of {n}",
    "subtract {b} from {a}",
    "take {b} away from {a}",
    "decrease {a} by {b}",
    "what is {b} less than {a}?",
    "double {a}",
    "half of {a}",
    "is {a} plus {b} greater than {c}?",
    "round {a}.{d} to the nearest whole number",
    "add {a} and {b} and then multiply by {c}",
    "what's {a} plus {b} divided by 2",
    "{a} to the power of {b}",
    "sum of the squares of {a} and {b}",
    "negative {w} minus {b}",
    "{a} - -{b}",
    "what is {a} + {b} * {c}?",
    "{a} + {b}^2",
    "add {a} and {b}, then square it",
    "{a} plus {b} minus {c}",
    "what is {a} times {b} plus {c}",
    "log of {a}",
    "{a} plus {b} percent",
    "what is {a}/{b} plus 1/{c}",
    "{a}e3 + 1",
    "0x{a} + 1",
    "how much is {a} multiplied by {b}?",
    "divide {a} by {b}",
    "what is {a} over {b}",
    "{w} minus {w2}",
    "{w} times {w2}",
    "{a} + {b} = {c}?",
    "is {a} + {b} = {c}?",
    "what's {a} + {b} rounded to the nearest ten?",
    "compute the sum of {a}.{d}, {b} and {c}",
    "what is {a} plus {b} plus {c} divided by 3",
    "{a}+{b}x{c}",
]
ARITH_LIT = [
    "what is 12 minus 5",
    "7 times 8",
    "square root of 16",
    "average of 2 and 4",
    "1/2 plus 1/3",
    "1e3 + 1",
    "0x10 + 1",
    "1.5 plus 2",
    "(2+3)*4",
    "2 plus 3 times 4",
    "sum of the digits of 123",
    "what's 15% of 80?",
    "10 choose 3",
    "what is 2 to the 10th power",
    "sum of the even numbers from 1 to 10",
    "what's the sum of all numbers from 1 to 100?",
    "what is 3 squared plus 4 squared",
    "2² + 3",
    "integral of x squared",
    "solve x + 3 = 7",
    "what is pi times 2",
    "√49 + 1",
    "what's 9 minus 10?",
    "seven times eight",
    "twelve minus five",
    "hundred divided by four",
    "what is a third of 90",
    "what's 0.1 + 0.2",
    "½ + ¼",
    "5 - 3",
    "add 2 and 3, then subtract 1",
    "what is 100 - 1 + 1",
]


def _small(rng):
    return rng.choice([rng.randint(2, 20), rng.randint(2, 99), rng.randint(10, 999)])


def gen_cousin_arith(rng: random.Random) -> Item:
    if rng.random() < 0.25:
        return Item(rng.choice(ARITH_LIT), {}, "unsupported", None, "cousin-arithmetic")
    tpl = rng.choice(ARITH_TPL)
    slots = {
        "a": str(_small(rng)),
        "b": str(_small(rng)),
        "c": str(rng.randint(2, 12)),
        "d": str(rng.randint(1, 9)),
        "e": str(rng.randint(1, 99)),
        "n": str(rng.randint(10, 99999)),
        "w": to_words(rng.randint(2, 30)),
        "w2": to_words(rng.randint(2, 12)),
    }
    return Item(tpl, slots, "unsupported", None, "cousin-arithmetic")


NUMQ_TPL = [
    "is {a} prime?",
    "is {a} a prime number",
    "is {a} divisible by {k}?",
    "is {a} a multiple of {k}?",
    "is {a} greater than {b}?",
    "is {a} less than {b}",
    "which is bigger, {a} or {b}?",
    "is {sq} a square number?",
    "is {a} a perfect square",
    "are {a} and {b} odd?",
    "are {a} and {b} even?",
    "is {a} + {b} even?",
    "is {a} plus {b} odd?",
    "is the sum of {a} and {b} even?",
    "is {a}.{d} even?",
    "is {a}.{d} odd",
    "is {a} positive?",
    "is -{a} negative?",
    "is {a} a fibonacci number?",
    "how many digits are in {n}?",
    "what are the factors of {a}?",
    "is {a} evenly divisible by {k}?",
    "is {a} even and {b} odd?",
    "what's the next odd number after {a}?",
    "what's the next even number after {a}",
    "is {a} a triangular number",
    "round {n} to the nearest hundred",
    "is {a} equal to {b}?",
    "compare {a} and {b}",
    "is {a} odd? what about {b}?",
    "is {a} - {b} even?",
    "is {a} times {b} odd?",
    "which is smaller: {a} or {b}",
    "is {a} bigger than {w}?",
    "is {w} prime?",
    "is {w} divisible by {k}?",
    "is {a} a power of {k}?",
    "is {a} a cube number?",
    "is {a}/{k} even?",
    "what is the largest prime below {a}?",
    "list the divisors of {a}",
    "is {n} a palindrome number?",
    "are {a}, {b} and {sq} all even?",
    "is {a} a whole number?",
    "which of {a} and {b} is odd?",
    "is {a} closer to {b} or {sq}?",
    "what's the gcd of {a} and {b}?",
    "is {a} coprime to {b}?",
]


def gen_numq(rng: random.Random) -> Item:
    tpl = rng.choice(NUMQ_TPL)
    r = rng.randint(2, 40)
    slots = {
        "a": str(_small(rng)),
        "b": str(_small(rng)),
        "k": str(rng.choice([3, 4, 5, 6, 7, 9, 10, 11, 12])),
        "sq": str(rng.choice([r * r, r * r + 1])),
        "d": str(rng.randint(1, 9)),
        "n": str(rng.randint(100, 999999)),
        "w": to_words(rng.randint(2, 99)),
    }
    return Item(tpl, slots, "unsupported", None, "cousin-number-question")


WORDOP_TPL = [
    "uppercase {w}",
    "make {w} all caps",
    "convert {w} to lowercase",
    "capitalize {w}",
    "how many letters are in {w}?",
    "count the vowels in {w}",
    "is {w} a palindrome?",
    'is "{w}" the same backwards and forwards?',
    "translate {w} to French",
    "define {w}",
    "what does {w} mean?",
    "what rhymes with {w}?",
    "sort the letters of {w}",
    "sort the letters in {w} alphabetically",
    "give me an anagram of {w}",
    "anagrams of {w}",
    "spell {w} forwards",
    "what's the first letter of {w}?",
    "remove the vowels from {w}",
    "double every letter in {w}",
    "how do you pronounce {w}",
    "is {w} a real word?",
    "what's the plural of {w}",
    "use {w} in a sentence",
    "synonym for {w}",
    "write {w} in capital letters",
    "how many times does the letter a appear in {w}?",
    "what's the last letter of {w}",
    "is {w} spelled correctly?",
    "capitalise the word {w}",
    "spell {w} normally",
    "count the letters in {w}",
    "lowercase {w} please",
    "what is {w} in Spanish?",
    "give me a word that rhymes with {w}",
    "how many syllables in {w}",
    "does {w} read the same backwards?",
    "shuffle the letters of {w}",
    "replace every a in {w} with o",
    "what's the opposite of {w}?",
]
WORDOP_PHRASE_TPL = [
    'reverse the word order of "{p}"',
    'reverse the order of the words in "{p}"',
    "reverse the word order of {p}",
    'put the words of "{p}" in reverse order',
    'reverse the order of words: "{p}"',
    "uppercase the sentence {p}",
    'count the words in "{p}"',
    'translate "{p}" into German',
    'sort the words in "{p}" alphabetically',
    'is "{p}" a palindrome?',
]
WORDOP_LIT = [
    "reverse the list 1, 2, 3",
    "reverse the list: apple, banana, cherry",
    "reverse this list: red, green, blue",
    "reverse the list [4, 8, 15, 16, 23, 42]",
    "reverse the order of these numbers: 3, 1, 2",
    "reverse the order: Monday, Tuesday, Wednesday",
    "sort these words: pear, apple, fig",
    "what's a five letter word for happy",
    "give me a word that starts with q",
    "is racecar a palindrome",
    "reverse the word order of a b c",
    "translate hello into Japanese",
    "alphabetize: zebra, apple, mango",
    "what is the longest word in English?",
]
WORDOP_WORDS = [
    "banana",
    "hello",
    "level",
    "racecar",
    "Python",
    "apple",
    "kayak",
    "orange",
    "tree",
    "happy",
    "café",
    "moon",
    "listen",
    "silent",
    "Mississippi",
    "rhythm",
    "noon",
    "computer",
    "elephant",
    "queue",
    "butterfly",
    "garden",
    "stats",
    "wow",
    "bicycle",
    "library",
    "ocean",
]
WORDOP_PHRASES = [
    "I like tea",
    "the cat sat on the mat",
    "good morning world",
    "a b c",
    "see you later",
    "one two three four",
    "never odd or even",
    "red green blue",
    "we love pizza",
]


def gen_wordop(rng: random.Random) -> Item:
    r = rng.random()
    if r < 0.15:
        return Item(rng.choice(WORDOP_LIT), {}, "unsupported", None, "cousin-word-op")
    if r < 0.35:
        return Item(
            rng.choice(WORDOP_PHRASE_TPL), {"p": rng.choice(WORDOP_PHRASES)}, "unsupported", None, "cousin-word-op"
        )
    return Item(rng.choice(WORDOP_TPL), {"w": rng.choice(WORDOP_WORDS)}, "unsupported", None, "cousin-word-op")


CHITCHAT = [
    "hi",
    "hello!",
    "hey there",
    "good morning :)",
    "how are you?",
    "how's it going",
    "tell me a joke",
    "what's your name?",
    "who made you?",
    "thanks a lot!",
    "thank you so much",
    "you're awesome",
    "i'm bored",
    "can we just talk for a bit?",
    "what's up",
    "lol",
    "ok cool",
    "bye!",
    "see you later",
    "are you a robot?",
    "do you have feelings?",
    "what's your favorite color",
    "I had a rough day",
    "good night",
    "nice to meet you",
    "sup",
    "are you smarter than chatgpt?",
    "what do you like to do for fun?",
    "tell me something interesting",
    "yo",
    "how old are you?",
    "can you be my friend?",
    "that's funny haha",
    "hello?? anyone there",
    "I love this app",
    "sorry, wrong window",
    "what's your favorite number?",
    "do you dream?",
    "Tell me a story",
    "what can you do?",
    "I'm feeling sad today",
    "good afternoon!",
    "are you there?",
    "you are so slow",
    "this is cool",
    "hmm interesting",
    "Who are you?",
    "sing me a song",
    "do you like cats?",
    "what should I eat for dinner?",
    "Tell me a fun fact",
    "can you keep a secret?",
    "happy friday!",
    "I'm back",
    "what's the meaning of life?",
]
GENERAL = [
    "what is the capital of France?",
    "who wrote Romeo and Juliet",
    "how far is the moon from earth",
    "when did world war 2 end?",
    "what's the tallest mountain in the world",
    "who painted the Mona Lisa?",
    "how many planets are in the solar system",
    "what is photosynthesis",
    "why is the sky blue?",
    "who is the president of the united states",
    "what language do they speak in Brazil",
    "how many legs does a spider have?",
    "what's the boiling point of water",
    "what year did the titanic sink",
    "who invented the telephone?",
    "what is the largest ocean",
    "what's the population of Tokyo",
    "how does a rainbow form",
    "who won the world cup in 2018?",
    "what is DNA",
    "what's the speed of light",
    "explain black holes",
    "how many bones are in the human body",
    "what is the currency of Japan?",
    "who discovered penicillin",
    "what's the longest river in africa",
    "what causes earthquakes?",
    "how many continents are there",
    "what is the chemical symbol for gold",
    "when was the Eiffel Tower built",
    "what's the weather like today?",
    "recommend a good book",
    "what's a good recipe for pancakes",
    "how do I get to the airport",
    "what time is it in Sydney?",
    "How tall is the Eiffel Tower?",
    "who was the first person on the moon",
    "what's the difference between a virus and bacteria",
    "what happened in 1969?",
    "how many people live in India?",
    "what is the largest animal on earth",
    "Who was Napoleon?",
    "what does a CPU do",
    "how do vaccines work?",
    "where is Timbuktu",
    "explain the theory of relativity simply",
    "what's the best way to learn guitar",
    "how long do cats live?",
    "what is inflation",
    "who is Taylor Swift",
    "what is the 2nd law of thermodynamics?",
    "how hot is the sun",
]
CODE = [
    "write a python function that adds two numbers",
    "write code to reverse a string in javascript",
    "how do I check if a number is even in C?",
    "write a function to check parity of an integer",
    "fix my code: print('hello'",
    "what does git rebase do?",
    "write a SQL query to select all users",
    "how do i center a div",
    "explain recursion with an example",
    "write a bash script that sums a column of numbers",
    "def add(a, b): return a + b  -- is this right?",
    "convert this to typescript: let x = 5",
    "write a regex for email addresses",
    "how to reverse a list in python",
    "implement fizzbuzz",
    "write hello world in rust",
    "what's the difference between let and const",
    "write a java method that returns whether n is odd",
    "TypeError: unsupported operand type(s) for +: 'int' and 'str' - help",
    "generate a react component for a login form",
    "how do I install numpy",
    "write a for loop that prints 1 to 10",
    "sort an array in c++",
    "what is a hash map",
    "write a haskell function for factorial",
    "code a binary search",
    "how to read a csv file in pandas",
    "write a unit test for my add function",
    "Write a Python script to reverse words in a file",
    "how do I use the modulo operator to test for odd numbers?",
    "make me a website",
    "write a dockerfile for a flask app",
    "what's wrong with: for i in range(10) print(i)",
    "how do I merge two dicts in python",
    "write an is_even function in Go",
    "explain big O notation",
    'convert this json to yaml: {"a": 1}',
    "what does `x += 1` do in python?",
    "write a CSS animation that spins a logo",
    "can you write me a discord bot?",
    "how do I undo my last git commit?",
]
ODD_EVEN_OTHER = [
    "that's odd",
    "that's so odd, my wifi keeps dropping",
    "even so, I think we should go",
    "which is the odd one out: cat, dog, car?",
    "list the even numbers between 1 and 10",
    "list the odd numbers under 20",
    "I'm not even tired",
    "we finally broke even this month",
    "I'll get even with him",
    "odd socks are my thing",
    "is it odd that I like pineapple on pizza?",
    "what an odd question",
    "he works odd jobs",
    "the odds are against us",
    "even my dog knows that",
    "an even split of the bill",
    "the road is not even",
    "odd, I thought I saved that file",
    "she has an even temper",
    "what are the odds?",
    "even numbers are boring",
    "give me five odd facts about cats",
    "how many odd numbers are there between 1 and 100?",
    "The Odd Couple is a great movie",
    "spread the butter evenly",
    "it's odd how time flies",
    "even though it rained, we went out",
    "that was an even better movie",
    "odd man out",
    "I'm at odds with my boss",
    "why are even numbers called even?",
    "are odd numbers lucky?",
    "it's an odd feeling",
    "even if you say so",
    "find the odd one out: 2, 4, 7, 8",
    "what are the first ten even numbers?",
    "odd-looking bug on my window",
    "I feel even worse now",
    "that's a bit odd, isn't it?",
    "even the teacher laughed",
    "what's the sum of odd numbers up to 9",
    "print all even numbers up to 50",
]
GIBBERISH = [
    "asdf qwer",
    "???",
    "🙂🙂🙂",
    "jkjkjkjkjk",
    "!!!!!!",
    "qwertyuiop",
    "zxcvbnm,./",
    "ldkfjg slkdjf",
    "...",
    "#$%^&",
    "aaaaaaaaaaaa",
    "hjkl hjkl",
    "ꙮ ⸘ ᚠᚢᚦ",
    "🐸🍕🚀",
    "¯\\_(ツ)_/¯",
    "lorem ipsum dolor sit amet",
    "mmmmmmm",
    "fjfjfjfj dkdk",
    ":::::",
    "ñ ø ß ∂ ƒ",
    "☃☃☃",
    "blorf snaggle wump",
    "xkcd qwop zzz",
    "<<<>>>",
    "(((((",
    "@@@",
    "~~~~",
    "asdfghjkl;",
    "ppppp ooooo",
    "ǝpısdn",
    "𝔥𝔢𝔩𝔭",
    "😂😂",
    "🤔",
    "👍🏽👍🏽",
    "?!?!",
    "ugh",
    "wefwef wef",
    "…",
    "ᚱᚢᚾᛖ ᛋ",
    "∑∫∂√",
    "░▒▓█",
    "𓀀𓁐𓃰",
    "ⓗⓔⓛⓛⓞ",
    "///",
    "a s d f",
    "qqqq wwww",
    "nnnnnn?",
    "zzz",
    "bleh",
    "🫠🫠",
]


def gen_gibberish(rng: random.Random) -> Item:
    if rng.random() < 0.3:  # keyboard mash
        rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
        row = rng.choice(rows)
        words = []
        for _ in range(rng.randint(1, 3)):
            start = rng.randint(0, len(row) - 3)
            words.append("".join(rng.choice(row[start : start + 4]) for _ in range(rng.randint(3, 8))))
        return Item(" ".join(words), {}, "unsupported", None, "gibberish")
    return Item(rng.choice(GIBBERISH), {}, "unsupported", None, "gibberish")


def lit(pool, cat):
    return lambda rng: Item(rng.choice(pool), {}, "unsupported", None, cat)


GENERATORS = {
    "addition": gen_addition,
    "parity": gen_parity,
    "reversal": gen_reversal,
    "missing-operand": gen_missing,
    "cousin-arithmetic": gen_cousin_arith,
    "cousin-number-question": gen_numq,
    "cousin-word-op": gen_wordop,
    "chit-chat": lit(CHITCHAT, "chit-chat"),
    "general-knowledge": lit(GENERAL, "general-knowledge"),
    "code-request": lit(CODE, "code-request"),
    "gibberish": gen_gibberish,
    "odd-even-other-sense": lit(ODD_EVEN_OTHER, "odd-even-other-sense"),
}

# Group bases (invariance groups): categories per file, then how many NON-group prompts per category.
GROUP_BASES = {
    "addition": 12,
    "parity": 8,
    "reversal": 8,
    "missing-operand": 2,
    "cousin-arithmetic": 3,
    "cousin-number-question": 3,
    "cousin-word-op": 2,
    "chit-chat": 1,
    "general-knowledge": 1,
}
PLAN = {
    "dev2": {
        "prefix": "h",
        "group_start": 1,
        "members": 6,
        "free": {
            "addition": 93,
            "parity": 51,
            "reversal": 51,
            "missing-operand": 21,
            "cousin-arithmetic": 48,
            "cousin-number-question": 24,
            "cousin-word-op": 30,
            "chit-chat": 20,
            "general-knowledge": 20,
            "code-request": 20,
            "gibberish": 20,
            "odd-even-other-sense": 22,
        },
    },
    "dev": {
        "prefix": "d",
        "group_start": 501,
        "members": 4,
        "free": {
            "addition": 30,
            "parity": 15,
            "reversal": 15,
            "missing-operand": 8,
            "cousin-arithmetic": 18,
            "cousin-number-question": 8,
            "cousin-word-op": 12,
            "chit-chat": 8,
            "general-knowledge": 8,
            "code-request": 10,
            "gibberish": 10,
            "odd-even-other-sense": 10,
        },
    },
}

PLEASE = [("please ", None), (None, ", please"), ("Please, ", None), (None, " please")]
STEP = [("step by step: ", None), (None, ", step by step"), ("Step by step, ", None), (None, " (step by step)")]
SHOW = [
    ("show your reasoning: ", None),
    (None, ", show your reasoning"),
    ("Show your reasoning. ", None),
    (None, " (show your reasoning)"),
]


def filler_variant(it: Item, options, rng) -> Item:
    if it.bare_end:
        options = [o for o in options if o[0] is not None]
    elif it.no_prefix:  # e.g. "minus five plus 3": 'minus' must stay at the start
        options = [o for o in options if o[1] is not None]
    pre, suf = rng.choice(options)
    if pre is not None:
        return it.prefix(pre)
    last = it.parts[-1]
    if last[0] == "t" and last[1].endswith("?"):  # "is 7 odd?" -> "is 7 odd, please?"
        out = it.copy()
        out.parts[-1] = ("t", last[1][:-1].rstrip())
        return out.suffix(suf + "?")
    return it.suffix(suf)


def norm(s: str) -> str:
    return " ".join(s.casefold().split())


# ----------------------------------------------------------------------------------------------
# anchors: hand-picked prompts so that every phenomenon named in docs/TASKS.md is certainly covered.
# Operand values are written next to each prompt; the answers are still computed (sum / % 2 / \X).
# Flag 1: copied verbatim from docs/TASKS.md -> dev only; "h" -> dev2 (then the held-out set); 0 -> alternated.
# Prompts copied verbatim from docs/TASKS.md go to dev only: the training data follows the same contract
# and may well contain them word for word, which would contaminate the test set.
# ----------------------------------------------------------------------------------------------
A_ADD = [  # (prompt, operand values, verbatim-from-contract)
    ("what is twenty-one plus forty two?", [21, 42], 0),
    ("add one hundred and five to 7", [105, 7], 0),
    ("a hundred plus a thousand", [100, 1000], 0),
    ("three thousand + 250", [3000, 250], 0),
    ("what's negative five plus 12?", [-5, 12], 0),
    ("minus 8 plus 20", [-8, 20], 0),
    ("+7 plus +3", [7, 3], 0),
    ("1,000,000 + 1", [1000000, 1], 0),
    ("what is ３ plus ４?", [3, 4], 0),
    ("٣ + ٤", [3, 4], 0),
    ("what's 6 pluss 9", [6, 9], 0),
    ("ad 4 and 9", [4, 9], 0),
    ("summ of 10 and 32?", [10, 32], 0),
    ("sum 12, 30 and 7", [12, 30, 7], 0),
    ("increase 50 by 8", [50, 8], 0),
    ("what is 5 more than 11?", [5, 11], 0),
    ("-7 + -8", [-7, -8], 0),
    ("zero plus zero", [0, 0], 0),
    ("one billion plus one", [10**9, 1], 0),
    ("what do 250 and 750 add up to?", [250, 750], 0),
    ("twelve and ninety-nine added together", [12, 99], 0),
    ("the total of 1,234 and 4,321", [1234, 4321], 0),
    ("add 19 to negative twenty", [19, -20], 0),
    ("4 + minus 9", [4, -9], 0),
    ("2 plus 3", [2, 3], 1),
    ("2+3=?", [2, 3], 1),
    ("add 2 and 3", [2, 3], 1),
    ("add 2 to 3", [2, 3], 1),
    ("the sum of 2 and 3", [2, 3], 1),
    ("sum 2, 3 and 4", [2, 3, 4], 1),
    ("increase 5 by 3", [5, 3], 1),
    ("5 more than 3", [5, 3], 1),
    ("what do 2 and 3 add up to", [2, 3], 1),
    ("2 and 3 added together", [2, 3], 1),
]
A_PAR = [  # (prompt, value, verbatim)
    ("is 0 even?", 0, 0),
    ("is zero odd", 0, 0),
    ("is negative twelve even?", -12, 0),
    ("is 9 divisible by 2?", 9, 0),
    ("is 14 a multiple of 2?", 14, 0),
    ("is ７ even", 7, 0),
    ("is one hundred and five even or odd?", 105, 0),
    ("parity of -1", -1, 0),
    ("is 123456789012345678901234567890 odd?", 123456789012345678901234567890, 0),
    ("odd or even: twenty-two", 22, 0),
    ("is 1,000,001 odd?", 1000001, "h"),
    ("is 7 even?", 7, 1),
    ("is 7 odd?", 7, 1),
    ("odd or even: 7", 7, 1),
    ("is 7 divisible by 2?", 7, 1),
    ("is negative twelve odd?", -12, 1),
    ("parity of 7", 7, 1),
]
A_REV = [  # (template, operand, verbatim)
    ("reverse the word {w}", "hello", 1),
    ("reverse {w}", "12345", 1),
    ('reverse "{w}"', "good morning", 1),
    ("reverse the sentence {w}", "I like tea", 1),
    ("spell {w} backwards", "café", 0),
    ("reverse {w}", "naïve", 0),
    ("what is {w} reversed?", "Ñandú", 0),
    ("{w} backwards", "привет", 0),
    ("reverse the word {w}", "مرحبا", 0),
    ("flip the letters of {w}", "日本語", 0),
    ("reverse {w}", "👍🏽", 0),
    ("write {w} in reverse", "👨‍👩‍👧", 0),
    ("write {w} in reverse", "สวัสดี", 0),
    ("spell {w} backwards", "नमस्ते", 0),
    ("reverse «{w}»", "bonne nuit", 0),
    ("reverse ‘{w}’", "new moon", 0),
    ("spell “{w}” backwards", "thank you", 0),
    ("reverse '{w}'", "well done", 0),
    ("reverse the text {w}", "see you at noon", 0),
    ("flip the letters of {w}", "Straße", 0),
    ("reverse {w}", "cafe\u0301", 0),
    ("what's {w} backwards?", "2024", 0),
    ("reverse the phrase {w}", "ice cold", 0),
    ("spell {w} backwards", "தமிழ்", 0),
    ("reverse {w}", "👩‍❤️‍👨🇧🇷", 0),
    ("«{w}» backwards", "bon voyage", "h"),
    ("reverse {w}", "👨‍👩‍👧‍👦", "h"),
    ("spell {w} backwards", "வணக்கம்", "h"),
]
A_MISS = [  # (prompt, task, verbatim)
    ("What is 2 plus?", "addition", 1),
    ("add these numbers", "addition", 1),
    ("add 7", "addition", 1),
    ("is it even?", "parity", 1),
    ("even or odd?", "parity", 1),
    ("reverse the word", "reversal", 1),
    ("spell it backwards", "reversal", 1),
    ("what's 40 plus", "addition", 0),
    ("add up", "addition", 0),
    ("is the number odd?", "parity", 0),
    ("odd or even, which is it?", "parity", 0),
    ("can you flip the letters of the word?", "reversal", 0),
    ("write it backwards", "reversal", 0),
]
A_UNS = [  # (prompt, category, verbatim)
    ("5 minus 3", "cousin-arithmetic", 1),
    ("5 - 3", "cousin-arithmetic", 1),
    ("2 plus 3 times 4", "cousin-arithmetic", 1),
    ("(2 + 3) * 4", "cousin-arithmetic", 1),
    ("is 5 plus 3 greater than 7?", "cousin-arithmetic", 1),
    ("1.5 plus 2", "cousin-arithmetic", 1),
    ("1/2 plus 1/3", "cousin-arithmetic", 1),
    ("1e3 + 1", "cousin-arithmetic", 1),
    ("0x10 + 1", "cousin-arithmetic", 1),
    ("what is 12 minus 5", "cousin-arithmetic", 1),
    ("7 times 8", "cousin-arithmetic", 1),
    ("is 7 prime?", "cousin-number-question", 1),
    ("is 9 divisible by 3?", "cousin-number-question", 1),
    ("which is bigger, 3 or 5?", "cousin-number-question", 1),
    ("are 3 and 5 odd?", "cousin-number-question", 1),
    ("is 3 + 4 even?", "cousin-number-question", 1),
    ("is 3.5 even?", "cousin-number-question", 1),
    ('reverse the word order of "a b c"', "cousin-word-op", 1),
    ("reverse the list 1, 2, 3", "cousin-word-op", 1),
    ("an odd question", "odd-even-other-sense", 1),
    ("the odd one out", "odd-even-other-sense", 1),
    ("even numbers between 1 and 10", "odd-even-other-sense", 1),
    ("list the odd numbers", "odd-even-other-sense", 1),
    ("hi", "chit-chat", 1),
    ("how are you?", "chit-chat", 1),
    ("tell me a joke", "chit-chat", 1),
    ("asdf qwer", "gibberish", 1),
    ("???", "gibberish", 1),
    ("🙂🙂🙂", "gibberish", 1),
    ("what's 3 squared?", "cousin-arithmetic", 0),
    ("8 ** 2", "cousin-arithmetic", 0),
    ("4³ plus 1", "cousin-arithmetic", 0),
    ("20% of 50", "cousin-arithmetic", 0),
    ("what's 17 mod 5", "cousin-arithmetic", 0),
    ("5! plus 1", "cousin-arithmetic", 0),
    ("6 ÷ 3", "cousin-arithmetic", 0),
    ("what is 9 x 9", "cousin-arithmetic", 0),
    ("median of 4, 8 and 15", "cousin-arithmetic", 0),
    ("is 7 odd? what about 8?", "cousin-number-question", 0),
    ("is 49 a square number?", "cousin-number-question", 0),
    ("is 25 a multiple of 5?", "cousin-number-question", 0),
    ("is three and a half even?", "cousin-number-question", 0),
    ("does level read the same backwards?", "cousin-word-op", 0),
    ("how many vowels are in banana?", "cousin-word-op", 0),
    ("translate hello to Italian", "cousin-word-op", 0),
    ("give me an anagram of listen", "cousin-word-op", 0),
    ("spell necessary normally", "cousin-word-op", 0),
    ("sort the letters of zebra", "cousin-word-op", 0),
]


def anchor_items() -> list[tuple[Item, int]]:
    out = []
    for prompt, vals, v in A_ADD:
        out.append((Item(prompt, {}, "addition", str(sum(vals)), "addition"), v))
    for prompt, n, v in A_PAR:
        out.append((Item(prompt, {}, "parity", parity(n), "parity"), v))
    for tpl, w, v in A_REV:
        out.append((Item(tpl, {"w": w}, "reversal", reverse_graphemes(w), "reversal"), v))
    for prompt, task, v in A_MISS:
        out.append((Item(prompt, {}, task, None, "missing-operand"), v))
    for prompt, cat, v in A_UNS:
        out.append((Item(prompt, {}, "unsupported", None, cat), v))
    return out


def build():
    rng = random.Random(SEED)
    seen: dict[str, tuple[str, str | None]] = {}  # normalized prompt -> (file, group)
    # a hand-written prompt without slots (e.g. "tell me a joke") is used at most once overall, whatever
    # filler/casing it got, so the two files never share the same underlying sentence
    literal_owner: dict[str, tuple[str, str | None]] = {}
    rows_by_file: dict[str, list[dict]] = {f: [] for f in PLAN}

    def add(fname: str, it: Item, group: str | None) -> bool:
        rows = rows_by_file[fname]
        text = it.text()
        key = norm(text)
        if not text.strip() or len(text) > MAX_LEN:
            return False
        if key in seen and not (group is not None and seen[key] == (fname, group)):
            return False
        if not any(k == "s" for k, _ in it.parts):
            lk = norm(it.template)
            if lk in literal_owner and not (group is not None and literal_owner[lk] == (fname, group)):
                return False
            literal_owner[lk] = (fname, group)
        if group is not None and any(r["prompt"] == text for r in rows):
            return False
        seen[key] = (fname, group)
        rows.append({"prompt": text, "task": it.task, "answer": it.answer, "category": it.category, "group": group})
        return True

    # 1. anchors (reserved first so no generated prompt can take them)
    anchor_count = {f: Counter() for f in PLAN}
    toggle = 0
    for it, verbatim in anchor_items():
        if verbatim == "h":  # kept in the test set so that it covers this phenomenon too
            fname = "dev2"
        elif verbatim:
            fname = "dev"
        else:
            fname = "dev2" if toggle % 3 != 2 else "dev"  # about 2/3 to dev2, like the file sizes
            toggle += 1
        assert add(fname, it, None), it.text()
        anchor_count[fname][it.category] += 1

    # 2. invariance groups
    for fname, plan in PLAN.items():
        gid = plan["group_start"]
        used_templates = set()
        for cat, n in GROUP_BASES.items():
            made = 0
            while made < n:
                base = GENERATORS[cat](rng)
                typo = typo_item(base, rng)
                low = base.text().lower()
                if base.template in used_templates or norm(base.template) in literal_owner:
                    continue
                if typo is None or "\u0301" in low or any(w in low for w in ("please", "step by step", "reasoning")):
                    continue
                g = f"g{gid:04d}"
                fill = [
                    filler_variant(base, PLEASE, rng),
                    filler_variant(base, STEP, rng),
                    filler_variant(base, SHOW, rng),
                ]
                if plan["members"] == 4:
                    fill = [fill[(gid - plan["group_start"]) % 3]]
                members = [base, base.upper(), typo, *fill]
                texts = [m.text() for m in members]
                if (
                    len(set(texts)) != len(texts)
                    or any(norm(t) in seen for t in texts if norm(t) != norm(texts[0]))
                    or norm(texts[0]) in seen
                    or any(len(t) > MAX_LEN for t in texts)
                ):
                    continue
                for m in members:
                    assert add(fname, m, g)
                used_templates.add(base.template)
                gid += 1
                made += 1

    # 3. free prompts, real-user noise on most of them
    out = {}
    for fname, plan in PLAN.items():
        for cat, n in plan["free"].items():
            made, tries = anchor_count[fname][cat], 0
            while made < n:
                tries += 1
                if tries > 20000:
                    raise RuntimeError(f"cannot make {n} unique {cat} prompts for {fname}")
                it = GENERATORS[cat](rng)
                if rng.random() < 0.85:
                    it = perturb(it, rng)
                if add(fname, it, None):
                    made += 1
        rows = rows_by_file[fname]
        rng.shuffle(rows)
        out[fname] = [{"id": f"{plan['prefix']}{i:04d}", **r} for i, r in enumerate(rows, 1)]
        relabel_apply(out[fname], fname)  # issue 14: pure subtractions are in scope now
        # prompts the training data now holds too (tests/data/test_heldout_hygiene.py), left out, ids kept
        out[fname] = [row for row in out[fname] if row["prompt"] not in TRAINING_PROMPTS]
    return out


def dump(rows: list[dict]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def write(fresh: dict[str, list[dict]]) -> None:
    for fname, rows in fresh.items():
        (HERE / f"{fname}.jsonl").write_bytes(dump(rows))


# ----------------------------------------------------------------------------------------------
# validation
# ----------------------------------------------------------------------------------------------
def check(fresh: dict[str, list[dict]]) -> bool:
    """Validate the files on disk; ``fresh`` is this run's build (build() runs once per process)."""
    ok = True
    keys_by_file = {}
    all_ids = set()
    for fname in PLAN:
        path = HERE / f"{fname}.jsonl"
        if path.read_bytes() != dump(fresh[fname]):
            print(f"{fname}.jsonl differs from a fresh build")
            ok = False
        rows = []
        with open(path, encoding="utf-8") as f:
            for ln, line in enumerate(f, 1):
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as e:
                    print(f"{fname}:{ln}: bad JSON: {e}")
                    ok = False
        prompts = Counter(r["prompt"] for r in rows)
        for p, c in prompts.items():
            if c > 1:
                print(f"{fname}: duplicate prompt {p!r}")
                ok = False
        groups = defaultdict(list)
        for r in rows:
            if set(r) != {"id", "prompt", "task", "answer", "category", "group"}:
                print(f"{fname}: bad fields {r}")
                ok = False
            if r["id"] in all_ids:
                print(f"duplicate id {r['id']}")
                ok = False
            all_ids.add(r["id"])
            t, a, c = r["task"], r["answer"], r["category"]
            if c not in CATEGORIES or t not in TASKS:
                print(f"{r['id']}: bad task/category")
                ok = False
            if len(r["prompt"]) > MAX_LEN or not r["prompt"].strip():
                print(f"{r['id']}: bad length")
                ok = False
            if c in UNSUPPORTED_CATS and (t != "unsupported" or a is not None):
                print(f"{r['id']}: unsupported category must be task unsupported, answer null")
                ok = False
            if c == "missing-operand" and (t == "unsupported" or a is not None):
                print(f"{r['id']}: missing-operand must be an in-scope task with answer null")
                ok = False
            if c in ("addition", "parity", "reversal", "subtraction"):
                if t != c or not isinstance(a, str) or not a:
                    print(f"{r['id']}: in-scope prompt must have its task and a string answer")
                    ok = False
                elif t in ("addition", "subtraction") and not re.fullmatch(r"-?(0|[1-9][0-9]*)", a):
                    print(f"{r['id']}: {t} answer not a canonical integer: {a!r}")
                    ok = False
                elif t == "parity" and a not in ("even", "odd"):
                    print(f"{r['id']}: parity answer must be even/odd")
                    ok = False
            if r["group"] is not None:
                groups[r["group"]].append(r)
        for g, members in groups.items():
            if len({(m["task"], m["answer"]) for m in members}) != 1 or len(members) < 4:
                print(f"{fname}: group {g} inconsistent: {members}")
                ok = False
        for e in relabel_check(rows, fname):
            print(e)
            ok = False
        keys_by_file[fname] = {norm(r["prompt"]) for r in rows}
        print(
            f"\n{fname}.jsonl: {len(rows)} prompts, {len(groups)} invariance groups "
            f"({sum(len(m) for m in groups.values())} grouped prompts)"
        )
        cats = Counter(r["category"] for r in rows)
        tasks = Counter(r["task"] for r in rows)
        for c in CATEGORIES:
            print(f"  {c:24s} {cats[c]:4d}")
        print("  tasks: " + ", ".join(f"{k}={v} ({100 * v / len(rows):.0f}%)" for k, v in sorted(tasks.items())))
        miss = Counter(r["task"] for r in rows if r["category"] == "missing-operand")
        print("  missing-operand by task: " + ", ".join(f"{k}={v}" for k, v in sorted(miss.items())))
        print("  relabelled (relabel.py): " + ", ".join(f"{r.id} ({r.new_task})" for r in RELABELS[fname]))
    overlap = keys_by_file["dev2"] & keys_by_file["dev"]
    if overlap:
        print(f"prompts in both files (normalised): {sorted(overlap)[:10]}")
        ok = False
    print("\nOK" if ok else "\nFAILED")
    return ok


if __name__ == "__main__":
    built = build()
    if "--check" not in sys.argv:
        write(built)
    sys.exit(0 if check(built) else 1)
