"""Builds dev_phrasings5.jsonl: the fifth development set of issue 15 (single tasks in unseen wordings).

Written blind on 2026-12-06 (branch `phrasings5`) from docs/TASKS.md, backend/eval/README.md ("The rule", "Fields",
"Categories and counts", "Labelling decisions on unclear cases") and blind_common.py only: no phrase list, training
data, skill code, builder or other eval set was read, and the app was never run on these prompts. It is kept untouched
as the check of whether the fifth round's tuning of the training-data generator generalises.

Slices: `unseen-phrasing` (the four single-step skills asked without their keywords, or with the keywords misspelt:
word problems of money, ages, distances, scores, cooking, sport, stock, travel and school, other verbs and idioms,
indirect and polite forms, questions and commands, operand-first and instruction-last orders, texting), `common`
(plain keyword wordings), `missing-operand` (the skill is clear, the operand is not there: answer null) and `refuse`
(lookalikes to refuse). Every answer is computed by blind_common.
"""

from __future__ import annotations

import random

from blind_common import (
    HERE,
    distinct_from_other_sets,
    literal_items,
    main,
    make_rows,
    number_item,
    reversal_item,
    validate,
)

PREFIX = "v"
SEED = 20261206_5
OUT = HERE / "dev_phrasings5.jsonl"

# (mode, template): modes as documented in blind_common.number_item ("r" real, "s" small, "y" years, "x" any,
# "o" any format but positive, "pabs"/"sabs" the larger minus the smaller).
ADDITION_UNSEEN = [
    ("r", "My rent is {a} and the car loan is {b}. What do they cost me together?"),
    ("r", "A hiker walked {a} metres before lunch and {b} metres after it. How far did she walk that day?"),
    ("r", "Our team scored {a} points in the first half and {b} in the second. What was our final score?"),
    (
        "r",
        "The bread needs {a} grams of flour for the dough and {b} grams for dusting. How much flour do I need?",
    ),
    (
        "r",
        "The warehouse had {a} boxes in stock, then a truck dropped off {b} more. How many boxes does it have now?",
    ),
    ("r", "I drove {a} km on Saturday and {b} km on Sunday, what's my mileage for the weekend?"),
    ("o", "Count {a} and {b} together, how many is that?"),
    ("o", "What do {a} and {b} come to together?"),
    ("o", "{a} together with {b} makes how many?"),
    ("o", "If I have {a} of something and get {b} more of it, how many do I have?"),
    ("o", "Start at {a} and count up {b} more. Where do you end up?"),
    ("r", "The price was {a} cents and it went up by {b} cents. What does it cost now?"),
    ("o", "{a} and {b} altogether?"),
    ("r", "wats {a} n {b} together"),
    ("r", "The school library owns {a} novels and {b} comics. How many books is that in all?"),
    ("r", "How many pupils are there if class A has {a} and class B has {b}?"),
    ("o", "I'd like to know what {a} and {b} make when you count them up together."),
    ("o", "Tally up {a} and {b}"),
    ("r", "Say you have {a} followers and gain {b} overnight. How many followers do you have in the morning?"),
    ("s", "It was {a} degrees this morning and it warmed up by {b} degrees. How warm is it now?"),
    ("s", "Lisa is {a}. How old will she be in {b} years?"),
    ("r", "A flight of {a} km, then a connecting flight of {b} km. How long was the whole trip?"),
    (
        "r",
        "My savings account held {a} euros and my aunt paid in {b} euros for my birthday. What's in the account now?",
    ),
    ("o", "Which number is {b} greater than {a}?"),
    ("r", "Noah scored {a} goals this season and Liam scored {b} more than Noah. How many goals did Liam score?"),
    ("s", "The blue rope is {a} cm long, {b} cm shorter than the red rope. How long is the red rope?"),
    ("r", "At the fair we spent {a} on rides, {b} on food and {c} on games. What did the whole day cost?"),
    ("r", "If I deposit {b} into an account holding {a}, what's the new balance?"),
    ("r", "The hotel welcomed {a} guests on Friday and {b} on Saturday. How many guests stayed overall?"),
    ("r", "Coffee was {a} cents and the croissant {b} cents. What did breakfast cost me?"),
    ("r", "We counted {a} screws in the red bin and {b} in the blue bin. How many screws do we have?"),
    ("r", "Maya got {a} marks on the maths paper and {b} on the English paper. What's her combined mark?"),
    ("r", "A cyclist rode {a} km on the first stage and {b} km on the second. What distance has she covered so far?"),
    ("x", "wat is {a} plsu {b}"),
    ("x", "sume of {a} and {b} please"),
    ("o", "ad {b} onto {a}"),
]

