import { parseInsight, parsePlan } from '../api/client';
import type { Insight, PlanItem, Task } from '../api/types';

/** Versioned: a future shape change gets a new key instead of misreading old data. */
export const HISTORY_KEY = 'mini-reasoning-llm:history:v1';
export const HISTORY_LIMIT = 50;

export type ExchangeStatus = 'pending' | 'streaming' | 'done' | 'error' | 'stopped';

/** `probabilities`, `model` and `evidence` come with the finished reply (none from an older backend). */
export interface Exchange extends Partial<Insight> {
  id: string;
  prompt: string;
  status: ExchangeStatus;
  task: Task | null;
  confidence: number | null;
  headline: string;
  steps: string[];
  answer: string | null;
  /** A chain's sub-results (issue 16); while streaming, each item's `steps` grow as its events arrive. */
  plan: PlanItem[];
  /** The plan items begun so far: item k (from 1) is shown when k <= part, and complete when k < part. */
  part: number;
  completion: string;
  error: string;
  /** False when resending the same prompt cannot help (the server rejected the prompt itself). */
  retryable: boolean;
  createdAt: number;
}

export function newExchange(prompt: string): Exchange {
  return {
    id: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    prompt,
    status: 'pending',
    task: null,
    confidence: null,
    headline: '',
    steps: [],
    answer: null,
    plan: [],
    part: 0,
    completion: '',
    error: '',
    retryable: true,
    createdAt: Date.now(),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const STATUSES: readonly ExchangeStatus[] = ['pending', 'streaming', 'done', 'error', 'stopped'];

/** Rebuilds one stored exchange, or returns null when it is not one. */
function revive(value: unknown): Exchange | null {
  if (!isRecord(value)) return null;
  const { id, prompt, status } = value;
  if (typeof id !== 'string' || typeof prompt !== 'string' || typeof status !== 'string') return null;
  if (!(STATUSES as readonly string[]).includes(status)) return null;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const inFlight = status === 'pending' || status === 'streaming';
  return {
    id,
    prompt,
    // A request cannot survive a reload: show it as interrupted.
    status: inFlight ? 'stopped' : (status as ExchangeStatus),
    task: typeof value.task === 'string' && value.task !== '' ? value.task : null,
    confidence: typeof value.confidence === 'number' && Number.isFinite(value.confidence) ? value.confidence : null,
    headline: str(value.headline),
    steps: Array.isArray(value.steps) ? value.steps.filter((s): s is string => typeof s === 'string') : [],
    answer: typeof value.answer === 'string' ? value.answer : null,
    plan: parsePlan(value.plan),
    part: typeof value.part === 'number' ? value.part : 0,
    completion: str(value.completion),
    error: str(value.error),
    retryable: value.retryable !== false,
    createdAt: typeof value.createdAt === 'number' ? value.createdAt : 0,
    ...parseInsight(value),
  };
}

function storage(): Storage | null {
  try {
    return typeof window !== 'undefined' ? window.localStorage : null;
  } catch {
    return null; // e.g. storage disabled by the browser
  }
}

/** Reads the history; corrupt or foreign data yields what can be salvaged, never a crash. */
export function loadHistory(): Exchange[] {
  const store = storage();
  if (!store) return [];
  let raw: string | null;
  try {
    raw = store.getItem(HISTORY_KEY);
  } catch {
    return [];
  }
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    const list = isRecord(parsed) && parsed.version === 1 && Array.isArray(parsed.exchanges) ? parsed.exchanges : null;
    if (!list) return [];
    return list.map(revive).filter((e): e is Exchange => e !== null).slice(-HISTORY_LIMIT);
  } catch {
    return [];
  }
}

/** Writes the history; a full or unavailable storage is not an error worth interrupting the user for. */
export function saveHistory(exchanges: readonly Exchange[]): boolean {
  const store = storage();
  if (!store) return false;
  try {
    if (exchanges.length === 0) store.removeItem(HISTORY_KEY);
    else store.setItem(HISTORY_KEY, JSON.stringify({ version: 1, exchanges: exchanges.slice(-HISTORY_LIMIT) }));
    return true;
  } catch {
    return false;
  }
}
