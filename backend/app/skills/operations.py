"""Spotting arithmetic other than the skill's own, so addition and parity can refuse it.

The checks run on a *skeleton* of the prompt: the pieces from ``numbers.read_numbers`` joined by single
spaces, each number (with its sign folded in) replaced by ``#``. "what is -5 minus 3" becomes
"what is # minus #", so a sign is never mistaken for a subtraction, and patterns stay simple.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from app.skills.base import Rejected, load_toml
from app.skills.literals import Alternatives, may_match, required_substrings
from app.skills.numbers import MAX_DIGITS, NumberReading, Piece, find_non_integer, read_numbers
from app.skills.text import Vocabulary, alternation_of, phrase_alternation, typo_alternation, typo_forms

if TYPE_CHECKING:
    from app.skills.base import Cue

NUMBER_MARK = "#"

MULTIPLICATION = "asks for a multiplication"
DIVISION = "asks for a division"
POWER = "asks for a power"
ROOT = "asks for a root"
SQUARE_NUMBER = "asks about square or other special numbers"
PERCENTAGE = "asks for a percentage"
AVERAGE = "asks for an average"
DATE = "asks about a date or a day of the week"
REMAINDER = "asks for a remainder"
FACTORIAL = "asks for a factorial"
LOGARITHM = "asks for a logarithm"
COMPARISON = "asks for a comparison"
CHECK = "asks to check a result rather than work it out"
PRIME = "asks whether a number is prime"
DIVISIBILITY = "asks about divisibility"
DIGIT_SUM = "asks for the sum of a number's digits"
CONVERSION = "asks to round or convert a number"
CODE = "asks for code"
PALINDROME = "asks whether something is a palindrome"
RANGE = "asks about a whole range of numbers"
MIXED_UNITS = "adds or subtracts amounts in different units"
TIME_OF_DAY = "asks about a time of day"

_DATA = load_toml(__file__, "operations.toml")
# Nouns of an amount ("a 5 dollar bill" counts dollars: operands.describes_a_thing reads them).
AMOUNT_WORDS = frozenset(_DATA["operands"]["amount_words"].split())
LABEL_NOUNS = frozenset(_DATA["operands"]["label_nouns"].split())
# unit word -> (kind, the unit's first word): "kilos" -> ("mass", "kg")
_UNITS: dict[str, tuple[str, str]] = {
    word: (kind, unit.split()[0])
    for kind, units in _DATA["mixed_units"].items()
    for unit in units
    for word in unit.split()
}


def _mixes_units(prompt_skeleton: str) -> bool:
    """Whether two numbers of the skeleton are followed by different units of one kind ("# kg + # g")."""
    words = prompt_skeleton.split()
    seen: dict[str, str] = {}
    for number, word in pairwise(words):
        if number == NUMBER_MARK and word in _UNITS:
            kind, unit = _UNITS[word]
            if seen.setdefault(kind, unit) != unit:
                return True
    return False


def _names_alternation(words: str) -> str:
    """Names as the skeleton spells them ("node.js" -> "node . js", "c++" -> "c + +", spaces optional); "_" in
    the data stands for a space ("google_sheets")."""
    forms = (
        "".join(rf" ?{re.escape(char)} ?" if char in ".+#-" else char for char in name.replace("_", " "))
        for name in sorted(set(words.split()), key=len, reverse=True)
    )
    return r"(?<![\w.#+-])(?:" + "|".join(forms) + r")(?![\w+#])"


def _code_request(code: dict[str, Any]) -> tuple[str, ...]:
    """The alternatives of a request for code about adding, subtracting, reversing or parity ("write a function
    that ...", "python code to ...", "how do I subtract two dates in JavaScript", "numpy: ...", "print(9 - 1)"), not
    a number that merely sits near the word "code" ("is the zip code 90210 odd?") nor a language named in passing
    ("for my python homework: 3 plus 4")."""
    strong = _names_alternation(code["names"])
    every = _names_alternation(code["names"] + " " + code["ambiguous_names"])
    tools = _names_alternation(code["tools"])
    weak = phrase_alternation(code["weak_nouns"].split())[:-2] + r"s?\b"
    code_noun = (
        r"(?:code|function|method|script|program|query|formula|macro|snippet|one-liner|lambda|syntax|operator|"
        r"equivalent|way|version|command|filter|array|list|dataframe|column|cell|library|package|module|loop|class|"
        r"expression|statement|api|docs|documentation|tutorial|example|app|sheet formula)s?\b"
    )
    operation = r"(?:subtract|add|sum|minus|difference|diff|deduct|take|decrease|reduce|plus|total)\w*"
    verbs = phrase_alternation(code["request_verbs"].split())
    # the skeleton spaces a colon ("backwards : javascript"), the normalised prompt does not
    after = {form for words in code["reversed_after"] for form in (words, words.replace(":", " :"))}
    not_reversed = "".join(f"(?<!{re.escape(words)} )" for words in sorted(after))
    return (
        rf"{verbs}[^.?!;]*{weak}",  # "write a program that ...", "give me the code for ..."
        rf"{weak} (?:to|that|which|for)\b",  # "a script to add two numbers"
        rf"\b(?:in|using|with|via|inside) (?:a |an |the )?{every}",  # "in JavaScript", "using pandas"
        rf"\b(?:in|using|with|via|inside) (?:the )?{tools}",  # "in excel" (but "in a spreadsheet: 5 + 3?")
        rf"(?:^|[,.!?:;] )(?:\w+ )?{every} ?:(?!\S)",  # "numpy: subtract ...", "um, node.js: add ..."
        rf"(?:{every}|{tools}) {code_noun}",  # "sql query", "a python function", "excel formula"
        # "python sum of a list", "excel: sum of ...", "add 5 and 3. excel" (a language that ends the prompt is read
        # by the pattern after next, which lets "backwards: python" be the word to reverse)
        rf"(?:^|[,.!?:;] )(?:in |using )?(?:{strong}(?!(?: [?.!])*$)|{tools})",
        rf"\bhow\b[^.?!;]*\b(?:in|using|with|on) (?:a |an |the |my )?{tools}",  # "how do I subtract in excel"
        rf"{not_reversed}{strong}(?: [?.!])*$",  # "subtract two dates javascript?" (not "flip the letters of python")
        rf"{strong} {operation}",  # "numpy subtract", "excel sum"
        rf"{verbs} (?:a |an |some |me )?{strong}",  # "write c++ to add 2 and 3"
        rf"\bhow (?:do|can|would|should|to|does)\b[^.?!;]*{strong}",
        phrase_alternation([*code["strong_nouns"].split(), *code["strong_phrases"]]),  # "pseudocode", "regex"
        *code["syntax"],  # "print(9 - 1)", "x -= 5", "a == b", "let x = 20 - 8;"
    )


_CODE_ALTERNATIVES = _code_request(_DATA["code"])
CODE_REQUEST = "|".join(_CODE_ALTERNATIVES)
# Searched alternative by alternative, each only where it may match: a third of the time of the whole pattern.
_CODE_PATTERN = Alternatives(_CODE_ALTERNATIVES)
_TOKEN = re.compile(r"[a-z0-9_]+|[^\sa-z0-9_]")


def _code_triggers(code: dict[str, Any]) -> frozenset[str]:
    """The tokens one of which every code request holds (a name, a code noun, a piece of syntax): most prompts
    hold none, and the long pattern is not read for them."""
    words = " ".join((code["names"], code["ambiguous_names"], code["tools"], code["weak_nouns"], code["strong_nouns"]))
    # Not the "#" of "c#" nor the "t" of "t-sql": every skeleton has a "#", and "t" is in "don ' t".
    tokens = {token for token in _TOKEN.findall(words.replace("_", " ")) if token.isalnum() and token != "t"}
    tokens |= {f"{noun}s" for noun in code["weak_nouns"].split()}
    tokens |= {phrase.split()[0] for phrase in code["strong_phrases"]}
    return frozenset(tokens | set(code["syntax_triggers"].split()))


_CODE_TRIGGERS = _code_triggers(_DATA["code"])


def asks_for_code(text: str) -> bool:
    """Whether the text (a skeleton, or normalised text) is a request for code: see ``_code_request``."""
    return not _CODE_TRIGGERS.isdisjoint(_TOKEN.findall(text)) and _CODE_PATTERN.found_in(text)


# Arithmetic words in another sense ("a take away near me", "an A minus", "more or less 20 people", "what
# difference does 5 minutes make"), with the reason each is refused.
OTHER_SENSES: tuple[tuple[str, str, tuple[str, ...]], ...] = tuple(
    ("|".join(entry["patterns"]), f"this {entry['reason']}", tuple(entry["guard"])) for entry in _DATA["other_sense"]
)

_OPERAND = r"(?:#|\()"
# Word problems that multiply or divide without naming the operation. The model reads word problems the rules do
# not, and would add their two numbers ("Ben reads 3 pages a day: how many in 5 days?" -> 8): naming the operation
# here is the rules' veto (reasoning_service.model_may_answer), so these are refused with the reason instead.
_PERIOD = r"(?:day|week|month|year|hour|minute|night|weekend|shift|lesson|session)"
_LENGTH = r"(?:mm|cm|m|km|metres?|meters?|centimetres?|centimeters?|feet|foot|ft|inch(?:es)?|yards?|miles?)"
_CONTAINERS = (
    r"(?:rows|columns|shelves|boxes|bags|packs|packets|crates|cartons|trays|teams|tables|classes|floors|groups"
    r"|stacks|piles|baskets|jars|bottles|cases|buses|cars|vans|tanks|pages|plates|bowls|buckets)"
)
_RATE = rf"# (?:\w+ ){{0,2}}(?:a|an|per|each|every) {_PERIOD}\b"  # "# pages a day", "# per week", "# a week"
# What follows a result the user gives to be checked: the end of the prompt, or a question whether it is right.
_ASKED_IF_RIGHT = (  # one group: it is used inside alternations
    r"(?:(?: [,.;:!?-])*"
    r"(?: (?:is (?:that|this|it|my answer) (?:right|correct)|am i right|can you check|(?:right|correct) \?"
    r"|(?:can you |could you |pls |please )?(?:check|confirm|verify)(?: it| that| this| my answer)?(?: please| pls)?"
    r"(?: [?!.])*$))"
    r"|(?: [,.;:!?-])+ (?:right|correct)\b|(?: [,.;:!?-])* (?:yes|yeah|ok|okay|true) \?)"
)
_CHECKED = rf"(?:{_ASKED_IF_RIGHT}|(?: [,.;:!?-])*$)"
# Month names; "may" only where a weekday-or-date shape makes it one ("5 may 3" is no date, "May 5 plus 9 days" is).
_MONTH_NOT_MAY = (
    r"(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august"
    r"|september|october|november|december)"
)
_MONTH = rf"(?:may|{_MONTH_NOT_MAY})"
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MULTIPLYING_STORIES = (
    # a rate for a number of periods: "reads # pages a day ... in # days", "earns # dollars a week for # weeks"
    rf"|{_RATE}.*\b(?:in|for|after|over|within) # {_PERIOD}s?\b"
    # "earn # an hour and worked # hours": a rate and a count of the same period
    rf"|# (?:\w+ ){{0,2}}(?:a|an|per|each|every) (?P<rate_period>{_PERIOD})\b.*# (?P=rate_period)s\b"
    # a price or a share per item and a number of items: "each ticket costs # euros ... # tickets"
    r"|\beach \w+(?: \w+)? (?:costs?|weighs|holds|has|contains|takes|needs|pays|earns|gets|is|was) #.*#"
    # "4 friends each paid 10 dollars", "a pack has 6 cans and I buy 5 packs", "a shirt costs 25 and I buy 3 shirts"
    r"|# \w+ each (?:paid|pay|pays|gave|give|spent|spend|bought|buy|ate|eat|got|get|had|have|earned|scored|made"
    r"|sold|bring|brings|brought|need|needs|receive|receives|received|take|takes|took|read|reads|drink|drinks"
    r"|carry|carries) #"
    r"|\b(?:a|an|one) (?:\w+ )?(?P<item>\w+) (?:costs?|is|has|holds|contains|weighs) #.*# (?P=item)s\b"
    r"|\b(?:costs?|cost|weighs?|pays?|charges?|earns?) # \w*(?: ?each|apiece| per \w+)\b.*#"
    r"|# \w*(?: ?each|apiece)\b.*\b(?:costs?|cost|weighs?|pays?|charges?|earns?) #"
    # "# books for # dollars each", "# pens at $ # each"
    r"|# \w+(?: \w+)? (?:for|at) (?:[$€£¥] # |# (?:dollars?|euros?|pounds?|cents?|bucks|pence|yen) )(?:each|apiece)\b"
    # groups of a size: "# rows with # seats", "# boxes of # eggs", "# seats in each row"
    rf"|# {_CONTAINERS} (?:with|of|holding|containing|that hold|each with) #"
    # "# bags hold # apples each", "give # cookies to each of # kids", "tally up # lots of #"
    r"|# lots of #"
    r"|# \w+ (?:hold|holds|contain|contains|have|has|with|of) # \w+ each\b|\b(?:to|for) each of #"
    r"|# \w+ (?:in|on|per) (?:each|every) \w+"
    # an area: "# metres by # metres", "what is its area"
    rf"|# ?{_LENGTH} (?:long )?by # ?{_LENGTH}\b|\b(?:its|the|total|floor|surface) area\b|\barea of\b"
)
# Sharing asks for a division only with a "how many": "can 97592 be split into two equal halves?", "is there one
# left over if I share 3 sweets between two kids?" ask for a parity (the skeleton does not tell two from 5).
_SHARED = (
    r"\b(?:shared?|split|splits|distributed?|divvied|handed out) (?:\S+ ){0,3}(?:equally |evenly |fairly )?"
    r"(?:among|between|into)\b"
)
_DIVIDING_STORIES = (
    rf"|{_SHARED}(?=.*\bhow (?:many|much)\b)|\bhow (?:many|much)\b.*{_SHARED}"
    r"|\bhow many (?:\w+ )?(?:does|do|will|would|should|can|did) each\b|\beach (?:\w+ )?(?:gets?|receives?)\b"
    # "can 250 people stand in rows of five with nobody left out?"
    r"|\bin (?:equal )?(?:rows|groups|teams|piles|stacks|sets|packs|bags|boxes|lines|columns) of\b"
    # "how many cupcakes go on each table?", "if one pizza feeds 3 people, how many pizzas for 27 guests?"
    r"|\bhow many (?:\w+ )?(?:go|goes|fit|fits|sit|sits|are|is) (?:on|in|into|at|to|per) each\b"
    r"|(?:\b(?:one|each|a|an)|#) \w+ (?:feeds|serves|seats)\b.*\bhow many\b"
    # "a rope 30 cm long is cut into 10 equal pieces: how long is each piece?"
    r"|\bhow (?:long|much|big|heavy|wide|tall) (?:is|will|would) (?:each|every)\b"
    # "if 3 pens cost 6 dollars how much does one pen cost?"
    r"|\bhow much (?:does|do|would|will|did) (?:one|a single|each|1|#) \w+ (?:cost|weigh)\b"
    # how many periods a rate takes to reach an amount: "saves # dollars a month: how many months until ..."
    rf"|{_RATE}.*\bhow (?:many|long) (?:{_PERIOD}s?\b|will|does|until)"
)
# "5 mroe than 3", "5 more tahn 3": the two words of "more than" with one typo each.
_MORE_FORMS = typo_forms(
    "more", "mode mare core bore lore mole move mire wore pore sore tore gore fore mote mope mere morn ore mores morel"
)
_MORE = alternation_of(_MORE_FORMS)
_THAN = typo_alternation("than", "that then thin tan khan thane thank thai")
_GREATER = typo_alternation("greater", "grater greeter greaser treater greatest")
# at the start of the prompt or of a sentence or clause ("quick question: is # more than #?", "hey, is # ..."); "do"
# right before a number is a command ("next one: do # more than #")
_YES_NO_OPENER = r"(?:^|[:;,.!?] )\W*(?:is|are|was|were|(?:does|do)(?! #)|am|isn't|aren't)\b"

# Checked first, each only when the skeleton holds one of its guard's strings (most prompts hold none): a request
# for code, then the arithmetic words in other senses.
_GUARDED: tuple[tuple[Callable[[str], bool], str], ...] = (
    (asks_for_code, CODE),
    *(
        (
            lambda text, pattern=re.compile(pattern), guard=guard: (
                any(word in text for word in guard) and pattern.search(text) is not None
            ),
            reason.removeprefix("this "),
        )
        for pattern, reason, guard in OTHER_SENSES
    ),
)
# Checked in order; the first match names the operation. Comparisons come before subtraction so that
# "is 3 less than 5?" is a comparison while "3 less than 5" is a subtraction.
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), phrase)
    for pattern, phrase in (
        (r"= ?(?:sum|sumif|subtotal) \(", CODE),  # a spreadsheet formula: "what does =SUM(A1:A3) do?"
        # "the sum of the even numbers from 1 to 10", "add all numbers between # and #"
        (
            # within one clause; "add the first two numbers: 4 and 7" lists its numbers, so it is an addition
            r"\b(?:sum|summ|total|add\w*)\b[^.?!;]*(?:\bnumbers (?:from|between) #|\bfrom # (?:to|through|until) #"
            r"|\bfirst # (?:\w+ )?numbers\b(?!(?: \W)* #)|# (?:through|thru|until) #)"
            # "the sum of 1 to 100" is 5050, not 101 ("add 5 to 7" stays an addition: no "sum of" before it)
            r"|\b(?:sum|summ|total) of (?:all )?(?:the )?(?:(?:whole |natural |positive )?(?:numbers|integers) )?"
            r"# (?:to|up to) #"
            # a sequence: "count from 1 to 10", "what's the next number: 2, 4, 6, 8", "numbers between 3 and 9"
            r"|\bcount (?:up |down )?(?:from # to|to) #|\bnext (?:number|term)\b|\bwhat comes (?:after|next)\b"
            r"|^(?:the )?numbers (?:between|from) # (?:and|to) #",
            RANGE,
        ),
        (
            r"\b(?:sum|total|add(?:ing)?(?: up)?)(?: of)? (?:the |its |all (?:the |its )?|each of the )?digits\b"
            r"|\bdigits? of\b|\bdigit(?:al)? (?:sum|root)\b",
            DIGIT_SUM,
        ),
        (r"\bsquare roots?\b|\bcube roots?\b|\bsqrt\b|√|∛|\broots? of\b|\bnth root\b", ROOT),
        (
            r"\bperfect (?:square|cube)s?\b|\b(?:square|cube|triangular|fibonacci) numbers?\b"
            r"|\bis # an? (?:square|cube)\b",
            SQUARE_NUMBER,
        ),
        (
            r"\^|\*\*|\bto the (?:\w+ )?power\b|\bpowers?\b|\bsquared\b|\bcubed\b|\bexponents?\b"
            r"|\bsquare of\b|\bcube of\b|\bsquare #",
            POWER,
        ),
        (
            _YES_NO_OPENER + rf"[^?]*\b(?:{_MORE}|less|fewer) {_THAN}\b"
            rf"|\b(?:{_GREATER}|bigger|larger|smaller|higher|lower) {_THAN}\b|[<>≤≥≠]|\bcompar\w*"
            # "which is bigger", "which bag weighs more, the 450 g one or the 540 g one?"
            r"|\bwhich (?:one |\w+ )?(?:(?:is|number is|weighs|weigh|costs|cost|has|have|holds|takes|lasts|runs|are)"
            r"(?: the)? )?(?:bigger|larger|greater|smaller|more|less|higher|lower|heavier|lighter|longer|shorter|older"
            r"|younger|cheaper|dearer|faster|slower)\b"
            # "who is older, Sam who is 36 or Fatima who is two?"
            r"|\bwho(?:'s| is) (?:older|younger|taller|shorter|bigger|smaller|heavier|lighter|faster|slower)\b"
            r"|\b(?:max|min|maximum|minimum|largest|smallest|biggest)\b"
            # putting numbers in order compares them: "sort these numbers: 5, 1, 9, 3"
            r"|\b(?:sort|sorted|sorting|arrange|rearrange)\b(?! (?:of|out|(?:it|this|that|things) out)\b)"
            r"|\b(?:ascending|descending|increasing|decreasing|numerical) order\b",
            COMPARISON,
        ),
        (
            r"= #|\bequals? (?:to )?#|\bthe same as\b"
            # a result the user worked out, given to be checked: "I got 42, is that right?", "my answer is 42"
            r"|\b(?:my|our) (?:answer|result) (?:is|was) #"
            # "my answer for 60+40 was 100, is it right", "i got 20 for 12 plus 9, check it"
            r"|\b(?:my|our) (?:answer|result) (?:for|to) [^.?!]*\b(?:is|was) #"
            r"|\b(?:i|we) (?:got|get|put|wrote) # (?:for|as the answer to|as the answer for) "
            rf"|\b(?:i|we) (?:think|reckon) (?:it's|it is|its|the answer is) #{_CHECKED}"
            rf"|\b(?:i|we|i'm|im|we're) (?:got|get|getting|make it|came up with|calculated|worked out) #{_CHECKED}"
            rf"|\band (?:got|get) #{_ASKED_IF_RIGHT}|\b(?:calculated|worked out|got) # (?:\+|-|plus|minus) # as #"
            # an expression and the user's result: "I think 12 + 5 is 17, right?", "is 12 plus 30 really 42?"
            rf"|# (?:\+|-|plus|minus|and) # (?:is|makes?|gives?|equals?|should be|is really|comes to) #{_CHECKED}"
            r"|^is # (?:\+|-|plus|minus) # (?:really )?#(?: [?!.])*$"  # "is 2+2 4?"
            r"|# (?:\+|-|plus|minus) # \? #(?: [?!.])*$"  # "what is 9 + 10? 21?"
            # "add 12 and 30. is it 42?", "what's 60 + 7, is it 67?", "is the sum of 17 and 26 43?"
            r"|(?:^|[.?!,;-] )(?:is it|is the answer|is that|is this|was it) #(?: [?!.])*$"
            r"|\bis the (?:sum|total|difference) of # and # #"
            # "is tac the reverse of cat?" (a parity claim, "7 is odd, right?", is answered: the answer says whether)
            r"|\bis \w+ the (?:reverse|mirror|opposite) of \w+",
            CHECK,
        ),
        (r"\bdivisib\w*|\bmultiples? of\b|\bfactors?\b|\bdivisors?\b|\bdivides\b", DIVISIBILITY),
        (
            r"×|(?:#|\)) \*(?= " + _OPERAND + r")|# x #|\btimes\b|\bmultipl\w*|\bproducts?\b"
            r"|# (?:tims|tiems|timse|tmes|itmes|tmies) #"  # a slip of "times" between two numbers
            r"|# dozens?\b|\b(?:a|one|half a) dozen\b"  # "10 dozen plus 1" is 121
            r"|\bdoubled?\b|\btwice\b|\btripled?\b" + _MULTIPLYING_STORIES,
            MULTIPLICATION,
        ),
        (
            r"÷|(?:#|\)) /|/ " + _OPERAND + r"|\bdivid(?!es\b)\w*|\bquotient\b|\bhalved?\b"
            r"|\b(?:half|a third|a quarter|a fifth|a tenth) of\b" + _DIVIDING_STORIES,
            DIVISION,
        ),
        (r"# %|\bper ?cent\w*|\bpercentages?\b", PERCENTAGE),
        (
            r"\baverage\w*|\bavg\b|\bmedian\b|\bmean of\b|\b(?:the|their|its|our|my) mean\b|\barithmetic mean\b"
            r"|\bmean (?:age|score|value|weight|height|time|temperature|price|mark|grade|speed)s?\b",
            AVERAGE,
        ),
        (r"\bremainders?\b|\bmod\b|\bmodul(?:o|us)\b", REMAINDER),
        (
            # a clock time added to or taken from: "10:30 plus 45 minutes", "2pm plus 3 hours", "12:30 - 4"
            r"# : #(?: (?:am|pm))? (?:plus|minus|[+-]) |(?:plus|minus|[+-]|add|subtract) # : #"
            # "add 5 minutes to 10:30", "take 20 minutes off 3pm"
            r"|# (?:minutes?|mins?|hours?|hrs?) (?:to|from|off|after|before) # (?:: #|am\b|pm\b)"
            r"|# (?:am|pm) (?:plus|minus|[+-]) |(?:plus|minus|[+-]) # (?:am|pm)\b",
            TIME_OF_DAY,
        ),
        (
            r"\bday of the week\b|\bwhat (?:day|date) (?:is|was|will)\b|\bwhich (?:day|date)\b"
            rf"|# {_MONTH_NOT_MAY}\b # ?\W*$"
            # a date or a weekday moved by days: "25 December plus 10 days", "July 4 minus 3 days", "Monday + 3 days"
            rf"|\b(?:{_MONTH}|{_WEEKDAY})\b(?: #)? (?:plus|minus|[+-]|add|and) # (?:days?|weeks?|months?)\b"
            rf"|\b(?:plus|minus|add|subtract) # (?:days?|weeks?|months?) (?:to|from) (?:# )?(?:{_MONTH}|{_WEEKDAY})\b"
            # "10 June minus 2 weeks": the sign is read into the number ("# june # weeks")
            rf"|# {_MONTH_NOT_MAY}\b (?:plus |minus |[+-] )?# (?:days?|weeks?|months?)\b",
            DATE,
        ),
        (r"\bfactorials?\b|# !(?= (?:#|[-+*/×÷^=]|plus\b|minus\b|times\b))", FACTORIAL),
        (r"\blog(?:arithm)?s?\b|\bln\b", LOGARITHM),
        (r"\bprimes?\b|\bcomposite\b", PRIME),
        (r"\bpalindrom\w*", PALINDROME),
        (r"\bround(?:ed|ing)?\b|\bconvert\w*|\bbinary\b|\bhex(?:adecimal)?\b|\broman\b", CONVERSION),
    )
)

# Each pattern with the strings one of which it needs (most skeletons hold none of them: then it is not searched).
_NEEDS_PATTERNS = tuple((required_substrings(pattern), pattern, phrase) for pattern, phrase in _PATTERNS)

# Long operation words, matched with one typo allowed ("multipy", "substract", "devided").
_OPERATION_WORDS = Vocabulary(
    {
        "multiply": MULTIPLICATION,
        "multiplied": MULTIPLICATION,
        "multiplication": MULTIPLICATION,
        "product": MULTIPLICATION,
        "divide": DIVISION,
        "divided": DIVISION,
        "division": DIVISION,
        "average": AVERAGE,
        "remainder": REMAINDER,
        "factorial": FACTORIAL,
        "percent": PERCENTAGE,
        "percentage": PERCENTAGE,
        "squared": POWER,
        "exponent": POWER,
        "logarithm": LOGARITHM,
    },
    fuzzy_min_length=6,
    reserved=("square", "products", "divides", "divider"),
)


def skeleton(pieces: Sequence[Piece]) -> str:
    """The pieces joined by spaces, numbers replaced by ``#``: "add # and #"."""
    return " ".join(
        NUMBER_MARK if piece.number is not None or piece.kind == "oversized" else piece.text for piece in pieces
    )


@lru_cache(maxsize=256)  # every skill that reads one text wants its skeleton
def skeleton_of(normalized: str) -> str:
    """The skeleton of ``read_numbers(normalized)``."""
    return skeleton(read_numbers(normalized).pieces)


# Words around a request that ask for nothing more ("the exact sum ..., no rounding", "without converting"):
# removed before the patterns read the skeleton, so "rounding" there is no request to round.
_HARMLESS = re.compile(
    r"\b(?:no|without|not|never|don't|do not|dont)(?: any)? (?:round\w*|convert\w*|decimals?|approximat\w*)\b"
)


@lru_cache(maxsize=1024)  # the heaviest step of parsing, and every number skill asks it
def _operation_named_in(prompt_skeleton: str, besides: str | None = None) -> str | None:
    """The first operation the skeleton names (code, another sense, then _PATTERNS in order), `besides` left out."""
    prompt_skeleton = _HARMLESS.sub(" ", prompt_skeleton)
    for found, phrase in _GUARDED:
        if found(prompt_skeleton):
            return phrase
    for needs, pattern, phrase in _NEEDS_PATTERNS:
        if phrase != besides and may_match(needs, prompt_skeleton) and pattern.search(prompt_skeleton):
            return phrase
    return MIXED_UNITS if _mixes_units(prompt_skeleton) else None


def operation_besides_comparison(prompt_skeleton: str) -> str | None:
    """The operation no skill does that a comparison word problem also asks for ("20 % more than", "3 times
    bigger"), its own comparison apart ("how much taller is a than b" asks for a difference)."""
    return _operation_named_in(prompt_skeleton, COMPARISON) or next(
        (named for word in prompt_skeleton.split() if len(word) >= 6 and (named := _OPERATION_WORDS.lookup(word))),
        None,
    )


# The registered skills' cues, in registry order; the registry fills this once all skills are imported.
_SKILL_CUES: dict[str, Cue] = {}


def register_skill_cue(name: str, cue: Cue) -> None:
    _SKILL_CUES[name] = cue
    _skill_cues_in.cache_clear()  # its results name the cues registered when they were read


def names_a_skill_task(reason: str) -> bool:
    """Whether a reason is a registered skill's veto ("this asks for an addition"), not an operation no skill does."""
    return any(reason == f"this {cue.asks_for}" for cue in _SKILL_CUES.values())


def find_other_operation(pieces: Sequence[Piece], prompt_skeleton: str | None = None, *, asking: str) -> str | None:
    """A phrase naming the first operation, other than skill ``asking``'s own, that the prompt asks for.

    First the operations no skill does (multiplication, roots, ...), then every *other* registered skill's
    declared cue: "5 minus 3" is not an addition because the subtraction skill says "minus" is its cue.
    """
    shape = skeleton(pieces) if prompt_skeleton is None else prompt_skeleton
    return _operation_no_skill_does(pieces, shape) or _other_skill_cue(pieces, shape, asking)


def _operation_no_skill_does(pieces: Sequence[Piece], shape: str) -> str | None:
    phrase = _operation_named_in(shape)
    if phrase is not None:
        return phrase
    for piece in pieces:
        if piece.kind == "word" and len(piece.text) >= 6:
            word_phrase = _OPERATION_WORDS.lookup(piece.text)
            if word_phrase is not None:
                return word_phrase
    return None


def _other_skill_cue(pieces: Sequence[Piece], shape: str, asking: str) -> str | None:
    """What the first other registered skill whose declared cue is in the prompt asks for ("a subtraction")."""
    for name, cue in _SKILL_CUES.items():
        if name != asking and cue.found(pieces, shape):
            return cue.asks_for
    return None


# The reasons below are read for one text by every skill that refuses it (three or four on most refusals), each
# asking for the operations other than its own: the findings on the text are made once, by these caches.
@lru_cache(maxsize=256)
def _named_operation(normalized: str) -> str | None:
    return _operation_no_skill_does(read_numbers(normalized).pieces, skeleton_of(normalized))


@lru_cache(maxsize=256)
def _skill_cues_in(normalized: str) -> tuple[tuple[str, str], ...]:
    """(name, asks_for) of every registered skill whose cue is in the text, in registry order."""
    pieces, shape = read_numbers(normalized).pieces, skeleton_of(normalized)
    return tuple((name, cue.asks_for) for name, cue in _SKILL_CUES.items() if cue.found(pieces, shape))


def not_a_chain(normalized: str) -> str | None:
    """What the text asks for that no step of a chain can be (a phrase such as CHECK), or None: a result given to be
    checked ("add 12 and 30. I got 42, is that right?": a multi-step reading would take "I got 42" for a step), a
    time of day ("10:30 plus 45 minutes") or amounts in different units ("5kg + 300g")."""
    named = _named_operation(normalized)
    return named if named in (CHECK, TIME_OF_DAY, MIXED_UNITS) else None


def multiplication_or_division(normalized: str) -> tuple[str, str] | None:
    """The multiplication or division a text names first (before it, a check, a comparison ... is named first), a
    word problem's included ("I bought 5 boxes of 12 eggs"), with the words of its skeleton that name it ("# boxes
    of #"); None for "divisible by two" or "a multiple of 2", which ask for a parity."""
    named = _named_operation(normalized)
    if named not in (MULTIPLICATION, DIVISION) or _BY_TWO.search(normalized):
        return None
    shape = skeleton_of(normalized)
    for needs, pattern, phrase in _MULTIPLYING_OR_DIVIDING:
        found = pattern.search(shape) if phrase == named and may_match(needs, shape) else None
        if found is not None:
            return phrase, found.group()
    return named, ""  # named by a misspelt operation word ("multipy"), which no skill's cue takes


_BY_TWO = re.compile(r"\b(?:divi\w* by|multipl\w* of) (?:2|two)\b")  # parity questions
_MULTIPLYING_OR_DIVIDING = tuple(entry for entry in _NEEDS_PATTERNS if entry[2] in (MULTIPLICATION, DIVISION))


def _other_skill_cue_in(normalized: str, asking: str) -> str | None:
    return next((asks_for for name, asks_for in _skill_cues_in(normalized) if name != asking), None)


# "5 more than 3": the two words of "more than" with one typo each, shared by addition's cue and comparisons.
MORE_FORMS = _MORE_FORMS
MORE_THAN = re.compile(rf"# {_MORE} {_THAN} #")
MORE_WORD = re.compile(_MORE)


def other_skill_reason(normalized: str, *, asking: str) -> str | None:
    """ "this asks for a subtraction" when another registered skill's cue is in the text."""
    found = _other_skill_cue_in(normalized, asking)
    return (f"this {found}" if found else None) or _backwards_keyword(normalized)


def no_cue(scope: str, text: str, asking: str) -> Rejected:
    """A skill's rejection of a prompt in which its rules found no cue of its task; the reason, worked out when
    read, is another operation the prompt asks for instead, if any."""
    return Rejected(scope, lambda: other_operation_reason(text, asking=asking), cue_found=False)


def other_operation_reason(normalized: str, *, asking: str) -> str | None:
    """Why a prompt without skill ``asking``'s cue is not its task, when worth telling: "this asks for ...".

    Worked out only if the refusal is shown (see Rejected)."""
    other = _named_operation(normalized) or _other_skill_cue_in(normalized, asking)
    return f"this {other}" if other else _backwards_keyword(normalized)


# An operation's keyword written backwards ("what is 3 sulp 2", from "3 plus 2" under a right-to-left override):
# no operation the rules know, and none the model should guess.
_BACKWARDS_KEYWORDS = frozenset(word[::-1] for word in _DATA["operands"]["keywords"].split())
_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=256)  # read for one text by every skill that refuses it (see _named_operation)
def _backwards_keyword(normalized: str) -> str | None:
    if _BACKWARDS_KEYWORDS.isdisjoint(_WORD.findall(normalized)):
        return None
    return "this writes an operation's keyword backwards"