SUBTRACTION_UNSEEN = [
    ("r", "A tank holds {a} litres and {b} litres leaked out. How much is still in the tank?"),
    ("r", "Our shop had {a} umbrellas and sold {b} during the storm. How many are on the shelf now?"),
    ("r", "I've read {b} pages of a novel of {a} pages. How many pages to go?"),
    ("r", "How far is it still to go if the trip is {a} km and we've done {b} km?"),
    ("o", "Count down {b} from {a}. Where do you land?"),
    ("o", "knock {b} off {a}"),
    ("o", "From {a}, remove {b}. What's left?"),
    ("o", "Deduct {b} from {a}"),
    ("o", "What's {a} less {b}?"),
    ("r", "The home team has {b} points and the target is {a}. How many more points do they need?"),
    ("s", "Lea is {a} cm tall and Omar is {b} cm tall. How much taller is Lea than Omar?"),
    ("s", "Grandpa Joe is {a} and Mia is {b}. How much older is Grandpa Joe?"),
    ("r", "The jacket was {a} dollars and it's now on sale for {b}. How much do I save?"),
    ("o", "By how much does {a} go beyond {b}?"),
    ("pabs", "How far apart are {a} and {b} on the number line?"),
    ("s", "The thermometer read {a} degrees at noon and {b} at midnight. By how many degrees did it fall?"),
    ("r", "I owe {a} and have paid back {b}. How much do I still owe?"),
    ("r", "This year's harvest was {a} kg, which is {b} kg more than last year's. How much was harvested last year?"),
    ("r", "Ali's tower has {a} blocks, {b} more than Sam's tower. How many blocks are in Sam's tower?"),
    ("r", "The hall has {a} seats and {b} are already sold. How many can still be booked?"),
    ("r", "Withdraw {b} from an account with {a} in it. What's the balance?"),
    ("o", "what's {a} take {b}"),
    ("o", "How much smaller is {b} than {a}?"),
    ("r", "{b} of the {a} runners dropped out. How many finished the race?"),
    ("y", "The bridge opened in {b} and was torn down in {a}. How many years did it stand?"),
    (
        "r",
        "A train had {a} free seats; {b} were taken at the first stop and {c} at the second. How many are free now?",
    ),
    ("x", "substract {b} from {a}"),
    ("x", "{a} minsu {b}"),
    ("pabs", "whats the diffrence between {a} and {b}"),
    ("o", "take {b} awya from {a}"),
    ("o", "Remove {b} from {a}, please"),
    ("r", "The red team has {a} points and the blue team has {b}. How many more points do the reds have?"),
    ("r", "A recipe calls for {a} grams of sugar but I only have {b} grams. How much am I short?"),
    ("r", "Our stockroom listed {a} printer cartridges, but we used up {b}. How many remain?"),
]

PARITY_UNSEEN = [
    ("x", "Does 2 go into {n} with nothing left over?"),
    ("x", "Would halving {n} give me a whole number?"),
    ("r", "If {n} guests pair up for a dance, will someone be left without a partner?"),
    ("r", "There are {n} socks in the drawer. Can they all be matched into pairs?"),
    ("r", "Twins are sharing {n} stickers fairly between them. Will there be a sticker left over?"),
    ("x", "Is {n} an uneven number?"),
    ("x", "{n}: can you tell me whether it divides by 2 cleanly?"),
    ("r", "A ferry takes cars two at a time. With {n} cars waiting, will the last trip carry a single car?"),
    ("r", "Would {n} players fit into two-person teams with nobody sitting out?"),
    ("x", "Does {n} have a whole-number half?"),
    ("x", "Quick one, {n}: divisible by 2 or not?"),
    ("o", "Is {n} among the numbers you hit when counting by twos from zero?"),
    ("r", "A class of {n} pupils walks in pairs. Is anyone left walking alone?"),
    ("r", "If {n} cookies are shared between two friends, is a cookie left over?"),
    ("x", "Does dividing {n} by 2 leave anything over?"),
    ("x", "evn or odd: {n}"),
    ("x", "iz {n} eveen"),
    ("x", "{n} is it oddd or even"),
    ("x", "is {n} divisble by 2"),
    ("x", "I wonder whether {n} can be cut in half with no fraction."),
    ("r", "My street has {n} houses. If we group them in pairs, is a house left without a partner?"),
    ("x", "Would you say {n} splits exactly in two?"),
    ("r", "The orchestra has {n} players seated two per stand. Does any stand have a lone player?"),
    ("x", "{n} - divisible by two, yes or no"),
    ("x", "can 2 divide {n} without a remainder?"),
    ("x", "I'm curious: is {n} a number that two divides exactly?"),
]

