/**
 * Fakes at the network boundary only: a stubbed global fetch that returns real
 * Response objects, with real ReadableStreams for server-sent events.
 */
import { vi } from 'vitest';
import type { Completion, SkillsList } from '../api/types';
import recorded from './fixtures.gen.json';

export interface SentRequest {
  url: string;
  init: RequestInit;
  prompt: string;
}

type Handler = (req: SentRequest) => Response | Promise<Response>;

type GetHandler = () => Response | Promise<Response>;

/**
 * `handler` answers the POSTs, which are recorded in `requests`. GET /health
 * is answered by `health` (200 by default) and recorded in `healthChecks`;
 * GET /api/skills by `skills` (the recorded list by default), recorded in `skillsRequests`.
 */
export function stubFetch(
  handler: Handler,
  health: GetHandler = () => jsonResponse({ status: 'ok', model: {} }),
  skills: GetHandler = () => jsonResponse(recorded.skills),
) {
  const requests: SentRequest[] = [];
  const healthChecks: string[] = [];
  const skillsRequests: string[] = [];
  const fn = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if ((init.method ?? 'GET') === 'GET' && url.endsWith('/health')) {
      healthChecks.push(url);
      return health();
    }
    if ((init.method ?? 'GET') === 'GET' && url.endsWith('/api/skills')) {
      skillsRequests.push(url);
      if (init.signal?.aborted) throw new DOMException('The operation was aborted.', 'AbortError');
      return skills();
    }
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as { prompt?: string }) : {};
    const req = { url, init, prompt: body.prompt ?? '' };
    requests.push(req);
    if (init.signal?.aborted) throw new DOMException('The operation was aborted.', 'AbortError');
    return handler(req);
  });
  vi.stubGlobal('fetch', fn);
  return { fn, requests, healthChecks, skillsRequests };
}

export function jsonResponse(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

export function sseFrame(event: string, data: unknown): string {
  return `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** A complete SSE response; `chunkSize` splits the bytes so events straddle chunks. */
export function sseResponse(frames: string[], chunkSize = 0): Response {
  const bytes = new TextEncoder().encode(frames.join(''));
  const size = chunkSize > 0 ? chunkSize : bytes.length;
  let offset = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) {
        controller.close();
        return;
      }
      controller.enqueue(bytes.slice(offset, offset + size));
      offset += size;
    },
  });
  return new Response(stream, { status: 200, headers: { 'Content-Type': 'text/event-stream; charset=utf-8' } });
}

/**
 * An SSE response the test drives by hand: `send` pushes a frame, `close`
 * ends the stream. Aborting the request's signal errors the stream, as a real
 * fetch does.
 */
export function controlledSse(signal?: AbortSignal | null) {
  let ctrl!: ReadableStreamDefaultController<Uint8Array>;
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      ctrl = c;
    },
  });
  signal?.addEventListener('abort', () => {
    try {
      ctrl.error(new DOMException('The operation was aborted.', 'AbortError'));
    } catch {
      // already closed
    }
  });
  return {
    response: new Response(stream, { status: 200, headers: { 'Content-Type': 'text/event-stream' } }),
    send: (text: string) => ctrl.enqueue(encoder.encode(text)),
    close: () => ctrl.close(),
  };
}

/**
 * The backend's real replies, recorded from the app by scripts/record-fixtures.mjs
 * (`npm run check:fixtures` fails when the backend's replies drift from them).
 */
export const RECORDED = recorded;

export const ADDITION: Completion = recorded.complete.addition.reply;
export const PARITY: Completion = recorded.complete.parity.reply;
export const REVERSAL: Completion = recorded.complete.reversal.reply;
export const REFUSAL: Completion = recorded.complete.refusal.reply;
export const MISSING: Completion = recorded.complete.missing.reply;
export const SKILLS: SkillsList = recorded.skills;

/** The recorded stream body of a reply, cut into its frames. */
export function recordedFrames(name: keyof typeof recorded.stream): string[] {
  return recorded.stream[name].body.split(/(?<=\n\n)/);
}

/** Frames in the backend's format for a made-up reply (a test checks them against the recorded ones). */
export function framesFor(result: Completion): string[] {
  return [
    sseFrame('meta', { task: result.task, confidence: result.confidence, headline: result.headline }),
    ...result.steps.map((text, i) => sseFrame('step', { index: i + 1, text })),
    sseFrame('done', result),
  ];
}

/**
 * Issue 18's replies: POST /api/explain for ADDITION's prompt, GET /api/model, and ADDITION with its
 * probabilities and evidence (contract-shaped until the backend records them).
 */
export const INSIGHT = {
  probabilities: { addition: 0.91, parity: 0.04, reversal: 0.03, subtraction: 0.01, unsupported: 0.01 },
  model: 'asked' as const,
  evidence: {
    addition: { outcome: 'parsed' as const, operands: ['47', '85'], reason: null },
    parity: { outcome: 'rejected' as const, operands: [], reason: 'this asks for an addition' },
    reversal: { outcome: 'missing' as const, operands: [], reason: null },
  },
};
export const EXPLAINED = {
  prompt: ADDITION_PROMPT(),
  reply: {
    label: 'addition',
    method: 'occlusion',
    tokens: [...ADDITION_PROMPT()].map((text, i) => ({ text, weight: Math.round(Math.sin(i) * 100) / 100 })),
  },
};
function ADDITION_PROMPT(): string {
  return recorded.complete.addition.prompt;
}
export const MODEL = {
  labels: Object.keys(INSIGHT.probabilities),
  parameters: 12345,
  training_seconds: 42.5,
  fingerprint: 'abc123',
  trained_at: '2026-12-06T06:00:00+00:00',
  history: [1, 2, 3].map((epoch) => ({
    epoch,
    loss: 1.5 / epoch,
    train_accuracy: 0.6 + epoch / 10,
    validation_accuracy: 0.55 + epoch / 10,
  })),
  confusion: {
    labels: Object.keys(INSIGHT.probabilities),
    matrix: Object.keys(INSIGHT.probabilities).map((_, i, all) => all.map((__, j) => (i === j ? 50 + i : i === j + 1 ? 2 : 0))),
  },
  reliability: Array.from({ length: 10 }, (_, i) => ({
    lower: i / 10,
    upper: (i + 1) / 10,
    count: i < 5 ? 0 : i * 10,
    confidence: i < 5 ? 0 : i / 10 + 0.05,
    accuracy: i < 5 ? 0 : i / 10,
  })),
};
