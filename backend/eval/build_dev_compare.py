"""Writes dev_compare.jsonl: a development set of comparison word problems (issue: compare two quantities).

Written blind on 2026-12-06 from docs/TASKS.md, this README's "Fields" and "Labelling decisions" and
`blind_common.py`, before any code of backend/app/skills/ was read. Four slices:

- `difference-question`: how many more/fewer ... than, how much older/younger/taller/shorter/heavier/lighter/
  longer/bigger ... than, by how much does a exceed b, the gap between a and b -> subtraction, the larger minus
  the smaller (as `the difference between` is).
- `relation-unknown`: one quantity given, a relation ("k more/fewer/older/... than") and a question about the
  other side -> the exact number, task = the operation performed (15, which is 4 more than B: B = 15 - 4,
  subtraction; B has 8 and A has 3 more: A = 8 + 3, addition).
- `plain`: arithmetic that must stay as it is (`k more than n`, `k less than n`, `increase n by k`, the
  difference between, a word problem that adds or takes away).
- `lookalike`: to refuse: yes/no comparisons, which is bigger, ratios (twice as many, 3 times more), percentages,
  a relation with no question, a question about a third person or about the given side, two relations or a total
  (more than one step), non-integers.

Every answer is computed here with Python integers.

    python eval/build_dev_compare.py           # write
    python eval/build_dev_compare.py --check   # rebuild and compare byte for byte
"""

from __future__ import annotations

import random
from pathlib import Path

from blind_common import distinct_from_other_sets, dress, main, make_rows, pick_style, read_number, render, validate

HERE = Path(__file__).resolve().parent
OUT = HERE / "dev_compare.jsonl"
PREFIX = "m"
SEED = 20261206_11
TYPO_RATE = 0.05

NAMES = ["Ann", "Bob", "Tom", "Lea", "Max", "Mia", "Sam", "Priya", "Kofi", "Yuki", "Omar", "Zoe", "Liam", "Nadia"]
NAMES += ["Carlos", "Ines", "Jack", "Fatima", "Ben", "Olga"]
THINGS = ["stickers", "marbles", "apples", "books", "coins", "cards", "pencils", "stamps", "shells", "cookies"]
THINGS += ["comics", "toy cars", "beads", "eggs"]
COUNT_STYLES = {"digits": 12, "words": 3, "comma": 1}
SMALL_STYLES = {"digits": 8, "words": 4}

# Number kinds: (larger value range, smaller difference range)
KINDS: dict[str, tuple[tuple[int, int], tuple[int, int]]] = {
    "n": ((12, 400), (2, 60)),  # counts
    "big": ((1_000, 90_000), (10, 9_000)),
    "age": ((18, 95), (2, 16)),
    "cm": ((120, 210), (2, 40)),
    "kg": ((6, 60), (1, 20)),
    "m": ((20, 900), (3, 200)),
}

