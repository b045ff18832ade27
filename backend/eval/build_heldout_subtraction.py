"""Build and validate the subtraction held-out section, ``heldout_subtraction.jsonl`` (issue 14).

Written on 2026-12-06, before the subtraction skill was tuned, by an engineer who read only
``docs/TASKS.md`` and ``backend/eval/README.md`` (nothing under ``backend/app/`` or ``backend/tests/``, nor
the other builders' phrase lists). The phrase lists and sentence shapes below are this file's own; no
prompt equals an example string of docs/TASKS.md or a prompt of dev.jsonl, dev2.jsonl or heldout.jsonl
(``--check`` verifies both).

    backend/.venv/bin/python backend/eval/build_heldout_subtraction.py          # (re)write, then validate
    backend/.venv/bin/python backend/eval/build_heldout_subtraction.py --check  # validate only

Same rule as heldout.jsonl: never used for training, tuning, thresholds or model selection; report its
scores only. Stdlib only. Deterministic: one seeded RNG, no set iteration; every answer is computed from
the operands' integer values (``a - b - c ...`` left to right, ``abs(a - b)`` for "the difference
between").
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout_subtraction.jsonl"
TASKS_MD = HERE.parent.parent / "docs" / "TASKS.md"
OTHER_SETS = ("dev.jsonl", "dev2.jsonl", "heldout.jsonl")
rng = random.Random(20261206)

MAX_LEN = 512
GROUP_BASE = 2001  # g2001...: heldout uses g1001-g1040, dev2 g0001-g0040, dev g0501-g0540
FIELDS = ("id", "prompt", "task", "answer", "category", "group")

CATEGORY_TASK = {
    "subtraction": "subtraction",
    "missing-operand": "subtraction",
    "cousin-arithmetic": "unsupported",
    "cousin-number-question": "unsupported",
    "subtraction-other-sense": "unsupported",
    "code-request": "unsupported",
}
TARGET = {
    "subtraction": 180,
    "missing-operand": 20,
    "cousin-arithmetic": 40,
    "cousin-number-question": 22,
    "subtraction-other-sense": 24,
    "code-request": 14,
}
GROUPS_PER_CATEGORY = {"subtraction": 8, "missing-operand": 1, "cousin-arithmetic": 1, "cousin-number-question": 1}

# --------------------------------------------------------------------------------------------------
# Numbers: integer -> surface form, and an independent reader for the checks
# --------------------------------------------------------------------------------------------------

ONES = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
]  # fmt: skip
TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SCALES = [(10**9, "billion"), (10**6, "million"), (10**3, "thousand")]


def _words_below_1000(n: int, hyphen: bool, use_and: bool, lead_a: bool) -> list[str]:
    out: list[str] = []
    h, rest = divmod(n, 100)
    if h:
        out += ["a" if (lead_a and h == 1) else ONES[h], "hundred"]
        if rest and use_and:
            out.append("and")
    if rest >= 20:
        t, o = divmod(rest, 10)
        if o:
            out += [f"{TENS[t]}-{ONES[o]}"] if hyphen else [TENS[t], ONES[o]]
        else:
            out.append(TENS[t])
    elif rest or not out:
        out.append(ONES[rest])
    return out


def to_words(n: int, *, hyphen: bool = True, use_and: bool = True, lead_a: bool = False) -> str:
    """English words for 0 <= n < 10**12 (up to the billions, as the contract says)."""
    assert 0 <= n < 10**12
    if n == 0:
        return "zero"
    out: list[str] = []
    first = True
    for size, name in SCALES:
        q, n = divmod(n, size)
        if q:
            out += [*_words_below_1000(q, hyphen, use_and, lead_a and first), name]
            first = False
    if n:
        out += _words_below_1000(n, hyphen, use_and, lead_a and first)
    return " ".join(out)


WORD_VALUE = {w: i for i, w in enumerate(ONES)} | {w: 10 * i for i, w in enumerate(TENS) if w != "_"}


def words_to_int(text: str) -> int:
    """Read back what to_words writes (plus 'negative'); raises on anything else."""
    toks = text.lower().replace("-", " ").split()
    sign = 1
    if toks and toks[0] == "negative":
        sign, toks = -1, toks[1:]
    if not toks:
        raise ValueError(text)
    total = part = 0
    scale_of = {"thousand": 10**3, "million": 10**6, "billion": 10**9}
    for t in toks:
        if t == "and":
            continue
        if t == "a":
            part += 1
        elif t in WORD_VALUE:
            part += WORD_VALUE[t]
        elif t == "hundred":
            part *= 100
        elif t in scale_of:
            total += part * scale_of[t]
            part = 0
        else:
            raise ValueError(f"not a number word: {t!r} in {text!r}")
    return sign * (total + part)


def in_script(n: int, zero: str) -> str:
    """n's digits in the script whose digit zero is ``zero`` (full-width, Arabic-Indic, ...)."""
    return ("-" if n < 0 else "") + "".join(chr(ord(zero) + int(d)) for d in str(abs(n)))


def digits_to_int(s: str) -> int:
    return int(s.replace(",", ""))  # int() reads any Unicode decimal digit


def read_operand(s: str) -> int:
    """An operand as written: digits (any script, separators, sign), words, 'negative'/'minus' + either."""
    for sign_word in ("minus ", "negative "):
        if s.lower().startswith(sign_word):
            return -read_operand(s[len(sign_word) :])
    body = s.lstrip("+-")
    if body.replace(",", "").isdecimal():
        return -digits_to_int(body) if s.startswith("-") else digits_to_int(body)
    return words_to_int(s)


