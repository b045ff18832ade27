"""Writes heldout_phrasings.jsonl (issue 15): held-out, written blind from docs/TASKS.md only.

Its templates are the test set too: do not read them while developing. `--check` rebuilds and compares.
Slots: {a} {b} {c} numbers (subtraction: a - b - c), {n} the parity number, {w} a word or quoted phrase,
{p} an unquoted phrase. Modes: "x" any numbers, "r" real-world positive numbers (subtraction keeps a > b),
"abs"/"rabs" the larger minus the smaller.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from blind_common import literal_items, main, make_rows, number_item, reversal_item, validate

OUT = Path(__file__).resolve().parent / "heldout_phrasings.jsonl"
SEED = 20261215

ADD_COMMON = [
    "what is {a} plus {b}?",
    "{a} + {b}",
    "{a}+{b}=?",
    "add {a} and {b}",
    "Add {b} to {a}.",
    "what's the sum of {a} and {b}",
    "sum {a}, {b} and {c}",
    "the total of {a} and {b}?",
    "{a} and {b} added together",
    "what do {a} and {b} add up to",
    "increase {a} by {b}",
    "what is {a} more than {b}?",
    "calculate {a} + {b} + {c}",
    "could you add {a} and {b} for me",
    "{a} plus {b} equals?",
    "find the sum of {a}, {b}, and {c}",
    "whats {a} pluss {b}",
    "compute {a} + {b} =",
    "Please work out {a} plus {b}.",
    "ad {a} and {b}",
    "summ of {a} and {b}?",
    "How much is {a} + {b}?",
    "add together {a} and {b}",
    "{a} + {b} + {c} = ?",
    "i need the total of {a}, {b} and {c}",
    "what does {a} plus {b} make",
]

ADD_UNSEEN = [
    (
        "r",
        "word-problem",
        "A farmer picks {a} apples in the morning and {b} in the afternoon. How many apples is that for the day?",
    ),
    ("r", "word-problem", "my savings account had {a} dollars, then I deposited {b}. what's the balance now?"),
    ("r", "word-problem", "There are {a} boys and {b} girls at the school. How many pupils altogether?"),
    ("x", "synonym", "combine {a} with {b}"),
    ("x", "synonym", "tally {a} and {b} for me"),
    ("x", "indirect", "what do {a} and {b} come to when put together?"),
    (
        "r",
        "word-problem",
        "a train carries {a} passengers; {b} more board at the next stop. how many are on the train now?",
    ),
    ("x", "operand-first", "{a} and {b} - what's their combined value?"),
    ("r", "word-problem", "we drove {a} km on monday and {b} km on tuesday, how far did we drive over both days"),
    ("x", "indirect", "start at {a} and count up {b} more. where do you land?"),
    ("r", "word-problem", "If a shelf holds {a} books and I put {b} more on it, how many books are on the shelf?"),
    ("x", "operand-first", "{a}, {b}. put them together into one number"),
    (
        "r",
        "word-problem",
        "Pedro scored {a} points in the first game and {b} in the second. How many points over the two games?",
    ),
    ("x", "indirect", "which number is {b} bigger than {a}?"),
    ("r", "word-problem", "I walked {a} steps before lunch and {b} after. How many steps did I walk today?"),
    ("x", "synonym", "put {a} and {b} together and give me the result"),
    ("r", "word-problem", "The jar had {a} marbles. Sam dropped in another {b}. How many marbles are in the jar now?"),
    ("x", "synonym", "what's the aggregate of {a} and {b}?"),
    (
        "r",
        "word-problem",
        "a recipe needs {a} grams of flour for the dough and {b} grams for the topping; how much flour in all?",
    ),
    ("x", "synonym", "raise {a} by {b}"),
    ("r", "word-problem", "Two ropes, {a} cm and {b} cm long, are laid end to end. How long is the line they make?"),
    ("x", "synonym", "bump {a} up by {b}"),
    (
        "r",
        "word-problem",
        "The library lent {a} books in May and {b} in June. How many books were lent in those two months?",
    ),
    ("x", "indirect", "what's {a} and {b} in all?"),
    ("r", "word-problem", "a crowd of {a} is joined by {b} latecomers. how big is the crowd now?"),
    ("x", "indirect", "go {b} higher than {a}: which number is that?"),
    ("r", "word-problem", "a phone costs {a} euros and the case costs {b} euros, what do i pay for both"),
    ("x", "indirect", "{a} together with {b} is how much?"),
    (
        "r",
        "word-problem",
        "{a} people live in the north village and {b} in the south village. how many live in the two villages?",
    ),
    ("x", "indirect", "what do you get if {a} grows by {b}?"),
    ("r", "word-problem", "Ana has {a} stickers. Her friend gives her {b}. How many stickers does Ana have now?"),
    ("x", "synonym", "tot up {a} and {b}"),
    (
        "r",
        "word-problem",
        "Three classes collected {a}, {b} and {c} cans for the food drive. How many cans did they collect?",
    ),
    ("x", "synonym", "combine {a}, {b} and {c} into one number"),
]

PAR_COMMON = [
    "is {n} even?",
    "is {n} odd?",
    "{n} even or odd?",
    "odd or even: {n}",
    "parity of {n}",
    "tell me if {n} is odd",
    "is {n} divisible by 2?",
    "Is {n} a multiple of 2?",
    "determine the parity of {n}",
    "would you say {n} is even",
    "Is {n} an odd number?",
    "check if {n} is even please",
    "{n} is even, right?",
    "is {n} evenly divisible by two?",
    "even or odd - {n}",
    "is the number {n} odd or even?",
    "is {n} evn?",
    "what is the parity of {n}?",
    "can you tell me whether {n} is odd",
    "Is {n} divisible by two",
    "is {n} an even number or not",
    "odd/even? {n}",
]

PAR_UNSEEN = [
    ("r", "real-world", "If {n} socks are paired up, will one sock be left without a partner?"),
    ("r", "real-world", "{n} students have to work in pairs. Will everyone have a partner?"),
    ("r", "real-world", "can {n} sweets be shared equally between two children without cutting any?"),
    ("x", "synonym", "can {n} be halved without a remainder?"),
    ("x", "synonym", "is {n} a number you can divide by two exactly?"),
    ("x", "indirect", "does dividing {n} by 2 leave a remainder?"),
    ("x", "indirect", "would {n} go in the even group or the odd group?"),
    ("r", "real-world", "{n} dancers line up in couples. Is anyone left without a partner?"),
    ("r", "real-world", "house number {n}: is it on the even side or the odd side of the street?"),
    ("x", "indirect", "when you halve {n}, do you get a whole number?"),
    ("r", "real-world", "I have {n} shoes. Can they all be put into pairs?"),
    ("x", "synonym", "is two a factor of {n}?"),
    ("x", "indirect", "does 2 go into {n} with nothing left over?"),
    ("x", "indirect", "tell me whether {n} leaves 0 or 1 when divided by 2"),
    ("x", "operand-first", "{n}, divisible by two or not?"),
    ("x", "indirect", "could {n} be written as 2 times some whole number?"),
    ("r", "real-world", "Can a class of {n} kids be split into two teams of the same size?"),
    ("r", "real-world", "{n} chairs are set out in rows of two. Is there a chair on its own at the end?"),
    ("r", "real-world", "can two friends share {n} biscuits equally without breaking one?"),
    ("r", "real-world", "if I count up in twos starting from 2, will I land exactly on {n}?"),
    ("x", "indirect", "does {n} belong with 2, 4, 6, 8 or with 1, 3, 5, 7?"),
    ("x", "operand-first", "{n} halved: whole number or not?"),
    ("r", "real-world", "Twins get {n} marbles to share. Can each twin get the same number of whole marbles?"),
    ("x", "operand-first", "{n} - which kind is it, even or odd?"),
    ("r", "real-world", "a ferry takes exactly two cars per trip. {n} cars are waiting. will every trip be full?"),
    ("x", "indirect", "if {n} were split into two equal whole parts, would that work?"),
    ("r", "real-world", "we have {n} players. can we make a doubles tournament with nobody sitting out?"),
    ("x", "operand-first", "Here's a number: {n}. Is it odd?"),
    ("x", "indirect", "is {n} in the same family as 0, 2 and 4, or as 1, 3 and 5?"),
    ("r", "real-world", "{n} gloves in the lost-property box. Could they all be left and right pairs, count-wise?"),
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
    "reverse the sentence {p}",
    "can you reverse {w}?",
    "{w} spelled backwards please",
    "Reverse this word: {w}",
    "write {w} backwards for me",
    "what's {w} backward?",
    "reverse the text {p}",
    "pls reverse the word {w}",
    "reverce {w}",
    "how do you spell {w} backwards?",
    "give me {w} in reverse",
    "reverse the letters in {w}",
]

REV_UNSEEN = [
    ("synonym", "mirror-write {w}"),
    ("indirect", "spell {w} starting from the last letter"),
    ("synonym", "write {w} from right to left"),
    ("indirect", "what does {w} look like written the other way round?"),
    ("synonym", "put the letters of {w} in the opposite order"),
    ("operand-first", "{w}: write it back to front"),
    ("synonym", "invert the letter order of {w}"),
    ("indirect", "Can you turn {w} around so it reads from its final letter to its first?"),
    ("indirect", "how would {w} be spelled if you started at the end?"),
    ("synonym", "rewrite {w} with its letters running the opposite way"),
    ("synonym", "flip {w}"),
    ("indirect", "take {w} and write its last letter first, then the one before it, and so on"),
    ("indirect", "what's {w} when you read it the wrong way round?"),
    ("operand-first", "{w} -> letters in reverse order"),
    ("synonym", "write out {w} in retrograde"),
    ("synonym", "show {w} with the characters in reverse sequence"),
    ("indirect", "If I read {w} from its end to its start, what do I read?"),
    ("indirect", "start with the final letter of {w} and spell it all the way back to the first"),
    ("operand-first", "{w} spelt in the opposite direction?"),
    ("indirect", "Could you write {w} starting at its end?"),
    (
        "word-problem",
        "a kid wrote {w} with the letters in the wrong direction, last letter first. what did the kid write?",
    ),
    ("synonym", "reverse-spell {w}"),
    ("operand-first", "letters of {w}, last to first"),
    ("synonym", "write {w} the other way around"),
    ("synonym", "swap {w} end for end, letter by letter"),
    ("operand-first", "{w} read right-to-left is what?"),
    ("word-problem", "In a mirror-writing game you write every word from its last letter. How do you write {w}?"),
    ("indirect", "what are the letters of {w} in reverse order, joined up?"),
    ("synonym", "do a backwards spelling of {w}"),
    ("indirect", "if {w} were typed from the last character to the first, what would appear?"),
]

SUB_COMMON = [
    "{a} minus {b}",
    "what is {a} - {b}?",
    "{a}−{b}",
    "subtract {b} from {a}",
    "take {b} away from {a}",
    "{a} take away {b}",
    "decrease {a} by {b}",
    "what is {a} decreased by {b}",
    "what's {b} less than {a}?",
    "{a} minus {b} minus {c}",
    "how much is {a} - {b} - {c}",
    "the difference between {a} and {b}",
    "what's {a}-{b}=?",
    "calculate {a} minus {b}",
    "substract {b} from {a}",
    "{a} minsu {b}",
    "Subtract {b} from {a} please",
    "{a} - {b} = ?",
    "What is the diffrence between {a} and {b}?",
    "decrese {a} by {b}",
    "take awy {b} from {a}",
    "could you subtract {b} from {a}",
    "find {a} minus {b}",
    "{a} − {b} − {c}",
]

SUB_UNSEEN = [
    ("r", "word-problem", "I had {a} marbles and lost {b}. How many do I have left?"),
    ("s", "word-problem", "How many years older is someone aged {a} than someone aged {b}?"),
    ("o", "synonym", "knock {b} off {a}"),
    ("x", "synonym", "take {b} from {a}"),
    ("x", "synonym", "deduct {b} from {a}"),
    ("x", "synonym", "{a} less {b}"),
    ("o", "synonym", "remove {b} from {a}; what remains?"),
    ("r", "word-problem", "A tank holds {a} litres and {b} litres leak out. How much water is left?"),
    ("r", "word-problem", "The shop had {a} loaves and sold {b}. How many loaves are unsold?"),
    ("r", "word-problem", "I paid {a} dollars for something costing {b} dollars. How much change do I get?"),
    ("o", "indirect", "by how much does {a} exceed {b}?"),
    ("o", "indirect", "how many more is {a} than {b}?"),
    ("x", "synonym", "what is {a} reduced by {b}?"),
    ("r", "word-problem", "a road is {a} km long and we've driven {b} km of it. how far is left to go?"),
    ("rabs", "indirect", "how far apart are {a} and {b} on the number line?"),
    ("s", "word-problem", "The temperature fell from {a} to {b} degrees. By how many degrees did it fall?"),
    ("x", "indirect", "{a} with {b} taken off is what?"),
    ("o", "indirect", "what's left when {b} is taken out of {a}?"),
    ("r", "word-problem", "My book has {a} pages and I've read {b}. How many pages are left to read?"),
    ("s", "word-problem", "a tower of {a} m stands beside one of {b} m; how much taller is the first?"),
    ("o", "synonym", "cut {a} down by {b}"),
    ("x", "operand-first", "{a}, then take off {b}: result?"),
    ("r", "word-problem", "A school had {a} pupils and {b} left at the end of the year. How many stayed?"),
    ("rabs", "indirect", "what is the gap between {a} and {b}?"),
    ("x", "synonym", "{a} lowered by {b}"),
    ("r", "word-problem", "the game started with {a} players and {b} were knocked out. how many remain?"),
    ("r", "word-problem", "a bus had {a} passengers and {b} got off at the first stop. how many are still on the bus?"),
    ("o", "synonym", "shave {b} off {a}"),
    ("yabs", "word-problem", "how many years lie between the years {a} and {b}?"),
    ("o", "indirect", "how much smaller is {b} than {a}?"),
    ("r", "word-problem", "I need {a} points to win and I have {b}. how many more points do I need?"),
    ("r", "word-problem", "A report of {a} pages has {b} printed so far. How many pages still need printing?"),
]

WORDS = [
    "lantern",
    "pineapple",
    "notebook",
    "whisper",
    "Gravity",
    "McDonald",
    "iPhone",
    "thunderstorm",
    "crème",
    "naïve",
    "São",
    "jalapeño",
    "Zürich",
    "fiancée",
    "résumé",
    "cafe\u0301",
    "Москва",
    "привет",
    "καλημέρα",
    "שלום",
    "مرحبا",
    "東京",
    "안녕하세요",
    "ありがとう",
    "kayak",
    "Python",
    "stressed",
    "bookkeeper",
    "xylophone",
    "Mississippi",
    "strawberry",
]
PHRASES = [
    "see you soon",
    "open sesame",
    "hello world",
    "bonne nuit",
    "no lemon no melon",
    "I love tea!",
    "Café au lait",
]
EXTRA_COMMON = ["2024", "90210", "👍🏽", "👨‍👩‍👧", "🇫🇷🇩🇪", "abc123", "007"]
UNQUOTED = ["time flies like an arrow", "my dog is called Rex", "we meet at noon", "Paris in the spring"]

COUSIN_ARITH = [
    "I have 4 boxes with 12 pencils in each. How many pencils is that?",
    "share 36 cookies among 4 kids equally - how many does each get?",
    "what's 17 times 6",
    "multiply 23 by 9",
    "divide 144 by 12",
    "average of 4, 8 and 15",
    "what is the mean of 10 and 20",
    "2.5 plus 3.75",
    "take 0.5 away from 3",
    "1/3 + 1/6 = ?",
    "what's 15% of 80?",
    "square root of 81",
    "7 squared",
    "2 to the power of 10",
    "what is 10 factorial",
    "what's 29 mod 5",
    "double 450",
    "half of 96",
    "triple 13",
    "how many weeks are in 91 days?",
    "A car drives at 60 km an hour for 3 hours. How far does it go?",
    "round 3.14159 to two decimals",
    "what is the sum of the digits of 4821",
    "add 1.2 and 3.4",
    "how many pairs can you make from 18 socks?",
    "240 eggs are packed in boxes of 6. How many boxes are needed?",
    "what is 1e6 + 1",
    "0xFF plus 1",
    "convert 100 fahrenheit to celsius",
    "what's the product of 8 and 11",
    "what's 2 plus 3 times 4",
    "what is 3 x 7",
    "each ticket costs 15 dollars; what do 6 tickets cost?",
    "the median of 3, 9, 4, 7 and 1?",
    "how much is a third of 300?",
    "cube 5 please",
]
COUSIN_NUMBER = [
    "is 91 prime?",
    "is 27 divisible by 3?",
    "is 64 a perfect square?",
    "is 120 a multiple of 5?",
    "is -3 bigger than -5?",
    "are 12 and 15 both even?",
    "what is the next odd number after 17?",
    "can 25 kids be split into teams of 5 with nobody left over?",
    "can 81 eggs go into boxes of 3 with none spare?",
    "is 7.5 even?",
    "how many digits does 123456 have?",
    "is 2000 greater than 1999?",
    "is 14 a factor of 28?",
    "which is larger, 305 or 350?",
    "sort 5, 2, 9, 1 from smallest to largest",
    "is 45 plus 5 bigger than 49?",
]
COUSIN_WORD = [
    "uppercase the word banana",
    "how many letters are in strawberry?",
    "is racecar a palindrome?",
    "translate hello into French",
    "what rhymes with orange",
    "sort the letters of planet alphabetically",
    "reverse the word order in 'red green blue'",
    "reverse the list 4, 5, 6",
    "what's an anagram of listen?",
    "capitalize 'new york'",
    "count the vowels in education",
    "how do you spell necessary?",
    "what does serendipity mean?",
    "does noon read the same from both ends?",
    "put the words of 'one two three' in the opposite order",
]
OTHER_SENSE = [
    "that's an odd thing to say",
    "even so, I think the plan is fine",
    "odd one out: cat, dog, car, cow",
    "list the even numbers from 1 to 20",
    "we're even now, right?",
    "what are the odds of rain tomorrow?",
    "give me three odd jobs I could do at weekends",
]
CODE = [
    "write a python function that adds two numbers",
    "how do I reverse a string in JavaScript?",
    "write code to check whether a number is even",
    "fix this: def sub(a, b): return a + b",
    "what does 7 % 2 return in python?",
    "write a SQL query that sums a column",
    "how do I subtract two dates in pandas?",
]
OFF_TOPIC = [
    "hello there",
    "good morning!",
    "how's your day going?",
    "what's your name?",
    "tell me a joke about cats",
    "I'm bored",
    "thank you!",
    "who made you?",
    "what's the capital of Australia?",
    "how tall is Mount Everest?",
    "who wrote Hamlet?",
    "when did World War II end?",
    "what's the weather like in Paris?",
    "recommend a good book",
    "how do I bake bread?",
    "what is photosynthesis?",
    "how many moons does Mars have?",
    "what time is it in Tokyo",
    "can you help me write an email to my boss",
    "what's the best pizza topping",
    "how far is the moon from earth",
    "who won the 2018 world cup",
    "sing me a song",
    "do you dream?",
    "plan a 3 day trip to Rome",
    "what year was the first iPhone released?",
    "why is the sky blue?",
    "how many legs does a spider have?",
    "what is the boiling point of water?",
    "is it going to rain today?",
    "asdfgh jkl",
    "?!?!",
    "🙂🙂",
    "ok",
    "lol",
    "qwerty uiop",
    "...",
    "hmm let me think",
    "my cat has 2 kittens and 1 toy mouse",
    "I'm 34 years old and my brother is 29",
]
FORBIDDEN = [  # examples quoted in the issues: never used verbatim
    "13 stamps in one album and 51 in another: how many stamps is that?",
    "can 681396 eggs fill egg boxes of two with none spare?",
    "how much older is a 61 year old than a 17 year old?",
    "write the letters of 'green tea' from end to start",
    "write a python function that adds two numbers that",
]


def build() -> list[dict[str, object]]:
    rng = random.Random(SEED)
    items: list[dict[str, object]] = []
    for tpl in ADD_COMMON + ADD_COMMON[:4]:
        items.append(number_item(rng, "addition", "x", tpl, slice_="common", category="addition", typo_rate=0.0))
    for mode, cat, tpl in ADD_UNSEEN:
        items.append(
            number_item(
                rng, "addition", mode, tpl, slice_="unseen-phrasing", category="addition-" + cat, typo_rate=0.05
            )
        )
    for tpl in PAR_COMMON + PAR_COMMON[:2]:
        items.append(number_item(rng, "parity", "x", tpl, slice_="common", category="parity", typo_rate=0.0))
    for mode, cat, tpl in PAR_UNSEEN:
        items.append(
            number_item(rng, "parity", mode, tpl, slice_="unseen-phrasing", category="parity-" + cat, typo_rate=0.05)
        )
    pool = WORDS + PHRASES
    for i, tpl in enumerate(REV_COMMON + REV_COMMON[:5]):
        operand = UNQUOTED[i % len(UNQUOTED)] if "{p}" in tpl else rng.choice(pool + EXTRA_COMMON + EXTRA_COMMON)
        items.append(reversal_item(rng, tpl, operand, slice_="common", category="reversal", typo_rate=0.0))
    for cat, tpl in REV_UNSEEN:
        items.append(
            reversal_item(
                rng, tpl, rng.choice(pool), slice_="unseen-phrasing", category="reversal-" + cat, typo_rate=0.05
            )
        )
    for tpl in SUB_COMMON + SUB_COMMON[:1]:
        mode = "abs" if "diff" in tpl.lower() else "x"
        items.append(number_item(rng, "subtraction", mode, tpl, slice_="common", category="subtraction", typo_rate=0.0))
    for mode, cat, tpl in SUB_UNSEEN:
        items.append(
            number_item(
                rng, "subtraction", mode, tpl, slice_="unseen-phrasing", category="subtraction-" + cat, typo_rate=0.05
            )
        )
    items += literal_items(COUSIN_ARITH, "cousin-arithmetic", "cousin")
    items += literal_items(COUSIN_NUMBER, "cousin-number-question", "cousin")
    items += literal_items(COUSIN_WORD, "cousin-word-op", "cousin")
    items += literal_items(OTHER_SENSE, "odd-even-other-sense", "cousin")
    items += literal_items(CODE, "code-request", "cousin")
    items += literal_items(OFF_TOPIC, "off-topic", "off-topic")
    rows = make_rows("p", items, rng)
    validate(rows, "p", FORBIDDEN)
    in_scope = [r for r in rows if r["task"] != "unsupported"]
    unseen = [r for r in in_scope if r["slice"] == "unseen-phrasing"]
    assert len(rows) >= 320 and 210 <= len(in_scope) <= 235 and 2 * len(unseen) >= len(in_scope), len(rows)
    return rows


if __name__ == "__main__":
    main(build, OUT)
