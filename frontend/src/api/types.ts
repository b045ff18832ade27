export type Task = 'addition' | 'parity' | 'reversal' | 'unsupported';

export const TASKS: readonly Task[] = ['addition', 'parity', 'reversal', 'unsupported'];

export function isTask(value: unknown): value is Task {
  return typeof value === 'string' && (TASKS as readonly string[]).includes(value);
}

/** Body of a 200 from POST /api/complete (and the `done` event of the stream). */
export interface Completion {
  completion: string;
  task: Task;
  answer: string | null;
  confidence: number;
  steps: string[];
}

/** `meta` event of POST /api/complete/stream. */
export interface StreamMeta {
  task: Task;
  confidence: number;
  headline: string;
}

/** `step` event of POST /api/complete/stream. */
export interface StreamStep {
  index: number;
  text: string;
}
