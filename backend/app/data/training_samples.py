"""The deterministic synthetic dataset the classifier is trained on.

Thousands of prompts are generated from templates with varied wording, operands, casing, filler and typos,
for every task label, plus negatives for "unsupported": the close cousins of each skill (other arithmetic,
other questions about numbers, other word operations), chit-chat, general questions, code requests and
gibberish. Everything is drawn from one seeded ``random.Random``, so the same seed gives the same data.

The held-out evaluation set (backend/eval/) was written separately and is never read here.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable
from dataclasses import dataclass

from app.skills import TASK_LABELS, UNSUPPORTED


@dataclass(frozen=True)
class Sample:
    prompt: str
    task: str


@dataclass(frozen=True)
class Dataset:
    train: list[Sample]
    validation: list[Sample]


Rng = random.Random

# --------------------------------------------------------------------------------------------------------
# Operands
# --------------------------------------------------------------------------------------------------------
_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def number_words(n: int, rng: Rng) -> str:
    """English words for 0 <= n < 10**12, with the usual spelling variants."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] if ones == 0 else _TENS[tens] + rng.choice(["-", " "]) + _ONES[ones]
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = rng.choice(["a hundred", "one hundred"]) if hundreds == 1 else _ONES[hundreds] + " hundred"
        return head if rest == 0 else head + rng.choice([" and ", " "]) + number_words(rest, rng)
    for size, name in ((10**9, "billion"), (10**6, "million"), (1000, "thousand")):
        if n >= size:
            count, rest = divmod(n, size)
            head = number_words(count, rng) + " " + name
            return head if rest == 0 else head + " " + number_words(rest, rng)
    raise AssertionError("unreachable")


def spelled_number(rng: Rng) -> str:
    n = rng.choice(
        [
            rng.randint(0, 20),
            rng.randint(0, 99),
            rng.randint(0, 99),
            rng.randint(100, 999),
            rng.randint(1000, 99999),
            rng.randint(1, 9) * 10 ** rng.choice([6, 9]),
        ]
    )
    return number_words(n, rng)


def integer(rng: Rng, allow_words: bool = True) -> str:
    """One integer as a user might write it."""
    kind = rng.random()
    if allow_words and kind < 0.3:
        word = spelled_number(rng)
        return rng.choice(["negative ", "minus "]) + word if rng.random() < 0.15 else word
    if kind < 0.55:
        value = str(rng.randint(0, 99))
    elif kind < 0.8:
        value = str(rng.randint(100, 99999))
    elif kind < 0.9:
        value = f"{rng.randint(1000, 9_999_999):,}"
    else:
        value = str(rng.randint(10**9, 10**40))
    if rng.random() < 0.15:
        value = "-" + value
    return value


def integers(rng: Rng, count: int) -> list[str]:
    return [integer(rng) for _ in range(count)]


def join_list(items: list[str], rng: Rng) -> str:
    if len(items) == 2:
        return f"{items[0]} {rng.choice(['and', 'and', '&', ','])} {items[1]}".replace(" ,", ",")
    separator = rng.choice([", ", ", ", " , ", " and "])
    last = rng.choice([" and ", ", and ", ", ", " & "])
    return separator.join(items[:-1]) + last + items[-1]


def decimal(rng: Rng) -> str:
    return rng.choice(
        [
            f"{rng.randint(0, 99)}.{rng.randint(1, 99)}",
            f"{rng.randint(1, 9)}/{rng.randint(2, 9)}",
            f"{rng.randint(1, 9)}e{rng.randint(1, 5)}",
            f"0x{rng.randint(16, 4000):x}",
            f"{rng.randint(1, 9)}.5",
            f"0.{rng.randint(1, 999)}",
        ]
    )


_COMMON_WORDS = [
    "hello",
    "world",
    "python",
    "banana",
    "stressed",
    "desserts",
    "level",
    "kayak",
    "racecar",
    "keyboard",
    "mountain",
    "river",
    "planet",
    "coffee",
    "sunshine",
    "elephant",
    "giraffe",
    "orange",
    "purple",
    "window",
    "garden",
    "friday",
    "monday",
    "summer",
    "winter",
    "pencil",
    "notebook",
    "music",
    "guitar",
    "dragon",
    "castle",
    "rocket",
    "silver",
    "golden",
    "ocean",
    "forest",
    "apple",
    "lemon",
    "tomato",
    "potato",
    "chocolate",
    "butterfly",
    "computer",
    "network",
    "science",
    "history",
    "library",
    "teacher",
    "student",
    "doctor",
    "pizza",
    "pasta",
    "cheese",
    "bread",
    "laptop",
    "phone",
    "table",
    "chair",
    "house",
    "street",
    "bridge",
    "tiger",
    "lion",
    "zebra",
    "monkey",
    "parrot",
    "rabbit",
    "turtle",
    "yellow",
    "green",
    "happy",
    "sad",
    "quick",
    "brown",
    "fox",
    "lazy",
    "dog",
    "jumps",
    "over",
    "algorithm",
    "reasoning",
    "model",
    "tiny",
    "language",
    "learning",
    "neural",
    "stars",
    "moon",
    "racecar",
    "madam",
    "noon",
    "civic",
    "radar",
    "refer",
    "rotor",
]
_FOREIGN_WORDS = [
    "café",
    "naïve",
    "jalapeño",
    "über",
    "façade",
    "résumé",
    "crème",
    "mañana",
    "привет",
    "мир",
    "日本語",
    "こんにちは",
    "안녕하세요",
    "مرحبا",
    "שלום",
    "γεια",
    "straße",
    "ñandú",
    "smörgåsbord",
    "zürich",
    "piñata",
    "кошка",
    "北京",
    "ありがとう",
]
_EMOJI = ["👍🏽", "👨‍👩‍👧", "🇫🇷", "🙂", "🚀", "❤️", "🐍", "🎉"]