# ---------------------------------------------------------------- difference questions: {a} > {b}, answer a - b
DIFFERENCE = [
    ("{P} has {a} {o} and {Q} has {b}. How many more {o} does {P} have than {Q}?", "n", 3),
    ("how many more {o} does {P} have than {Q} if {P} has {a} and {Q} has {b}?", "n", 2),
    ("{Q} has {b} {o}, {P} has {a}. how many fewer {o} does {Q} have than {P}?", "n", 2),
    ("How many fewer {o} has {Q} got than {P}? {P} has {a}, {Q} has {b}.", "n", 1),
    ("{P} is {a} years old and {Q} is {b}. How much older is {P} than {Q}?", "age", 2),
    ("how much older is {P} ({a}) than {Q} ({b})?", "age", 1),
    ("my dad is {a} and my mum is {b}. how much older is my dad?", "age", 1),
    ("How much younger is {Q} than {P}? {P} is {a} and {Q} is {b}.", "age", 2),
    ("{Q} is {b}, {P} is {a}: how many years younger is {Q}?", "age", 1),
    ("how much taller is a {a} cm man than a {b} cm man?", "cm", 2),
    ("{P} is {a} cm tall and {Q} is {b} cm tall. How much taller is {P}?", "cm", 2),
    ("how much shorter is a {b} cm plant than a {a} cm plant", "cm", 1),
    ("the red bag weighs {a} kg and the blue bag weighs {b} kg. how much heavier is the red bag?", "kg", 2),
    ("How much lighter is a {b} kg dog than a {a} kg dog?", "kg", 1),
    ("how much longer is a {a} m rope than a {b} m rope?", "m", 2),
    (
        "The bridge is {a} metres long and the tunnel is {b} metres. How much longer is the bridge than the tunnel?",
        "m",
        1,
    ),
    ("how much bigger is {a} than {b}?", "big", 2),
    ("by how much does {a} exceed {b}?", "big", 2),
    ("By how much is {a} greater than {b}?", "n", 1),
    ("how many more is {a} than {b}?", "n", 2),
    ("how much more is {a} than {b}", "big", 1),
    ("how many fewer is {b} than {a}?", "n", 1),
    ("what's the gap between {a} and {b}?", "big", 2),
    ("what is the gap between {b} and {a}", "n", 1),
    ("{P} scored {a} points and {Q} scored {b}. How many more points did {P} score than {Q}?", "n", 2),
    ("{P} read {a} pages, {Q} read {b} pages. how many more pages did {P} read?", "n", 1),
    ("A shirt costs {a} dollars and a cap costs {b} dollars. How much more does the shirt cost than the cap?", "n", 1),
    ("how mny more {o} does {P} have than {Q}? {P} has {a} and {Q} has {b}", "n", 1),
    ("how much oldr is {P} than {Q} if {P} is {a} and {Q} is {b}", "age", 1),
    ("Could you tell me how many more {o} {P} has than {Q}? {P} has {a} and {Q} has {b}. Thanks!", "n", 1),
    ("there are {a} boys and {b} girls in the school. how many more boys than girls are there?", "n", 2),
    ("what's the age gap between {P}, who is {a}, and {Q}, who is {b}?", "age", 1),
    ("{P} is {a} cm and {Q} is {b} cm. What is the difference in their heights?", "cm", 1),
    ("how many years older is {P} than {Q}? {P} is {a}, {Q} is {b}", "age", 1),
]

# ---------------------------------------------------------------- relation + a question about the other side
# {a}: the given quantity, {k}: the relation's amount; op "+" answers a + k (addition), "-" a - k (subtraction).
RELATION = [
    # the given side is the subject of the relation; the question asks for its object
    ("{P} has {a} {o}, which is {k} more than {Q}. How many {o} does {Q} have?", "n", "-", 3),
    ("{P} has {a} {o}, {k} more than {Q}. How many {o} does {Q} have?", "n", "-", 2),
    ("I have {a} {o}, {k} more than {Q}. How many {o} does {Q} have?", "n", "-", 2),
    ("How many {o} does {Q} have if {P} has {a}, which is {k} more than {Q}?", "n", "-", 1),
    ("A box holds {a} pens, {k} more than a bag. How many pens are in the bag?", "n", "-", 1),
    ("{P} is {a}, {k} years older than {Q}. How old is {Q}?", "age", "-", 2),
    ("{P} is {a} cm tall, which is {k} cm taller than {Q}. How tall is {Q}?", "cm", "-", 2),
    ("the truck weighs {a} kg, {k} kg more than the van. How much does the van weigh?", "kg", "-", 1),
    ("{P} has {a} {o}, which is {k} fewer than {Q}. How many {o} does {Q} have?", "n", "+", 3),
    ("{P} has {a} {o}, {k} less than {Q}. how many {o} does {Q} have?", "n", "+", 2),
    ("I've got {a} {o}, that's {k} fewer than {Q}. How many has {Q} got?", "n", "+", 1),
    ("A jar holds {a} sweets, {k} fewer than a tin. How many sweets are in the tin?", "n", "+", 1),
    ("{P} is {a}, {k} years younger than {Q}. How old is {Q}?", "age", "+", 2),
    ("{P} is {a} cm tall, {k} cm shorter than {Q}. how tall is {Q}?", "cm", "+", 1),
    ("How old is {Q} if {P} is {a} and {P} is {k} years younger than {Q}?", "age", "+", 1),
    # the given side is the object of the relation; the question asks for its subject
    ("{Q} has {a} {o}. {P} has {k} more {o} than {Q}. How many {o} does {P} have?", "n", "+", 2),
    ("{Q} has {a} {o} and {P} has {k} more than {Q}. how many does {P} have?", "n", "+", 1),
    ("{P} has {k} more {o} than {Q}, who has {a}. How many {o} does {P} have?", "n", "+", 2),
    ("{Q} has {a} {o}, {P} has {k} fewer than {Q}. How many does {P} have?", "n", "-", 2),
    ("{P} has {k} fewer {o} than {Q}. {Q} has {a}. How many {o} does {P} have?", "n", "-", 2),
    ("{P} is {k} years younger than {Q}, who is {a}. How old is {P}?", "age", "-", 2),
    ("{P} is {k} years older than {Q}, who is {a}. How old is {P}?", "age", "+", 2),
    ("How old is {P} if {P} is {k} years older than {Q} and {Q} is {a}?", "age", "+", 1),
    ("{P} is {k} cm taller than {Q}. {Q} is {a} cm tall. How tall is {P}?", "cm", "+", 2),
    ("{Q} is {a} cm tall and {P} is {k} cm shorter. How tall is {P}?", "cm", "-", 1),
    ("the cat weighs {a} kg and the dog is {k} kg heavier. how heavy is the dog?", "kg", "+", 1),
    (
        "The blue rope is {a} m long. The red rope is {k} m shorter than the blue rope. How long is the red rope?",
        "m",
        "-",
        1,
    ),
]

