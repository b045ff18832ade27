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

/** Body of a 200 from POST /api/complete (and the `done` event of the stream). */
export type Completion = Omit<Schemas['CompletionResponse'], 'task'> & { task: Task };

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