def word(rng: Rng) -> str:
    kind = rng.random()
    if kind < 0.6:
        return rng.choice(_COMMON_WORDS)
    if kind < 0.75:
        return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(2, 14)))
    if kind < 0.88:
        return rng.choice(_FOREIGN_WORDS)
    if kind < 0.94:
        return rng.choice(_EMOJI) + rng.choice(["", rng.choice(_COMMON_WORDS), rng.choice(_EMOJI)])
    return rng.choice(
        [
            str(rng.randint(10, 10**8)),
            rng.choice(_COMMON_WORDS).capitalize(),
            rng.choice(_COMMON_WORDS) + str(rng.randint(1, 99)),
            "R2D2",
            "abc123",
            "C3PO",
            rng.choice(_COMMON_WORDS).upper(),
            rng.choice(_COMMON_WORDS) + "-" + rng.choice(_COMMON_WORDS),
        ]
    )


def phrase(rng: Rng) -> str:
    return " ".join(word(rng) if rng.random() < 0.3 else rng.choice(_COMMON_WORDS) for _ in range(rng.randint(2, 5)))


_QUOTES = [('"', '"'), ("'", "'"), ("“", "”"), ("‘", "’"), ("«", "»")]


def quoted(text: str, rng: Rng) -> str:
    left, right = rng.choice(_QUOTES)
    return left + text + right


def word_operand(rng: Rng) -> str:
    """A reversal operand: a bare word, a quoted word, or a quoted phrase."""
    kind = rng.random()
    if kind < 0.5:
        return word(rng)
    if kind < 0.75:
        return quoted(word(rng), rng)
    return quoted(phrase(rng), rng)


# --------------------------------------------------------------------------------------------------------
# Filler, casing and typos: the same request dressed the way people actually type.
# --------------------------------------------------------------------------------------------------------
_PREFIXES = [
    "",
    "",
    "",
    "",
    "please ",
    "please, ",
    "hey, ",
    "hi! ",
    "quick one: ",
    "quick question: ",
    "can you tell me ",
    "could you tell me ",
    "i need to know: ",
    "ok so ",
    "question: ",
    "yo ",
    "help me: ",
    "task: ",
    "hello, ",
    "i was wondering, ",
    "tell me, ",
    "math question: ",
    "one more: ",
    "so ",
    "hmm, ",
    "urgent: ",
    "for my homework: ",
    "q: ",
]
_SUFFIXES = [
    "",
    "",
    "",
    "",
    "?",
    "??",
    "!",
    ".",
    " please",
    " please?",
    ", thanks",
    " thank you",
    " step by step",
    ", step by step",
    " - show your reasoning",
    " and show your work",
    ", explain your steps",
    " (show the steps)",
    " with explanation",
    " quickly",
    " asap",
    ". walk me through it",
    ", think step by step",
    " :)",
    " thx",
    " pls",
    ", reason it out",
]


def dress(text: str, rng: Rng) -> str:
    """Add filler, then vary casing and insert a typo now and then."""
    text = rng.choice(_PREFIXES) + text + rng.choice(_SUFFIXES)
    if rng.random() < 0.3:
        text = typo(text, rng)
    casing = rng.random()
    if casing < 0.06:
        text = text.upper()
    elif casing < 0.4:
        text = text[:1].upper() + text[1:]
    elif casing < 0.45:
        text = text.title()
    if rng.random() < 0.05:
        text = text.replace(" ", "  ")
    return text


_TYPO_PRONE_KEYWORDS = frozenset(
    [
        "plus",
        "add",
        "sum",
        "total",
        "added",
        "increase",
        "more",
        "even",
        "odd",
        "parity",
        "divisible",
        "multiple",
        "reverse",
        "reversed",
        "backwards",
        "backward",
        "flip",
        "letters",
        "spell",
        "minus",
        "times",
        "divided",
        "multiply",
        "subtract",
        "product",
        "power",
        "square",
        "root",
        "average",
        "prime",
        "uppercase",
        "count",
        "palindrome",
        "translate",
        "sort",
    ]
)


