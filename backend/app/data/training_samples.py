"""The deterministic synthetic dataset the classifier is trained on.

Prompts are composed from sentence shapes with varied wording, operands, filler, punctuation, casing and
typos, for every task label, plus negatives for "unsupported". Most negatives are the close cousins of each
skill, and many are built from the skills' own sentence shapes with one thing changed: another operator
or word operation in place of the keyword ("the product of 2 and 3", "spell hello in capitals"), another
operand (a decimal, an expression, two numbers for parity, a list or the word order for reversal), or a
second request. The rest are chit-chat, general questions, code requests, "even" and "odd" in other senses,
and gibberish. Everything is drawn from one seeded ``random.Random``, so the same seed gives the same data.

The evaluation sets (backend/eval/) were written separately and are never read here.
"""

from __future__ import annotations

import functools
import random
import re
import string
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

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
T = TypeVar("T")
Slots = dict[str, Callable[[], str]]


def choice(rng: Rng, options: Sequence[T]) -> T:
    """rng.choice, several times faster (a float draw instead of rejection sampling on bits)."""
    return options[int(rng.random() * len(options))]


def randint(rng: Rng, low: int, high: int) -> int:
    """rng.randint for small ranges, the same way."""
    return low + int(rng.random() * (high - low + 1))


def randrange(rng: Rng, start: int, stop: int | None = None) -> int:
    """rng.randrange(start, stop) or rng.randrange(stop), the same way."""
    if stop is None:
        start, stop = 0, start
    return start + int(rng.random() * (stop - start))


def _lines(block: str) -> list[str]:
    """One entry per non-empty line (the lists below are long; one line each keeps them readable)."""
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


def _bars(text: str) -> list[str]:
    return [item.strip() for item in text.split("|")]


# --------------------------------------------------------------------------------------------------------
# Operands
# --------------------------------------------------------------------------------------------------------
_ONES = _bars(
    "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    "seventeen|eighteen|nineteen"
)
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def number_words(n: int, rng: Rng) -> str:
    """English words for 0 <= n < 10**12, with the usual spelling variants."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] if ones == 0 else _TENS[tens] + choice(rng, ["-", " "]) + _ONES[ones]
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        head = choice(rng, ["a hundred", "one hundred"]) if hundreds == 1 else _ONES[hundreds] + " hundred"
        return head if rest == 0 else head + choice(rng, [" and ", " "]) + number_words(rest, rng)
    for size, name in ((10**9, "billion"), (10**6, "million"), (1000, "thousand")):
        if n >= size:
            count, rest = divmod(n, size)
            head = ("a " if count == 1 and rng.random() < 0.4 else number_words(count, rng) + " ") + name
            return head if rest == 0 else head + " " + number_words(rest, rng)
    raise AssertionError("unreachable")


def spelled_number(rng: Rng) -> str:
    kind = rng.random()
    if kind < 0.17:
        n = randint(rng, 0, 20)
    elif kind < 0.5:
        n = randint(rng, 0, 99)
    elif kind < 0.67:
        n = randint(rng, 100, 999)
    elif kind < 0.84:
        n = randint(rng, 1000, 99999)
    elif kind < 0.94:
        n = randint(rng, 1, 9) * 10 ** choice(rng, [3, 6, 9])
    else:
        n = randint(rng, 100_000, 999_999_999)
    return number_words(n, rng)


def integer(rng: Rng, allow_words: bool = True) -> str:
    """One integer as a user might write it."""
    if rng.random() < 0.03:
        return choice(rng, ["0", "zero", "zero"] if allow_words else ["0"])
    kind = rng.random()
    if allow_words and kind < 0.22:
        word = spelled_number(rng)
        return choice(rng, ["negative ", "negative ", "minus "]) + word if rng.random() < 0.1 else word
    if kind < 0.42:
        value = str(randint(rng, 0, 9))
    elif kind < 0.6:
        value = str(randint(rng, 10, 99))
    elif kind < 0.8:
        value = str(randint(rng, 100, 99999))
    elif kind < 0.89:
        value = f"{randint(rng, 1000, 9_999_999_999):,}"
    else:
        value = str(rng.randint(10**9, 10 ** choice(rng, [12, 20, 40, 80, 150])))
    sign = rng.random()
    if sign < 0.13:
        value = "-" + value
    elif sign < 0.16:
        value = "+" + value
    return value


def integers(rng: Rng, count: int) -> list[str]:
    return [integer(rng) for _ in range(count)]


def join_list(items: list[str], rng: Rng) -> str:
    if len(items) == 2:
        return f"{items[0]} {choice(rng, ['and', 'and', '&', ',', 'plus'])} {items[1]}".replace(" ,", ",")
    separator = choice(rng, [", ", ", ", " , ", " and ", " ", ","])
    last = choice(rng, [" and ", ", and ", ", ", " & ", separator])
    return separator.join(items[:-1]) + last + items[-1]


def decimal(rng: Rng) -> str:
    return choice(
        rng,
        [
            f"{randint(rng, 0, 999)}.{randint(rng, 1, 99)}",
            f"{randint(rng, 1, 9)}/{randint(rng, 2, 9)}",
            f"{randint(rng, 1, 99)}/{randint(rng, 2, 99)}",
            f"{randint(rng, 1, 9)}e{randint(rng, 1, 9)}",
            f"0x{randint(rng, 16, 4000):x}",
            f"{randint(rng, 1, 99)}.5",
            f"0.{randint(rng, 1, 999)}",
            f"{randint(rng, 1, 9)}.{randint(rng, 0, 9)}",
            f"-{randint(rng, 0, 99)}.{randint(rng, 1, 99)}",
            f"{randint(rng, 1, 9)} and a half",
            choice(rng, ["½", "¼", "¾", "pi", "π", "e", "infinity", "∞", "1/2", "0.5", "2.0"]),
        ],
    )


def expression(rng: Rng) -> str:
    """A number that is not a plain integer operand: a power, a root, a factorial, a product, a percentage."""
    a, b = integer(rng, allow_words=rng.random() < 0.3), str(randint(rng, 2, 12))
    return choice(
        rng,
        [
            f"{a}^{b}",
            f"{a}**{b}",
            f"{a}²",
            f"{a}³",
            f"{a} squared",
            f"{a} cubed",
            f"√{a}",
            f"sqrt({a})",
            f"the square root of {a}",
            f"{a}!",
            f"{a} factorial",
            f"{a}%",
            f"{a} percent",
            f"{a} * {b}",
            f"{a} x {b}",
            f"{a} times {b}",
            f"({a} * {b})",
            f"({a} - {b})",
            f"{a} - {b}",
            f"{a} minus {b}",
            f"{a} / {b}",
            f"{a} divided by {b}",
            f"half of {a}",
            f"double {a}",
            f"twice {a}",
            f"{a} to the power of {b}",
            f"log {a}",
            f"{a} mod {b}",
            f"{a}!",
            f"{a}^2",
            f"2^{b}",
            f"{b}!",
            f"-{a}!",
            f"({a}+{b})",
            f"{a}*{b}",
            f"{a}/{b}",
            f"{a}.{b}",
        ],
    )


_COMMON_WORDS = _lines(
    """
hello
world
python
banana
stressed
desserts
level
kayak
racecar
keyboard
mountain
river
planet
coffee
sunshine
elephant
giraffe
orange
purple
window
garden
friday
monday
summer
winter
pencil
notebook
music
guitar
dragon
castle
rocket
silver
golden
ocean
forest
apple
lemon
tomato
potato
chocolate
butterfly
computer
network
science
history
library
teacher
student
doctor
pizza
pasta
cheese
bread
laptop
phone
table
chair
house
street
bridge
tiger
lion
zebra
monkey
parrot
rabbit
turtle
yellow
green
happy
sad
quick
brown
fox
lazy
dog
jumps
over
algorithm
reasoning
model
tiny
language
learning
neural
stars
moon
racecar
madam
noon
civic
radar
refer
rotor
    """
) + _bars(
    "rhythm|listen|silent|tomorrow|yesterday|drawer|reward|mississippi|strawberry|keyboard|umbrella|penguin|"
    "wizard|island|pyramid|candle|blanket|mirror|window|puzzle|galaxy|thunder|whisper|lantern|compass|"
    "bicycle|cactus|volcano|harbor|meadow|saturday|october|january|sandwich|cookie|kitchen|garage|"
    "engineer|artist|captain|pilot|jungle|desert|canyon|glacier|marble|velvet|copper|crystal|shadow"
)
# Words that are also the keywords of some task: as operands they must not decide the label.
_KEYWORD_WORDS = _bars(
    "plus|add|sum|total|even|odd|reverse|backwards|prime|minus|times|word|letters|number|parity|flip|spell|"
    "square|count|mirror|double|half|more|increase|evenly|odds"
)
_FOREIGN_WORDS = _lines(
    """
