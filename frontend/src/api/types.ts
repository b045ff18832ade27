/**
 * The SPA's API types, derived from the generated OpenAPI types (schema.gen.ts): no model is written
 * here by hand. Regenerate with `npm run gen:api` when the backend changes.
 */
import type { components } from './schema.gen';

type Schemas = components['schemas'];

/**
 * A task label. The schema enumerates the labels this build was generated against, but a newer backend
 * may have gained a skill since: any string is accepted and an unknown one gets a neutral badge.
 */
export type Task = string;

/** The label of a refusal. It is the one label that is not a skill (the skill list comes from GET /api/skills). */
export const UNSUPPORTED = 'unsupported' satisfies Schemas['CompletionResponse']['task'];

/** What one parser found in the prompt (`evidence[skill]`): parsed (with operands), missing or rejected (with a reason). */
export type Finding = Schemas['ParserEvidence'];

/**
 * Why a reply's task was chosen: the posterior over every label (null when the parsers refused alone and
 * the model was `not asked`) and each parser's finding. Optional on a reply: an older backend lacks them.
 */
export type Insight = Pick<Schemas['CompletionResponse'], 'probabilities' | 'model' | 'evidence'> & {
  /** Who found the operands of a solved single task (issue 15): the phrase rules or the model's tagger. */
  operands_from?: Schemas['CompletionResponse']['operands_from'];
};

/** The label of a multi-step reply (issue 16): not a skill, so not in GET /api/skills; it has a badge of its own. */
export const CHAIN = 'chain' satisfies Schemas['CompletionResponse']['task'];

/**
 * One sub-result of a reply's `plan` (issue 16): its task, what it did ("add 17 and 26"), its operands as
 * the skill shows them, its answer and its own explanation lines (no "Therefore" sentence).
 * HAND-WRITTEN from the chain contract (issue 16) while the backend with chains is not merged: after
 * `npm run gen:api` against it, derive it from the generated schema instead (its item model, with
 * `task: Task`). Completion omits the generated `plan` (absent today) for this one, so a regenerated
 * schema.gen.ts type-checks with or without that change.
 */
export interface PlanItem {
  task: Task;
  title: string;
  input: string[];
  answer: string;
  steps: string[];
}

/**
 * Body of a 200 from POST /api/complete (and the `done` event of the stream). `plan` is never missing
 * once parsed: [] from a backend without chains, or for a refusal.
 */
export type Completion = Omit<Schemas['CompletionResponse'], 'task' | 'plan' | 'operands_from' | keyof Insight> & {
  task: Task;
  plan: PlanItem[];
} & Partial<Insight>;

/** POST /api/explain: a weight in [-1, 1] per grapheme cluster of the prompt, toward `label` (any label, any method). */
export type Explanation = Omit<Schemas['ExplainResponse'], 'label' | 'method'> & { label: Task; method: string };

/** GET /api/model: the training report of the served artifact (confusion rows: expected label; validation split). */
export type ModelReport = Schemas['ModelReport'];

/** `meta` event of POST /api/complete/stream. Its plan items come without their `steps` (parsed as []). */
export type StreamMeta = Pick<Completion, 'task' | 'confidence' | 'headline' | 'plan'>;

/**
 * `step` event of POST /api/complete/stream: one of the reply's `steps`, numbered from 1, and the plan
 * item it belongs to (`part`, from 1; null for a line of no item, such as the final sentence, or from a
 * backend without chains). `part` is HAND-WRITTEN from the chain contract, like PlanItem.
 */
export interface StreamStep {
  index: number;
  text: Completion['steps'][number];
  part: number | null;
}

/** GET /api/skills. */
export type SkillsList = Schemas['SkillsResponse'];
export type SkillInfo = Schemas['SkillInfo'];
export type SkillExample = Schemas['SkillExample'];