def typo(text: str, rng: Rng) -> str:
    """One keyboard slip inside a word of three or more letters (not inside numbers or quotes)."""
    words = text.split(" ")
    candidates = [i for i, w in enumerate(words) if len(w) >= 3 and w.isalpha() and w.isascii()]
    keywords = [i for i in candidates if words[i].lower() in _TYPO_PRONE_KEYWORDS]
    if keywords and rng.random() < 0.6:  # slips in the words that decide the task matter most
        candidates = keywords
    if not candidates:
        return text
    index = rng.choice(candidates)
    chars = list(words[index])
    position = rng.randrange(1, len(chars))
    kind = rng.random()
    if kind < 0.3:
        chars[position - 1], chars[position] = chars[position], chars[position - 1]
    elif kind < 0.55:
        del chars[position]
    elif kind < 0.8:
        chars.insert(position, chars[position])
    else:
        chars[position] = rng.choice(string.ascii_lowercase)
    words[index] = "".join(chars)
    return " ".join(words)


def pick(rng: Rng, templates: list[str], **slots: Callable[[], str]) -> str:
    template = rng.choice(templates)
    values = {name: make() for name, make in slots.items() if "{" + name + "}" in template}
    return template.format(**values)


# --------------------------------------------------------------------------------------------------------
# addition
# --------------------------------------------------------------------------------------------------------
_ADD_TWO = [
    "what is {a} plus {b}",
    "what's {a} plus {b}",
    "whats {a} + {b}",
    "{a} + {b}",
    "{a}+{b}",
    "{a} + {b} =",
    "{a}+{b}=?",
    "{a} plus {b}",
    "{a} plus {b} equals",
    "{a} plus {b} is what",
    "add {a} and {b}",
    "add {a} to {b}",
    "please add {a} and {b}",
    "can you add {a} and {b}",
    "add up {a} and {b}",
    "add together {a} and {b}",
    "what is the sum of {a} and {b}",
    "sum of {a} and {b}",
    "the sum of {a} and {b}",
    "find the sum of {a} and {b}",
    "sum {a} and {b}",
    "total of {a} and {b}",
    "what is the total of {a} and {b}",
    "{a} and {b} added together",
    "what do {a} and {b} add up to",
    "what does {a} plus {b} make",
    "how much is {a} plus {b}",
    "how much is {a} + {b}",
    "calculate {a} + {b}",
    "compute {a} plus {b}",
    "evaluate {a} + {b}",
    "solve {a} + {b}",
    "what do you get when you add {a} and {b}",
    "if you add {a} to {b} what do you get",
    "increase {a} by {b}",
    "{a} increased by {b}",
    "what is {a} more than {b}",
    "tell me {a} plus {b}",
    "i need {a} plus {b}",
    "{a} plus {b}, what's that",
    "work out {a} + {b}",
    "figure out {a} plus {b}",
    "what's the answer to {a} + {b}",
    "{a} add {b}",
    "plus {a} and {b}",
    "combine {a} and {b} by adding them",
    "what is the result of adding {a} and {b}",
    "addition: {a} and {b}",
    "{a} + {b} = ?",
    "what is {a}+{b}?",
    "answer this: {a} + {b}",
    "can you explain {a} plus {b} step by step",
    "sum: {a}, {b}",
    "what number is {a} plus {b}",
    "increase {a} by {b}",
    "what is {a} increased by {b}",
    "{a} more than {b}",
    "what's {a} more than {b}",
    "add {a} onto {b}",
    "{a} added to {b}",
    "what is {a} added to {b}",
    "put {a} and {b} together",
    "{a} and {b} combined",
    "what is {a} and {b} added up",
    "how much do {a} and {b} make together",
    "what's the sum when you add {a} and {b}",
    "give me the sum of {a} and {b}",
    "sum up {a} and {b}",
    "total {a} and {b}",
    "the total of {a} plus {b}",
    "please compute {a}+{b}",
    "{a}+{b} equals what",
    "if i add {a} and {b} what do i get",
    "i have {a} and add {b}, what's the result",
    "{a} plus {b} equals ?",
    "what does {a} + {b} equal",
    "what is {a} plus {b} equal to",
    "{a} plus {b}?",
    "calc {a}+{b}",
    "hey what's {a} plus {b}",
    "tell me the sum: {a} + {b}",
    "{a} + {b} is?",
    "add {a} with {b}",
]
# A sign written as a word starts an operand: "5 plus minus 3" is an addition, "5 minus 3" is not.
_ADD_SIGNED = [
    "{a} plus minus {b}",
    "{a} + minus {b}",
    "{a} plus negative {b}",
    "{a} + negative {b}",
    "minus {a} plus {b}",
    "negative {a} plus {b}",
    "what is minus {a} + {b}",
    "{a} + -{b}",
    "-{a} + {b}",
    "{a} plus -{b}",
    "what is {a} plus minus {b}",
    "add minus {a} and {b}",
    "add {a} and negative {b}",
    "sum of minus {a} and {b}",
    "minus {a} + minus {b}",
    "negative {a} plus negative {b}",
    "{a} plus (minus {b})",
    "{a} + (-{b})",
]
_ADD_MANY = [
    "what is {list_plus}",
    "{list_plus}",
    "{list_sym}",
    "add {list}",
    "add up {list}",
    "sum of {list}",
    "the sum of {list}",
    "what is the sum of {list}",
    "total of {list}",
    "find the total of {list}",
    "sum {list}",
    "add together {list}",
    "what do {list} add up to",
    "calculate {list_sym}",
    "please add these numbers: {list}",
    "add the numbers {list}",
    "what's the total when you add {list}",
    "give me the sum of {list}",
    "sum up {list}",
    "what is the total of {list}",
    "total: {list}",
    "can you add {list} together",
    "{list} added together",
    "add all of these: {list}",
]
_ADD_MISSING = [
    "what is {a} plus",
    "what is {a} plus?",
    "{a} plus",
    "{a} +",
    "add {a}",
    "add {a} and",
    "add these numbers",
    "add two numbers for me",
    "can you add some numbers",
    "sum of",
    "what is the sum",
    "what is the sum of",
    "add",
    "plus",
    "please add",
    "i want to add numbers",
    "what's plus what",
    "add it up",
    "what is the total",
    "add the numbers",
    "sum these up",
    "add {a} to",
]


