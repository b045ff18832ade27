/**
 * Fakes at the network boundary only: a stubbed global fetch that returns real
 * Response objects, with real ReadableStreams for server-sent events.
 */
import { vi } from 'vitest';
import type { Completion } from '../api/types';

export interface SentRequest {
  url: string;
  init: RequestInit;
  prompt: string;
}

type Handler = (req: SentRequest) => Response | Promise<Response>;

/**
 * `handler` answers the POSTs, which are recorded in `requests`. GET /health
 * is answered by `health` (200 by default) and recorded in `healthChecks`.
 */
export function stubFetch(handler: Handler, health: () => Response | Promise<Response> = () => jsonResponse({ status: 'ok', model: {} })) {
  const requests: SentRequest[] = [];
  const healthChecks: string[] = [];
  const fn = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if ((init.method ?? 'GET') === 'GET' && url.endsWith('/health')) {
      healthChecks.push(url);
      return health();
    }
    const body = typeof init.body === 'string' ? (JSON.parse(init.body) as { prompt?: string }) : {};
    const req = { url, init, prompt: body.prompt ?? '' };
    requests.push(req);
    if (init.signal?.aborted) throw new DOMException('The operation was aborted.', 'AbortError');
    return handler(req);
  });
  vi.stubGlobal('fetch', fn);
  return { fn, requests, healthChecks };
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

export const ADDITION: Completion = {
  completion:
    "Let's solve this addition carefully.\n1. Identify the numbers: 47 and 85.\n2. Add them together: 47 + 85 = 132.\n3. Therefore, the final answer is 132.\n(model confidence in task type: 92.4%)",
  task: 'addition',
  answer: '132',
  confidence: 0.924,
  steps: ['Identify the numbers: 47 and 85.', 'Add them together: 47 + 85 = 132.', 'Therefore, the final answer is 132.'],
};

export const REFUSAL: Completion = {
  completion:
    "I'm sorry, but I can't help with that request.\nI can add whole numbers, tell whether a number is even or odd, and reverse a word.\nTry: \"What is 12 plus 30?\"\n(model confidence in task type: 97.0%)",
  task: 'unsupported',
  answer: null,
  confidence: 0.97,
  steps: [],
};

/** The frames the backend streams for a completion. */
export function framesFor(result: Completion): string[] {
  return [
    sseFrame('meta', { task: result.task, confidence: result.confidence, headline: result.completion.split('\n')[0] }),
    ...result.steps.map((text, i) => sseFrame('step', { index: i + 1, text })),
    sseFrame('done', result),
  ];
}
