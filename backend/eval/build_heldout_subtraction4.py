"""Writes heldout_subtraction4.jsonl: a fourth blind held-out section for subtraction and its cousins (issue 14).

Written by a second independent test writer who read only docs/TASKS.md, the chain contract, the eval README,
the first lines of dev.jsonl and blind_common.py. HELD-OUT: report its scores only; nobody reads these
templates or the set while developing. Every answer is computed below with Python integer arithmetic.

    backend/.venv/bin/python backend/eval/build_heldout_subtraction4.py          # rewrite and validate
    backend/.venv/bin/python backend/eval/build_heldout_subtraction4.py --check  # validate, compare bytes
"""

from __future__ import annotations

import json
import random
import re

from blind_common import FIELDS, HERE, contract_spans, dress, fill, main, make_rows, norm, numbers, read_number, render

OUT = HERE / "heldout_subtraction4.jsonl"
SEED = 20261221
PREFIX = "u"

# Subtraction templates by shape: (template, mode). Slots {a} {b} {c} {d}: a is taken from, then b, c, d.
# Modes: "x" any whole numbers (negatives too); "o" positive, larger first; "p" positive, any order;
# "abs": the larger minus the smaller; "nb": the template negates b ("a minus minus b"): a + b;
# "na": the template negates a ("minus a minus b"): -a - b; "long": 100-230-digit operands.
SHAPES: dict[str, list[tuple[str, str]]] = {
    "minus": [
        ("{a} minus {b}", "x"),
        ("what is {a} minus {b}?", "x"),
        ("What's {a} minus {b}", "o"),
        ("calculate {a} minus {b}", "x"),
        ("how much is {a} minus {b}?", "p"),
        ("{a} minus {b} equals what?", "x"),
        ("can you do {a} minus {b} for me", "o"),
        ("{a} minus {b} = ?", "x"),
        ("tell me {a} minus {b}", "p"),
        ("whats {a} minus {b}", "x"),
        ("work out {a} minus {b} please", "o"),
        ("I need the answer to {a} minus {b}", "x"),
        ("{a} minus {b}, what do you get?", "p"),
        ("{a} mimus {b}", "x"),
        ("what is {a} minis {b}", "o"),
        ("{a} munus {b}?", "p"),
        ("whta is {a} minus {b}", "x"),
        ("Compute {a} minus {b} exactly", "x"),
    ],
    "hyphen": [
        ("{a} - {b}", "x"),
        ("{a}-{b}", "p"),
        ("{a} - {b} =", "x"),
        ("{a} - {b} = ?", "x"),
        ("what is {a} - {b}?", "x"),
        ("compute {a} - {b}", "p"),
        ("{a}-{b}=?", "o"),
        ("{a}  -  {b}", "x"),
        ("please evaluate {a} - {b}", "x"),
        ("{a} - {b} is?", "p"),
        ("what's {a}-{b}", "o"),
        ("solve {a} - {b}", "x"),
        ("{a} - {b}=", "p"),
        ("quick maths: {a} - {b}", "x"),
        ("How much is {a} - {b}", "o"),
        ("answer this: {a} - {b}", "x"),
    ],
    "minus-sign": [
        ("{a} − {b}", "x"),
        ("what is {a} − {b}?", "x"),
        ("{a}−{b}", "p"),
        ("{a} − {b} = ?", "x"),
        ("find {a} − {b}", "o"),
        ("{a} − {b} =", "p"),
        ("calc {a} − {b} pls", "x"),
        ("what does {a} − {b} come to", "x"),
    ],
    "subtract-from": [
        ("subtract {b} from {a}", "x"),
        ("please subtract {b} from {a}", "o"),
        ("can you subtract {b} from {a}?", "p"),
        ("what do I get if I subtract {b} from {a}?", "x"),
        ("Subtract {b} from {a}, please", "x"),
        ("what's left when you subtract {b} from {a}", "o"),
        ("if you subtract {b} from {a}, what's the result?", "p"),
        ("subtract {b} from {a} for me", "x"),
        ("subtrat {b} from {a}", "x"),
        ("sbutract {b} from {a}", "o"),
        ("subtracr {b} from {a} please", "p"),
        ("I'd like you to subtract {b} from {a}", "x"),
        ("what is the result when {b} is subtracted from {a}?", "x"),
        ("Help me subtract {b} from {a}", "o"),
        ("SUBTRACT {b} FROM {a}", "x"),
        ("what happens if we subtract {b} from {a}", "p"),
    ],
    "take-away-from": [
        ("take {b} away from {a}", "o"),
        ("what do you get when you take {b} away from {a}?", "p"),
        ("if I take {b} away from {a}, how many are left?", "o"),
        ("take away {b} from {a}", "x"),
        ("Take {b} away from {a} please", "o"),
        ("tkae {b} away from {a}", "o"),
        ("take {b} aawy from {a}", "p"),
        ("could you take {b} away from {a}?", "x"),
        ("how much remains if you take {b} away from {a}", "o"),
    ],
    "take-away": [
        ("{a} take away {b}", "o"),
        ("what is {a} take away {b}?", "p"),
        ("{a} take away {b} equals?", "o"),
        ("whats {a} takeaway {b}", "x"),
        ("{a} tkae away {b}", "o"),
        ("{a} take away {b}, how many?", "p"),
        ("how much is {a} take away {b}", "x"),
    ],
    "decrease": [
        ("decrease {a} by {b}", "o"),
        ("{a} decreased by {b}", "x"),
        ("what is {a} decreased by {b}?", "o"),
        ("if you decrease {a} by {b}, what do you get?", "p"),
        ("decrease {a} by {b} please", "x"),
        ("what do you get by decreasing {a} by {b}", "o"),
        ("decreese {a} by {b}", "o"),
        ("{a} decresed by {b}", "p"),
        ("Please decrease {a} by {b}", "x"),
        ("What's {a} when decreased by {b}?", "o"),
    ],
    "less-than": [
        ("{b} less than {a}", "x"),
        ("what is {b} less than {a}?", "o"),
        ("What number is {b} less than {a}?", "p"),
        ("find {b} less than {a}", "x"),
        ("what's {b} less than {a}", "o"),
        ("{b} les than {a}", "o"),
        ("{b} less tahn {a} is what?", "p"),
        ("tell me what {b} less than {a} is", "x"),
        ("calculate {b} less than {a}", "o"),
        ("which number is {b} less than {a}", "x"),
    ],
    "difference": [
        ("the difference between {a} and {b}", "xabs"),
        ("what is the difference between {a} and {b}?", "pabs"),
        ("find the difference between {a} and {b}", "xabs"),
        ("how big is the difference between {a} and {b}", "pabs"),
        ("calculate the difference between {a} and {b}", "xabs"),
        ("difference between {a} and {b}?", "pabs"),
        ("the differnece between {a} and {b}", "pabs"),
        ("what's the difference betwen {a} and {b}", "xabs"),
        ("Tell me the difference between {a} and {b}", "pabs"),
        ("What is the diference between {a} and {b}", "pabs"),
        ("give me the difference between {a} and {b}", "xabs"),
        ("could you work out the difference between {a} and {b}?", "pabs"),
    ],
    "repeated": [
        ("{a} minus {b} minus {c}", "x"),
        ("what is {a} - {b} - {c}?", "x"),
        ("{a} − {b} − {c} − {d}", "x"),
        ("{a}-{b}-{c}", "o"),
        ("how much is {a} minus {b} minus {c} minus {d}", "o"),
        ("calculate {a} - {b} - {c} - {d}", "x"),
        ("{a} minus {b} minus {c} = ?", "o"),
        ("what's {a} minus {b} minus {c}", "p"),
        ("{a} - {b} - {c} - {d} =", "o"),
        ("Please compute {a} minus {b} minus {c}", "x"),
        ("{a} − {b} − {c}", "p"),
        ("solve {a} minus {b} minus {c} minus {d}", "x"),
    ],
    "signs": [
        ("minus {a} minus {b}", "na"),
        ("{a} minus minus {b}", "nb"),
        ("{a} - -{b}", "nb"),
        ("{a} − −{b}", "nb"),
        ("what is negative {a} minus {b}?", "na"),
        ("{a} minus negative {b}", "nb"),
        ("subtract negative {b} from {a}", "nb"),
        ("subtract {b} from negative {a}", "na"),
    ],
    "long": [
        ("{a} minus {b}", "long"),
        ("subtract {b} from {a}", "long"),
        ("{a} - {b}", "long"),
        ("what is the difference between {a} and {b}?", "longabs"),
    ],
}