@dataclass
class Operand:
    surface: str
    value: int
    word: bool
    kind: str


DIGIT_KINDS = ["small", "mid", "big", "neg", "sep", "fullwidth", "arabic", "persian", "devanagari"]
WORD_KINDS = ["words", "words_big", "negwords"]


def make_operand(kind: str) -> Operand:
    r = rng
    if kind == "small":
        n = r.randint(0, 99)
        return Operand(str(n), n, False, kind)
    if kind == "mid":
        n = r.randint(100, 99999)
        return Operand(str(n), n, False, kind)
    if kind == "big":
        digits = r.randint(20, 150)
        n = r.randint(10 ** (digits - 1), 10**digits - 1)
        return Operand(str(n), n, False, kind)
    if kind == "neg":
        n = -r.choice([r.randint(1, 99), r.randint(100, 99999)])
        return Operand(str(n), n, False, kind)
    if kind == "plus":
        n = r.randint(1, 999)
        return Operand(f"+{n}", n, False, kind)
    if kind == "sep":
        n = r.choice([r.randint(1000, 999999), r.randint(10**6, 999999999)])
        return Operand(f"{n:,}", n, False, kind)
    if kind in ("fullwidth", "arabic", "persian", "devanagari"):
        zero = {"fullwidth": "\uff10", "arabic": "\u0660", "persian": "\u06f0", "devanagari": "\u0966"}[kind]
        n = r.randint(1, 9999)
        return Operand(in_script(n, zero), n, False, kind)
    if kind in ("words", "negwords"):
        n = r.choice([r.randint(0, 20), r.randint(21, 99), r.randint(100, 999), r.randint(1000, 99999)])
        hyphen = r.random() < 0.7
        text = to_words(n, hyphen=hyphen, use_and=r.random() < 0.6, lead_a=r.random() < 0.3)
        if kind == "negwords":
            n = max(n, 1)
            text = "negative " + to_words(n, hyphen=hyphen)
            n = -n
        return Operand(text, n, True, kind)
    if kind == "words_big":
        n = r.randint(1, 9) * r.choice([10**6, 10**9]) + r.choice([0, r.randint(1, 999) * 1000, r.randint(1, 99)])
        return Operand(to_words(n, hyphen=r.random() < 0.5, use_and=r.random() < 0.5), n, True, kind)
    raise ValueError(kind)


# --------------------------------------------------------------------------------------------------
# Sentence shapes (a: the number taken from; b, c, ...: the numbers taken away)
# --------------------------------------------------------------------------------------------------

# family -> (templates, operand kinds and weights). Symbol shapes take digits only; a template whose
# operator has no spaces around it ("{a}-{b}") never gets a signed right operand.
FAMILIES: dict[str, list[str]] = {
    "minus": [
        "{a} minus {b}",
        "what is {a} minus {b}?",
        "what's {a} minus {b}",
        "how much is {a} minus {b}?",
        "calculate {a} minus {b}",
        "can you work out {a} minus {b} for me?",
        "{a} minus {b} equals what?",
        "{a} minus {b} = ?",
        "compute {a} minus {b}",
        "tell me what {a} minus {b} comes to",
        "I need the answer to {a} minus {b}",
        "solve {a} minus {b}",
        "{a} minus {b} is how much?",
        "what do you get for {a} minus {b}?",
        "figure out {a} minus {b}",
        "what does {a} minus {b} make?",
    ],
    "hyphen": [
        "{a} - {b}",
        "what is {a} - {b}?",
        "{a} - {b} = ?",
        "{a}-{b}",
        "{a}-{b}=?",
        "calculate {a} - {b}",
        "evaluate {a} - {b}",
        "what's {a} - {b}",
        "how much is {a} - {b}",
        "result of {a} - {b}?",
        "{a}  -  {b}",
    ],
    "unicode-minus": [
        "{a} − {b}",
        "what is {a} − {b}?",
        "{a}−{b}",
        "{a} − {b} = ?",
        "compute {a} − {b}",
        "how much is {a} − {b}",
    ],
    "subtract": [
        "subtract {b} from {a}",
        "please subtract {b} from {a}",
        "can you subtract {b} from {a}?",
        "what do you get if you subtract {b} from {a}?",
        "what's left when you subtract {b} from {a}?",
        "if I subtract {b} from {a}, what do I get?",
        "subtract {b} from {a} for me",
        "help me subtract {b} from {a}",
        "I want to subtract {b} from {a}",
        "Subtract {b} from {a} and tell me the result",
    ],
    "take-away-from": [
        "take {b} away from {a}",
        "what do you get if you take {b} away from {a}?",
        "if you take {b} away from {a}, what's left?",
        "take {b} away from {a}, what remains?",
        "can you take {b} away from {a}",
    ],
    "take-away": [
        "{a} take away {b}",
        "what's {a} take away {b}?",
        "what is {a} take away {b}",
        "{a} take away {b} equals?",
        "how much is {a} take away {b}?",
    ],
    "decrease": [
        "decrease {a} by {b}",
        "please decrease {a} by {b}",
        "what do you get when you decrease {a} by {b}?",
        "what is {a} decreased by {b}?",
        "{a} decreased by {b}",
        "if you decrease {a} by {b}, what do you get?",
        "decrease {a} by {b}, what's the result?",
    ],
    "less-than": [
        "what is {b} less than {a}?",
        "{b} less than {a}",
        "what number is {b} less than {a}?",
        "what's {b} less than {a}",
        "tell me what {b} less than {a} is",
        "calculate {b} less than {a}",
    ],
    "chain": [
        "how much is {a} minus {b} minus {c}?",
        "{a} minus {b} minus {c}",
        "what is {a} - {b} - {c}?",
        "{a} - {b} - {c} - {d}",
        "{a} − {b} − {c}",
        "what's {a} minus {b} minus {c} minus {d}?",
        "calculate {a} - {b} - {c}",
        "{a}-{b}-{c}",
        "compute {a} minus {b} minus {c} minus {d} minus {e}",
    ],
    "difference": [
        "what is the difference between {a} and {b}?",
        "find the difference between {a} and {b}",
        "difference between {a} and {b}",
        "what's the difference between {a} and {b}",
        "tell me the difference between {a} and {b}",
        "calculate the difference between {a} and {b}",
        "how big is the difference between {a} and {b}?",
    ],
}
SYMBOL_FAMILIES = {"hyphen", "unicode-minus"}
KIND_WEIGHTS_WORDS = {
    "small": 26, "mid": 18, "big": 5, "neg": 5, "sep": 6, "fullwidth": 3, "arabic": 3, "persian": 1,
    "devanagari": 1, "words": 22, "words_big": 4, "negwords": 3,
}  # fmt: skip
KIND_WEIGHTS_DIGITS = {
    "small": 30, "mid": 22, "big": 7, "neg": 7, "sep": 8, "fullwidth": 4, "arabic": 4, "persian": 1,
    "devanagari": 1,
}  # fmt: skip
# singles per family (the 8 groups take one more template of their family each)
SINGLES = {
    "minus": 24,
    "hyphen": 18,
    "unicode-minus": 10,
    "subtract": 16,
    "take-away-from": 7,
    "take-away": 7,
    "decrease": 10,
    "less-than": 10,
    "chain": 14,
    "difference": 10,
}
GROUP_FAMILIES = ["minus", "hyphen", "subtract", "take-away-from", "decrease", "less-than", "chain", "difference"]