# ---------------------------------------------------------------- plain arithmetic that stays as it is
PLAIN = [
    ("what is {k} more than {a}?", "n", "+", 3),
    ("what number is {k} more than {a}", "n", "+", 1),
    ("what's {k} less than {a}?", "n", "-", 3),
    ("increase {a} by {k}", "n", "+", 2),
    ("decrease {a} by {k} please", "n", "-", 2),
    ("{P} had {a} {o} and got {k} more. How many {o} does {P} have now?", "n", "+", 2),
    ("{P} had {a} {o} and gave {k} away. how many are left?", "n", "-", 2),
    ("{P} has {a} {o} and {Q} has {k}. How many {o} do they have together?", "n", "+", 2),
    ("what is the difference between {a} and {k}?", "n", "-", 2),
]

# ---------------------------------------------------------------- look-alikes to refuse ({a} > {k})
LOOKALIKE = [
    ("is {a} more than {k}?", "yes-no"),
    ("Is {k} less than {a}?", "yes-no"),
    ("{P} is {a} and {Q} is {k}. Is {P} older than {Q}?", "yes-no"),
    ("is a {a} cm man taller than a {k} cm man?", "yes-no"),
    ("{P} has {a} {o}, {k} more than {Q}. Does {Q} have more than ten?", "yes-no"),
    ("which is bigger, {k} or {a}?", "which-is-bigger"),
    ("Which is heavier: a {a} kg bag or a {k} kg bag?", "which-is-bigger"),
    ("who is older, {P} who is {a} or {Q} who is {k}?", "which-is-bigger"),
    ("{P} has twice as many {o} as {Q}, who has {k}. How many {o} does {P} have?", "ratio"),
    ("{P} has {k} times more {o} than {Q}. {Q} has {a}. how many does {P} have?", "ratio"),
    ("{P} has half as many {o} as {Q}, who has {a}. How many does {P} have?", "ratio"),
    ("how many times bigger is {a} than {k}?", "ratio"),
    ("{P} is three times as old as {Q}, who is {k}. How old is {P}?", "ratio"),
    ("{P} earns 20% more than {Q}, who earns {a} dollars. How much does {P} earn?", "percentage"),
    ("what is 15% more than {a}?", "percentage"),
    ("by what percent is {a} bigger than {k}?", "percentage"),
    ("{P} has {a} {o}, which is {k} more than {Q}.", "no-question"),
    ("{P} is {k} years older than {Q}, who is {a}.", "no-question"),
    ("{P} has {a} {o}, {k} more than {Q}. How many {o} does {R} have?", "third-person"),
    ("{P} is {a}, {k} years older than {Q}. How old is {R}?", "third-person"),
    ("{P} has {a} {o}, which is {k} more than {Q}. How many {o} does {P} have?", "given-side"),
    ("{Q} has {a} {o}, {k} more than {P}. {R} has 3 fewer than {P}. How many does {R} have?", "two-steps"),
    ("{Q} has {a} {o} and {P} has {k} more than {Q}. How many {o} do they have altogether?", "two-steps"),
    ("{P} is {k} years older than {Q}, and {Q} is 2 years older than {R}, who is {a}. How old is {P}?", "two-steps"),
    ("{Q} has {a} {o}, {P} has {k} fewer. How many {o} do {P} and {Q} have in total?", "two-steps"),
    ("{P} is 1.75 m tall, 0.12 m taller than {Q}. How tall is {Q}?", "non-integer"),
    ("how much heavier is a 2.5 kg bag than a 1.2 kg bag?", "non-integer"),
    ("{P} has {a}.5 litres, which is {k} litres more than {Q}. How much does {Q} have?", "non-integer"),
    ("the difference between {P}'s age and {Q}'s age is {k}. {P} is {a}. How old is {Q}?", "ambiguous"),
    ("{P} and {Q} have {a} {o} between them; {P} has {k} more. How many does {Q} have?", "two-steps"),
]