MISSING = [
    "what's 58 minus?",
    "subtract 12 from",
    "take 7 away please",
    "decrease 90 by",
    "what is the difference between 44 and?",
    "subtract from 40",
    "how much is 15 less than?",
    "can you subtract some numbers for me?",
    "I need a subtraction done: 25 minus",
    "please subtract",
    "work out the difference between the numbers I gave you",
    "what is 71 take away",
    "Decrease by 8",
    "ninety minus what?",
    "subtract 33",
]

COUSIN_ARITHMETIC = [
    "45 minus 6 times 3",
    "80 - 12 * 4",
    "subtract 7 from 30 then multiply by 2",
    "96 divided by 8 minus 5",
    "what's 2^10 - 24?",
    "5 squared minus 9",
    "100 minus 15%",
    "decrease 80 by 25 percent",
    "8.75 minus 2",
    "subtract 1.5 from 6",
    "3/5 - 1/5",
    "2e4 - 100",
    "0xff - 1",
    "what's the average of 12 and 20 minus 3",
    "(15 - 6) * 3",
    "square root of 81 minus 2",
    "10! - 5",
    "17 mod 5 minus 1",
    "half of 50 minus 7",
    "minus 14",
    "what's minus forty?",
    "-302",
    "negative 77",
    "take 0.75 away from 2",
    "12 less than 40 percent of 200",
    "the difference between 3.2 and 1.1",
    "8 x 3 - 5",
    "18 ÷ 3 − 2",
    "the product of 6 and 7 minus 10",
    "3 cubed minus 4",
    "how much is 1/2 minus 1/3?",
    "deduct 20% from 150",
    "subtract 45 from 1000 and divide the result by 5",
]