def addition_prompt(rng: Rng) -> str:
    kind = rng.random()
    if kind < 0.08:
        return dress(pick(rng, _ADD_MISSING, a=lambda: integer(rng)), rng)
    if kind < 0.18:
        return dress(pick(rng, _ADD_SIGNED, a=lambda: integer(rng), b=lambda: integer(rng)), rng)
    if kind < 0.75:
        return dress(pick(rng, _ADD_TWO, a=lambda: integer(rng), b=lambda: integer(rng)), rng)
    numbers = integers(rng, rng.randint(3, 7))
    return dress(
        pick(
            rng,
            _ADD_MANY,
            list=lambda: join_list(numbers, rng),
            list_plus=lambda: " plus ".join(numbers),
            list_sym=lambda: rng.choice([" + ", "+"]).join(numbers),
        ),
        rng,
    )


# --------------------------------------------------------------------------------------------------------
# parity
# --------------------------------------------------------------------------------------------------------
_PARITY = [
    "is {n} even",
    "is {n} odd",
    "is {n} even or odd",
    "is {n} odd or even",
    "even or odd: {n}",
    "odd or even: {n}",
    "{n}: even or odd?",
    "{n} even or odd",
    "{n} odd or even?",
    "parity of {n}",
    "what is the parity of {n}",
    "what's the parity of {n}",
    "tell me if {n} is even",
    "tell me if {n} is odd",
    "tell me whether {n} is even or odd",
    "check if {n} is even",
    "check whether {n} is odd",
    "is the number {n} even",
    "is the number {n} odd",
    "would {n} be even or odd",
    "is {n} an even number",
    "is {n} an odd number",
    "determine if {n} is even or odd",
    "determine the parity of {n}",
    "is {n} divisible by 2",
    "is {n} divisible by two",
    "is {n} a multiple of 2",
    "is {n} a multiple of two",
    "{n} - even or odd?",
    "even/odd: {n}",
    "{n} even?",
    "{n} odd?",
    "is {n} evenly divisible by 2",
    "find out whether {n} is even",
    "do you know if {n} is odd",
    "classify {n} as even or odd",
    "even or odd? {n}",
    "which is {n}, even or odd",
    "say whether {n} is odd or even",
    "is {n} even, yes or no",
    "can {n} be divided by 2 evenly",
    "does {n} divide by 2",
    "{n} - is it even",
    "is {n} even? explain",
    "odd or even {n}",
    "parity check: {n}",
    "is the integer {n} even",
    "{n} is even or odd?",
    "{n} is odd, right?",
    "{n} is even, right",
    "i think {n} is odd, am i right",
    "is {n} even or is it odd",
    "tell me the parity of {n}",
    "what parity does {n} have",
    "is the parity of {n} even or odd",
    "would you say {n} is even",
    "check the parity of {n}",
    "{n} - odd?",
    "odd/even: {n}",
    "is {n} an odd or even number",
    "even or odd number: {n}",
    "decide if {n} is odd or even",
    "is {n} evenly divisible by two",
    "can {n} be split into two equal whole numbers",
    "is {n} divisible by 2 or not",
]
_PARITY_MISSING = [
    "is it even",
    "is it odd",
    "even or odd?",
    "odd or even",
    "is this number even",
    "parity of",
    "what is the parity",
    "check if even",
    "tell me if the number is odd",
    "is the number even or odd",
    "even or odd: ",
    "what's the parity of the number",
    "is my number odd",
]


