"""Writes dev_cousins2.jsonl (issue 14's cousins, second round): a DEVELOPMENT set. `--check` rebuilds and compares.

Written blind: from docs/TASKS.md and eval/README.md's fields, categories and labelling decisions only, before the
refusal data (app/data/unsupported.toml, app/skills/operations.toml, the skills' near-miss generators) or any other
eval set was read. Imagined users, not the app's lists. Then tuned on.

Slice "cousin" (about 60%, task unsupported): prompts that look like the four tasks but are not: how-to questions
with a verb and a number, "how many" questions, other arithmetic in word problems, money/time/date questions that
are not a plain sum or difference, other senses of add/take/sum/odd/even/reverse/flip/minus, code requests, names
that hold numbers (bands, films, years, versions), word operations other than reversal, chit-chat with numbers.
Slice "lookalike" (about 40%, answered): plain additions and subtractions as word problems, parity and reversal in
the same everyday dress. Refusal templates take {a} {b} {n} (small whole numbers, digits) or {y} (a year).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_common import distinct_from_other_sets, dress, fill, main, make_rows, number_item, reversal_item, validate

OUT = Path(__file__).resolve().parent / "dev_cousins2.jsonl"
SEED = 20261206_14

HOW_TO = [
    "how do I remove {n} stars from a rating I left on google",
    "how to add {n} users to my slack workspace",
    "how can I add {n} days to a date cell",
    "how do I take {n} screenshots in a row on a mac",
    "how to add {n} more columns to a table in word",
    "how do I remove {n} pages from a pdf",
    "how do I add {n} people to a group chat on whatsapp",
    "how to take off {n} pounds before summer",
    "how do I reverse {n} transactions in my banking app",
    "how can I flip {n} burgers at once without a mess",
    "how do I subtract {n} hours from my timesheet at work",
    "how to add {n} inches to my vertical jump",
    "how do I reverse {n} years of sun damage on my skin",
    "how can I add {n} seconds of silence to an audio clip",
    "how do i take away {n} calories from my daily goal in the app",
    "how do I minus {n} points from a player in the scoreboard app",
    "how do I add {n} minutes to a youtube video I uploaded",
    "how to remove {n} apps at once from my iphone",
    "how do I sum up {n} pages of notes for an exam",
    "how to take {n} days of leave without losing my bonus",
]
HOW_MANY = [
    "how many days are in {n} weeks",
    "how many minutes are there in {n} hours",
    "how many odd numbers are there below {n}",
    "how many even numbers lie between {a} and {b}",
    "how many times does {n} go into 1000",
    "how many digits does {a}{b} have",
    "how many ways can I line up {n} books on a shelf",
    "how many seconds are in {n} days",
    "how many years ago was {y}",
    "how many weeks old is a baby of {a} days",
    "how many calories does a {n} minute run burn",
    "how many {n}s fit into 500",
    "how many letters are in the word elephant",
    "how many players are on the field when each team has {n}",
    "how many prime numbers are there under {n}",
]
WORD_PROBLEMS = [
    "Ana buys {a} boxes of {b} pencils each. How many pencils does she have?",
    "{a} cookies are shared equally among {b} kids. How many does each kid get?",
    "A shirt costs {a} dollars and is {b}% off. What is the new price?",
    "Tom earns {a} dollars a week. How much does he earn in {b} weeks?",
    "Sara scored {a} and {b} on two tests. What is her average?",
    "A garden is {a} metres by {b} metres. What is its area?",
    "A car drives {a} km in {b} hours. How fast was it going?",
    "A pizza is cut into {n} slices and I eat half of them. How many slices are left?",
    "Mia had {n} stickers and gave away a third of them. How many does she have now?",
    "Each ticket costs {a} euros. What do {b} tickets cost together?",
    "A bus has {a} rows with {b} seats in each row. How many seats are there?",
    "I had {n} marbles and my friend doubled them. How many marbles do I have?",
    "We split a bill of {a} dollars between {b} friends, how much does each pay?",
    "A tank holds {a} litres and is {b}% full. How much water is in it?",
    "Lee saves {a} dollars a month. How many months until she has {b}00 dollars?",
    "Three friends have {a}, {b} and {n} coins. What is the mean number of coins?",
    "A rope {a} cm long is cut into {b} equal pieces. How long is each piece?",
    "If {a} workers build a wall in {b} days, how long do twice as many workers take?",
    "Ben reads {a} pages a day. How many pages does he read in {b} days?",
    "A recipe for {a} people needs {b} eggs. How many eggs for {n} people?",
]
MONEY_TIME_DATE = [
    "What time is it {n} hours after 9:45 pm?",
    "what day of the week will it be in {n} days",
    "how old is someone born in {y}",
    "convert {n} dollars to euros",
    "what is {a}0 minutes in hours and minutes",
    "what date is {n} days from today",
    "how much is {n} pounds in kilograms",
    "what's an 18% tip on a {a} dollar bill",
    "how much interest does {a}00 dollars earn at 5% a year",
    "what would {n} dollars from {y} be worth today",
    "how many hours are there between 8:30 and 17:15",
    "what is {n}:30 pm in 24-hour time",
    "what year will it be in {n} years",
    "if I pay 3.50 for a coffee every day, what do I spend in a year",
    "I get paid 15.75 an hour, what do I make for {n} hours",
]
OTHER_SENSE = [
    "add {n} eggs to my shopping list",
    "add a {n} star review for this restaurant",
    "add {n} minutes to my timer",
    "add room {n} to the meeting invite",
    "take {n} deep breaths with me",
    "take me to gate {n}",
    "I need to take {n} days off, how do I ask my boss",
    "who is the singer of sum {n}",
    "summarise chapter {n} of the hobbit",
    "even after {n} tries the door won't open, what do I do",
    "is it odd to wake up at {n} am every day",
    "I have {n} odd socks, what can I make with them",
    "how do I get even with a coworker who took {n} of my lunches",
    "how do I reverse park in {n} moves",
    "flip {n} coins and tell me how many come up heads",
    "can you reverse my order number {n}{a}",
    "it's minus {n} outside, what should I wear",
    "I got {n} minus points on my driving test, did I fail",
    "flip the table {n} times in the game settings",
    "reverse image search photo number {n}",
    "the odd thing is I only slept {n} hours",
    "add {n} tablespoons of sugar or is that too much",
    "take {n} off the price and I'll buy it",
    "is {n} an odd age to start learning piano",
    "what's the sum total of my {n} years at this job, emotionally",
]
CODE = [
    "write a python function that takes {n} numbers and returns their sum",
    "sql query to add {n} to every price in the products table",
    "regex to match {n}-digit numbers",
    "what does print({a} - {b}) output in python",
    "javascript: reverse an array of {n} elements",
    "write a bash loop that prints the odd numbers up to {n}",
    "excel formula to subtract {n} from cell A1",
    "write a rust function that tells whether a number is even",
    "c++ program that adds {n} numbers read from input",
    "git command to revert the last {n} commits",
    "in pandas, how do I add {n} to a column",
    "write a java method that flips a string",
]
NAMED = [
    "when did blink-182 release their first album",
    "who wrote catch-22",
    "what year did maroon 5 get together",
    "is apollo 13 based on a true story",
    "who sang 99 problems",
    "what's new in python 3.12",
    "how long is the movie 21 jump street",
    "is windows 11 better than windows 10",
    "what's the plot of ocean's 11",
    "who won the world cup in {y}",
    "play the song 7 rings",
    "what is route 66 famous for",
    "iphone 15 or iphone 14, which should I buy",
    "how many episodes are in season 3 of the office",
    "who played drums on take 5 by dave brubeck",
    "when is reverse 1999 getting a new banner",
    "add sum 41's best song to my playlist",
    "what happened in {y}",
    "is the 2 plus 2 game show still on tv",
    "who starred in 10 things i hate about you",
]
WORD_OP = [
    "sort these {n} names alphabetically: zoe, adam, mike",
    "count the letters in banana",
    "capitalise every word of 'the {n} little pigs'",
    "remove the first {n} letters of elephant",
    "take the first {n} letters of strawberry",
    "add an s to the end of the word cat",
    "what is {n} in roman numerals",
    "spell {n} in words",
    "reverse the order of the words in 'add {n} cups of flour'",
    "is racecar the same backwards and forwards",
]
CHITCHAT = [
    "i just turned {n}! any birthday ideas?",
    "my kid is {n} and hates maths, any tips",
    "I ran {n} km today!",
    "rate my day from 1 to {n}",
    "we have {n} guests coming tonight, what should I cook",
]

# (mode, template): plain additions and subtractions in everyday dress; "abs": the larger minus the smaller.
ADDITION = [
    ("r", "Ana has {a} stamps and buys {b} more. How many stamps does she have now?"),
    ("r", "A shop sold {a} apples in the morning and {b} in the afternoon. How many apples did it sell?"),
    ("r", "There are {a} boys and {b} girls in the school. How many children are there altogether?"),
    ("r", "I had {a} followers and gained {b} this week, how many followers do I have"),
    ("r", "how many apples do I have if I had {a} and bought {b} more"),
    ("r", "My review had {a} likes and got {b} more today, how many likes is that in total?"),
    ("r", "we added {a} users last month and {b} this month, how many users did we add in total"),
    ("r", "how many days is {a} days plus {b} days"),
    ("r", "I paid {a} dollars for rent and {b} dollars for food, what did I spend in all?"),
    ("r", "add {a} and {b} for me, it's my grocery bill"),
    ("r", "what's the total of {a} and {b}? it's the money I made this week"),
    ("r", "sum {a} and {b} please, they are my two scores"),
    ("r", "A library has {a} books and gets {b} new ones. How many books does it have now?"),
    ("r", "{a} people came on Saturday and {b} came on Sunday. How many came over the weekend?"),
    ("r", "what is {a} plus {b} stars"),
    ("r", "how many minutes is {a} minutes plus {b} minutes"),
    ("r", "A bus had {a} passengers and {b} more got on. How many passengers are on the bus?"),
    ("r", "I walked {a} steps before lunch and {b} after, how many steps did I walk"),
]
SUBTRACTION = [
    ("r", "I had {a} dollars and spent {b}. How much do I have left?"),
    ("r", "A bus had {a} passengers and {b} got off. How many are still on the bus?"),
    ("r", "I have {a} stars and remove {b}. How many stars are left?"),
    ("r", "Tom has {a} stickers and gives {b} to his sister. How many does Tom have now?"),
    ("r", "there were {a} cookies and we ate {b}, how many cookies are left"),
    ("r", "My app had {a} users and {b} deleted their accounts. How many users are left?"),
    ("r", "take {b} away from {a}, those are the points I lost"),
    ("r", "subtract {b} from {a} for my budget please"),
    ("r", "what is {a} minus {b} dollars"),
    ("r", "A store had {a} shirts and sold {b}. How many shirts remain?"),
    ("r", "A tank had {a} litres and {b} litres leaked out. How much is left?"),
    ("s", "Tom is {a} years old and his sister is {b}. How much older is Tom?"),
    ("rabs", "what's the difference between {a} votes and {b} votes"),
    ("r", "my balance was {a} and I paid {b} for a review course, what's my balance now"),
    ("r", "I need {a} points to win and I have {b}, how many more points do I need?"),
    ("r", "decrease {a} by {b}, it's my weight goal"),
    ("r", "how much is {a} take away {b}"),
    ("r", "A train had {a} seats and {b} are booked. How many seats are free?"),
]
PARITY = [
    ("r", "is {n} an odd number? it's my house number"),
    ("r", "my flight number is {n}, is that even or odd"),
    ("y", "is the year {n} even or odd"),
    ("r", "is {n} even? asking for a board game"),
    ("r", "odd or even: {n}, my lucky number"),
    ("r", "we have {n} guests, is that an even number?"),
    ("r", "is {n} divisible by 2? it's how many cupcakes I baked"),
    ("r", "quick one, is {n} odd"),
    ("r", "tell me if {n} is even, it's my bus number"),
    ("r", "is the number {n} even or is it odd?"),
    ("r", "parity of {n} please"),
    ("r", "my team has {n} players, is that odd?"),
]
REVERSAL = [
    ("reverse the word {w}", "remove"),
    ("spell {w} backwards", "minus"),
    ("what is {w} reversed?", "sum"),
    ("flip the letters of {w}", "python"),
    ("write {w} backwards", "add 2 stars"),
    ("reverse the word {w}", "even"),
    ("{w} backwards", "odd"),
    ("reverse the word {w} please", "take"),
    ("spell {w} backwards for me", "review"),
    ("write the word {w} in reverse", "stars"),
    ("reverse the sentence {p}", "I ate 3 apples"),
    ("can you reverse {w}", "2024"),
    ("how do you spell {w} backwards", "users"),
    ("turn the word {w} backwards", "subtract"),
    ("flip the letters of the word {w}", "flip"),
    ("what is {w} spelled backwards", "difference"),
]

COUSINS = [
    ("how-to-with-number", HOW_TO),
    ("how-many-question", HOW_MANY),
    ("cousin-arithmetic", WORD_PROBLEMS),
    ("money-time-date", MONEY_TIME_DATE),
    ("verb-other-sense", OTHER_SENSE),
    ("code-request", CODE),
    ("named-number", NAMED),
    ("cousin-word-op", WORD_OP),
    ("chit-chat-with-numbers", CHITCHAT),
]


def cousin_item(rng: random.Random, template: str, category: str) -> dict[str, object]:
    values = {"a": str(rng.randint(2, 60)), "b": str(rng.randint(2, 12)), "n": str(rng.randint(2, 40))}
    values["y"] = str(rng.randint(1950, 2019))
    text = dress(rng, template, False, 0.0)
    prompt = fill(text, values)
    return {"prompt": prompt, "task": "unsupported", "answer": None, "category": category, "slice": "cousin"}


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    items: list[dict[str, object]] = []
    for category, templates in COUSINS:
        items += [cousin_item(rng, tpl, category) for tpl in templates]
    # subtraction and parity templates are drawn twice (other numbers, other dress)
    tables = [("addition", ADDITION), ("subtraction", SUBTRACTION * 2), ("parity", PARITY * 2)]
    for task, table in tables:
        for mode, tpl in table:
            category = f"{task}-lookalike"
            items.append(number_item(rng, task, mode, tpl, slice_="lookalike", category=category, typo_rate=0.03))
    for tpl, word in REVERSAL:
        items.append(reversal_item(rng, tpl, word, slice_="lookalike", category="reversal-lookalike", typo_rate=0.0))
    rows = make_rows("y", items, rng)
    validate(rows, "y")
    assert 200 <= len(rows) <= 240, len(rows)
    refused = sum(r["task"] == "unsupported" for r in rows) / len(rows)
    assert 0.55 <= refused <= 0.65, refused
    distinct_from_other_sets(rows, OUT)
    return rows


if __name__ == "__main__":
    main(build, OUT)
