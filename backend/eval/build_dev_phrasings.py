"""Writes dev_phrasings.jsonl (issue 15): a DEVELOPMENT set of phrasings, written blind from docs/TASKS.md like
heldout_phrasings.jsonl but with other templates. It may be tuned on. `--check` rebuilds and compares.

Slots and modes as in build_heldout_phrasings.py: {a} {b} {c} numbers (subtraction: a - b - c), {n} the parity
number, {w} a word or quoted phrase, {p} an unquoted phrase; "x" any numbers, "r" real-world, "s" small real,
"y" years, "o" any formats but positive; an "abs" suffix: the larger minus the smaller.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_common import literal_items, main, make_rows, number_item, reversal_item, validate

OUT = Path(__file__).resolve().parent / "dev_phrasings.jsonl"
SEED = 20261218

ADD_COMMON = [
    "{a} plus {b}",
    "what's {a}+{b}",
    "{a} + {b} =",
    "please add {a} and {b}",
    "sum of {a} and {b}?",
    "what is the total of {a}, {b} and {c}",
    "{a} plus {b} plus {c}",
    "add up {a} and {b}",
    "Add {a}, {b} and {c}.",
    "how much is {a} plus {b}",
    "{a} and {b} added up",
    "increase {b} by {a}",
    "what's {a} more than {b}",
    "solve {a} + {b}",
    "{a}+{b}",
    "tell me {a} plus {b}",
    "compute the sum of {a} and {b}",
    "what do {a}, {b} and {c} add up to?",
    "{a} pluss {b}",
    "teh sum of {a} and {b}",
]
ADD_UNSEEN = [
    ("r", "word-problem", "Mia baked {a} cupcakes and Leo baked {b}. How many cupcakes did they bake between them?"),
    ("r", "word-problem", "a parking lot has {a} cars; {b} more pull in. how many cars are parked now?"),
    ("r", "word-problem", "I read {a} pages yesterday and {b} today - how many pages so far?"),
    ("x", "synonym", "merge {a} and {b} into one amount"),
    ("x", "indirect", "what's {a} with {b} on top?"),
    ("x", "indirect", "{a} and another {b} - how many is that?"),
    ("r", "word-problem", "A concert sold {a} tickets online and {b} at the door. How many tickets were sold?"),
    ("x", "indirect", "count {a}, then {b} more: what's the count?"),
    ("r", "word-problem", "my rent is {a} and my bills are {b}. what do I pay each month for both?"),
    ("r", "word-problem", "The red team has {a} points and the blue team has {b}. How many points do both teams have?"),
    ("x", "synonym", "{a} topped up with {b} comes to?"),
    ("r", "word-problem", "A pond has {a} ducks and {b} more land on it. How many ducks are on the pond?"),
    ("x", "synonym", "heap {a} and {b} together: how much?"),
    ("r", "word-problem", "we collected {a} shells on saturday and {b} on sunday. how many shells over the weekend?"),
    ("x", "synonym", "join {a} and {b} and tell me the amount"),
    ("r", "word-problem", "A zoo has {a} birds and {b} reptiles. How many animals is that?"),
    ("x", "operand-first", "{a}, {b} and {c}: what do they make all together?"),
    ("r", "word-problem", "I owe {a} euros to Anna and {b} euros to Ben. How much do I owe altogether?"),
    ("x", "synonym", "throw {b} onto {a}. what do you get?"),
    ("r", "word-problem", "a pizza place delivered {a} pizzas on friday and {b} on saturday; how many on both days?"),
    ("x", "synonym", "work out the grand total of {a} and {b}"),
    ("r", "word-problem", "The first leg of the trip is {a} km and the second {b} km. How long is the trip?"),
    ("x", "operand-first", "{a} and {b}. Both together?"),
    ("r", "word-problem", "A town planted {a} oak trees and {b} pine trees. How many trees were planted?"),
]
PAR_COMMON = [
    "{n} odd?",
    "is {n} even or is it odd",
    "Even or odd: {n}",
    "what's the parity of {n}",
    "tell me whether {n} is even",
    "is {n} divisible by 2",
    "is {n} a multiple of two?",
    "{n} - odd or even?",
    "decide if {n} is odd",
    "Is {n} an even number?",
    "even? {n}",
    "check the parity of {n}",
    "is {n} evenly divisible by 2?",
    "would {n} be odd?",
    "{n} is odd, isn't it?",
    "Is {n} odd or even please",
    "parrity of {n}",
    "is {n} oddd?",
]
PAR_UNSEEN = [
    ("r", "real-world", "We have {n} cookies for 2 kids. Can they get exactly the same number with none left?"),
    ("r", "real-world", "can {n} pupils stand in pairs with nobody on their own?"),
    ("x", "synonym", "does {n} split into two equal integers?"),
    ("x", "indirect", "will {n} divided by 2 give a whole number?"),
    ("r", "real-world", "{n} chopsticks - enough to make full pairs with none left over?"),
    ("r", "real-world", "if {n} wheels go onto bicycles with 2 wheels each, is one wheel left over?"),
    ("x", "indirect", "can you split {n} into two identical whole halves?"),
    ("r", "real-world", "Locker number {n}: is it in the odd-numbered row or the even-numbered row?"),
    ("x", "indirect", "is there a whole number that doubles to {n}?"),
    ("r", "real-world", "{n} players split into 2 equal teams: possible?"),
    ("x", "operand-first", "Number {n}. Does two divide it?"),
    ("x", "operand-first", "{n}: can 2 go into it evenly?"),
    ("r", "real-world", "if I pair up {n} gloves, is one glove left without a match?"),
    ("x", "indirect", "would halving {n} give a fraction?"),
    ("r", "real-world", "Can {n} candles go into holders that take 2 each, without a spare candle?"),
    ("x", "synonym", "is {n} twice an integer?"),
    ("r", "real-world", "{n} passengers board a boat in pairs. Does anyone board alone?"),
    ("x", "operand-first", "{n}... which is it, odd or even?"),
    ("r", "indirect", "is {n} one of the numbers you hit when counting by twos from zero?"),
    ("r", "real-world", "a row of {n} seats is split equally between two families. does that work out?"),
    ("x", "indirect", "if you share {n} between two people, does anyone get a fraction?"),
    ("r", "real-world", "{n} socks came out of the wash. Could every sock have a partner?"),
]
REV_COMMON = [
    "reverse the word: {w}",
    "{w} reversed",
    "please spell {w} backwards",
    "reverse this: {w}",
    "write the word {w} backwards",
    "what's {w} spelled backwards?",
    "can you write {w} in reverse?",
    "{w} in reverse please",
    "flip the letters in {w}",
    "could you reverse the phrase {p}",
    "now reverse the text {p}",
    "backwards: {w}",
    "revers {w}",
    "reverse teh word {w}",
    "spell backwards {w}",
    "give me {w} backwards",
    "What is {w} in reverse?",
    "can you reverse the sentence {p}",
]
REV_UNSEEN = [
    ("synonym", "write {w} in mirror order"),
    ("operand-first", "{w}, but starting from the end"),
    ("synonym", "turn {w} back to front"),
    ("synonym", "spell {w} end-first"),
    ("indirect", "could you write the letters of {w} from the end to the beginning?"),
    ("indirect", "what would {w} be if you read it from the right?"),
    ("operand-first", "{w} - do it in reverse letter order"),
    ("synonym", "rewrite {w} tail to head"),
    ("synonym", "give me {w} written backward, character by character"),
    ("synonym", "show me {w} in reverse character order"),
    ("indirect", "how does {w} read from right to left?"),
    ("indirect", "Starting at the last letter of {w}, write every letter until the first."),
    ("word-problem", "my little brother wrote {w} backwards on the fridge. what did it say?"),
    ("synonym", "turn around the letters of {w}"),
    ("synonym", "write {w} the wrong way round"),
    ("synonym", "put {w} into reverse letter order"),
    ("operand-first", "{w} from last letter to first letter, please"),
    ("indirect", "what is {w} read backwards?"),
    ("word-problem", "In a secret code every word is written back to front. Encode {w}."),
    ("indirect", "write down {w} as it would look read from its end"),
    ("synonym", "reverse-write {w}"),
    ("synonym", "mirror the letters of {w}"),
    ("indirect", "change {w} so its letters run from the end to the start"),
]
SUB_COMMON = [
    "{a} minus {b}?",
    "what's {a} - {b}",
    "{a}-{b}",
    "subtract {b} from {a}.",
    "please take {b} away from {a}",
    "what is {a} take away {b}",
    "decrease {a} by {b} please",
    "{a} decreased by {b}?",
    "{b} less than {a}",
    "{a} - {b} - {c} = ?",
    "what is {a} minus {b} minus {c}",
    "difference between {a} and {b}",
    "find the difference between {a} and {b}",
    "subtact {b} from {a}",
    "{a} − {b} =",
    "how much is {a} minus {b}?",
    "what is {a} minus {b} please",
    "{a} mnus {b}",
]
SUB_UNSEEN = [
    ("r", "word-problem", "There were {a} birds on a wire and {b} flew away. How many are still on the wire?"),
    ("s", "word-problem", "Grandpa is {a} and I am {b}. How many years older is Grandpa?"),
    ("o", "synonym", "strip {b} from {a}"),
    ("o", "indirect", "{a} without {b} is how much?"),
    ("o", "synonym", "lower {a} by {b}"),
    ("r", "word-problem", "a movie is {a} minutes long and I've watched {b}. how many minutes are left?"),
    ("r", "word-problem", "a jar held {a} sweets; the kids ate {b}. how many sweets remain?"),
    ("o", "indirect", "how much bigger is {a} than {b}?"),
    ("r", "word-problem", "I need {a} stamps and I've got {b}. How many am I short?"),
    ("r", "word-problem", "A plane has {a} seats and {b} are taken. How many seats are free?"),
    ("r", "word-problem", "The bill was {a} dollars and a coupon took off {b} dollars. What's the new bill?"),
    ("o", "indirect", "count down {b} from {a}: where do you stop?"),
    ("yabs", "word-problem", "how many years passed between {a} and {b}?"),
    ("r", "word-problem", "A rope {a} metres long has {b} metres cut off. How long is the rope now?"),
    ("s", "word-problem", "it was {a} degrees at noon and {b} degrees at midnight. how much colder was midnight?"),
    ("r", "word-problem", "my phone had {a} photos and I deleted {b}. how many photos are left?"),
    ("o", "indirect", "what do you get when {a} loses {b}?"),
    ("o", "indirect", "by how much is {b} short of {a}?"),
    ("r", "word-problem", "A library had {a} books and gave away {b}. How many books does it have now?"),
    ("x", "operand-first", "{a}; now remove {b}. what's the number?"),
    ("r", "word-problem", "The price was {a} and it went down by {b}. What's the price now?"),
    ("rabs", "indirect", "what's the distance between {a} and {b} on a number line?"),
    ("r", "word-problem", "{a} runners started the race and {b} dropped out. How many finished?"),
    ("o", "synonym", "bring {a} down by {b}"),
]

WORDS = [
    "garden",
    "bicycle",
    "window",
    "Elephant",
    "YouTube",
    "eBay",
    "sunflower",
    "chocolate",
    "piñata",
    "über",
    "déjà",
    "Ångström",
    "Björk",
    "façade",
    "rosé",
    "noe\u0308l",
    "Київ",
    "спасибо",
    "ευχαριστώ",
    "תודה",
    "شكرا",
    "北京",
    "사랑",
    "さくら",
    "level",
    "JavaScript",
    "desserts",
    "committee",
    "quizzical",
    "Tennessee",
    "raspberry",
]
PHRASES = ["good luck", "happy birthday", "top secret", "buenos días", "never odd or even", "Wow, ok!"]
EXTRA_COMMON = ["1987", "31415", "🙌🏾", "👩‍💻", "🇯🇵", "x9y8", "0420"]
UNQUOTED = ["the cat sat on the mat", "Rome was not built in a day", "see you at eight", "cold brew coffee"]

COUSIN_ARITH = [
    "5 bags hold 8 apples each. How many apples?",
    "what is 9 times 12?",
    "multiply 45 and 3",
    "132 divided by 11",
    "what's 7 * 8",
    "split 90 euros evenly among 3 friends",
    "the average of 10, 20 and 60",
    "find the mean of 5 and 9",
    "3.2 + 1.1",
    "what's 10.5 minus 4",
    "2/5 plus 1/5",
    "20 percent of 150",
    "cube root of 27",
    "12 squared?",
    "3 to the 4th power",
    "what is 5 factorial?",
    "17 modulo 4",
    "double 37",
    "half of 250",
    "how many minutes in 3 hours?",
    "sum of the digits of 999",
    "what is 4 + 4 * 2",
    "how many dozens in 60?",
    "what's a quarter of 80?",
    "a taxi charges 2 dollars per km. what do 15 km cost?",
]
COUSIN_NUMBER = [
    "is 57 a prime number?",
    "is 100 divisible by 7?",
    "is 81 a square number?",
    "is 35 a multiple of 7?",
    "which is bigger: 44 or 39?",
    "are 6 and 10 even?",
    "what's the smallest even number greater than 31?",
    "is 2.5 odd?",
    "can 40 pupils make teams of 3 with nobody left out?",
    "is 10 less than 12?",
    "is -8 smaller than 3?",
]
COUSIN_WORD = [
    "make the word hello all caps",
    "how many vowels does banana have?",
    "is kayak the same forwards and backwards?",
    "translate cat to German",
    "give me a word that rhymes with blue",
    "alphabetize the letters in zebra",
    "reverse the order of the words in 'big red bus'",
    "reverse the list a, b, c",
    "find an anagram of silent",
    "lowercase THIS TEXT",
    "count the letters in 'encyclopedia'",
    "define ephemeral",
]
OTHER_SENSE = [
    "what an odd day it has been",
    "I can't even right now",
    "which one is the odd one out: apple, banana, hammer?",
    "print the odd numbers below 15",
    "are the odds in my favour?",
]
CODE = [
    "write a JavaScript function to add two numbers",
    "how do I reverse a list in python?",
    "code that checks if a number is odd in C++",
    "what does x % 2 == 0 mean in code?",
    "write a function that subtracts two integers in Go",
]
OFF_TOPIC = [
    "hey!",
    "what's up?",
    "how old are you?",
    "tell me something funny",
    "good night",
    "what can you do?",
    "who painted the Mona Lisa?",
    "what is the tallest animal?",
    "how many continents are there?",
    "what's the speed of light?",
    "capital of Canada?",
    "who discovered penicillin?",
    "how do volcanoes form?",
    "best way to learn guitar?",
    "recommend a movie for tonight",
    "what's 'thank you' in Italian?",
    "when is the next full moon?",
    "explain gravity simply",
    "I have 3 cats",
    "zxcvbnm",
    "!!!!",
    "🐶🐱",
    "k",
    "blah blah 42",
    "nice weather today",
]


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
    pool = WORDS + PHRASES
    for i, tpl in enumerate(REV_COMMON):
        operand = UNQUOTED[i % len(UNQUOTED)] if "{p}" in tpl else rng.choice(pool + EXTRA_COMMON + EXTRA_COMMON)
        items.append(reversal_item(rng, tpl, operand, slice_="common", category="reversal", typo_rate=0.0))
    for cat, tpl in REV_UNSEEN:
        category = "reversal-" + cat
        items.append(
            reversal_item(rng, tpl, rng.choice(pool), slice_="unseen-phrasing", category=category, typo_rate=0.05)
        )
    items += literal_items(COUSIN_ARITH, "cousin-arithmetic", "cousin")
    items += literal_items(COUSIN_NUMBER, "cousin-number-question", "cousin")
    items += literal_items(COUSIN_WORD, "cousin-word-op", "cousin")
    items += literal_items(OTHER_SENSE, "odd-even-other-sense", "cousin")
    items += literal_items(CODE, "code-request", "cousin")
    items += literal_items(OFF_TOPIC, "off-topic", "off-topic")
    rows = make_rows("q", items, rng)
    validate(rows, "q")
    in_scope = [r for r in rows if r["task"] != "unsupported"]
    unseen = [r for r in in_scope if r["slice"] == "unseen-phrasing"]
    assert len(rows) >= 250 and 2 * len(unseen) >= len(in_scope), len(rows)
    _distinct_from_heldout(rows)
    return rows


def _distinct_from_heldout(rows: list[dict[str, object]]) -> None:
    """No template and no prompt is shared with the held-out set (compared here, never printed)."""
    import build_heldout_phrasings as held  # noqa: PLC0415

    def templates(module: object) -> set[str]:
        found: set[str] = set()
        for name in ("ADD_COMMON", "PAR_COMMON", "REV_COMMON", "SUB_COMMON", "ADD_UNSEEN", "PAR_UNSEEN"):
            found |= {t if isinstance(t, str) else t[-1] for t in getattr(module, name)}
        for name in ("REV_UNSEEN", "SUB_UNSEEN", "COUSIN_ARITH", "COUSIN_NUMBER", "COUSIN_WORD", "CODE", "OFF_TOPIC"):
            found |= {t if isinstance(t, str) else t[-1] for t in getattr(module, name)}
        return {" ".join(t.casefold().split()) for t in found}

    shared = templates(sys.modules[__name__]) & templates(held)
    assert not shared, f"{len(shared)} templates shared with the held-out set"
    held_prompts = {" ".join(str(r["prompt"]).casefold().split()) for r in held.build()}
    assert not any(" ".join(str(r["prompt"]).casefold().split()) in held_prompts for r in rows)


if __name__ == "__main__":
    main(build, OUT)
