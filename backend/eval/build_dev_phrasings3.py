"""Writes dev_phrasings3.jsonl (issue 15, third round): a DEVELOPMENT set of single tasks in wordings people use
that avoid the obvious keywords. It may be tuned on. `--check` rebuilds and compares.

Written blind: from docs/TASKS.md and eval/README.md's fields, categories and labelling decisions only, before
the skills' phrase data or any other eval set was read. Imagined users, not the app's phrase lists.

In scope (slice "unseen-phrasing"): word problems, other verbs for the operation, indirect questions, imperative
and polite forms, slang, loan words from other languages typed in English, typos. Slice "common": the contract's
own wordings in new sentences, as a baseline. Slice "missing-operand": the task is clear, an operand is not there
(answer null). Refusals (about a fifth; slices "cousin" and "off-topic"): other arithmetic in the same dress,
the same verbs in other senses, chit-chat that holds numbers, code requests.

Slots and modes as in blind_common.number_item ({a} {b} {c}, parity {n}, reversal {w}).
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_common import distinct_from_other_sets, literal_items, main, make_rows, number_item, reversal_item, validate

OUT = Path(__file__).resolve().parent / "dev_phrasings3.jsonl"
SEED = 20261206_3

# (category, mode, template): each template is drawn once.
ADDITION = [
    # word problems
    (
        "word-problem",
        "r",
        "A farmer picked {a} apples in the morning and {b} in the afternoon. How many apples did he pick that day?",
    ),
    (
        "word-problem",
        "r",
        "There were {a} people on the train and {b} more got on at the next stop. How many are on the train now?",
    ),
    ("word-problem", "r", "I walked {a} steps yesterday and {b} today, how many steps is that altogether?"),
    ("word-problem", "r", "Our school has {a} boys and {b} girls. How many pupils are there in all?"),
    ("word-problem", "r", "my savings were {a} euros and grandma gave me {b}. what do i have now?"),
    ("word-problem", "r", "{a} red marbles and {b} blue marbles go in a jar: how many marbles are in the jar?"),
    ("word-problem", "r", "A book has {a} pages in part one and {b} pages in part two. How many pages long is it?"),
    ("word-problem", "r", "Sam scored {a} points in the first game and {b} in the second. What's his combined score?"),
    (
        "word-problem",
        "r",
        "A shop sold {a} shirts on Monday, {b} on Tuesday and {c} on Wednesday."
        " How many shirts were sold over the three days?",
    ),
    ("word-problem", "r", "If I already have {a} followers and gain {b} this week, how many will I have?"),
    (
        "word-problem",
        "r",
        "The hotel has {a} rooms in the old wing and {b} in the new wing; how many rooms does it have?",
    ),
    ("word-problem", "r", "rent is {a} and bills are {b}, how much do i pay each month"),
    # other verbs for the operation
    ("synonym", "x", "combine {a} and {b}"),
    ("synonym", "o", "put {a} and {b} together, what do you get?"),
    ("synonym", "x", "tally up {a}, {b} and {c}"),
    ("synonym", "o", "how much do {a} and {b} come to?"),
    ("synonym", "x", "what do {a} and {b} make together?"),
    ("synonym", "o", "tack {b} onto {a}, what's the result?"),
    ("synonym", "x", "{b} on top of {a} is how much?"),
    ("synonym", "o", "what's {a} and {b} in all?"),
    ("synonym", "x", "Combine {a} with {b} and tell me the result."),
    ("synonym", "o", "what do {a} and {b} amount to?"),
    ("synonym", "x", "{a} together with {b} equals what?"),
    # indirect questions, polite and imperative forms
    ("indirect", "o", "I'd like to know what {a} and {b} come to together."),
    ("indirect", "x", "Could you tell me how much {a} and {b} make when combined?"),
    ("indirect", "o", "I wonder what {a} and {b} amount to altogether"),
    ("indirect", "o", "Would you mind totting up {a} and {b} for me?"),
    ("indirect", "x", "Kindly work out {a} and {b} taken together."),
    ("indirect", "o", "Do me a favour and count {a} and {b} together"),
    # slang and loan words
    ("slang", "o", "yo whats {a} n {b} together"),
    ("slang", "o", "gimme {a} and {b} combined real quick"),
    ("slang", "o", "{a} and {b} altogether = ? lol"),
    ("loanword", "o", "cuanto es {a} mas {b}"),
    ("loanword", "o", "{a} und {b} zusammen?"),
    ("loanword", "o", "what is {a} más {b}?"),
    # typos in the instruction words
    ("typo", "o", "wat do u get if u combin {a} and {b}"),
    ("typo", "o", "how much do {a} and {b} come too altogther?"),
    ("typo", "r", "i had {a} cards and got {b} mroe, how mnay do i have"),
    ("typo", "o", "tally {a} and {b} togehter pls"),
]

SUBTRACTION = [
    # word problems (modes r/s keep a > b)
    ("word-problem", "r", "I had {a} dollars and spent {b}. How much money is left?"),
    ("word-problem", "r", "A tank holds {a} litres; {b} litres leak out. How much water remains?"),
    ("word-problem", "r", "There were {a} birds on the wire and {b} flew away. How many are still there?"),
    ("word-problem", "r", "A baker made {a} cookies and sold {b}. How many cookies are left over?"),
    ("word-problem", "r", "The trip is {a} km and we've driven {b} km so far. How far do we still have to go?"),
    ("word-problem", "s", "She is {a} years old and her brother is {b}. How much older is she?"),
    ("word-problem", "r", "A jacket cost {a} and is now {b} cheaper. What does it cost now?"),
    ("word-problem", "r", "{a} students signed up but {b} dropped out. How many stayed?"),
    ("word-problem", "r", "my phone had {a} photos and i deleted {b} of them, how many are on it now?"),
    ("word-problem", "r", "The book has {a} pages and I've read {b}. How many pages to go?"),
    ("word-problem", "y", "How many years passed between {b} and {a}?"),
    ("word-problem", "r", "A team needs {a} points to win and has {b}. How many more points do they need?"),
    # other verbs for the operation
    ("synonym", "x", "deduct {b} from {a}"),
    ("synonym", "o", "knock {b} off {a}"),
    ("synonym", "o", "remove {b} from {a}, what's left?"),
    ("synonym", "r", "by how much does {a} exceed {b}?"),
    ("synonym", "r", "how many more is {a} than {b}?"),
    ("synonym", "pabs", "what's the gap between {a} and {b}?"),
    ("synonym", "pabs", "how far apart are {a} and {b}?"),
    ("synonym", "x", "reduce {a} by {b}"),
    ("synonym", "o", "lower {a} by {b}"),
    ("synonym", "o", "{a} take {b}"),
    ("synonym", "o", "what is {a} less {b}?"),
    ("synonym", "r", "what remains when {b} is taken from {a}?"),
    # indirect questions, polite and imperative forms
    ("indirect", "o", "I need to know how much is left of {a} after taking out {b}."),
    ("indirect", "o", "Could you tell me what you get when {b} is removed from {a}?"),
    ("indirect", "r", "I'm curious how much {a} is once you knock off {b}"),
    ("indirect", "o", "Please work out {a} with {b} deducted."),
    ("indirect", "r", "would you figure out what's left if {b} comes off {a}?"),
    # slang and loan words
    ("slang", "o", "{a} w/o {b} is what"),
    ("slang", "r", "had {a} bucks, blew {b}, whats left"),
    ("slang", "o", "yo knock {b} off {a} for me"),
    ("loanword", "o", "cuanto es {a} menos {b}"),
    ("loanword", "o", "{a} moins {b} = ?"),
    ("loanword", "o", "what is {a} menos {b}"),
    # typos
    ("typo", "o", "dedcut {b} from {a} please"),
    ("typo", "r", "had {a} sweets ate {b} how mnay left"),
    ("typo", "o", "remvoe {b} from {a} whats left"),
    ("typo", "o", "reduse {a} by {b}"),
]

PARITY = [
    ("real-world", "r", "Can {n} people pair up with nobody left over?"),
    ("real-world", "r", "If I share {n} sweets equally between two kids, is there one left over?"),
    ("real-world", "r", "My house number is {n}. Is it on the even side of the street?"),
    ("real-world", "r", "{n} people came to the dance. Can everyone have a partner?"),
    ("real-world", "r", "would {n} socks make complete pairs with none left?"),
    ("real-world", "r", "Can a class of {n} be split into two equal teams?"),
    ("real-world", "r", "we have {n} chairs, can we put them in rows of two with none spare?"),
    ("synonym", "o", "can {n} be split into two equal whole numbers?"),
    ("synonym", "x", "does {n} divide evenly by two?"),
    ("synonym", "o", "if you halve {n}, do you get a whole number?"),
    ("synonym", "x", "Can {n} be halved exactly?"),
    ("synonym", "x", "Is {n} one of the odd ones?"),
    ("synonym", "x", "would {n} count as even?"),
    ("indirect", "x", "I'd like to know if {n} is odd."),
    ("indirect", "x", "Check whether {n} is even, will you?"),
    ("indirect", "o", "Tell me whether {n} goes into two without a remainder."),
    ("indirect", "x", "Could you let me know if {n} is an even or an odd number?"),
    ("indirect", "x", "I'm not sure whether {n} is even, can you check?"),
    ("slang", "x", "{n} even or nah?"),
    ("slang", "o", "{n}: odd one or even one?"),
    ("slang", "o", "yo is {n} even fr"),
    ("loanword", "o", "{n} pair ou impair?"),
    ("loanword", "o", "{n} par o impar?"),
    ("loanword", "o", "is {n} gerade or ungerade?"),
    ("typo", "x", "is {n} evn or od"),
    ("typo", "x", "{n} is it ood or even?"),
    ("typo", "o", "can {n} be devided by 2 with nothing left"),
    ("typo", "x", "tel me if {n} is eevn"),
]

WORDS = ["garden", "pencil", "Monday", "rocket", "banana", "whisper", "Tokyo", "lantern", "jumper", "melody"]
WORDS += ["café", "naïve", "puzzle", "sunflower", "2718", "dragonfly", "Zürich", "umbrella", "октябрь", "yellow"]
WORDS += ["snowflake", "teapot", "Beethoven", "compass", "river", "tortilla", "hello world", "see you soon"]
WORDS += ["marble", "квартира", "anchor", "thunder"]

REVERSAL = [
    ("synonym", "write {w} from the last letter to the first"),
    ("synonym", "mirror the word {w}"),
    ("synonym", "how would {w} look spelled back to front?"),
    ("synonym", "flip {w} around"),
    ("synonym", "turn {w} around letter by letter"),
    ("synonym", "say {w} the other way round"),
    ("synonym", "invert the letters in {w}"),
    ("synonym", "read {w} from right to left for me"),
    ("synonym", "rewrite {w} starting from its final letter"),
    ("synonym", "Put the letters of {w} in the opposite order."),
    ("indirect", "How does {w} read from the end?"),
    ("indirect", "I'd like to see {w} written back to front."),
    ("indirect", "Could you show me {w} with its letters running the other way?"),
    ("indirect", "what would {w} be if you read it starting at the end?"),
    ("indirect", "Kindly write {w} in mirror order."),
    ("word-problem", "My secret code is to write each word backwards. How do I write {w}?"),
    ("word-problem", "In my game I have to type names in reverse. What do I type for {w}?"),
    ("word-problem", "my little brother writes every word from the end. how would he write {w}?"),
    ("slang", "{w} but backwards pls"),
    ("slang", "{w} flipped, go"),
    ("slang", "yo do {w} in reverse"),
    ("loanword", "{w} al revés"),
    ("loanword", "{w} à l'envers please"),
    ("loanword", "écris {w} à l'envers"),
    ("typo", "wirte {w} back to frnot"),
    ("typo", "spel {w} bakwards"),
    ("typo", "revrese teh letters of {w}"),
    ("typo", "fllip the word {w} aroud"),
]

COMMON_ADDITION = [
    "what is {a} plus {b}?",
    "add {a} and {b} please",
    "the sum of {a} and {b} is?",
    "{a} + {b} = ?",
    "what's the total of {a}, {b} and {c}",
    "increase {a} by {b}",
    "add {a} to {b}",
    "what do {a} and {b} add up to?",
]
COMMON_SUBTRACTION = [
    "what is {a} minus {b}?",
    "subtract {b} from {a}",
    "{a} - {b} = ?",
    "take {b} away from {a}",
    "decrease {a} by {b}",
    "the difference between {a} and {b}",
    "what's {b} less than {a}?",
    "{a} minus {b} minus {c}",
]
COMMON_PARITY = [
    "is {n} even?",
    "is {n} odd or even",
    "parity of {n}?",
    "tell me if {n} is odd",
    "is {n} divisible by 2?",
    "odd or even: {n}",
    "is {n} a multiple of two?",
]
COMMON_REVERSAL = [
    "reverse the word {w}",
    "spell {w} backwards",
    "write {w} in reverse",
    "what is {w} reversed?",
    "{w} backwards please",
    "flip the letters of {w}",
    "reverse {w}",
]

# (task, prompt): the task is clear, an operand is not there.
MISSING = [
    ("addition", "could you tally these up for me?"),
    ("addition", "combine 48 with what?"),
    ("addition", "Tom has 12 apples and gets some more. How many does he have now?"),
    ("addition", "put these two numbers together for me"),
    ("subtraction", "deduct 15 please"),
    ("subtraction", "I spent 40 dollars, how much do I have left?"),
    ("subtraction", "knock 7 off"),
    ("subtraction", "how much is left once you take out 9?"),
    ("parity", "can this number be split into two equal halves?"),
    ("parity", "is my number even? I forgot to type it"),
    ("parity", "tell me whether the number I picked is odd"),
    ("parity", "pair ou impair?"),
    ("reversal", "write this word from the last letter to the first"),
    ("reversal", "mirror the word for me"),
    ("reversal", "say it the other way round please"),
]

COUSINS = [
    # other arithmetic in the same dress
    "A box holds 12 eggs. How many eggs are in 7 boxes?",
    "36 sweets shared equally among 4 kids: how many does each get?",
    "what's half of 350?",
    "double 47 for me",
    "combine 8 and 5 and then square it",
    "what's the mean of 14, 19 and 33 in the end?",
    "how many pairs can I make from 38 socks?",
    "split 120 into 8 equal groups",
    "Can 21 people be split into three equal teams?",
    "is 91 one of the prime ones?",
    "what percentage of 80 is 20?",
    "round 487 to the nearest ten",
    "tally up 3 lots of 15",
    "how many times does 6 go into 54?",
    "knock 20% off 150",
    "what's 2 to the power of 9?",
    "I had 9 dollars and spent 2.50, how much is left?",
    "what's left when you divide 17 by 5?",
    "is 64 a square number or not?",
    "which is bigger, 319 or 391?",
    "combine 3 and 4 times 2",
    "is 14 evenly divisible by 4?",
]
OTHER_SENSE = [
    "combine these two photos into one",
    "how do I deduct business expenses from my taxes?",
    "flip a coin for me 3 times",
    "how do I mirror my phone screen to the TV?",
    "is it odd that my cat sleeps 20 hours a day?",
    "reverse the car into the garage, how do I do that safely?",
    "what does it mean to put two and two together?",
    "how far apart are London and Paris?",
    "what's the gap between the Monday and Friday meetings about?",
    "remove the 3 stains from my white shirt",
    "knock knock, who's there at number 4?",
    "can you turn my life around in 5 steps?",
]
CHITCHAT = [
    "I have 3 kids and 2 dogs, life is busy!",
    "I turned 30 today and my sister is 27 :)",
    "my flight is at 7 and I land at 11, wish me luck",
    "we won 3 to 1 yesterday, what a game",
    "I slept 5 hours and had 2 coffees, send help",
    "my bus number is 42 and it came 15 minutes late",
]
CODE = [
    "write a function that combines two numbers in javascript",
    "python code to check if a number can be split into pairs",
    "how do I write a word backwards in excel?",
    "SQL to get the gap between two dates",
]


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    items: list[dict[str, object]] = []
    unseen = "unseen-phrasing"
    for task, table in (("addition", ADDITION), ("subtraction", SUBTRACTION), ("parity", PARITY)):
        for form, mode, tpl in table:
            items.append(number_item(rng, task, mode, tpl, slice_=unseen, category=f"{task}-{form}", typo_rate=0.08))
    words = WORDS[:]
    rng.shuffle(words)
    for i, (form, tpl) in enumerate(REVERSAL):
        word = words[i % len(words)]
        items.append(reversal_item(rng, tpl, word, slice_=unseen, category=f"reversal-{form}", typo_rate=0.08))
    for task, table in (("addition", COMMON_ADDITION), ("subtraction", COMMON_SUBTRACTION), ("parity", COMMON_PARITY)):
        for tpl in table:
            mode = "pabs" if "difference" in tpl else "o"
            items.append(number_item(rng, task, mode, tpl, slice_="common", category=task, typo_rate=0.05))
    for i, tpl in enumerate(COMMON_REVERSAL):
        word = words[(i + len(REVERSAL)) % len(words)]
        items.append(reversal_item(rng, tpl, word, slice_="common", category="reversal", typo_rate=0.05))
    items += [
        {"prompt": p, "task": t, "answer": None, "category": "missing-operand", "slice": "missing-operand"}
        for t, p in MISSING
    ]
    items += literal_items(COUSINS, "cousin-arithmetic", "cousin")
    items += literal_items(OTHER_SENSE, "verb-other-sense", "cousin")
    items += literal_items(CHITCHAT, "chit-chat-with-numbers", "off-topic")
    items += literal_items(CODE, "code-request", "cousin")
    rows = make_rows("f", items, rng)
    validate(rows, "f", missing_ok=True)
    assert 200 <= len(rows) <= 240, len(rows)
    refused = sum(r["task"] == "unsupported" for r in rows) / len(rows)
    assert 0.17 <= refused <= 0.23, refused
    distinct_from_other_sets(rows, OUT)
    return rows


if __name__ == "__main__":
    main(build, OUT)
