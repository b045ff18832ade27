"""Builds dev_phrasings6.jsonl: the sixth development set of phrasings (ids w6-0001...).

Written blind on 2026-12-07 from docs/TASKS.md and blind_common.py only (and the README sections "The rule",
"Fields", "Categories and counts" and "Labelling decisions on unclear cases"): no phrase list, skill code,
training data, other builder or other eval set was read, and the app was not run on these prompts.

Slices (field `slice`):

- `unseen-phrasing` (112, 28 per task): addition, subtraction, parity and reversal asked without their usual
  keywords: everyday word problems (shopping, cooking, sports, travel, school, work, games, savings, ages,
  distances, time spans), other verbs and idioms, indirect and polite forms, instruction-last orders, texting
  style and slips, loan words from other languages in English prompts. One template per prompt.
- `common` (40, 10 per task): plain keyword wordings of the single tasks (addition, subtraction, parity,
  reversal), numbers in every format blind_common renders.
- `missing-operand` (20, 5 per task): the task is clear, an operand is missing: the task, answer null.
- `refuse` (55): lookalikes that are `unsupported`: multiplication, division, averages, percentages,
  doubling and halving in word problems; which-is-bigger and other number questions; how-to questions with
  numbers; statements with numbers that ask nothing; add/take/odd/even/reverse/flip/mirror in other senses;
  code requests; dates and times; chit-chat with numbers.

Every answer is computed here (sum, difference, parity, grapheme reversal), never typed by hand. Word problems
keep their counts positive: a subtraction story always takes a smaller amount from a larger one.
Four prompts that equalled a prompt of another eval set (distinct_from_other_sets; only this set's clashing
prompts were printed, never the others') were reworded.

Run: ../.venv/bin/python build_dev_phrasings6.py [--check]
"""

from __future__ import annotations

import random

from blind_common import (
    HERE,
    REAL_STYLES,
    distinct_from_other_sets,
    dress,
    fill,
    literal_items,
    main,
    make_rows,
    number_item,
    parity,
    pick_style,
    read_number,
    render,
    reversal_item,
    validate,
)

OUT = HERE / "dev_phrasings6.jsonl"
PREFIX = "w6-"
SEED = 20261207_6
UNSEEN = "unseen-phrasing"
COMMON = "common"
MISSING = "missing-operand"
REFUSE = "refuse"


# ---------------------------------------------------------------- a story with chosen numbers


def story_item(
    rng: random.Random,
    task: str,
    template: str,
    values: dict[str, int],
    *,
    slice_: str = UNSEEN,
    typo_rate: float = 0.06,
    styles: dict[str, int] | None = None,
) -> dict[str, object]:
    """A number item whose numbers are drawn by the caller (ages, years, change from a note...).

    Subtraction: {a} minus every other slot; addition: the sum; parity: {n}."""
    styles = styles or REAL_STYLES
    shown = {k: render(v, pick_style(rng, v, styles)) for k, v in values.items()}
    for k, v in values.items():
        assert read_number(shown[k]) == v, (shown[k], v)
    if task == "addition":
        answer = str(sum(values.values()))
    elif task == "subtraction":
        answer = str(values["a"] - sum(v for k, v in values.items() if k != "a"))
        assert int(answer) > 0, (template, values)
    else:
        answer = parity(values["n"])
    prompt = fill(dress(rng, template, False, typo_rate), shown)
    return {"prompt": prompt, "task": task, "answer": answer, "category": task, "slice": slice_}


def missing(prompts: list[str], task: str) -> list[dict[str, object]]:
    return [{"prompt": p, "task": task, "answer": None, "category": MISSING, "slice": MISSING} for p in prompts]


# ---------------------------------------------------------------- word problems with believable numbers