# in-scope prompts that random slots would rarely write: signs in words and a leading '+'
ANCHORS: list[tuple[str, list[tuple[str, int]]]] = [
    ("what is minus 12 minus 30?", [("minus 12", -12), ("30", 30)]),
    ("27 minus minus 8", [("27", 27), ("minus 8", -8)]),
    ("minus six minus nine, please", [("minus six", -6), ("nine", 9)]),
    ("+45 - 17", [("+45", 45), ("17", 17)]),
    ("how much is +300 minus 450?", [("+300", 300), ("450", 450)]),
    ("58 - -14 = ?", [("58", 58), ("-14", -14)]),
]

# --------------------------------------------------------------------------------------------------
# Noise: only ever on template text, never on an operand
# --------------------------------------------------------------------------------------------------

TYPOS = {
    "minus": ["minsu", "mius", "minuss", "mnus"],
    "subtract": ["substract", "subtact", "subract", "subtrcat", "sbtract"],
    "difference": ["diffrence", "differnce", "diference", "differance"],
    "decrease": ["decrese", "decreese", "decraese", "decrase"],
    "decreased": ["decresed", "decreesed"],
    "away": ["awy", "awya", "aways"],
    "take": ["tak", "tkae"],
    "less": ["lesss", "lees"],
    "what": ["waht", "whta"],
    "what's": ["whats", "waht's"],
    "calculate": ["calcualte", "calculte"],
    "compute": ["compue", "comptue"],
    "how": ["hwo"],
    "evaluate": ["evaulate"],
    "from": ["form", "frm"],
}
PREFIXES = [
    "hey, ", "hi! ", "quick question: ", "pls ", "ok so ", "hello, can you help? ", "Homework help: ", "um, ",
    "yo ", "Hey there. ", "math question: ", "sorry to bother you, ",
]  # fmt: skip
SUFFIXES = [" thanks", " thx", " :)", " please", ", thank you!", " asap", " (no rush)", " ty", " pls", "!!"]
PLEASE = (["please "], [" please", ", please"])
STEP = (["step by step: ", "Step by step, "], [" step by step", ", step by step"])
REASON = (["show your reasoning: ", "Show your reasoning - "], [" (show your reasoning)", ", show your reasoning"])

Seg = tuple[bool, str]  # (is template text, text)


def segments(tpl: str, ops: dict[str, Operand]) -> list[Seg]:
    out: list[Seg] = []
    for part in re.split(r"(\{[a-e]\})", tpl):
        if re.fullmatch(r"\{[a-e]\}", part):
            out.append((False, ops[part[1]].surface))
        elif part:
            out.append((True, part))
    return out


def text(segs: list[Seg]) -> str:
    return "".join(t for _, t in segs)


def on_template(segs: list[Seg], f) -> list[Seg]:
    return [(True, f(t)) if is_t else (is_t, t) for is_t, t in segs]


def random_case(t: str) -> str:
    return "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in t)


def typo_choices(segs: list[Seg]) -> list[tuple[int, str]]:
    found = []
    for i, (is_t, t) in enumerate(segs):
        if is_t:
            found += [(i, w) for w in re.findall(r"[A-Za-z']+", t) if w.lower() in TYPOS]
    return found


