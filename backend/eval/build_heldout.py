"""Build and validate the held-out TEST set, ``heldout.jsonl`` (the second one written; see README.md).

Written independently of the training templates and of the earlier eval sets: the phrase lists below were
written from ``docs/TASKS.md`` and the category definitions in ``backend/eval/README.md`` only.

    python backend/eval/build_heldout.py           # (re)write heldout.jsonl, then validate it
    python backend/eval/build_heldout.py --check   # validate only (rebuild in memory, compare bytes)

Stdlib only, plus ``regex`` for grapheme clusters (``\\X``). Deterministic: one seeded RNG, no set iteration.
Since 2026-12-06 (issue 14) relabel.py relabels the pure subtractions among the refused cousins after the build.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

import regex
from relabel import RELABELS
from relabel import apply as relabel_apply
from relabel import check as relabel_check
from relabel import moved as relabel_moved

OUT = Path(__file__).resolve().parent / "heldout.jsonl"
rng = random.Random(20261128)

MAX_LEN = 512
GROUP_BASE = 1001  # g1001... (heldout uses g0001-g0040, dev g0501-g0540)

CATEGORY_TASK = {
    "addition": {"addition"},
    "parity": {"parity"},
    "reversal": {"reversal"},
    "missing-operand": {"addition", "parity", "reversal", "subtraction"},
    "subtraction": {"subtraction"},  # only by relabel.py (issue 14): pure subtractions, refused before
    "cousin-arithmetic": {"unsupported"},
    "cousin-number-question": {"unsupported"},
    "cousin-word-op": {"unsupported"},
    "chit-chat": {"unsupported"},
    "general-knowledge": {"unsupported"},
    "code-request": {"unsupported"},
    "gibberish": {"unsupported"},
    "odd-even-other-sense": {"unsupported"},
}
TARGET = {
    "addition": 150,
    "parity": 90,
    "reversal": 90,
    "missing-operand": 30,
    "cousin-arithmetic": 60,
    "cousin-number-question": 40,
    "cousin-word-op": 40,
    "chit-chat": 25,
    "general-knowledge": 25,
    "code-request": 20,
    "gibberish": 20,
    "odd-even-other-sense": 20,
}
GROUPS_PER_CATEGORY = {
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


# --------------------------------------------------------------------------------------------------
# Number words (own implementation) and the inverse parser used by the validator
# --------------------------------------------------------------------------------------------------

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
SCALE_WORDS = ("hundred", "thousand", "million", "billion")


def _under100(n: int, hyphen: bool) -> str:
    if n < 20:
        return ONES[n]
    t, u = divmod(n, 10)
    return TENS[t] + (("-" if hyphen else " ") + ONES[u] if u else "")


def _under1000(n: int, hyphen: bool, use_and: bool, lead_a: bool) -> str:
    h, r = divmod(n, 100)
    parts = []
    if h:
        parts.append(("a" if (lead_a and h == 1) else ONES[h]) + " hundred")
    if r:
        if h and use_and:
            parts.append("and")
        parts.append(_under100(r, hyphen))
    return " ".join(parts)


def to_words(
    n: int, hyphen: bool = True, use_and: bool = False, lead_a: bool = False, sign_word: str = "negative"
) -> str:
    """English words for n. 'and' is only ever used inside the last (units) group, so an addend's
    internal 'and' can never be re-read as joining two addends with a different sum."""
    if n < 0:
        return sign_word + " " + to_words(-n, hyphen, use_and, lead_a)
    if n == 0:
        return "zero"
    parts = []
    rest = n
    first = True
    for value, name in SCALES:
        q, rest = divmod(rest, value)
        if q:
            if lead_a and first and q == 1:
                parts.append("a " + name)
            else:
                parts.append(_under1000(q, hyphen, False, lead_a and first) + " " + name)
            first = False
    if rest:
        if parts and use_and and rest < 100:
            parts.append("and")
        parts.append(_under1000(rest, hyphen, use_and, lead_a and first))
    return " ".join(parts)


_WORD_VALUES = {w: i for i, w in enumerate(ONES)}
_WORD_VALUES.update({w: 10 * i for i, w in enumerate(TENS) if w})


def words_to_int(s: str) -> int:
    toks = [t for t in re.split(r"[\s\-]+", s.casefold()) if t]
    sign = 1
    if toks and toks[0] in ("negative", "minus"):
        sign, toks = -1, toks[1:]
    total = current = 0
    seen = False
    for i, t in enumerate(toks):
        if t == "and":
            continue
        if t == "a":
            if i + 1 < len(toks) and toks[i + 1] in SCALE_WORDS:
                current = 1
                continue
            raise ValueError(s)
        if t in _WORD_VALUES:
            current += _WORD_VALUES[t]
        elif t == "hundred":
            current = (current or 1) * 100
        elif t in ("thousand", "million", "billion"):
            total += (current or 1) * {"thousand": 10**3, "million": 10**6, "billion": 10**9}[t]
            current = 0
        else:
            raise ValueError(f"not a number word: {t!r} in {s!r}")
        seen = True
    if not seen:
        raise ValueError(s)
    return sign * (total + current)


def parse_digits(s: str) -> int:
    if not re.fullmatch(r"[+-]?(\d{1,3}(,\d{3})+|\d+)", s):
        raise ValueError(s)
    return int(s.replace(",", ""))  # int() accepts full-width and Arabic-Indic digits


def fullwidth(n: int) -> str:
    return "".join(chr(0xFF10 + int(c)) for c in str(n))


def arabic_indic(n: int) -> str:
    return "".join(chr(0x0660 + int(c)) for c in str(n))


def with_commas(n: int) -> str:
    return f"{n:,}"


def greverse(s: str) -> str:
    return "".join(reversed(regex.findall(r"\X", s)))


# --------------------------------------------------------------------------------------------------
# Operand makers: kind -> (surface, value, is_word)
# --------------------------------------------------------------------------------------------------

WORD_KINDS = ("word", "word_hund", "word_big", "negword", "zero_word")


def make_operand(kind: str) -> tuple[str, int, bool]:
    r = rng
    if kind == "small":
        n = r.randint(1, 99)
        return str(n), n, False
    if kind == "zero":
        return "0", 0, False
    if kind == "zero_word":
        return "zero", 0, True
    if kind == "mid":
        n = r.randint(100, 99999)
        return str(n), n, False
    if kind == "sep":
        n = r.choice([r.randint(1000, 99999), r.randint(100000, 9999999), r.randint(10**7, 10**10)])
        return with_commas(n), n, False
    if kind == "neg":
        n = -r.randint(1, 999)
        return str(n), n, False
    if kind == "plus":
        n = r.randint(1, 99)
        return "+" + str(n), n, False
    if kind == "fw":
        n = r.randint(10, 9999)
        return fullwidth(n), n, False
    if kind == "ar":
        n = r.randint(10, 9999)
        return arabic_indic(n), n, False
    if kind == "long":
        k = r.randint(20, 200)
        s = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(k - 1))
        return s, int(s), False
    if kind == "word":
        n = r.randint(0, 99)
        return to_words(n, hyphen=r.random() < 0.6), n, True
    if kind == "word_hund":
        n = r.randint(100, 999)
        return (
            to_words(n, hyphen=r.random() < 0.5, use_and=r.random() < 0.6, lead_a=(n < 200 and r.random() < 0.7)),
            n,
            True,
        )
    if kind == "word_big":
        choice = r.randint(0, 3)
        if choice == 0:
            n = r.randint(2, 99) * 10**6
        elif choice == 1:
            n = r.randint(1, 99) * 1000 + r.randint(1, 999)
        elif choice == 2:
            n = r.randint(1, 9) * 10**6 + r.randint(1, 999) * 1000
        else:
            n = r.randint(1, 9) * 10**9
        return to_words(n, hyphen=r.random() < 0.5, use_and=r.random() < 0.5), n, True
    if kind == "negword":
        n = r.randint(1, 99)
        return "negative " + to_words(n, hyphen=r.random() < 0.5), -n, True
    raise KeyError(kind)


# --------------------------------------------------------------------------------------------------
# Prompt assembly: segments ("lit" = instruction text, "op" = number operand, "rop" = text to reverse)
# --------------------------------------------------------------------------------------------------

PH = re.compile(r"(\{\w+\})")


def segs_from(tpl: str, values: dict[str, str], kind: str = "op") -> list[list[str]]:
    out = []
    for part in PH.split(tpl):
        if not part:
            continue
        if PH.fullmatch(part):
            out.append([kind, values[part[1:-1]]])
        else:
            out.append(["lit", part])
    return out


def join(segs) -> str:
    return "".join(t for _, t in segs)


def _title(text: str) -> str:
    return re.sub(r"(^|(?<=\s))(\w)(\S*)", lambda m: m.group(2).upper() + m.group(3).lower(), text)


def _random_case(text: str) -> str:
    return "".join(c.upper() if rng.random() < 0.5 else c.lower() for c in text)


def apply_case(segs, style: str):
    if style == "none":
        return segs
    fn = {"lower": str.lower, "upper": str.upper, "title": _title, "random": _random_case}[style]
    return [[k, fn(t) if k in ("lit", "op") else t] for k, t in segs]


def apply_typo(tpl: str, word: str, typo: str) -> str:
    pieces = PH.split(tpl)
    for i, p in enumerate(pieces):
        if PH.fullmatch(p):
            continue
        new, n = re.subn(r"(?i)\b" + re.escape(word) + r"\b", typo, p, count=1)
        if n:
            pieces[i] = new
            return "".join(pieces)
    raise ValueError(f"typo word {word!r} not in {tpl!r}")


def ends_with_rop(segs) -> bool:
    return segs[-1][0] == "rop"


# Fillers: no digits, no operation words, no odd/even, no dashes (a dash could look like a sign).
PREFIXES = [
    "hey, ",
    "Hi! ",
    "I need help with homework: ",
    "ok so ",
    "Hello there. ",
    "Sorry to bug you, ",
    "Homework question: ",
    "hmm, ",
    "Real quick: ",
    "Can you help? ",
    "Question for you: ",
    "Good evening! ",
    "yo ",
    "please ",
    "Could you help me out? ",
    "Step by step, ",
]
QUICK_ONE = "quick one: "
SUFFIXES = [
    " thanks!",
    " please",
    ", please",
    " step by step",
    " (show your reasoning)",
    " thx",
    " :)",
    ". Thanks in advance!",
    " ty",
    ", show your reasoning",
    " asap pls",
    " cheers",
]
SUFFIXES_AFTER_Q = [" thanks!", " Please.", " Step by step.", " Show your reasoning.", " :)", " ty"]


def decorate(
    segs,
    *,
    allow_prefix=True,
    allow_suffix=True,
    allow_quick=False,
    p_prefix=0.3,
    p_suffix=0.3,
    p_case=0.35,
    p_space=0.12,
):
    """Random filler/casing/spacing noise around the instruction; operands are never touched."""
    segs = [list(s) for s in segs]

    def fresh(pool):  # no second 'please' / 'thanks' / 'step by step'
        low = join(segs).lower()
        return [
            f
            for f in pool
            if not any(w in f.lower() and w in low for w in ("please", "thank", "step by step", "reasoning"))
        ]

    if allow_prefix and rng.random() < p_prefix:
        pool = PREFIXES + ([QUICK_ONE] * 2 if allow_quick else [])
        segs.insert(0, ["lit", rng.choice(fresh(pool))])
    if allow_suffix and not ends_with_rop(segs) and rng.random() < p_suffix:
        last = join(segs).rstrip()
        pool = SUFFIXES_AFTER_Q if last.endswith(("?", ".", "!")) else SUFFIXES
        segs.append(["lit", rng.choice(fresh(pool))])
    style = "none"
    if rng.random() < p_case:
        style = rng.choice(["lower", "title", "upper", "random"])
    segs = apply_case(segs, style)
    if rng.random() < p_space:
        lits = [i for i, (k, t) in enumerate(segs) if k == "lit" and " " in t.strip()]
        if lits:
            i = rng.choice(lits)
            t = segs[i][1]
            spaces = [m.start() for m in re.finditer(" ", t)]
            j = rng.choice(spaces)
            segs[i][1] = t[:j] + "  " + t[j + 1 :]
    if rng.random() < 0.08 and not ends_with_rop(segs):
        tail = segs[-1][1]
        if segs[-1][0] == "lit" and tail.endswith("?"):
            segs[-1][1] = rng.choice([tail + "??", tail[:-1]])
        elif rng.random() < 0.5:
            segs = [["lit", "  "], *segs, ["lit", " "]]
    return segs


# --------------------------------------------------------------------------------------------------
# Items
# --------------------------------------------------------------------------------------------------

ITEMS: list[dict] = []
SEEN: dict[str, int] = {}


def norm(p: str) -> str:
    return " ".join(p.casefold().split())


def add_item(
    prompt, task, answer, category, *, group=None, ops=None, rev=None, variant="x", allow_caps_dup=False
) -> bool:
    key = norm(prompt)
    if key in SEEN and not allow_caps_dup:
        return False
    SEEN[key] = SEEN.get(key, 0) + 1
    ITEMS.append(
        {
            "prompt": prompt,
            "task": task,
            "answer": answer,
            "category": category,
            "group": group,
            "_ops": ops,
            "_rev": rev,
            "_variant": variant,
        }
    )
    return True


# --------------------------------------------------------------------------------------------------
# Addition
# --------------------------------------------------------------------------------------------------

NOSPACE_DENY = {"word", "word_hund", "word_big", "negword", "neg", "plus"}
LIST_DENY = {"sep"}
POS_DENY = {"neg", "negword", "plus"}

# (template, arity, denied kinds)
ADD_TEMPLATES = [
    ("what's {a} plus {b}?", 2, set()),
    ("How much is {a} + {b}?", 2, set()),
    ("{a} + {b} = ?", 2, set()),
    ("{a}+{b}", 2, NOSPACE_DENY),
    ("calculate {a} + {b} + {c}", 3, set()),
    ("Please add {a} and {b}.", 2, set()),
    ("add {a} to {b}, thanks", 2, set()),
    ("Could you add together {a}, {b} and {c}?", 3, LIST_DENY),
    ("I need the sum of {a} and {b}", 2, set()),
    ("sum {a}, {b}, {c} and {d}", 4, LIST_DENY),
    ("what is the total of {a}, {b} and {c}?", 3, LIST_DENY),
    ("{a} and {b} added together equals?", 2, set()),
    ("What do {a}, {b} and {c} add up to?", 3, LIST_DENY),
    ("increase {a} by {b}", 2, POS_DENY),
    ("What number is {a} more than {b}?", 2, POS_DENY),
    ("if you add {a} and {b}, what do you get?", 2, set()),
    ("tell me the sum: {a} + {b}", 2, set()),
    ("{a} plus {b} plus {c} is what?", 3, set()),
    ("compute {a} plus {b}", 2, set()),
    ("Give me the total of {a} and {b}.", 2, set()),
    ("what is {a} pluss {b}", 2, set()),
    ("ad {a} and {b} please", 2, set()),
    ("whats the summ of {a} and {b}", 2, set()),
    ("add up {a} and {b}", 2, set()),
    ("Find {a} + {b}.", 2, set()),
    ("{a} + {b}?", 2, set()),
    ("sum of {a} and {b}", 2, set()),
    ("Work out {a} plus {b} for me", 2, set()),
    ("what do you get when you add {a} to {b}?", 2, set()),
    ("The sum of {a} and {b} is?", 2, set()),
    ("{a} plus {b}, what's the answer?", 2, set()),
    ("add {a}, {b}, {c}", 3, LIST_DENY),
    ("totl of {a} and {b}?", 2, set()),
    ("what's {a} plsu {b}", 2, set()),
    ("{a} added to {b} makes what?", 2, set()),
    ("can you tell me what {a} + {b} + {c} + {d} is", 4, set()),
    ("Would you mind adding {a} and {b}?", 2, set()),
    ("{a} plus {b} equals", 2, set()),
]

ADD_PLANS = [
    ("small", "small"),
    ("small", "mid"),
    ("mid", "mid"),
    ("sep", "sep"),
    ("sep", "small"),
    ("neg", "small"),
    ("small", "neg"),
    ("neg", "neg"),
    ("plus", "small"),
    ("word", "word"),
    ("word", "small"),
    ("word_hund", "small"),
    ("word_big", "mid"),
    ("negword", "small"),
    ("fw", "fw"),
    ("ar", "ar"),
    ("fw", "small"),
    ("ar", "small"),
    ("long", "long"),
    ("long", "small"),
    ("small", "small", "small"),
    ("small", "word", "mid"),
    ("neg", "small", "small"),
    ("small", "small", "small", "small"),
    ("word", "word", "small"),
    ("mid", "small", "word_hund"),
    ("small", "mid", "neg", "small"),
    ("mid", "small"),
    ("small", "word_big"),
    ("long", "mid", "small"),
    ("fw", "ar"),
    ("small", "sep"),
    ("zero", "mid"),
    ("word", "word_hund"),
    ("small", "plus"),
    ("mid", "fw", "small"),
]


def and_ambiguous(tpl: str, kinds_by_slot: dict[str, str], surf: dict[str, str]) -> bool:
    """True if a word operand is joined by a bare 'and' to the next operand in a way that can be read
    as one number ('two thousand and 5', 'negative five and thirty')."""
    parts = PH.split(tpl)
    for i in range(1, len(parts) - 2, 2):
        if not (PH.fullmatch(parts[i]) and PH.fullmatch(parts[i + 2])):
            continue
        between = parts[i + 1].strip().casefold()
        left, right = parts[i][1:-1], parts[i + 2][1:-1]
        if between != "and":
            continue
        lw = kinds_by_slot[left] in WORD_KINDS
        rw = kinds_by_slot[right] in WORD_KINDS
        if lw and (rw or surf[left].split()[-1] in SCALE_WORDS):
            return True
    return False


def slots(tpl: str) -> list[str]:
    return [p[1:-1] for p in PH.findall(tpl)]


def build_addition(tpl: str, kinds: list[str]):
    names = slots(tpl)
    for _ in range(200):
        made = [make_operand(k) for k in kinds]
        surf = {n: m[0] for n, m in zip(names, made, strict=False)}
        kb = dict(zip(names, kinds, strict=False))
        if and_ambiguous(tpl, kb, surf):
            continue
        segs = segs_from(tpl, surf)
        ops = [{"surface": m[0], "value": m[1], "word": m[2]} for m in made]
        return segs, ops
    return None


def gen_addition_singles(n: int):
    plans = ADD_PLANS[:]
    rng.shuffle(plans)
    use = Counter()
    made = 0
    i = 0
    while made < n:
        plan = plans[i % len(plans)]
        i += 1
        fits = [t for t in ADD_TEMPLATES if t[1] == len(plan) and not (set(plan) & t[2])]
        low = min(use[t[0]] for t in fits)
        tpl = rng.choice([t for t in fits if use[t[0]] == low])[0]
        built = build_addition(tpl, list(plan))
        if built is None:
            use[tpl] += 1  # this plan cannot be written unambiguously with this template
            continue
        segs, ops = built
        any_word = any(o["word"] for o in ops)
        segs = decorate(segs, allow_quick=not any_word)
        prompt = join(segs)
        if len(prompt) > MAX_LEN:
            continue
        if add_item(prompt, "addition", str(sum(o["value"] for o in ops)), "addition", ops=ops):
            use[tpl] += 1
            made += 1
    # sign words written as 'minus': at the very start of the prompt, or right after 'plus' / '+'
    for tpl, kinds, sign_slot in [
        ("minus {a} plus {b} is what?", ["word", "small"], "a"),
        ("Minus {a} + {b}", ["word", "mid"], "a"),
        ("what is {a} plus minus {b}?", ["mid", "word"], "b"),
        ("{a} + minus {b} = ?", ["small", "word"], "b"),
    ]:
        names = slots(tpl)
        made_ops = []
        surf = {}
        for name, k in zip(names, kinds, strict=False):
            s, v, w = make_operand(k)
            if name == sign_slot:
                v = -v
            surf[name] = s
            made_ops.append({"surface": ("minus " + s) if name == sign_slot else s, "value": v, "word": w})
        segs = segs_from(tpl, surf)
        segs = decorate(segs, allow_prefix=False, p_case=0.3)
        add_item(join(segs), "addition", str(sum(o["value"] for o in made_ops)), "addition", ops=made_ops)


# --------------------------------------------------------------------------------------------------
# Parity
# --------------------------------------------------------------------------------------------------

PAR_TEMPLATES = [
    "is {n} even?",
    "Is {n} an odd number?",
    "{n}: odd or even?",
    "Tell me whether {n} is even or odd.",
    "is {n} divisible by 2",
    "Is {n} evenly divisible by two?",
    "is {n} a multiple of 2?",
    "what is the parity of {n}?",
    "parity check: {n}",
    "Would {n} be considered even?",
    "{n} is even, right?",
    "quick check, is {n} odd?",
    "Determine if {n} is odd or even",
    "even or odd? {n}",
    "is the number {n} odd",
    "can you tell me if {n} is an even number",
    "Does {n} divide evenly by 2?",
    "I think {n} is odd. Am I right?",
    "is {n} evn or odd?",
    "paritty of {n}",
    "Is {n} odd or is it even?",
    "check whether {n} is even",
    "{n} — odd or even?",
    "Even or odd: the number {n}",
    "is {n} an even nubmer?",
    "Check the parity of {n}.",
    "odd number or even number, {n}?",
    "Is {n} even or odd, do you know?",
]
PAR_KINDS = (
    ["small"] * 7
    + ["zero", "zero_word"]
    + ["neg"] * 4
    + ["negword"] * 3
    + ["word"] * 5
    + ["word_hund"] * 2
    + ["word_big"] * 2
    + ["mid"] * 4
    + ["sep"] * 2
    + ["fw"] * 3
    + ["ar"] * 3
    + ["long"] * 4
    + ["plus"]
)


def gen_parity_singles(n: int):
    kinds = PAR_KINDS[:]
    assert len(kinds) >= n
    rng.shuffle(kinds)
    tpls = PAR_TEMPLATES[:]
    rng.shuffle(tpls)
    made = 0
    i = 0
    while made < n:
        kind = kinds[made]
        tpl = tpls[i % len(tpls)]
        i += 1
        s, v, w = make_operand(kind)
        segs = segs_from(tpl, {"n": s})
        segs = decorate(segs, allow_quick=not w)
        prompt = join(segs)
        ops = [{"surface": s, "value": v, "word": w}]
        if add_item(prompt, "parity", "odd" if v % 2 else "even", "parity", ops=ops):
            made += 1


# --------------------------------------------------------------------------------------------------
# Reversal
# --------------------------------------------------------------------------------------------------

REV_WORD_TEMPLATES = [
    "reverse {w}",
    "Reverse the word {w}",
    "{w} backwards",
    "spell {w} backwards please",
    "how do you spell {w} backwards?",
    "write {w} in reverse",
    "what's {w} reversed?",
    "flip the letters of {w}",
    "Can you write the word {w} backwards for me?",
    "give me {w} spelled backwards",
    "What does {w} look like written backwards?",
    "the word {w} backwards, please",
    "reverce the word {w}",
    "spell {w} bakwards",
    "I need {w} reversed",
    "reverse the letters in {w}",
    "Write the word {w} in reverse order",
    "what would {w} be if you reversed it?",
]
REV_QUOTED_TEMPLATES = [
    "reverse {q}",
    "write {q} backwards",
    "Can you reverse the phrase {q}?",
    "{q} backwards, please",
    "spell {q} in reverse",
    "what is {q} reversed?",
    "reverse the text {q} for me",
    "please write this backwards: {q}",
    "Flip the letters of {q}",
    "How would {q} look reversed?",
]
REV_PHRASE_TEMPLATES = [
    "reverse the sentence {p}",
    "Reverse the phrase {p}",
    "can you reverse the text {p}",
    "reverse the text: {p}",
    "Write in reverse the sentence {p}",
]
# One word per script/feature; each is used once (groups take theirs separately).
REV_WORDS = [
    "lantern",
    "xylophone",
    "hammock",
    "cobblestone",  # plain
    "sPaRkLe",
    "NoteBook",  # mixed case
    "jalapeño",
    "smörgåsbord",
    "Łódź",  # precomposed accents
    "man\u0303ana",
    "Ame\u0301lie",  # decomposed (combining marks)
    "ёжик",
    "θάλασσα",
    "ירושלים",
    "كتاب",  # Cyrillic, Greek, Hebrew, Arabic
    "図書館",
    "さくらんぼ",
    "사랑해",
    "नमस्ते",
    "ภาษาไทย",
    "தமிழ்",  # CJK, kana, Hangul, Devanagari, Thai, Tamil
    "👨‍👩‍👧‍👦🏡",
    "👍🏽👋🏿ok",
    "🇫🇷🇩🇪🇮🇹",  # ZWJ, skin tones, flags
]
REV_DIGIT_TOKENS = ["90817", "1200", "5551234"]
QUOTES = [('"', '"'), ("'", "'"), ("“", "”"), ("‘", "’"), ("«", "»")]
REV_PHRASES_QUOTED = [
    "see you soon",
    "Hello, World!",
    "¿Qué tal?",
    "Привет, мир",
    "I ❤️ NY",
    "Καλημέρα κόσμε",
    "東京タワー",
    "  two  spaces  ",
    "שלום עולם",
    "ok 👍🏽 sure",
]
REV_PHRASES_UNQUOTED = [
    "we ride at dawn",
    "Coffee before talking",
    "meet me by the old mill",
    "Room 404 is locked",
    "мама мыла раму",
]


def reversal_item(tpl: str, operand: str, slot: str, *, quote=None, decorate_it=True, category="reversal"):
    shown = operand if quote is None else quote[0] + operand + quote[1]
    segs = segs_from(tpl, {slot: shown}, kind="rop")
    if decorate_it:
        segs = decorate(segs, p_case=0.35)
    add_item(join(segs), "reversal", greverse(operand), category, rev=shown if quote else operand)


def gen_reversal_singles():
    words = REV_WORDS + REV_DIGIT_TOKENS
    tpls = REV_WORD_TEMPLATES[:]
    rng.shuffle(tpls)
    for i, w in enumerate(words):
        reversal_item(tpls[i % len(tpls)], w, "w")
    tq = REV_QUOTED_TEMPLATES[:]
    rng.shuffle(tq)
    for i, p in enumerate(REV_PHRASES_QUOTED):
        q = QUOTES[i % len(QUOTES)]
        reversal_item(tq[i % len(tq)], p, "q", quote=q)
    tp = REV_PHRASE_TEMPLATES[:]
    rng.shuffle(tp)
    for i, p in enumerate(REV_PHRASES_UNQUOTED):
        reversal_item(tp[i], p, "p")


# --------------------------------------------------------------------------------------------------
# Missing operand (singles)
# --------------------------------------------------------------------------------------------------

MISSING_SINGLES = [
    ("hey, what's 48 plus?", "addition"),
    ("add 316", "addition"),
    ("can you sum these numbers for me?", "addition"),
    ("what's the total of 905 and", "addition"),
    ("Add the following numbers:", "addition"),
    ("I need the sum of some numbers, please", "addition"),
    ("What's the sum of 61?", "addition"),
    ("is my number odd?", "parity"),
    ("Tell me if the number is even", "parity"),
    ("what's the parity of my number?", "parity"),
    ("is that number divisible by 2?", "parity"),
    ("can you tell me whether it's even or odd?", "parity"),
    ("Reverse this word:", "reversal"),
    ("spell the following backwards:", "reversal"),
    ("reverse the phrase", "reversal"),
    ("I'll give you a word, can you write it backwards?", "reversal"),
    ("write it in reverse, please", "reversal"),
    ("What is the reversed version of the word?", "reversal"),
]

# --------------------------------------------------------------------------------------------------
# Unsupported lists (hand-written)
# --------------------------------------------------------------------------------------------------

COUSIN_ARITH = [
    "what's 93 minus 28?",
    "61 - 19",
    "how much is 14 times 12",
    "9 x 7 = ?",
    "what is 6 × 8",
    "compute 25 * 4",
    "144 divided by 12",
    "what's 90 / 6?",
    "56 ÷ 7",
    "2^10",
    "what is 3 ** 5",
    "what's 17 squared?",
    "4 cubed please",
    "what is 9²?",
    "square root of 169",
    "what's the cube root of 343?",
    "what is 20 percent of 85?",
    "find the mean of 3, 7 and 11",
    "median of 4, 9, 1, 12 and 6",
    "product of 13 and 3",
    "what's the difference between 100 and 37?",
    "what is 29 mod 4?",
    "what's the remainder when 50 is divided by 7?",
    "what is 5! (factorial)",
    "sum of the digits of 98765",
    "what's 6 plus 2 times 5?",
    "(7 + 3) * 2",
    "is 8 plus 6 bigger than 13?",
    "what is 2.5 plus 4.25?",
    "add 0.75 and 1.5",
    "what is 3/4 plus 1/8?",
    "2e3 + 7",
    "0x1F + 1",
    "subtract 45 from 120",
    "decrease 80 by 15",
    "what is 9 less than 40?",
    "double 37",
    "what's half of 58?",
    "solve for x: x + 7 = 19",
    "add 12 and 8, then divide by 5",
    "what is 5 to the power of 3?",
    "multiply 7 by 6",
    "increase 40 by 10%",
    "11 plus 4 minus 6",
]
COUSIN_NUM = [
    "is 53 prime?",
    "Is 1 a prime number?",
    "is 81 divisible by 9?",
    "is 125 divisible by 5",
    "is 42 a multiple of 7?",
    "is 30 a multiple of 4",
    "is 17 greater than 71?",
    "is -8 less than -3?",
    "which is larger: 88 or 808?",
    "is 144 a perfect square?",
    "is 50 a square number?",
    "is 27 a cube number?",
    "are 7 and 9 both odd?",
    "are 12, 18 and 40 even?",
    "is 33 odd and 60 even?",
    "is 31 even, and what about 48?",
    "is 9 plus 6 even?",
    "is 100 - 37 odd?",
    "is 6 × 7 even?",
    "is 4.5 odd?",
    "is 2/3 even?",
    "is 28 a perfect number?",
    "is 13 a Fibonacci number?",
    "is the sum of 5 and 8 odd?",
    "is 64 a power of two?",
    "is 12 a factor of 60?",
]
COUSIN_WORD = [
    "make the word window uppercase",
    'convert "Quiet Evening" to lowercase',
    "capitalize the word paris",
    "how many letters are in the word encyclopedia?",
    "count the vowels in 'sequoia'",
    "is kayak a palindrome?",
    "does the word noon read the same backwards and forwards?",
    'is "step on no pets" the same backwards?',
    "translate butterfly into Spanish",
    "how do you say thank you in Japanese?",
    "define the word ephemeral",
    "what does ubiquitous mean?",
    "what rhymes with orange?",
    "give me some words that rhyme with light",
    "sort the letters of planet alphabetically",
    "put the letters in 'zebra' in alphabetical order",
    "what's an anagram of 'dusty'?",
    "are earth and heart anagrams?",
    "how do you spell necessary?",
    "spell the word definitely for me",
    'reverse the word order of "red green blue"',
    "reverse the order of the words in the sentence we eat late tonight",
    "reverse the list 4, 8, 15, 16",
    "reverse this list: apples, pears, plums",
    "what's the first letter of giraffe?",
    "remove all the vowels from elephant",
    "what is the plural of cactus?",
    "how many syllables are in banana?",
    "swap the case of hELLO wORLD",
    "write 'moonlight' with its letters in alphabetical order",
]
CHIT_CHAT = [
    "hello there!",
    "hey, how's it going?",
    "good morning :)",
    "what's your name?",
    "who built you?",
    "I'm feeling kind of bored",
    "do you like pizza?",
    "can you sing me a song?",
    "you're pretty smart",
    "thanks for the help!",
    "bye for now",
    "what's up?",
    "are you a real person?",
    "what's your favorite color?",
    "I had a long day at work",
    "nice to meet you",
    "tell me something fun",
    "do you ever dream?",
    "good night!",
    "lol that's funny",
]
GENERAL = [
    "What is the capital of Australia?",
    "who wrote Moby-Dick?",
    "how far away is the moon?",
    "why is the sky blue?",
    "who painted the Mona Lisa?",
    "what is photosynthesis?",
    "which planet is the largest in our solar system?",
    "what language do they speak in Brazil?",
    "who discovered penicillin?",
    "what's the tallest mountain on Earth?",
    "how many legs does a spider have?",
    "what is the speed of light?",
    "when did the Berlin Wall fall?",
    "what causes earthquakes?",
    "what's the currency of Japan?",
    "what is the chemical symbol for gold?",
    "where is the Great Barrier Reef?",
    "who invented the telephone?",
    "how do bees make honey?",
    "what is the longest river in Africa?",
]
CODE = [
    "write a Python function to add two integers",
    "how do I check if a number is odd in JavaScript?",
    "write a C program that reverses a string",
    "give me a SQL query that sums the price column",
    "how do I reverse a list in Python?",
    "write a Java method isEven(int n)",
    "fix my code: def add(a, b): return a - b",
    "write a bash one-liner to add up the numbers in a file",
    "implement string reversal in Rust",
    "what does n % 2 == 0 mean in code?",
    "create a JavaScript function that returns the sum of an array",
    "show me how to reverse a string in Go",
    "write a unit test for an add() function",
    "how do I use a for loop in Python?",
    "write an HTML page with a red button",
    "Write a Haskell function that checks parity",
    "explain what this does: print(s[::-1])",
    "write a C++ function that tells if an int is odd",
    "how do I sort a dictionary by value in Python?",
    "in Excel, what formula adds cells A1 and B1?",
]
GIBBERISH = [
    "asdfgh jkl",
    "qwertyuiop",
    "zxcvb nm",
    "?!?!?!",
    "......",
    "😂😂😂😂",
    "🍕🌈🦄",
    "blorp flimzy wug",
    "hjkl hjkl",
    "mmmmmmmm",
    "#@%&*",
    "lorem ipsum dolor sit amet",
    "ggggg hhhhh",
    "¯\\_(ツ)_/¯",
    "░▒▓█",
    "⌘⌥⇧",
    "z\u0337\u0322a\u0338l\u0335g\u0336o\u0334",
    "𝔣𝔬𝔬 𝔟𝔞𝔯",
    "ooooookkkkk",
    ")))(((",
]
OTHER_SENSE = [
    "that's odd",
    "even so, I still don't get it",
    "which one is the odd one out: apple, pear, carrot, plum?",
    "list the even numbers between 1 and 20",
    "give me five odd facts about octopuses",
    "is it odd that I talk to my plants?",
    "how many odd numbers are there between 1 and 50?",
    "print all odd numbers from 1 to 15",
    "my cat has been acting odd lately",
    "we're even now, right?",
    "what are the odds of rain tomorrow?",
    "even a toddler could solve this",
    "what does break even mean?",
    "I have an odd feeling about this",
    "odd jobs I can do on weekends",
    "even though it's late, should I go running?",
    "what's an even function in maths?",
    "why do I always end up with odd socks?",
    "name some even numbers",
    "odd numbers vs even numbers, what's the difference?",
]


def gen_unsupported_list(lst, category, n, decorate_p):
    pool = lst[:]
    rng.shuffle(pool)
    made = 0
    for p in pool:
        if made == n:
            break
        segs = [["lit", p]]
        if decorate_p and rng.random() < decorate_p:
            # a suffix after an unquoted trailing phrase could be read as part of that phrase
            segs = decorate(
                segs, allow_suffix="the sentence " not in p, p_prefix=0.4, p_suffix=0.4, p_case=0.5, p_space=0.1
            )
        if add_item(join(segs), "unsupported", None, category):
            made += 1
    assert made == n, (category, made, n)


# --------------------------------------------------------------------------------------------------
# Invariance groups
# --------------------------------------------------------------------------------------------------

# (category, task, template, operand spec, typo (word, typo), filler placement)
# operand spec: addition/parity -> list of kinds; reversal -> ("w"/"q"/"p", text, quote index or None)
# filler placement: three letters for please / step by step / show your reasoning: P(refix) or S(uffix)
GROUPS = [
    ("addition", "addition", "what is {a} plus {b}?", ["small", "mid"], ("plus", "pluss"), "PSS"),
    ("addition", "addition", "calculate {a}+{b}", ["sep", "sep"], ("calculate", "calculat"), "SPS"),
    ("addition", "addition", "add {a} and {b}", ["word", "small"], ("add", "ad"), "PSP"),
    ("addition", "addition", "could you add {a} to {b}?", ["neg", "small"], ("could", "coud"), "SSP"),
    ("addition", "addition", "what's the sum of {a} and {b}?", ["fw", "fw"], ("sum", "summ"), "PPS"),
    ("addition", "addition", "sum {a}, {b} and {c} for me", ["small", "small", "mid"], ("sum", "summ"), "PSS"),
    ("addition", "addition", "find the total of {a} and {b}", ["ar", "small"], ("total", "totl"), "SPP"),
    ("addition", "addition", "{a} and {b} added together", ["long", "long"], ("together", "togther"), "SSS"),
    ("addition", "addition", "what do {a} and {b} add up to?", ["negword", "mid"], ("add", "ad"), "PSS"),
    ("addition", "addition", "increase {a} by {b}", ["mid", "small"], ("increase", "increse"), "SPS"),
    ("addition", "addition", "what is {a} more than {b}?", ["word", "word_hund"], ("what", "waht"), "PPS"),
    ("addition", "addition", "{a} + {b} + {c} equals what?", ["plus", "neg", "small"], ("equals", "equls"), "SSP"),
    ("parity", "parity", "is the number {n} even?", ["small"], ("the", "teh"), "PSS"),
    ("parity", "parity", "tell me whether {n} is odd or even", ["negword"], ("tell", "tel"), "SPS"),
    ("parity", "parity", "what's the parity of {n}?", ["long"], ("parity", "parrity"), "PPS"),
    ("parity", "parity", "is {n} divisible by 2?", ["fw"], ("divisible", "divisble"), "SSP"),
    ("parity", "parity", "is {n} a multiple of two?", ["word_hund"], ("multiple", "multple"), "PSP"),
    ("parity", "parity", "{n} is odd, right?", ["zero_word"], ("right", "rihgt"), "PPS"),
    ("parity", "parity", "Can you check if {n} is an odd number?", ["ar"], ("check", "chek"), "SPS"),
    ("parity", "parity", "would {n} count as even or odd?", ["neg"], ("count", "coutn"), "PSS"),
    ("reversal", "reversal", "reverse the word {w}", ("w", "fiance\u0301e", None), ("reverse", "reverce"), "PPP"),
    ("reversal", "reversal", "spell {w} backwards", ("w", "Zürich", None), ("backwards", "backwrds"), "PSS"),
    ("reversal", "reversal", "write {w} in reverse", ("w", "библиотека", None), ("write", "wirte"), "SPS"),
    ("reversal", "reversal", "what is {w} reversed?", ("w", "👩🏽‍💻🚀", None), ("what", "waht"), "PSS"),
    ("reversal", "reversal", "flip the letters of {w}", ("w", "Bookkeeper", None), ("letters", "leters"), "PPP"),
    ("reversal", "reversal", "reverse {w}", ("q", "see you at noon", 0), ("reverse", "revrse"), "SPS"),
    (
        "reversal",
        "reversal",
        "can you reverse the sentence {w}",
        ("p", "the owls are not what they seem", None),
        ("can", "cna"),
        "PPP",
    ),
    (
        "reversal",
        "reversal",
        "how do you write {w} backwards?",
        ("q", "bonne journée", 4),
        ("backwards", "backwads"),
        "SSP",
    ),
    ("missing-operand", "addition", "what is 57 plus?", None, ("plus", "pluss"), "PSS"),
    ("missing-operand", "parity", "is this number even or odd?", None, ("number", "nubmer"), "SPS"),
    ("cousin-arithmetic", "unsupported", "what is 84 divided by 7?", None, ("divided", "divded"), "PSS"),
    ("cousin-arithmetic", "unsupported", "what's the average of 12, 18 and 30?", None, ("average", "avrage"), "SPS"),
    ("cousin-arithmetic", "unsupported", "calculate 15% of 240", None, ("calculate", "calculte"), "PSP"),
    ("cousin-number-question", "unsupported", "is 97 a prime number?", None, ("prime", "prme"), "PSS"),
    ("cousin-number-question", "unsupported", "is 45 divisible by 3?", None, ("divisible", "divisable"), "SPS"),
    ("cousin-number-question", "unsupported", "are 14 and 22 both even?", None, ("both", "boht"), "PPS"),
    ("cousin-word-op", "unsupported", "how many vowels are in the word marigold?", None, ("vowels", "vowles"), "PSS"),
    ("cousin-word-op", "unsupported", "convert sunflower to uppercase", None, ("uppercase", "uppercse"), "SPS"),
    ("chit-chat", "unsupported", "tell me a joke about penguins", None, ("joke", "jkoe"), "PSS"),
    ("general-knowledge", "unsupported", "what is the capital of Canada?", None, ("capital", "captial"), "SPS"),
]

FILLER_FORMS = {
    "please": {"P": "please ", "S": ", please"},
    "step": {"P": "Step by step: ", "S": " step by step"},
    "reason": {"P": "Show your reasoning: ", "S": " (show your reasoning)"},
}


def gen_groups():
    for gi, (category, task, tpl, spec, (word, typo), place) in enumerate(GROUPS):
        gid = f"g{GROUP_BASE + gi}"
        ops = rev = None
        if task in ("addition", "parity") and spec:
            names = slots(tpl)
            for _ in range(200):
                made = [make_operand(k) for k in spec]
                surf = {n: m[0] for n, m in zip(names, made, strict=False)}
                if not and_ambiguous(tpl, dict(zip(names, spec, strict=False)), surf):
                    break
            ops = [{"surface": m[0], "value": m[1], "word": m[2]} for m in made]
            values = surf
            kind = "op"
            if task == "addition":
                answer = str(sum(o["value"] for o in ops))
            else:
                answer = "odd" if ops[0]["value"] % 2 else "even"
        elif task == "reversal" and spec:
            _mode, text, qi = spec
            shown = text if qi is None else QUOTES[qi][0] + text + QUOTES[qi][1]
            values = {"w": shown}
            kind = "rop"
            rev = shown if qi is not None else text
            answer = greverse(text)
        else:
            values, kind, answer = {}, "op", None
        base = segs_from(tpl, values, kind)
        ends_op = ends_with_rop(base)
        variants = [
            ("base", base),
            ("caps", apply_case(base, "upper")),
            ("typo", segs_from(apply_typo(tpl, word, typo), values, kind)),
        ]
        for fname, planned_pos in zip(("please", "step", "reason"), place, strict=False):
            pos = "P" if ends_op else planned_pos
            text = FILLER_FORMS[fname][pos]
            if fname == "please" and pos == "S" and join(base).endswith(("?", ".")):
                text = " please"
            if pos == "P":
                variants.append((fname, [["lit", text], *base]))
            else:
                variants.append((fname, [*base, ["lit", text]]))
        for vname, segs in variants:
            ok = add_item(
                join(segs),
                task,
                answer,
                category,
                group=gid,
                ops=ops,
                rev=rev,
                variant=vname,
                allow_caps_dup=(vname == "caps"),
            )
            assert ok, (gid, vname, join(segs))


# --------------------------------------------------------------------------------------------------
# Build
# --------------------------------------------------------------------------------------------------


def build() -> list[dict]:
    ITEMS.clear()
    SEEN.clear()
    gen_groups()
    in_groups = Counter(it["category"] for it in ITEMS)
    gen_addition_singles(TARGET["addition"] - in_groups["addition"] - 4)  # 4 'minus'-sign items
    gen_parity_singles(TARGET["parity"] - in_groups["parity"])
    gen_reversal_singles()
    for p, task in MISSING_SINGLES:
        assert add_item(p, task, None, "missing-operand"), p
    gen_unsupported_list(COUSIN_ARITH, "cousin-arithmetic", TARGET["cousin-arithmetic"] - 18, 0.35)
    gen_unsupported_list(COUSIN_NUM, "cousin-number-question", TARGET["cousin-number-question"] - 18, 0.35)
    gen_unsupported_list(COUSIN_WORD, "cousin-word-op", TARGET["cousin-word-op"] - 12, 0.3)
    gen_unsupported_list(CHIT_CHAT, "chit-chat", TARGET["chit-chat"] - 6, 0.0)
    gen_unsupported_list(GENERAL, "general-knowledge", TARGET["general-knowledge"] - 6, 0.25)
    gen_unsupported_list(CODE, "code-request", TARGET["code-request"], 0.2)
    gen_unsupported_list(GIBBERISH, "gibberish", TARGET["gibberish"], 0.0)
    gen_unsupported_list(OTHER_SENSE, "odd-even-other-sense", TARGET["odd-even-other-sense"], 0.0)
    items = ITEMS[:]
    rng.shuffle(items)
    for i, it in enumerate(items, 1):
        it["id"] = f"t{i:04d}"
    return items


def public(it: dict) -> dict:
    return {k: it[k] for k in ("id", "prompt", "task", "answer", "category", "group")}


def dump(items) -> bytes:
    return "".join(json.dumps(public(it), ensure_ascii=False) + "\n" for it in items).encode("utf-8")


# --------------------------------------------------------------------------------------------------
# Validation
# --------------------------------------------------------------------------------------------------

CONTRACT_EXAMPLES = [
    "2 plus 3",
    "2 + 3",
    "2+3=?",
    "add 2 and 3",
    "add 2 to 3",
    "the sum of 2 and 3",
    "sum 2, 3 and 4",
    "the total of 2 and 3",
    "2 and 3 added together",
    "what do 2 and 3 add up to",
    "increase 5 by 3",
    "5 more than 3",
    "what is 2 plus?",
    "add these numbers",
    "add 7",
    "5 minus 3",
    "5 - 3",
    "2 plus 3 times 4",
    "(2 + 3) * 4",
    "is 5 plus 3 greater than 7?",
    "1.5 plus 2",
    "1/2 plus 1/3",
    "1e3 + 1",
    "0x10 + 1",
    "is 7 even?",
    "is 7 odd?",
    "is 7 even or odd",
    "odd or even: 7",
    "parity of 7",
    "tell me if 7 is even",
    "is 7 divisible by 2?",
    "is 7 a multiple of 2?",
    "is negative twelve odd?",
    "is it even?",
    "even or odd?",
    "are 3 and 5 odd?",
    "is 3 + 4 even?",
    "is 3.5 even?",
    "an odd question",
    "the odd one out",
    "even numbers between 1 and 10",
    "list the odd numbers",
    "reverse the word hello",
    "reverse hello",
    "hello backwards",
    "spell hello backwards",
    "write hello in reverse",
    "what is hello reversed?",
    "flip the letters of hello",
    'reverse "good morning"',
    "reverse 12345",
    "reverse the sentence i like tea",
    "reverse the word",
    "spell it backwards",
    'reverse the word order of "a b c"',
    "reverse the list 1, 2, 3",
    "what is 12 minus 5",
    "7 times 8",
    "square root of 16",
    "average of 2 and 4",
    "is 7 prime?",
    "is 9 divisible by 3?",
    "which is bigger, 3 or 5?",
    "hi",
    "how are you?",
    "tell me a joke",
    "asdf qwer",
    "???",
    "🙂🙂🙂",
]

NUM_RE = re.compile(r"(?<![\w.,])([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?![\w]|[.,]\d)")


def digit_numbers(prompt: str) -> list[int]:
    out = []
    for m in NUM_RE.finditer(prompt):
        out.append(int(m.group(1) + m.group(2).replace(",", "")))
    return out


def validate(items: list[dict], has_meta: bool) -> list[str]:
    errs = []
    ids = [it["id"] for it in items]
    if ids != [f"t{i:04d}" for i in range(1, len(items) + 1)]:
        errs.append("ids are not t0001..tN in file order")
    norms: dict[str, list[dict]] = {}
    for it in items:
        p, task, ans, cat = it["prompt"], it["task"], it["answer"], it["category"]
        where = f"{it['id']} {p!r}"
        if set(public(it)) != {"id", "prompt", "task", "answer", "category", "group"}:
            errs.append(f"{where}: bad fields")
        if not isinstance(p, str) or not p or len(p) > MAX_LEN:
            errs.append(f"{where}: empty or too long ({len(p)})")
        if cat not in CATEGORY_TASK or task not in CATEGORY_TASK[cat]:
            errs.append(f"{where}: task {task} not allowed for category {cat}")
        if cat == "missing-operand" or task == "unsupported":
            if ans is not None:
                errs.append(f"{where}: answer must be null")
        elif task in ("addition", "subtraction"):
            if not (isinstance(ans, str) and re.fullmatch(r"-?(0|[1-9]\d*)", ans)):
                errs.append(f"{where}: bad {task} answer {ans!r}")
        elif task == "parity":
            if ans not in ("even", "odd"):
                errs.append(f"{where}: bad parity answer {ans!r}")
        elif task == "reversal" and (not isinstance(ans, str) or not ans):
            errs.append(f"{where}: bad reversal answer {ans!r}")
        g = it["group"]
        if g is not None and not re.fullmatch(r"g1\d{3}", g):
            errs.append(f"{where}: group id {g} outside g1001..")
        norms.setdefault(norm(p), []).append(it)

        if not has_meta or ans is None:
            continue
        # answers re-derived from the recorded operands, which must appear in the prompt
        if task in ("addition", "parity"):
            ops = it["_ops"]
            if task == "addition" and len(ops) < 2:
                errs.append(f"{where}: fewer than two addends")
            if task == "parity" and len(ops) != 1:
                errs.append(f"{where}: parity needs exactly one number")
            for o in ops:
                surf = o["surface"]
                if o["word"]:
                    if surf.casefold() not in p.casefold():
                        errs.append(f"{where}: operand {surf!r} not in prompt")
                    if words_to_int(surf) != o["value"]:
                        errs.append(f"{where}: words {surf!r} != {o['value']}")
                else:
                    if surf not in p:
                        errs.append(f"{where}: operand {surf!r} not in prompt")
                    if parse_digits(surf) != o["value"]:
                        errs.append(f"{where}: digits {surf!r} != {o['value']}")
            vals = [o["value"] for o in ops]
            want = str(sum(vals)) if task == "addition" else ("odd" if vals[0] % 2 else "even")
            if want != ans:
                errs.append(f"{where}: answer {ans!r} != re-derived {want!r}")
            # independent cross-check on all-digit prompts: every number in the text is an operand
            if not any(o["word"] for o in ops):
                found = digit_numbers(p)
                if task == "parity":
                    found = [x for x in found if x != 2 or vals[0] == 2]
                    if vals[0] == 2:
                        found = found[:1]
                if sorted(found) != sorted(vals):
                    errs.append(f"{where}: numbers in text {found} != operands {vals}")
        elif task == "reversal":
            shown = it["_rev"]
            if shown not in p:
                errs.append(f"{where}: reversal operand not in prompt")
            inner = shown
            for o, c in QUOTES:
                if len(shown) >= 2 and shown.startswith(o) and shown.endswith(c):
                    inner = shown[1:-1]
                    break
            if greverse(inner) != ans:
                errs.append(f"{where}: reversal answer mismatch")
            if greverse(ans) != inner:
                errs.append(f"{where}: reversal is not an involution here")

    # duplicates (the ALL-CAPS group member may equal its base after casefolding)
    for _key, its in norms.items():
        if len(its) > 1:
            gids = {it["group"] for it in its}
            if not (len(its) == 2 and len(gids) == 1 and None not in gids):
                errs.append(f"duplicate prompt: {[it['prompt'] for it in its]}")

    # groups
    groups: dict[str, list[dict]] = {}
    for it in items:
        if it["group"]:
            groups.setdefault(it["group"], []).append(it)
    if len(groups) != 40:
        errs.append(f"expected 40 groups, got {len(groups)}")
    for gid, its in sorted(groups.items()):
        if len(its) != 6:
            errs.append(f"{gid}: {len(its)} members")
        if len({(i["task"], i["answer"], i["category"]) for i in its}) != 1:
            errs.append(f"{gid}: members disagree on task/answer/category")
        if has_meta:
            by_v = {i["_variant"]: i for i in its}
            if sorted(by_v) != sorted(["base", "caps", "typo", "please", "step", "reason"]):
                errs.append(f"{gid}: variants {sorted(by_v)}")
            else:
                b = by_v["base"]["prompt"]
                if norm(by_v["caps"]["prompt"]) != norm(b) and by_v["base"]["task"] != "reversal":
                    errs.append(f"{gid}: caps member is not the base upper-cased")
                if (
                    "please" not in by_v["please"]["prompt"]
                    or "step by step" not in by_v["step"]["prompt"].lower()
                    or "show your reasoning" not in by_v["reason"]["prompt"].lower()
                ):
                    errs.append(f"{gid}: filler member missing its filler")
    gcat = Counter(its[0]["category"] for its in groups.values())
    if dict(gcat) != GROUPS_PER_CATEGORY:
        errs.append(f"group spread {dict(gcat)} != {GROUPS_PER_CATEGORY}")

    cats = Counter(it["category"] for it in items)
    if dict(cats) != expected_counts():
        errs.append(f"category counts {dict(cats)} != {expected_counts()}")
    errs += relabel_check(items, "heldout")

    examples = {norm(e) for e in CONTRACT_EXAMPLES}

    def loose(t: str) -> str:
        return t.rstrip("?.! ") or t

    loose_examples = {loose(e) for e in examples}
    hits = [it["prompt"] for it in items if loose(norm(it["prompt"])) in loose_examples]
    if len(hits) > 0.05 * len(items):
        errs.append(f"too many contract example strings: {len(hits)}")
    CONTRACT_HITS[:] = hits
    return errs


CONTRACT_HITS: list[str] = []


def expected_counts() -> dict[str, int]:
    """TARGET after relabel.py moved the pure subtractions out of their old categories."""
    out = dict(TARGET)
    for cat, d in relabel_moved("heldout").items():
        out[cat] = out.get(cat, 0) + d
    return out


def table(items) -> str:
    cats = Counter(it["category"] for it in items)
    ing = Counter(it["category"] for it in items if it["group"])
    lines = [f"{'category':<24}{'count':>6}{'in groups':>11}"]
    for c in expected_counts():
        lines.append(f"{c:<24}{cats[c]:>6}{ing[c]:>11}")
    lines.append(f"{'total':<24}{len(items):>6}{sum(ing.values()):>11}")
    tasks = Counter(it["task"] for it in items)
    unsup = tasks["unsupported"]
    lines.append(
        "tasks: "
        + ", ".join(f"{t} {tasks[t]}" for t in ("addition", "parity", "reversal", "subtraction", "unsupported"))
        + f"  (unsupported {100 * unsup / len(items):.1f}%)"
    )
    mo = Counter(it["task"] for it in items if it["category"] == "missing-operand")
    lines.append("missing-operand: " + ", ".join(f"{t} {mo[t]}" for t in ("addition", "parity", "reversal")))
    gids = sorted({it["group"] for it in items if it["group"]})
    lines.append(f"groups: {len(gids)} ({gids[0]}..{gids[-1]}), 6 members each")
    lines.append("relabelled to subtraction (relabel.py): " + ", ".join(r.id for r in RELABELS["heldout"]))
    lines.append(
        f"longest prompt: {max(len(it['prompt']) for it in items)} chars; "
        f"prompts equal to a contract example: {len(CONTRACT_HITS)}"
    )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    check_only = "--check" in argv
    items = relabel_apply(build(), "heldout")  # issue 14: pure subtractions are in scope now
    data = dump(items)
    errs = validate(items, has_meta=True)
    if not check_only and not errs:
        OUT.write_bytes(data)
    if OUT.exists():
        on_disk = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines()]
        errs += [f"file: {e}" for e in validate(on_disk, has_meta=False)]
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