def ranged_item(rng: random.Random, task: str, template: str, ranges: dict[str, tuple[int, int]]) -> dict[str, object]:
    """A story whose numbers come from its own ranges. Subtraction draws {a} first and keeps every other number
    below it (a count never goes negative); the answer is computed by story_item."""
    values: dict[str, int] = {}
    for slot, (lo, hi) in ranges.items():
        top = min(hi, values["a"] - 1) if task == "subtraction" and slot != "a" else hi
        values[slot] = rng.randint(lo, top)
    return story_item(rng, task, template, values)


# ---------------------------------------------------------------- unseen phrasings: addition

ADD_STORIES = [
    ("I paid {a} dollars for a jacket and {b} for boots. How much did I spend?", {"a": (25, 180), "b": (30, 220)}),
    (
        "We drove {a} km on Saturday and {b} km on Sunday. How far did we go over the weekend?",
        {"a": (80, 650), "b": (80, 650)},
    ),
    (
        "The bread needs {a} g of flour in the dough and another {b} g for dusting. How much flour should I buy?",
        {"a": (300, 900), "b": (20, 80)},
    ),
    (
        "Our team scored {a} points in the first half and {b} in the second. What was our final score?",
        {"a": (12, 60), "b": (12, 60)},
    ),
    (
        "There were {a} people on the train and {b} got on at the next stop. How many are on board now?",
        {"a": (20, 300), "b": (5, 90)},
    ),
    (
        "my savings: {a} in the bank, {b} in a jar at home. whats that all together",
        {"a": (200, 25_000), "b": (20, 900)},
    ),
    (
        "The library had {a} books and has just received {b} new ones. How many books does it have now?",
        {"a": (1_200, 85_000), "b": (15, 600)},
    ),
    (
        "Grandpa walked {a} steps this morning and {b} this afternoon. What's his step count for the day?",
        {"a": (1_500, 9_000), "b": (1_500, 9_000)},
    ),
    ("Ella read {a} pages yesterday and {b} today. How many pages has she read so far?", {"a": (8, 60), "b": (8, 60)}),
    ("Pocket money: {a} from Mum, {b} from Gran. How much have I got now?", {"a": (5, 50), "b": (5, 50)}),
    (
        "The meeting was booked for {a} minutes and ran {b} minutes over. How long did it last?",
        {"a": (15, 90), "b": (5, 45)},
    ),
    (
        "Bitte: I have {a} stickers and my friend gives me {b}. How many stickers do I have then?",
        {"a": (10, 400), "b": (2, 60)},
    ),
    (
        "In the game I had {a} coins and found a chest holding {b} coins. How many coins do I have now?",
        {"a": (50, 20_000), "b": (100, 5_000)},
    ),
    (
        "Our school collected {a} cans in week one and {b} in week two. How many cans is that so far?",
        {"a": (30, 900), "b": (30, 900)},
    ),
    (
        "Three things in my cart: {a}, {b} and {c} dollars. What's the damage?",
        {"a": (3, 120), "b": (3, 120), "c": (3, 120)},
    ),
    ("My score was {a} and I just picked up {b} bonus points. New score?", {"a": (1_000, 250_000), "b": (50, 5_000)}),
]
# abstract wordings: any number format (number_item mode "o": positive, digits of other scripts, words, huge)
ADD_ABSTRACT = [
    "Combine {a} and {b} for me.",
    "If you put {a} and {b} together, what do you get?",
    "Tack {b} onto {a}.",
    "{a} and {b} - together that makes how much?",
    "Could you kindly tell me what {a} and {b} come to?",
    "Bump {a} up by {b}.",
    "How much is {a} with {b} thrown in on top?",
    "yo whats {a} n {b} combined",
    "Por favor, what do {a} y {b} make together?",
]