def apply_typo(segs: list[Seg], keyword_first: bool = True) -> list[Seg] | None:
    """One slip in one template word, a subtraction keyword when there is one."""
    choices = typo_choices(segs)
    if not choices:
        return None
    keys = [c for c in choices if c[1].lower() not in ("what", "what's", "how", "from")]
    i, word = rng.choice(keys if keyword_first and keys else choices)
    slip = rng.choice(TYPOS[word.lower()])
    if word.isupper():
        slip = slip.upper()
    elif word[0].isupper():
        slip = slip[0].upper() + slip[1:]
    t = segs[i][1]
    t = re.sub(rf"(?<![A-Za-z']){re.escape(word)}(?![A-Za-z'])", slip, t, count=1)
    return [*segs[:i], (True, t), *segs[i + 1 :]]


def with_suffix(segs: list[Seg], suffix: str) -> list[Seg]:
    if text(segs).endswith("?") and suffix.startswith(","):
        suffix = suffix[1:]  # "what is 9 minus 4? please", not "...4?, please"
    return [*segs, (True, suffix)]


def add_filler(segs: list[Seg], options: tuple[list[str], list[str]]) -> list[Seg]:
    pre, suf = options
    if rng.random() < 0.5:
        return [(True, rng.choice(pre)), *segs]
    return with_suffix(segs, rng.choice(suf))


def decorate(segs: list[Seg], p_noise: float, allow_typo: bool = True) -> list[Seg]:
    """The kinds of noise real users add (README: casing, spaces, punctuation, fillers, slips)."""
    if rng.random() >= p_noise:
        return segs
    r = rng.random()
    if r < 0.12:
        segs = [(is_t, t.upper()) for is_t, t in segs]
    elif r < 0.22:
        segs = on_template(segs, random_case)
    elif r < 0.42 and segs[0][0]:
        segs = [(True, segs[0][1][:1].upper() + segs[0][1][1:]), *segs[1:]]
    if allow_typo and rng.random() < 0.3:
        segs = apply_typo(segs) or segs
    if rng.random() < 0.2:
        segs = on_template(segs, lambda t: t.replace(" ", "  ", 1))
    if rng.random() < 0.35:
        segs = [(True, rng.choice(PREFIXES)), *segs]
    elif rng.random() < 0.35:
        segs = with_suffix(segs, rng.choice(SUFFIXES))
    last = segs[-1]
    if last[0] and last[1].endswith("?") and rng.random() < 0.3:
        segs = [*segs[:-1], (True, last[1][:-1] + rng.choice(["", "??", "?!"]))]
    if rng.random() < 0.08:
        segs = [(True, "  "), *segs] if rng.random() < 0.5 else [*segs, (True, " ")]
    return segs


# --------------------------------------------------------------------------------------------------
# Items
# --------------------------------------------------------------------------------------------------


@dataclass
class Item:
    prompt: str
    task: str
    answer: str | None
    category: str
    group: str | None = None
    ops: list[Operand] = field(default_factory=list)  # in the arithmetic's order: ops[0] - ops[1] - ...
    written: list[Operand] = field(default_factory=list)  # the same, in the prompt's order
    difference: bool = False
    family: str = ""
    variant: str = ""
    id: str = ""

    def public(self) -> dict[str, str | None]:
        return {k: getattr(self, k) for k in FIELDS}


ITEMS: list[Item] = []
SEEN: set[str] = set()


EXAMPLES: set[str] = set()


def norm(p: str) -> str:
    return " ".join(p.casefold().split())


def taken(p: str) -> bool:
    """Already in this set or another eval set, or (loosely) a docs/TASKS.md example string."""
    return norm(p) in SEEN or norm(p).rstrip("?.! ") in EXAMPLES


def add(item: Item, *, group_member: bool = False) -> bool:
    if len(item.prompt) > MAX_LEN or not item.prompt.strip():
        return False
    if taken(item.prompt) and not group_member:
        return False
    SEEN.add(norm(item.prompt))
    ITEMS.append(item)
    return True


def compute(ops: list[Operand], difference: bool) -> str:
    vals = [o.value for o in ops]
    if difference:
        return str(abs(vals[0] - vals[1]))
    out = vals[0]
    for v in vals[1:]:
        out -= v
    return str(out)


def pick_kind(weights: dict[str, int]) -> str:
    kinds = list(weights)
    return rng.choices(kinds, weights=[weights[k] for k in kinds])[0]


def fill(tpl: str, family: str) -> tuple[list[Seg], list[Operand], list[Operand]]:
    """Segments, the operands in written order, and in the arithmetic's order (a - b - c ...)."""
    names = re.findall(r"\{([a-e])\}", tpl)
    weights = KIND_WEIGHTS_DIGITS if family in SYMBOL_FAMILIES or "-" in tpl or "−" in tpl else KIND_WEIGHTS_WORDS
    if family == "chain" and re.search(r"\}[-−]\{", tpl):
        weights = {"small": 3, "mid": 1}  # "1-312,268-49" would read as a phone number
    ops: dict[str, Operand] = {}
    for i, name in enumerate(names):
        while True:
            kind = pick_kind(weights)
            if family == "chain" and kind == "big" and i > 1:
                continue  # one or two long operands per chain are enough
            o = make_operand(kind)
            glued = re.search(r"[-−]\{" + name + "}", tpl) is not None
            if glued and (o.value < 0 or o.surface.startswith("+")):
                continue  # "12--5" is not a prompt anyone writes
            if family == "difference" and o.word and " and " in o.surface:
                continue  # "between one hundred and five and 7" has two readings
            if any(o.surface == p.surface for p in ops.values()) and rng.random() < 0.8:
                continue
            break
        ops[name] = o
    a, b = ops["a"], ops["b"]
    glued_b = re.search(r"[-−]\{b}", tpl) is not None
    # people mostly take the smaller number away from the larger; the rest keeps negative results
    swap_ok = not (glued_b and (a.value < 0 or a.surface.startswith("+")))
    if len(names) == 2 and a.value < b.value and rng.random() < 0.6 and swap_ok:
        ops["a"], ops["b"] = b, a
    return segments(tpl, ops), [ops[n] for n in names], [ops[n] for n in sorted(names)]