café
naïve
jalapeño
über
façade
résumé
crème
mañana
привет
мир
日本語
こんにちは
안녕하세요
مرحبا
שלום
γεια
straße
ñandú
smörgåsbord
zürich
piñata
кошка
北京
ありがとう
    """
) + _bars("éclair|señor|garçon|français|björk|kœnig|ελλάδα|नमस्ते|สวัสดี|வணக்கம்|ㅋㅋ|東京|год|ёжик|ağaç|łódź")
_EMOJI = ["👍🏽", "👨‍👩‍👧", "🇫🇷", "🙂", "🚀", "❤️", "🐍", "🎉", "😂", "🔥", "👩🏾‍💻", "🌍", "✨", "🤖"]


def word(rng: Rng) -> str:
    kind = rng.random()
    if kind < 0.55:
        return choice(rng, _COMMON_WORDS)
    if kind < 0.62:
        return choice(rng, _KEYWORD_WORDS)
    if kind < 0.74:
        return "".join(choice(rng, string.ascii_lowercase) for _ in range(randint(rng, 1, 14)))
    if kind < 0.87:
        return choice(rng, _FOREIGN_WORDS)
    if kind < 0.93:
        return choice(rng, _EMOJI) + choice(rng, ["", choice(rng, _COMMON_WORDS), choice(rng, _EMOJI)])
    return choice(
        rng,
        [
            str(rng.randint(10, 10**8)),
            choice(rng, _COMMON_WORDS).capitalize(),
            choice(rng, _COMMON_WORDS) + str(randint(rng, 1, 99)),
            "R2D2",
            "abc123",
            "C3PO",
            choice(rng, _COMMON_WORDS).upper(),
            choice(rng, _COMMON_WORDS) + "-" + choice(rng, _COMMON_WORDS),
            choice(rng, _COMMON_WORDS) + "'s",
            "".join(choice(rng, string.ascii_letters) for _ in range(randint(rng, 3, 9))),
        ],
    )


def phrase(rng: Rng) -> str:
    def one() -> str:
        kind = rng.random()
        return choice(rng, _KEYWORD_WORDS) if kind < 0.1 else word(rng) if kind < 0.35 else choice(rng, _COMMON_WORDS)

    return " ".join(one() for _ in range(randint(rng, 2, 4)))


_QUOTES = [('"', '"'), ("'", "'"), ("“", "”"), ("‘", "’"), ("«", "»"), ("«", "»"), ("„", "“"), ("`", "`")]


def keyword_phrase(rng: Rng) -> str:
    """A phrase with task keywords in it ("never odd or even", "one plus one"): as an operand they decide nothing."""
    return choice(
        rng,
        [
            f"never odd or {choice(rng, ['even', 'odd'])}",
            f"{choice(rng, _COMMON_WORDS)} {choice(rng, _KEYWORD_WORDS)} {choice(rng, _COMMON_WORDS)}",
            f"{choice(rng, _ONES)} plus {choice(rng, _ONES)}",
            f"{choice(rng, _KEYWORD_WORDS)} {choice(rng, _KEYWORD_WORDS)}",
            f"the {choice(rng, ['odd', 'even'])} {choice(rng, _COMMON_WORDS)}",
            f"{choice(rng, _COMMON_WORDS)} backwards",
            f"add {choice(rng, _COMMON_WORDS)} and {choice(rng, _COMMON_WORDS)}",
            f"reverse the {choice(rng, _COMMON_WORDS)}",
        ],
    )


def quoted(text: str, rng: Rng) -> str:
    left, right = choice(rng, _QUOTES)
    return left + text + right


def word_operand(rng: Rng) -> str:
    """A reversal operand: a bare word, a quoted word, or a quoted phrase."""
    kind = rng.random()
    if kind < 0.55:
        return word(rng)
    if kind < 0.78:
        return quoted(word(rng), rng)
    return quoted(phrase(rng), rng)


def numbers_list(rng: Rng) -> str:
    return join_list([integer(rng, allow_words=rng.random() < 0.3) for _ in range(randint(rng, 2, 5))], rng)


# --------------------------------------------------------------------------------------------------------
# Filler, punctuation, casing and typos: the same request dressed the way people actually type. They are
# added to the sentence shape before its slots are filled, so they never touch an operand.
# --------------------------------------------------------------------------------------------------------
_LEADS = _bars(
    "hi|hey|hello|yo|hi there|hey there|hello there|ok|okay|so|um|hmm|well|alright|right|oh|sorry|please|"
    "pls|plz|kindly|quick one|quick question|question|q|task|next|another one|one more|test|testing|"
    "math question|homework|for my homework|homework help|i need help with homework|help me|help|need help|"
    "urgent|random question|simple question|easy one|real quick|bot|hey bot|mini llm|assistant|dear ai|"
    "step by step|show your reasoning|show your work|explain|think carefully|briefly|in one word|"
    "just the answer|no explanation|be concise|let's think step by step|reason it out|walk me through it|"
    "think step by step|short answer|answer this|exercise 3|problem 2|challenge|good morning|thanks in advance|"
    "excuse me|one question|can you help|can you help me|i have a question|got a question|new question"
)
_ASKERS = _bars(
    "can you tell me|could you tell me|i need to know|i want to know|i was wondering|tell me|do you know|"
    "can you help me with this|i'd like to know|would you tell me|let me know|i'm curious|please tell me|"
    "help me figure out|can you work out|quick check|i wonder"
)
_TRAILS = _bars(
    "please|pls|plz|thanks|thank you|thx|ty|thanks in advance|thank you!|cheers|step by step|"
    "show your reasoning|show your work|explain|explain please|with explanation|explain your steps|"
    "show the steps|walk me through it|reason it out|think step by step|quickly|asap|quick|now|for me|"
    "for me please|if you can|if possible|please and thank you|lol|haha|:)|:-)|;)|🙂|🙏|👍|and explain|"
    "briefly|in one word|no explanation needed|just the answer|be quick|i'm stuck|for homework|"
    "for my class|ty in advance|much appreciated|tia"
)


# The fillers a prediction must never depend on (docs/TASKS.md: "with any politeness or filler around them")
# come up more often than the rest.
_COMMON_FILLERS = _bars("please|step by step|show your reasoning|show your work|thanks|quick question|explain")


def _lead(rng: Rng) -> str:
    kind = rng.random()
    if kind < 0.2:
        return choice(rng, _ASKERS) + choice(rng, [" ", " ", ": ", ", "])
    text = choice(rng, _COMMON_FILLERS if kind < 0.5 else _LEADS)
    if rng.random() < 0.05:
        text = choice(rng, _LEADS) + choice(rng, [", ", " ", ". "]) + text
    return text + choice(rng, [": ", ": ", ", ", ", ", ". ", " - ", "! ", " ", "? ", "... ", " -- ", "; "])


def _trail(rng: Rng) -> str:
    text = choice(rng, _COMMON_FILLERS if rng.random() < 0.3 else _TRAILS)
    shape = rng.random()
    if shape < 0.15:
        return " (" + text + ")"
    return choice(rng, [" ", " ", ", ", ". ", " - ", "? ", "! ", "; ", " -- "]) + text


def dress(template: str, rng: Rng) -> str:
    """Filler before and after, and now and then a typo or two (in the template's words, not its operands)."""
    if rng.random() < 0.28:
        template = _lead(rng) + template
    if rng.random() < 0.28:
        template += _trail(rng)
    if rng.random() < 0.4:
        template = typo(template, rng)
        if rng.random() < 0.15:
            template = typo(template, rng)
    return template


def finish(text: str, rng: Rng) -> str:
    """Punctuation, casing and spacing, on the whole prompt."""
    end = rng.random()
    if end < 0.22 and text[-1:] not in "?!.":
        text += choice(rng, ["?", "?", "?", "??", "!", ".", " ?", "?!", "!!", "???", "..."])
    elif end < 0.3 and text[-1:] in "?!.":
        text = text[:-1]
    casing = rng.random()
    if casing < 0.06:
        text = text.upper()
    elif casing < 0.4:
        text = text[:1].upper() + text[1:]
    elif casing < 0.44:
        text = text.title()
    elif casing < 0.47:
        text = "".join(c.upper() if rng.random() < 0.5 else c for c in text)
    spacing = rng.random()
    if spacing < 0.05:
        text = text.replace(" ", "  ")
    elif spacing < 0.08:
        words = text.split(" ")
        index = randrange(rng, len(words))
        words[index] = words[index] + " " * randint(rng, 1, 4)
        text = " ".join(words)
    elif spacing < 0.11:
        text = " " * randint(rng, 1, 3) + text + " " * randint(rng, 0, 3)
    return text


_TYPO_PRONE_KEYWORDS = frozenset(
    _bars(
        "plus|add|sum|total|added|adding|increase|increased|more|even|odd|parity|divisible|multiple|reverse|"
        "reversed|backwards|backward|flip|letters|letter|spell|spelled|minus|times|divided|multiply|subtract|"
        "product|power|square|root|average|prime|uppercase|count|palindrome|translate|sort|what|the|number|"
        "word|together|whether|tell|write|order|words|list|difference|mean|half|double|characters"
    )
)
_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEIGHBOURS = {
    char: row[max(0, i - 1) : i] + row[i + 1 : i + 2] for row in _KEYBOARD_ROWS for i, char in enumerate(row)
}


def typo(text: str, rng: Rng) -> str:
    """One keyboard slip inside a word of three or more letters (not inside an operand slot)."""
    words = text.split(" ")
    candidates = [i for i, w in enumerate(words) if len(w) >= 3 and w.isalpha() and w.isascii()]
    keywords = [i for i in candidates if words[i].lower() in _TYPO_PRONE_KEYWORDS]
    if keywords and rng.random() < 0.65:  # slips in the words that decide the task matter most
        candidates = keywords
    if not candidates:
        return text
    index = choice(rng, candidates)
    chars = list(words[index])
    position = randrange(rng, 1, len(chars))
    kind = rng.random()
    if kind < 0.25:
        chars[position - 1], chars[position] = chars[position], chars[position - 1]
    elif kind < 0.5:
        del chars[position]
    elif kind < 0.7:
        chars.insert(position, chars[position])
    elif kind < 0.88:
        chars[position] = choice(rng, _NEIGHBOURS.get(chars[position].lower(), "e") or "e")
    else:
        chars.insert(position, choice(rng, string.ascii_lowercase))
    words[index] = "".join(chars)
    return " ".join(words)


_SLOT = re.compile(r"(?<!\{)\{(\w+)\}(?!\})")


@functools.lru_cache(maxsize=8192)
def _slot_names(template: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(_SLOT.findall(template)))


def render(rng: Rng, template: str, slots: Slots | None = None, noise: bool = True) -> str:
    """Dress a sentence shape, fill its slots, then vary punctuation, casing and spacing."""
    names = _slot_names(template)  # before the filler, which has no slots
    if noise:
        template = dress(template, rng)
    values = {name: slots[name]() for name in names} if slots else {}
    text = template.format(**values)
    return finish(text, rng) if noise else text


def pick(rng: Rng, templates: list[str], **slots: Callable[[], str]) -> str:
    return render(rng, choice(rng, templates), slots)


def _tidy(template: str) -> str:
    """Spaces left by removing an operand from a sentence shape."""
    return re.sub(r"\s+([,?!.:)])", r"\1", re.sub(r"\s{2,}", " ", template)).strip(" ,:")


# --------------------------------------------------------------------------------------------------------
# addition
# --------------------------------------------------------------------------------------------------------
_ADD_TWO = _lines(
    """
what is {a} plus {b}
what's {a} plus {b}
whats {a} + {b}
{a} + {b}
{a}+{b}
{a} + {b} =
{a}+{b}=?
{a} plus {b}
{a} plus {b} equals
{a} plus {b} is what
add {a} and {b}
add {a} to {b}
please add {a} and {b}
can you add {a} and {b}
add up {a} and {b}
add together {a} and {b}
what is the sum of {a} and {b}
sum of {a} and {b}
the sum of {a} and {b}
find the sum of {a} and {b}
sum {a} and {b}
total of {a} and {b}
what is the total of {a} and {b}
{a} and {b} added together
what do {a} and {b} add up to
what does {a} plus {b} make
how much is {a} plus {b}
how much is {a} + {b}
calculate {a} + {b}
compute {a} plus {b}
evaluate {a} + {b}
solve {a} + {b}
what do you get when you add {a} and {b}
if you add {a} to {b} what do you get
increase {a} by {b}
{a} increased by {b}
what is {a} more than {b}
tell me {a} plus {b}
i need {a} plus {b}
{a} plus {b}, what's that
work out {a} + {b}
figure out {a} plus {b}
what's the answer to {a} + {b}
{a} add {b}
plus {a} and {b}
combine {a} and {b} by adding them
what is the result of adding {a} and {b}
addition: {a} and {b}
{a} + {b} = ?
what is {a}+{b}?
answer this: {a} + {b}
can you explain {a} plus {b} step by step
sum: {a}, {b}
what number is {a} plus {b}
increase {a} by {b}
what is {a} increased by {b}
{a} more than {b}
what's {a} more than {b}
add {a} onto {b}
{a} added to {b}
what is {a} added to {b}
put {a} and {b} together
{a} and {b} combined
what is {a} and {b} added up
how much do {a} and {b} make together
what's the sum when you add {a} and {b}
give me the sum of {a} and {b}
sum up {a} and {b}
total {a} and {b}
the total of {a} plus {b}
please compute {a}+{b}
{a}+{b} equals what
if i add {a} and {b} what do i get
i have {a} and add {b}, what's the result
{a} plus {b} equals ?
what does {a} + {b} equal
what is {a} plus {b} equal to
{a} plus {b}?
calc {a}+{b}
hey what's {a} plus {b}
tell me the sum: {a} + {b}
{a} + {b} is?
add {a} with {b}
{a} plus {b} is
what would {a} plus {b} be
{a} plus {b} gives
{a} plus {b} makes
add {a} plus {b}
add {a} + {b}
sum of {a} plus {b}
{a} + {b} equals?
compute the sum of {a} and {b}
calculate the total of {a} and {b}
how much are {a} and {b} together
what's {a} and {b} together
{a} and {b} summed
the sum {a} + {b}
what does {a} plus {b} come to
what does {a} + {b} give
adding {a} and {b} gives
add {b} to {a} please
could you add {a} and {b}
would you add {a} to {b}
i need the sum of {a} and {b}
i want the total of {a} and {b}
what's the total of {a} and {b}
sum of {a} & {b}
add: {a}, {b}
sum: {a} + {b}
what is the sum {a} + {b}
result of {a} + {b}
if i increase {a} by {b}, what do i get
{a} plus {b} = ?
{a}+{b}?
what's {a}+{b}
{a} + {b} = what
{a} and {b} make what when added
what number is {a} more than {b}
which number is {b} more than {a}
what's {b} more than {a}
find the number that is {a} more than {b}
{a} more than {b} is what
what is {a} increased by {b}
increase {a} by {b}, what do you get
if you increase {a} by {b} what is the result
what do you get when {a} is increased by {b}
{a}+{b}=
{a} + {b} =?
{a}+{b} = ?
= {a} + {b}
{a}+{b}+{c}=
{a} plus {b} plus {c}
{a} + {b} + {c} = ?
adding {a} to {b} gives what
what is {b} more than {a}
the sum of {a} with {b}
find {a} + {b}
add {a} and {b} together
sum together {a} and {b}
tally {a} and {b}
what's the sum of {a} plus {b}
    """
)
_ADD_SIGNED = _lines(
    """
{a}+-{b}
{a}+-{b}=
{a} +-{b}
{a}+ -{b}
-{a}+-{b}=?
what is {a}+-{b}
{a} plus minus {b}
{a} + minus {b}
{a} plus negative {b}
{a} + negative {b}
minus {a} plus {b}
negative {a} plus {b}
what is minus {a} + {b}
{a} + -{b}
-{a} + {b}
{a} plus -{b}
what is {a} plus minus {b}
add minus {a} and {b}
add {a} and negative {b}
sum of minus {a} and {b}
minus {a} + minus {b}
negative {a} plus negative {b}
{a} plus (minus {b})
{a} + (-{b})
    """
)
_ADD_MANY = _lines(
    """
what is {list_plus}
{list_plus}
{list_sym}
add {list}
add up {list}
sum of {list}
the sum of {list}
what is the sum of {list}
total of {list}
find the total of {list}
sum {list}
add together {list}
what do {list} add up to
calculate {list_sym}
please add these numbers: {list}
add the numbers {list}
what's the total when you add {list}
give me the sum of {list}
sum up {list}
what is the total of {list}
total: {list}
can you add {list} together
{list} added together
add all of these: {list}
{list_plus} =
{list_sym} = ?
what's {list_sym}
calculate {list_plus}
sum the numbers {list}
total up {list}
what do you get if you add {list}
add {list} together
sum of these: {list}
the sum of the numbers {list}
find the sum of {list}
what is the total of these numbers: {list}
    """
)
_ADD_MISSING = _lines(
    """
sum of {a}
the sum of {a}
add {a}
plus {a}
total of {a}
the total of {a} and
add {a} to
add {a} and what
{a} plus what
sum {a}
what is the sum of {a}
add up {a}
give me the sum
what's the total
what is {a} plus
what is {a} plus?
{a} plus
{a} +
add {a}
add {a} and
add these numbers
add two numbers for me
can you add some numbers
sum of
what is the sum
what is the sum of
add
plus
please add
i want to add numbers
what's plus what
add it up
what is the total
add the numbers
sum these up
add {a} to
add these
add them up
sum them up
add the following
add the following numbers
what's the sum
total please
add some numbers for me
sum of what
plus what
what is the sum of these numbers
can you add these up
i need a sum
find the sum
what is the total?
    """
)
_ADD_OPERANDS = re.compile(r"\{[ab]\}")


def addition_prompt(rng: Rng) -> str:
    def a() -> str:
        return integer(rng)

    kind = rng.random()
    if kind < 0.06:
        return pick(rng, _ADD_MISSING, a=a)
    if kind < 0.1:  # a two-operand shape with an operand (or both) left out: still an addition
        template = choice(rng, _ADD_TWO)
        drop = choice(rng, ["{b}", "{b}", "{a}", "both"])
        if drop == "both" and len(re.findall(r"[a-z]{2,}", template)) >= 2:
            template = _ADD_OPERANDS.sub("", template)
        else:
            template = template.replace("{b}" if drop == "both" else drop, "")
        return render(rng, _tidy(template), {"a": a, "b": a, "c": a})
    if kind < 0.19:
        return pick(rng, _ADD_SIGNED, a=a, b=a)
    if kind < 0.74:
        return pick(rng, _ADD_TWO, a=a, b=a, c=a)
    numbers = integers(rng, randint(rng, 3, 5))
    return pick(
        rng,
        _ADD_MANY,
        list=lambda: join_list(numbers, rng),
        list_plus=lambda: choice(rng, [" plus ", " plus ", " + "]).join(numbers),
        list_sym=lambda: choice(rng, [" + ", "+"]).join(numbers),
    )


# --------------------------------------------------------------------------------------------------------
# parity
# --------------------------------------------------------------------------------------------------------
_PARITY = _lines(
    """
is {n} even
is {n} odd
is {n} even or odd
is {n} odd or even
even or odd: {n}
odd or even: {n}
{n}: even or odd?
{n} even or odd
{n} odd or even?
parity of {n}
what is the parity of {n}
what's the parity of {n}
tell me if {n} is even
tell me if {n} is odd
tell me whether {n} is even or odd
check if {n} is even
check whether {n} is odd
is the number {n} even
is the number {n} odd
would {n} be even or odd
is {n} an even number
is {n} an odd number
determine if {n} is even or odd
determine the parity of {n}
is {n} divisible by 2
is {n} divisible by two
is {n} a multiple of 2
is {n} a multiple of two
{n} - even or odd?
even/odd: {n}
{n} even?
{n} odd?
is {n} evenly divisible by 2
find out whether {n} is even
do you know if {n} is odd
classify {n} as even or odd
even or odd? {n}
which is {n}, even or odd
say whether {n} is odd or even
is {n} even, yes or no
can {n} be divided by 2 evenly
does {n} divide by 2
{n} - is it even
is {n} even? explain
odd or even {n}
parity check: {n}
is the integer {n} even
{n} is even or odd?
{n} is odd, right?
{n} is even, right
i think {n} is odd, am i right
is {n} even or is it odd
tell me the parity of {n}
what parity does {n} have
is the parity of {n} even or odd
would you say {n} is even
check the parity of {n}
{n} - odd?
odd/even: {n}
is {n} an odd or even number
even or odd number: {n}
decide if {n} is odd or even
is {n} evenly divisible by two
can {n} be split into two equal whole numbers
is {n} divisible by 2 or not
    """
)
_PARITY_PREDICATES = _bars(
    "even|odd|even|odd|even or odd|odd or even|an even number|an odd number|even or is it odd|divisible by 2|"
    "divisible by two|a multiple of 2|a multiple of two|evenly divisible by 2|odd or not|even or not|"
    "an even or an odd number|even, or odd|odd, or even|even or uneven"
)
_PARITY_LABELS = _bars("even or odd|odd or even|parity|even/odd|odd/even|even?|odd?|even or odd?|parity check")
_PARITY_ASKERS = _bars(
    "tell me if|tell me whether|check if|check whether|i need to know if|i want to know whether|"
    "can you tell me if|do you know if|let me know if|find out if|figure out whether|determine whether|"
    "say whether|is it true that|am i right that|would you say|confirm that|verify that|is it correct that|"
    "decide whether|i wonder if|could you check if|please check whether|quick check: is it true|guess whether"
)
_PARITY_SHAPES = _lines(
    """
{asker} {n} is {pred}
is {n} {pred}
is {n} {pred}?
is the number {n} {pred}
is the integer {n} {pred}
would {n} be {pred}
{n} is {pred}, right
{n} is {pred}, isn't it
{n} is {pred}, correct?
{n} - {pred}?
{n}: {pred}?
{n} {pred}?
so is {n} {pred}
and is {n} {pred}
is {n} {pred} or not
{label}: {n}
{label} {n}
{n}: {label}
{n} -> {label}
what is the parity of {n}
what's the parity of {n}
parity of {n}
the parity of {n}, please
{label} for {n}
{label} of {n}
give me the parity of {n}
is {n} considered {pred}
{asker} the number {n} is {pred}
    """
)
_PARITY_MISSING = _lines(
    """
is it even
is it odd
even or odd?
odd or even
is this number even
parity of
what is the parity
check if even
tell me if the number is odd
is the number even or odd
even or odd:
what's the parity of the number
is my number odd
is it divisible by two
even or odd, this one
is that even
is this even or odd
tell me if it's odd
check the parity
what's the parity
odd or even?
    """
)
_MISSING_NUMBER = _bars("it|this|this number|the number|my number|that|that number|a number|the integer|this one")


def parity_template(rng: Rng) -> str:
    """A parity sentence shape with its wording chosen and its number still a slot ({n})."""
    if rng.random() < 0.45:
        return choice(rng, _PARITY)
    return (
        choice(rng, _PARITY_SHAPES)
        .replace("{pred}", choice(rng, _PARITY_PREDICATES))
        .replace("{label}", choice(rng, _PARITY_LABELS))
        .replace("{asker}", choice(rng, _PARITY_ASKERS))
    )


def parity_prompt(rng: Rng) -> str:
    kind = rng.random()
    if kind < 0.04:
        return pick(rng, _PARITY_MISSING)
    if kind < 0.08:  # a parity shape without its number
        return render(rng, parity_template(rng), {"n": lambda: choice(rng, _MISSING_NUMBER)})
    return render(rng, parity_template(rng), {"n": lambda: integer(rng)})


# --------------------------------------------------------------------------------------------------------
# reversal
# --------------------------------------------------------------------------------------------------------
_REVERSAL = _lines(
    """
reverse the word {w}
reverse {w}
{w} backwards
{w} backward
spell {w} backwards
spell {w} backward
write {w} in reverse
write {w} backwards
what is {w} reversed
what's {w} backwards
flip the letters of {w}
flip {w}
reverse the letters in {w}
reverse the letters of {w}
can you reverse {w}
{w} reversed
{w} reversed?
what is {w} spelled backwards
reverse this word: {w}
reverse the string {w}
read {w} backwards
write the word {w} backwards
give me {w} in reverse
reverse the order of the letters in {w}
reverse: {w}
{w} -> reverse
reverse the text {w}
how do you spell {w} backwards
what does {w} look like backwards
reverse the characters in {w}
print {w} in reverse order
say {w} backwards
backwards: {w}
the reverse of {w}
what is the reverse of {w}
reverse spelling of {w}
{w} in reverse
please reverse the word {w}
reversed version of {w}
reverse the phrase {q}
reverse the sentence {q}
write {q} backwards
reverse {q}
read {w} backwards
read {w} backward
{w} spelled backwards
{w} written backwards
spell out {w} in reverse
turn {w} backwards
show me {w} reversed
how is {w} written backwards
what do you get if you reverse {w}
reverse the letters: {w}
backwards spelling of {w}
can you flip the word {w}
flip the letters in {w}
flip {w} around
write the letters of {w} in reverse order
put the letters of {w} in reverse order
reverse the characters of {w}
give me {w} spelled backwards
{w} but backwards
{w} in reverse order
what is {w} when reversed
what's {w} reversed
could you reverse the word {w} for me
reverse the word: {w}
word to reverse: {w}
reverse this: {w}
make {w} backwards
    """
)
_REVERSAL_MISSING = _lines(
    """
reverse the word
reverse it
spell it backwards
reverse
reverse this
write it backwards
reverse the phrase
reverse a word for me
can you reverse a word
what is it backwards
flip the letters
reverse the string
spell backwards
reverse the word please
reverse a word
spell something backwards
write this backwards
reverse my word
flip the word
can you write a word backwards
    """
)
_REV_VERBS = _bars(
    "reverse|reverse|reverse|reverse the word|reverse the string|reverse the text|reverse the letters of|"
    "reverse the letters in|reverse the characters in|reverse the spelling of|flip|flip the word|"
    "flip the letters of|flip the characters of|flip the letters in|flip the spelling of|"
    "reverse the order of the letters in|reverse the letter order of|reverse this word:|reverse the letters:"
)
_REV_NEUTRAL_VERBS = _bars(
    "spell|write|say|read|print|type|give me|show me|output|return|rewrite|put|display|write out|spell out|"
    "render|make|write down|produce|list the letters of|spell the word|write the word|say the word"
)
_REV_TAILS = _bars(
    "backwards|backwards|backward|in reverse|in reverse order|reversed|flipped|spelled backwards|"
    "written backwards|letter by letter backwards|in reversed order|with the letters reversed|"
    "with its letters in reverse order|reversed, letter by letter|backwards please|in reverse, letter by letter"
)
_REV_SHAPES = _lines(
    """
{verb} {obj}
{verb} {obj}
{nverb} {obj} {tail}
{nverb} {obj} {tail}
{obj} {tail}
what is {obj} {tail}
what's {obj} {tail}
how do you {nverb} {obj} {tail}
can you {verb} {obj}
could you {nverb} {obj} {tail}
i want {obj} {tail}
i need {obj} {tail}
{obj}, {tail}
{tail}: {obj}
{verb}: {obj}
what does {obj} look like {tail}
what would {obj} be {tail}
how is {obj} spelled {tail}
{verb} {obj} for me
please {verb} {obj}
{verb} this {obj}
{obj} -> {tail}
{obj} => {tail}
    """
)
_REV_OBJECTS = _bars(
    "{w}|{w}|{w}|{w}|the word {w}|the string {w}|the name {w}|this word: {w}|the following word: {w}|"
    "the phrase {q}|the sentence {q}|the text {q}|{q}|{q}|the word {q}"
)
_REV_OBJECTS_LAST = _bars("the phrase {u}|the sentence {u}|the text {u}")


def _reversal_slots(rng: Rng, objects: list[str]) -> Slots:
    return {
        "verb": lambda: choice(rng, _REV_VERBS),
        "nverb": lambda: choice(rng, _REV_NEUTRAL_VERBS),
        "tail": lambda: choice(rng, _REV_TAILS),
        "obj": lambda: choice(rng, objects),
    }


def _reversal_shape(rng: Rng, slots: Slots) -> str:
    """A compositional reversal sentence, its object still a slot ({w}, {q} or {u})."""
    shape = choice(rng, _REV_SHAPES)
    values = {name: make() for name, make in slots.items() if "{" + name + "}" in shape}
    return shape.format(**values)


def reversal_prompt(rng: Rng) -> str:
    operands: Slots = {
        "w": lambda: word_operand(rng),
        "q": lambda: quoted(phrase(rng), rng),
        "u": lambda: phrase(rng),
    }
    kind = rng.random()
    if kind < 0.04:
        return pick(rng, _REVERSAL_MISSING)
    if kind < 0.08:  # a reversal shape without its word
        missing = _bars("it|this|that|the word|this word|a word|something|the text|my word|the following")
        template = _reversal_shape(rng, _reversal_slots(rng, ["{m}"]))
        return render(rng, template, {"m": lambda: choice(rng, missing)})
    if kind < 0.5:
        return render(rng, choice(rng, _REVERSAL), operands)
    if kind < 0.56:  # an unquoted phrase after "the phrase" / "the sentence" / "the text", at the end
        verb = choice(rng, [*_REV_VERBS[:3], "flip", "write backwards", "spell backwards", "read backwards"])
        return render(rng, verb + " " + choice(rng, _REV_OBJECTS_LAST), operands)
    return render(rng, _reversal_shape(rng, _reversal_slots(rng, _REV_OBJECTS)), operands)


# --------------------------------------------------------------------------------------------------------
# unsupported, part 1: the skills' own sentence shapes with one thing changed
# --------------------------------------------------------------------------------------------------------
_ADD_KEYWORD = re.compile(r"\b(plus|add|added|adding|sum|total|increase|increased|more than|together)\b|\+")
_OPERATOR_FAMILIES: list[dict[str, list[str]]] = [
    {  # subtraction
        "plus": ["minus", "less", "take away"],
        "add": ["subtract", "deduct", "take away"],
        "added": ["subtracted", "taken away"],
        "adding": ["subtracting", "taking away"],
        "sum": ["difference", "difference"],
        "total": ["difference"],
        "increase": ["decrease", "reduce", "lower"],
        "increased": ["decreased", "reduced"],
        "more than": ["less than", "fewer than"],
        "together": ["apart", "from each other"],
        "+": ["-", " - ", "−"],
    },
    {  # multiplication
        "plus": ["times", "multiplied by", "x"],
        "add": ["multiply"],
        "added": ["multiplied"],
        "adding": ["multiplying"],
        "sum": ["product"],
        "total": ["product"],
        "increase": ["multiply"],
        "increased": ["multiplied"],
        "more than": ["times"],
        "together": ["together"],
        "+": ["*", "x", "×", " * ", " x "],
    },
    {  # division
        "plus": ["divided by", "over"],
        "add": ["divide"],
        "added": ["divided"],
        "adding": ["dividing"],
        "sum": ["quotient", "ratio"],
        "total": ["quotient", "ratio"],
        "increase": ["divide"],
        "increased": ["divided"],
        "more than": ["divided by"],
        "together": ["by each other"],
        "+": ["/", "÷", " / "],
    },
    {  # powers, roots, remainders, statistics
        "plus": ["to the power of", "raised to", "mod", "modulo", "averaged with"],
        "add": ["average", "raise", "compare", "mod"],
        "added": ["averaged", "raised", "compared", "squared"],
        "adding": ["averaging", "comparing", "squaring"],
        "sum": ["average", "mean", "median", "gcd", "lcm", "remainder", "maximum", "minimum", "sum of squares"],
        "total": ["average", "mean", "median", "product"],
        "increase": ["raise", "compare", "round"],
        "increased": ["raised", "compared"],
        "more than": ["percent of", "% of", "squared plus"],
        "together": ["and squared", "as a fraction"],
        "+": ["^", "**", "%", " mod ", "^"],
    },
]


def _swap_operator(template: str, rng: Rng) -> str | None:
    family = _OPERATOR_FAMILIES[0] if rng.random() < 0.35 else choice(rng, _OPERATOR_FAMILIES)
    if not _ADD_KEYWORD.search(template):
        return None
    return _ADD_KEYWORD.sub(lambda match: choice(rng, family[match.group(0)]), template)


_EXTRA_OPERATIONS = _lines(
    """
{sum} minus {c}
{sum} times {c}
{sum}, then multiply by {c}
{sum} and then divide by {c}
{sum}, then subtract {c}
{sum}, all squared
{sum} squared
{sum} * {c}
{sum} - {c}
{sum} / {c}
({sum}) * {c}
is {sum} greater than {c}
is {sum} less than {c}
is {sum} bigger than {c}
is {sum} equal to {c}
is {sum} more than {c}
{sum} > {c}?
{sum} < {c}?
{sum}, and is that prime
{sum}, then halve it
{sum} and double it
{sum}, then take the square root
{sum} mod {c}
{sum} percent
{sum} divided by {c}
{sum}, rounded to the nearest ten
round {sum} to the nearest hundred
{sum} in binary
{sum}, as a fraction
{sum}, then square it
half of {sum}
    """
)
_BARE_SUMS = _bars(
    "{a} plus {b}|{a} + {b}|{a}+{b}|the sum of {a} and {b}|{a} and {b} added together|{a} plus {b} plus {c}"
)
_TWO_NUMBER_FORMS = _bars(
    "{a} and {b}|{a} and {b}|{a}, {b} and {c}|both {a} and {b}|{a} or {b}|{a} & {b}|{a}, {b}|all of {a}, {b} and {c}"
)
_EXPRESSION_FORMS = _bars(
    "{a} + {b}|{a} plus {b}|{a} times {b}|{a} - {b}|{a}*{b}|{a} minus {b}|the sum of {a} and {b}|{a}+{b}|"
    "{a}²|{a} squared|{a} divided by {b}|({a} + {b})|{a} x {b}|the product of {a} and {b}|half of {a}|{a}!"
)
_PARITY_SWAPS = _bars(
    "prime|prime|negative|negative|positive|composite|a perfect square|a square number|a cube|positive|negative|"
    "a palindrome|"
    "a fibonacci number|a power of two|a multiple of {k}|divisible by {k}|greater than {c}|bigger than {c}|"
    "smaller than {c}|a triangular number|a round number|a perfect number|a whole number|an integer|"
    "a prime number|a square|larger than {c}|equal to {c}|rational|a factor of {c}|evenly divisible by {k}|"
    "divisible by {k} or not|prime or composite|positive or negative|a multiple of {k} or not|"
    "bigger or smaller than {c}|a perfect square or not"
)
_PARITY_LABEL_SWAPS = _bars(
    "prime or composite|primality|sign|square root|prime factors|factors|digit sum|remainder mod {k}|"
    "last digit|number of digits|divisors|cube root|absolute value|prime or not|positive or negative|"
    "remainder when divided by {k}|square|log"
)
_PARITY_KEYWORD = re.compile(
    r"\b(even or odd|odd or even|even/odd|odd/even|even or not|odd or not|even or uneven|an even number|"
    r"an odd number|an even or an odd number|even|odd|parity)\b"
)
_PARITY_TWO = re.compile(r"\b(divisible by|multiple of|divided by|divide by) (2|two)\b")
_SECOND_QUESTIONS = _lines(
    """
what about {c}?
and {c}?
, and {c}?
. and is {c} odd?
. is {c} even too?
also, is {c} odd
and what about {c}
? and {c}
or is {c} odd
and {c} too
    """
)


_DIVISIBILITY_PREDICATES = _bars(
    "divisible by 2|divisible by two|a multiple of 2|a multiple of two|evenly divisible by 2|divisible by 2 or not|"
    "exactly divisible by 2|cleanly divisible by two"
)
_DIVISIBILITY_SHAPES = [shape for shape in _PARITY_SHAPES if "{pred}" in shape] + [
    template for template in _PARITY if _PARITY_TWO.search(template)
]


def _swap_parity(template: str, rng: Rng) -> str | None:
    swapped = _PARITY_TWO.sub(lambda match: match.group(1) + " {k}", template)
    if _PARITY_KEYWORD.search(swapped):
        replacement = choice(rng, _PARITY_SWAPS)

        def swap(match: re.Match[str]) -> str:
            return choice(rng, _PARITY_LABEL_SWAPS) if match.group(0) == "parity" else replacement

        swapped = _PARITY_KEYWORD.sub(swap, swapped)
    return swapped if swapped != template else None


_WORD_OP_VERBS = _bars(
    "capitalize|capitalise|uppercase|lowercase|translate|define|sort the letters of|shuffle|count the letters in|"
    "count the vowels in|repeat|pluralize|scramble|spell check|underline|hyphenate|explain|describe|pronounce|"
    "conjugate|abbreviate|encrypt|decode|alphabetize|duplicate|italicize|bold|copy|delete|"
    "remove the vowels from|find anagrams of|find a synonym for|find the opposite of|sort|count the words in|"
    "check the spelling of|rhyme with|upper-case|make uppercase|title-case|spell|censor|emphasize|rot13|"
    "give the definition of|find the length of|say hello to|summarize|paraphrase|rephrase|correct"
)
_WORD_OP_TAILS = _bars(
    "forwards|forward|normally|correctly|in capitals|in capital letters|in uppercase|in lowercase|in caps|"
    "in all caps|in french|in german|in spanish|in japanese|in alphabetical order|in sorted order|out loud|twice|"
    "three times|in pig latin|in morse code|in bold|in italics|with dashes|phonetically|in cursive|in binary|"
    "in full|letter by letter|properly|in a sentence|in title case|in braille|the same way|again|in order|"
    "with hyphens|upside down|in emoji|in leetspeak|in a poem|with a capital letter|in the usual order|"
    "the normal way|capitalized|uppercased|sorted|translated|shuffled|defined|"
    "repeated|spelled correctly"
)
_NOT_A_WORD = _bars(
    "the words in {q}|the word order of {q}|the order of the words in {q}|the list {list}|the list [{list}]|"
    "the numbers {list}|the array [{list}]|the words of {q}|the order of {list}|"
    "the sequence {list}|[{list}]|the order of words in {q}|the word order in {q}|the items {list}|"
    "the sentence order of {q}|the lines of this poem|the rows of a table|the sort order"
)
_REVERSAL_VERB_WORD = re.compile(r"\b(reverse|flip|mirror|invert|backspell|reverse-spell)\b")
_REVERSAL_TAIL_WORD = re.compile(
    r"\b(backwards|backward|in reverse order|in reverse|reversed|back to front|from right to left|"
    r"in the opposite order|mirrored|in reversed order|the other way around|the other way round|from end to start|"
    r"from the last letter to the first|from back to front)\b"
)


def _swap_reversal(template: str, rng: Rng) -> str | None:
    verb = choice(rng, _WORD_OP_VERBS)
    tail = choice(rng, _WORD_OP_TAILS)
    swapped = _REVERSAL_VERB_WORD.sub(verb, template)
    swapped = _REVERSAL_TAIL_WORD.sub(tail, swapped)
    return swapped if swapped != template else None


def _other_operand_in_reversal(template: str, rng: Rng) -> str | None:
    """A reversal sentence whose object is not one word or phrase: the word order, a list."""
    if not _REVERSAL_VERB_WORD.search(template) or re.search(r"letter|character|spell|phrase|sentence|text", template):
        return None
    for slot in ("the word {w}", "the string {w}", "{w}", "{q}", "{obj}"):
        if slot in template:
            return template.replace(slot, choice(rng, _NOT_A_WORD), 1)
    return None


_MIXED_OPERATORS = [
    " + ",
    " plus ",
    " - ",
    " minus ",
    " * ",
    " times ",
    " x ",
    " / ",
    " divided by ",
    "^",
    " × ",
    " multiplied by ",
    "-",
    "*",
]


_MIXED_SHAPES = _bars(
    "{m}|{m}|what is {m}|what's {m}|calculate {m}|{m} = ?|{m}=|compute {m}|solve {m}|how much is {m}|"
    "evaluate {m}|{m} equals|work out {m}|what does {m} come to|result of {m}|tell me {m}"
)


def _mixed(numbers: list[str], rng: Rng) -> str:
    """Numbers joined by operators, at least one of them not an addition."""
    operators = [
        choice(rng, _MIXED_OPERATORS[:2]) if rng.random() < 0.5 else choice(rng, _MIXED_OPERATORS) for _ in numbers[1:]
    ]
    # Subtraction, the commonest cousin and the hardest to tell from a sign ("5 plus minus 3" is an addition).
    other = choice(rng, _MIXED_OPERATORS[2:4]) if rng.random() < 0.5 else choice(rng, _MIXED_OPERATORS[2:])
    operators[randrange(rng, len(operators))] = other
    return numbers[0] + "".join(op + n for op, n in zip(operators, numbers[1:], strict=True))


_BINARY_OPERATORS = [
    " minus ",
    " minus ",
    " - ",
    "-",
    " - ",
    " times ",
    " times ",
    " x ",
    " * ",
    "*",
    " divided by ",
    " / ",
    "/",
    " over ",
    " mod ",
    " to the power of ",
    "^",
    " less ",
    " multiplied by ",
    " take away ",
    " × ",
    " ÷ ",
]


def arithmetic_cousin(rng: Rng) -> str:
    """Plain other arithmetic on two or three numbers, an addition among them or not: "12 minus 5",
    "12 plus 520 minus 6", "4 times 55 plus 6"."""
    numbers = integers(rng, 2 if rng.random() < 0.45 else 3)
    if len(numbers) == 2:
        expression = numbers[0] + choice(rng, _BINARY_OPERATORS) + numbers[1]
    else:
        addition = (
            choice(rng, [" plus ", " plus ", " + ", "+"]) if rng.random() < 0.8 else choice(rng, _BINARY_OPERATORS)
        )
        # "minus" is also a sign ("5 plus minus 3" is an addition), so it is the other operator half the time.
        other = choice(rng, [" minus ", " - ", "-"]) if rng.random() < 0.5 else choice(rng, _BINARY_OPERATORS)
        operators = [other, addition]
        if rng.random() < 0.5:
            operators.reverse()
        expression = numbers[0] + operators[0] + numbers[1] + operators[1] + numbers[2]
    return render(rng, choice(rng, _MIXED_SHAPES), {"m": lambda: expression})


def addition_cousin(rng: Rng, slots: Slots) -> str:
    """An addition sentence with another operator, an operand that is not an integer, or another step."""
    kind = rng.random()
    template = choice(rng, _ADD_TWO if rng.random() < 0.75 else _ADD_MANY)
    numbers = integers(rng, randint(rng, 3, 5))
    slots = {
        **slots,
        "list": lambda: join_list(numbers, rng),
        "list_plus": lambda: _mixed(numbers, rng),
        "list_sym": lambda: _mixed(numbers, rng),
    }
    if kind < 0.3:
        swapped = _swap_operator(template, rng)
        if swapped is not None:
            return render(rng, swapped, slots)
    if kind < 0.65:  # the same sentence, but an operand is a decimal, a fraction, a power, a root, ...
        other: Callable[[], str] = choice(rng, [lambda: decimal(rng), lambda: expression(rng)])
        if rng.random() < 0.2:
            numbers[randrange(rng, len(numbers))] = other()
            return pick(
                rng,
                _ADD_MANY,
                list=lambda: join_list(numbers, rng),
                list_plus=lambda: " plus ".join(numbers),
                list_sym=lambda: choice(rng, [" + ", "+"]).join(numbers),
            )
        template = choice(rng, _ADD_TWO)
        target = choice(rng, ["{a}", "{b}"])
        values = dict(slots)
        values[target[1:-1]] = other
        if rng.random() < 0.3:  # both operands
            values["a" if target == "{b}" else "b"] = other
        return render(rng, template, values)
    if kind < 0.87:  # several operations in a row, one of them an addition
        mixed = _mixed([*numbers[:2], *integers(rng, randint(rng, 0, 2))], rng)
        return render(rng, choice(rng, _MIXED_SHAPES), {"m": lambda: mixed})
    shape = choice(rng, _EXTRA_OPERATIONS)
    if shape.startswith("is ") or "{sum} <" in shape or "{sum} >" in shape:
        base = render(rng, choice(rng, _BARE_SUMS), slots, noise=False)
    else:
        base = render(rng, choice(rng, _ADD_TWO), slots, noise=False)
    return render(rng, shape, {**slots, "sum": lambda: base})


def parity_cousin(rng: Rng, slots: Slots) -> str:
    """A parity sentence about another property, several numbers, a non-integer, or two questions in one."""
    kind = rng.random()
    if kind < 0.25:
        for _ in range(4):
            swapped = _swap_parity(parity_template(rng), rng)
            if swapped is not None:
                return render(rng, swapped, slots)
    if kind < 0.45:  # divisible by / a multiple of anything but two
        template = choice(rng, _DIVISIBILITY_SHAPES).replace("{pred}", choice(rng, _DIVISIBILITY_PREDICATES))
        template = template.replace("{asker}", choice(rng, _PARITY_ASKERS))
        return render(rng, _PARITY_TWO.sub(lambda match: match.group(1) + " {k}", template), slots)
    template = parity_template(rng)
    if kind < 0.55:
        form = choice(rng, _TWO_NUMBER_FORMS)
        return render(rng, template.replace("{n}", form).replace("is " + form, "are " + form, 1), slots)
    if kind < 0.65:
        return render(rng, template.replace("{n}", choice(rng, _EXPRESSION_FORMS)), slots)
    if kind < 0.8:
        return render(rng, template, {**slots, "n": lambda: decimal(rng)})
    first = render(rng, template, slots, noise=False)
    second = choice(rng, _SECOND_QUESTIONS)
    joined = "{first}" + ("" if second[0] in ",.?" else " ") + second
    return render(rng, joined, {"first": lambda: first, "c": slots["c"]})


def reversal_cousin(rng: Rng, slots: Slots) -> str:
    """A reversal sentence with another word operation, or about the word order or a list."""
    kind = rng.random()
    for _ in range(4):
        if rng.random() < 0.5:
            template = choice(rng, _REVERSAL)
        else:
            template = _reversal_shape(rng, _reversal_slots(rng, _REV_OBJECTS))
        changed = _swap_reversal(template, rng) if kind < 0.5 else _other_operand_in_reversal(template, rng)
        if changed is not None:
            return render(rng, changed, slots)
    return render(rng, choice(rng, _PALINDROME), slots)


_PALINDROME = _lines(
    """
is {w} the same backwards
does {w} read the same backwards
does {w} read the same forwards and backwards
is {w} spelled the same in reverse
is {w} the same when reversed
is {w} identical backwards
is {w} a palindrome
is {w} the same both ways
would {w} be the same written backwards
check if {w} is a palindrome
is {q} a palindrome
does {w} stay the same reversed
    """
)

# --------------------------------------------------------------------------------------------------------
# unsupported, part 2: everything else
# --------------------------------------------------------------------------------------------------------
_OTHER_ARITHMETIC = _lines(
    """
what is {a} minus {b}
{a} minus {b}
{a} - {b}
{a}-{b}
subtract {a} from {b}
{a} take away {b}
what is {a} times {b}
{a} times {b}
{a} * {b}
{a}*{b}
{a} x {b}
{a} × {b}
multiply {a} by {b}
multiply {a} and {b}
the product of {a} and {b}
what is {a} divided by {b}
{a} divided by {b}
{a} / {b}
{a} ÷ {b}
divide {a} by {b}
{a} to the power of {b}
{a}^{b}
{a} ** {b}
{a} squared
{a} cubed
what is {a}²
square root of {a}
the cube root of {a}
sqrt({a})
{a} percent of {b}
{a}% of {b}
average of {list}
the mean of {list}
median of {list}
what is {a} mod {b}
{a} % {b}
remainder when {a} is divided by {b}
{a} factorial
{a}!
what is {a} plus {b} times {c}
{a} + {b} * {c}
({a} + {b}) * {c}
{a} plus {b} minus {c}
{a} + {b} - {c}
difference between {a} and {b}
what is {d} plus {e}
{d} + {e}
add {d} and {d2}
sum of the digits of {a}
add the digits of {a}
what is the log of {a}
{a} plus {b} divided by {c}
add {a} and {b} then multiply by {c}
double {a}
half of {a}
triple {a}
{a} minus {b} plus {c}
sum of squares of {list}
what is {a} over {b}
{a} less {b}
{a} multiplied by {b}
what's {a} plus {b} squared
is {a} plus {b} greater than {c}
{a} plus {b} times two
what is the product of {list}
decrease {a} by {b}
how many times does {b} go into {a}
what is {a} percent of {b}
calculate the area of a circle with radius {a}
{a} / {b} + {c}
integrate x^{a}
derivative of x^{a}
solve x + {a} = {b}
what is sin({a})
convert {a} km to miles
{a} plus {b} all squared
subtract {b} from the sum of {a} and {c}
what is one third of {a}
round {d} to the nearest whole number
what is {a} minus negative {b}
{a} less than {b}
what is {a} less than {b}
{a} fewer than {b}
subtract {a} and {b}
the difference of {a} and {b}
{a} minus {b} equals
{a} take {b}
what's {a} over {b}
the quotient of {a} and {b}
{a} to the {b}th power
{a} raised to {b}
the {b}th root of {a}
{a} percent off {b}
what is {a}% of {b}
the average of {a} and {b}
mean of {list}
range of {list}
mode of {list}
standard deviation of {list}
variance of {list}
cumulative sum of {list}
running total of {list}
sum of the squares of {a} and {b}
sum of {a}/{b} and {c}
what is {a}/{b} + {c}/{b}
sum of the first {a} primes
sum of the odd numbers up to {a}
sum of the even numbers below {a}
sum of the digits in {a}
total of the digits of {a}
add up the digits of {a}
what is {a} plus {b} plus {c} minus {a}
{a} + {b} + {c} - {a}
{a} + {b} × {c}
{a} plus {b} times {c} plus {a}
what's {a} minus {b} plus {c}
calculate ({a} + {b}) / {c}
what is {a} + {b} / {c}
is {a} plus {b} equal to {c}
does {a} + {b} = {c}
check: {a} + {b} = {c}?
is {a} + {b} = {c} true
true or false: {a} plus {b} is {c}
solve for x: x + {a} = {b}
x + {a} = {b}, find x
if x = {a}, what is x + {b}
simplify x + x
expand (x + {a})^2
factor x^2 + {a}x + {b}
{a} km + {b} miles
{a} dollars plus {b} euros in dollars
convert {a} celsius to fahrenheit
how many seconds in {a} hours
what is {a} hours plus {b} minutes in seconds
what time is it {a} hours after {b} pm
count from {a} to {b}
count down from {a}
count backwards from {a}
tip of {a}% on {b} dollars
compound interest on {a} at {b}%
    """
)
_NUMBER_QUESTIONS = _lines(
    """
is {n} prime
is {n} a prime number
is {n} divisible by {k}
is {n} a multiple of {k}
is {a} greater than {b}
is {a} less than {b}
which is bigger, {a} or {b}
is {a} bigger than {b}
is {n} a perfect square
is {n} a square number
is {n} positive
is {n} negative
what are the factors of {n}
prime factors of {n}
round {n} to the nearest ten
how many digits does {n} have
convert {n} to binary
write {n} in words
what comes after {n}
is {n} a fibonacci number
are {a} and {b} odd
are {a} and {b} even
is {a} + {b} even
is {a} plus {b} odd
is {d} even
is {d} odd
list the even numbers between {a} and {b}
list the odd numbers up to {n}
count from {a} to {b}
sort {list}
what is the largest of {list}
what is the smallest of {list}
is {n} a power of two
what is {n} in roman numerals
is {a} equal to {b}
compare {a} and {b}
what number comes before {n}
how many even numbers are there below {n}
give me an odd number
give me an even number greater than {n}
what is the next prime after {n}
is {n} a whole number
gcd of {a} and {b}
lcm of {a} and {b}
is {n} divisible by {k} or not
what is the square of {n}
is {n} a cube
pick a random number
what is the biggest number
is zero a number
how do you know if a number is even
why is {n} odd
what is an odd number
explain what even numbers are
sum of all even numbers below {n}
how many odd numbers between {a} and {b}
is the sum of {a} and {b} even
is {a} times {b} even
what is the sum of the first {n} numbers
are all primes odd
is {n} a multiple of {k}
is {n} evenly divisible by {k}
can {n} be divided by {k}
does {k} divide {n}
is {n} divisible by {k}, yes or no
is {n} a palindrome number
is {n} a palindrome
is {n} a happy number
is {n} a perfect number
is {n} a triangular number
how many factors does {n} have
what is {n} mod {k}
what is the remainder of {n} divided by {k}
what is the last digit of {n}
what is the digit sum of {n}
is {n} bigger than {k}
is {n} more than {c}
which is smaller, {a} or {b}
which number is larger: {a} or {b}
is {a} closer to {b} or {c}
what's halfway between {a} and {b}
is {n} a lucky number
is {n} a round number
what's special about the number {n}
fun fact about the number {n}
what is {n} in hex
what is {n} in base 3
spell {n} in words
how do you say {n} in french
round {n} to the nearest hundred
is {n} a leap year
what's the next even number after {n}
what is the next odd number after {n}
the even number before {n}
the nearest odd number to {n}
the smallest even number greater than {n}
what is the largest odd number below {n}
how many even numbers are less than {n}
which even number comes after {n}
what year is {n} years from now
what is the {n}th prime
    """
)
_WORD_OPERATIONS = _lines(
    """
uppercase {w}
make {w} uppercase
convert {w} to uppercase
convert {w} to lowercase
capitalize {w}
how many letters are in {w}
count the letters in {w}
count the vowels in {w}
is {w} a palindrome
is {w} the same backwards
translate {w} to french
translate {w} into spanish
define {w}
what does {w} mean
what rhymes with {w}
sort the letters of {w}
sort the letters in {w} alphabetically
find an anagram of {w}
spell {w}
how do you spell {w}
what is the first letter of {w}
what is the last letter of {w}
reverse the words in {q}
reverse the word order of {q}
reverse the order of the words in {q}
reverse the list {list}
reverse the list [{list}]
repeat {w} three times
remove the vowels from {w}
give me a synonym for {w}
use {w} in a sentence
shuffle the letters of {w}
how do you pronounce {w}
is {w} a real word
what is the length of {w}
double the word {w}
write {w} in capital letters
what language is {w}
spell {w} out loud
encrypt {w}
rot13 {w}
write {w} in morse code
swap the first and last letters of {w}
how many syllables in {w}
what is the plural of {w}
write a poem about {w}
tell me a story about {w}
search for {w}
is {w} spelled correctly
correct the spelling of {w}
write {w} in lowercase
title case {w}
count the words in {q}
sort the words in {q}
does {w} read the same backwards
is {w} an anagram of {w2}
reverse the order of {list}
sort {list} in reverse order
reverse engineer {w}
what is {w} in pig latin
spell {w} with dashes between letters
remove duplicates from {w}
what's the opposite of {w}
what is the reverse of the list {list}
does {w} read the same backwards
is {w} the same forwards and backwards
is {w} a palindrome word
is {w} spelled the same reversed
which letters of {w} are vowels
make {w} plural
hyphenate {w}
what is {w} in french
write {w} in bold
spell {w} letter by letter
what is the reverse of the word order in {q}
reverse the order of the words {q}
remove the last letter of {w}
what letter comes after {w}
capitalise {w}
capitalize the word {w}
uppercase the word {w}
make {w} all caps
put {w} in capitals
change {w} to lowercase
how many vowels does {w} have
how many consonants are in {w}
count the characters in {w}
what letter does {w} start with
what letter does {w} end with
which letter appears most in {w}
does {w} contain the letter e
what's an anagram of {w}
unscramble {w}
what is {w} in german
translate {q} to italian
say {w} in spanish
what's the meaning of {w}
meaning of {w}
a word that rhymes with {w}
synonym of {w}
antonym of {w}
spell {w} for me
spell {w} correctly
how is {w} spelled
sort these words: {q}
alphabetize {q}
sort the words of {q} alphabetically
reverse the order of the words in the sentence {u}
reverse the order of words: {q}
reverse word order: {q}
words in reverse order: {q}
reverse the word order: {q}
put these words in reverse order: {u}
reverse the order of these words: {u}
reverse the sequence of words in {q}
flip the word order of {q}
write {q} with the words in reverse order
give me the words of {q} backwards
reverse the words of the sentence {u}
reverse each word's position in {q}
put the words of {q} in reverse order
write the words of {q} in reverse order
list the words in {q} backwards
reverse the list: {list}
reverse these numbers: {list}
reverse this list [{list}]
sort this list in descending order: {list}
flip the order of {list}
write the numbers {list} in reverse order
put {list} in reverse order
    """
)
_CHIT_CHAT = _lines(
    """
hi
hello
hey there
how are you
how are you doing today
what's your name
who are you
tell me a joke
thanks
thank you so much
good morning
good night
who made you
what can you do
i'm bored
do you like music
what's up
are you a robot
are you smart
lol
ok
yes
no
cool
nice
bye
see you later
i love you
how old are you
what is the meaning of life
can you help me
help
what should i eat today
tell me something interesting
you are awesome
that's odd
that is an odd thing to say
even so, i think you are wrong
i don't even know
odd question but do you dream
what are the odds of winning the lottery
let's get even
the odd one out
an odd number of people came
even numbers are boring
i'm feeling odd today
break even point
are we even now
what do you think about {w}
do you know {w}
test
testing 1 2 3
hello world
are you there
can you reason
are you an llm
explain how you work
what model are you
sing a song
good evening
good afternoon
how's it going
how was your day
what are you up to
nice to meet you
you're funny
i'm sad today
i'm so tired
tell me a fun fact
tell me a riddle
tell me a story
write me a poem
do you have feelings
what's your favorite color
what's your favourite food
do you dream
are you sentient
where are you from
can we be friends
i need advice
never mind
sorry, wrong chat
oops
my bad
whatever
sure
maybe
interesting
wow
hmm interesting
ok thanks
thanks a lot
you're the best
that was wrong
try again
that's not right
what did i just ask
can you speak spanish
do you speak french
what day is it
i'm back
hello? anyone there
what's new
    """
)
_CHAT_THINGS = _bars(
    "music|movies|pizza|cats|dogs|football|the weather|coffee|summer|video games|books|math|school|my job|"
    "my cat|travel|the ocean|chess|anime|cooking|rain|mondays|weekends|space"
)
_CHAT_SHAPES = _lines(
    """
do you like {thing}
i love {thing}
i hate {thing}
what do you think about {thing}
what's your favorite thing about {thing}
tell me something about {thing}
tell me a joke about {thing}
let's talk about {thing}
i'm thinking about {thing}
are you into {thing}
have you heard of {thing}
what's your opinion on {thing}
{thing} is my favorite
can you recommend some {thing}
    """
)
_GENERAL = _lines(
    """
what is the capital of france
who wrote hamlet
how far away is the moon
what's the weather today
explain quantum physics
give me a recipe for pancakes
what year did world war 2 end
who is the president of the united states
how do airplanes fly
what is photosynthesis
recommend a good book
what time is it
how many continents are there
what is dna
summarize the french revolution
what is the tallest mountain
how do i cook rice
what is machine learning
why is the sky blue
how many people live in china
what is love
who painted the mona lisa
what is the speed of light
translate hello to german
how many days in a year
what is the boiling point of water
write an essay about climate change
what is bitcoin
how do vaccines work
best places to visit in {w}
what is {w}
who invented the telephone
how does the stock market work
how many legs does a spider have
what is the population of {w}
is it going to rain tomorrow
what's the date today
name three fruits
how do i get to the station
what is the plot of {w}
how tall is mount everest
how big is the sun
how old is the universe
how deep is the ocean
what is the largest country
who discovered penicillin
who was albert einstein
what causes earthquakes
what is gravity
when was the internet invented
what language do they speak in brazil
what's the longest river in the world
how many bones are in the human body
how many planets are in the solar system
what is the chemical formula for water
who won the world cup in 2018
what is inflation
how do i make coffee
how do i tie a tie
how can i sleep better
how do i learn spanish
what is the meaning of {w}
who is {w}
where is {w}
tell me about {w}
history of {w}
facts about {w}
is {w} a country
    """
)
_TOPICS = _bars(
    "the roman empire|black holes|volcanoes|the human heart|the moon landing|electric cars|the pyramids|"
    "climate change|the stock market|dinosaurs|the olympics|the internet|vaccines|solar panels|bees|"
    "the french revolution|jupiter|the amazon rainforest|world war 1|shakespeare|penguins|earthquakes"
)
_PLACES = _bars(
    "the moon|the sun|mars|paris|tokyo|london|new york|the north pole|australia|mount everest|the eiffel tower|"
    "the ocean|china|brazil|egypt|the earth|jupiter|the amazon|canada|the sahara|iceland|rome|kenya"
)
_FACT_SHAPES = _lines(
    """
how far is {place} from {place2}
how far away is {place}
how big is {place}
how hot is {place}
how cold is {place}
how old is {place}
how tall is {place}
how deep is {place}
how long does it take to get to {place}
what is the capital of {place}
what is the population of {place}
what language do they speak in {place}
what's the weather like in {place}
where is {place}
who discovered {place}
when was {place} discovered
why is {place} so hot
what is {place} made of
is {place} bigger than {place2}
can you see {place} from {place2}
what time is it in {place}
what currency does {place} use
tell me a fun fact about {place}
who was the first person on {place}
how many people live in {place}
    """
)
_GENERAL_SHAPES = _lines(
    """
tell me about {topic}
explain {topic}
what do you know about {topic}
give me three facts about {topic}
write a short essay on {topic}
summarize {topic}
why are {topic} important
how do {topic} work
what is the history of {topic}
when did {topic} start
who studies {topic}
what's interesting about {topic}
    """
)
_CODE = _lines(
    """
write a python function to add two numbers
how do i reverse a string in javascript
how do i check if a number is even in python
write code to reverse a list
sort a list in python
what is a for loop
fix my code: print(x
write a sql query to sum a column
how to add numbers in excel
explain recursion
write a function that returns the parity of n
def add(a, b): return a + b
console.log({a} + {b})
print({a} + {b})
x = {a} + {b}
how do i write a hello world program
what is git
reverse a linked list
implement binary search
what does the modulo operator do
write a regex for emails
how to sum a list in python
how do you reverse an array in c
is python better than java
string reverse function in go
create a react component
what is an api
write a function to check parity of an integer
write a function that checks if a number is odd
sort an array in c++
how do i add two numbers in java
javascript code to sum an array
write a program that reverses a word
python script to check if a number is even or odd
how to reverse a string in python
c++ program to add two integers
write a bash script to add {a} and {b}
implement an is_even function
code for the sum of a list
how do i reverse words in a sentence in java
in python, how do i test whether {a} is even
what does a + b mean in c
write unit tests for an add function
    """
)
_LANGUAGES = _bars(
    "python|javascript|js|java|c|c++|c#|go|rust|ruby|php|swift|kotlin|haskell|bash|sql|excel|typescript|r|"
    "matlab|perl|scala|lua|dart|elixir|powershell|assembly"
)
_CODE_TASKS = _bars(
    "adds two numbers|reverses a string|checks if a number is even|checks if a number is odd|sums a list|"
    "reverses a list|returns the parity of n|adds {a} and {b}|reverses the word {w}|tests whether n is even|"
    "sums the numbers in an array|reverses an array|reverses a linked list|prints even numbers|"
    "counts odd numbers|adds up user input|reverses words in a sentence|computes a factorial|sorts a list|"
    "finds the maximum|parses a csv file|prints hello world|checks for palindromes|adds two matrices|"
    "computes fibonacci numbers|reads a file|sends an http request|validates an email|adds an item to a list"
)
_CODE_ERRORS = _lines(
    """
TypeError: unsupported operand type(s) for +: 'int' and 'str'
TypeError: can only concatenate str (not "int") to str
ValueError: invalid literal for int() with base 10: '{a}'
IndexError: list index out of range
KeyError: '{w2}'
NameError: name 'x' is not defined
SyntaxError: invalid syntax
ZeroDivisionError: division by zero
AttributeError: 'list' object has no attribute 'reverse_words'
segmentation fault (core dumped)
error: cannot find symbol
NullPointerException at line {b}
Uncaught TypeError: Cannot read properties of undefined
RecursionError: maximum recursion depth exceeded
    """
)
_CODE_SNIPPETS = _bars(
    "x += 1|a + b|print({a} + {b})|s[::-1]|n % 2 == 0|x & 1|sum(nums)|reversed(s)|''.join(reversed(s))|"
    "arr.reverse()|lst[::-1]|return a + b|if n % 2: print('odd')|for i in range(10): print(i)|i++|x = x + 1|"
    "console.log(a + b)|SELECT SUM(price) FROM orders|=SUM(A1:A10)|len(s)|def f(x): return x * 2|"
    "git reset --hard|pip install numpy|let x = {a};|std::reverse(s.begin(), s.end())|"
    "System.out.println(a + b);|a = {a} + {b}|total += n|is_even = n % 2 == 0|str.split(' ')|"
    'x == y|while True: pass|{{1, 2, 3}}|[::-1]|even = [n for n in nums if n % 2 == 0]|{{"a": 1}}|'
    "SELECT * FROM users WHERE id = {a}|x = [1, 2, 3]|print(sum([1, 2, 3]))|n & 1 == 0|a += b"
)
_CODE_IMPERATIVES = _bars(
    "reverse a list|reverse a string|reverse an array|reverse words in a sentence|check if a number is even|"
    "check if a number is odd|check whether n is even|test if a number is odd or even|add two numbers|"
    "sum an array|sum a list of numbers|add numbers from input|add {a} and {b}|reverse the word {w}|"
    "get the parity of a number|add two integers|sum two columns|count even numbers in a list|"
    "print odd numbers|reverse a number|add up a column|flip a string|read a file backwards|sort a list"
)
_CODE_IMPERATIVE_SHAPES = _lines(
    """
how to {itask} in {lang}
how do i {itask} in {lang}
how do you {itask} in {lang}
{itask} in {lang}
{lang}: {itask}
best way to {itask} in {lang}
what's the fastest way to {itask} in {lang}
in {lang}, how do i {itask}
write code to {itask}
write a program to {itask}
code to {itask} in {lang}
is there a built-in to {itask} in {lang}
can you show me how to {itask} using {lang}
what function do i use to {itask} in {lang}
    """
)
_CODE_SHAPES = _lines(
    """
write a {lang} function that {task}
write a {lang} program that {task}
write {lang} code that {task}
give me a {lang} script that {task}
how do i write a function that {task}
{lang} function that {task}
a {lang} one-liner that {task}
write a unit test for a function that {task}
write a regex that {task}
how do i make a {lang} program that {task}
show me {lang} code which {task}
can you code something that {task}
implement a class that {task}
what does `{snippet}` do
what does {snippet} do in {lang}
explain this {lang} code: {snippet}
why does {snippet} give an error
debug this: {snippet}
fix this {lang} code: {snippet}
what's the output of {snippet}
convert this to {lang}: {snippet}
is `{snippet}` valid {lang}
how do i install {lang}
how do i learn {lang}
is {lang} better than {lang2}
what is a {concept} in {lang}
explain {concept}
{error}
{error} - help
how do i fix {error}
what does this error mean: {error}
getting {error} in {lang}
why am i getting {error}
convert this json to yaml: {json}
is this valid json: {json}
how do i use {concept} in {lang}
    """
)
_CODE_CONCEPTS = _bars(
    "for loop|while loop|closure|pointer|class|lambda|list comprehension|dictionary|hash map|recursion|"
    "generator|promise|decorator|interface|struct|enum|thread|mutex|regex|api|variable|function|array|"
    "string|integer overflow|bitwise operator|modulo operator|ternary operator|exception"
)
_OTHER_SENSE = _lines(
    """
even my {noun} knows that
i can't even
i don't even know what to say
not even close
even so, i'm not sure
even though it rained, we went out
even if you try, it won't work
that's even better
it got even worse
even now i think about it
even the {noun} laughed
{noun}s are odd creatures
that's odd
how odd
it's odd that the {noun} is missing
what an odd thing to say
an odd {noun}
the odd {noun} out
oddly enough, it worked
oddly specific question
odds and ends
the odds are in our favor
the odds are against us
against all odds
we are at odds about it
what are the odds
the odd one out
find the odd one out: {list}
which is the odd one out: {w}, {w2} or {w3}
odd one out in {list}
odd jobs around the house
i'm wearing odd socks
the odd couple
my {noun} is acting odd
odd behavior from my {noun}
let's get even
we broke even
break even analysis
even out the {noun}
spread the {noun} evenly
divide the {noun} evenly among us
evenly matched teams
good evening
evening plans
list the even numbers
list the odd numbers
list the even numbers between {a} and {b}
list the odd numbers up to {a}
even numbers between {a} and {b}
odd numbers from {a} to {b}
print all even numbers below {a}
give me {k} odd numbers
name {k} even numbers
what are the even numbers up to {a}
which numbers in {list} are even
which of {list} are odd
count the even numbers in {list}
how many odd numbers are there between {a} and {b}
sum of the even numbers up to {a}
what is an even number
what are odd numbers
define odd number
examples of even numbers
why are even numbers called even
are odd numbers lucky
who invented even numbers
prove that the sum of two odd numbers is even
is an odd number plus an odd number even
give me five odd facts about {noun}s
tell me something odd
odd question, but do you like {thing}
even {noun}s need rest
at even intervals
an even playing field
on an even keel
{noun}s at odd hours
odd-numbered pages
the evens and the odds
my {noun} does odd jobs for money
she has an odd sense of humor
isn't that a little odd
kind of odd, right
odd, i could have sworn i saved it
well that's odd
it seems odd to me
that was an odd {noun}
the odd thing is, it worked yesterday
something odd happened today
at odd moments
an oddly shaped {noun}
even a {noun} could do that
even {thing} is boring now
i even tried restarting it
she didn't even call
it's not even monday yet
even after all this time
we should split the bill evenly
it rained evenly all day
even-tempered people
an even split
that's an even bigger problem
odd numbers only please, for the lottery
    """
)
_OTHER_SENSE_SHAPES = _lines(
    """
{be} {deg} odd
{be} {deg} odd, isn't it
{be} odd that {clause}
{be} {deg} odd how {clause}
what an odd {oddthing}
an odd {oddthing}
i have an odd {oddthing}
it's an odd {oddthing}
that's an odd {oddthing}, don't you think
such an odd {oddthing}
odd, {clause}
how odd, {clause}
oddly, {clause}
{clause}, which is odd
i feel even {adj} now
it got even {adj}
this is even {adj} than yesterday
even {clause}
even so, {clause}
{clause}, even though {clause2}
even if {clause}, i'm fine
i didn't even {verb}
we can't even {verb}
not even my {noun} would {verb}
you don't even {verb}
{clause} - odd
    """
)
_OTHER_SENSE_SLOTS = {
    "be": _bars("it's|that's|this is|that seems|it feels|it looks|this sounds|isn't that|that was|seems|it is"),
    "deg": _bars("a bit|kind of|really|so|pretty|very|a little|quite|rather|super|somewhat|just|"),
    "oddthing": _bars(
        "feeling|question|request|choice|smell|noise|habit|dream|coincidence|thing to say|way to start|"
        "number of people|sense of humor|look|vibe|day|error message|email|song|movie|idea|place"
    ),
    "adj": _bars("worse|better|faster|bigger|more confusing|harder|easier|colder|happier|weirder|more tired"),
    "clause": _bars(
        "my {noun} broke|the {noun} is gone|i saved the file|you said that|it rained all day|my {noun} knows that|"
        "nobody noticed|we lost the game|the {noun} laughed|i forgot my keys|the meeting got cancelled|"
        "the lights went out|my {noun} is missing|the app crashed again|he never called back|it worked yesterday"
    ),
    "clause2": _bars("it was late|i was tired|nobody asked|it rained|we tried hard|the {noun} was broken"),
    "verb": _bars("try|notice|know|care|finish|start|see it|remember|ask|understand it|listen"),
}


def _other_sense(rng: Rng, slots: Slots) -> str:
    """'odd' and 'even' in their everyday senses, composed from parts."""

    def choose(options: list[str]) -> Callable[[], str]:
        return lambda: choice(rng, options)

    parts = {name: choose(options) for name, options in _OTHER_SENSE_SLOTS.items()}
    parts["noun"] = lambda: "{noun}"  # filled with the other slots below
    filled = render(rng, choice(rng, _OTHER_SENSE_SHAPES), parts, noise=False)
    return render(rng, re.sub(r"\s+", " ", filled), slots)


_NOUNS = _bars(
    "dog|cat|teacher|boss|neighbor|printer|laptop|car|phone|kid|brother|sister|coffee|butter|cake|pizza|"
    "team|garden|sock|plant|friend|parrot"
)
_OTHER_SENSE_ADD_REVERSE = _lines(
    """
add salt to the soup
add me on instagram
add a comment to my post
add this to my calendar
add milk to my shopping list
add a new contact
add to cart
plus size clothes
disney plus shows
plus one for the party
the sum total of human knowledge
in sum, it was a good day
add some color to the room
reverse psychology
reverse image search
how do i reverse a car into a parking spot
reverse osmosis water
reverse the charges
reverse a git commit
reverse mortgage explained
undo and reverse the changes
walk backwards
backwards compatibility
the flip side
flip a coin
mirror mirror on the wall
the total eclipse
a total stranger
in total darkness
what's the total cost of a wedding
total recall is a good movie
    """
)


def _gibberish(rng: Rng) -> str:
    kind = rng.random()
    if kind < 0.3:
        return " ".join(
            "".join(choice(rng, string.ascii_lowercase) for _ in range(randint(rng, 1, 8)))
            for _ in range(randint(rng, 1, 5))
        )
    if kind < 0.45:
        return "".join(choice(rng, "!@#$%^&*()_+-=[]{};:,.<>/?|~`'\"\\") for _ in range(randint(rng, 1, 12)))
    if kind < 0.55:
        return "".join(choice(rng, _EMOJI) for _ in range(randint(rng, 1, 6)))
    if kind < 0.63:
        return choice(rng, string.ascii_lowercase) * randint(rng, 3, 14)
    if kind < 0.73:
        return choice(
            rng,
            _bars(
                "asdf|qwerty|zxcv|jkl;|hjkl|aaaaa|lorem ipsum dolor sit amet|blah blah|hmm|???|...|idk|xyz|"
                "foo bar baz|ghjk|asdfgh jkl|qwer tyui|zzz|brb|lmao|meh|uhh|ok ok ok|test test|!!!|?|."
            ),
        )
    if kind < 0.8:
        return " ".join(str(randint(rng, 0, 999)) for _ in range(randint(rng, 1, 4)))
    if kind < 0.86:
        start = choice(rng, [0x400, 0x13000, 0x2600, 0x3040, 0xAC00, 0x0E00, 0x0900])
        return "".join(chr(randint(rng, start, start + 0x7F)) for _ in range(randint(rng, 2, 10)))
    if kind < 0.93:
        return choice(rng, _FOREIGN_WORDS) + " " + choice(rng, _FOREIGN_WORDS)
    return choice(rng, _COMMON_WORDS) + choice(rng, ["", " ", "?", "!"])


@functools.lru_cache(maxsize=4)
def _unsupported_slots(rng: Rng) -> Slots:
    """The slot fillers of the unsupported shapes, made once per generator (they only close over it)."""

    def a() -> str:
        return integer(rng)

    slots: Slots = {
        "a": a,
        "b": a,
        "c": a,
        "n": a,
        "k": lambda: choice(
            rng,
            [
                str(choice(rng, [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 25, 100, 17, 20])),
                choice(rng, _bars("three|four|five|six|seven|nine|ten|eleven|twelve|a hundred")),
            ],
        ),
        "d": lambda: decimal(rng),
        "d2": lambda: decimal(rng),
        "e": lambda: choice(rng, [decimal(rng), integer(rng)]),
        "list": lambda: numbers_list(rng),
        "w": lambda: choice(rng, [word(rng), quoted(word(rng), rng)]),
        "w2": lambda: word(rng),
        "w3": lambda: word(rng),
        "q": lambda: quoted(keyword_phrase(rng) if rng.random() < 0.3 else phrase(rng), rng),
        "u": lambda: phrase(rng),
        "noun": lambda: choice(rng, _NOUNS),
        "thing": lambda: choice(rng, _CHAT_THINGS),
        "topic": lambda: choice(rng, _TOPICS),
        "lang": lambda: choice(rng, _LANGUAGES),
        "lang2": lambda: choice(rng, _LANGUAGES),
        "concept": lambda: choice(rng, _CODE_CONCEPTS),
        "place": lambda: choice(rng, _PLACES),
        "json": lambda: choice(rng, ['{"a": 1}', '{"sum": 3}', "[1, 2, 3]", '{"reverse": true}', '{"x": [1, 2]}']),
        "place2": lambda: choice(rng, _PLACES),
    }
    slots["task"] = lambda: render(rng, choice(rng, _CODE_TASKS), slots, noise=False)
    slots["snippet"] = lambda: render(rng, choice(rng, _CODE_SNIPPETS), slots, noise=False)
    slots["itask"] = lambda: render(rng, choice(rng, _CODE_IMPERATIVES), slots, noise=False)
    slots["error"] = lambda: render(rng, choice(rng, _CODE_ERRORS), slots, noise=False)
    return slots


def unsupported_prompt(rng: Rng) -> str:
    slots = _unsupported_slots(rng)
    kind = rng.random()
    if kind < 0.07:
        return pick(rng, _OTHER_ARITHMETIC, **slots)
    if kind < 0.15:
        return arithmetic_cousin(rng)
    if kind < 0.27:
        return addition_cousin(rng, slots)
    if kind < 0.33:
        return pick(rng, _NUMBER_QUESTIONS, **slots)
    if kind < 0.47:
        return parity_cousin(rng, slots)
    if kind < 0.53:
        return pick(rng, _WORD_OPERATIONS, **slots)
    if kind < 0.63:
        return reversal_cousin(rng, slots)
    if kind < 0.71:
        sense = rng.random()
        if sense < 0.45:
            return _other_sense(rng, slots)
        return pick(rng, _OTHER_SENSE if sense < 0.85 else _OTHER_SENSE_ADD_REVERSE, **slots)
    if kind < 0.78:
        return pick(rng, _CHIT_CHAT if rng.random() < 0.6 else _CHAT_SHAPES, **slots)
    if kind < 0.87:
        general = rng.random()
        return pick(rng, _GENERAL if general < 0.45 else _GENERAL_SHAPES if general < 0.7 else _FACT_SHAPES, **slots)
    if kind < 0.94:
        code = rng.random()
        return pick(rng, _CODE if code < 0.3 else _CODE_SHAPES if code < 0.65 else _CODE_IMPERATIVE_SHAPES, **slots)
    text = _gibberish(rng)
    return render(rng, text.replace("{", "{{").replace("}", "}}")) if rng.random() < 0.3 else text


# The registry of generators: one per task label. A new skill adds its generator here.
GENERATORS: dict[str, Callable[[Rng], str]] = {
    "addition": addition_prompt,
    "parity": parity_prompt,
    "reversal": reversal_prompt,
    "subtraction": lambda rng: _subtraction_training().prompt(rng),
    UNSUPPORTED: unsupported_prompt,
}
# "unsupported" is the widest class, so it gets more examples than each skill.
LABEL_WEIGHT: dict[str, float] = {UNSUPPORTED: 2.2}


def _subtraction_training() -> Any:
    from app.skills.subtraction import training  # noqa: PLC0415  # imported late: it imports this module

    return training


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