COUSIN_NUMBER_QUESTION = [
    "is 40 less than 52?",
    "is 17 - 9 greater than 7?",
    "is 30 minus 12 equal to 18?",
    "which is smaller, 81 or 18?",
    "is -5 less than -3?",
    "is 100 minus 1 a prime number?",
    "is 6 - 8 negative?",
    "does 50 minus 20 equal 30?",
    "is 64 minus 15 a square number?",
    "which one is lower: 345 or 354?",
]

CODE_REQUESTS = [
    "write a python function that subtracts one number from another",
    "how do I subtract 7 from a variable in bash?",
    "SQL query to get the difference between two columns",
    "excel formula to subtract B2 from A2",
    "Google Sheets: how to subtract 15 from every cell in column C",
    "regex that matches a minus sign followed by digits",
    "write a unit test for a subtract(a, b) function",
    "how can I subtract one Date object from another in JavaScript to get days?",
    "in pandas, how do I subtract one column from another?",
    "in C, what does count -= 4; do?",
    "what will print(10 - 4) output in python?",
    "java method that returns the difference between two integers",
    "write a rust program that takes 5 away from the number the user types",
    "implement big-number subtraction with borrowing in C++",
    "how to compute the time difference between two timestamps in Go",
    "numpy: subtract the mean from each row of a matrix",
    "write a Haskell function minus that subtracts its second argument from its first",
    "how do I subtract one set from another in python?",
    "SQL: select price minus discount as final_price from orders",
    "kotlin code to decrease a counter by 1 every second",
    "write a shell script that subtracts 100 from its first argument",
    "TypeScript: get the difference between two arrays",
    "write a regular expression that matches negative numbers like -42",
    "how do I subtract 30 days from today's date in PHP",
    "in R, how do I take the difference between consecutive elements of a vector?",
    "in javascript 0.7 - 0.4 prints 0.29999999999999993, why?",
    "my excel cell =A1-B1 shows ####, why?",
    "create a pytest test that checks 9 minus 4 equals 5",
    "code a simple calculator in python that can add and subtract",
    "C#: subtract a TimeSpan from a DateTime",
    "build a subtraction quiz app in React",
    "explain the -= operator in JavaScript",
    "write a SQL query that subtracts 10 from every salary below 5000",
    "how do I find the set difference of two lists in Java?",
]