def subtraction_item(tpl: str, family: str, p_noise: float) -> Item:
    segs, written, ops = fill(tpl, family)
    diff = family == "difference"
    segs = decorate(segs, p_noise)
    return Item(text(segs), "subtraction", compute(ops, diff), "subtraction", ops=ops, written=written,
                difference=diff, family=family)  # fmt: skip


def gen_subtraction_singles() -> None:
    for family, n in SINGLES.items():
        tpls = FAMILIES[family][:]
        made = 0
        while made < n:
            tpl = tpls[made % len(tpls)]
            if made % len(tpls) == 0:
                rng.shuffle(tpls)
                tpl = tpls[0]
            if add(subtraction_item(tpl, family, 0.8)):
                made += 1
    for prompt, ops in ANCHORS:
        operands = [Operand(s, v, not s.lstrip("+-").isdigit(), "sign") for s, v in ops]
        assert not taken(prompt), prompt
        item = Item(prompt, "subtraction", compute(operands, False), "subtraction", ops=operands, written=operands)
        item.family = "sign"
        assert add(item)


# --------------------------------------------------------------------------------------------------
# Missing operands and cousins
# --------------------------------------------------------------------------------------------------

MISSING = [
    "{a} minus what?",
    "subtract {a} from what?",
    "subtract {a}",
    "please take away {a}",
    "take {a} away",
    "decrease {a} by",
    "what's the difference between {a} and?",
    "how much is {a} take away?",
    "what is {a} - ?",
    "{a} −",
    "subtract from {a}",
    "what's {w} minus?",
]
MISSING_LITERAL = [
    "subtract these two numbers",
    "can you do a subtraction for me?",
    "I need to subtract two numbers",
    "subtract pls",
    "find the difference between these numbers",
    "subtract the smaller number from the larger",
]
MISSING_GROUP = "what is {a} minus?"

COUSIN_ARITH = [
    "{a} plus {b} minus {c}",
    "{a} - {b} + {c}",
    "what is {a} minus {b} plus {c}?",
    "add {a} and {b} then subtract {c}",
    "subtract {b} from {a} and add {c}",
    "{a} + {b} - {c} = ?",
    "take {b} away from {a}, then add {c}",
    "{a} minus {b} times {c}",
    "{a} times {b} minus {c}",
    "{a} - {b} / {c}",
    "({a} - {b}) * {c}",
    "{a} divided by {b} minus {c}",
    "{a}^2 - {b}",
    "{a} squared minus {b}",
    "{a}² − {b}",
    "square root of {a} minus {b}",
    "{a} minus {b} percent",
    "{a} − {b}%",
    "decrease {a} by {b}%",
    "{a}! - {b}",
    "{a} mod {b} minus {c}",
    "average of {a} and {b} minus {c}",
    "subtract {b} from {a} and double it",
    "half of {a} minus {b}",
    "{a} minus {b}, then divide by {c}",
    "what is {a}.5 minus {b}?",
    "{a} - {b}.25",
    "subtract 2.5 from {a}",
    "the difference between 4.2 and {a}",
    "decrease {a} by 0.5",
    "3/4 − 1/8",
    "1e4 - 1",
    "0xFF - 1",
    "what is minus {a}?",
    "minus {a}",
    "what's -{a}?",
    "minus {w}",
    "sum and difference of {a} and {b}",
    "what is {a} minus {b} squared",
    "{a} minus the square of {b}",
]
COUSIN_ARITH_GROUP = "what is {a} plus {b} minus {c}?"

COUSIN_NUM = [
    "is {a} less than {b}?",
    "is {a} less than {b}",
    "is -{a} less than -{b}?",
    "are {a} and {b} less than {c}?",
    "which is less, {a} or {b}?",
    "which number is smaller: {a} or {b}?",
    "is {a} minus {b} greater than {c}?",
    "is {a} - {b} = {c}?",
    "is {a} − {b} equal to {c}?",
    "does {a} minus {b} equal {c}?",
    "is {a} minus {b} even?",
    "is {a} - {b} odd?",
    "is {a} minus {b} a prime number?",
    "is {a} - {b} negative?",
    "is {a} less than {b} minus {c}?",
    "is the difference between {a} and {b} more than {c}?",
    "{a} is less than {b}, true or false?",
    "is {w} less than {a}?",
    "is {a} take away {b} bigger than {c}?",
    "is {a} decreased by {b} still positive?",
    "subtract {b} from {a}: is the result odd or even?",
]
COUSIN_NUM_GROUP = "is {a} less than {b}?"