def add_unseen(rng: random.Random) -> list[dict[str, object]]:
    items = [ranged_item(rng, "addition", t, r) for t, r in ADD_STORIES]
    items += [
        number_item(rng, "addition", "o", t, slice_=UNSEEN, category="addition", typo_rate=0.06) for t in ADD_ABSTRACT
    ]
    age, years = rng.randint(6, 79), rng.randint(2, 30)
    items.append(
        story_item(rng, "addition", "I'm {a} years old. How old will I be in {b} years?", {"a": age, "b": years})
    )
    town, moved = rng.randint(12_000, 2_500_000), rng.randint(150, 40_000)
    items.append(
        story_item(
            rng,
            "addition",
            "The town had {a} residents last year and {b} people have moved in since. What's the population now?",
            {"a": town, "b": moved},
            styles={"digits": 2, "comma": 5},
        )
    )
    climb, more = rng.randint(300, 1_400), rng.randint(150, 900)
    items.append(
        story_item(
            rng,
            "addition",
            "The hike climbs {a} m to the hut and then another {b} m to the summit. How much climbing is that in all?",
            {"a": climb, "b": more},
            styles={"digits": 1},
        )
    )
    return items


# ---------------------------------------------------------------- unseen phrasings: subtraction

SUB_STORIES = [
    ("I had {a} dollars and spent {b} on groceries. How much do I have left?", {"a": (60, 2_000), "b": (10, 400)}),
    (
        "A book has {a} pages and I've read {b} of them. How many pages are still to go?",
        {"a": (180, 900), "b": (20, 800)},
    ),
    (
        "The road trip is {a} km long and we've already covered {b} km. How far is left?",
        {"a": (300, 3_500), "b": (50, 3_000)},
    ),
    ("A jar held {a} cookies and the kids ate {b}. How many remain?", {"a": (12, 60), "b": (2, 50)}),
    (
        "The stadium holds {a} fans and {b} tickets have been sold. How many seats are still free?",
        {"a": (8_000, 90_000), "b": (1_000, 85_000)},
    ),
    (
        "Our petition needs {a} signatures and we have {b}. How many are we still short?",
        {"a": (500, 100_000), "b": (50, 90_000)},
    ),
    ("im at {b} followers and want {a}. how many more do i need", {"a": (100, 10_000), "b": (10, 9_000)}),
    (
        "The tank had {a} litres in it and {b} litres leaked out. How much is still in it?",
        {"a": (40, 400), "b": (5, 300)},
    ),
    ("Start at {a} and count down {b} steps. Where do you land?", {"a": (20, 500), "b": (3, 90)}),
    (
        "My car can go {a} km on a full tank and I've driven {b} km since filling up. How many km until it's empty?",
        {"a": (450, 900), "b": (30, 800)},
    ),
    (
        "The shop had {a} T-shirts in stock and sold {b} of them today. How many are still on the shelves?",
        {"a": (40, 600), "b": (3, 500)},
    ),
    (
        "The race is {a} m long and I'm at the {b} m mark. How much further to the finish?",
        {"a": (5_000, 42_195), "b": (500, 40_000)},
    ),
    (
        "This month I have to work {a} hours and I've logged {b} so far. How many hours remain?",
        {"a": (80, 180), "b": (10, 170)},
    ),
    ("Final whistle: home side {a}, visitors {b}. What was the winning margin?", {"a": (60, 130), "b": (40, 125)}),
    (
        "A puzzle has {a} pieces and {b} of them are already in place. How many haven't been placed yet?",
        {"a": (500, 2_000), "b": (50, 1_900)},
    ),
]
SUB_ABSTRACT = [
    "Knock {b} off {a}.",
    "What's left of {a} once {b} is gone?",
    "From {a}, remove {b}. What's the result?",
    "How far apart are {b} and {a} on the number line?",
    "What do you get when {b} is taken from {a}?",
    "Quick one, what's {a} menos {b}?",
    "hw much is left if i take {b} outta {a}",
]


