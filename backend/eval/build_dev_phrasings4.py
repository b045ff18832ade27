"""Writes dev_phrasings4.jsonl: the fourth development set for issue 15 (single tasks in unseen wordings).

Written blind on 2026-12-06 from docs/TASKS.md and this README's "Fields", "Categories" and "Labelling
decisions" only, before the skills' phrase data (phrases.toml, training.toml) or any other eval set was read.
About 200 prompts: addition, subtraction, parity and reversal asked in wordings that avoid the obvious
keywords (word problems of everyday life: money, ages, distances, scores, cooking, sport; other verbs;
indirect and polite questions; slang and texting; slips in the verbs), a smaller `common` slice in plain
keyword wordings, missing operands, and about a fifth of lookalikes to refuse (another operation, another
number property, another word operation, a code request, another sense). Every answer is computed here.

Slices: `unseen-phrasing` (the wording avoids plus/add/sum/total/minus/subtract/difference/even/odd/reverse/
backwards, or misspells them), `common`, `refuse`.

    python eval/build_dev_phrasings4.py           # write
    python eval/build_dev_phrasings4.py --check   # rebuild and compare byte for byte
"""

from __future__ import annotations

import random
from pathlib import Path

from blind_common import (
    distinct_from_other_sets,
    literal_items,
    main,
    make_rows,
    number_item,
    render,
    reversal_item,
    validate,
)

HERE = Path(__file__).resolve().parent
OUT = HERE / "dev_phrasings4.jsonl"
PREFIX = "u"
SEED = 20261206_4
UNSEEN = "unseen-phrasing"

# (template, mode, copies); modes as in blind_common.number_item
ADDITION_UNSEEN = [
    ("I paid {a} dollars for the shoes and {b} for the jacket. how much did I spend?", "r", 2),
    ("my brother is {a} and my sister is {b}, what are their ages combined?", "s", 2),
    ("we drove {a} km on monday and {b} km on tuesday, how far did we drive over the two days?", "r", 1),
    ("Team A scored {a} points and team B scored {b}. How many points were scored in the game?", "r", 2),
    ("the recipe wants {a} grams of flour and {b} grams of sugar, how many grams is that all together", "r", 1),
    ("combine {a} and {b} for me", "x", 2),
    ("what do you get when you put {a} and {b} together?", "x", 2),
    ("whats {a} n {b} together lol", "r", 1),
    ("if i have {a} apples and somebody gives me {b} more, how many apples do i have?", "r", 2),
    ("Could you tell me what {a} and {b} come to?", "x", 2),
    ("{a} coins in one jar and {b} in the other. how many coins in both jars?", "r", 1),
    ("tally up {a} and {b}", "x", 1),
    ("I ran {a} metres and then another {b} metres. How far is that?", "r", 1),
    ("she saved {a} euros and her gran gave her {b} euros. how much money does she have now?", "r", 2),
    ("tot up {a} and {b} pls", "x", 1),
    ("{a} and {b} makes how many?", "x", 1),
    ("addd {a} and {b}", "x", 1),
    ("sume of {a} and {b}?", "x", 1),
    ("the class has {a} girls and {b} boys. how many kids is that?", "r", 1),
    ("What's {a} with {b} on top of it?", "x", 1),
    ("Would you be so kind as to work out {a} and {b} together?", "x", 1),
]
ADDITION_COMMON = [
    ("what is {a} plus {b}?", "x", 3),
    ("add {a} and {b} please", "x", 2),
    ("what's the sum of {a}, {b} and {c}", "x", 2),
    ("{a} + {b} = ?", "x", 2),
    ("find the total of {a} and {b}", "x", 1),
]
SUBTRACTION_UNSEEN = [
    ("i had {a} dollars and spent {b}, how much have i got left?", "r", 2),
    ("the trip is {a} km and we've done {b} km. how far to go?", "r", 2),
    ("my grandma is {a} and I'm {b}, how much older is she?", "s", 2),
    ("{a} people were on the bus and {b} got off. how many are still on?", "r", 2),
    ("The home side got {a} points and the visitors got {b}. By how many points did the home side win?", "r", 1),
    ("what's left if you remove {b} from {a}?", "r", 2),
    ("knock {b} off {a}", "r", 1),
    ("how much more is {a} than {b}?", "r", 2),
    ("deduct {b} from {a}", "r", 2),
    ("I need {a} eggs for the cakes but only have {b}. how many more eggs do I need?", "r", 2),
    ("{a} with {b} taken off is what", "r", 1),
    ("whats {a} mins {b}", "x", 1),
    ("subract {b} from {a}", "x", 1),
    ("a jacket costs {a} and I have {b}. How much am I short?", "r", 1),
    ("how far apart are {a} and {b} on the number line?", "pabs", 1),
]
SUBTRACTION_COMMON = [
    ("what is {a} minus {b}?", "x", 3),
    ("subtract {b} from {a}", "x", 2),
    ("{a} - {b}", "x", 2),
    ("what's the difference between {a} and {b}", "pabs", 2),
]
PARITY_UNSEEN = [
    ("can {n} be split into two equal whole groups?", "o", 2),
    ("if I share {n} sweets between two kids equally, is there one left over?", "r", 2),
    ("does {n} divide evenly by two?", "x", 2),
    ("{n}: can it be halved into whole numbers?", "o", 1),
    ("would {n} people pair up with nobody left out?", "r", 2),
    ("even or nah: {n}", "x", 2),
    ("{n} is that one even", "x", 1),
    ("quick check, {n} odd?", "x", 1),
    ("is {n} evn", "x", 1),
    ("is {n} od or even", "x", 1),
    ("I'd like to know whether {n} is an even number, please.", "x", 2),
    ("Would you say {n} is odd?", "x", 2),
    ("what kind of number is {n}, even or odd?", "x", 2),
    ("is {n} one of the even ones?", "x", 1),
    ("can you pair off {n} socks with none spare?", "r", 1),
]
PARITY_COMMON = [
    ("is {n} even?", "x", 3),
    ("is {n} odd or even", "x", 3),
    ("parity of {n}?", "x", 2),
]
REVERSAL_UNSEEN = [
    ("write {w} from the last letter to the first", 2),
    ("what is {w} spelled right to left?", 2),
    ("mirror the letters of {w}", 2),
    ("give me {w} back to front", 2),
    ("turn {w} around letter by letter", 2),
    ("spell {w} starting from the last letter", 2),
    ("{w} but with the letters in the opposite order", 2),
    ("invert the letters of {w}", 2),
    ("how does {w} look written the other way round?", 2),
    ("revers {w}", 1),
    ("reverce the word {w}", 1),
    ("{w} backwrds pls", 1),
    ("could you read {w} to me from the end?", 2),
    ("flip {w} around", 1),
]
REVERSAL_COMMON = [
    ("reverse the word {w}", 3),
    ("spell {w} backwards", 3),
    ("what is {w} reversed?", 2),
]
WORDS = ["lantern", "pickle", "orbit", "meadow", "saucepan", "giraffe", "vortex", "Tuesday", "jungle", "carpet"]
WORDS += ["biscuit", "Amsterdam", "kettle", "whisper", "café", "naïve", "2048", "moonlight", "pretzel", "Oslo"]
WORDS += ["good night", "see you soon", "tea time", "hello there"]