OTHER_SENSE = [
    "what's the difference between a crocodile and an alligator?",
    "difference between weather and climate",
    "what is the difference between affect and effect",
    "how do I subtract the background from a photo in GIMP?",
    "explain the meaning of the word minus",
    "what is subtraction used for in real life?",
    "is subtraction commutative?",
    "teach my kid how borrowing works in subtraction",
    "give me five subtraction word problems for grade two",
    "make me a subtraction worksheet",
    "who invented the minus sign?",
    "what's the opposite of subtraction?",
    "is there a good take away restaurant near the station?",
    "it's minus 12 outside, should I wear a coat?",
    "convert minus 10 celsius to fahrenheit",
    "what day of the week was 1969-07-20?",
    "give me a random number 1-100",
    "the game ended 4-2, was that a big win?",
    "my phone number is 555-0142, can you remember it?",
    "can you summarise chapters 3-5 of Dune?",
    "how can I decrease my screen time?",
    "is there a difference between less and fewer?",
    "minus??",
    "what's the key take away from stoicism?",
    "why is minus times minus plus?",
    "the temperature will decrease by a few degrees tonight, right?",
]
CODE = [
    "write a Python function to subtract one integer from another",
    "subtract one Date from another in JavaScript",
    "what does x -= 5 do in C?",
    "SQL query to subtract two columns",
    "numpy: subtract a vector from each row of a matrix",
    "why does 0.3 - 0.1 give 0.19999999999999998 in Python?",
    "implement big integer subtraction in Rust",
    "write a Java method that returns a minus b",
    "explain the -- operator in C++",
    "how do I subtract one set from another in python",
    "excel formula to subtract column B from column A",
    "what's the difference between git merge and git rebase?",
    "in bash, how do I compute 10 - 3 with $(( ))?",
    "what does print(7 - 2) output in python?",
    "write a regex that matches negative numbers like -5",
    "subtract two matrices in MATLAB",
]


def small_ops() -> dict[str, Operand]:
    ops = {n: make_operand(rng.choice(["small", "small", "small", "mid"])) for n in "abcde"}
    for n in "abcde":
        if ops[n].value < 2:
            ops[n] = Operand(str(ops[n].value + 7), ops[n].value + 7, False, "small")
    ops["w"] = Operand(to_words(rng.randint(2, 99)), 0, True, "words")
    return ops


def fill_plain(tpl: str) -> list[Seg]:
    ops = small_ops()
    out: list[Seg] = []
    for part in re.split(r"(\{[a-ew]\})", tpl):
        if re.fullmatch(r"\{[a-ew]\}", part):
            out.append((False, ops[part[1]].surface))
        elif part:
            out.append((True, part))
    return out


def gen_from_templates(tpls: list[str], category: str, task: str, n: int, p_noise: float) -> None:
    made, i = 0, 0
    order = tpls[:]
    rng.shuffle(order)
    while made < n:
        tpl = order[i % len(order)]
        i += 1
        segs = decorate(fill_plain(tpl), p_noise, allow_typo=task != "unsupported" or rng.random() < 0.5)
        if add(Item(text(segs), task, None, category)):
            made += 1
        if i > 50 * n:
            raise RuntimeError(f"cannot make {n} {category} prompts")


def gen_literals(lst: list[str], category: str, n: int, p_noise: float) -> None:
    order = lst[:]
    rng.shuffle(order)
    made = 0
    for p in order:
        if made == n:
            break
        segs = decorate([(True, p)], p_noise, allow_typo=False)
        if add(Item(text(segs), "unsupported" if category != "missing-operand" else "subtraction", None, category)):
            made += 1
    assert made == n, (category, made, n)


# --------------------------------------------------------------------------------------------------
# Invariance groups: base, ALL CAPS, one slip, and the base with please / step by step / show your reasoning
# --------------------------------------------------------------------------------------------------


def make_group(
    gid: int,
    segs: list[Seg],
    task: str,
    answer: str | None,
    category: str,
    *,
    ops: list[Operand] | None = None,
    written: list[Operand] | None = None,
    difference: bool = False,
    family: str = "",
) -> bool:
    typo = apply_typo(segs)
    if typo is None:
        return False
    variants = {
        "base": segs,
        "caps": [(is_t, t.upper()) for is_t, t in segs],
        "typo": typo,
        "please": add_filler(segs, PLEASE),
        "step": add_filler(segs, STEP),
        "reason": add_filler(segs, REASON),
    }
    prompts = [text(v) for v in variants.values()]
    if any(taken(p) for p in prompts) or len(set(prompts)) != 6:
        return False
    g = f"g{gid:04d}"
    for name, v in variants.items():
        item = Item(text(v), task, answer, category, g, ops or [], written or [], difference, family, name)
        assert add(item, group_member=True)
    return True


def gen_groups() -> None:
    gid = GROUP_BASE
    for family in GROUP_FAMILIES:
        dummy = {n: Operand("1", 1, False, "") for n in "abcde"}
        tpls = [t for t in FAMILIES[family] if typo_choices(segments(t, dummy))]
        while True:
            tpl = rng.choice(tpls)
            segs, written, ops = fill(tpl, family)
            if any(o.kind == "big" for o in written):
                continue  # keep group prompts short
            diff = family == "difference"
            answer = compute(ops, diff)
            if make_group(
                gid,
                segs,
                "subtraction",
                answer,
                "subtraction",
                ops=ops,
                written=written,
                difference=diff,
                family=family,
            ):
                break
        gid += 1
    for tpl, task, cat in [
        (MISSING_GROUP, "subtraction", "missing-operand"),
        (COUSIN_ARITH_GROUP, "unsupported", "cousin-arithmetic"),
        (COUSIN_NUM_GROUP, "unsupported", "cousin-number-question"),
    ]:
        while not make_group(gid, fill_plain(tpl), task, None, cat):
            pass
        gid += 1


