"""Writes heldout_subtraction3.jsonl (issue 14): a third HELD-OUT section for subtraction, written blind from
docs/TASKS.md. Its templates are the test set too: do not read them while developing. `--check` rebuilds and
compares.

Slots {a} {b} {c} {d}: the answer is a - b - c - d. Modes: "x" any numbers; "abs": the larger minus the
smaller (the difference between); "pmm": a - (-b) (the template writes the second minus); "pm1": (-a) - b.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_common import literal_items, main, make_rows, number_item, validate

OUT = Path(__file__).resolve().parent / "heldout_subtraction3.jsonl"
SEED = 20261219

# (mode, template, how many prompts)
SUBTRACTION: list[tuple[str, str, int]] = [
    ("x", "{a} minus {b}", 8),
    ("x", "{a} - {b}", 7),
    ("x", "{a}-{b}", 4),
    ("x", "{a} − {b}", 4),
    ("x", "{a}−{b}", 3),
    ("x", "{a} - {b} =", 3),
    ("x", "{a} - {b} = ?", 3),
    ("x", "{a}-{b}=?", 3),
    ("x", "what is {a} minus {b}?", 6),
    ("x", "what's {a} minus {b}", 4),
    ("x", "how much is {a} - {b}?", 3),
    ("x", "calculate {a} − {b}", 3),
    ("x", "compute {a} minus {b}", 3),
    ("x", "work out {a} - {b}", 3),
    ("x", "subtract {b} from {a}", 8),
    ("x", "Subtract {b} from {a}, please.", 3),
    ("x", "can you subtract {b} from {a}?", 3),
    ("x", "take {b} away from {a}", 6),
    ("x", "what do you get if you take {b} away from {a}?", 3),
    ("x", "{a} take away {b}", 4),
    ("x", "what's {a} take away {b}?", 3),
    ("x", "decrease {a} by {b}", 4),
    ("x", "{a} decreased by {b}", 3),
    ("x", "what is {a} decreased by {b}?", 3),
    ("x", "{b} less than {a}", 5),
    ("x", "what number is {b} less than {a}?", 3),
    ("x", "what is {b} less than {a}", 3),
    ("abs", "the difference between {a} and {b}", 5),
    ("abs", "what's the difference between {a} and {b}?", 4),
    ("abs", "find the difference between {a} and {b}.", 3),
    ("x", "{a} minus {b} minus {c}", 4),
    ("x", "{a} - {b} - {c}", 4),
    ("x", "{a}-{b}-{c}", 3),
    ("x", "how much is {a} minus {b} minus {c}?", 3),
    ("x", "{a} − {b} − {c} − {d}", 3),
    ("x", "what is {a} - {b} - {c} - {d}?", 2),
    ("pmm", "{a} minus minus {b}", 3),
    ("pmm", "{a} - -{b}", 3),
    ("pmm", "what is {a} − −{b}?", 2),
    ("pm1", "minus {a} minus {b}", 3),
    ("pm1", "what's minus {a} minus {b}?", 2),
    # keyword slips
    ("x", "{a} mius {b}", 2),
    ("x", "substract {b} from {a}", 3),
    ("x", "subtarct {b} from {a}", 2),
    ("x", "take {b} awya from {a}", 2),
    ("x", "decraese {a} by {b}", 2),
    ("abs", "the diference between {a} and {b}", 2),
    ("x", "{b} les than {a}", 2),
    ("x", "what's {a} mnus {b}?", 2),
    ("x", "{a} takeaway {b}", 2),
]

COUSIN_ARITH = [
    "what is 45 minus 12 times 2",
    "(20 - 4) * 3",
    "100 - 20%",
    "decrease 80 by 25%",
    "7.25 minus 3",
    "10 - 2.5",
    "3/4 minus 1/2",
    "1e4 - 1",
    "0x20 - 0x10",
    "subtract 0.75 from 2",
    "what is 2^8 - 1",
    "5 squared minus 4",
    "10 cubed minus 1",
    "square root of 49 minus 2",
    "6! - 1",
    "19 mod 4",
    "divide 50 by 5",
    "what's 81 ÷ 9",
    "144 / 12",
    "multiply 13 by 4",
    "what is 6 x 7",
    "8 * 9",
    "what is the average of 12 and 18",
    "median of 4, 7 and 9",
    "mean of 3, 5 and 10",
    "half of 66",
    "a third of 90",
    "double 19",
    "what is 15 percent of 200",
    "take 10% off 70",
    "minus 8",
    "what is -15?",
    "what's minus twelve?",
    "negative forty",
    "what is minus 7 squared",
    "round 45.6 down",
    "5 minus 2 point 5",
    "the product of 9 and 8",
    "twelve divided by four",
    "9 times 7 minus 3",
]
COUSIN_NUMBER = [
    "is 3 less than 8?",
    "is -4 less than -10?",
    "which is smaller, 19 or 91?",
    "is 15 - 6 greater than 8?",
    "is 20 - 8 equal to 12?",
    "is 50 minus 1 bigger than 48?",
    "is 7 smaller than 2?",
    "is 100 - 1 a prime?",
    "what's lower, -3 or -30?",
    "is 9 minus 4 equal to 6?",
    "is 12 less than 20, yes or no?",
    "is 1000 less than 999?",
    "is the difference between 8 and 3 prime?",
    "is 30 - 11 a square number?",
    "is 5 - 9 negative?",
]
OTHER_SENSE = [
    "what's the difference between a crow and a raven?",
    "difference between affect and effect",
    "what is the difference between weather and climate?",
    "subtract the background from this image",
    "how do I subtract a layer mask in photoshop?",
    "is there a good take away near the station?",
    "order me a Chinese take away",
    "it's minus 10 degrees outside, what should I wear?",
    "what does the word minus mean?",
    "what does subtraction mean in maths?",
    "explain how borrowing works in subtraction",
    "give me 5 subtraction worksheets for kids",
    "what day was 2024-03-15?",
    "choose a number from 1-100",
    "the match ended 2-0",
    "call me at 555-0199",
    "the score was 21-17 at halftime",
    "what's the difference between iPhone 13 and 14?",
    "less is more - who said that?",
    "I need to decrease my screen time",
    "what's the take away message of the talk?",
    "is minus a noun?",
    "minus the jokes, what did he say?",
    "how can one person make a difference?",
    "difference between 4G and 5G",
]
CODE = [
    "write a subtract function in JS",
    "python code to subtract two numbers",
    "how do I subtract dates in Excel?",
    "what does print(10 - 4) output?",
    "SQL query to subtract two columns",
    "write a C function that returns a minus b",
    "in Java, how do I subtract two BigIntegers?",
    "explain the -= operator in C#",
    "bash: subtract two variables",
    "why does 0.3 - 0.1 give 0.19999999999999998 in JavaScript?",
]


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    items: list[dict[str, object]] = []
    for mode, tpl, count in SUBTRACTION:
        slips = ("mius", "subst", "subtarct", "awya", "decrae", "diference", "les ", "mnus", "takeaway")
        typo_rate = 0.0 if mode.startswith("p") or any(w in tpl for w in slips) else 0.04
        for _ in range(count):
            items.append(
                number_item(rng, "subtraction", mode, tpl, slice_="common", category="subtraction", typo_rate=typo_rate)
            )
    items += literal_items(COUSIN_ARITH, "cousin-arithmetic", "cousin")
    items += literal_items(COUSIN_NUMBER, "cousin-number-question", "cousin")
    items += literal_items(OTHER_SENSE, "subtraction-other-sense", "cousin")
    items += literal_items(CODE, "code-request", "cousin")
    rows = make_rows("s", items, rng)
    validate(rows, "s")
    subs = [r for r in rows if r["task"] == "subtraction"]
    assert len(rows) >= 260 and 160 <= len(subs) <= 180, (len(rows), len(subs))
    return rows


if __name__ == "__main__":
    main(build, OUT)