def sub_unseen(rng: random.Random) -> list[dict[str, object]]:
    items = [ranged_item(rng, "subtraction", t, r) for t, r in SUB_STORIES]
    items += [
        number_item(rng, "subtraction", "o", t, slice_=UNSEEN, category="subtraction", typo_rate=0.06)
        for t in SUB_ABSTRACT
    ]
    born, year = rng.randint(1930, 1965), rng.randint(2020, 2035)
    items.append(
        story_item(
            rng,
            "subtraction",
            "My grandma was born in {b}. How old does she turn in {a}?",
            {"a": year, "b": born},
            styles={"digits": 1},
        )
    )
    first, last = rng.randint(1800, 1990), rng.randint(1995, 2026)
    items.append(
        story_item(
            rng,
            "subtraction",
            "How many years went by between {b} and {a}?",
            {"a": last, "b": first},
            styles={"digits": 1},
        )
    )
    note = rng.choice([20, 50, 100])
    items.append(
        story_item(
            rng,
            "subtraction",
            "I paid with a {a} dollar note for a lunch that cost {b} dollars. How much change should I get back?",
            {"a": note, "b": rng.randint(3, note - 1)},
            styles={"digits": 1},
        )
    )
    dad = rng.randint(38, 72)
    items.append(
        story_item(
            rng,
            "subtraction",
            "Dad is {a} and I'm {b}. How much older is he than me?",
            {"a": dad, "b": dad - rng.randint(20, 37)},
        )
    )
    weight = rng.randint(160, 290)
    items.append(
        story_item(
            rng,
            "subtraction",
            "I weigh {a} pounds and want to get down to {b}. How many pounds do I have to lose?",
            {"a": weight, "b": weight - rng.randint(6, 55)},
            styles={"digits": 1},
        )
    )
    subs = rng.randint(150_000, 9_000_000)
    items.append(
        story_item(
            rng,
            "subtraction",
            "The channel had {a} subscribers in January and has lost {b} since then. How many does it have now?",
            {"a": subs, "b": rng.randint(1_000, 140_000)},
            styles={"digits": 2, "comma": 5},
        )
    )
    return items


# ---------------------------------------------------------------- unseen phrasings: parity

PAR_STORIES = [
    ("Can {n} marbles be split into two equal piles with none left over?", (10, 500)),
    ("If {n} dancers pair up, will someone be left without a partner?", (8, 400)),
    ("Can I share {n} sweets fairly between my 2 kids without cutting any?", (4, 120)),
    ("My bus number is {n}. Is that an even one?", (1, 999)),
    ("If I match up {n} socks, will one sock be left without a match?", (6, 80)),
    ("Locker {n}: odd-numbered or even-numbered?", (1, 2_000)),
    ("{n} people want to play doubles, two to a team. Does everyone get a partner?", (5, 60)),
    ("Is {n} one of the numbers you say when you count by twos from zero?", (2, 500)),
    ("Is anybody left over if {n} kids get into pairs?", (5, 60)),
    ("I'm wearing jersey number {n}. Odd or even number, would you say?", (0, 99)),
    ("Our house is number {n}. Does that put it among the even numbers?", (1, 400)),
    ("If {n} chairs are set out in two equal rows, is one chair left over?", (8, 300)),
]
PAR_ABSTRACT = [
    "Does {n} divide cleanly by two?",
    "Is two a factor of {n}?",
    "Will {n} halve into a whole number?",
    "{n} - is it one of those numbers you can split in half with nothing left?",
    "Quick check on {n}: odd?",
    "par o impar: {n}?",
    "gerade oder ungerade, {n}?",
    "Would {n} count as an even number?",
    "yo is {n} odd or nah",
    "Does {n} go into two equal halves?",
    "Can {n} be shared out between two people so both get the same whole amount?",
    "just curious, {n} even?",
    "Would you call {n} an odd number or not?",
    "Settle a bet: {n}, odd or even?",
    "Help me with my homework: {n}, does it belong with the even numbers or the odd ones?",
    "Split {n} into two equal whole parts: possible or not?",
]


def par_unseen(rng: random.Random) -> list[dict[str, object]]:
    items = [story_item(rng, "parity", t, {"n": rng.randint(*r)}) for t, r in PAR_STORIES]
    items += [
        number_item(rng, "parity", "o", t, slice_=UNSEEN, category="parity", typo_rate=0.06) for t in PAR_ABSTRACT
    ]
    return items


# ---------------------------------------------------------------- unseen phrasings: reversal