OTHER_SENSE = [
    "what's the difference between a hawk and a falcon?",
    "how is weather different from climate, what is the key difference?",
    "please take away the dishes after dinner",
    "is the noodle bar on the corner take away only?",
    "I got a B minus on my essay, is that good?",
    "less is more: who said that first?",
    "can I deduct my home office from my taxes?",
    "the difference it made was huge. how do I say that in French?",
    "how do I subtract the background noise from a recording",
    "minus 12 degrees Celsius in Fahrenheit",
    "It's minus 7 outside, should I wear a coat?",
    "reduce, reuse, recycle: what does it mean?",
    "how can I reduce stress before exams",
    "does coffee make a difference to sleep?",
    "what's the time difference between London and Tokyo?",
    "the difference between affect and effect",
    "What's the real difference between 4G and 5G for gaming?",
    "difference between windows 10 and windows 11",
    "what did you take away from the book 1984?",
    "my salary minus taxes feels too low, any advice?",
    "list the pluses and minuses of remote work",
    "the minus key on my keyboard doesn't work",
    "Is Minus a good name for a cat?",
    "I have less than 20 minutes, what can I cook?",
    "tips to eat less sugar",
    "what's the difference between its and it's",
    "decrease the font size on my phone",
    "what does split the difference mean?",
    "does it make a difference if I water plants at 6 or 9 in the morning?",
    "take away the 2 chairs from the kitchen, we need space",
    "what's the difference between a 401k and an IRA",
    "difference between type 1 and type 2 diabetes",
    "what was the difference between world war 1 and world war 2",
    "why does a negative minus a negative make a positive?",
    "how do kids learn subtraction at school?",
    "subtract me from the group chat lol",
    "do you do take away? I'd like food for 4 people",
    "my boss deducted 3 days of pay, is that legal?",
    "what does <3 mean in a text message?",
    "can you reduce this essay to 200 words?",
    "is it minus 5 or minus 10 in Oslo tonight?",
    "explain the difference between a virus and a bacterium",
    "less than 3 weeks until Christmas, gift ideas?",
    "how many points do they take away for a late assignment?",
]

# examples quoted in issue 14 and in the brief: never used as prompts
FORBIDDEN = [
    "5 minus 12",
    "how much is a minus b minus c",
    "the difference between a and b",
    "what's the difference between a crocodile and an alligator",
    "take away the plates",
    "a minus grade",
    "less is more",
    "deduct this from my taxes?",
    "the difference it made",
    "subtract the background noise",
    "write a python function that subtracts",
    "how do I subtract dates in JavaScript?",
]

STYLE_WEIGHTS = {"digits": 10, "comma": 2, "words": 3, "words-space": 1}
SCRIPTS = ["fullwidth", "arabic", "persian", "devanagari"]


def operands(rng: random.Random, slots: list[str], mode: str) -> dict[str, int]:
    if mode.startswith("long"):
        return {s: rng.randint(10 ** rng.randint(99, 160), 10 ** rng.randint(161, 230)) for s in slots}
    vals = numbers(rng, len(slots), real=False)
    if mode[0] != "x" or mode in ("na", "nb"):
        vals = [abs(v) or 1 for v in vals]
    if mode[0] == "o":  # positive, and mostly what people ask: the first number is the largest
        vals[0] = max(vals[0], sum(vals[1:]) + rng.randint(1, 500))
    return dict(zip(slots, vals, strict=True))


def style_for(rng: random.Random, template: str, slot: str, value: int, script: str | None) -> str:
    if re.search(r"\}[-−]|[-−]\{", template) or value >= 10**12:
        return "digits"  # an operator or sign glued to the number: plain digits (a word would blur it)
    if script and value < 10**60:
        return script
    weights = dict(STYLE_WEIGHTS)
    if " - " in template or "−" in template:  # "sixty - seven" could read as one hyphenated word
        weights = {"digits": 10, "comma": 2}
    if abs(value) >= 10**7:
        weights = {k: w for k, w in weights.items() if not k.startswith("words")} or {"digits": 1}
    if abs(value) < 1000:
        weights.pop("comma", None)
    if slot == "a" and value > 0 and template.startswith("{a}") and rng.random() < 0.06:
        return "plus"
    return rng.choices(list(weights), list(weights.values()))[0]


def answer_of(values: dict[str, int], mode: str) -> int:
    if mode.endswith("abs"):
        return abs(values["a"] - values["b"])
    if mode == "nb":
        return values["a"] + values["b"]
    if mode == "na":
        return -values["a"] - values["b"]
    return values["a"] - sum(v for k, v in values.items() if k != "a")