def parity_prompt(rng: Rng) -> str:
    if rng.random() < 0.07:
        return dress(rng.choice(_PARITY_MISSING), rng)
    return dress(pick(rng, _PARITY, n=lambda: integer(rng)), rng)


# --------------------------------------------------------------------------------------------------------
# reversal
# --------------------------------------------------------------------------------------------------------
_REVERSAL = [
    "reverse the word {w}",
    "reverse {w}",
    "{w} backwards",
    "{w} backward",
    "spell {w} backwards",
    "spell {w} backward",
    "write {w} in reverse",
    "write {w} backwards",
    "what is {w} reversed",
    "what's {w} backwards",
    "flip the letters of {w}",
    "flip {w}",
    "reverse the letters in {w}",
    "reverse the letters of {w}",
    "can you reverse {w}",
    "{w} reversed",
    "{w} reversed?",
    "what is {w} spelled backwards",
    "reverse this word: {w}",
    "reverse the string {w}",
    "turn {w} around",
    "read {w} backwards",
    "write the word {w} backwards",
    "mirror the word {w}",
    "give me {w} in reverse",
    "reverse the order of the letters in {w}",
    "reverse: {w}",
    "{w} -> reverse",
    "reverse the text {w}",
    "how do you spell {w} backwards",
    "what does {w} look like backwards",
    "reverse the characters in {w}",
    "print {w} in reverse order",
    "invert the word {w}",
    "say {w} backwards",
    "backwards: {w}",
    "the reverse of {w}",
    "what is the reverse of {w}",
    "reverse spelling of {w}",
    "{w} in reverse",
    "please reverse the word {w}",
    "could you write {w} from right to left",
    "reversed version of {w}",
    "reverse the phrase {q}",
    "reverse the sentence {q}",
    "write {q} backwards",
    "reverse {q}",
    "read {w} backwards",
    "read {w} backward",
    "{w} spelled backwards",
    "{w} written backwards",
    "spell out {w} in reverse",
    "turn {w} backwards",
    "show me {w} reversed",
    "how is {w} written backwards",
    "what do you get if you reverse {w}",
    "reverse the letters: {w}",
    "backwards spelling of {w}",
    "can you flip the word {w}",
    "flip the letters in {w}",
    "flip {w} around",
    "mirror {w}",
    "write the letters of {w} in reverse order",
    "put the letters of {w} in reverse order",
    "reverse the characters of {w}",
    "give me {w} spelled backwards",
    "{w} but backwards",
    "{w} in reverse order",
    "what is {w} when reversed",
    "what's {w} reversed",
    "could you reverse the word {w} for me",
    "reverse the word: {w}",
    "word to reverse: {w}",
    "reverse this: {w}",
    "make {w} backwards",
]
_REVERSAL_MISSING = [
    "reverse the word",
    "reverse it",
    "spell it backwards",
    "reverse",
    "reverse this",
    "write it backwards",
    "reverse the phrase",
    "reverse a word for me",
    "can you reverse a word",
    "what is it backwards",
    "flip the letters",
    "reverse the string",
    "spell backwards",
    "reverse the word please",
]


def reversal_prompt(rng: Rng) -> str:
    if rng.random() < 0.07:
        return dress(rng.choice(_REVERSAL_MISSING), rng)
    return dress(pick(rng, _REVERSAL, w=lambda: word_operand(rng), q=lambda: quoted(phrase(rng), rng)), rng)