# (template, phrase allowed): templates with their own quotes take single words only.
REV_UNSEEN = [
    ("Spell {w} starting from the last letter.", True),
    ('Write "{w}" back to front.', False),
    ("What does the word {w} look like read from right to left?", False),
    ("Mirror the letters of {w}.", True),
    ("How would you write {w} if you started at the end?", True),
    ("Read {w} to me from the end to the start.", True),
    ("Turn {w} around letter by letter.", True),
    ("Take the word {w} and write its letters in the opposite order.", False),
    ("What's '{w}' spelled right-to-left?", False),
    ("Say {w} the other way round, letter by letter.", True),
    ("For a secret code I write words from the end. What would {w} become?", False),
    ("rückwärts bitte: {w}", True),
    ("Can you do {w} à l'envers?", True),
    ("{w} al revés, please", True),
    ("txt me {w} bckwrds", True),
    ("Starting at the final letter, spell out {w}.", True),
    ("Invert the letter order of {w}.", True),
    ("Make {w} run the other direction, letter by letter.", True),
    ("My kid wants to know how {w} looks spelled from its tail end.", False),
    ("Write the letters of {w} from last to first.", True),
    ("{w}: go from the end to the start, what do you get?", True),
    ("Let's play a game: I give you a word, you spell it from the end. Word: {w}", False),
    ("could u write the word {w} starting w the last letter", False),
    ("Please put the letters of “{w}” in mirror order.", False),
    ("Backwards-spell {w} for me.", True),
    ("I'd love to see how {w} reads if you go right to left.", True),
    ("What's {w} when you read it from its end?", True),
    ("Flip {w} around so the last letter comes first.", True),
]

WORDS = [
    "lantern",
    "Saturday",
    "pineapple",
    "Mississippi",
    "café",
    "Zürich",
    "strawberry",
    "giraffe",
    "notebook",
    "Jennifer",
    "keyboard",
    "avocado",
    "dolphin",
    "sunflower",
    "München",
    "naïve",
    "jalapeño",
    "Québec",
    "kangaroo",
    "thunder",
    "whisper",
    "Wednesday",
    "butterfly",
    "stressed",
    "marshmallow",
    "Toronto",
    "umbrella",
    "LEMONADE",
    "rhubarb",
    "McDonald",
    "crème",
    "Москва",
    "2049",
    "bicycle",
    "Kyoto",
    "hippopotamus",
    "doughnut",
    "snowflake",
    "Beyoncé",
    "volcano",
    "pancake",
    "homework",
    "WiFi",
]
PHRASES = [
    "good morning",
    "see you later",
    "happy birthday",
    "I love you",
    "no way",
    "hot dog",
    "top secret",
    "thank you",
    "pizza night",
    "New York",
]


def rev_unseen(rng: random.Random) -> list[dict[str, object]]:
    words = rng.sample(WORDS, len(REV_UNSEEN))
    phrases = rng.sample(PHRASES, len(PHRASES))
    items = []
    for (template, phrase_ok), word in zip(REV_UNSEEN, words, strict=True):
        operand = phrases.pop() if phrase_ok and phrases and rng.random() < 0.3 else word
        items.append(reversal_item(rng, template, operand, slice_=UNSEEN, category="reversal", typo_rate=0.05))
    return items


# ---------------------------------------------------------------- common keyword wordings