def build() -> list[Item]:
    ITEMS.clear()
    SEEN.clear()
    SEEN.update(other_set_prompts())
    EXAMPLES.clear()
    EXAMPLES.update(contract_examples())
    gen_groups()
    gen_subtraction_singles()
    in_groups = Counter(it.category for it in ITEMS if it.group)
    gen_from_templates(MISSING, "missing-operand", "subtraction", TARGET["missing-operand"] - 6 - 6, 0.6)
    gen_literals(MISSING_LITERAL, "missing-operand", 6, 0.5)
    gen_from_templates(
        COUSIN_ARITH,
        "cousin-arithmetic",
        "unsupported",
        TARGET["cousin-arithmetic"] - in_groups["cousin-arithmetic"],
        0.5,
    )
    gen_from_templates(
        COUSIN_NUM,
        "cousin-number-question",
        "unsupported",
        TARGET["cousin-number-question"] - in_groups["cousin-number-question"],
        0.5,
    )
    gen_literals(OTHER_SENSE, "subtraction-other-sense", TARGET["subtraction-other-sense"], 0.4)
    gen_literals(CODE, "code-request", TARGET["code-request"], 0.3)
    items = ITEMS[:]
    rng.shuffle(items)
    for i, it in enumerate(items, 1):
        it.id = f"s{i:04d}"
    return items


def dump(items: list[Item]) -> bytes:
    return "".join(json.dumps(it.public(), ensure_ascii=False) + "\n" for it in items).encode("utf-8")


# --------------------------------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------------------------------


def contract_examples() -> set[str]:
    """Every `code span` of docs/TASKS.md, normalised: no prompt may be one of them."""
    spans = re.findall(r"`([^`]+)`", TASKS_MD.read_text(encoding="utf-8"))
    return {norm(s).rstrip("?.! ") for s in spans}


def other_set_prompts() -> set[str]:
    """Normalised prompts of the other eval sets, kept out of this one."""
    out = set()
    for name in OTHER_SETS:
        for line in (HERE / name).read_text(encoding="utf-8").splitlines():
            out.add(norm(json.loads(line)["prompt"]))
    return out


ASCII_NUM = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?!\d|,\d)|(?<![\w.,])\d+(?![\w]|[.,]\d)")


def validate(items: list[dict], metas: list[Item] | None) -> list[str]:
    errs: list[str] = []
    if [it["id"] for it in items] != [f"s{i:04d}" for i in range(1, len(items) + 1)]:
        errs.append("ids are not s0001..sN in file order")
    if len({it["id"] for it in items}) != len(items):
        errs.append("duplicate ids")
    examples = contract_examples()
    others = other_set_prompts()
    norms: dict[str, list[dict]] = {}
    for it in items:
        where = f"{it['id']} {it['prompt']!r}"
        if tuple(it) != FIELDS:
            errs.append(f"{where}: fields {tuple(it)}")
            continue
        p, task, ans, cat = it["prompt"], it["task"], it["answer"], it["category"]
        if not isinstance(p, str) or not p.strip() or len(p) > MAX_LEN:
            errs.append(f"{where}: empty or too long")
        if CATEGORY_TASK.get(cat) != task:
            errs.append(f"{where}: task {task} not allowed for category {cat}")
        if cat == "subtraction":
            if not (isinstance(ans, str) and re.fullmatch(r"-?(0|[1-9]\d*)", ans)):
                errs.append(f"{where}: bad answer {ans!r}")
        elif ans is not None:
            errs.append(f"{where}: answer must be null")
        if it["group"] is not None and not re.fullmatch(r"g2\d{3}", it["group"]):
            errs.append(f"{where}: group id outside g2001..")
        if norm(p).rstrip("?.! ") in examples:
            errs.append(f"{where}: a docs/TASKS.md example string")
        if norm(p) in others:
            errs.append(f"{where}: also in another eval set")
        norms.setdefault(norm(p), []).append(it)
    for its in norms.values():
        if len(its) > 1 and not (len(its) == 2 and its[0]["group"] and its[0]["group"] == its[1]["group"]):
            errs.append(f"duplicate prompt: {[i['prompt'] for i in its]}")

    groups: dict[str, list[dict]] = {}
    for it in items:
        if it["group"]:
            groups.setdefault(it["group"], []).append(it)
    for gid, its in sorted(groups.items()):
        if len(its) != 6 or len({(i["task"], i["answer"], i["category"]) for i in its}) != 1:
            errs.append(f"{gid}: {len(its)} members or members disagree")
    spread = Counter(its[0]["category"] for its in groups.values())
    if dict(spread) != GROUPS_PER_CATEGORY:
        errs.append(f"group spread {dict(spread)} != {GROUPS_PER_CATEGORY}")
    cats = Counter(it["category"] for it in items)
    if dict(cats) != TARGET:
        errs.append(f"category counts {dict(cats)} != {TARGET}")

    for meta in metas or []:
        errs += check_meta(meta)
    return errs


