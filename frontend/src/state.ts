import { CHAIN, type Completion, type StreamMeta, type StreamStep } from './api/types';
import type { Exchange } from './lib/history';

export type Action =
  | { type: 'start'; exchange: Exchange }
  | { type: 'meta'; id: string; meta: StreamMeta }
  | { type: 'step'; id: string; step: StreamStep }
  | { type: 'done'; id: string; result: Completion }
  | { type: 'error'; id: string; message: string; retryable: boolean }
  | { type: 'stopped'; id: string }
  | { type: 'clear' };

function update(list: Exchange[], id: string, patch: (e: Exchange) => Exchange): Exchange[] {
  return list.map((e) => (e.id === id ? patch(e) : e));
}

export function reducer(state: Exchange[], action: Action): Exchange[] {
  switch (action.type) {
    case 'start':
      return [...state, action.exchange];
    case 'meta':
      return update(state, action.id, (e) => ({
        ...e,
        status: 'streaming',
        task: action.meta.task,
        confidence: action.meta.confidence,
        headline: action.meta.headline,
        plan: action.meta.plan,
        part: 0,
      }));
    case 'step':
      return update(state, action.id, (e) => {
        const { text, part } = action.step;
        const next: Exchange = { ...e, status: 'streaming', steps: [...e.steps, text] };
        if (e.task !== CHAIN || e.plan.length === 0) return next;
        // A line of no plan item (the final sentence) comes after them all.
        const k = part ?? e.plan.length + 1;
        // A part's first line is its heading ("Step k: <title>"), which the part shows from its title.
        const heading = k > e.part && text.startsWith(`Step ${k}:`);
        return {
          ...next,
          part: Math.max(e.part, k),
          plan: heading ? e.plan : e.plan.map((item, i) => (i === k - 1 ? { ...item, steps: [...item.steps, text] } : item)),
        };
      });
    case 'done':
      return update(state, action.id, (e) => ({
        ...e,
        status: 'done',
        task: action.result.task,
        confidence: action.result.confidence,
        headline: action.result.headline,
        // The final object is authoritative: it replaces the streamed steps.
        steps: action.result.steps,
        answer: action.result.answer,
        plan: action.result.plan,
        part: action.result.plan.length + 1,
        completion: action.result.completion,
        probabilities: action.result.probabilities,
        model: action.result.model,
        evidence: action.result.evidence,
        operands_from: action.result.operands_from,
        error: '',
      }));
    case 'error':
      return update(state, action.id, (e) => ({
        ...e,
        status: 'error',
        error: action.message,
        retryable: action.retryable,
      }));
    case 'stopped':
      return update(state, action.id, (e) =>
        e.status === 'pending' || e.status === 'streaming' ? { ...e, status: 'stopped' } : e,
      );
    case 'clear':
      return [];
  }
}