ADD_COMMON = [
    ("what is {a} plus {b}?", "x"),
    ("{a} + {b} = ?", "x"),
    ("add {a} and {b}", "x"),
    ("the sum of {a}, {b} and {c}", "x"),
    ("What's the total of {a} and {b}?", "x"),
    ("please add {b} to {a}", "x"),
    ("{a}+{b}", "x"),
    ("calculate {a} plus {b}", "x"),
    ("Find the sum of {a} and {b}.", "x"),
    ("what do {a} and {b} add up to?", "x"),
]
SUB_COMMON = [
    ("what is {a} minus {b}?", "x"),
    ("{a} - {b}", "x"),
    ("subtract {b} from {a}", "x"),
    ("Take {b} away from {a}.", "o"),
    ("{a} take away {b}", "r"),
    ("What is the difference between {a} and {b}?", "pabs"),
    ("decrease {a} by {b}", "x"),
    ("what is {b} less than {a}?", "o"),
    ("{a}-{b}=", "x"),
    ("compute {a} minus {b} minus {c}", "x"),
]
PAR_COMMON = [
    ("is {n} even?", "x"),
    ("Is {n} odd?", "x"),
    ("{n}: even or odd?", "x"),
    ("parity of {n}", "x"),
    ("tell me whether {n} is odd or even", "x"),
    ("is {n} divisible by 2?", "x"),
    ("Is {n} an even number?", "x"),
    ("check if {n} is odd", "x"),
    ("odd or even {n}", "x"),
    ("Determine if {n} is even.", "x"),
]
REV_COMMON = [
    ("reverse the word {w}", False),
    ("{w} backwards", True),
    ("spell {w} backwards", True),
    ("write {w} in reverse", True),
    ("what is {w} reversed?", True),
    ("reverse {w}", True),
    ("flip the letters of {w}", False),
    ("reverse the sentence {p}", True),
    ('can you reverse "{w}"', False),
    ("type {w} backwards please", True),
]
COMMON_WORDS = ["planet", "Ólafur", "coffee", "tiger", "Sébastien", "window", "ZEBRA", "12345", "guitar", "😀🎉"]
COMMON_PHRASES = ["the cat sat on the mat", "where is my phone", "we are going home", "what a day"]


def common(rng: random.Random) -> list[dict[str, object]]:
    items = []
    for task, templates in (("addition", ADD_COMMON), ("subtraction", SUB_COMMON), ("parity", PAR_COMMON)):
        for template, mode in templates:
            items.append(number_item(rng, task, mode, template, slice_=COMMON, category=task, typo_rate=0.05))
    words = rng.sample(COMMON_WORDS, len(COMMON_WORDS))
    phrases = rng.sample(COMMON_PHRASES, len(COMMON_PHRASES))
    for (template, phrase_ok), word in zip(REV_COMMON, words, strict=True):
        operand = phrases.pop() if "{p}" in template or (phrase_ok and rng.random() < 0.3) else word
        items.append(reversal_item(rng, template, operand, slice_=COMMON, category="reversal", typo_rate=0.05))
    return items


# ---------------------------------------------------------------- missing operand

MISSING_ADD = [
    "What's 48 plus?",
    "add 19 to",
    "Could you add these two up for me real quick?",
    "I want to know what 250 and ... together make",
    "sum up the numbers please",
]
MISSING_SUB = [
    "subtract 17 from",
    "what is 90 minus",
    "take 25 away please",
    "find the difference between 64 and",
    "Could you subtract for me? I'll give you the numbers in a sec",
]
MISSING_PAR = [
    "is my lucky number even?",
    "odd or even: the number I'm thinking of?",
    "tell me whether it's divisible by two",
    "Is this one odd or even:",
    "can you check if the number is even for me",
]
MISSING_REV = [
    "spell the word backwards for me",
    "reverse this word for me:",
    "write it back to front please",
    "Can you reverse the word I typed?",
    "what is the word reversed?",
]


# ---------------------------------------------------------------- refused lookalikes

