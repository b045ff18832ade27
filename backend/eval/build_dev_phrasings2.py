"""Writes dev_phrasings2.jsonl (issue 15, second round): a DEVELOPMENT set of single-task prompts in wordings a
keyword list would lack, written blind from docs/TASKS.md alone (the writer had not read the skills' phrase lists
or code). It may be tuned on. `--check` rebuilds and compares.

Slots and modes as in blind_common.number_item: {a} {b} {c} numbers (subtraction: a - b - c), {n} the parity
number, {w} a word (or a quoted phrase where the template allows one), {p} an unquoted phrase; "x" any numbers,
"r" real-world, "s" small real (ages), "y" years, "o" any formats but positive; an "abs" suffix: the larger minus
the smaller. Slices as in dev_phrasings.jsonl: common, unseen-phrasing, cousin, off-topic.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_common import (
    distinct_from_other_sets,
    literal_items,
    main,
    make_rows,
    number_item,
    reversal_item,
    text_key,
    validate,
)

OUT = Path(__file__).resolve().parent / "dev_phrasings2.jsonl"
SEED = 20261206

ADD_COMMON = [
    "what is {a} plus {b} exactly?",
    "{a} + {b} = ?",
    "add {a} to {b} please",
    "could you add {a} and {b}",
    "the sum of {a}, {b} and {c}",
    "whats the total of {a} and {b}",
    "calculate {a} + {b}",
    "what do {a} and {b} add up to together",
    "{a} plsu {b}",
    "ad {a} and {b} togther",
]
ADD_UNSEEN = [
    ("r", "word-problem", "I had {a} marbles and won {b} more at recess. How many marbles do I have now?"),
    ("r", "word-problem", "There are {a} boys and {b} girls in the school. How many kids altogether?"),
    ("r", "word-problem", "A farmer has {a} cows and buys {b} more. How many cows does he have now?"),
    ("r", "word-problem", "Sam saved {a} dollars in May and {b} dollars in June. How much did he save in all?"),
    ("r", "word-problem", "The bus had {a} passengers, then {b} more got on. How many passengers are on the bus?"),
    ("r", "word-problem", "my playlist has {a} songs and I just put {b} new ones on it. how many songs now?"),
    ("r", "word-problem", "A bakery sold {a} loaves in the morning and {b} in the afternoon. How many that day?"),
    ("r", "word-problem", "We walked {a} steps before lunch and {b} after. What's our step count for the day?"),
    ("s", "word-problem", "Lena is {a} years old. How old will she be in {b} years?"),
    ("r", "word-problem", "a box holds {a} red pens and {b} blue pens. how many pens are in the box?"),
    ("r", "word-problem", "my account had {a} and {b} got deposited. what's the balance?"),
    ("r", "word-problem", "The library got {a} new books last week and {b} this week. How many new books is that?"),
    ("o", "synonym", "tack {b} onto {a}"),
    ("o", "synonym", "stick {b} on top of {a}"),
    ("o", "synonym", "{a} with {b} added on"),
    ("o", "synonym", "combine {a} and {b}"),
    ("o", "synonym", "put {a} and {b} together, what's that make?"),
    ("o", "synonym", "bump {a} up by {b} for me"),
    ("o", "synonym", "raise {a} by {b}, what do you get?"),
    ("o", "synonym", "tot up {a}, {b} and {c}"),
    ("o", "synonym", "chuck {b} more onto {a}"),
    ("o", "synonym", "pile {b} on top of {a}, what's the count?"),
    ("o", "synonym", "go up from {a} by {b}: where do you land?"),
    ("o", "synonym", "count up {b} steps from {a}, where do you end up?"),
    ("o", "synonym", "pool {a} and {b}: what number comes out?"),
    ("o", "indirect", "what's {a} and {b} combined?"),
    ("o", "indirect", "if you had {a} and someone handed you {b} more, what would you have?"),
    ("o", "indirect", "I wonder what {a} and {b} come to together"),
    ("o", "indirect", "any idea how much {a} and {b} make when you put them together?"),
    ("o", "indirect", "name the number that is {b} bigger than {a}"),
    ("o", "indirect", "wondering how big {a} gets if it grows by {b}"),
    ("o", "operand-first", "{a} and {b} - altogether how much?"),
    ("o", "operand-first", "{a} and {b} lumped together = ?"),
    ("o", "operand-first", "whats {a} n {b} altogther"),
    ("o", "operand-first", "{a}, then {b} more on top. total?"),
]
SUB_COMMON = [
    "{a} minus {b} is?",
    "what's {a} - {b}?",
    "kindly subtract {b} from {a}",
    "take away {b} from {a}",
    "{a} take away {b} equals",
    "please decrease {a} by {b}",
    "what is {b} less than {a}?",
    "what's the difference between {a} and {b}",
    "{a} - {b} - {c}",
    "subtrac {b} form {a}",
]
SUB_UNSEEN = [
    ("r", "word-problem", "I had {a} stickers and handed out {b} of them. How many stickers are left?"),
    ("r", "word-problem", "A shop had {a} umbrellas and sold {b} on a rainy day. How many umbrellas does it have now?"),
    ("r", "word-problem", "There were {a} people at the party and {b} went home early. How many stayed?"),
    ("r", "word-problem", "A tank holds {a} liters; {b} liters leaked out. How much water is left in the tank?"),
    ("r", "word-problem", "Tom has {a} cards and Ana has {b}. How many more cards does Tom have?"),
    ("r", "word-problem", "A school has {a} students; {b} of them are absent today. How many are at school?"),
    ("r", "word-problem", "I spent {b} dollars out of {a}. How much money do I have left?"),
    ("r", "word-problem", "The road is {a} km and we've driven {b} km. How far is there still to go?"),
    ("r", "word-problem", "A book has {a} pages. I've read {b}. How many pages do I still have to read?"),
    ("r", "word-problem", "a baker made {a} cookies and {b} got burnt. how many good cookies are there?"),
    ("r", "word-problem", "The tower is {a} feet tall and the tree is {b} feet tall. How much taller is the tower?"),
    ("s", "word-problem", "Dad is {a} and his son is {b}. What's the age gap?"),
    ("y", "word-problem", "how many years from {b} to {a}?"),
    ("r", "word-problem", "we need {a} chairs but only have {b}. how many more chairs must we get?"),
    ("o", "synonym", "knock {b} off of {a}, what's left"),
    ("o", "synonym", "shave {b} off of {a}"),
    ("o", "synonym", "{a} less {b} equals what"),
    ("o", "synonym", "deduct {b} from {a} for me"),
    ("o", "synonym", "remove {b} from {a}, what remains?"),
    ("o", "synonym", "cut {a} down by {b}, what's that?"),
    ("o", "synonym", "drop {a} by {b}"),
    ("o", "synonym", "what's left if you take {b} off {a}?"),
    ("o", "synonym", "{a} with {b} taken off"),
    ("o", "synonym", "reduce {a} by {b}"),
    ("o", "synonym", "count back {b} from {a}"),
    ("o", "synonym", "go down {b} from {a}: what number is that?"),
    ("o", "indirect", "I wonder how much is left when {b} comes out of {a}"),
    ("oabs", "indirect", "how far apart are {a} and {b}?"),
    ("o", "indirect", "by what amount does {a} exceed {b}?"),
    ("o", "indirect", "how much smaller is {b} compared to {a}?"),
    ("o", "indirect", "what do I get if {b} is taken out of {a}?"),
    ("o", "indirect", "{a} but {b} fewer, how many is that?"),
    ("o", "operand-first", "{a}. now take off {b}. result?"),
    ("o", "operand-first", "start at {a} and back off {b}"),
    ("o", "operand-first", "{a}, minus off {b}, what's left"),
]
PAR_COMMON = [
    "is {n} an even one?",
    "is {n} odd",
    "{n}, even or odd?",
    "odd or even {n}",
    "parity of {n} please",
    "tell me if {n} is an odd number",
    "is {n} divisible by two at all",
    "is {n} a multiple of 2",
    "is {n} evn or odd",
    "Is the number {n} even?",
]
PAR_UNSEEN = [
    ("r", "real-world", "I have {n} marbles. Can I share them equally between my 2 kids with none left over?"),
    ("r", "real-world", "{n} people want to dance in couples. Will someone be left without a partner?"),
    ("r", "real-world", "can {n} shoes make complete pairs?"),
    ("r", "real-world", "if {n} eggs go into cartons of two, is there one egg left over?"),
    ("r", "real-world", "{n} students line up two by two. Is anybody left alone at the end?"),
    ("r", "real-world", "my house number is {n}. is it on the even side of the street?"),
    ("r", "real-world", "can {n} cupcakes go onto two plates with the same number on each?"),
    ("r", "real-world", "Two brothers split {n} coins equally. Does it work without cutting a coin?"),
    ("r", "real-world", "{n} tickets, sold in pairs only: could all of them be sold?"),
    ("r", "real-world", "if I count {n} chairs in twos, do I end on a complete pair?"),
    ("r", "real-world", "a class of {n} kids works in pairs. does every kid get a partner?"),
    ("x", "synonym", "does two go evenly into {n}?"),
    ("x", "synonym", "can {n} be cut in half without a remainder?"),
    ("x", "synonym", "does {n} leave a remainder when you split it by two?"),
    ("x", "synonym", "is {n} halvable into whole numbers?"),
    ("x", "synonym", "is {n} a number you can split into two equal whole parts?"),
    ("x", "synonym", "is {n} cleanly divisible by 2?"),
    ("x", "indirect", "I wonder whether {n} splits into two equal whole halves"),
    ("x", "indirect", "I'm curious if {n} is an even number"),
    ("x", "indirect", "do you know if {n} is odd?"),
    ("x", "indirect", "would you say {n} is even?"),
    ("x", "indirect", "is it true that {n} is odd?"),
    ("x", "indirect", "can you check whether {n} divides by 2 with nothing left over?"),
    ("x", "indirect", "could {n} be written as 2 times a whole number?"),
    ("x", "indirect", "if you halve {n}, do you get a whole number?"),
    ("x", "indirect", "would {n} be in the list of even numbers?"),
    ("x", "indirect", "I'd like to know whether {n} is odd or not"),
    ("x", "operand-first", "{n}... is that one even?"),
    ("x", "operand-first", "Take {n}. Odd?"),
    ("r", "operand-first", "{n}: pairs up perfectly or one left over?"),
    ("x", "operand-first", "the number {n}, is it divisible by two or not"),
    ("x", "operand-first", "here's a number: {n}. even or not?"),
    ("x", "operand-first", "{n}: can it be split down the middle into whole numbers?"),
    ("x", "operand-first", "{n} - odd one or even one?"),
    ("x", "operand-first", "number {n}, does it halve cleanly?"),
]
REV_COMMON = [
    ("any", "just reverse {w}"),
    ("any", "spell {w} backwards for me"),
    ("any", "{w} backwards please"),
    ("any", "can u write {w} in reverse"),
    ("any", "what is {w} reversed"),
    ("word", "could u reverse the word {w}"),
    ("word", "flip the letters of the word {w}"),
    ("phrase", "please reverse the text {p}"),
    ("word", "revrse the word {w}"),
    ("any", "spel {w} backwords"),
]
REV_UNSEEN = [
    ("synonym", "word", "mirror the word {w}"),
    ("synonym", "any", "spell {w} from the back"),
    ("synonym", "any", "write {w} out from right to left"),
    ("synonym", "any", "flip {w} around"),
    ("synonym", "any", "turn {w} around"),
    ("synonym", "word", "invert the letters of {w}"),
    ("synonym", "any", "{w} spelled back to front"),
    ("synonym", "word", "spell {w} starting with the last letter"),
    ("synonym", "any", "read {w} in the opposite direction"),
    ("synonym", "any", "write {w} in backward order"),
    ("synonym", "any", "do {w} in reverse order please"),
    ("synonym", "word", "spell out {w} last letter first"),
    ("synonym", "word", "rewind the letters of {w}"),
    ("synonym", "any", "type {w} the other way round"),
    ("synonym", "word", "put the letters of {w} in opposite order please"),
    ("synonym", "word", "write {w} as a mirror image, letter by letter"),
    ("indirect", "any", "what's {w} if you read it right to left?"),
    ("indirect", "any", "I wonder what {w} looks like spelled backwards"),
    ("indirect", "any", "how would {w} look if you wrote it back to front?"),
    ("indirect", "any", "what do you get when you read {w} starting at the end?"),
    ("indirect", "any", "can you tell me what {w} is when the letters go the other way?"),
    ("indirect", "word", "if I spelled {w} from its last letter to its first, what would I get?"),
    ("indirect", "any", "curious what {w} becomes when written end to start"),
    ("word-problem", "any", "For a spy game I need {w} written backwards. What is it?"),
    ("word-problem", "any", "My friend reads everything right to left. How would she read {w}?"),
    (
        "word-problem",
        "word",
        ("In a puzzle each answer is the clue word with its letters reversed. The clue is {w}. Answer?"),
    ),
    ("word-problem", "word", "I'm making a password by writing {w} backward. What will my password be?"),
    ("operand-first", "any", "{w} -> backwards"),
    ("operand-first", "any", "{w}: from the last letter to the first"),
    ("operand-first", "any", "{w}. reverse it."),
    ("operand-first", "any", "{w}, flipped"),
    ("operand-first", "any", "this word: {w}. now end-to-beginning"),
    ("operand-first", "any", "the word is {w}, write it the other way"),
    ("operand-first", "any", "{w} mirrored?"),
    ("operand-first", "any", "{w}, read backward"),
]
WORDS = [
    "pencil",
    "Mountain",
    "banana",
    "Wednesday",
    "keyboard",
    "rhythm",
    "naïve",
    "crème",
    "Zürich",
    "München",
    "Dublin",
    "tomato",
    "giraffe",
    "PlayStation",
    "iPhone",
    "kangaroo",
    "stressed",
    "racecar",
    "Mississippi",
    "Toronto",
    "jalapeño",
    "Ørsted",
    "Москва",
    "東京",
    "guitar",
    "2468",
    "notebook",
]
PHRASES = ["good night", "see you soon", "open sesame", "hello world", "no lemon, no melon", "café au lait"]
UNQUOTED = ["we meet at dawn"]

COUSIN_OTHER_SENSE = [
    "how do I subtract 3 days from today's date in python?",
    "so what is the difference between alligators and crocodiles",
    "knock knock, who's there?",
    "any tips to tack a poster onto a wall neatly?",
    "how do I mirror my phone screen to my TV?",
    "flip a coin for me",
    "how do I add a friend on Instagram?",
    "is there a takeaway open near me at 11?",
    "spell necessary",
    "reverse my last order on amazon",
    "how do I reverse a car into a parking space?",
    "mirror, mirror on the wall, who's the fairest of them all?",
    "even the teacher didn't know the answer",
    "I'm at odds with my brother again",
    "the gap between rich and poor keeps growing, why?",
    "how many minutes are left on my phone plan?",
]
COUSIN_ARITH = [
    "knock 10 percent off 80",
    "I had 45 stickers and shared them equally among 5 friends. How many did each get?",
    "three boxes of 12 eggs: how many eggs?",
    "what's half of 96?",
    "how many times does 6 go into 42?",
    "what is 2 to the power of 10?",
    "average of 4, 8 and 16",
    "round 347 to the nearest ten",
    "what is 7 squared plus 1",
    "let's split a 120 dollar bill evenly between 4 people",
]
COUSIN_NUMBER = [
    "is 45 divisible by 5?",
    "can 27 students form groups of 3 with nobody left?",
    "is 121 a perfect square?",
    "is 91 a prime?",
]
COUSIN_WORD = [
    "sort the letters of 'planet' alphabetically",
    "is 'racecar' a palindrome?",
    "how many letters are in Mississippi?",
    "capitalise the word london",
    "reverse the order of these words: blue green red",
    "translate 'good morning' into French",
]
CODE = [
    "write a python function adding two integers",
    "how can I reverse a string in javascript",
    "SQL query to subtract one column from another",
    "write code to check whether a number is even in Java",
    "what does n & 1 do in C?",
    "excel formula to add up column B",
]
OFF_TOPIC = [
    "good morning, bot!",
    "who won the football world cup in 2018?",
    "what's the weather like in Rome?",
    "I feel tired today",
    "sing me a lullaby",
    "recipe for pancakes",
]
# Examples quoted in issue 15 and in this set's brief: no prompt may equal one.
FORBIDDEN = [
    "I had 45 stickers and gave 12 away, how many now?",
    "knock 7 off 52",
    "tack 9 onto 31",
    "I wonder whether 77 splits into two equal whole halves",
    "subtract 2 days from a date in python",
    "the difference between a cat and a dog",
    "13 stamps in one album and 51 in another: how many stamps is that?",
    "can 681396 eggs fill egg boxes of two with none spare?",
    "write the letters of 'green tea' from end to start",
]


def _reversal_operand(rng: random.Random, kind: str) -> str:
    if kind == "phrase":
        return rng.choice(UNQUOTED)
    if kind == "word":
        return rng.choice(WORDS)
    return rng.choice(WORDS + WORDS + PHRASES)


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    items: list[dict[str, object]] = []
    groups = [
        ("addition", ADD_COMMON, ADD_UNSEEN),
        ("parity", PAR_COMMON, PAR_UNSEEN),
        ("subtraction", SUB_COMMON, SUB_UNSEEN),
    ]
    for task, common, unseen in groups:
        for tpl in common:
            mode = "abs" if "diff" in tpl.lower() else "x"
            items.append(number_item(rng, task, mode, tpl, slice_="common", category=task, typo_rate=0.0))
        for mode, cat, tpl in unseen:
            category = f"{task}-{cat}"
            items.append(number_item(rng, task, mode, tpl, slice_="unseen-phrasing", category=category, typo_rate=0.05))
    for kind, tpl in REV_COMMON:
        operand = _reversal_operand(rng, kind)
        items.append(reversal_item(rng, tpl, operand, slice_="common", category="reversal", typo_rate=0.0))
    for cat, kind, tpl in REV_UNSEEN:
        operand = _reversal_operand(rng, kind)
        category = "reversal-" + cat
        items.append(reversal_item(rng, tpl, operand, slice_="unseen-phrasing", category=category, typo_rate=0.05))
    items += literal_items(COUSIN_OTHER_SENSE, "verb-other-sense", "cousin")
    items += literal_items(COUSIN_ARITH, "cousin-arithmetic", "cousin")
    items += literal_items(COUSIN_NUMBER, "cousin-number-question", "cousin")
    items += literal_items(COUSIN_WORD, "cousin-word-op", "cousin")
    items += literal_items(CODE, "code-request", "cousin")
    items += literal_items(OFF_TOPIC, "off-topic", "off-topic")
    rows = make_rows("w", items, rng)
    validate(rows, "w", FORBIDDEN)
    unseen = [r for r in rows if r["slice"] == "unseen-phrasing"]
    refused = [r for r in rows if r["task"] == "unsupported"]
    assert 200 <= len(rows) <= 250, len(rows)
    assert len(unseen) >= 0.6 * len(rows), len(unseen)
    assert 0.18 <= len(refused) / len(rows) <= 0.25, len(refused)
    _distinct_from_other_builders()
    distinct_from_other_sets(rows, OUT)
    return rows


def _distinct_from_other_builders() -> None:
    """No template shared with the two phrasing builders (compared here, never printed)."""
    import build_dev_phrasings as dev  # noqa: PLC0415
    import build_heldout_phrasings as held  # noqa: PLC0415

    def templates(module: Any) -> set[str]:
        found: set[str] = set()
        for name in ("ADD_COMMON", "PAR_COMMON", "REV_COMMON", "SUB_COMMON", "ADD_UNSEEN", "PAR_UNSEEN"):
            found |= {t if isinstance(t, str) else t[-1] for t in getattr(module, name, [])}
        for name in ("REV_UNSEEN", "SUB_UNSEEN", "COUSIN_ARITH", "COUSIN_NUMBER", "COUSIN_WORD", "CODE", "OFF_TOPIC"):
            found |= {t if isinstance(t, str) else t[-1] for t in getattr(module, name, [])}
        return {text_key(t) for t in found}

    mine = templates(sys.modules[__name__])
    assert not mine & templates(dev), "a template is shared with dev_phrasings"
    assert not mine & templates(held), "a template is shared with the held-out phrasings"


if __name__ == "__main__":
    main(build, OUT)
