/**
 * Fakes at the network boundary only: a stubbed global fetch that returns real
 * Response objects, with real ReadableStreams for server-sent events.
 */
import { vi } from 'vitest';
import { CHAIN, type Completion, type Explanation, type Insight, type ModelReport, type SkillsList } from '../api/types';
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

// A JSON import types `"asked"` as string: the replies are the schema's types (they come from the backend).
export const REPLIES = recorded.complete as unknown as Record<keyof typeof recorded.complete, { prompt: string; reply: Completion }>;
export const ADDITION = REPLIES.addition.reply;
export const PARITY = REPLIES.parity.reply;
export const REVERSAL = REPLIES.reversal.reply;
export const REFUSAL = REPLIES.refusal.reply;
export const MISSING = REPLIES.missing.reply;
export const SKILLS: SkillsList = recorded.skills;

/** The recorded stream body of a reply, cut into its frames. */
export function recordedFrames(name: keyof typeof recorded.stream): string[] {
  return recorded.stream[name].body.split(/(?<=\n\n)/);
}

/**
 * The `part` of each of a reply's steps, per the chain contract (issue 16): a chain's "Step k" heading and
 * its lines carry k; a single task's lines carry 1; the final sentence (and anything else) carries null.
 */
export function partsOf(result: Completion): (number | null)[] {
  const { plan, steps } = result;
  const parts =
    result.task === CHAIN
      ? plan.flatMap((item, k) => [k + 1, ...item.steps.map(() => k + 1)])
      : plan.length === 1
        ? plan[0]!.steps.map(() => 1)
        : [];
  return steps.map((_, i) => parts[i] ?? null);
}

/**
 * Frames in the backend's format for a made-up reply (a test checks them against the recorded ones). A
 * reply without `plan` is streamed as a backend without chains does; one with it, as the chain contract
 * says: `meta` carries the plan without each item's steps and every `step` its `part`.
 */
export function framesFor(result: Completion): string[] {
  const withPlan = Array.isArray((result as Partial<Completion>).plan);
  const parts = withPlan ? partsOf(result) : [];
  return [
    sseFrame('meta', {
      task: result.task,
      confidence: result.confidence,
      headline: result.headline,
      ...(withPlan && { plan: metaPlan(result.plan) }),
      probabilities: result.probabilities,
      model: result.model,
      evidence: result.evidence,
    }),
    ...result.steps.map((text, i) => sseFrame('step', { index: i + 1, text, ...(withPlan && { part: parts[i] }) })),
    sseFrame('done', result),
  ];
}

/** A recorded reply as parseCompletion returns it: with `plan` ([] when the recording has none). */
export function parsed(reply: Completion): Completion {
  return { ...reply, plan: (reply as Partial<Completion>).plan ?? [] };
}

/** A plan as the stream's `meta` carries it: without each item's steps. */
export const metaPlan = (plan: Completion['plan']) => plan.map(({ task, title, input, answer }) => ({ task, title, input, answer }));

/** Issue 18, as recorded: a reply's probabilities, model and evidence; POST /api/explain; GET /api/model. */
export function insightOf(reply: Completion): Insight {
  const { probabilities, model, evidence, operands_from } = reply;
  if (!model || !evidence || probabilities === undefined) throw new Error('the recorded reply has no insight');
  return operands_from ? { probabilities, model, evidence, operands_from } : { probabilities, model, evidence };
}
export const INSIGHT: Insight = insightOf(ADDITION);
/** ADDITION as a backend from before issue 18 sent it. */
export const OLDER_ADDITION: Completion = Object.fromEntries(
  Object.entries(ADDITION).filter(([key]) => !(key in INSIGHT)),
) as Completion;
/** "What is 2 plus 3?": the known case ("plus" outweighs "What"). */
export const EXPLAINED = recorded.explain.addition as { prompt: string; reply: Explanation };
/** A prompt with an emoji: one token for the emoji. */
export const EXPLAINED_EMOJI = recorded.explain.emoji as { prompt: string; reply: Explanation };
export const MODEL: ModelReport = recorded.model;