MISSING = [
    ("add up the prices for me", "addition", UNSEEN),
    ("what do these come to when you put them together?", "addition", UNSEEN),
    ("combine these numbers please", "addition", UNSEEN),
    ("so what's the total then?", "addition", "common"),
    ("what is 43 plus?", "addition", "common"),
    ("how much is left if I spend {b}?", "subtraction", UNSEEN),
    ("deduct {b} please", "subtraction", UNSEEN),
    ("take away {b} from what?", "subtraction", "common"),
    ("what's the difference between 12 and", "subtraction", "common"),
    ("is my number even?", "parity", UNSEEN),
    ("can it be split into two equal groups?", "parity", UNSEEN),
    ("tell me whether it's odd", "parity", "common"),
    ("write it back to front", "reversal", UNSEEN),
    ("flip the letters round for me", "reversal", UNSEEN),
    ("spell the word from the end", "reversal", UNSEEN),
    ("reverse this word for me", "reversal", "common"),
]

# lookalikes to refuse: (template, category); {a} {b} {n} numbers, {w} a word
REFUSE = [
    ("I buy {a} boxes with {b} eggs in each, how many eggs do I have?", "cousin-arithmetic"),
    ("split {a} dollars between {b} friends, how much does each get?", "cousin-arithmetic"),
    ("what's the average age of two kids aged {a} and {b}?", "cousin-arithmetic"),
    ("how much is {a} percent of {b}", "cousin-arithmetic"),
    ("{a} times {b} pls", "cousin-arithmetic"),
    ("double {a} for me", "cousin-arithmetic"),
    ("what's half of {a}", "cousin-arithmetic"),
    ("a shirt costs {a} dollars and it's 20% off, what do I pay?", "cousin-arithmetic"),
    ("I have {a} apples and eat half of them, how many are left?", "cousin-arithmetic"),
    ("what's {a} squared?", "cousin-arithmetic"),
    ("I walked 2.5 km and then 1.25 km, how far is that?", "cousin-arithmetic"),
    ("I need to give {a} cookies to each of {b} kids, how many cookies do I need?", "cousin-arithmetic"),
    ("how many {b}s go into {a}?", "cousin-arithmetic"),
    ("is {n} a prime number?", "cousin-number-question"),
    ("can {n} be split into three equal groups?", "cousin-number-question"),
    ("is {a} bigger than {b}?", "cousin-number-question"),
    ("which is less, {a} or {b}?", "cousin-number-question"),
    ("can {n} people stand in rows of five with nobody left out?", "cousin-number-question"),
    ("is {n} a perfect square?", "cousin-number-question"),
    ("are {a} and {b} both even?", "cousin-number-question"),
    ("write {w} in capital letters", "cousin-word-op"),
    ("how many letters are in {w}?", "cousin-word-op"),
    ("does {w} read the same both ways?", "cousin-word-op"),
    ("what does {w} mean?", "cousin-word-op"),
    ("translate {w} into French", "cousin-word-op"),
    ("put the letters of {w} in alphabetical order", "cousin-word-op"),
    ("what rhymes with {w}?", "cousin-word-op"),
    ("turn the order of the words in 'red green blue' around", "cousin-word-op"),
    ("make an anagram of {w}", "cousin-word-op"),
    ("honestly that was an odd thing for him to say", "odd-even-other-sense"),
    ("even my little cousin knows that one lol", "odd-even-other-sense"),
    ("list all the even numbers under 30", "odd-even-other-sense"),
    ("name three odd jobs I could do on weekends", "odd-even-other-sense"),
    ("how do I total a column in Excel with a formula?", "code-request"),
    ("write a function that tells if a number is odd", "code-request"),
    ("write python code that flips a string around", "code-request"),
    ("how do I add two numbers in javascript?", "code-request"),
    ("add salt to taste and stir, is that right?", "other-sense"),
    ("can you take my sister away from my room", "other-sense"),
    ("what's the difference between a lake and a pond?", "other-sense"),
    ("we lost {a}-{b} last night, so annoying", "other-sense"),
    ("hi, how are you doing today?", "chit-chat"),
    ("who won the football world cup back in 2018?", "general-knowledge"),
]
REFUSE_WORDS = ["rocket", "banana", "level", "window", "silence", "castle", "parrot", "candle", "orange", "tiger"]