# --------------------------------------------------------------------------------------------------------
# unsupported: close cousins first, then everything else
# --------------------------------------------------------------------------------------------------------
_OTHER_ARITHMETIC = [
    "what is {a} minus {b}",
    "{a} minus {b}",
    "{a} - {b}",
    "{a}-{b}",
    "subtract {a} from {b}",
    "{a} take away {b}",
    "what is {a} times {b}",
    "{a} times {b}",
    "{a} * {b}",
    "{a}*{b}",
    "{a} x {b}",
    "{a} × {b}",
    "multiply {a} by {b}",
    "multiply {a} and {b}",
    "the product of {a} and {b}",
    "what is {a} divided by {b}",
    "{a} divided by {b}",
    "{a} / {b}",
    "{a} ÷ {b}",
    "divide {a} by {b}",
    "{a} to the power of {b}",
    "{a}^{b}",
    "{a} ** {b}",
    "{a} squared",
    "{a} cubed",
    "what is {a}²",
    "square root of {a}",
    "the cube root of {a}",
    "sqrt({a})",
    "{a} percent of {b}",
    "{a}% of {b}",
    "average of {list}",
    "the mean of {list}",
    "median of {list}",
    "what is {a} mod {b}",
    "{a} % {b}",
    "remainder when {a} is divided by {b}",
    "{a} factorial",
    "{a}!",
    "what is {a} plus {b} times {c}",
    "{a} + {b} * {c}",
    "({a} + {b}) * {c}",
    "{a} plus {b} minus {c}",
    "{a} + {b} - {c}",
    "difference between {a} and {b}",
    "what is {d} plus {e}",
    "{d} + {e}",
    "add {d} and {d2}",
    "sum of the digits of {a}",
    "add the digits of {a}",
    "what is the log of {a}",
    "{a} plus {b} divided by {c}",
    "add {a} and {b} then multiply by {c}",
    "double {a}",
    "half of {a}",
    "triple {a}",
    "{a} minus {b} plus {c}",
    "sum of squares of {list}",
    "what is {a} over {b}",
    "{a} less {b}",
    "{a} multiplied by {b}",
    "what's {a} plus {b} squared",
    "is {a} plus {b} greater than {c}",
    "{a} plus {b} times two",
    "what is the product of {list}",
    "decrease {a} by {b}",
    "how many times does {b} go into {a}",
    "what is {a} percent of {b}",
    "calculate the area of a circle with radius {a}",
    "{a} / {b} + {c}",
    "integrate x^{a}",
    "derivative of x^{a}",
    "solve x + {a} = {b}",
    "what is sin({a})",
    "convert {a} km to miles",
    "{a} plus {b} all squared",
    "subtract {b} from the sum of {a} and {c}",
    "what is one third of {a}",
    "round {d} to the nearest whole number",
    "what is {a} minus negative {b}",
]
_NUMBER_QUESTIONS = [
    "is {n} prime",
    "is {n} a prime number",
    "is {n} divisible by {k}",
    "is {n} a multiple of {k}",
    "is {a} greater than {b}",
    "is {a} less than {b}",
    "which is bigger, {a} or {b}",
    "is {a} bigger than {b}",
    "is {n} a perfect square",
    "is {n} a square number",
    "is {n} positive",
    "is {n} negative",
    "what are the factors of {n}",
    "prime factors of {n}",
    "round {n} to the nearest ten",
    "how many digits does {n} have",
    "convert {n} to binary",
    "write {n} in words",
    "what comes after {n}",
    "is {n} a fibonacci number",
    "are {a} and {b} odd",
    "are {a} and {b} even",
    "is {a} + {b} even",
    "is {a} plus {b} odd",
    "is {d} even",
    "is {d} odd",
    "list the even numbers between {a} and {b}",
    "list the odd numbers up to {n}",
    "count from {a} to {b}",
    "sort {list}",
    "what is the largest of {list}",
    "what is the smallest of {list}",
    "is {n} a power of two",
    "what is {n} in roman numerals",
    "is {a} equal to {b}",
    "compare {a} and {b}",
    "what number comes before {n}",
    "how many even numbers are there below {n}",
    "give me an odd number",
    "give me an even number greater than {n}",
    "what is the next prime after {n}",
    "is {n} a whole number",
    "gcd of {a} and {b}",
    "lcm of {a} and {b}",
    "is {n} divisible by {k} or not",
    "what is the square of {n}",
    "is {n} a cube",
    "pick a random number",
    "what is the biggest number",
    "is zero a number",
    "how do you know if a number is even",
    "why is {n} odd",
    "what is an odd number",
    "explain what even numbers are",
    "sum of all even numbers below {n}",
    "how many odd numbers between {a} and {b}",
    "is the sum of {a} and {b} even",
    "is {a} times {b} even",
    "what is the sum of the first {n} numbers",
    "are all primes odd",
]
_WORD_OPERATIONS = [
    "uppercase {w}",
    "make {w} uppercase",
    "convert {w} to uppercase",
    "convert {w} to lowercase",
    "capitalize {w}",
    "how many letters are in {w}",
    "count the letters in {w}",
    "count the vowels in {w}",
    "is {w} a palindrome",
    "is {w} the same backwards",
    "translate {w} to french",
    "translate {w} into spanish",
    "define {w}",
    "what does {w} mean",
    "what rhymes with {w}",
    "sort the letters of {w}",
    "sort the letters in {w} alphabetically",
    "find an anagram of {w}",
    "spell {w}",
    "how do you spell {w}",
    "what is the first letter of {w}",
    "what is the last letter of {w}",
    "reverse the words in {q}",
    "reverse the word order of {q}",
    "reverse the order of the words in {q}",
    "reverse the list {list}",
    "reverse the list [{list}]",
    "repeat {w} three times",
    "remove the vowels from {w}",
    "give me a synonym for {w}",
    "use {w} in a sentence",
    "shuffle the letters of {w}",
    "how do you pronounce {w}",
    "is {w} a real word",
    "what is the length of {w}",
    "double the word {w}",
    "write {w} in capital letters",
    "what language is {w}",
    "spell {w} out loud",
    "encrypt {w}",
    "rot13 {w}",
    "write {w} in morse code",
    "swap the first and last letters of {w}",
    "how many syllables in {w}",
    "what is the plural of {w}",
    "write a poem about {w}",
    "tell me a story about {w}",
    "search for {w}",
    "is {w} spelled correctly",
    "correct the spelling of {w}",
    "write {w} in lowercase",
    "title case {w}",
    "count the words in {q}",
    "sort the words in {q}",
    "does {w} read the same backwards",
    "is {w} an anagram of {w2}",
    "reverse the order of {list}",
    "sort {list} in reverse order",
    "reverse engineer {w}",
    "what is {w} in pig latin",
    "spell {w} with dashes between letters",
    "remove duplicates from {w}",
    "what's the opposite of {w}",
    "what is the reverse of the list {list}",
    "does {w} read the same backwards",
    "is {w} the same forwards and backwards",
    "is {w} a palindrome word",
    "is {w} spelled the same reversed",
    "which letters of {w} are vowels",
    "make {w} plural",
    "hyphenate {w}",
    "what is {w} in french",
    "write {w} in bold",
    "spell {w} letter by letter",
    "what is the reverse of the word order in {q}",
    "reverse the order of the words {q}",
    "remove the last letter of {w}",
    "what letter comes after {w}",
]
_CHIT_CHAT = [
    "hi",
    "hello",
    "hey there",
    "how are you",
    "how are you doing today",
    "what's your name",
    "who are you",
    "tell me a joke",
    "thanks",
    "thank you so much",
    "good morning",
    "good night",
    "who made you",
    "what can you do",
    "i'm bored",
    "do you like music",
    "what's up",
    "are you a robot",
    "are you smart",
    "lol",
    "ok",
    "yes",
    "no",
    "cool",
    "nice",
    "bye",
    "see you later",
    "i love you",
    "how old are you",
    "what is the meaning of life",
    "can you help me",
    "help",
    "what should i eat today",
    "tell me something interesting",
    "you are awesome",
    "that's odd",
    "that is an odd thing to say",
    "even so, i think you are wrong",
    "i don't even know",
    "odd question but do you dream",
    "what are the odds of winning the lottery",
    "let's get even",
    "the odd one out",
    "an odd number of people came",
    "even numbers are boring",
    "i'm feeling odd today",
    "break even point",
    "are we even now",
    "what do you think about {w}",
    "do you know {w}",
    "test",
    "testing 1 2 3",
    "hello world",
    "are you there",
    "can you reason",
    "are you an llm",
    "explain how you work",
    "what model are you",
    "sing a song",
]
_GENERAL = [
    "what is the capital of france",
    "who wrote hamlet",
    "how far away is the moon",
    "what's the weather today",
    "explain quantum physics",
    "give me a recipe for pancakes",
    "what year did world war 2 end",
    "who is the president of the united states",
    "how do airplanes fly",
    "what is photosynthesis",
    "recommend a good book",
    "what time is it",
    "how many continents are there",
    "what is dna",
    "summarize the french revolution",
    "what is the tallest mountain",
    "how do i cook rice",
    "what is machine learning",
    "why is the sky blue",
    "how many people live in china",
    "what is love",
    "who painted the mona lisa",
    "what is the speed of light",
    "translate hello to german",
    "how many days in a year",
    "what is the boiling point of water",
    "write an essay about climate change",
    "what is bitcoin",
    "how do vaccines work",
    "best places to visit in {w}",
    "what is {w}",
    "who invented the telephone",
    "how does the stock market work",
    "how many legs does a spider have",
    "what is the population of {w}",
    "is it going to rain tomorrow",
    "what's the date today",
    "name three fruits",
    "how do i get to the station",
    "what is the plot of {w}",
]
_CODE = [
    "write a python function to add two numbers",
    "how do i reverse a string in javascript",
    "how do i check if a number is even in python",
    "write code to reverse a list",
    "sort a list in python",
    "what is a for loop",
    "fix my code: print(x",
    "write a sql query to sum a column",
    "how to add numbers in excel",
    "explain recursion",
    "write a function that returns the parity of n",
    "def add(a, b): return a + b",
    "console.log({a} + {b})",
    "print({a} + {b})",
    "x = {a} + {b}",
    "how do i write a hello world program",
    "what is git",
    "reverse a linked list",
    "implement binary search",
    "what does the modulo operator do",
    "write a regex for emails",
    "how to sum a list in python",
    "how do you reverse an array in c",
    "is python better than java",
    "string reverse function in go",
    "create a react component",
    "what is an api",
    "write a function to check parity of an integer",
    "write a function that checks if a number is odd",
    "sort an array in c++",
    "how do i add two numbers in java",
    "javascript code to sum an array",
    "write a program that reverses a word",
    "python script to check if a number is even or odd",
    "how to reverse a string in python",
    "c++ program to add two integers",
    "write a bash script to add {a} and {b}",
    "implement an is_even function",
    "code for the sum of a list",
    "how do i reverse words in a sentence in java",
    "in python, how do i test whether {a} is even",
    "what does a + b mean in c",
    "write unit tests for an add function",
]


