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
export type Insight = Pick<Schemas['CompletionResponse'], 'probabilities' | 'model' | 'evidence'>;

/** Body of a 200 from POST /api/complete (and the `done` event of the stream). */
export type Completion = Omit<Schemas['CompletionResponse'], 'task' | keyof Insight> & { task: Task } & Partial<Insight>;

/** POST /api/explain: a weight in [-1, 1] per grapheme cluster of the prompt, toward `label` (any label, any method). */
export type Explanation = Omit<Schemas['ExplainResponse'], 'label' | 'method'> & { label: Task; method: string };

/** GET /api/model: the training report of the served artifact (confusion rows: expected label; validation split). */
export type ModelReport = Schemas['ModelReport'];

/** `meta` event of POST /api/complete/stream. */
export type StreamMeta = Pick<Completion, 'task' | 'confidence' | 'headline'>;

/** `step` event of POST /api/complete/stream: one of the reply's `steps`, numbered from 1. */
export interface StreamStep {
  index: number;
  text: Completion['steps'][number];
}

/** GET /api/skills. */
export type SkillsList = Schemas['SkillsResponse'];
export type SkillInfo = Schemas['SkillInfo'];
export type SkillExample = Schemas['SkillExample'];