REVERSAL_UNSEEN = [
    "Write {w} right to left",
    "Invert the letter order of {w}",
    "Turn {w} around letter by letter",
    "What's {w} spelt in the opposite direction?",
    "Read {w} the other way round",
    "Rewrite {w} with its letters in the opposite order",
    "Could you write out {w} starting at its end?",
    "In my secret code every word is written with its letters in the opposite order. How would {w} look?",
    "If you read {w} from right to left, what do you get?",
    "Letters of {w} in the opposite sequence, please.",
    "Show me {w} in mirror order",
    "revese the word {w}",
    "spell {w} backwords",
    "{w} bakwards pls",
    "reverce {w}",
    "Mirror the letters of {w}",
    "Run the letters of {w} in the opposite direction",
    "Can you flip {w} so it runs the other way?",
    "For a puzzle I need {w} written with its letters running the opposite way.",
    "Type {w} but starting from its end",
    "What would {w} be if you spelt it tail first?",
    "Give me the mirror-image spelling of {w}",
    "Spell this from the end: {w}",
    "Please turn the letters of {w} round the other way.",
    "{w}: read it from its end to its start",
    "How does {w} look when you start reading at the final letter?",
]
REVERSAL_WORDS = [
    "lantern",
    "Quixote",
    "marmalade",
    "Brooklyn",
    "crème",
    "naïve",
    "Zürich",
    "bicycle",
    "Москва",
    "ελπίδα",
    "東京タワー",
    "rhythm",
    "40721",
    "sunflower",
    "bookkeeper",
    "Mississippi",
    "jalapeño",
    "façade",
    "thunder",
    "mañana",
    "xylophone",
    "see you soon",
    "happy birthday Sam",
    "no parking here",
    "café au lait",
    "hi👋🏽",
    "whisper",
    "avocado",
    "Oklahoma",
    "Pétanque",
]

COMMON_NUMBER = [
    ("addition", "x", "{a} plus {b}"),
    ("addition", "x", "add {a} and {b}"),
    ("addition", "x", "what is the sum of {a}, {b} and {c}?"),
    ("addition", "x", "{a} + {b} = ?"),
    ("addition", "x", "Please add {a} to {b}."),
    ("addition", "x", "total of {a} and {b}"),
    ("addition", "x", "what do {a} and {b} add up to"),
    ("addition", "x", "increase {a} by {b}"),
    ("subtraction", "x", "what is {a} minus {b}"),
    ("subtraction", "x", "subtract {b} from {a}"),
    ("subtraction", "x", "{a} - {b}"),
    ("subtraction", "xabs", "the difference between {a} and {b}?"),
    ("subtraction", "x", "decrease {a} by {b}"),
    ("subtraction", "o", "{a} minus {b} minus {c}"),
    ("subtraction", "o", "what's {b} less than {a}"),
    ("subtraction", "o", "take {b} away from {a}"),
    ("parity", "x", "is {n} even?"),
    ("parity", "x", "is {n} odd"),
    ("parity", "x", "odd or even: {n}"),
    ("parity", "x", "Is {n} even or odd?"),
    ("parity", "x", "is {n} divisible by 2?"),
    ("parity", "x", "tell me if {n} is odd"),
    ("parity", "x", "is {n} a multiple of 2"),
    ("parity", "x", "parity of {n}?"),
]
COMMON_REVERSAL = [
    ("reverse the word {w}", "pancake"),
    ("spell {w} backwards", "Dublin"),
    ("what is {w} reversed?", "orchid"),
    ("write {w} in reverse", "señorita"),
    ("reverse {w}", "good luck tomorrow"),
    ("{w} backwards", "velvet"),
    ("flip the letters of {w}", "Kyoto"),
    ("reverse the sentence {p}", "we left at dawn"),
]

MISSING = [
    ("addition", "Can you add these up for me?"),
    ("addition", "I need the total of my bills, can you work it out?"),
    ("subtraction", "Please take 35 away"),
    ("subtraction", "How much is left if I subtract 12?"),
    ("parity", "tell me if my number is odd"),
    ("parity", "ok so even or odd, which is it?"),
    ("reversal", "can you reverse the word?"),
    ("reversal", "spell it in reverse pls"),
]