def _gibberish(rng: Rng) -> str:
    kind = rng.random()
    if kind < 0.35:
        return " ".join(
            "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(2, 8)))
            for _ in range(rng.randint(1, 5))
        )
    if kind < 0.5:
        return "".join(rng.choice("!@#$%^&*()_+-=[]{};:,.<>/?|~`'\"") for _ in range(rng.randint(1, 12)))
    if kind < 0.62:
        return "".join(rng.choice(_EMOJI) for _ in range(rng.randint(1, 6)))
    if kind < 0.72:
        return rng.choice(
            [
                "asdf",
                "qwerty",
                "zxcv",
                "jkl;",
                "hjkl",
                "aaaaa",
                "lorem ipsum dolor sit amet",
                "blah blah",
                "hmm",
                "???",
                "...",
                "idk",
                "xyz",
                "foo bar baz",
                "ghjk",
            ]
        )
    if kind < 0.82:
        return " ".join(str(rng.randint(0, 999)) for _ in range(rng.randint(1, 4)))
    if kind < 0.9:
        return "".join(chr(rng.randint(0x400, 0x4FF)) for _ in range(rng.randint(3, 10)))
    return rng.choice(_FOREIGN_WORDS) + " " + rng.choice(_FOREIGN_WORDS)


def unsupported_prompt(rng: Rng) -> str:
    def a() -> str:
        return integer(rng)

    slots: dict[str, Callable[[], str]] = {
        "a": a,
        "b": a,
        "c": a,
        "n": a,
        "k": lambda: rng.choice(
            [
                str(rng.choice([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 25, 100])),
                rng.choice(["three", "four", "five", "six", "seven", "nine", "ten", "twelve"]),
            ]
        ),
        "d": lambda: decimal(rng),
        "d2": lambda: decimal(rng),
        "e": lambda: rng.choice([decimal(rng), integer(rng)]),
        "list": lambda: join_list(integers(rng, rng.randint(2, 5)), rng),
        "w": lambda: rng.choice([word(rng), quoted(word(rng), rng)]),
        "w2": lambda: word(rng),
        "q": lambda: quoted(phrase(rng), rng),
    }
    kind = rng.random()
    if kind < 0.30:
        return dress(pick(rng, _OTHER_ARITHMETIC, **slots), rng)
    if kind < 0.50:
        return dress(pick(rng, _NUMBER_QUESTIONS, **slots), rng)
    if kind < 0.70:
        return dress(pick(rng, _WORD_OPERATIONS, **slots), rng)
    if kind < 0.80:
        return dress(pick(rng, _CHIT_CHAT, **slots), rng)
    if kind < 0.87:
        return dress(pick(rng, _GENERAL, **slots), rng)
    if kind < 0.93:
        return dress(pick(rng, _CODE, **slots), rng)
    return _gibberish(rng)


