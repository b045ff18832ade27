"""Shared helpers of the blind builders (build_heldout_phrasings.py, build_dev_phrasings.py,
build_heldout_chains.py, build_dev_chains.py, build_heldout_subtraction3.py).

No prompts live here: only number rendering, an independent number reader, grapheme reversal, noise,
validation and writing. Nothing is imported from backend/app: every answer is computed by these few lines.
"""

from __future__ import annotations

import json
import random
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

import regex

HERE = Path(__file__).resolve().parent
TASKS_MD = HERE.parent.parent / "docs" / "TASKS.md"

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
]
ONES += ["seventeen", "eighteen", "nineteen"]
TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SCALES = [(10**9, "billion"), (10**6, "million"), (10**3, "thousand")]
SCRIPTS = {"fullwidth": 0xFF10, "arabic": 0x0660, "persian": 0x06F0, "devanagari": 0x0966}


# ---------------------------------------------------------------- numbers


def _under_thousand(n: int, hyphen: bool) -> str:
    parts = []
    if n >= 100:
        parts.append(ONES[n // 100] + " hundred")
        n %= 100
    if n >= 20:
        tens = TENS[n // 10]
        parts.append(tens + ("-" if hyphen else " ") + ONES[n % 10] if n % 10 else tens)
    elif n or not parts:
        parts.append(ONES[n])
    return " ".join(parts)


def words(n: int, hyphen: bool = True) -> str:
    """English words without "and" (so "and" between operands is never ambiguous)."""
    if n < 0:
        return "negative " + words(-n, hyphen)
    assert n < 10**12
    if n < 1000:
        return _under_thousand(n, hyphen)
    parts = []
    for value, name in SCALES:
        if n >= value:
            parts.append(_under_thousand(n // value, hyphen) + " " + name)
            n %= value
    if n:
        parts.append(_under_thousand(n, hyphen))
    return " ".join(parts)


def script_digits(n: int, script: str) -> str:
    base = SCRIPTS[script]
    return ("-" if n < 0 else "") + "".join(chr(base + int(d)) for d in str(abs(n)))


def render(n: int, style: str) -> str:
    if style == "digits":
        return str(n)
    if style == "comma":
        return f"{n:,}"
    if style == "words":
        return words(n)
    if style == "words-space":
        return words(n, hyphen=False)
    if style == "plus":
        return f"+{n}"
    return script_digits(n, style)


WORD_VALUES = {w: i for i, w in enumerate(ONES)} | {w: 10 * i for i, w in enumerate(TENS) if w != "_"}


def read_number(text: str) -> int:
    """Independent reader of a rendered operand: digits of any script, separators, sign, words."""
    t = text.strip().lower()
    sign = 1
    for lead in ("negative ", "minus "):
        if t.startswith(lead):
            sign, t = -1, t[len(lead) :]
    if t[:1] in "+-−":
        sign, t = (-1 if t[0] in "-−" else 1), t[1:]
    if t and all(unicodedata.digit(c, None) is not None or c == "," for c in t):
        assert "," not in t or re.fullmatch(r"\d{1,3}(,\d{3})+", t), text
        return sign * int("".join(str(unicodedata.digit(c)) for c in t if c != ","))
    total, group = 0, 0
    for w in t.replace("-", " ").split():
        if w in WORD_VALUES:
            group += WORD_VALUES[w]
        elif w == "hundred":
            group *= 100
        elif w in ("thousand", "million", "billion"):
            total += group * {"thousand": 10**3, "million": 10**6, "billion": 10**9}[w]
            group = 0
        else:
            raise AssertionError(f"not a number: {text!r}")
    return sign * (total + group)


def pick_style(rng: random.Random, n: int, weights: dict[str, int]) -> str:
    styles = [s for s in weights if not (s in ("words", "words-space") and abs(n) >= 10**7)]
    styles = [s for s in styles if not (s == "comma" and abs(n) < 1000)]
    styles = [s for s in styles if not (s == "plus" and n < 0)] or ["digits"]
    return rng.choices(styles, [weights[s] for s in styles])[0]


def number(rng: random.Random, kind: str) -> int:
    """A random whole number of a kind: small, mid, big, huge (20-60 digits), neg (small negative)."""
    if kind == "small":
        return rng.randint(2, 99)
    if kind == "mid":
        return rng.randint(100, 99_999)
    if kind == "big":
        return rng.randint(100_000, 9_999_999_999)
    if kind == "huge":
        return rng.randint(10 ** rng.randint(19, 59), 10 ** rng.randint(60, 61))
    if kind == "neg":
        return -rng.randint(1, 9_999)
    raise ValueError(kind)


# ---------------------------------------------------------------- operations (the answers)


def rev(text: str) -> str:
    """Reverse by user-perceived characters (grapheme clusters)."""
    return "".join(reversed(regex.findall(r"\X", text)))


def parity(n: int) -> str:
    return "even" if n % 2 == 0 else "odd"


def rev_num(n: int) -> str:
    assert n >= 0, "reversing a negative number is undefined in a chain"
    return str(n)[::-1]


# ---------------------------------------------------------------- noise


def _outside_slots(text: str, change: Callable[[str], str]) -> str:
    return "".join(part if re.fullmatch(r"\{\w\}", part) else change(part) for part in re.split(r"(\{\w\})", text))


def case_variant(rng: random.Random, text: str) -> str:
    r = rng.random()
    if r < 0.12:
        return _outside_slots(text, str.upper)
    if r < 0.30:
        return text[:1].upper() + text[1:]
    if r < 0.36:
        return _outside_slots(text, str.lower)
    return text


def typo(rng: random.Random, text: str) -> str:
    """Swap two inner letters of one template word of 5+ letters (slots `{..}` are never touched)."""
    spans = [m.span() for m in re.finditer(r"(?<![{\w])[a-z]{5,}(?![\w}])", text)]
    if not spans:
        return text
    s, e = rng.choice(spans)
    i = rng.randint(s + 1, e - 3)
    return text[:i] + text[i + 1] + text[i] + text[i + 2 :]


def fill(template: str, values: dict[str, str]) -> str:
    out = template
    for key, val in values.items():
        out = out.replace("{" + key + "}", val)
    assert "{" not in out or "{" in "".join(values.values()), out
    return out


# ---------------------------------------------------------------- single-task items from templates

PREFIXES = ["please ", "hey, ", "quick question: ", "hi! ", "um, ", "ok so ", "sorry to bother you, ", "Hello. "]
PREFIXES += ["could you help me? ", "yo ", "I need this for homework: ", "Can I ask something? "]
SUFFIXES = [" thanks", " please", " :)", " thx!", ", thank you", " cheers", "??", " pls", "!"]
ANY_STYLES = {"digits": 10, "comma": 2, "words": 3, "words-space": 1, "fullwidth": 1, "arabic": 1, "plus": 1}
REAL_STYLES = {"digits": 10, "comma": 1, "words": 3}


def numbers(rng: random.Random, count: int, real: bool) -> list[int]:
    if real:
        return [rng.choice([rng.randint(2, 99), rng.randint(10, 999), rng.randint(100, 60_000)]) for _ in range(count)]
    kinds = rng.choices(["small", "mid", "big", "huge", "neg"], [4, 4, 2, 1, 2], k=count)
    vals = [number(rng, k) for k in kinds]
    if rng.random() < 0.04:
        vals[0] = 0
    return vals


def dress(rng: random.Random, template: str, end_is_bare_word: bool, typo_rate: float) -> str:
    """Politeness, casing and slips on the template text only (operands are filled in afterwards)."""
    if rng.random() < typo_rate:
        template = typo(rng, template)
    r = rng.random()
    if r < 0.22:
        template = rng.choice(PREFIXES) + template
    elif r < 0.40 and not end_is_bare_word:
        suffix = rng.choice(SUFFIXES)
        if suffix == "!" and template.endswith("}"):  # "7619!" would read as a factorial
            suffix = " please"
        template = template + suffix
    return case_variant(rng, template)


def number_item(
    rng: random.Random, task: str, mode: str, template: str, *, slice_: str, category: str, typo_rate: float
) -> dict[str, object]:
    """addition / subtraction / parity from a template with slots {a} {b} {c} (parity: {n}).

    mode: "x" any numbers; "r" real-world (positive, plain); "s" small real (ages, degrees); "y" years;
    "o" any formats but positive; "p" positive, unordered; "abs" suffix: the larger minus the smaller; "pmm":
    the template negates b ("a minus minus b"); "pm1": it negates a ("minus a minus b"). Subtraction in modes
    r, s, y, o keeps a > b (+ c ...). Parity: {n}.
    """
    real = mode[0] in "rsy"
    slots = [s for s in "abcdn" if "{" + s + "}" in template]
    vals = numbers(rng, len(slots), real)
    if mode[0] == "s":
        vals = [rng.randint(2, 120) for _ in slots]
    elif mode[0] == "y":
        vals = [rng.randint(1000, 2100) for _ in slots]
    elif mode[0] in "op":
        vals = [abs(v) or 1 for v in vals]
    if task == "subtraction" and mode[0] not in "xp" and vals[0] <= sum(vals[1:]):
        vals[0] = sum(vals[1:]) + rng.randint(1, 400 if mode[0] != "s" else 30)
    styles = REAL_STYLES if real else ANY_STYLES
    if mode[0] == "y" or (mode[0] == "p" and re.search(r"[-−]\{", template)):
        styles = {"digits": 1}
    elif mode[0] == "p":
        styles = {"digits": 4, "words": 1}
    if any(g in template for g in ("}-{", "}−{", "}+{")):  # glued operators: plain unsigned digits
        vals, styles = [abs(v) for v in vals], {"digits": 1}
    values = dict(zip(slots, vals, strict=True))
    shown = {k: render(v, pick_style(rng, v, styles)) for k, v in values.items()}
    for k, v in values.items():
        assert read_number(shown[k]) == v, (shown[k], v)
    if task == "addition":
        answer = str(sum(vals))
    elif task == "parity":
        answer = parity(values["n"])
    elif mode.endswith("mm"):  # "a minus minus b", "a - -b": a - (-b)
        answer = str(values["a"] + values["b"])
    elif mode.endswith("m1"):  # "minus a minus b": (-a) - b
        answer = str(-values["a"] - values["b"])
    elif mode.endswith("abs"):
        answer = str(abs(values["a"] - values["b"]))
    else:
        answer = str(values["a"] - sum(v for k, v in values.items() if k != "a"))
    text = dress(rng, template, False, typo_rate)
    prompt = fill(text, shown)
    for k in slots:
        assert shown[k] in prompt
    return {"prompt": prompt, "task": task, "answer": answer, "category": category, "slice": slice_}


QUOTES = [('"', '"'), ("'", "'"), ("“", "”"), ("‘", "’"), ("«", "»")]


def reversal_item(
    rng: random.Random, template: str, operand: str, *, slice_: str, category: str, typo_rate: float
) -> dict[str, object]:
    """{w}: a bare word, or a phrase given with its quotes in `operand` when it holds a space;
    {p}: an unquoted phrase after "the phrase/sentence/text"."""
    inner = operand
    if " " in operand and "{w}" in template:
        left, right = rng.choice(QUOTES)
        operand = left + operand + right
    ends_bare = template.rstrip().endswith(("{w}", "{p}")) and not operand.endswith(tuple(q[1] for q in QUOTES))
    text = dress(rng, template, ends_bare or "{p}" in template, typo_rate)
    prompt = fill(text, {"w": operand, "p": operand})
    return {"prompt": prompt, "task": "reversal", "answer": rev(inner), "category": category, "slice": slice_}


def literal_items(prompts: list[str], category: str, slice_: str) -> list[dict[str, object]]:
    return [
        {"prompt": p, "task": "unsupported", "answer": None, "category": category, "slice": slice_} for p in prompts
    ]


# ---------------------------------------------------------------- validation and output

FIELDS = ["id", "prompt", "task", "answer", "category", "group", "slice"]
TASKS = {"addition", "parity", "reversal", "subtraction", "chain", "unsupported"}


def contract_spans() -> set[str]:
    spans = regex.findall(r"`([^`]+)`", TASKS_MD.read_text(encoding="utf-8"))
    return {norm(s) for s in spans}


def norm(text: str) -> str:
    return " ".join(text.casefold().split()).rstrip("?.! ")


def text_key(text: object) -> str:
    """A text as compared for sameness: case and runs of white space ignored."""
    return " ".join(str(text).casefold().split())


def distinct_from_other_sets(rows: list[dict[str, object]], own: Path) -> None:
    """No prompt equal to a prompt of another eval set beside ``own`` (held-out ones are read only here, never
    printed)."""
    others: set[str] = set()
    for path in own.parent.glob("*.jsonl"):
        if path != own:
            for line in path.read_text(encoding="utf-8").splitlines():
                others.add(text_key(json.loads(line)["prompt"]))
    clashes = sum(text_key(r["prompt"]) in others for r in rows)
    assert clashes == 0, f"{clashes} prompt(s) equal a prompt of another eval set"


def literal_rows(
    prefix: str, written: Iterable[tuple[str, str, str | None]], slice_: str, own: Path
) -> list[dict[str, object]]:
    """Rows from (prompt, task, answer) triples written by hand (the red-team sets), in order, checked: a known task,
    an answer in the contract's format (None for a refusal, or an in-scope task's missing operand), no duplicate, no
    prompt equal to a contract example or to a prompt of another set. ``category`` is the task."""
    rows: list[dict[str, object]] = []
    seen: set[str] = set()
    banned = contract_spans()
    for i, (prompt, task, answer) in enumerate(written, 1):
        assert task in TASKS and 0 < len(prompt) <= 512, prompt
        assert answer is None or task != "unsupported", prompt
        if task in ("addition", "subtraction") and answer is not None:
            assert re.fullmatch(r"-?\d+", answer), prompt
        if task == "parity" and answer is not None:
            assert answer in ("even", "odd"), prompt
        key = text_key(prompt)
        assert key not in seen, f"duplicate prompt: {prompt!r}"
        assert norm(prompt) not in banned, f"prompt equals a contract example: {prompt!r}"
        seen.add(key)
        rows.append(dict(zip(FIELDS, (f"{prefix}{i:04d}", prompt, task, answer, task, None, slice_), strict=True)))
    distinct_from_other_sets(rows, own)
    return rows


def make_rows(prefix: str, items: Iterable[dict[str, object]], rng: random.Random) -> list[dict[str, object]]:
    items = list(items)
    rng.shuffle(items)
    rows = []
    for i, item in enumerate(items, 1):
        row: dict[str, object] = {"id": f"{prefix}{i:04d}"}
        for key in FIELDS[1:]:
            row[key] = item.get(key)
        if "steps" in item:
            row["steps"] = item["steps"]
        rows.append(row)
    return rows


def validate(
    rows: list[dict[str, object]], prefix: str, forbidden: Iterable[str] = (), *, missing_ok: bool = False
) -> None:
    """missing_ok: a `missing-operand` row of an in-scope task has answer null (the contract's missing operand)."""
    seen: set[str] = set()
    banned = (contract_spans() | {norm(s) for s in forbidden}) - {""}
    for i, row in enumerate(rows, 1):
        assert row["id"] == f"{prefix}{i:04d}", row
        assert list(row)[:7] == FIELDS, row
        prompt, task, answer = row["prompt"], row["task"], row["answer"]
        assert isinstance(prompt, str) and 0 < len(prompt) <= 512, row
        assert task in TASKS, row
        assert row["group"] is None and isinstance(row["category"], str) and isinstance(row["slice"], str), row
        if task == "unsupported":
            assert answer is None, row
        elif missing_ok and row["category"] == "missing-operand":
            assert answer is None and task in ("addition", "subtraction", "parity", "reversal"), row
        else:
            assert isinstance(answer, str) and answer, row
        if task in ("addition", "subtraction") and answer is not None:
            assert re.fullmatch(r"-?\d+", str(answer)) and answer != "-0", row
        if task == "parity" and answer is not None:
            assert answer in ("even", "odd"), row
        if task == "chain":
            assert row.get("steps") in (2, 3), row
            assert re.fullmatch(r"-?\d+|even|odd", str(answer)) and answer != "-0", row
        else:
            assert "steps" not in row, row
        key = " ".join(prompt.casefold().split())
        assert key not in seen, f"duplicate prompt: {prompt!r}"
        assert norm(prompt) not in banned, f"prompt equals a contract/issue example: {prompt!r}"
        seen.add(key)


def counts(rows: list[dict[str, object]], *keys: str) -> Counter[tuple[object, ...]]:
    return Counter(tuple(r.get(k) for k in keys) for r in rows)


def dump(rows: list[dict[str, object]]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main(build: Callable[[], list[dict[str, object]]], path: Path) -> None:
    data = dump(build())
    assert data == dump(build()), "builder is not deterministic"
    if "--check" in sys.argv:
        assert path.read_text(encoding="utf-8") == data, f"{path.name} differs from its builder"
        print(f"{path.name}: OK")
    else:
        path.write_text(data, encoding="utf-8")
        print(f"wrote {path.name}")
    rows = [json.loads(line) for line in data.splitlines()]
    print(len(rows), "rows")
    for key, n in sorted(counts(rows, "task", "slice").items()):
        print("  ", key, n)
    if any("steps" in r for r in rows):
        for key, n in sorted(counts(rows, "task", "steps").items(), key=str):
            print("  steps", key, n)


# ---------------------------------------------------------------- chains

CHAIN_STYLES = {"digits": 14, "words": 2, "comma": 1, "fullwidth": 1}


def chain_number(rng: random.Random, reversed_input: bool, real: bool) -> int:
    if reversed_input:  # written in digits and reversed directly: sometimes a trailing zero ("120" -> "021")
        n = rng.choice([rng.randint(10, 99), rng.randint(100, 9_999), rng.randint(10_000, 999_999)])
        return n * 10 if rng.random() < 0.2 else n
    if real:
        return rng.choice([rng.randint(2, 99), rng.randint(10, 999), rng.randint(100, 5_000)])
    n = rng.choices(
        [rng.randint(2, 99), rng.randint(100, 9_999), rng.randint(10_000, 10**9), rng.randint(10**19, 10**30)],
        [50, 35, 10, 5],
    )[0]
    return -n if rng.random() < 0.08 else n


def chain_item(
    rng: random.Random,
    template: str,
    program: Callable[[dict[str, int]], object],
    *,
    steps: int,
    category: str,
    real: bool = False,
    typo_rate: float = 0.05,
    styles: dict[str, int] | None = None,
    small: bool = False,
) -> dict[str, object]:
    """A chain from a template. Slots {a}..{d}: numbers in `styles` (default CHAIN_STYLES: digits mostly), from 2
    to 999 when `small`; {A} {B}: digits that the chain reverses directly. `program` computes the final answer from
    the values (and asserts its own preconditions: it is retried with new numbers when one fails, e.g. a negative
    number before a reversal)."""
    slots = [s for s in "abcdAB" if "{" + s + "}" in template]
    glued = re.search(r"\}[-+−]\{", template) is not None
    for _ in range(300):
        values = {s: chain_number(rng, s.isupper(), real or small) for s in slots}
        if small:
            values = {s: (v if s.isupper() else rng.randint(2, 999)) for s, v in values.items()}
        if glued or real:
            values = {s: abs(v) for s, v in values.items()}
        try:
            answer = program(values)
        except AssertionError:
            continue
        break
    else:
        raise AssertionError(f"no numbers fit {template!r}")
    shown = {}
    for s, v in values.items():
        style = "digits" if s.isupper() or glued else pick_style(rng, v, styles or CHAIN_STYLES)
        shown[s] = render(v, style)
        assert read_number(shown[s]) == v
    text = dress(rng, template, False, typo_rate)
    prompt = fill(text, shown)
    return {
        "prompt": prompt,
        "task": "chain",
        "answer": str(answer),
        "category": category,
        "slice": "chain",
        "steps": steps,
    }


def single_item(prompt: str, task: str, answer: str, category: str = "single-with-chitchat") -> dict[str, object]:
    return {"prompt": prompt, "task": task, "answer": answer, "category": category, "slice": "single-with-chitchat"}


def pos(n: int) -> int:
    assert n > 0
    return n