def check_meta(it: Item) -> list[str]:
    """Re-derive the answer from the recorded operands, each of which must be in the prompt, in order."""
    where = f"{it.id} {it.prompt!r}"
    if it.task != "subtraction" or it.answer is None:
        return [f"{where}: operands recorded on a prompt without an answer"] if it.ops else []
    errs = []
    low, pos, spans = it.prompt.casefold(), 0, []
    for o in it.written:
        at = low.find(o.surface.casefold(), pos)
        if at < 0:
            errs.append(f"{where}: operand {o.surface!r} not in the prompt after position {pos}")
        pos = max(at, 0) + len(o.surface)
        spans.append((at, pos))
        value = read_operand(o.surface)
        if value != o.value:
            errs.append(f"{where}: {o.surface!r} reads {value}, recorded {o.value}")
    if sorted(map(id, it.written)) != sorted(map(id, it.ops)) or len(spans) < 2:
        return [*errs, f"{where}: written and computed operands differ"]
    # which number is taken from, read from the text: the one after "from"/"than" ("subtract b from a",
    # "take b away from a", "b less than a"), else the first one written
    between = low[spans[0][1] : spans[1][0]]
    takes_from_second = re.search(r"\b(from|form|frm|than)\b", between) is not None
    minuend = it.written[1] if takes_from_second else it.written[0]
    expected_order = [minuend] + [o for o in it.written if o is not minuend]
    if [id(o) for o in expected_order] != [id(o) for o in it.ops]:
        errs.append(f"{where}: the text takes {minuend.surface!r} as the number to subtract from")
    vals = [o.value for o in it.ops]
    want = abs(vals[0] - vals[1]) if it.difference else vals[0] - sum(vals[1:])
    if (len(vals) != 2 and it.difference) or len(vals) < 2 or str(want) != it.answer:
        errs.append(f"{where}: answer {it.answer} != {want}")
    if all(not o.word and o.surface.lstrip("+-").isascii() for o in it.ops):
        # independent of the recorded surfaces: the ASCII numbers in the text are the operands
        found = sorted(digits_to_int(m) for m in ASCII_NUM.findall(it.prompt))
        if found != sorted(abs(v) for v in vals):
            errs.append(f"{where}: numbers in the text {found} != operands {vals}")
    return errs


def table(items: list[Item]) -> str:
    cats = Counter(it.category for it in items)
    ing = Counter(it.category for it in items if it.group)
    lines = [f"{'category':<26}{'count':>6}{'in groups':>11}"]
    lines += [f"{c:<26}{cats[c]:>6}{ing[c]:>11}" for c in TARGET]
    lines.append(f"{'total':<26}{len(items):>6}{sum(ing.values()):>11}")
    tasks = Counter(it.task for it in items)
    lines.append("tasks: " + ", ".join(f"{t} {n}" for t, n in sorted(tasks.items())))
    sub = [it for it in items if it.category == "subtraction"]
    fam = Counter(it.family for it in sub)
    lines.append("subtraction by shape: " + ", ".join(f"{f} {fam[f]}" for f in [*FAMILIES, "sign"]))
    kinds = Counter(k for it in sub for k in {o.kind for o in it.ops})
    lines.append("prompts with an operand of kind: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    lines.append(
        f"negative answers {sum(it.answer.startswith('-') for it in sub if it.answer)}, "
        f"3+ operands {sum(len(it.ops) > 2 for it in sub)}, keyword slips {sum(typoed(it.prompt) for it in sub)}, "
        f"longest prompt {max(len(it.prompt) for it in items)} chars"
    )
    return "\n".join(lines)


def typoed(p: str) -> bool:
    slips = {s for v in TYPOS.values() for s in v}
    return any(w in slips for w in re.findall(r"[a-z']+", p.lower()))


MINIMUMS = {  # coverage the brief asks for; a failed minimum is a validation error
    "in-scope": 150, "cousins": 80, "missing": 20, "negative answers": 20, "3+ operands": 15, "words": 25,
    "big": 8, "neg": 15, "sep": 8, "other-script": 10, "slips": 15,
}  # fmt: skip


def coverage(items: list[Item]) -> list[str]:
    sub = [it for it in items if it.category == "subtraction"]
    kinds = Counter(k for it in sub for k in {o.kind for o in it.ops})
    have = {
        "in-scope": len(sub),
        "cousins": sum(it.task == "unsupported" for it in items),
        "missing": sum(it.category == "missing-operand" for it in items),
        "negative answers": sum(bool(it.answer and it.answer.startswith("-")) for it in sub),
        "3+ operands": sum(len(it.ops) > 2 for it in sub),
        "words": kinds["words"] + kinds["words_big"] + kinds["negwords"],
        "big": kinds["big"],
        "neg": kinds["neg"] + kinds["negwords"],
        "sep": kinds["sep"],
        "other-script": kinds["fullwidth"] + kinds["arabic"] + kinds["persian"] + kinds["devanagari"],
        "slips": sum(typoed(it.prompt) for it in sub),
    }
    return [f"coverage: {k} {have[k]} < {m}" for k, m in MINIMUMS.items() if have[k] < m]


def main(argv: list[str]) -> int:
    check_only = "--check" in argv
    items = build()
    data = dump(items)
    errs = validate([it.public() for it in items], items) + coverage(items)
    if not check_only and not errs:
        OUT.write_bytes(data)
    if OUT.exists():
        on_disk = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines()]
        errs += [f"file: {e}" for e in validate(on_disk, None)]
        if OUT.read_bytes() != data:
            errs.append(f"{OUT.name} differs from a fresh build")
    else:
        errs.append(f"{OUT.name} does not exist")
    print(table(items))
    if errs:
        print(f"\n{len(errs)} problem(s):")
        for e in errs[:60]:
            print("  " + e)
        return 1
    print(("checked" if check_only else "wrote") + f" {OUT} ({len(items)} prompts): OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