REFUSE = {
    "cousin-arithmetic": [
        "Knock 15% off 260 for me",
        "What do 6 crates of 24 bottles come to?",
        "I walked 3 km a day for 12 days. How far did I walk?",
        "A pizza costs 11 euros. What do 4 pizzas cost?",
        "Four of us share a taxi fare of 72 euros. What does each person pay?",
        "What's the average of my scores 78, 85 and 91?",
        "Noah has 12 cards and Ella has three times as many. How many does Ella have?",
        "Tom has 14 stamps and Kim has 5 more than Tom. How many do they have altogether?",
        "How much longer is a 2 hour film than a 95 minute one?",
        "What's 2.5 together with 1.25?",
        "Knock 0.75 off 10",
        "What's 13 squared?",
        "Double 48 for me",
        "Half of 310?",
        "I earn 18 dollars an hour. What do I make in a 40 hour week?",
    ],
    "cousin-number-question": [
        "Does 3 go into 51 with nothing left over?",
        "If 45 guests sit in groups of three, will anyone be left out?",
        "Is 64 bigger than 46?",
        "Which is longer, 3 km or 2900 m?",
        "Is Emma older than Jack if Emma is 31 and Jack is 29?",
        "Is 121 a square number?",
        "Is 19 prime or composite?",
        "Can 100 be split into three whole equal parts?",
        "Are 15 and 27 both uneven?",
    ],
    "cousin-word-op": [
        "Put the words of 'we meet at noon' in the opposite order",
        "Flip the order of this list: milk, eggs, bread",
        "Count the vowels in avocado",
        "Write thunder in capitals",
        "Does 'stats' read the same from either end?",
        "Put the letters of garden in alphabetical order",
        "What's the French for lantern?",
        "Spell accommodate correctly for me",
    ],
    "code-request": [
        "Write a Python one-liner that turns a string around",
        "Excel formula to check if A2 is divisible by 2?",
        "How do I add two columns in pandas?",
        "What does 17 % 2 return in JavaScript?",
    ],
    "odd-even-other-sense": [
        "That's an odd request, but fine",
        "Even the best players miss sometimes, right?",
        "Which is the odd one out: cat, dog, carrot?",
        "Name all the even numbers under 15",
    ],
    "general-knowledge": [
        "How far apart are Paris and Rome?",
        "Sum up the plot of Hamlet in two lines",
        "How do I back a car with a trailer into a tight spot, reversing slowly?",
        "What's the difference between baking soda and baking powder?",
    ],
    "chit-chat": [
        "Can you add a reminder for 7 pm?",
        "good morning, how's your day going",
        "you're a clever little bot, you know that",
    ],
    "gibberish": ["qwpoeiru zmxn", "?!?!?!¿¿", "🐸🐸🐸🐸"],
}


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    items: list[dict[str, object]] = []
    unseen = "unseen-phrasing"
    for task, templates in (
        ("addition", ADDITION_UNSEEN),
        ("subtraction", SUBTRACTION_UNSEEN),
        ("parity", PARITY_UNSEEN),
    ):
        for mode, template in templates:
            items.append(number_item(rng, task, mode, template, slice_=unseen, category=task, typo_rate=0.04))
    words = REVERSAL_WORDS[:]
    rng.shuffle(words)
    for i, template in enumerate(REVERSAL_UNSEEN):
        items.append(
            reversal_item(rng, template, words[i % len(words)], slice_=unseen, category="reversal", typo_rate=0.04)
        )
    for task, mode, template in COMMON_NUMBER:
        items.append(number_item(rng, task, mode, template, slice_="common", category=task, typo_rate=0.03))
    for template, operand in COMMON_REVERSAL:
        items.append(reversal_item(rng, template, operand, slice_="common", category="reversal", typo_rate=0.03))
    for task, prompt in MISSING:
        items.append(
            {"prompt": prompt, "task": task, "answer": None, "category": "missing-operand", "slice": "missing-operand"}
        )
    for category, prompts in REFUSE.items():
        items.extend(literal_items(prompts, category, "refuse"))
    rows = make_rows(PREFIX, items, rng)
    validate(rows, PREFIX, missing_ok=True)
    distinct_from_other_sets(rows, OUT)
    return rows


if __name__ == "__main__":
    main(build, OUT)