# A dash between numbers that is no minus: a phone number, a zip code, a date, office hours, a score, a range.
_DASHED = re.compile(
    r"\b(?:zip|zipcode|postcode|postal code)\b.*\d-\d|"
    r"\b\d{3}-(?:\d{3}-)?\d{4}\b(?!\s*[-+=])|\b(?:on|open|work|works|from|till|until) \d{1,2}-\d{1,2}\b"
    r"|\b\d{1,2}-\d{1,2} (?:(?:business|working|school|calendar|work|week) )?"
    r"(?:grind|shift|job|win|loss|draw|score|victory|defeat|lead|weeks?|days?|months?|years?|hours?"
    r"|minutes?|times|people)\b"
)
DASHED = "this uses a dash for a range, a score, a date or a code, not a subtraction"  # subtraction's own check too
# (not a zip code's "12345-6789": a subtraction as often)


def dashed_in_another_sense(normalized: str) -> bool:
    """A dash between numbers that is no minus ("takes 3-5 business days", "call 555-0142")."""
    return "-" in normalized and _DASHED.search(normalized) is not None


def operand_problem(normalized: str, reading: NumberReading, prompt_skeleton: str, *, asking: str) -> str | None:
    """What every number skill refuses once it knows the prompt is of its kind, as a Rejected.why: a number
    that is not whole, a dash that is no minus, a number over MAX_DIGITS, or another operation asked for as well."""
    non_integer = find_non_integer(normalized)
    if non_integer is not None:
        return f"{non_integer} is not a whole number"
    if dashed_in_another_sense(normalized):
        return DASHED
    if reading.longest_digit_run > MAX_DIGITS:
        return f"this has a number of {reading.longest_digit_run} digits, over the {MAX_DIGITS} I can read"
    other_operation = find_other_operation(reading.pieces, prompt_skeleton, asking=asking)
    return f"this {other_operation}" if other_operation is not None else None
