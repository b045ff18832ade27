"""Write and validate heldout_subtraction2.jsonl: a second held-out section for the subtraction skill.

Written on 2026-12-06 by an engineer who read only docs/TASKS.md, backend/eval/README.md and the first lines
of heldout.jsonl. Its phrase lists and sentence shapes are its own; nothing here is tuned on.

    backend/.venv/bin/python backend/eval/build_heldout_subtraction2.py          # write, then validate
    backend/.venv/bin/python backend/eval/build_heldout_subtraction2.py --check  # validate only
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from random import Random

HERE = Path(__file__).resolve().parent
OUT = HERE / "heldout_subtraction2.jsonl"
TASKS_MD = HERE.parent.parent / "docs" / "TASKS.md"
OTHER_SETS = ("dev.jsonl", "dev2.jsonl", "heldout.jsonl", "heldout_subtraction.jsonl")
SEED = 20261207
ID_PREFIX = "u"
FIRST_GROUP = 3001
MAX_LEN = 512

# ---------------------------------------------------------------- numbers

_ONES = [
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
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_SCALES = ((10**9, "billion"), (10**6, "million"), (1000, "thousand"))

# Digit zeros of other scripts: Arabic-Indic, Persian, full-width, Devanagari, Bengali, Thai.
SCRIPTS = {
    "arabic": 0x0660,
    "persian": 0x06F0,
    "fullwidth": 0xFF10,
    "devanagari": 0x0966,
    "bengali": 0x09E6,
    "thai": 0x0E50,
}


def _below_100(n: int, hyphen: bool) -> str:
    if n < 20:
        return _ONES[n]
    tens, ones = divmod(n, 10)
    return _TENS[tens] if ones == 0 else _TENS[tens] + ("-" if hyphen else " ") + _ONES[ones]


def _below_1000(n: int, hyphen: bool, use_and: bool) -> str:
    hundreds, rest = divmod(n, 100)
    if hundreds == 0:
        return _below_100(rest, hyphen)
    head = _ONES[hundreds] + " hundred"
    if rest == 0:
        return head
    return head + (" and " if use_and else " ") + _below_100(rest, hyphen)


def to_words(n: int, hyphen: bool = True, use_and: bool = True, article: bool = False) -> str:
    """English words for 0 <= n < 10**12 ("a hundred and five" with article=True and 100 <= n < 200)."""
    assert 0 <= n < 10**12
    if n == 0:
        return "zero"
    parts = []
    rest = n
    for scale, name in _SCALES:
        count, rest = divmod(rest, scale)
        if count:
            parts.append(_below_1000(count, hyphen, use_and) + " " + name)
    if rest:
        parts.append(_below_1000(rest, hyphen, use_and))
    text = " ".join(parts)
    if article and text.startswith("one "):
        text = "a " + text[4:]
    return text


def to_script(text: str, script: str) -> str:
    zero = SCRIPTS[script]
    return "".join(chr(zero + int(c)) if c.isdigit() else c for c in text)


# An independent reader, used only by the checks: operand text -> int.
_WORD_VALUES = {w: i for i, w in enumerate(_ONES)} | {w: 10 * i for i, w in enumerate(_TENS) if w != "_"}
_WORD_SCALES = {"thousand": 1000, "million": 10**6, "billion": 10**9}


def read_number(text: str) -> int:
    s = text.strip().casefold()
    sign = 1
    for prefix, value in (("negative ", -1), ("minus ", -1), ("-", -1), ("−", -1), ("+", 1)):
        if s.startswith(prefix):
            return value * read_number(s[len(prefix) :])
    if any(unicodedata.category(c) == "Nd" for c in s):
        assert re.fullmatch(r"\d{1,3}(,\d{3})*|\d+", s), text
        return sign * int("".join(str(unicodedata.digit(c)) for c in s if c != ","))
    total = current = 0
    tokens = s.replace("-", " ").split()
    for i, tok in enumerate(tokens):
        if tok == "and":
            continue
        if tok == "a" and i == 0:
            current = 1
        elif tok == "hundred":
            current *= 100
        elif tok in _WORD_SCALES:
            total += current * _WORD_SCALES[tok]
            current = 0
        else:
            current += _WORD_VALUES[tok]
    return sign * (total + current)


# ---------------------------------------------------------------- items


@dataclass
class Item:
    prompt: str
    task: str
    category: str
    answer: str | None = None
    group: str | None = None
    # For subtraction prompts: operand texts in the order they are written, and how they combine
    # ("fwd": left to right, "rev": the second is taken from, "diff": larger minus smaller).
    operands: list[str] = field(default_factory=list)
    kind: str = ""
    shape: str = ""


@dataclass
class Template:
    """A sentence with operand slots written as \\x00<i>\\x00 so noise and casing never touch an operand."""

    text: str
    operands: list[str]
    kind: str


def slot(i: int) -> str:
    return f"\x00{i}\x00"


def fill(template: str, operands: list[str], upper: bool = False) -> str:
    out = template
    for i, op in enumerate(operands):
        out = out.replace(slot(i), op.upper() if upper else op)
    assert "\x00" not in out
    return out


def compute(values: list[int], kind: str) -> int:
    if kind == "rev":
        assert len(values) == 2
        return values[1] - values[0]
    if kind == "diff":
        assert len(values) == 2
        return abs(values[0] - values[1])
    result = values[0]
    for v in values[1:]:
        result -= v
    return result


# ---------------------------------------------------------------- noise

KEYWORD_TYPOS = {
    "minus": ["mnus", "minu", "minnus", "miuns", "mibus", "minuss"],
    "subtract": ["subract", "sbutract", "subtrat", "subtratc", "subtrsct", "subttract"],
    "difference": ["differnce", "diference", "differense", "difefrence", "diffference"],
    "decrease": ["decraese", "decreas", "dcrease", "derease", "decreaes"],
    "decreased": ["decreasd", "decraesed", "dcreased"],
    "away": ["awya", "aqay", "awayy"],
    "between": ["betwen", "bewteen", "beetween"],
    "take": ["tkae", "takke"],
}
OTHER_TYPOS = {
    "what": ["waht", "whta"],
    "calculate": ["calcualte", "calculte"],
    "smaller": ["smaler", "smalelr"],
    "times": ["tims", "tiems"],
    "compute": ["comptue"],
    "please": ["pleas"],
}

PREFIXES = [
    "hey, ",
    "hi! ",
    "ok so ",
    "quick question: ",
    "um ",
    "sorry to bother you, ",
    "hello there. ",
    "for my homework: ",
    "my kid asked me: ",
    "help me out: ",
    "real quick, ",
    "so ",
    "yo ",
    "pls ",
]
SUFFIXES = [" thanks", " thank you!", " pls", " please", " :)", " ty", " lol", " thx!", " asap", " cheers"]


def typo_in(text: str, rng: Random, table: dict[str, list[str]]) -> str | None:
    """Replace one keyword of the template text (outside the slots) with a one-letter slip, or None."""
    found = [w for w in table if re.search(rf"\b{w}\b", text, flags=re.IGNORECASE)]
    if not found:
        return None
    word = rng.choice(sorted(found))
    typo = rng.choice(table[word])

    def repl(m: re.Match[str]) -> str:
        return typo.upper() if m.group(0).isupper() else typo.capitalize() if m.group(0)[0].isupper() else typo

    return re.sub(rf"\b{word}\b", repl, text, count=1, flags=re.IGNORECASE)


def random_case(text: str, rng: Random) -> str:
    return "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in text)


def noisy(template: str, rng: Random, typo_rate: float = 0.25, suffix: bool = True) -> tuple[str, bool]:
    """Add real-user noise to a template (slots untouched). Returns (text, upper_operands)."""
    text = template
    if rng.random() < typo_rate:
        text = typo_in(text, rng, KEYWORD_TYPOS) or text
    r = rng.random()
    if r < 0.18:
        text = rng.choice(PREFIXES) + text
    elif r < 0.32 and suffix and "please" not in text:
        text = text + rng.choice(SUFFIXES)
    r = rng.random()
    upper = False
    if r < 0.06:
        text, upper = text.upper(), True
    elif r < 0.09:
        text = random_case(text, rng)
    elif r < 0.40:
        text = text[:1].upper() + text[1:]
    r = rng.random()
    if r < 0.10:
        spaces = [m.start() for m in re.finditer(" ", text)]
        if spaces:
            i = rng.choice(spaces)
            text = text[:i] + "  " + text[i + 1 :]
    elif r < 0.14:
        text = " " + text if rng.random() < 0.5 else text + " "
    r = rng.random()
    if "=" in text or not (text[-1:].isalnum() or text[-1:] in "?\x00"):
        pass
    elif text.endswith("?"):
        if r < 0.15:
            text = text[:-1]
        elif r < 0.25:
            text += "??"
    elif r < 0.08:
        text += "!!"
    elif r < 0.14:
        text += "."
    return text, upper


# ---------------------------------------------------------------- operands


@dataclass
class Operand:
    text: str
    value: int


def digits_operand(value: int) -> Operand:
    return Operand(str(value), value)


def pick_value(rng: Random, size: str) -> int:
    if size == "small":
        return rng.randint(0, 99)
    if size == "medium":
        return rng.randint(100, 99_999)
    if size == "large":
        return rng.randint(100_000, 10**12)
    if size == "big":
        return rng.randint(10 ** (rng.randint(19, 150)), 10 ** rng.randint(151, 160))
    raise ValueError(size)


def word_value(rng: Random) -> int:
    kind = rng.choice(["teen", "tens", "tens", "hundreds", "hundreds", "thousands", "millions", "billions"])
    if kind == "teen":
        return rng.randint(0, 19)
    if kind == "tens":
        return rng.randint(20, 99)
    if kind == "hundreds":
        return rng.randint(100, 999)
    if kind == "thousands":
        return rng.choice([rng.randint(1, 99) * 1000, rng.randint(1000, 999_999)])
    if kind == "millions":
        return rng.choice([rng.randint(1, 9) * 10**6, rng.randint(1, 999) * 10**6 + rng.randint(1, 999) * 1000])
    return rng.randint(1, 12) * 10**9


def word_operand(rng: Random, value: int, allow_and: bool = True) -> Operand:
    hyphen = rng.random() < 0.7
    use_and = allow_and and rng.random() < 0.6
    article = 100 <= value < 200 and rng.random() < 0.4
    text = to_words(abs(value), hyphen, use_and, article)
    if value < 0:
        text = "negative " + text
    return Operand(text, value)


FORMATS = [
    "small",
    "small",
    "small",
    "small",
    "medium",
    "medium",
    "medium",
    "large",
    "big",
    "big",
    "words",
    "words",
    "words",
    "words",
    "mixed",
    "sep",
    "sep",
    "sep",
    "script",
    "script",
    "script",
    "negative",
    "negative",
]


def make_operands(
    rng: Random,
    n: int,
    fmt: str,
    *,
    ascii_plain: bool = False,
    allow_and: bool = True,
    negative_right: bool = True,
    words_ok: bool = True,
) -> list[Operand]:
    """n operands in one format. ascii_plain: only unsigned ASCII digits (glued a-b); words_ok: number words."""
    if ascii_plain:
        fmt = rng.choice(["small", "small", "medium"])
    if not words_ok and fmt in ("words", "mixed"):
        fmt = "medium"
    if fmt in ("small", "medium", "large", "big"):
        return [digits_operand(pick_value(rng, fmt)) for _ in range(n)]
    if fmt == "words":
        return [word_operand(rng, word_value(rng), allow_and) for _ in range(n)]
    if fmt == "mixed":
        ops = [digits_operand(pick_value(rng, rng.choice(["small", "medium"]))) for _ in range(n)]
        i = rng.randrange(n)
        ops[i] = word_operand(rng, word_value(rng), allow_and)
        return ops
    if fmt == "sep":
        ops = []
        for _ in range(n):
            v = rng.choice([rng.randint(1000, 999_999), rng.randint(10**6, 10**10)])
            ops.append(Operand(f"{v:,}", v) if rng.random() < 0.85 else digits_operand(rng.randint(1, 999)))
        if all("," not in o.text for o in ops):
            v = rng.randint(1000, 99_999_999)
            ops[0] = Operand(f"{v:,}", v)
        return ops
    if fmt == "script":
        script = rng.choice(["arabic", "arabic", "fullwidth", "fullwidth", "persian", "devanagari", "bengali", "thai"])
        vals = [pick_value(rng, rng.choice(["small", "medium"])) for _ in range(n)]
        return [Operand(to_script(str(v), script), v) for v in vals]
    if fmt == "negative":
        base = rng.choice(["small", "medium", "words", "sep"] if words_ok else ["small", "medium", "sep"])
        ops = make_operands(rng, n, base, allow_and=allow_and)
        i = rng.choice([0, *(range(1, n) if negative_right else [])])
        v = ops[i].value or rng.randint(1, 50)
        if base == "words":
            ops[i] = word_operand(rng, -v, allow_and)
        elif "," in ops[i].text:
            ops[i] = Operand(f"-{v:,}", -v)
        else:
            ops[i] = Operand(f"-{v}", -v)
        return ops
    raise ValueError(fmt)


# ---------------------------------------------------------------- subtraction shapes

# Frames around an expression; {e} is the expression.
EXPR_FRAMES = [
    "{e}",
    "{e}?",
    "what is {e}?",
    "what's {e}",
    "whats {e}",
    "how much is {e}?",
    "calculate {e}",
    "compute {e}",
    "work out {e}",
    "solve {e}",
    "{e} equals?",
    "can you do {e}?",
    "tell me {e}",
    "what does {e} come to?",
    "what do you get for {e}?",
    "evaluate {e}",
    "{e} is what?",
    "quick math: {e}",
    "what's the answer to {e}?",
    "i need {e}",
    "help me with {e}",
    "can you work out {e} for me",
    "what would {e} be?",
]
SYMBOL_TAILS = ["", "", "", " =", " = ?", " =?", "=?", " = ??"]


def orient(rng: Random, ops: list[Operand], kind: str) -> list[Operand]:
    """Most people take a smaller number from a larger one: order ~70% of the unsigned pairs that way."""
    if any(o.value < 0 for o in ops) or kind == "diff" or rng.random() >= 0.7:
        return ops
    big = max(range(len(ops)), key=lambda i: ops[i].value)
    ops = [ops[big], *ops[:big], *ops[big + 1 :]]
    return ops[::-1] if kind == "rev" else ops


def _expr(rng: Random, e: str, symbolic: bool) -> str:
    if symbolic and rng.random() < 0.35:
        tail = rng.choice(SYMBOL_TAILS[3:])
        return rng.choice(["{e}", "what is {e}", "{e}", "solve {e}"]).replace("{e}", e) + tail
    return rng.choice(EXPR_FRAMES).replace("{e}", e)


ShapeOut = tuple[str, list[Operand], str]


def s_minus(rng: Random, fmt: str) -> ShapeOut:
    ops = make_operands(rng, 2, fmt)
    ops = orient(rng, ops, "fwd")
    return _expr(rng, f"{slot(0)} minus {slot(1)}", False), ops, "fwd"


def s_dash(rng: Random, fmt: str) -> ShapeOut:
    glued = rng.random() < 0.3
    ops = make_operands(rng, 2, fmt, ascii_plain=glued, negative_right=False, words_ok=False)
    ops = orient(rng, ops, "fwd")
    e = f"{slot(0)}-{slot(1)}" if glued else f"{slot(0)}{rng.choice([' - ', ' - ', ' - ', '  -  ', ' -  '])}{slot(1)}"
    return _expr(rng, e, True), ops, "fwd"


def s_uminus(rng: Random, fmt: str) -> ShapeOut:
    glued = rng.random() < 0.3
    ops = make_operands(rng, 2, fmt, ascii_plain=glued, negative_right=False, words_ok=False)
    ops = orient(rng, ops, "fwd")
    e = f"{slot(0)}−{slot(1)}" if glued else f"{slot(0)} − {slot(1)}"
    return _expr(rng, e, True), ops, "fwd"


SUBTRACT_FROM = [
    "subtract {b} from {a}",
    "please subtract {b} from {a}",
    "can you subtract {b} from {a}?",
    "what do I get if I subtract {b} from {a}?",
    "what's left if you subtract {b} from {a}",
    "subtract {b} from {a} for me",
    "could you subtract {b} from {a}",
    "I need to subtract {b} from {a}",
    "what happens when you subtract {b} from {a}?",
    "subtract {b} from {a} and tell me the result",
    "if we subtract {b} from {a}, what's the answer?",
    "go ahead and subtract {b} from {a}",
]
TAKE_FROM = [
    "take {b} away from {a}",
    "if you take {b} away from {a}, what's left?",
    "what do you get when you take {b} away from {a}?",
    "take {b} away from {a} please",
    "how much is left if I take {b} away from {a}?",
    "what remains when {b} is taken away from {a}",
]
A_TAKE_B = [
    "{a} take away {b}",
    "what is {a} take away {b}?",
    "{a} take away {b} equals?",
    "what's {a} take away {b}",
    "how much is {a} take away {b}?",
    "{a} take away {b} is?",
]
DECREASE = [
    "decrease {a} by {b}",
    "what is {a} decreased by {b}?",
    "{a} decreased by {b}",
    "if I decrease {a} by {b}, what do I get?",
    "what's {a} when decreased by {b}?",
    "decrease {a} by {b} please",
    "what number is {a} decreased by {b}?",
    "{a} decreased by {b} equals what?",
]
LESS_THAN = [
    "what is {b} less than {a}?",
    "what's {b} less than {a}",
    "what number is {b} less than {a}?",
    "find {b} less than {a}",
    "give me the number {b} less than {a}",
    "whats {b} less than {a}?",
    "how much is {b} less than {a}?",
    "tell me what {b} less than {a} is",
    "{b} less than {a} = ?",
    "calculate {b} less than {a}",
]
DIFFERENCE = [
    "the difference between {a} and {b}",
    "what's the difference between {a} and {b}?",
    "find the difference between {a} and {b}",
    "what is the difference between {a} and {b}",
    "difference between {a} and {b}?",
    "how big is the difference between {a} and {b}?",
    "calculate the difference between {a} and {b}",
    "whats the difference between {a} and {b}",
    "tell me the difference between {a} and {b}",
    "compute the difference between {a} and {b}",
]


def _ab(template: str, a_first: bool) -> str:
    """Put the slots in written order: slot 0 is the first operand written."""
    if a_first:
        return template.replace("{a}", slot(0)).replace("{b}", slot(1))
    return template.replace("{b}", slot(0)).replace("{a}", slot(1))


def s_subtract(rng: Random, fmt: str) -> ShapeOut:
    ops = make_operands(rng, 2, fmt)
    ops = orient(rng, ops, "rev")
    return _ab(rng.choice(SUBTRACT_FROM), False), ops, "rev"


def s_take_from(rng: Random, fmt: str) -> ShapeOut:
    ops = make_operands(rng, 2, fmt)
    ops = orient(rng, ops, "rev")
    return _ab(rng.choice(TAKE_FROM), False), ops, "rev"


def s_a_take_b(rng: Random, fmt: str) -> ShapeOut:
    ops = make_operands(rng, 2, fmt)
    ops = orient(rng, ops, "fwd")
    return _ab(rng.choice(A_TAKE_B), True), ops, "fwd"


def s_decrease(rng: Random, fmt: str) -> ShapeOut:
    ops = make_operands(rng, 2, fmt)
    ops = orient(rng, ops, "fwd")
    return _ab(rng.choice(DECREASE), True), ops, "fwd"


def s_less_than(rng: Random, fmt: str) -> ShapeOut:
    ops = make_operands(rng, 2, fmt)
    ops = orient(rng, ops, "rev")
    return _ab(rng.choice(LESS_THAN), False), ops, "rev"


def s_difference(rng: Random, fmt: str) -> ShapeOut:
    ops = make_operands(rng, 2, fmt, allow_and=False)
    return _ab(rng.choice(DIFFERENCE), True), ops, "diff"


def s_chain(rng: Random, fmt: str) -> ShapeOut:
    n = rng.choice([3, 3, 3, 4, 4, 5])
    if fmt == "big":
        fmt = "large"
    style = rng.choice(["minus", "minus", "dash", "dash", "uminus", "mixed"])
    ops = make_operands(rng, n, fmt, negative_right=False, words_ok=style == "minus")
    ops = orient(rng, ops, "fwd")
    e = slot(0)
    for i in range(1, n):
        op = {"minus": " minus ", "dash": " - ", "uminus": " − "}.get(style) or rng.choice([" minus ", " - "])
        e += op + slot(i)
    return _expr(rng, e, style != "minus"), ops, "fwd"


def s_sign(rng: Random, fmt: str) -> ShapeOut:
    """A sign written as `minus`, `negative`, `-`, `−` or `+` at the start of an operand."""
    a, b = (pick_value(rng, rng.choice(["small", "small", "medium"])) for _ in range(2))
    wa, wb = to_words(a), to_words(b)
    variants: list[tuple[str, list[Operand]]] = [
        ("{0} minus {1}", [Operand(f"minus {a}", -a), Operand(str(b), b)]),
        ("{0} minus {1}", [Operand(f"minus {wa}", -a), Operand(wb, b)]),
        ("{0} minus {1}", [Operand(str(a), a), Operand(f"minus {b}", -b)]),
        ("{0} minus {1}", [Operand(wa, a), Operand(f"minus {wb}", -b)]),
        ("{0} - {1}", [Operand(str(a), a), Operand(f"-{b}", -b)]),
        ("{0} − {1}", [Operand(str(a), a), Operand(f"−{b}", -b)]),
        ("{0} - {1}", [Operand(f"+{a}", a), Operand(str(b), b)]),
        ("{0} minus {1}", [Operand(str(a), a), Operand(f"negative {wb}", -b)]),
        ("{0} minus {1}", [Operand(f"negative {wa}", -a), Operand(wb, b)]),
        ("{0} minus {1} minus {2}", [Operand(f"minus {a}", -a), Operand(str(b), b), Operand(str(a % 17), a % 17)]),
        ("{0} - {1}", [Operand(f"-{a}", -a), Operand(str(b), b)]),
        ("{0} minus {1}", [Operand(str(a), a), Operand(f"-{b}", -b)]),
    ]
    pattern, ops = variants[int(fmt)]
    e = pattern.format(*(slot(i) for i in range(len(ops))))
    frames = ["{e}", "what is {e}?", "what's {e}", "how much is {e}?", "calculate {e}", "{e} = ?", "work out {e}"]
    return rng.choice(frames).replace("{e}", e), ops, "fwd"


Shape = Callable[[Random, str], ShapeOut]
# shape, number of singles
SINGLES: list[tuple[str, Shape, int]] = [
    ("minus", s_minus, 22),
    ("dash", s_dash, 18),
    ("uminus", s_uminus, 8),
    ("subtract", s_subtract, 18),
    ("take-from", s_take_from, 10),
    ("a-take-b", s_a_take_b, 7),
    ("decrease", s_decrease, 12),
    ("less-than", s_less_than, 12),
    ("chain", s_chain, 14),
    ("difference", s_difference, 12),
    ("sign", s_sign, 12),
]

# Invariance groups: (shape, format) of the base prompt.
SUB_GROUPS: list[tuple[Shape, str]] = [
    (s_minus, "words"),
    (s_dash, "medium"),
    (s_subtract, "small"),
    (s_take_from, "sep"),
    (s_decrease, "script"),
    (s_less_than, "small"),
    (s_chain, "small"),
    (s_difference, "negative"),
]

GROUP_FILLERS = (
    ("please ", " please"),
    ("step by step: ", ", step by step"),
    ("show your reasoning: ", " and show your reasoning"),
)


def group_members(base: str, rng: Random, typo_table: dict[str, list[str]]) -> list[tuple[str, bool]]:
    """Base, ALL CAPS, one typo, and the base with please / step by step / show your reasoning."""
    typo = typo_in(base, rng, typo_table) or typo_in(base, rng, OTHER_TYPOS)
    assert typo is not None, base
    members = [(base, False), (base.upper(), True), (typo, False)]
    for prefix, suffix in GROUP_FILLERS:
        if "difference" in base or (base.endswith("?") and prefix != "please ") or rng.random() < 0.5:
            members.append((prefix + base, False))
        else:
            members.append((base + suffix, False))
    return members


def render_sub(template: str, ops: list[Operand], kind: str, upper: bool, group: str | None = None) -> Item:
    prompt = fill(template, [o.text for o in ops], upper)
    answer = compute([o.value for o in ops], kind)
    texts = [o.text.upper() if upper else o.text for o in ops]
    return Item(prompt, "subtraction", "subtraction", str(answer), group, texts, kind)


# ---------------------------------------------------------------- missing operand

MISSING_TEMPLATES = [
    "what's {n} minus?",
    "{n} minus what?",
    "subtract {n}",
    "can you subtract {n} from",
    "now take away {n}",
    "what's the difference between {n} and ...",
    "help me subtract",
    "decrease {n} by",
    "what is {n} - ?",
    "subtract something from {n}",
    "find the difference between my numbers",
    "calculate {n} −",
    "subtract them for me",
    "what's the difference between {n} and what?",
]
MISSING_GROUP = "what is {n} minus?"


def missing_number(rng: Random) -> str:
    r = rng.random()
    v = pick_value(rng, rng.choice(["small", "medium"]))
    if r < 0.25:
        return to_words(rng.randint(2, 99))
    if r < 0.4:
        return to_script(str(v), rng.choice(sorted(SCRIPTS)))
    return str(v)


# ---------------------------------------------------------------- unsupported


def r(rng: Random, lo: int = 2, hi: int = 99) -> int:
    return rng.randint(lo, hi)


def cousin_arithmetic(rng: Random) -> list[str]:
    def n() -> int:
        return r(rng)

    sq = r(rng, 2, 30) ** 2
    words = to_words(r(rng, 21, 99))
    return [
        f"{n()} plus {n()} minus {n()}",
        f"{n()} - {n()} + {n()}",
        f"what's {n()} + {n()} - {n()}?",
        f"add {n()} to {n()} and then take away {n()}",
        f"subtract {n()} from the sum of {n()} and {n()}",
        f"{n()} minus {n()} plus {n()} equals?",
        f"what is {n()} minus {n()} times {n()}",
        f"{n()} * {n()} - {n()}",
        f"{n()} x {n()} - {n()} = ?",
        f"({n()} - {n()}) * {n()}",
        f"{r(rng, 100, 999)} divided by {n()} minus {n()}",
        f"({n()} − {n()}) / {n()}",
        f"{n()} ÷ {r(rng, 2, 9)} - {n()}",
        f"{r(rng, 2, 9)}^{r(rng, 2, 6)} - {n()}",
        f"{r(rng, 2, 9)}**{r(rng, 2, 6)} - {n()}",
        f"what's {n()} squared minus {n()}?",
        f"{r(rng, 2, 12)} cubed minus {n()}",
        f"{n()}² − {n()}",
        f"the square root of {sq} minus {r(rng, 1, 9)}",
        f"{r(rng, 100, 900)} minus {r(rng, 5, 60)}%",
        f"decrease {r(rng, 50, 500)} by {r(rng, 5, 50)}%",
        f"take {r(rng, 5, 50)} percent away from {r(rng, 100, 900)}",
        f"{n()}.{r(rng, 1, 9)} minus {n()}",
        f"subtract 0.{r(rng, 1, 99):02d} from {n()}",
        f"{n()} - {n()}.{r(rng, 1, 9)}5",
        f"{r(rng, 5, 8)}/9 - {r(rng, 1, 4)}/9",
        "three quarters minus one half",
        f"{r(rng, 2, 9)}e{r(rng, 2, 6)} - {n()}",
        f"0x{rng.randint(16, 255):x} - {r(rng, 1, 15)}",
        f"{r(rng, 4, 8)}! minus {n()}",
        f"{n()} mod {r(rng, 2, 9)} minus {r(rng, 1, 5)}",
        f"what's the average of {n()} and {n()} minus {r(rng, 1, 9)}?",
        f"minus {n()}",
        f"what is -{n()}?",
        f"what's negative {words}?",
        f"−{r(rng, 100, 9999)}",
        f"{n()} minus {n()}, then double it",
        f"half of {r(rng, 10, 99) * 2} minus {r(rng, 1, 9)}",
    ]


def cousin_number(rng: Random) -> list[str]:
    def n() -> int:
        return r(rng)

    def hi() -> int:
        return r(rng, 40, 99)

    def lo() -> int:
        return r(rng, 2, 39)

    a1, b1, a2, b2, a3, b3, a4, b4, a5, b5, a6, b6, a7, b7 = (f() for _ in range(7) for f in (hi, lo))
    return [
        f"is {n()} less than {n()}?",
        f"is -{n()} less than -{n()}?",
        f"is {n()} minus {n()} greater than {n()}?",
        f"is {a1} - {b1} equal to {a1 - b1}?",
        f"does {a2} minus {b2} equal {a2 - b2 + 1}?",
        f"is {a3} - {b3} = {a3 - b3} correct?",
        f"is {n()} - {n()} even?",
        f"is {n()} minus {n()} odd or even",
        f"is {n()} - {n()} a prime number?",
        f"is {b4} minus {a4} negative?",
        f"which one is less, {n()} or {n()}?",
        f"is {n()} smaller than {n()}",
        f"{n()} or {n()}: which is lower?",
        f"are {n()} and {n()} both less than {n()}?",
        f"what's {a5} minus {b5}, and is {a5} odd?",
        f"what is {hi()} - {lo()}? also, what is {hi()} - {lo()}?",
        f"reverse the word lantern and tell me {a6} minus {b6}",
        f"what's {n()} plus {n()} and what's {n()} minus {n()}?",
        f"subtract {b7} from {a7}. is {hi()} even?",
        f"is the difference between {hi()} and {lo()} bigger than {n()}?",
    ]


OTHER_SENSE = [
    "what's the difference between a crocodile and an alligator?",
    "difference between affect and effect",
    "whats the difference between weather and climate",
    "what's the difference between the iPhone 14 and 15?",
    "difference between 4G and 5G?",
    "does it make any difference if I water my plants at night?",
    "can you subtract the background from my selfie",
    "subtract the noise from this recording",
    "what's the main take away from this article?",
    "any good chinese take away open near me?",
    "how do I take away someone's admin rights in slack",
    "it's minus 15 outside, what should I wear?",
    "convert minus 30 celsius to fahrenheit",
    "is an A minus a good grade?",
    "what are the pluses and minuses of working from home",
    "what does the minus sign mean?",
    "explain subtraction to me like I'm five",
    "how does borrowing work when you subtract?",
    "give me 12 subtraction problems for a second grader",
    "who invented the minus sign?",
    "why is minus times minus a plus?",
    "I need to decrease my sugar intake, any tips?",
    "how to decrease the screen brightness on a mac",
    "more or less how long does it take to boil an egg",
    "I have less than 10 minutes, quick dinner idea?",
    "what day of the week was 1989-11-09?",
    "pick a random number 1-20",
    "the game ended 4-2, was it a good match?",
    "my phone number is 555-0147, save it",
    "summarise chapters 3-5 of the book for me",
    "what happened in 1914-1918?",
    "the 9-5 grind is killing me",
]

CODE = [
    "write a python function that takes two numbers and returns their difference",
    "how do I subtract one date from another in javascript?",
    "what does x -= 3 do in C?",
    "numpy: subtract the mean from every column",
    "what does print(15 - 4) output?",
    "sql query to subtract two columns",
    "java method to subtract b from a",
    "my code `total = price - discount` gives NaN, why?",
    "how to compute the difference between two timestamps in Go",
    "bash: how do I subtract 1 from a variable",
    "excel formula to take away 10 from cell B2",
    "in rust, how do I avoid overflow when subtracting u32 values?",
    "write a calculator program that can subtract",
    "implement big number subtraction in C++",
    "regex to match a minus sign followed by digits",
    "what does echo $((9-4)) print in bash?",
]

CA_GROUP = "what is {a} times {b} minus {c}?"
CN_GROUP = "which is smaller, {a} or {b}?"


# ---------------------------------------------------------------- build


def build() -> list[Item]:
    rng = Random(SEED)
    items: list[Item] = []
    group_no = FIRST_GROUP

    def next_group() -> str:
        nonlocal group_no
        gid = f"g{group_no}"
        group_no += 1
        return gid

    # subtraction singles; formats are dealt from a shuffled deck so each gets its share
    deck: list[str] = []
    for name, shape, count in SINGLES:
        for i in range(count):
            if not deck:
                deck = FORMATS[:]
                rng.shuffle(deck)
            fmt = str(i % 12) if name == "sign" else deck.pop()
            template, ops, kind = shape(rng, fmt)
            text, upper = noisy(template, rng)
            items.append(render_sub(text, ops, kind, upper))
            items[-1].shape = name
    # anchors for the longest operands: two numbers of 240 and 230 digits
    va, vb = rng.randint(10**239, 10**240 - 1), rng.randint(10**229, 10**230 - 1)
    big_a, big_b = Operand(str(va), va), Operand(str(vb), vb)
    items.append(render_sub(f"{slot(0)} - {slot(1)}", [big_a, big_b], "fwd", False))
    items.append(render_sub(f"subtract {slot(0)} from {slot(1)}", [big_a, big_b], "rev", False))
    items[-1].shape = items[-2].shape = "longest"
    # subtraction groups
    for shape, fmt in SUB_GROUPS:
        gid = next_group()
        while True:  # a base with a word that can take a typo
            template, ops, kind = shape(rng, fmt)
            if typo_in(template, Random(0), KEYWORD_TYPOS | OTHER_TYPOS):
                break
        for text, upper in group_members(template, rng, KEYWORD_TYPOS):
            items.append(render_sub(text, ops, kind, upper, gid))

    # missing operand
    for t in MISSING_TEMPLATES:
        text, _ = noisy(t.replace("{n}", missing_number(rng)), rng, typo_rate=0.25, suffix=False)
        items.append(Item(text, "subtraction", "missing-operand"))
    gid = next_group()
    n = str(r(rng, 10, 99))
    for text, _ in group_members(MISSING_GROUP.replace("{n}", n), rng, KEYWORD_TYPOS):
        items.append(Item(text, "subtraction", "missing-operand", None, gid))

    # unsupported
    for text in cousin_arithmetic(rng):
        items.append(Item(noisy(text, rng, typo_rate=0.1)[0], "unsupported", "cousin-arithmetic"))
    gid = next_group()
    base = CA_GROUP.format(a=r(rng), b=r(rng), c=r(rng))
    for text, _ in group_members(base, rng, OTHER_TYPOS):
        items.append(Item(text, "unsupported", "cousin-arithmetic", None, gid))
    for text in cousin_number(rng):
        items.append(Item(noisy(text, rng, typo_rate=0.1)[0], "unsupported", "cousin-number-question"))
    gid = next_group()
    base = CN_GROUP.format(a=r(rng), b=r(rng))
    for text, _ in group_members(base, rng, OTHER_TYPOS):
        items.append(Item(text, "unsupported", "cousin-number-question", None, gid))
    for text in OTHER_SENSE:
        items.append(Item(noisy(text, rng, typo_rate=0.0)[0], "unsupported", "subtraction-other-sense"))
    for text in CODE:
        items.append(Item(noisy(text, rng, typo_rate=0.0)[0], "unsupported", "code-request"))

    rng.shuffle(items)
    return items


def to_jsonl(items: list[Item]) -> str:
    lines = []
    for i, it in enumerate(items, 1):
        row = {
            "id": f"{ID_PREFIX}{i:04d}",
            "prompt": it.prompt,
            "task": it.task,
            "answer": it.answer,
            "category": it.category,
            "group": it.group,
        }
        lines.append(json.dumps(row, ensure_ascii=False))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- checks

CATEGORY_TASK = {
    "subtraction": "subtraction",
    "missing-operand": "subtraction",
    "cousin-arithmetic": "unsupported",
    "cousin-number-question": "unsupported",
    "subtraction-other-sense": "unsupported",
    "code-request": "unsupported",
}
MIN_COUNTS = {"subtraction": 160, "missing-operand": 20, "unsupported": 80}
NUM_RE = re.compile(r"\d+(?:,\d{3})*")


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.casefold()).strip().rstrip("?.!").strip()


def locate(prompt: str, operands: list[str]) -> list[tuple[int, int]]:
    """Spans of the operands, found in written order, each not glued to a letter or digit."""
    low, spans, pos = prompt.casefold(), [], 0
    for op in operands:
        target = op.casefold()
        while True:
            at = low.find(target, pos)
            assert at >= 0, (prompt, op)
            end = at + len(target)
            before_ok = at == 0 or not low[at - 1].isalnum()
            after_ok = end == len(low) or not (low[end].isalnum() or (low[end] == "," and low[end + 1 :][:1].isdigit()))
            if before_ok and after_ok:
                break
            pos = at + 1
        spans.append((at, end))
        pos = end
    return spans


def read_kind(prompt: str, spans: list[tuple[int, int]]) -> str:
    """Which reading the text asks for, decided from the words around the operands."""
    low = prompt.casefold()
    if re.search(r"\bdif", low[: spans[0][0]]):
        return "diff"
    between = low[spans[0][1] : spans[1][0]]
    if re.search(r"\b(from|than)\b", between):
        return "rev"
    return "fwd"


def check(text: str) -> list[str]:
    errors: list[str] = []
    items = build()
    if to_jsonl(items) != text:
        errors.append("the file differs from a fresh build")
    rows = [json.loads(line) for line in text.splitlines()]
    ids = [row["id"] for row in rows]
    if ids != [f"{ID_PREFIX}{i:04d}" for i in range(1, len(rows) + 1)] or len(set(ids)) != len(ids):
        errors.append("ids are not u0001..uN, unique, in order")
    by_id = dict(zip(ids, items, strict=False))
    seen: dict[str, str] = {}
    groups: dict[str, list[dict[str, object]]] = {}
    for row in rows:
        rid, prompt = row["id"], row["prompt"]
        if set(row) != {"id", "prompt", "task", "answer", "category", "group"}:
            errors.append(f"{rid}: fields")
        if CATEGORY_TASK.get(row["category"]) != row["task"]:
            errors.append(f"{rid}: category/task")
        if not 0 < len(prompt) <= MAX_LEN:
            errors.append(f"{rid}: length {len(prompt)}")
        if row["group"]:
            groups.setdefault(row["group"], []).append(row)
        key = norm(prompt)
        if key in seen and not (row["group"] and prompt.isupper()):
            other = seen[key]
            if not (row["group"] and by_id[other].group == row["group"]):
                errors.append(f"{rid}: same prompt as {other}")
        seen.setdefault(key, rid)
        if row["category"] == "subtraction":
            item = by_id[rid]
            spans = locate(prompt, item.operands)
            values = [read_number(prompt[a:b]) for a, b in spans]
            kind = read_kind(prompt, spans)
            if kind != item.kind or (len(values) > 2 and kind != "fwd"):
                errors.append(f"{rid}: reading {kind} vs {item.kind}")
            if str(compute(values, kind)) != row["answer"]:
                errors.append(f"{rid}: answer {row['answer']} != {compute(values, kind)}")
            digit_ops = [
                abs(v)
                for (a, b), v in zip(spans, values, strict=True)
                if any(unicodedata.category(c) == "Nd" for c in prompt[a:b])
            ]
            in_text = [
                int("".join(str(unicodedata.digit(c)) for c in m.group(0) if c != ",")) for m in NUM_RE.finditer(prompt)
            ]
            if in_text != digit_ops:
                errors.append(f"{rid}: numbers in the text are not the operands")
        elif row["answer"] is not None:
            errors.append(f"{rid}: answer should be null")
        if row["category"] == "missing-operand" and len(NUM_RE.findall(prompt)) > 1:
            errors.append(f"{rid}: more than one number")
    for gid, members in groups.items():
        if len(members) != 6 or len({(m["task"], m["answer"], m["category"]) for m in members}) != 1:
            errors.append(f"{gid}: group members disagree or are not 6")
    counts = Counter(row["category"] for row in rows)
    unsupported = sum(1 for row in rows if row["task"] == "unsupported")
    if counts["subtraction"] < MIN_COUNTS["subtraction"] or counts["missing-operand"] != 20:
        errors.append(f"counts {dict(counts)}")
    if unsupported < MIN_COUNTS["unsupported"]:
        errors.append(f"unsupported {unsupported}")
    # No prompt may equal a prompt of the other sets or a `code span` of TASKS.md. Their prompts are only
    # compared here, never printed: a collision reports this set's id alone.
    others: set[str] = set()
    for name in OTHER_SETS:
        path = HERE / name
        if path.exists():
            others |= {norm(json.loads(line)["prompt"]) for line in path.read_text(encoding="utf-8").splitlines()}
    others |= {norm(span) for span in re.findall(r"`([^`]+)`", TASKS_MD.read_text(encoding="utf-8"))}
    for row in rows:
        if norm(row["prompt"]) in others:
            errors.append(f"{row['id']}: equals a prompt of another set or a TASKS.md example")
    return errors


def summary(text: str) -> str:
    rows = [json.loads(line) for line in text.splitlines()]
    cats = Counter(row["category"] for row in rows)
    grouped = Counter(row["category"] for row in rows if row["group"])
    tasks = Counter(row["task"] for row in rows)
    neg = sum(1 for row in rows if row["answer"] and row["answer"].startswith("-"))
    lines = [f"{len(rows)} prompts; tasks {dict(tasks)}; negative answers {neg}"]
    lines += [f"  {c}: {cats[c]} ({grouped[c]} in groups)" for c in CATEGORY_TASK]
    return "\n".join(lines)


def coverage(items: list[Item]) -> str:
    """What the subtraction prompts hold (for the README)."""
    subs = [it for it in items if it.category == "subtraction"]
    typos = {t for ts in KEYWORD_TYPOS.values() for t in ts}

    def has(pred: Callable[[str], bool]) -> int:
        return sum(1 for it in subs if any(pred(op) for op in it.operands))

    out = {
        "singles by shape": dict(Counter(it.shape for it in subs if not it.group)),
        "with a number word": has(lambda op: any(c.isalpha() for c in op.replace("negative", "").replace("minus", ""))),
        "with a thousands separator": has(lambda op: "," in op),
        "with other-script digits": has(lambda op: any(c.isdigit() and not c.isascii() for c in op)),
        "with a 20+ digit operand": has(lambda op: sum(c.isdigit() for c in op) >= 20),
        "with a negative operand": sum(1 for it in subs if any(read_number(op) < 0 for op in it.operands)),
        "chains (3+ operands)": sum(1 for it in subs if len(it.operands) > 2),
        "with a keyword slip": sum(1 for it in subs if set(re.findall(r"[a-z]+", it.prompt.casefold())) & typos),
        "answers < 0": sum(1 for it in subs if it.answer and it.answer.startswith("-")),
        "longest prompt": max(len(it.prompt) for it in items),
    }
    return "\n".join(f"  {k}: {v}" for k, v in out.items())


def main() -> int:
    if "--check" not in sys.argv[1:]:
        OUT.write_text(to_jsonl(build()), encoding="utf-8")
    text = OUT.read_text(encoding="utf-8")
    errors = check(text)
    for e in errors:
        print("ERROR", e)
    print(summary(text))
    if "--coverage" in sys.argv[1:]:
        print(coverage(build()))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
