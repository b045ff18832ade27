"""Build heldout_phrasings2.jsonl: the second blind held-out set for issue 15 (single tasks in new wordings).

Held-out: report its scores only; nobody reads its prompts or this builder while developing.

Written blind by a third independent test writer from docs/TASKS.md, the eval README and blind_common.py only.
Seed 20261230, ids q0001... Slices: `common` (the contract's wordings with noise), `unseen-phrasing` (wordings a
keyword list would likely lack), `cousin` and `off-topic` (refusals). Missing operands have category
`missing-operand` and the slice of their wording. Every answer is computed here with Python integers and
blind_common's helpers.

    backend/.venv/bin/python backend/eval/build_heldout_phrasings2.py          # write
    backend/.venv/bin/python backend/eval/build_heldout_phrasings2.py --check  # validate only
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from pathlib import Path

import blind_common as bc

OUT = Path(__file__).resolve().parent / "heldout_phrasings2.jsonl"
SEED = 20261230
PREFIX = "q"

Item = dict[str, object]

# Examples quoted in issues 15 and 16 and the brief (none may be a prompt).
ISSUE_EXAMPLES = [
    "13 stamps in one album and 51 in another: how many stamps is that?",
    "can 681396 eggs fill egg boxes of two with none spare?",
    "write the letters of 'green tea' from end to start",
    "is the sum of 17 and 26 odd?",
    "reverse the result of 12 plus 30",
    "add 5 to 7 and tell me if the result is even",
    "reverse 27, then add 51 to it",
    "is 3284 backwards an even number?",
    "subtract 66 from 109 and reverse the digits of the result",
    "add 3 and 4, subtract 2, then tell me if it's even",
    "10 + 5 - 3",
    "what is 100 minus 20 plus 5",
    "is 6 + 3 even?",
    "multiply the sum of 2 and 3 by 4",
    "reverse the word cat and add 5 to it",
]

# "four hundred and twelve" would read as one number: never put "and" after a scale word before a word operand.
AMBIGUOUS_AND = re.compile(
    r"\b(?:hundred|thousand|million|billion) and (?:negative |minus )?(?:zero|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|a)\b",
    re.IGNORECASE,
)

# ---------------------------------------------------------------- in scope: templates (template, mode, category)

ADD_UNSEEN = [
    (
        "A library got {a} new books in spring and {b} in autumn. How many new books did it get that year?",
        "r",
        "word-problem",
    ),
    (
        "Priya scored {a} points in the first round and {b} in the second. What is her score over both rounds?",
        "r",
        "word-problem",
    ),
    (
        "The bus ride takes {a} minutes and the walk afterwards {b} minutes. How long is the whole trip?",
        "r",
        "word-problem",
    ),
    (
        "One jar holds {a} buttons, another holds {b}. If I tip them into one tin, how many buttons are in the tin?",
        "r",
        "word-problem",
    ),
    ("I paid {a} euros for boots and {b} euros for a coat. What did I spend altogether?", "r", "word-problem"),
    ("Our school has {a} girls and {b} boys. How many pupils is that in all?", "r", "word-problem"),
    (
        "A farmer picked {a} apples on Monday and {b} on Tuesday; how many apples were picked over the two days?",
        "r",
        "word-problem",
    ),
    ("combine {a} with {b}", "o", "synonym"),
    ("lump {a} and {b} together and give me the result", "o", "synonym"),
    ("tally up {a} and {b} for me", "o", "synonym"),
    ("top up {a} with another {b}, what's the new amount?", "o", "synonym"),
    ("augment {a} by {b}", "o", "synonym"),
    ("I'm curious what {a} and {b} come to when you put them together", "o", "indirect"),
    ("if I start with {a} and somebody hands me {b} more, where do I end up?", "r", "indirect"),
    ("how big does the pile get when {b} is thrown onto {a}?", "r", "indirect"),
    ("{a} and {b}: what do they make together?", "o", "operand-first"),
    ("{a}, {b}... combined that's how much?", "o", "operand-first"),
    ("yo whats {a} n {b} together", "o", "slang"),
    ("{a} with {b} on top, how much is that rn", "o", "slang"),
    ("Kindly combine {a} and {b} into one grand total.", "o", "polite"),
    ("Would you be so kind as to put {a} and {b} together and tell me the figure?", "o", "polite"),
]

SUB_UNSEEN = [
    ("I had {a} dollars and spent {b} on groceries. How much do I have left?", "r", "word-problem"),
    ("A tank holds {a} litres and {b} litres leak out. How much water remains?", "r", "word-problem"),
    ("The trail is {a} metres long and I've already walked {b}. How far is there still to go?", "r", "word-problem"),
    ("{a} tickets were printed and {b} were sold. How many are still unsold?", "r", "word-problem"),
    ("The village had {a} residents until {b} of them moved away. How many live there now?", "r", "word-problem"),
    ("My grandma is {a} and I am {b}. How many years older is she than me?", "s", "word-problem"),
    ("A book has {a} pages and I've read {b}. How many pages are left to read?", "r", "word-problem"),
    ("deduct {b} from {a}", "o", "synonym"),
    ("reduce {a} by {b}", "o", "synonym"),
    ("chop {b} off {a} and tell me what remains", "o", "synonym"),
    ("lower {a} by {b}, what do you get?", "o", "synonym"),
    ("how much bigger is {a} than {b}?", "o", "indirect"),
    ("by how much does {a} beat {b}?", "o", "indirect"),
    ("what's the gap between {a} and {b}?", "pabs", "indirect"),
    ("I need to know what's left once {b} is removed from {a}", "o", "indirect"),
    ("{a} and {b}: how far apart are they on a number line?", "pabs", "operand-first"),
    ("{a}, take off {b}, what's left?", "o", "operand-first"),
    ("{a} less {b} is what", "o", "slang"),
    ("whats left if u knock {b} off {a}", "o", "slang"),
    ("Please be so kind as to deduct {b} from {a}.", "o", "polite"),
    ("Work out how much remains when {b} is taken from {a}, please.", "o", "polite"),
]

PAR_UNSEEN = [
    ("I have {n} socks. Can they all be paired up with none left over?", "r", "real-world"),
    ("{n} students have to work in pairs. Will everyone get a partner?", "r", "real-world"),
    ("Can {n} cookies be shared equally between two kids without breaking any?", "r", "real-world"),
    ("If {n} dancers line up two by two, is anyone left standing alone at the end?", "r", "real-world"),
    (
        "Our street has the even house numbers on one side and the odd ones on the other. Which side is house {n} on?",
        "r",
        "real-world",
    ),
    ("Could a team of {n} players be split into two equal squads?", "r", "real-world"),
    ("does {n} split into two equal whole numbers?", "o", "synonym"),
    ("can {n} be halved without a fraction?", "o", "synonym"),
    ("would {n} be counted among the even numbers?", "x", "indirect"),
    ("I'm trying to figure out whether {n} is an odd number or not", "x", "indirect"),
    ("what kind of number is {n}: even or odd?", "x", "indirect"),
    ("my teacher asked if {n} is even; what should I answer?", "x", "indirect"),
    ("{n}: even?", "x", "operand-first"),
    ("{n}, is that one odd?", "x", "operand-first"),
    ("{n} - which one is it, odd or even", "o", "operand-first"),
    ("is {n} even or nah", "x", "slang"),
    ("yo is {n} odd or what", "x", "slang"),
    ("Kindly let me know whether {n} is even.", "x", "polite"),
]

REV_UNSEEN = [
    ("write {w} from right to left", "synonym"),
    ("mirror the letter order of {w}", "synonym"),
    ("turn {w} around letter by letter", "synonym"),
    ("spell {w} starting from its last letter", "synonym"),
    ("invert the letters of {w}", "synonym"),
    ("give me {w} back to front", "synonym"),
    ("what does {w} look like when read from the end?", "indirect"),
    ("how would {w} read if you began at its final letter?", "indirect"),
    ("I wonder what {w} turns into when spelled backward", "indirect"),
    ("A spy encodes each word by writing its letters last to first. How would she encode {w}?", "word-problem"),
    ("In our game you say every word from its last letter to its first. What do I say for {w}?", "word-problem"),
    ("{w}: last letter first, please", "operand-first"),
    ("{w} - now do it end to start", "operand-first"),
    ("flip {w} around fr", "slang"),
    ("gimme {w} but backwards lol", "slang"),
    ("Kindly write out {w} in reverse letter order.", "polite"),
]

ADD_COMMON = [
    ("what is {a} plus {b}?", "x"),
    ("{a} + {b}", "x"),
    ("{a}+{b}=?", "x"),
    ("add {a} and {b}", "x"),
    ("please add {a} to {b}", "x"),
    ("what's the sum of {a} and {b}", "x"),
    ("sum {a}, {b} and {c}", "x"),
    ("total of {a} and {b}?", "x"),
    ("{a} and {b} added together", "x"),
    ("what do {a} and {b} add up to?", "x"),
    ("increase {a} by {b}", "x"),
    ("what's {a} more than {b}", "x"),
    ("{a} pluss {b} =", "x"),
    ("ad {a} and {b} please", "x"),
    ("summ of {a} and {b}", "x"),
    ("calculate {a} plus {b} plus {c}", "x"),
    ("Could you add {a} and {b} for me?", "x"),
    ("{a} plus {b} equals what", "x"),
]

SUB_COMMON = [
    ("what is {a} minus {b}?", "x"),
    ("{a} - {b}", "x"),
    ("{a} − {b} = ?", "x"),
    ("{a}-{b}", "x"),
    ("subtract {b} from {a}", "x"),
    ("take {b} away from {a} please", "x"),
    ("{a} take away {b}", "x"),
    ("decrease {a} by {b}", "o"),
    ("{a} decreased by {b} is?", "o"),
    ("what's {b} less than {a}?", "x"),
    ("the difference between {a} and {b}", "xabs"),
    ("{a} minus {b} minus {c}", "x"),
    ("minus {a} minus {b}", "om1"),
    ("{a} minus minus {b}", "omm"),
    ("{a} mnius {b}", "x"),
    ("substract {b} from {a}", "x"),
    ("tkae {b} away from {a}", "o"),
    ("what's the diference between {a} and {b}", "xabs"),
]

PAR_COMMON = [
    ("hey is {n} even?", "x"),
    ("is {n} odd", "x"),
    ("{n} even or odd?", "x"),
    ("odd or even? {n}", "x"),
    ("parity of {n}", "x"),
    ("tell me whether {n} is odd", "x"),
    ("is {n} divisible by 2", "x"),
    ("is {n} a multiple of two?", "x"),
    ("is {n} evn?", "x"),
    ("Is {n} an even number?", "x"),
    ("check if {n} is odd", "x"),
    ("what's the parity of {n}", "x"),
]

REV_COMMON = [
    "reverse the word {w}",
    "reverse {w}",
    "{w} backwards",
    "spell {w} backwards",
    "write {w} in reverse",
    "what is {w} reversed?",
    "flip the letters of {w}",
    "reverse the phrase {p}",
    "reverse the text {p}",
    "revers the word {w}",
    "spell {w} backwrds please",
    "can you reverse {w}",
]

WORDS = [
    "lantern",
    "Saturday",
    "pancake",
    "marmalade",
    "thunderstorm",
    "OpenSesame",
    "hedgehog",
    "Brooklyn",
    "flamingo",
    "snowflake",
    "quokka",
    "Mississippi",
    "xylophone",
    "zeppelin",
    "crème",
    "naïve",
    "jalapeño",
    "Zürich",
    "smörgåsbord",
    "Ærøskøbing",
    "cafe\u0301",
    "périphérique",
    "добрый",
    "مرحبا",
    "γάτα",
    "नमस्ते",
    "สวัสดี",
    "தமிழ்",
    "東京タワー",
    "사랑해",
    "🚀🌙",
    "👩🏾\u200d💻",
    "🇯🇵🇧🇷",
    "2049",
    "80731",
    "McGregor",
    "wHiStLe",
    "cinnamon",
    "kumquat",
    "Valparaíso",
    "bergamot",
    "tortoise",
]
PHRASES = [
    "see you soon",
    "open the gate",
    "happy birthday Lena",
    "rain or shine",
    "two cups of tea",
    "hasta mañana",
    "top of the morning",
    "mind the gap",
    "over the moon",
    "bonne nuit",
]
SENTENCES = ["we left at dawn", "the owl sleeps all day", "my kite is red", "dogs bark at night", "bring a warm coat"]
SENTENCES += ["the bus was late again", "she sings in the choir", "pears are ripe now"]

# ---------------------------------------------------------------- missing operands (template, task, slice)

MISSING = [
    ("what's {a} plus", "addition", "common"),
    ("add these two numbers together for me", "addition", "common"),
    ("what is the sum of {a} and", "addition", "common"),
    ("combine {a} with something, I forgot the other number", "addition", "unseen-phrasing"),
    ("can you tell me if my number is even or odd", "parity", "common"),
    ("is that number odd?", "parity", "common"),
    ("can this many be split into pairs?", "parity", "unseen-phrasing"),
    ("write the word backwards for me", "reversal", "common"),
    ("spell that backwards for me", "reversal", "common"),
    ("mirror the letters of this word please", "reversal", "unseen-phrasing"),
    ("how much is {a} minus?", "subtraction", "common"),
    ("subtract {a} from", "subtraction", "common"),
    ("can you take {a} away", "subtraction", "common"),
    ("deduct {a} please", "subtraction", "unseen-phrasing"),
]

# ---------------------------------------------------------------- refusals

COUSIN: dict[str, list[str]] = {
    "cousin-arithmetic": [
        "what is 14 times 23?",
        "multiply 36 by 7",
        "divide 1476 by 12",
        "what's 3 to the power of 5",
        "what is 19 squared",
        "square root of 729",
        "what's 15% of 240",
        "average of 12, 30 and 57",
        "what is 47 mod 6",
        "compute 7 factorial",
        "half of 386",
        "double 4417",
        "triple 28 please",
        "round 3468 to the nearest hundred",
        "what is 2.75 plus 1.5",
        "9.3 minus 4.1",
        "1/3 plus 1/6",
        "add all the whole numbers from 1 to 40",
        "sum of the digits of 58213",
        "(12 + 8) * 3",
        "Each of 6 shelves holds 14 books. How many books are there altogether?",
        "A pizza is cut into 8 slices and shared by 4 kids. How many slices does each kid get?",
        "A jacket costs 60 dollars and is 25% off. What do I pay?",
        "4 tickets cost 9 dollars each; what's the total cost?",
        "how many times does 7 go into 91",
        "convert 5 miles to kilometres",
        "what's 2e3 plus 5",
        "what is 0x1F plus 1",
        "what is the product of 11 and 13",
        "what's 1000 divided by 8 minus 3",
    ],
    "cousin-number-question": [
        "is 51 a prime number?",
        "is 48 divisible by 6",
        "is 169 a perfect square?",
        "which is bigger, 702 or 720?",
        "is 7 plus 8 greater than 14?",
        "are 38 and 52 both even numbers?",
        "is 7.5 odd or even",
        "is 45 a multiple of 9?",
        "is 300 less than 299?",
        "what's the smallest of 18, 4 and 33",
        "is 64 a cube number",
        "is -3 negative?",
    ],
    "cousin-word-op": [
        "count the vowels in banana",
        "uppercase the word lantern",
        "is racecar a palindrome",
        "how do you say butterfly in Portuguese",
        "find me a rhyme for purple",
        "sort the letters of plate alphabetically",
        "give me an anagram of the word silent",
        "reverse the order of the words in 'one two three'",
        "reverse the list 4, 9, 1",
        "how many letters are in encyclopedia",
        "capitalise every word in 'the old man'",
        "define the word serendipity",
        "spell necessary for me",
        "does the word noon read identically from both ends?",
    ],
    "odd-even-other-sense": [
        "I find it odd that my plant keeps dying",
        "so after I paid you back we're even, yeah?",
        "find the odd one out: apple, pear, carrot",
        "what are odd jobs?",
        "give me the even numbers from 10 to 30",
        "list all odd numbers below 15",
        "how do I get even with my annoying brother",
    ],
    "other-sense": [
        "how do I add a printer on Windows",
        "should I add salt to pasta water",
        "what's the difference between a violin and a viola",
        "subtract the vocals from this song",
        "minus the drama, how was your weekend?",
        "what's the difference between iPhone 14 and iPhone 15",
        "is there a takeaway open near the station",
        "what is addition?",
    ],
    "code-request": [
        "write a Python function that returns the sum of a list",
        "how do I reverse a string in Go",
        "JavaScript one-liner to check whether a number is odd",
        "SQL query to subtract two date columns",
        "Excel formula to add A1 and B1",
        "what does x % 2 == 1 do in C?",
        "regex that matches only even numbers",
        "write a bash script that adds two numbers",
    ],
}

OFF_TOPIC = [
    "what's the capital of Mongolia",
    "how long do I boil an egg to get a jammy yolk",
    "recommend a podcast about space",
    "why do cats knead blankets?",
    "my wifi keeps dropping, any ideas?",
    "write me a limerick about a goose",
    "good evening, how was your day",
    "who painted the ceiling of the Sistine Chapel?",
    "what's a good name for a goldfish",
    "qwpeoiru zmxnbv",
    "?!?!?!...",
    "🐙🐙🐙",
    "asdfjkl;",
    "lorem ipsum dolor",
    "how many moons does Jupiter have",
    "what time zone is Lisbon in",
    "can you help me plan a birthday party",
    "is it going to snow tomorrow",
    "what's your favourite colour?",
    "explain photosynthesis to a ten-year-old",
    "who won the world cup in 2010",
    "tell me something cheerful",
    "how do I unclog a drain",
    "bonjour, ça va ?",
    "what does a bassoon sound like",
    "suggest a vegetarian dinner",
    "zzzzz",
    "hmm let me think about it",
    "thanks, that's all for today",
    "what's the tallest mountain in Africa",
    "how do magnets work",
    "are you a real person or a bot?",
    "good night, off to bed now!",
    "kjh kjh kjh",
    "what should I read next",
]

# ---------------------------------------------------------------- builders


def retry(rng: random.Random, make: Callable[[], Item]) -> Item:
    for _ in range(100):
        item = make()
        if not AMBIGUOUS_AND.search(str(item["prompt"])):
            return item
    raise AssertionError("no unambiguous draw")


def cycle(templates: list, n: int) -> list:
    return [templates[i % len(templates)] for i in range(n)]


def numeric(rng: random.Random, task: str, specs: list, n: int, *, slice_: str, typo_rate: float) -> list[Item]:
    out = []
    for spec in cycle(specs, n):
        template, mode = spec[0], spec[1]
        kind = spec[2] if len(spec) > 2 else None
        category = task if kind is None else f"{task}-{kind}"
        out.append(
            retry(
                rng,
                lambda t=template, m=mode, c=category: bc.number_item(
                    rng, task, m, t, slice_=slice_, category=c, typo_rate=typo_rate
                ),
            )
        )
    return out


_DECK: list[str] = []
_PHRASE_DECK: list[str] = []


def next_word(rng: random.Random, words: list[str], deck: list[str]) -> str:
    """Every item of `words` once, in a drawn order, before any comes again."""
    if not deck:
        deck.extend(rng.sample(words, len(words)))
    return deck.pop()


def reversals(rng: random.Random, specs: list, n: int, *, slice_: str, typo_rate: float) -> list[Item]:
    out = []
    for spec in cycle(specs, n):
        template, kind = (spec, None) if isinstance(spec, str) else spec
        category = "reversal" if kind is None else f"reversal-{kind}"
        if "{p}" in template:
            operand = rng.choice(SENTENCES)
        elif rng.random() < 0.3:
            operand = next_word(rng, PHRASES, _PHRASE_DECK)
        else:
            operand = next_word(rng, WORDS, _DECK)
        rate = 0.0 if "{p}" in template else typo_rate  # a slip in "the phrase" would blur where the phrase starts
        out.append(bc.reversal_item(rng, template, operand, slice_=slice_, category=category, typo_rate=rate))
    return out


def missing_items(rng: random.Random) -> list[Item]:
    out = []
    for template, task, slice_ in MISSING:
        value = bc.numbers(rng, 1, real=True)[0]
        shown = bc.render(value, bc.pick_style(rng, value, bc.REAL_STYLES))
        prompt = bc.fill(bc.dress(rng, template, True, 0.0), {"a": shown})
        out.append({"prompt": prompt, "task": task, "answer": None, "category": "missing-operand", "slice": slice_})
    return out


def build() -> list[Item]:
    rng = random.Random(SEED)
    _DECK.clear()
    _PHRASE_DECK.clear()
    items: list[Item] = []
    items += numeric(rng, "addition", ADD_UNSEEN, 25, slice_="unseen-phrasing", typo_rate=0.0)
    items += numeric(rng, "subtraction", SUB_UNSEEN, 25, slice_="unseen-phrasing", typo_rate=0.0)
    items += numeric(rng, "parity", PAR_UNSEEN, 22, slice_="unseen-phrasing", typo_rate=0.0)
    items += reversals(rng, REV_UNSEEN, 22, slice_="unseen-phrasing", typo_rate=0.0)
    items += numeric(rng, "addition", ADD_COMMON, 22, slice_="common", typo_rate=0.04)
    items += numeric(rng, "subtraction", SUB_COMMON, 22, slice_="common", typo_rate=0.04)
    items += numeric(rng, "parity", PAR_COMMON, 21, slice_="common", typo_rate=0.04)
    items += reversals(rng, REV_COMMON, 22, slice_="common", typo_rate=0.04)
    items += missing_items(rng)
    for category, prompts in COUSIN.items():
        items += bc.literal_items(prompts, category, "cousin")
    items += bc.literal_items(OFF_TOPIC, "off-topic", "off-topic")
    rows = bc.make_rows(PREFIX, items, rng)
    check(rows)
    return rows


# ---------------------------------------------------------------- validation

PLACEHOLDER = {"addition": "0", "subtraction": "0", "parity": "even", "reversal": "x"}


def check(rows: list[Item]) -> None:
    """blind_common.validate, with missing operands (answer null, an in-scope task) allowed."""
    shown = []
    for row in rows:
        if row["category"] == "missing-operand":
            assert row["answer"] is None and row["task"] in PLACEHOLDER, row
            shown.append({**row, "answer": PLACEHOLDER[str(row["task"])]})
        else:
            assert (row["task"] == "unsupported") == (row["slice"] in ("cousin", "off-topic")), row
            shown.append(row)
        assert row["task"] != "chain", row
        assert not AMBIGUOUS_AND.search(str(row["prompt"])), row
    bc.validate(shown, PREFIX, ISSUE_EXAMPLES)
    bc.distinct_from_other_sets(rows, OUT)
    # No prompt is a chain: no + / plus together with a minus, no parity of an expression.
    for row in rows:
        text = str(row["prompt"]).lower()
        if row["task"] == "parity":
            assert not re.search(r"\bplus\b|\bminus\b|\d\s*[-+−]\s*\d", text), row
        if row["task"] in ("addition", "subtraction"):
            assert not (re.search(r"\bplus\b|\+", text) and re.search(r"\bminus\b|−|\d\s*-\s*\d", text)), row
    in_scope = [r for r in rows if r["task"] != "unsupported"]
    unseen = sum(r["slice"] == "unseen-phrasing" for r in in_scope)
    assert 0.4 <= unseen / len(in_scope) <= 0.6, unseen
    assert 0.30 <= (len(rows) - len(in_scope)) / len(rows) <= 0.40


if __name__ == "__main__":
    bc.main(build, OUT)