def _names(rng: random.Random, text: str) -> str:
    p, q, r = rng.sample(NAMES, 3)
    return text.replace("{P}", p).replace("{Q}", q).replace("{R}", r).replace("{o}", rng.choice(THINGS))


def _values(rng: random.Random, kind: str) -> tuple[int, int]:
    """(larger, smaller) with larger - smaller >= 1 and smaller >= 3."""
    (lo, hi), (dlo, dhi) = KINDS[kind]
    big = rng.randint(lo, hi)
    diff = rng.randint(dlo, min(dhi, big - 3))
    return big, big - diff


def _shown(rng: random.Random, value: int, styles: dict[str, int]) -> str:
    text = render(value, pick_style(rng, value, styles))
    assert read_number(text) == value
    return text


def _item(
    rng: random.Random,
    template: str,
    values: dict[str, int],
    *,
    task: str,
    answer: int | None,
    category: str,
    slice_: str,
) -> dict[str, object]:
    text = dress(rng, _names(rng, template), False, TYPO_RATE)
    styles = {k: (SMALL_STYLES if k == "k" else COUNT_STYLES) for k in values}
    if any(w in template for w in (" cm", " kg", " m ", " metres", "dollars", "pens", "{a}.5")):
        styles = {k: {"digits": 1} for k in values}  # measures are written in digits
    for key, value in values.items():
        text = text.replace("{" + key + "}", _shown(rng, value, styles[key]))
    assert "{" not in text, text
    return {
        "prompt": text,
        "task": task,
        "answer": None if answer is None else str(answer),
        "category": category,
        "slice": slice_,
    }


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    items: list[dict[str, object]] = []
    for template, kind, copies in DIFFERENCE:
        for _ in range(copies):
            a, b = _values(rng, kind)
            items.append(
                _item(
                    rng,
                    template,
                    {"a": a, "b": b},
                    task="subtraction",
                    answer=a - b,
                    category="difference",
                    slice_="difference-question",
                )
            )
    for table, slice_ in ((RELATION, "relation-unknown"), (PLAIN, "plain")):
        for template, kind, op, copies in table:
            for _ in range(copies):
                a, rest = _values(rng, kind)
                k = a - rest
                task = "addition" if op == "+" else "subtraction"
                answer = a + k if op == "+" else a - k
                category = f"relation-{'add' if op == '+' else 'subtract'}" if slice_ != "plain" else task
                items.append(
                    _item(rng, template, {"a": a, "k": k}, task=task, answer=answer, category=category, slice_=slice_)
                )
    for template, category in LOOKALIKE:
        for _ in range(2 if "{" in template else 1):
            a, rest = _values(rng, "age" if "old" in template else "cm" if " cm" in template else "n")
            k = a - rest
            if "times" in template:
                k = rng.randint(2, 5)
            values = {s: v for s, v in (("a", a), ("k", k)) if "{" + s + "}" in template}
            items.append(
                _item(rng, template, values, task="unsupported", answer=None, category=category, slice_="lookalike")
            )
    rows = make_rows(PREFIX, items, rng)
    validate(rows, PREFIX)
    distinct_from_other_sets(rows, OUT)
    return rows


if __name__ == "__main__":
    main(build, OUT)