def _plain(rng: random.Random, lo: int, hi: int) -> str:
    return render(rng.randint(lo, hi), "digits")


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    items: list[dict[str, object]] = []
    typo_rate = 0.06
    for task, table, slice_ in (
        ("addition", ADDITION_UNSEEN, UNSEEN),
        ("addition", ADDITION_COMMON, "common"),
        ("subtraction", SUBTRACTION_UNSEEN, UNSEEN),
        ("subtraction", SUBTRACTION_COMMON, "common"),
        ("parity", PARITY_UNSEEN, UNSEEN),
        ("parity", PARITY_COMMON, "common"),
    ):
        for template, mode, copies in table:
            for _ in range(copies):
                items.append(number_item(rng, task, mode, template, slice_=slice_, category=task, typo_rate=typo_rate))
    words = list(WORDS)
    rng.shuffle(words)
    k = 0
    for table, slice_ in ((REVERSAL_UNSEEN, UNSEEN), (REVERSAL_COMMON, "common")):
        for template, copies in table:
            for _ in range(copies):
                word = words[k % len(words)]
                k += 1
                items.append(
                    reversal_item(rng, template, word, slice_=slice_, category="reversal", typo_rate=typo_rate)
                )
    for text, task, slice_ in MISSING:
        prompt = text.replace("{b}", _plain(rng, 5, 400))
        items.append({"prompt": prompt, "task": task, "answer": None, "category": "missing-operand", "slice": slice_})
    for template, category in REFUSE:
        prompt = template.replace("{w}", rng.choice(REFUSE_WORDS))
        for slot in ("a", "b", "n"):
            prompt = prompt.replace("{" + slot + "}", _plain(rng, 3, 300))
        items.extend(literal_items([prompt], category, "refuse"))
    rows = make_rows(PREFIX, items, rng)
    validate(rows, PREFIX, missing_ok=True)
    distinct_from_other_sets(rows, OUT)
    return rows


if __name__ == "__main__":
    main(build, OUT)
