# ruff: noqa: E501  (the rows are the set: prompts are not wrapped)
"""dev_redteam4.jsonl: a fourth red-team set, written blind on 2026-12-07 by a helper who read only docs/TASKS.md and
eval/blind_common.py (and the mix of the third set in eval/README.md), never the app, its tests or another set.

It is meant to find wrong answers and wrong refusals: addition, subtraction, parity and reversal in chat-box wordings
(half of them away from the obvious keywords: word problems, tack on, knock off, combine, remove, mirror, back to
front, ...), number words, other scripts, thousands separators, signs, huge numbers, typos, numbers that only set the
scene (ages, years, clock times, labels, list numbering), comparisons and changes, missing operands; chains of two and
three steps (noun phrases, steps in a row, mixed expressions, word problems, reversed numbers with zeros); and about
300 prompts to refuse: near misses (multiplication hidden in words, units and conversions, dates and times,
percentages, results to check, code, the keywords in another sense, yes/no comparisons, chains with a step no skill
does, two separate questions), other maths, chit-chat, general knowledge and gibberish.

Rows are (prompt, expected task, expected answer); every number answer is computed here from the operands that fill
the prompt's `{}` slots, every reversal by blind_common.rev.

Run: ../.venv/bin/python build_dev_redteam4.py [--check]
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

from blind_common import literal_rows, main, norm, parity, read_number, rev, rev_num, script_digits, words

OUT = Path(__file__).resolve().parent / "dev_redteam4.jsonl"
PREFIX = "rt4-"

ROWS: list[tuple[str, str, str | None]] = []
CHAIN_STEPS: list[int] = []
_rng = random.Random(20261207)


def big(digits: int) -> int:
    return _rng.randint(10 ** (digits - 1), 10**digits - 1)


class N:
    """A number as it is written in the prompt."""

    def __init__(self, value: int, text: str, check: bool = True) -> None:
        if check:
            assert read_number(text) == value, (text, value)
        self.value, self.text = value, text


def w(n: int) -> N:
    return N(n, words(n))


def ws(n: int) -> N:
    return N(n, words(n, hyphen=False))


def cm(n: int) -> N:
    return N(n, f"{n:,}")


def ar(n: int) -> N:
    return N(n, script_digits(n, "arabic"))


def fw(n: int) -> N:
    return N(n, script_digits(n, "fullwidth"))


def fa(n: int) -> N:
    return N(n, script_digits(n, "persian"))


def dv(n: int) -> N:
    return N(n, script_digits(n, "devanagari"))


def pl(n: int) -> N:
    return N(n, f"+{n}")


def lit(text: str, n: int) -> N:
    """Written by hand (number words with "and", scale words after digits, "minus" as a sign)."""
    return N(n, text, check=False)


def val(x: int | N) -> int:
    return x.value if isinstance(x, N) else x


def show(x: int | N | str) -> str:
    return x.text if isinstance(x, N) else str(x)


def fmt(template: str, values: tuple[object, ...]) -> str:
    parts = template.split("{}")
    assert len(parts) == len(values) + 1, (template, values)
    out = parts[0]
    for v, p in zip(values, parts[1:], strict=True):
        out += show(v) + p  # type: ignore[arg-type]
    return out


def row(prompt: str, task: str, answer: str | None) -> None:
    ROWS.append((prompt, task, answer))


def add(t: str, *v: int | N) -> None:
    """Addition: the sum of every slot."""
    assert len(v) >= 2
    row(fmt(t, v), "addition", str(sum(map(val, v))))


def sub(t: str, a: int | N, *b: int | N) -> None:
    """Subtraction: the first slot minus the others, in the order written."""
    row(fmt(t, (a, *b)), "subtraction", str(val(a) - sum(map(val, b))))


def sub_back(t: str, b: int | N, a: int | N) -> None:
    """Subtraction written with the number taken away first ("knock b off a", "b less than a"): a - b."""
    row(fmt(t, (b, a)), "subtraction", str(val(a) - val(b)))


def diff(t: str, a: int | N, b: int | N) -> None:
    """Subtraction read as a difference or a change: the larger minus the smaller."""
    row(fmt(t, (a, b)), "subtraction", str(abs(val(a) - val(b))))


def sub_by(t: str, f: Callable[..., int], *v: int | N) -> None:
    row(fmt(t, v), "subtraction", str(f(*map(val, v))))


def par(t: str, n: int | N) -> None:
    row(fmt(t, (n,)), "parity", parity(val(n)))


def rv(t: str, text: str) -> None:
    row(t.replace("{}", text), "reversal", rev(text))


def chain(steps: int, t: str, f: Callable[..., object], *v: int | N) -> None:
    answer = f(*map(val, v))
    assert isinstance(answer, str) and answer and answer != "-0", (t, answer)
    row(fmt(t, v), "chain", answer)
    CHAIN_STEPS.append(steps)


def missing(task: str, *prompts: str) -> None:
    for p in prompts:
        row(p, task, None)


def refuse(*prompts: str) -> None:
    for p in prompts:
        row(p, "unsupported", None)


def r(n: int) -> str:
    """A number reversed as the last step (zeros kept)."""
    return rev_num(n)


def ri(n: int) -> int:
    """A number reversed and read as a number by the next step ("021" -> 21)."""
    return int(rev_num(n))


def s(n: int) -> str:
    return str(n)


def pos(n: int) -> int:
    assert n >= 0, n
    return n


# ================================================================ addition

add("what's {} + {}?", 4821, 399)
add("{}+{}=?", 77, 68)
add("{} + {}", -45, -17)
add("hey can you tack {} onto {} for me", 25, 340)
add("if i tack on another {} to {}, where does that leave me", 18, 1250)
add("combine {} and {}, what's the total", 412, 96)
add("{} and {} combined comes to what?", 2300, 1875)
add("I had {} followers and gained {} overnight. How many followers do I have now?", 1893, 245)
add("Our choir has {} sopranos and {} altos. How many singers is that in all?", 14, 11)
add("sum up {}, {} and {} pls", 12, 45, 7)
add("Add {}, {}, {} and {}", 150, 275, 30, 5)
add("what does {} plus {} equal", w(47), w(38))
add("{} plus {}?", lit("one hundred and five", 105), 12)
add("{} plus {} =", w(-12), w(5))
add("what is {} plus {}", 8, lit("minus 13", -13))
add("{} + {}", cm(1250000), cm(987654))
add("add {} to {}", 450, lit("3 thousand", 3000))
add("{} plus {} please", lit("2 million", 2_000_000), lit("5 hundred thousand", 500_000))
add("{} + {}", ar(457), ar(38))
add("what is {} plus {}?", fw(1024), 76)
add("{} + {} = ?", fa(93), fa(8))
add("add {} and {}", dv(615), dv(207))
add("{} + {}", big(45), big(38))
add("please add {} and {}", big(120), big(99))
add("could you total {} and {}", big(61), 1)
add("whats the summ of {} and {}", 33, 48)
add("ad {} and {} thx", 14, 9)
add("{} pluss {}", 260, 740)
add("good morning!! what is {} plus {}? have a nice day", 58, 73)
add("thx in advance — {} + {}", cm(1204), 389)
add("what's ${} + ${}?", 19, 26)
add("I'm filling in an Excel sheet by hand, what's {} plus {}?", cm(1280), 460)
add("There were {} people at the gig and {} more turned up late. How many were there by the end?", 212, 47)
add("I walked {} steps this morning and {} this afternoon. How many steps is that today?", 4380, 6215)
add("my jar has {} coins and my brother drops in another {}. how many coins are in the jar now?", 163, 58)
add("The library got {} new books in spring and {} in autumn. How many new books overall?", 340, 285)
add("lunch was {} euros and dinner was {} euros, what did I spend?", 14, 37)
add("The recipe uses {} g of flour for the dough and {} g for dusting. How much flour is that in total?", 450, 30)
add("Team A scored {} points and team B scored {}. What was the combined score?", 87, 94)
add("The outbound flight is {} km and the connecting flight is {} km. How far is the whole trip?", 1340, 2275)
add("what's {} increased by {}?", 640, 85)
add("raise {} by {}", 1200, 350)
add("bump {} up by {} please", 99, 1)
add("what number is {} more than {}?", 15, 280)
add("what do you get if you add {} to {}?", 305, 1999)
add("what's the grand total of {}, {} and {}?", 120, 45, 60)
add("I scored {}, {} and {} on my quizzes. What's my total score?", 18, 20, 17)
add("how much is {} and {} together?", 75, 125)
add("tally up {} and {} for me", 42, 58)
add("{} apples plus {} apples, how many apples?", 13, 29)
add("how many minutes is {} minutes plus {} minutes?", 45, 50)
add("What's {} + {} + {}?", 1001, 2002, 3003)
add("{}+{}+{}", 5, 10, 15)
add("   {}   +   {}   ", 6, 7)
add("WHAT IS {} PLUS {}", 404, 96)
add("yo whats {} plus {}", 69, 31)
add("Could you please tell me the sum of {} and {}? Thank you!", 12345, 67890)
add("the total of {} and {} is?", -300, 1200)
add("what do {} and {} make when you add them up", 27, 54)
add("{} and {} added together?", 999, 999)
add("Compute {} + {}.", 0, 58)
add("{} + {}", pl(15), pl(20))
add("what do {} and {} add up to?", w(-40), 100)
add("{} + {}", lit("twenty one", 21), lit("thirty two", 32))
add("add {} to {}", lit("a hundred", 100), 23)
add("hey what's {} + {} lol", 1, 1)
add("add {} and {} and tell me a riddle", 40, 27)
add("can u add {} and {}", 7, 8)
add("{} plus {} plus {} plus {}", 10, 20, 30, 40)
add("Sum of {} and {}?", big(30), big(31))
add("what is {} + {}", cm(1_000_000), 1)
add("Hi! I need {} + {} for a form", 320, 1180)
add("what do {} and {} come to?", 149, 251)
add("I paid {} for the hotel and {} for flights, how much did the trip cost me?", 780, 455)
add("A farmer has {} cows and buys {} more. How many cows does she have now?", 48, 15)
add("We had {} guests RSVP and {} walk-ins. How many guests came?", 120, 18)
add("the train had {} passengers, then {} got on. how many are on board?", 230, 64)
add("Mum gave me {} and Dad gave me {}. How much did I get?", 20, 35)
add("if i add {} to my {} points, what's my new score", 150, 2875)
add("{} + {} equals what", -8, 8)
add("what's {} plus {}", 0, 0)
add("{} plus {} plus {}", w(18), w(200), w(3000))
add("total these: {}, {}, {}", 45, 55, 100)
add("add up {} and {}", fw(77), fw(23))
add("{} + {}", ar(1234), 66)
add("{} + {}", -1000, 1)
add("what's {} + {}", cm(45_678_901), cm(54_321_099))
add("pop {} more onto {}, what's that come to?", 30, 470)
add("Throw {} more into the pot with {}. How many now?", 11, 89)
add("my savings: {} in one account and {} in another. what's that all together?", 3250, 1875)
add("I've done {} pushups today and {} yesterday, how many is that?", 40, 35)
add("there are {} boys and {} girls in the school, how many kids is that", 312, 298)
add("the hike is {} km to the lake plus {} km to the hut. how long is it?", 7, 5)
add("{} plus {}", ws(71), ws(29))
add("sum {}, {} and {}", 8, 9, 10)
add("What is the sum of {}, {}, {} and {}?", 1, 2, 3, 4)
add("add these: {} and {} :)", 1111, 8889)
# numbers that only set the scene
add("My 7 year old nephew wants to know what {} plus {} is", 38, 47)
add("Room 214 here. What's {} + {}?", 56, 77)
add("In 2022 we planted {} trees and in 2023 another {}. How many trees did we plant?", 41, 58)
add("It's 9:40 and I'm stuck: add {} and {}", 128, 64)
add("Question 7: what is {} + {}?", 305, 219)
add("I'm 34. Still can't do {} + {} in my head, what is it?", 67, 58)
add("Using Windows 11, what's {} + {}?", 450, 275)
add("My kid (age 8) asked: what's {} plus {}?", 19, 23)
add("ticket #4417: total of {} and {} please", 85, 40)
add("my 2 daughters want to know: what's {} + {}?", 17, 26)
add("Lesson 12, exercise 3: {} + {}", 71, 29)
add("this season (2025) we won {} games at home and {} away. How many wins in total?", 9, 7)
add("At 6 o'clock I had {} emails and since then {} more arrived. How many emails have I got?", 23, 16)
# comparisons whose answer is a sum
add("Omar has {} marbles and Priya has {} more than Omar. How many marbles does Priya have?", 17, 9)
add("The blue rope is {} cm long, which is {} cm shorter than the red rope. How long is the red rope?", 45, 12)
add("Sam is {}, {} years younger than Ella. How old is Ella?", 12, w(7))
add("A pear weighs {} g, {} g lighter than an apple. How much does the apple weigh?", 180, 35)
add("Kofi has {} stamps. Mina has {} more stamps than Kofi. How many stamps does Mina have?", 230, 45)
add("Our van carries {} boxes, {} fewer than the truck. How many boxes are in the truck?", 36, 14)
missing(
    "addition",
    "what's 45 plus?",
    "could u add these all up for me pls",
    "add 19 please",
    "what's the total of 30 and",
    "please add my numbers together",
    "what do I get if I add 58 to",
)

# ================================================================ subtraction

sub("what's {} - {}?", 5003, 1789)
sub("{}-{}", 912, 348)
sub("{} − {}", 88, 29)
sub("{} minus {} minus {}", 500, 120, 45)
sub("{} - {} - {} - {}", 1000, 250, 125, 75)
sub_back("knock {} off {} real quick", 15, 80)
sub_back("if you knock {} off {}, what's left?", 45, 1200)
sub_back("take {} away from {}", 27, 90)
sub("{} take away {}", 63, 18)
sub_back("remove {} from {}, what remains?", 7, 30)
sub_back("if I subtract {} from {} what do I get", 389, 1000)
sub_back("substract {} from {}", 19, 47)
sub_back("subtact {} form {}", 250, 1100)
sub("{} minsu {}", 71, 26)
diff("what's the diffrence between {} and {}", 38, 91)
diff("difference between {} and {}?", 1500, 275)
diff("the difference between {} and {} please", -5, 10)
sub("decrease {} by {}", 300, 45)
sub("decrese {} by {}", 1250, 400)
sub("{} decreased by {} is", 84, 9)
sub_back("what's {} less than {}?", 9, 4)
sub_back("{} less than {}", 15, 200)
sub("how much is {} less {}", 1000, 1)
sub_back("what's {} fewer than {}?", 15, 40)
sub("{} minus {}", lit("minus 12", -12), 30)
sub("{} minus {}", 23, lit("minus 4", -4))
sub("{} - {}", 14, -6)
sub("{} minus {}", w(-7), w(3))
sub("{} - {}", cm(2_000_000), cm(1_999_999))
sub("{} - {}", ar(900), ar(452))
sub("{} minus {}", fw(300), 301)
sub("{} - {}", big(40), big(41))
sub("what's {} minus {}", big(150), big(149))
sub("{} minus {}", 6, 13)
sub("{} - {}", 0, 0)
sub("{} minus {}", lit("one hundred and five", 105), 6)
sub("{} take away {}", lit("3 thousand", 3000), 1)
sub("{}-{}=", 64, 99)
sub("{} - {} = ?", pl(40), 55)
sub("calculate {} − {}", 10000, 1)
sub("WHAT IS {} MINUS {}", 333, 444)
sub("hey, {} take awy {}", 50, 8)
sub("{} minus {} minus {} minus {}", 100, 1, 2, 3)
sub_back("what do you get when you take {} from {}", 38, 200)
sub("{} subtract {}", 81, 19)
sub("{} - {}", dv(7000), dv(1))
sub("{} minus {}", fa(45), fa(54))
sub("{} - {}", cm(10_000), 1)
sub("{} minus {}", ws(95), ws(57))
sub_back("chop {} off {}", 120, 999)
sub_back("shave {} off {} for me", 5, 60)
sub_back("if you take {} out of {}, how many are left?", 14, 50)
# word problems
sub("I had {} euros and spent {} on books. How much do I have left?", 120, 38)
sub("There were {} cookies and the kids ate {}. How many are left?", 64, 27)
sub("Of {} tickets, {} are sold. How many are still available?", 250, 189)
sub("My book has {} pages and I've read {}. How many pages do I have left?", 412, 178)
sub("we had {} litres in the tank and used {}. how much is left in the tank?", 60, 23)
sub("I owed {} and paid back {}, how much do I still owe?", 250, 90)
sub("the shop had {} bikes and sold {} today. how many bikes remain?", 75, 19)
sub("{} people were on the bus and {} got off at the station. How many stayed on?", 48, 17)
sub("It was {} degrees at noon and it dropped by {} degrees overnight. What's the temperature now?", 4, 11)
sub("My account had {} euros and I paid a {} euro bill. What's my balance now?", 120, 200)
sub("a bag had {} sweets and I gave away {}. how many do I have?", 50, 12)
sub("The jar held {} marbles until my sister took {}. How many marbles are in the jar now?", 300, 115)
sub("Our club had {} members, and {} left this year. How many members are there now?", 2150, 320)
# changes
diff("my rent went from {} to {}, how much did it go up?", 950, cm(1020))
diff("the price dropped from {} to {}. by how much?", 80, 65)
diff("the temperature climbed from {} to {} degrees, how much did it rise?", -4, 9)
diff("Our team went from {} to {} points this week, how much did we gain?", 310, 472)
diff("my weight went from {} kg to {} kg, how much did I lose?", 82, 77)
diff("shares fell from {} to {}: by how much?", cm(1250), 980)
diff("what's the drop from {} to {}?", 540, 125)
diff("we moved from rank {} to rank {}. How many places did we climb?", 40, 12)
# comparisons
diff("Lina has {} books and Tom has {}. How many more books does Lina have than Tom?", 53, 38)
diff("Ravi is {} and Meera is {}. How much older is Ravi than Meera?", 41, 29)
diff("Ravi is {} and Meera is {}. How many years younger is Meera?", 52, 47)
sub("by how much does {} exceed {}?", 903, 655)
sub("how many more is {} than {}?", 75, 48)
diff("what's the gap between {} and {}?", cm(1200), 875)
diff("A tower is {} m tall and a church is {} m tall. How much taller is the tower?", 320, 85)
diff("I need {} points for the reward and I have {}. How many more do I need?", cm(5000), cm(3275))
diff("The goal is {} signatures and we've got {}. How many more do we need?", 80, 53)
diff("Hana ran {} km and Leo ran {} km. How much further did Hana run?", 21, 13)
diff("Dev is {} cm tall and his dad is {} cm. How much shorter is Dev than his dad?", 148, 181)
diff("how much heavier is a {} kg suitcase than a {} kg one?", 23, 17)
sub("Lena has {} stickers, which is {} more than Omar. How many stickers does Omar have?", 42, 9)
sub_by("Max is {} years older than Jo, and Max is {}. How old is Jo?", lambda d, m: m - d, 6, 31)
sub("The van weighs {} kg, {} kg heavier than the car. How much does the car weigh?", cm(2400), 650)
sub("Pia's tree is {} cm tall, {} cm taller than Ben's tree. How tall is Ben's tree?", 240, 35)
# numbers that only set the scene
sub("Quick q from a 45 year old: what's {} minus {}?", 300, 156)
sub("I'm on chapter 9. What's {} minus {}?", 81, 27)
sub("it's 6:30am and I need {} - {}", 1000, 387)
sub("In 2020 the club had {} members and {} have left since. How many members now?", 85, 17)
sub("Page 42, question 5: {} - {} = ?", 700, 123)
sub("On my Pixel 8, what is {} minus {}?", 90, 14)
sub("Bus 42 had {} riders and {} got off at the first stop. How many riders are still on?", 57, 19)
sub("my 3 cats are asleep so quick: what's {} - {}?", 640, 275)
sub_back("deduct {} from {}", 85, 1000)
sub("{} minus {}", cm(3_000_000), lit("2 million", 2_000_000))
sub("{} minus {} = ?", w(-20), lit("minus thirty", -30))
sub("my parcel weighed {} g and I took out {} g. How heavy is it now?", 2500, 750)
sub_back("lop {} off {}", 99, 1000)
sub("{} - {}", 100, big(60))
diff("The crowd shrank from {} to {}. By how much did it shrink?", cm(42000), cm(38500))
missing(
    "subtraction",
    "what's 70 minus?",
    "subtract 15",
    "take 9 away please",
    "the difference between 120 and",
    "can you subtract these for me?",
    "knock 5 off",
)

# ================================================================ parity

par("is {} even?", cm(4097))
par("is {} odd", big(33))
par("is {} even", -33)
par("{}: odd or even?", lit("zero", 0))
par("is {} even?", w(19))
par("parity of {}", ar(86))
par("is {} odd?", fw(33))
par("odd or even — {}", cm(1_000_000))
par("does {} split evenly in two?", 58)
par("can {} people be split into two equal teams?", 77)
par("is {} divisible by two?", 406)
par("is {} a multiple of 2?", cm(1001))
par("would {} be an even number", 300)
par("can I pair up {} socks with none left over?", 45)
par("can {} sweets be shared equally between 2 kids?", cm(9018))
par("my lucky number is {}, is it odd?", 73)
par("is room {} even?", 128)
par("exercise 4: is {} odd?", 91)
par("is the year {} odd", 2025)
par("I live at number {}, is that on the odd or even side?", 57)
par("Is {} even?", lit("seventy-two thousand and one", 72001))
par("is {} evn?", 58)
par("is {} odd?", lit("minus 8", -8))
par("Is {} an even number?", big(90))
par("even or odd: {}", 0)
par("tell me whether {} is odd or even", 1234567)
par("is {} odd or even", dv(47))
par("is {} even or odd?", fa(350))
par("quick check, is {} odd?", 9999)
par("Is {} divisible by 2", -100)
par("if I have {} marbles can I split them evenly between two friends?", 63)
par("hello! is {} an odd number? thanks", 1357)
par("What's the parity of {}?", 2**64)
par("check if {} is even for me", 4815162342)
par("is {} a multiple of two?", 7770)
par("can {} be divided by 2 with nothing left over?", 515)
par("Is {} an odd or an even number?", w(3000))
par("{} odd?", 13)
par("My house is no. {}. Odd or even?", 112)
par("Is page {} odd?", 231)
par("In 2024 I ran {} km. Is that an even number?", 365)
par("At 7:30 my teacher asked: is {} odd?", 48)
par("Player 23 here, is {} even?", 71)
par("test 5: is {} divisible by 2?", 1234)
par("is {} evenly divisible by 2?", 88)
par("Is the number {} odd?", ws(61))
par("is {} odd?", pl(17))
par("is {} an even number or not", cm(2_468_000))
par("do you think {} is odd", 405)
par("IS {} EVEN", 1)
par("is {} even?", w(-2))
par("can {} eggs go into pairs with none left?", 37)
par("Is {} an odd number?", ar(1010))
par("odd/even: {}", 5151)
par("Would {} count as odd?", 2)
par("parity check on {} please", 808)
par("is {} even? asking for my kid's homework", 6173)
par("tell me if {} is odd, thx", -1)
par("{} — odd or even?", big(250))
par("is {} odd or is it even?", cm(65_536))
par("hey is {} even", w(1_000_000))
par("is {} an even number???", 444)
par("odd or even, {}?", fw(90))
par("Could {} be split into two equal whole numbers?", 99)
par("Is {} divisible by 2 or not?", 2**31 - 1)
par("does {} divide by two evenly?", 260)
par("is {} even, please?", lit("a hundred and one", 101))
par("even number or odd number: {}", 17_000_000)
par("on my Pixel 7, is {} odd?", 82)
par("at 3 o'clock the class asked: is {} even?", 29)
par("Is {} ODD", 74)
par("is the number {} even or odd please", 39)
par("{} even or odd", dv(306))
par("is {} odd", big(17))
missing(
    "parity",
    "is that even or odd",
    "tell me if that number's even please",
    "can u check whether it is odd or not",
    "odd or even, the number I'm thinking of?",
    "is my number odd or even, do you think?",
)

# ================================================================ reversal

rv("reverse the word {}", "lantern")
rv("spell {} backwards, thanks", "armadillo")
rv("{} backwards", "Wednesday")
rv("write {} back to front", "rhythm")
rv("mirror the word {}", "kayaking")
rv("flip the letters in {}", "Mississippi")
rv("write {} in reverse please", "piñata")
rv("what is {} spelled backward?", "October")
rv("can you turn {} around letter by letter?", "stressed")
rv("reverse '{}'", "good night moon")
rv('reverse "{}"', "See you at 8")
rv("reverse “{}”", "I love you")
rv("backwards please: «{}»", "bonne nuit")
rv("‘{}’ reversed?", "open sesame")
rv("reverse the sentence {}", "the quick brown fox")
rv("flip the phrase {}", "see you soon")
rv("reverse {}", "7100")
rv("write {} backwards", "90210")
rv("reverse the number {}", "4560")
rv("reverse '{}'", "👍🏽🎉")
rv("reverse the word {}", "привет")
rv("spell {} backwards", "καλημέρα")
rv("reverse the word {}", "こんにちは")
rv("{} -> backwards", "Copenhagen")
rv("mind reversing the word {}", "even")
rv("pls reverse the word {}", "plus")
rv("hey, reverse the word {}", "seven")
rv("quick one: reverse the word {}", "python")
rv("now reverse the word {}", "McDonald")
rv('can you reverse "{}"', "don't")
rv("reverse the phrase {}", "hello world")
rv("what's {} reversed?", "pineapple")
rv("read {} from right to left", "banana")
rv("what does {} look like backwards?", "drawer")
rv("if you spelled {} from the end, what would you get?", "tomato")
rv("{} but backwards", "sunflower")
rv("write the letters of {} in the opposite order", "garden")
rv("spell the word {} back to front", "journey")
rv("mirror '{}'", "never odd or even")
rv("reverse {}", "R2D2")
rv("reverse {}", "abc123")
rv("REVERSE THE WORD {}", "GOODBYE")
rv('can you reverse "{}" for me', "hi 👨‍👩‍👧")
rv("reverse the word {}", "café")
rv("reverse '{}'", "🇯🇵🇧🇷")
rv("reverse the word {}", "ñandú")
rv("spell {} backwards for me", "Zürich")
rv("hey, what is {} backwards?", "Straße")
rv("reverse the word {}", "naïveté")
rv("{} in reverse", "0042")
rv("spell {} backwards", "314159")
rv("flip the word {}", "pancake")
rv("ok, reverse the word {}", "reverse")
rv("write the word {} backwards", "subtract")
rv("flip the letters of {}", "Amsterdam")
rv("please reverse the word {}", "odd")
rv("reverse the text {}", "Room 101 is empty")
rv("Could you please write {} backwards? Thank you!", "computer")
rv("reverse the word {}", "안녕하세요")
rv("backwards: {}", "Kilimanjaro")
rv("reverse this word: {}", "orchestra")
rv("{} => reverse", "strawberry")
rv("yo spell {} backwards lol", "pizza")
rv("what's '{}' written backwards?", "a man a plan")
rv("now reverse the word {}", "sum")
rv("reverse the word {}", "12")
rv("mirror the letters of {}", "Timbuktu")
rv("spell {} in reverse order", "bicycle")
rv("could you reverse the word {}", "mountain")
rv("turn {} backwards", "Saturday")
rv("reverse the word {}", "Éclair")
rv("write «{}» backwards", "c'est la vie")
rv("spell out {} backwards", "dinosaur")
rv("{} ← reverse that", "racecar")
rv("reverse the word {}", "x")
rv("reverse the sentence {}", "We meet at 10 on Friday")
rv("write the word {} in reverse", "knowledge")
rv("how do you spell {} backwards?", "Wisconsin")
rv("reverse the word {}", "Ωmega")
rv("{} spelt backwards please", "colour")
rv("reverse the word {}", "شكرا")
rv("reverse the word {}", "Llanfair")
rv('what is "{}" backwards', "no lemon, no melon")
rv("back to front please: {}", "Portugal")
rv("write {} right to left", "galaxy")
rv("invert the letters of {}", "window")
rv("reverse {}", "10200")
missing(
    "reversal",
    "spell it backwards for me",
    "can you write it in reverse?",
    "reverse the following word:",
    "please reverse the word",
)

# ================================================================ chains: two steps

chain(2, "is the sum of {} and {} even?", lambda a, b: parity(a + b), 38, 57)
chain(2, "is {} minus {} odd?", lambda a, b: parity(a - b), 90, 33)
chain(2, "odd or even: {} + {}", lambda a, b: parity(a + b), cm(1234), cm(5679))
chain(2, "reverse the result of {} + {}", lambda a, b: r(a + b), 45, 25)
chain(2, "reverse {} and add {} to it", lambda a, b: s(ri(a) + b), 340, 7)
chain(2, "add the reverse of {} to {}", lambda a, b: s(ri(a) + b), 19, 100)
chain(2, "take the reverse of {} away from {}", lambda a, b: s(b - ri(a)), 12, 500)
chain(2, "is {} backwards odd?", lambda a: parity(ri(a)), 5162)
chain(2, "{} + {} - {}", lambda a, b, c: s(a + b - c), 12, 30, 7)
chain(2, "what's {} minus {} plus {}", lambda a, b, c: s(a - b + c), 80, 25, 6)
chain(2, "is {} - {} divisible by two?", lambda a, b: parity(a - b), 51, 18)
chain(2, "subtract {} from the sum of {} and {}", lambda a, b, c: s(b + c - a), 9, 14, 25)
chain(2, "the difference between {} and {}, reversed", lambda a, b: r(abs(a - b)), 27, 91)
chain(2, "is {} plus {} even?", lambda a, b: parity(a + b), w(23), w(40))
chain(2, "Ben had {} marbles and lost {}. Is the number he has left odd?", lambda a, b: parity(a - b), 92, 37)
chain(
    2, "A farm has {} sheep and {} goats. Write the total number of animals backwards.", lambda a, b: r(a + b), 316, 89
)
chain(2, "We collected {} cans and then {} more. Is that total even?", lambda a, b: parity(a + b), cm(1205), 398)
chain(2, "start with {}, knock off {}, then flip the digits", lambda a, b: r(pos(a - b)), 500, 123)
chain(2, "combine {} and {}, then write the answer backwards", lambda a, b: r(a + b), 250, 150)
chain(2, "is {} reversed an even number?", lambda a: parity(ri(a)), 1230)
chain(2, "add {} and {}. is the result odd?", lambda a, b: parity(a + b), 19, 64)
chain(2, "Add {} and {}, then reverse the digits", lambda a, b: r(a + b), 123, 456)
chain(2, "take {} from {} and tell me if what's left is even", lambda a, b: parity(b - a), 17, 200)
chain(2, "reverse {}, then subtract {} from it", lambda a, b: s(ri(a) - b), 81, 9)
chain(2, "reverse {} then take away {}", lambda a, b: s(ri(a) - b), 4000, 1)
chain(2, "is {} + {} odd?", lambda a, b: parity(a + b), big(32), big(30))
chain(2, "reverse the sum of {} and {}", lambda a, b: r(a + b), big(20), big(19))
chain(2, "{} + {} - {}", lambda a, b, c: s(a + b - c), 7, 8, 100)
chain(2, "{} - {} + {}", lambda a, b, c: s(a - b + c), 1000, 999, 1)
chain(2, "what is {} plus {} minus {}", lambda a, b, c: s(a + b - c), w(45), w(12), w(9))
chain(2, "{}+{}-{}=?", lambda a, b, c: s(a + b - c), 60, 40, 25)
chain(2, "{} − {} + {}", lambda a, b, c: s(a - b + c), 15, 20, 3)
chain(2, "is {} + {} even?", lambda a, b: parity(a + b), ar(45), ar(38))
chain(2, "odd or even: {} - {}", lambda a, b: parity(a - b), 0, 7)
chain(2, "is the difference between {} and {} even?", lambda a, b: parity(abs(a - b)), 15, 42)
chain(2, "is the total of {} and {} a multiple of 2?", lambda a, b: parity(a + b), 333, 444)
chain(2, "reverse the answer to {} minus {}", lambda a, b: r(pos(a - b)), 1000, 10)
chain(2, "what's {} minus the reverse of {}?", lambda a, b: s(a - ri(b)), 500, 123)
chain(2, "add {} to the reverse of {}", lambda a, b: s(a + ri(b)), 5, 120)
chain(2, "is the summ of {} and {} odd", lambda a, b: parity(a + b), 14, 9)
chain(2, "tack {} onto {} and tell me if the result is odd", lambda a, b: parity(a + b), 13, 60)
chain(2, "knock {} off {} and tell me whether that's even", lambda a, b: parity(b - a), 8, 121)
chain(2, "{} and {} combined — is that an odd number?", lambda a, b: parity(a + b), 2001, 3002)
chain(2, "Mia saved {} euros and spent {}. Reverse the amount she has left.", lambda a, b: r(pos(a - b)), 560, 80)
chain(
    2,
    "There are {} cats and {} dogs in the shelter; is the total number of animals odd?",
    lambda a, b: parity(a + b),
    43,
    28,
)
chain(2, "Step 1: add {} and {}. Step 2: reverse the answer.", lambda a, b: r(a + b), 44, 8)
chain(2, "1) take {} away from {} 2) say whether it's odd", lambda a, b: parity(b - a), 9, 50)
chain(2, "My 3 kids want to know: is {} + {} odd?", lambda a, b: parity(a + b), 45, 28)
chain(2, "In 2023 I read {} books and in 2024 another {}. Is the total even?", lambda a, b: parity(a + b), 31, 26)
chain(2, "reverse {} & add {}", lambda a, b: s(ri(a) + b), 21, 21)
chain(2, "reverse {}, after that subtract {}", lambda a, b: s(ri(a) - b), 3050, 500)
chain(2, "write {} backwards, then tell me if it's even", lambda a: parity(ri(a)), 4321)
chain(2, "spell {} backwards and add {} to the result", lambda a, b: s(ri(a) + b), 800, 2)
chain(2, "flip the digits of {} and add {}", lambda a, b: s(ri(a) + b), 56, 35)
chain(2, "is the reverse of {} odd?", lambda a: parity(ri(a)), 27)
chain(2, "what's the sum of {} and {}, backwards?", lambda a, b: r(a + b), 99, 1)
chain(2, "is {} − {} even?", lambda a, b: parity(a - b), cm(10_000), 1)
chain(2, "parity of {} + {}", lambda a, b: parity(a + b), 77, 88)
chain(2, "is {} take away {} odd?", lambda a, b: parity(a - b), 60, 25)
chain(2, "the sum of {} and {}, is it even?", lambda a, b: parity(a + b), 12, 13)
chain(2, "decrease {} by {} and then reverse it", lambda a, b: r(pos(a - b)), 950, 50)
chain(2, "increase {} by {}, then tell me if the answer is odd", lambda a, b: parity(a + b), 120, 35)
chain(2, "subtract {} from {}, and reverse the digits of the result", lambda a, b: r(pos(b - a)), 66, 200)
chain(2, "add {} and {}. Then write the result in reverse.", lambda a, b: r(a + b), 607, 300)
chain(2, "add {} to {}, then subtract {}", lambda a, b, c: s(b + a - c), 15, 40, 22)
chain(2, "what do {} and {} add up to, written backwards?", lambda a, b: r(a + b), 16, 21)
chain(2, "{} + {} + {} - {}", lambda a, b, c, d: s(a + b + c - d), 3, 4, 5, 2)
chain(2, "is {} minus {} an even number?", lambda a, b: parity(a - b), big(25), big(25))
chain(2, "odd or even: {} + {}", lambda a, b: parity(a + b), fw(55), fw(6))
chain(2, "reverse the difference between {} and {}", lambda a, b: r(abs(a - b)), 1000, 3000)
chain(2, "Is the difference of {} and {} odd?", lambda a, b: parity(abs(a - b)), 99, 2)
chain(2, "hi! is {} + {} even? thanks", lambda a, b: parity(a + b), 1010, 2020)
chain(2, "{} plus {} — odd or even?", lambda a, b: parity(a + b), 71, 72)
chain(2, "Is {} plus {} divisible by 2?", lambda a, b: parity(a + b), -15, 4)
chain(
    2,
    "There were {} birds on the roof and {} flew away. Write the number still there backwards.",
    lambda a, b: r(pos(a - b)),
    250,
    40,
)
chain(
    2,
    "A shop sold {} mugs on Monday and {} on Tuesday. Is the number of mugs sold even?",
    lambda a, b: parity(a + b),
    135,
    67,
)
chain(2, "the rent went from {} to {}. is the rise odd?", lambda a, b: parity(abs(a - b)), 700, 735)
chain(
    2,
    "Lina has {} books and Tom has {}. Is the number of books they have together odd?",
    lambda a, b: parity(a + b),
    53,
    38,
)
chain(2, "reverse the total of {} and {}", lambda a, b: r(a + b), cm(2500), cm(2500))
chain(2, "is {} plus minus {} even", lambda a, b: parity(a - b), 20, 7)
chain(2, "add {} and {} & tell me if it's odd", lambda a, b: parity(a + b), 100, 1)
chain(2, "work out {} - {} - {} + {}", lambda a, b, c, d: s(a - b - c + d), 50, 10, 5, 20)
chain(2, "What's {} + {} - {}?", lambda a, b, c: s(a + b - c), cm(1500), 250, 1750)
chain(2, "{} minus {} plus {} equals?", lambda a, b, c: s(a - b + c), lit("minus 5", -5), 5, 10)

chain(2, "add {} and {}, is that divisible by 2?", lambda a, b: parity(a + b), 77, 78)
chain(2, "is the number you get from {} minus {} odd?", lambda a, b: parity(a - b), 1001, 2)
chain(2, "what's {} plus {}, reversed?", lambda a, b: r(a + b), 508, 2)
chain(2, "subtract the reverse of {} from {}", lambda a, b: s(b - ri(a)), 21, 1000)
chain(2, "reverse {}. is that odd?", lambda a: parity(ri(a)), 6000)
chain(2, "add {} and {}, then tell me if it's odd", lambda a, b: parity(a + b), w(99), w(101))
chain(2, "knock {} off {}, then write it backwards", lambda a, b: r(pos(b - a)), 7, 107)
chain(2, "is {} + {} even or odd?", lambda a, b: parity(a + b), pl(12), -13)
chain(2, "{} minus {} plus {}", lambda a, b, c: s(a - b + c), big(40), big(40), 5)
chain(
    2,
    "The school has {} pupils and {} teachers. Is the total number of people odd?",
    lambda a, b: parity(a + b),
    412,
    37,
)
chain(2, "hey! reverse the digits of {} and then take {} away", lambda a, b: s(ri(a) - b), 63, 30)
chain(2, "I'm 40 and wondering: is {} - {} even?", lambda a, b: parity(a - b), 81, 17)
chain(2, "{} minus {} minus {} plus {}", lambda a, b, c, d: s(a - b - c + d), 100, 20, 30, 5)

# ================================================================ chains: three steps

chain(3, "add {} and {}, then subtract {}, then say if it's even", lambda a, b, c: parity(a + b - c), 123, 456, 78)
chain(3, "reverse {}, take away {}, and reverse what's left", lambda a, b: r(pos(ri(a) - b)), 951, 59)
chain(3, "add {} to the reverse of {}, then reverse the result", lambda a, b: r(a + ri(b)), 3, 17)
chain(
    3,
    "combine {} and {}, subtract {}, and tell me whether the answer is odd",
    lambda a, b, c: parity(a + b - c),
    250,
    250,
    1,
)
chain(
    3, "flip the digits of {}, subtract {} from that, and tell me if it's even", lambda a, b: parity(ri(a) - b), 82, 8
)
chain(3, "is {} − {} + {} odd?", lambda a, b, c: parity(a - b + c), fw(500), fw(250), fw(5))
chain(3, "first take {} from {}, then add {}, then flip the digits", lambda a, b, c: r(pos(b - a + c)), 5, 50, 5)

chain(3, "add {} and {}, reverse the result, then tell me if it's odd", lambda a, b: parity(ri(a + b)), 15, 27)
chain(3, "{} + {} - {}, is that even?", lambda a, b, c: parity(a + b - c), 100, 37, 5)
chain(3, "reverse {}, add {}, then subtract {}", lambda a, b, c: s(ri(a) + b - c), 58, 7, 20)
chain(3, "is the reverse of the sum of {} and {} even?", lambda a, b: parity(ri(a + b)), 27, 25)
chain(3, "first add {} and {}, next subtract {}, last reverse it", lambda a, b, c: r(pos(a + b - c)), 40, 35, 12)
chain(3, "take {} away from {}, flip the digits, and add {}", lambda a, b, c: s(ri(pos(b - a)) + c), 12, 100, 3)
chain(3, "add {} and {}, subtract {}, then tell me if it's even", lambda a, b, c: parity(a + b - c), 18, 29, 6)
chain(3, "reverse {}, then add {}, then reverse the result", lambda a, b: r(ri(a) + b), 12, 9)
chain(3, "is {} - {} + {} odd?", lambda a, b, c: parity(a - b + c), 80, 33, 12)
chain(3, "Reverse the sum of {} and {}, then add {} to it", lambda a, b, c: s(ri(a + b) + c), 45, 25, 3)
chain(3, "add {} to the reverse of {} and tell me if the answer is even", lambda a, b: parity(a + ri(b)), 10, 56)
chain(3, "subtract {} from {}, reverse it, and say whether it's odd", lambda a, b: parity(ri(pos(b - a))), 23, 100)
chain(3, "{} + {} - {} + {}", lambda a, b, c, d: s(a + b - c + d), 10, 5, 3, 2)
chain(3, "what's {} minus {} plus {} minus {}", lambda a, b, c, d: s(a - b + c - d), 200, 50, 25, 75)
chain(3, "combine {} and {}, take off {}, then flip the digits", lambda a, b, c: r(pos(a + b - c)), 300, 20, 9)
chain(3, "Step 1: {} + {}. Step 2: subtract {}. Step 3: odd or even?", lambda a, b, c: parity(a + b - c), 71, 18, 40)
chain(3, "first reverse {}, then add {}, finally tell me if that's odd", lambda a, b: parity(ri(a) + b), 34, 9)
chain(3, "is the sum of {} and {}, written backwards, odd?", lambda a, b: parity(ri(a + b)), 130, 300)
chain(3, "add {} and {}, then subtract {}, then reverse the digits", lambda a, b, c: r(pos(a + b - c)), 1000, 234, 4)
chain(3, "reverse the difference between {} and {}, then add {}", lambda a, b, c: s(ri(abs(a - b)) + c), 91, 27, 1)
chain(3, "{} - {} - {} + {} - {}", lambda a, b, c, d, e: s(a - b - c + d - e), 100, 10, 10, 50, 5)
chain(2, "take {}, add {}, subtract {}", lambda a, b, c: s(a + b - c), 45, 12, 30)
chain(3, "odd or even: {} + {} - {}", lambda a, b, c: parity(a + b - c), cm(1200), 345, 6)
chain(3, "add {} and {}, knock off {}, and is what's left even?", lambda a, b, c: parity(a + b - c), 50, 51, 2)
chain(3, "reverse {}, subtract {} from it, then reverse again", lambda a, b: r(pos(ri(a) - b)), 987, 89)
chain(3, "is {} plus {} minus {} divisible by 2?", lambda a, b, c: parity(a + b - c), w(30), w(41), w(6))
chain(3, "tack {} on to {}, flip the digits, then tell me odd or even", lambda a, b: parity(ri(a + b)), 8, 120)
chain(3, "add the reverse of {} to {}, then subtract {}", lambda a, b, c: s(ri(a) + b - c), 150, 9, 1)
chain(3, "{} + {}, reverse that, then add {}", lambda a, b, c: s(ri(a + b) + c), 30, 40, 7)
chain(3, "Start with {}. Add {}. Take away {}. Is it odd?", lambda a, b, c: parity(a + b - c), 20, 15, 4)
chain(3, "first: {} plus {}. then: reverse. then: is that even?", lambda a, b: parity(ri(a + b)), 55, 100)
chain(3, "subtract {} from the sum of {} and {}, then reverse it", lambda a, b, c: r(pos(b + c - a)), 4, 20, 30)
chain(
    3,
    "Add {}, {} and {}, then take {} away, then tell me if it's odd",
    lambda a, b, c, d: parity(a + b + c - d),
    5,
    6,
    7,
    8,
)
chain(
    3,
    "A bakery made {} rolls and {} more in the afternoon. Reverse the total, then add {}.",
    lambda a, b, c: s(ri(a + b) + c),
    120,
    35,
    1,
)
chain(3, "reverse the sum of {} and {}, then subtract {}", lambda a, b, c: s(ri(a + b) - c), big(12), big(12), 1)
chain(3, "what's {} + {} - {}? then reverse the answer", lambda a, b, c: r(pos(a + b - c)), 321, 100, 1)
chain(3, "{} − {} + {}, and is the result even?", lambda a, b, c: parity(a - b + c), ar(20), ar(7), ar(3))
chain(3, "flip the digits of {}, add {}, then flip the digits again", lambda a, b: r(ri(a) + b), 25, 48)
chain(
    3, "increase {} by {}, decrease it by {}, then tell me if it's odd", lambda a, b, c: parity(a + b - c), 70, 11, 20
)
chain(3, "is the difference between {} and {}, reversed, odd?", lambda a, b: parity(ri(abs(a - b))), 50, 180)
chain(3, "add {} and {}; reverse that; add {} again", lambda a, b, c: s(ri(a + b) + c), 19, 22, 19)
chain(4, "{} + {} - {} + {}, odd or even?", lambda a, b, c, d: parity(a + b - c + d), 3, 4, 5, 6)
chain(3, "reverse {}, add {}, is it even?", lambda a, b: parity(ri(a) + b), 1000, 2)
chain(3, "take {} off the reverse of {}, then say odd or even", lambda a, b: parity(ri(b) - a), 3, 74)
chain(3, "first {} minus {}, then add {}, then reverse", lambda a, b, c: r(pos(a - b + c)), 90, 45, 5)
chain(3, "add {} to {}, subtract {}, add {}", lambda a, b, c, d: s(b + a - c + d), 7, 14, 3, 100)
chain(3, "is {} + {} - {} even?", lambda a, b, c: parity(a + b - c), big(35), big(34), 1)
chain(3, "OK so: {} plus {}, reverse it, then take away {}", lambda a, b, c: s(ri(a + b) - c), 210, 2, 12)

# ================================================================ refused: other maths

refuse(
    "what's 17 times 23?",
    "what's 156 / 12",
    "what is 9 squared?",
    "what's the square root of 841?",
    "3 to the power of 7",
    "what is 6!",
    "what is 29 mod 4",
    "the average of 7, 11 and 18 please",
    "is 97 prime?",
    "what's 1/2 + 1/4",
    "0.3 + 0.4 = ?",
    "what is 3.5 minus 1.2",
    "0x1A + 7",
    "what is 10 + 5 x 2",
    "(4 + 6) * 3",
    "12 × 12",
    "what's 3 plus 4 times 2",
    "which is larger, 48 or 84?",
    "is 30 plus 12 more than 40?",
    "what's the sum of the digits of 9876?",
    "sum of all whole numbers from 1 to 100",
    "what's 2² + 3",
    "product of 6 and 7",
    "what's 100 divided by 7, with the remainder",
    "what is 7 minus 4 squared",
    "3^4 - 1",
    "which is smaller, -3 or -8?",
    "what's 3/8 minus 1/8",
    "how many times does 7 go into 63?",
    "what's 15 percent of 80",
    "add 15% tip to 60",
    "80 minus 25%",
    "increase 200 by 10 percent",
    "knock 15% off 240",
    "what is 1,5 + 2,5",
    "what's half of 98",
    "can you double 43",
    "triple 12 for me",
    "what's twice 45?",
    "a quarter of 100?",
    "what's 3 dozen plus 4?",
    "2 dozen eggs minus 5 eggs, how many eggs?",
    "find x if x - 7 = 12",
    "is 12 + 9 greater than 20?",
    "is 40 minus 15 less than 30?",
    "is 8 - 3 equal to 5?",
    "what's 10 to the 3rd plus 1",
    "what is infinity minus 1?",
)

# ================================================================ refused: multiplication or division hidden in words

refuse(
    "I buy 4 boxes with 12 eggs each. How many eggs is that?",
    "she reads 15 pages a day. how many pages does she read in 9 days?",
    "There are 6 rows of 8 chairs. How many chairs?",
    "a ticket is 14 euros, what do 3 tickets cost?",
    "split a 60 euro bill among 4 friends, how much does each pay?",
    "a car goes 90 km an hour for 2 hours, how far does it go?",
    "a room is 5 m by 4 m, how big is the floor?",
    "my dog eats 300 g a day, how much food for 10 days?",
    "I save 40 a week, how many weeks until I have 600?",
    "each of the 23 students brings 2 pencils. how many pencils are there?",
    "4 packs of 6 yogurts plus 2 loose ones, how many yogurts?",
    "we have 96 cupcakes shared equally among 8 tables, how many per table?",
    "a 30 m ribbon is cut into 5 equal pieces. How long is each piece?",
    "My phone plan is 25 a month, what do I pay in a year?",
    "There are 7 bags with 11 marbles in every bag. How many marbles?",
    "a shelf holds 40 books; how many books on 9 shelves?",
    "I earn 18 an hour and worked 35 hours. What did I earn?",
    "Each bus seats 52. How many seats do 6 buses have?",
    "if 3 pens cost 4 euros, what do 12 pens cost?",
    "I run 5 km every morning, how far do I run in a fortnight?",
    "5 lots of 20 plus 7",
    "I buy 3 bags of 8 apples and eat 5. Is the rest even?",
    "a garden 12 m long and 7 m wide, what's its area?",
    "tickets are 9 euros each and I buy 6 of them. what's the total cost?",
    "how many weeks is 84 days?",
)

# ================================================================ refused: units, conversions, dates and times

refuse(
    "3 m plus 40 cm",
    "what's 1 hour plus 45 minutes?",
    "convert 100 km to miles",
    "how many inches in 6 feet?",
    "2 litres + 300 ml",
    "5 pounds and 12 ounces plus 3 pounds",
    "how many days are in 3 weeks?",
    "1 euro plus 80 cents",
    "2 km minus 500 m",
    "how much longer is 2 hours than 50 minutes?",
    "what time will it be 3 hours after 10:15?",
    "add 40 minutes to 7:35",
    "I start at 9am and work for 8 hours, when do I finish?",
    "what's the date 10 days after 25 March?",
    "if today is Thursday, what day is it in 5 days?",
    "what day of the week is 14 February 2027?",
    "how many days until new year?",
    "Saturday plus 3 days",
    "the meeting is at 14:30 and lasts 90 minutes, when does it end?",
    "my flight leaves at 6:50 and takes 2 hours, when do I land?",
    "what's 11:45 minus 20 minutes",
    "4pm plus 6 hours",
    "what year will it be in 15 years?",
    "1 year and 3 months plus 10 months",
    "what time is it in Tokyo if it's 8:00 in London?",
    "what's 9:15 + 2:50",
    "5 feet 4 inches plus 8 inches",
    "how many grams is 2.5 kg",
)

# ================================================================ refused: results given to be checked

refuse(
    "is 45 + 38 = 83?",
    "I worked out 56 - 19 = 37, can you confirm?",
    "my daughter says 12 plus 19 is 31, is she right?",
    "Add 250 and 175. I got 425, is that correct?",
    "true or false: 90 minus 45 equals 45",
    "check my homework: 304 + 97 = 401",
    "did I do this right? 1000 - 1 = 999",
    "what's 88 minus 9? I think it's 79",
    "is 1234 reversed 4321? just checking",
    "my teacher marked 67 + 25 = 92 wrong, was it?",
    "quick sanity check, 500 - 123 is 377 yes?",
    "I reckon 19 + 23 makes 42. Am I right?",
    "is 'olleh' hello backwards? I want to be sure",
)

# ================================================================ refused: code

refuse(
    "write a python function that returns the sum of two numbers",
    "what does print(10 - 3) output in python?",
    "javascript one-liner to check if a number is even",
    "regex that matches odd numbers",
    "how do I reverse an array in C#?",
    "excel formula that subtracts C3 from D3",
    "=SUM(A1:A10) what does this do",
    "in bash, how do I add 2 numbers",
    "write a java method that reverses a string",
    "fix my code: x = 5 + '3'",
    "what does len('hello'[::-1]) return?",
    "how do I check if a number is odd in Rust",
    "convert this to typescript: function add(a, b) { return a + b }",
    "what does `x -= 4` do in python?",
    "=A2-B2 isn't working in google sheets, why?",
    "how do I sum a list in Python",
    "reverse the words of a sentence in Java",
    "is `n % 2 == 0` the right way to test for even in JS?",
)

# ================================================================ refused: the keywords in another sense

refuse(
    "why is my cat acting so odd lately?",
    "I'm wearing odd socks today haha",
    "that's odd, my 2 o'clock appointment vanished from the calendar",
    "honestly I can't even today",
    "let's call it even, ok?",
    "what's the break-even point for a small cafe?",
    "what are the odds of winning the lottery?",
    "find the odd one out: apple, pear, car, plum",
    "add me on instagram",
    "add this song to my playlist",
    "can you sum up this article for me?",
    "in sum, it was a great weekend",
    "total eclipse of the heart lyrics",
    "difference between a hare and a rabbit?",
    "what's the difference between USB 2 and USB 3?",
    "can you subtract the sky from this picture?",
    "any decent take away open near me right now?",
    "minus the drama, how was your day?",
    "it's minus 10 outside, should I wear a coat?",
    "help me reverse the van into the driveway",
    "how do I reverse park into a tight space?",
    "reverse the charges on my phone bill",
    "can you reverse my last 2 payments?",
    "can you flip a coin and tell me heads or tails",
    "flip 5 crepes for me please",
    "how do I flip a photo on my iPhone?",
    "mirror my phone screen on the TV",
    "mirror mirror on the wall, who's the fairest of them all?",
    "flip the pillow please",
    "plus-size jackets for winter",
    "how much is Disney plus per month?",
    "I need a plus one for the wedding",
    "reverse the sort order of my files",
    "Uno reverse card on you!",
    "what's the total cost of owning a car?",
    "even so, I'd rather stay home",
    "the sum of all fears, is it a good movie?",
    "Odd, my phone says 2% battery but it's been charging all night",
    "what's the difference between grade 5 and grade 6 maths?",
    "my 3 kids think I'm odd",
    "is an odd number of guests bad luck?",
    "how do I reverse 3 payments in my banking app?",
    "turn the car around, we forgot the dog",
    "odd one out: 3, 5, 8, 9",
    "what are the even numbers between 40 and 60",
    "list the odd numbers up to 15",
    "what's the next odd number after 37?",
    "I want to subtract myself from this group chat",
    "reverse 4 bookings for me",
)

# ================================================================ refused: word operations that are not a reversal

refuse(
    "reverse the order of the words in 'I love pizza'",
    "reverse this list: 4, 7, 1",
    "how would I reverse a string in Go?",
    "recite the months of the year backwards",
    "count backwards from 50",
    "what does the word reverse mean?",
    "is 'rotor' a palindrome?",
    "uppercase the word mango",
    "how many letters are in 'encyclopedia'?",
    "translate 'goodbye' into Spanish",
    "sort the letters of 'orbit' alphabetically",
    "give me an anagram of 'silent'",
    "how do you spell rhythm correctly?",
    "say the numbers 1 to 5 in reverse",
    "reverse a doubly linked list in C++",
    "what's 'hello' in French, backwards?",
    "define the word backwards",
    "reverse the word order: 'one two three'",
    "spell 'cat' in capital letters",
    "count the letters in mississippi",
)

# ================================================================ refused: comparisons the contract does not answer

refuse(
    "Mia is 14 and Tom is 16. Is Mia older than Tom?",
    "who is taller, Ana at 160 cm or Bea at 155 cm?",
    "Leo has twice as many cards as Kim, who has 12. How many cards does Leo have?",
    "Sara has 30 beads, 8 more than Tia. How many beads do they have altogether?",
    "Jo has 12 pens and Kai has 5 more than Jo. Lu has 3 more than Kai. How many pens does Lu have?",
    "Ann is taller than Bob, who is 150 cm. How tall is Ann?",
    "The difference between their ages is 7 and Tom is 20. How old is Sam?",
    "Ivy has 20% more stickers than Max, who has 50. How many stickers does Ivy have?",
    "Ben has 3 times more marbles than Ali, who has 7. How many marbles does Ben have?",
    "which bag is heavier, the 4 kg one or the 6 kg one?",
    "Zara is 5 years younger than Olly. Olly is 30. How old is Max?",
    "Kim has 40 shells, 6 more than Pat. How many shells does Kim have?",
    "Eli has 9 more apples than Noor.",
    "is 1,000 bigger than 999?",
    "who's older, Rosa who is 61 or Dan who is 58?",
    "which is more, 3 quarters or 70 cents?",
    "Rita is 4 years older than Sol, who is 9. How old are they together?",
)

# ================================================================ refused: chains with a step no skill does, two questions, non-integers

refuse(
    "add 4 and 9, then double it",
    "what's 15 plus 6, then divide it by 3",
    "multiply the sum of 3 and 5 by 2",
    "is the reverse of 42 a multiple of 3?",
    "subtract 7 from 30 and then tell me a joke",
    "reverse the word dog and add 3 to it",
    "is 15 odd? then subtract 4 from it",
    "what is 6 plus 7 and is 12 even?",
    "reverse 'stop'. what's 9 minus 4?",
    "what is 10 plus 5 and 20 plus 30",
    "the difference of 9 and 4, and the difference of 20 and 7",
    "what's 4.5 plus 3, reversed?",
    "add 3 and 4, then square it",
    "is 12 + 15 prime?",
    "is the sum of 33 and 12 divisible by 5?",
    "reverse 123 and then multiply it by 2",
    "take 9 from 20 and then find its square root",
    "add 10 and 20 and then round it to the nearest hundred",
    "subtract 4 from 11 then tell me if it's prime",
    "what's 20 minus 8, and also reverse the word tree",
    "add 2 and 2 then tell me the capital of Peru",
    "is 7 even? and reverse 'moon'",
    "reverse the name Anna and tell me if it's even",
    "what's 3 plus 4, then what's that times 5?",
    "add 14 and 6, then halve the answer",
    "what is 12.5 minus 2, then is it odd?",
    "add 8 and 9 and then tell me its square",
    "reverse the sum of 12 and 9 and then uppercase it",
    "is 17 odd and is 40 even?",
    "add 30 and 12. what's 8 minus 3?",
    "what's 9 + 10, and spell cat backwards",
    "subtract 5 from 25, then find the average with 15",
    "tack 6 onto 14 and then divide by 4",
    "add 2 and 3 and then translate the answer into German",
    "reverse the word bank and subtract 2",
    "is 46 even? then reverse it",
    "12 plus 8, 30 plus 9",
    "what is 3.3 plus 4, and is that even?",
)

# ================================================================ refused: dashes that are no minus, sequences, stories with no question

refuse(
    "call me at 555-0123",
    "the match ended 2-1 to us",
    "we're open 9-5 on weekdays",
    "pick a number 1-10",
    "my birthday is 1990-05-14",
    "the 4-3 win last night was epic",
    "it'll take 3-4 weeks to arrive",
    "the kids are aged 6-8",
    "count from 1 to 20",
    "what's next: 5, 10, 15, 20",
    "list the numbers from 10 down to 1",
    "continue the pattern 2, 4, 8, 16",
    "I have 3 dogs and 2 cats and they keep me busy",
    "we drove 300 km yesterday and 250 km today, exhausted",
    "just ran 10 km in 52 minutes, feeling great",
    "my son turned 7 and my daughter is 4",
    "I had 20 emails this morning and now 45, ugh",
    "my office is room 404, funny right",
)

# ================================================================ refused: minus alone, chit-chat, general knowledge, gibberish

refuse(
    "what is minus 17?",
    "what's -250?",
    "minus forty",
    "hiya",
    "good morning sunshine!",
    "tell me a funny joke about cats",
    "thanks a bunch, you're a star",
    "so what kinds of things can you actually do?",
    "write me a poem about the sea",
    "tell me a story about 3 bears",
    "I'm 25 today!",
    "happy birthday to my 2 favourite people",
    "okie dokie",
    "what's the weather like in Paris tomorrow?",
    "what is the capital of Australia?",
    "who painted The Starry Night?",
    "what year did the Berlin Wall fall?",
    "how many bones are in the human body?",
    "who wrote 1984?",
    "who was the 16th president of the US?",
    "how many time zones does Russia have?",
    "how many legs does an octopus have?",
    "what's the population of Tokyo?",
    "how many keys are on a piano?",
    "can you explain how subtraction works?",
    "give me 5 subtraction problems to practise",
    "explain the minus sign to a 6 year old",
    "what is an odd number?",
    "how do you teach kids addition?",
    "what is the biggest number?",
    "jkjkjk hjkl",
    "?!?!¿",
    "😀😀",
    "(╯°□°)╯",
    "zxcv bnm",
    "🤔",
    "blah blah blah 17 yada",
    "who scored in the 2018 World Cup final?",
    "what's a good name for my 2 goldfish?",
    "what's 42 the answer to?",
    "tell me about the number 7",
    "is 13 an unlucky number?",
)


# Training prompts too, as tests/data/test_heldout_hygiene.py compares them (normalised): left out.
TRAINING_PROMPTS = frozenset(
    {
        "please reverse the word",
        "what are the odds of winning the lottery",
        "add me on instagram",
        "reverse the charges on my phone bill",
        "hiya",
        "how many bones are in the human body",
        "what is an odd number",
        "what is the biggest number",
    }
)


def build() -> list[dict[str, object]]:
    return literal_rows(PREFIX, [row for row in ROWS if norm(row[0]) not in TRAINING_PROMPTS], "redteam", OUT)


if __name__ == "__main__":
    main(build, OUT)
