"""Writes dev_cousins.jsonl (issue 14's last target): a DEVELOPMENT set of subtraction's and addition's close
cousins, to refuse, beside lookalikes that must be answered. It may be tuned on. `--check` rebuilds and compares.

Refusals (slice "cousin"): code requests that mention subtracting, a difference, a minus, adding or a sum, in many
languages and tools, with and without numbers (`code-request`); subtract / difference / minus / take away / less /
deduct / reduce / remove in their other senses (`subtraction-other-sense`); add / sum / total / plus in theirs
(`addition-other-sense`); other arithmetic dressed as a subtraction (`cousin-arithmetic`). Many hold numbers.

Lookalikes (slice "lookalike"): plain subtractions and additions in natural wordings, word problems with "take
away", "how many are left", "the difference between the two prices", politeness and chit-chat around them,
arithmetic asked by someone who mentions their spreadsheet or code but wants the number, and reversals and
parity questions whose operand is a programming or subtraction word. They measure over-refusal.

Written from imagined users, not from the app's phrase lists. Slots and modes as in blind_common.number_item.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_common import PREFIXES, case_variant, literal_items, main, make_rows, number_item, reversal_item, validate

OUT = Path(__file__).resolve().parent / "dev_cousins.jsonl"
SEED = 20261223

CODE = [
    "write a python function that takes two numbers and returns the first minus the second",
    "how do I subtract two dates in JavaScript to get the days between them",
    "SQL query for the difference between two columns",
    "excel formula to subtract 5 from A1",
    "google sheets: how do i subtract one cell from another",
    "how do i subtract 30 days from today's date in python?",
    "bash script that subtracts 1 from a variable in a loop",
    "in java, how do I subtract two BigIntegers",
    "write a C program to subtract two numbers entered by the user",
    "pandas: difference between two dataframe columns",
    "numpy: subtract 5 from every element of an array",
    "what does 10 - 3 evaluate to in javascript",
    "what will print(100 - 42) show in python 3",
    "how to subtract time in excel, like 17:30 minus 9:15",
    "regex that matches a minus sign followed by 3 digits",
    "write unit tests for a subtract(a, b) function",
    "typescript function that returns the difference of two numbers",
    "how to add two numbers in rust",
    "write a go program that adds 12 and 30 and prints the result",
    "excel: sum of column B",
    "in R, how do I take the difference between consecutive values of a vector",
    "implement subtraction of two big numbers stored as strings in c++",
    "kotlin: subtract 7 days from a LocalDate",
    "powershell: subtract 2 hours from the current time",
    "how do i do 45 minus 17 in a spreadsheet cell",
    "in javascript what is x after let x = 20 - 8; x -= 3;",
    "is SELECT price - discount FROM orders valid sql",
    "matlab code to subtract two matrices",
    "how to calculate the difference between two timestamps in postgres",
    "write a lambda in python that adds 5 and 7",
    "swift func to subtract one Int from another",
    "write pseudocode for subtracting two 3-digit numbers",
    "make me an excel macro that subtracts column C from column D",
    "php: how to minus 1 day from a date",
    "java script code to add 2 and 3",
    "In C#, subtract 15 minutes from DateTime.Now",
    "what's the output of console.log(9 - '3')?",
    "jq filter to subtract one field from another",
    "awk one-liner to sum the second column of a file",
    "how do I subtract in python?",
    "create a calculator app that can add and subtract",
    "vba function to subtract 10 from each cell in a range",
    "subtract 2 from every number in a list using a list comprehension",
    "ruby method that returns the difference between 2 arrays",
    "difference between let and const in javascript",
    "what's the difference between == and === in js?",
    "git diff between two branches, how?",
    "how do you write minus 5 in binary with two's complement",
    "can you code the subtraction of 250 and 75 in scala",
    "write a sql query that subtracts 10 from every salary",
    "node.js: add 3 days to a date",
    "How to sum two arrays element wise in numpy",
    "C++ program: take away 4 from a number the user types",
    "write code to find the difference between 48 and 19",
]

SUB_OTHER = [
    "what's the difference between a crocodile and an alligator",
    "take away the plates please, we're done eating",
    "is an A minus a good grade?",
    "I got a B- on my essay, should I ask for a regrade",
    "can I deduct it from my taxes?",
    "what difference does 5 minutes make",
    "subtract the background noise from 3 recordings",
    "what's the difference between 4G and 5G",
    "difference between iphone 14 and 15",
    "the difference between windows 10 and windows 11",
    "what's the difference between grade 3 and grade 4 maths",
    "it's minus 5 degrees out, do I need gloves",
    "is there a chinese take away open after 11",
    "key take away from the meeting: we need 3 new hires",
    "less is more",
    "more or less 20 people came to the party",
    "how do I reduce the file size of a 10 mb pdf",
    "how can I reduce stress before my 9 am exam",
    "remove 3 photos from the album",
    "what's the difference between baking soda and baking powder",
    "why do two minus signs make a plus?",
    "does 1 minute really make a difference",
    "the minus button on my calculator is broken",
    "how to take away a red wine stain from a white shirt",
    "what's the difference between a 401k and a roth ira",
    "decrease the brightness of my screen",
    "can you take away my anxiety",
    "I want to deduct 2 days of leave from my holiday allowance, how do I ask my boss",
    "subtract yourself from the drama, my therapist said",
    "what's the difference between a virus and bacteria",
    "minus 40 is the same in celsius and fahrenheit, why",
    "is 3 minus a bad score on an eye test",
    "what does it mean to be less than 2 metres from someone",
    "difference between the 1st and 2nd world war",
    "take away 2 things from this lecture for me",
    "my score went down by 12 points, why does the game do that",
    "how do I remove 2 stars from a review I wrote",
    "what's the difference between 1080p and 4k",
    "reduce 3 cups of broth to 1 cup: how long does it take?",
    "the gap between 2 and 3 bedroom flats in rent, is it worth it",
]

ADD_OTHER = [
    "sum up the article in 3 sentences",
    "add 2 eggs to the batter, then what?",
    "add 3 people to the group chat",
    "add 2 cups of flour and 1 cup of sugar, then mix",
    "add 5 minutes to the timer",
    "what year did sum 41 form",
    "I need +2 reading glasses, where can I buy them",
    "the sum total of my 2 cents on this",
    "add 10 of these to my cart",
    "in total, 3 of my 5 friends came",
    "plus one for the party on the 12th",
    "add a 5 star review for this app",
    "total war warhammer 2 or 3, which is better",
    "add 1 hour to my meeting at 4",
    "disney plus price in 2025",
]

ARITH = [
    "subtract 15% from 200",
    "what is 10 minus 2.5",
    "subtract 3 from 10 then divide by 7",
    "5 minus 3 squared",
    "take half of 40 away from 90",
    "what's the average difference between 4, 8 and 12",
    "take away 1/3 from 2",
    "difference between 7 times 8 and 50",
    "subtract the square root of 16 from 20",
    "12 minus 4, then multiply by 3",
    "how much is 100 minus 20 percent",
    "reduce 80 by a quarter",
    "what is 9 minus 4.75?",
]

# ---------------------------------------------------------------- lookalikes: answered

SUB_LOOK = [
    ("r", "word-problem", "I had {a} cookies and my brother took away {b}. how many are left?"),
    ("r", "word-problem", "there were {a} kids at the party and {b} went home, how many are left?"),
    ("rabs", "price", "what's the difference between the two prices, {a} and {b}?"),
    ("rabs", "price", "the shirt was {a} dollars and the jeans {b} dollars. what's the difference in price?"),
    ("r", "word-problem", "how many are left if I take {b} away from {a}"),
    ("x", "chit-chat", "hi! quick math: {a} minus {b}"),
    ("x", "chit-chat", "thanks for the help earlier. now, what is {a} - {b}?"),
    ("r", "plain", "deduct {b} from {a}"),
    ("r", "plain", "reduce {a} by {b}"),
    ("r", "word-problem", "my budget is {a} and I spent {b}. how much is left?"),
    ("rabs", "price", "a car costs {a} and a bike {b}; what's the price difference?"),
    ("r", "plain", "subtract {b} from {a}, thank you so much!"),
    ("x", "chit-chat", "good morning! can you subtract {b} from {a} for me?"),
    ("r", "plain", "how much is {b} less than {a}?"),
    ("xabs", "plain", "what's the difference between {a} and {b}?"),
    ("x", "chit-chat", "lol ok, {a} minus {b}?"),
    ("r", "chit-chat", "you're great at this. {a} take away {b}?"),
    ("r", "chit-chat", "my kid asks: what is {a} take away {b}?"),
    ("r", "word-problem", "take away {b} from {a} and tell me what's left"),
    ("r", "context", "I'm checking my excel sheet by hand: what's {a} minus {b}?"),
    ("r", "context", "for my budget spreadsheet I need {a} minus {b}"),
    ("r", "context", "debugging my program and my brain is fried, what's {a} - {b}?"),
    ("rabs", "context", "the difference between {a} and {b}, please, I'll type it into my code"),
    ("r", "word-problem", "a shop had {a} apples and sold {b}. how many apples are left?"),
    ("r", "word-problem", "we started with {a} points and lost {b}. what's our score now?"),
    ("rabs", "plain", "difference between {a} and {b} please"),
    ("x", "plain", "calculate {a} minus {b} minus {c}"),
    ("r", "word-problem", "{a} people signed up and {b} dropped out, how many are still in?"),
    ("r", "chit-chat", "sorry if this is dumb, but what is {a} take away {b}"),
    ("x", "plain", "{a} - {b}, thanks"),
    ("r", "word-problem", "Tom has {a} marbles. He gives away {b}. How many does Tom have left?"),
    ("rabs", "word-problem", "Anna scored {a} and Ben scored {b}; what's the difference between their scores?"),
    ("r", "plain", "what do I get if I take {b} from {a}?"),
    ("r", "chit-chat", "hope you're well! {a} minus {b} is what?"),
    ("x", "plain", "Subtract {b} from {a}"),
    ("r", "plain", "decrease {a} by {b}, thanks"),
    ("r", "word-problem", "a {a} page book, I've read {b} pages. how many pages are left?"),
    ("r", "chit-chat", "ok last one I promise: {a} take away {b}"),
    ("rabs", "word-problem", "my rent went from {b} to {a}. what's the difference?"),
    ("x", "plain", "what is {a} minus {b}, no explanation needed"),
    ("r", "plain", "what's {b} less than {a}"),
    ("r", "word-problem", "{a} birds were on the fence and {b} flew off. how many stayed?"),
    ("x", "plain", "{a} take away {b} equals what"),
    ("r", "chit-chat", "hello there, how are you? what's {a} minus {b}?"),
    ("sabs", "word-problem", "what's the difference in age between a {a} year old and a {b} year old?"),
    ("r", "plain", "remove {b} from {a}"),
]

ADD_LOOK = [
    ("r", "plain", "add {a} and {b} please"),
    ("r", "word-problem", "I have {a} apples and get {b} more. how many in total?"),
    ("x", "plain", "what's the sum of {a} and {b}?"),
    ("r", "plain", "total of {a}, {b} and {c}"),
    ("r", "chit-chat", "hey can u add {a} and {b}"),
    ("x", "chit-chat", "add {a} and {b}, thanks so much"),
    ("r", "chit-chat", "sum of {a} and {b} please :)"),
    ("r", "plain", "what do {a} and {b} add up to"),
    ("r", "context", "the total of my two bills, {a} and {b}?"),
    ("r", "context", "I'm filling in a spreadsheet: what's {a} plus {b}?"),
    ("r", "word-problem", "there are {a} boys and {b} girls in the class. how many children altogether?"),
    ("x", "plain", "{a} + {b} = ?"),
    ("r", "chit-chat", "good evening! {a} plus {b}?"),
    ("r", "plain", "increase {a} by {b}"),
    ("r", "word-problem", "I spent {a} on food and {b} on drinks, what's the total?"),
    ("x", "plain", "add {a}, {b} and {c}"),
    ("r", "context", "for my python homework I just need the number: {a} plus {b}"),
    ("r", "plain", "sum {a} and {b}"),
    ("r", "word-problem", "a bus had {a} people and {b} more got on. how many are on the bus now?"),
    ("r", "chit-chat", "thank you! and {a} + {b}?"),
    ("x", "plain", "what is {a} plus {b} plus {c}"),
    ("r", "plain", "{a} more than {b}"),
    ("r", "word-problem", "I walked {a} steps this morning and {b} this afternoon. total steps?"),
    ("x", "plain", "{a} plus {b}, please and thank you"),
]

PAR_LOOK = [
    ("r", "parity", "my locker code is {n}, is that even?"),
    ("x", "parity", "is {n} odd or even"),
    ("r", "parity", "quick one for my script: is {n} even?"),
    ("x", "parity", "is {n} an odd number?"),
    ("x", "parity", "is {n} even? thanks!"),
]

# Reversals whose word is a programming word or a subtraction word (a word like any other: docs/TASKS.md).
REV_LOOK = [
    ("reverse the word {w}", "python"),
    ("spell {w} backwards", "javascript"),
    ("write {w} in reverse", "java"),
    ("what's {w} backwards?", "excel"),
    ("reverse {w}", "sql query"),
    ("flip the letters of {w}", "function"),
    ("reverse the word {w}", "subtract"),
    ("spell {w} backwards please", "minus"),
    ("reverse the word {w}", "difference"),
    ("{w} backwards", "deduct"),
    ("can you reverse the word {w}", "regex"),
    ("write the word {w} backwards", "sum"),
    ("spell {w} backwards", "code"),
    ("reverse the word {w}", "takeaway"),
    ("{w} in reverse please", "rust"),
]


def _literal(rng: random.Random, prompts: list[str], category: str) -> list[dict[str, object]]:
    """Literal refusals with light noise: a prefix sometimes, casing."""
    items = literal_items(prompts, category, "cousin")
    for item in items:
        text = str(item["prompt"])
        if rng.random() < 0.15:
            text = rng.choice(PREFIXES) + text
        item["prompt"] = case_variant(rng, text)
    return items


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    items: list[dict[str, object]] = []
    items += _literal(rng, CODE, "code-request")
    items += _literal(rng, SUB_OTHER, "subtraction-other-sense")
    items += _literal(rng, ADD_OTHER, "addition-other-sense")
    items += _literal(rng, ARITH, "cousin-arithmetic")
    for task, looks in (("subtraction", SUB_LOOK), ("addition", ADD_LOOK), ("parity", PAR_LOOK)):
        for mode, kind, template in looks:
            category = f"{task}-{kind}"
            items.append(number_item(rng, task, mode, template, slice_="lookalike", category=category, typo_rate=0.0))
    for template, word in REV_LOOK:
        items.append(reversal_item(rng, template, word, slice_="lookalike", category="reversal-code-word", typo_rate=0))
    rows = make_rows("v", items, rng)
    validate(rows, "v")
    refused = sum(1 for row in rows if row["task"] == "unsupported")
    assert 110 <= refused <= 125 and 85 <= len(rows) - refused <= 95, (refused, len(rows))
    return rows


if __name__ == "__main__":
    main(build, OUT)