REFUSE_ARITHMETIC = [
    "Each crate holds 36 apples. How many apples are in 14 crates?",
    "Bus tickets cost 3 euros each. What do 17 tickets come to?",
    "I jog 6 km every morning. How far do I run in 3 weeks?",
    "We have 144 cupcakes for 12 tables. How many cupcakes go on each table?",
    "Split a 252 dollar dinner bill evenly among 7 friends: what does each person pay?",
    "My last four quiz scores were 72, 88, 91 and 79. What's my average?",
    "What is 18% of 2,450?",
    "A 480 dollar phone is 15% off. What's the sale price?",
    "The garden is 12 m by 7 m. How many square metres is that?",
    "A car uses 7 litres per 100 km. How much fuel do I need for 650 km?",
    "I put away 35 a week. How many weeks until I have 910?",
    "Three friends are 14, 17 and 20 years old. What's their mean age?",
    "If one pizza feeds 3 people, how many pizzas do we need for 27 guests?",
    "Double 4,815 for me.",
    "What's half of 9,030?",
]
REFUSE_NUMBER_QUESTION = [
    "Which is bigger, 7,802 or 7,820?",
    "Is 1,000,001 larger than 999,999?",
    "Maya is 31 and Leo is 29. Who is older?",
    "Which bag weighs more, the 450 g one or the 540 g one?",
    "Is 221 a prime number?",
    "Is 91 divisible by 7?",
    "Are 14 and 27 both even?",
    "Is 729 a perfect square?",
]
REFUSE_ODD_EVEN_SENSE = [
    "That's odd, my 3 o'clock meeting just disappeared from the calendar.",
    "Even with 8 hours of sleep I'm still tired.",
    "Any odd jobs for a 16 year old around here?",
    "Which is the odd one out: 4, 9, 16, 20?",
    "List the even numbers from 10 to 30.",
]
REFUSE_CHITCHAT = [
    "I have 3 cats and 2 dogs.",
    "We won the match 4 to 1 yesterday!",
    "My daughter turns 9 on Saturday.",
    "Just ran 10 km in 52 minutes.",
    "There are 27 students in my class.",
    "lol I just ate 4 donuts in a row",
    "I'm 33 and I still don't know what I want to do with my life.",
    "The mirror in room 12 is cracked.",
]
REFUSE_GENERAL = [
    "How do I get 3 kids to bed by 8?",
    "What's the best way to flip 12 pancakes at once?",
    "How do I reverse into a parking space with 2 cars on either side?",
    "How do I take 10 minutes off my 5k time?",
    "How do I mirror my 2 screens on a Mac?",
    "Should I add 2 eggs to the pancake batter or 3?",
    "Add 5 songs to my workout playlist.",
    "Can I take 2 ibuprofen with coffee?",
    "Reverse my last 2 card payments please.",
    "Flip a coin 3 times for me.",
    "What day of the week was 14 March 1998?",
    "What time is it in Sydney when it's 9 am in London?",
    "Is 2032 a leap year?",
    "Convert 17:45 to 12-hour time.",
    "What's the date 40 days after 2027-01-15?",
]
REFUSE_CODE = [
    "Write a Python function that returns whether n is odd.",
    "what does print(45 + 17) output in python?",
    "In JavaScript, how do I reverse a string like 'hello'?",
    "Give me an Excel formula that adds A1 and B1.",
]


def refuse() -> list[dict[str, object]]:
    return (
        literal_items(REFUSE_ARITHMETIC, "cousin-arithmetic", REFUSE)
        + literal_items(REFUSE_NUMBER_QUESTION, "cousin-number-question", REFUSE)
        + literal_items(REFUSE_ODD_EVEN_SENSE, "odd-even-other-sense", REFUSE)
        + literal_items(REFUSE_CHITCHAT, "chit-chat", REFUSE)
        + literal_items(REFUSE_GENERAL, "general-knowledge", REFUSE)
        + literal_items(REFUSE_CODE, "code-request", REFUSE)
    )


# ---------------------------------------------------------------- build


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    items = add_unseen(rng) + sub_unseen(rng) + par_unseen(rng) + rev_unseen(rng)
    items += common(rng)
    items += missing(MISSING_ADD, "addition") + missing(MISSING_SUB, "subtraction")
    items += missing(MISSING_PAR, "parity") + missing(MISSING_REV, "reversal")
    items += refuse()
    rows = make_rows(PREFIX, items, rng)
    validate(rows, PREFIX, missing_ok=True)
    distinct_from_other_sets(rows, OUT)
    return rows


if __name__ == "__main__":
    main(build, OUT)
