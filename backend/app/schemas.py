"""Request and response bodies of the public API. Field names are a contract: add, never rename."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field
from pydantic.config import JsonDict

from app.skills import TASK_LABELS

MAX_PROMPT_CHARS = 512

# The task enum of the schema is the registry's label list, so a new skill needs no edit here. Clients must
# expect labels they do not know yet (a backend can gain a skill before its clients are rebuilt).
TASK_ENUM: JsonDict = {"enum": list(TASK_LABELS)}


def is_blank(text: str) -> bool:
    """Only white space: Python's (which includes U+001C-U+001F and U+0085) or U+FEFF (JavaScript's)."""
    return all(char.isspace() or char == "\ufeff" for char in text)


PromptProblem = Literal["blank", "too_long", "invalid_unicode", "nul"]


def prompt_problem(prompt: str) -> PromptProblem | None:
    """What makes a text unusable as a prompt, if anything: the one rule of both APIs (each words it its own way)."""
    if is_blank(prompt):
        return "blank"
    if len(prompt) > MAX_PROMPT_CHARS:
        return "too_long"
    try:
        prompt.encode("utf-8")
    except UnicodeEncodeError:
        return "invalid_unicode"
    if "\x00" in prompt:
        return "nul"
    return None


_PROMPT_MESSAGES: dict[PromptProblem, str] = {
    "blank": "must not be blank: type a question such as 'What is 2 plus 3?'",
    "invalid_unicode": "contains invalid Unicode (a lone surrogate); send valid UTF-8 text",
    "nul": "contains a NUL character; remove it",
}


def _readable_prompt(prompt: str) -> str:
    problem = prompt_problem(prompt)  # "too_long" is caught first, by max_length
    if problem is not None:
        raise ValueError(_PROMPT_MESSAGES.get(problem, f"must be at most {MAX_PROMPT_CHARS} characters"))
    return prompt


Prompt = Annotated[
    str,
    Field(
        strict=True,  # a number, boolean or null is an error, never coerced to text
        min_length=1,
        max_length=MAX_PROMPT_CHARS,
        description="The question, 1 to 512 characters (Unicode code points), not blank, no NUL.",
        # Documented, not enforced here (the validator below says what to fix): a non-space, no NUL.
        # Blank characters are spelled out beside \s, which means slightly different things to Python
        # and to JavaScript regular expressions, so every JSON Schema engine reads the same rule.
        json_schema_extra={"pattern": r"^[^\u0000]*[^\s\u0000\u001c-\u001f\u0085\ufeff][^\u0000]*$"},
    ),
    AfterValidator(_readable_prompt),
]
"""A prompt as /api/complete takes it; /v1 applies the same prompt_problem rule to the last user message."""


class CompletionRequest(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"prompt": "Can you explain 2 plus 3 step by step?"}]})

    prompt: Prompt


class ParserEvidence(BaseModel):
    outcome: Literal["parsed", "missing", "unrecognised", "rejected"] = Field(
        description="parsed: the prompt is this skill's task and its operands were found; missing: it is, but an "
        "operand is absent; unrecognised: the skill's phrase rules found no cue of its task (the model may still "
        "answer it, from the operands it tags); rejected: it is not this skill's task, for `reason`."
    )
    operands: list[str] = Field(
        description="The operands as the explanation shows them (parsed only, else empty): ['2', '3'], ['hello']."
    )
    reason: str | None = Field(
        description="Rejected only: what the prompt asks for instead ('this asks for a multiplication'); null when "
        "nothing is worth telling."
    )


class PlanStep(BaseModel):
    task: str = Field(description="The skill that did this step.")
    title: str = Field(description="The step in a few words: 'add 17 and 26'.")
    input: list[str] = Field(description="The operands the step received, as the skill shows them: ['17', '26'].")
    answer: str = Field(description="The step's answer, in its skill's format: '43', 'odd', '021'.")
    steps: list[str] = Field(
        description="The step's own explanation (carries, borrows, letters), without the final sentence."
    )


class CompletionResponse(BaseModel):
    completion: str = Field(description="The whole chain-of-thought reply, ending with the model's confidence.")
    task: str = Field(description="The task the prompt was recognised as.", json_schema_extra=TASK_ENUM)
    headline: str = Field(
        description="The reply's first line: what is being worked out, the refusal, or the question for a "
        "missing operand."
    )
    answer: str | None = Field(
        description="The final answer alone: an integer, 'even'/'odd', or the reversed text; null when the "
        "prompt is refused or an operand is missing."
    )
    confidence: float = Field(ge=0.0, le=1.0, description="The classifier's calibrated probability of `task`.")
    steps: list[str] = Field(description="The reasoning steps, in order, without their numbers.")
    probabilities: dict[str, float] | None = Field(
        description="The calibrated posterior over every task label (GET /api/skills order, then 'unsupported'), "
        "summing to 1: the distribution `confidence` is read from. Null when the model was not asked (every "
        "parser refused the prompt, so the reply could not depend on it)."
    )
    model: Literal["asked", "not asked"] = Field(description="Whether the classifier was run for this reply.")
    evidence: dict[str, ParserEvidence] = Field(
        description="What each skill's parser found, by skill name, then the chain recogniser's ('chain')."
    )
    plan: list[PlanStep] = Field(
        description="The steps executed, in order: one for a single task, two or more for a 'chain'; empty for a "
        "refusal or a missing operand."
    )
    operands_from: Literal["rules", "model"] | None = Field(
        description="Who found the operands of a solved single task: the skill's phrase rules, or the model's "
        "operand tagger (when the rules did not recognise the wording); null when nothing was solved, and for a "
        "chain (whose steps the chain parser reads)."
    )


class ExplainRequest(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"prompt": "What is 2 plus 3?"}]})

    prompt: Prompt


class TokenWeight(BaseModel):
    text: str = Field(description="One grapheme cluster of the prompt (an emoji or an accented letter is one).")
    weight: float = Field(
        ge=-1.0,
        le=1.0,
        description="How much this character pushed the classifier toward `label` (positive) or away from it "
        "(negative), scaled so the strongest is 1 or -1.",
    )


class ExplainResponse(BaseModel):
    label: str = Field(description="The classifier's own first choice for the prompt.", json_schema_extra=TASK_ENUM)
    method: Literal["occlusion"] = Field(
        description="occlusion: each character's weight is the drop of the label's calibrated log-odds when the "
        "prompt is read without it."
    )
    tokens: list[TokenWeight] = Field(description="The prompt's grapheme clusters in order: joined, the prompt.")


class SkillExample(BaseModel):
    prompt: str
    answer: str | None = Field(description="The expected answer; null when the prompt lacks an operand.")


class SkillInfo(BaseModel):
    name: str = Field(description="The task label of the skill's replies.")
    title: str = Field(description="A short name for badges: 'Addition'.")
    description: str = Field(description="What it does, completing 'I can ...': 'add whole numbers'.")
    examples: list[SkillExample]


class SkillsResponse(BaseModel):
    skills: list[SkillInfo] = Field(description="Every skill, in registry order.")


class ErrorResponse(BaseModel):
    detail: str = Field(description="What went wrong, in words that say what to fix.")


class ValidationErrorItem(BaseModel):
    loc: list[str | int]
    msg: str
    type: str


class ValidationErrorResponse(ErrorResponse):
    errors: list[ValidationErrorItem]


class InternalErrorResponse(ErrorResponse):
    error_id: str = Field(description="Quote this id when reporting the problem; the server log has details.")


class ModelStatus(BaseModel):
    state: Literal["ready"]
    source: Literal["cache", "trained"] = Field(description="Loaded from the cached artifact, or trained at this boot.")
    persisted: bool = Field(description="Whether the weights are on disk (false: serving from memory only).")
    fingerprint: str
    labels: list[str]
    temperature: float
    seconds_to_ready: float
    validation_accuracy: float | None = None


class EpochReport(BaseModel):
    epoch: int
    loss: float = Field(description="Mean training cross-entropy over the epoch.")
    train_accuracy: float = Field(description="Share of the epoch's training prompts the classifier got right.")
    validation_accuracy: float = Field(description="The classifier's accuracy on the validation split after it.")


class ConfusionMatrix(BaseModel):
    labels: list[str]
    matrix: list[list[int]] = Field(description="matrix[i][j]: prompts of labels[i] (expected) answered labels[j].")


class ReliabilityBin(BaseModel):
    lower: float
    upper: float
    count: int = Field(description="Validation prompts whose confidence falls in [lower, upper).")
    confidence: float = Field(description="Their mean confidence (0 when the bin is empty).")
    accuracy: float = Field(description="The share of them answered with the right task (0 when empty).")


class TaggingScore(BaseModel):
    exact: float = Field(
        description="The share of the task's validation prompts whose operand spans (roles too) "
        "the tagger finds exactly."
    )
    char_f1: float = Field(description="The F1 of the characters the tagger marks as part of an operand.")
    prompts: int = Field(description="How many validation prompts of the task were scored.")


class ModelReport(BaseModel):
    labels: list[str] = Field(description="The task labels, in the order of the classifier's outputs.")
    parameters: int = Field(description="The number of trained weights.")
    training_seconds: float
    fingerprint: str = Field(description="The recipe's hash: the artifact served (also in GET /health).")
    trained_at: str = Field(description="When the artifact was trained (ISO 8601, UTC).")
    history: list[EpochReport]
    confusion: ConfusionMatrix = Field(
        description="The validation split, answered as the service answers (classifier, parsers' evidence, vetoes)."
    )
    reliability: list[ReliabilityBin] = Field(
        description="10 equal-width bins of the service's confidence on the validation split."
    )
    tagging: dict[str, TaggingScore] = Field(
        description="The operand tagger on the validation split, by task (tasks with operands only); empty for a "
        "model without a tagger."
    )


class HealthResponse(BaseModel):
    status: Literal["ok"]
    model: ModelStatus