# The registry of generators: one per task label. A new skill adds its generator here.
GENERATORS: dict[str, Callable[[Rng], str]] = {
    "addition": addition_prompt,
    "parity": parity_prompt,
    "reversal": reversal_prompt,
    UNSUPPORTED: unsupported_prompt,
}
# "unsupported" is the widest class, so it gets more examples than each skill.
LABEL_WEIGHT: dict[str, float] = {UNSUPPORTED: 1.8}


def generate(seed: int, per_label: int) -> list[Sample]:
    rng = random.Random(seed)
    samples: list[Sample] = []
    for label in TASK_LABELS:
        count = round(per_label * LABEL_WEIGHT.get(label, 1.0))
        samples.extend(Sample(GENERATORS[label](rng), label) for _ in range(count))
    rng.shuffle(samples)
    return samples


def build_dataset(seed: int, train_per_label: int, validation_per_label: int) -> Dataset:
    """Train and validation splits from different seeds; validation drops prompts also seen in training."""
    train = generate(seed, train_per_label)
    seen = {sample.prompt for sample in train}
    validation = [s for s in generate(seed + 1, validation_per_label) if s.prompt not in seen]
    return Dataset(train=train, validation=validation)


assert set(GENERATORS) == set(TASK_LABELS), "every task label needs a training-prompt generator"