def subtraction_item(rng: random.Random, template: str, mode: str, shape: str) -> dict[str, object]:
    slots = [s for s in "abcd" if "{" + s + "}" in template]
    values = operands(rng, slots, mode)
    script = rng.choice(SCRIPTS) if rng.random() < 0.14 else None
    shown = {s: render(v, style_for(rng, template, s, v, script)) for s, v in values.items()}
    shouting = re.sub(r"\{\w\}", "", template).isupper()
    text = template if shouting else dress(rng, template, False, 0.04)
    prompt = fill(text, shown)
    return {
        "prompt": prompt,
        "task": "subtraction",
        "answer": str(answer_of(values, mode)),
        "category": "subtraction",
        "slice": "common",
        "_shape": shape,
        "_template": template,
        "_shown": [shown[s] for s in slots],
        "_values": [values[s] for s in slots],
        "_mode": mode,
    }


def literal(prompts: list[str], task: str, category: str, slice_: str) -> list[dict[str, object]]:
    return [{"prompt": p, "task": task, "answer": None, "category": category, "slice": slice_} for p in prompts]


def check_items(items: list[dict[str, object]]) -> None:
    """Each subtraction's operands are in its prompt in written order and read back to their values, and its
    answer is recomputed from them; no prompt mixes + and - (those are chains) or asks a parity."""
    for item in items:
        prompt = str(item["prompt"])
        assert not re.search(r"\bplus\b|\d\s*\+\s*\d|\b(even|odd)\b", prompt, re.IGNORECASE), prompt
        if item["category"] != "subtraction":
            continue
        template, shown, values, mode = str(item["_template"]), item["_shown"], item["_values"], str(item["_mode"])
        assert isinstance(shown, list) and isinstance(values, list)
        assert not re.search(r"\d", template), template
        written = sorted(range(len(shown)), key=lambda i: template.index("{" + "abcd"[i] + "}"))
        at = 0
        for i in written:
            at = prompt.index(shown[i], at) + len(shown[i])
            assert read_number(shown[i]) == values[i], (shown[i], values[i])
        assert item["answer"] == str(answer_of(dict(zip("abcd", values, strict=False)), mode)), item
        assert len(prompt) <= 512, len(prompt)


def validate_rows(rows: list[dict[str, object]]) -> None:
    banned = contract_spans() | {norm(s) for s in FORBIDDEN}
    pairs = {
        "subtraction": "subtraction",
        "missing-operand": "subtraction",
        "cousin-arithmetic": "unsupported",
        "cousin-number-question": "unsupported",
        "code-request": "unsupported",
        "subtraction-other-sense": "unsupported",
    }
    seen: set[str] = set()
    for i, row in enumerate(rows, 1):
        assert row["id"] == f"{PREFIX}{i:04d}" and list(row) == FIELDS, row
        prompt, task, answer, category = row["prompt"], row["task"], row["answer"], row["category"]
        assert isinstance(prompt, str) and 0 < len(prompt) <= 512, row
        assert isinstance(category, str) and pairs[category] == task and row["group"] is None, row
        if category == "subtraction":
            assert isinstance(answer, str) and re.fullmatch(r"-?\d+", answer) and answer != "-0", row
        else:
            assert answer is None, row
        key = norm(prompt)
        assert key not in seen, f"duplicate prompt {row['id']}"
        assert key not in banned, f"{row['id']} equals a contract or issue example"
        seen.add(key)
    others: set[str] = set()
    for path in sorted(HERE.glob("*.jsonl")):  # the other sets are read only for this comparison, never printed
        if path != OUT:
            others |= {norm(json.loads(line)["prompt"]) for line in path.read_text(encoding="utf-8").splitlines()}
    clashes = [r["id"] for r in rows if norm(str(r["prompt"])) in others]
    assert not clashes, f"prompts equal to a prompt of another set: {clashes}"


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    items: list[dict[str, object]] = []
    for shape, entries in SHAPES.items():
        for template, mode in entries:
            items.append(subtraction_item(rng, template, mode, shape))
    items += literal(MISSING, "subtraction", "missing-operand", "missing-operand")
    items += literal(COUSIN_ARITHMETIC, "unsupported", "cousin-arithmetic", "cousin")
    items += literal(COUSIN_NUMBER_QUESTION, "unsupported", "cousin-number-question", "cousin")
    items += literal(CODE_REQUESTS, "unsupported", "code-request", "cousin")
    items += literal(OTHER_SENSE, "unsupported", "subtraction-other-sense", "cousin")
    check_items(items)
    rows = make_rows(PREFIX, items, rng)
    validate_rows(rows)
    return rows


if __name__ == "__main__":
    main(build, OUT)
