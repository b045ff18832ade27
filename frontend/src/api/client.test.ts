import {
  ApiError,
  apiUrl,
  complete,
  explain,
  fetchModel,
  fetchSkills,
  parseCompletion,
  parseInsight,
  parsePlan,
  streamCompletion,
} from './client';
import type { StreamMeta, StreamStep } from './types';
import { HAND_WRITTEN_CHAIN_2 } from '../test/chains';
import { SseParser } from './sse';
import { describeApiBase } from '../config';
import {
  ADDITION,
  EXPLAINED,
  INSIGHT,
  MODEL,
  OLDER_ADDITION,
  REPLIES,
  SKILLS,
  framesFor,
  jsonResponse,
  metaPlan,
  parsed,
  recordedFrames,
  sseFrame,
  sseResponse,
  stubFetch,
} from '../test/network';

describe('streamCompletion', () => {
  it('posts the prompt to the stream endpoint and reports meta, steps and the final result', async () => {
    const { requests } = stubFetch(() => sseResponse(recordedFrames('addition'), 7));
    const metas: unknown[] = [];
    const steps: string[] = [];
    const result = await streamCompletion('What is 47 plus 85?', {
      onMeta: (m) => metas.push(m),
      onStep: (s) => steps.push(s.text),
    });
    expect(requests[0]?.url).toBe(apiUrl('/api/complete/stream'));
    expect(requests[0]?.init.method).toBe('POST');
    expect(requests[0]?.prompt).toBe('What is 47 plus 85?');
    const plan = metaPlan(parsed(ADDITION).plan).map((item) => ({ ...item, steps: [] }));
    expect(metas).toEqual([{ task: 'addition', confidence: ADDITION.confidence, headline: ADDITION.headline, plan }]);
    expect(steps).toEqual(ADDITION.steps);
    expect(result).toEqual(parsed(ADDITION));
  });

  it('makes up frames exactly as the backend streams them', () => {
    const events = (frames: string[]) => {
      const parser = new SseParser();
      return [...parser.push(frames.join('')), ...parser.end()].map((e) => [e.event, JSON.parse(e.data)]);
    };
    for (const name of ['addition', 'parity', 'reversal', 'refusal', 'missing', 'chain'] as const) {
      expect(events(framesFor(REPLIES[name].reply))).toEqual(events(recordedFrames(name)));
    }
  });

  it('accepts a task it has never heard of, and requires the headline', async () => {
    const unknown = { ...ADDITION, task: 'subtraction' };
    stubFetch(() => sseResponse(framesFor(unknown)));
    await expect(streamCompletion('x')).resolves.toEqual(parsed(unknown));
    const noHeadline: Partial<typeof ADDITION> = { ...ADDITION };
    delete noHeadline.headline;
    stubFetch(() => jsonResponse(noHeadline));
    await expect(complete('x')).rejects.toMatchObject({ kind: 'protocol' });
    stubFetch(() => jsonResponse({ ...ADDITION, task: '' }));
    await expect(complete('x')).rejects.toMatchObject({ kind: 'protocol' });
  });

  it('accepts a plain JSON answer from the stream endpoint', async () => {
    stubFetch(() => jsonResponse(ADDITION));
    await expect(streamCompletion('x')).resolves.toEqual(parsed(ADDITION));
  });

  it('turns an error event into a server error with its id', async () => {
    stubFetch(() => sseResponse([sseFrame('error', { detail: 'Internal server error', error_id: 'abc123' })]));
    const error = await streamCompletion('x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).kind).toBe('server');
    expect((error as ApiError).errorId).toBe('abc123');
    expect((error as ApiError).message).toContain('abc123');
  });

  it('reports a stream that ends before `done`', async () => {
    stubFetch(() => sseResponse([sseFrame('meta', { task: 'parity', confidence: 0.5, headline: 'h' })]));
    await expect(streamCompletion('x')).rejects.toMatchObject({ kind: 'protocol' });
  });

  it('rejects a response that is neither SSE nor JSON', async () => {
    stubFetch(() => new Response('<!doctype html>', { headers: { 'Content-Type': 'text/html' } }));
    await expect(streamCompletion('x')).rejects.toMatchObject({ kind: 'protocol' });
  });
});

describe('error responses', () => {
  const cases: [string, Response, string, RegExp][] = [
    [
      '422',
      jsonResponse(
        { detail: 'prompt: String should have at most 512 characters', errors: [{ loc: ['body', 'prompt'], msg: 'x', type: 'y' }] },
        422,
      ),
      'validation',
      /did not accept this prompt: String should have at most 512 characters\. Edit/,
    ],
    ['FastAPI default 422', jsonResponse({ detail: [{ loc: ['body'], msg: 'Field required' }] }, 422), 'validation', /Field required/],
    ['413', jsonResponse({ detail: 'Request body is too large; the limit is 65536 bytes.' }, 413), 'too-large', /65536 bytes/],
    ['429', jsonResponse({ detail: 'Slow down' }, 429, { 'Retry-After': '7' }), 'rate-limited', /Wait 7 s/],
    ['503', jsonResponse({ detail: 'Model is loading' }, 503), 'unavailable', /Model is loading/],
    ['500', jsonResponse({ detail: 'Internal server error', error_id: '3f2a9c' }, 500), 'server', /error id: 3f2a9c/],
    ['502 without JSON', new Response('Bad gateway', { status: 502 }), 'server', /HTTP 502/],
    ['404', jsonResponse({ detail: 'Not Found' }, 404), 'http', /HTTP 404.*Not Found/],
  ];
  it.each(cases)('%s', async (_name, response, kind, message) => {
    stubFetch(() => response);
    const error = (await complete('x').catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(message);
  });

  it('names the backend it could not reach', async () => {
    stubFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    await expect(complete('x')).rejects.toMatchObject({
      kind: 'network',
      message: `Cannot reach the backend at ${describeApiBase()}.`,
    });
  });

  it('lets an abort through untouched', async () => {
    stubFetch(() => {
      throw new DOMException('Aborted', 'AbortError');
    });
    await expect(complete('x')).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('fetchSkills', () => {
  it('returns the recorded list of GET /api/skills unchanged', async () => {
    const { skillsRequests } = stubFetch(() => jsonResponse({}));
    await expect(fetchSkills()).resolves.toEqual(SKILLS);
    expect(skillsRequests).toEqual([apiUrl('/api/skills')]);
  });

  it('leaves out malformed entries and rejects a body without a list', async () => {
    const good = SKILLS.skills[0]!;
    stubFetch(
      () => jsonResponse({}),
      undefined,
      () => jsonResponse({ skills: [good, { name: 42 }, { ...good, name: 'x', examples: [{ prompt: '' }, { prompt: 'p' }] }] }),
    );
    await expect(fetchSkills()).resolves.toEqual({
      skills: [good, { ...good, name: 'x', examples: [{ prompt: 'p', answer: null }] }],
    });
    stubFetch(() => jsonResponse({}), undefined, () => jsonResponse({ skills: 'addition' }));
    await expect(fetchSkills()).rejects.toMatchObject({ kind: 'protocol' });
    stubFetch(() => jsonResponse({}), undefined, () => jsonResponse({ detail: 'Not Found' }, 404));
    await expect(fetchSkills()).rejects.toMatchObject({ kind: 'http' });
  });
});

describe('probabilities, model and evidence (issue 18)', () => {
  it('keeps them from a reply, with null probabilities only when the model was not asked', () => {
    expect(parseInsight({ ...ADDITION, ...INSIGHT })).toEqual(INSIGHT);
    const alone = { ...INSIGHT, probabilities: null, model: 'not asked' };
    expect(parseInsight(alone)).toEqual(alone);
  });

  it.each([
    ['no fields (an older backend)', {}],
    ['asked without probabilities', { ...INSIGHT, probabilities: null }],
    ['not asked, with invented numbers', { ...INSIGHT, model: 'not asked' }],
    ['a probability that is not a number', { ...INSIGHT, probabilities: { addition: '0.9' } }],
    ['an unknown outcome', { ...INSIGHT, evidence: { addition: { outcome: 'maybe', operands: [], reason: null } } }],
    ['operands that are not strings', { ...INSIGHT, evidence: { addition: { outcome: 'parsed', operands: [2], reason: null } } }],
  ])('drops them, keeping the reply, when they make no sense: %s', async (_name, fields) => {
    expect(parseInsight(fields)).toEqual({});
    stubFetch(() => jsonResponse({ ...OLDER_ADDITION, ...fields }));
    const reply = await complete('x');
    expect(reply.answer).toBe(ADDITION.answer);
    expect(reply.model).toBeUndefined();
  });
});

describe('explain', () => {
  it('posts the prompt to /api/explain and returns the weights', async () => {
    const { requests } = stubFetch(() => jsonResponse(EXPLAINED.reply));
    await expect(explain(EXPLAINED.prompt)).resolves.toEqual(EXPLAINED.reply);
    expect(requests.map((r) => [r.url, r.init.method, r.prompt])).toEqual([
      [apiUrl('/api/explain'), 'POST', EXPLAINED.prompt],
    ]);
  });

  it.each([
    ['tokens that do not join into the prompt', { ...EXPLAINED.reply, tokens: EXPLAINED.reply.tokens.slice(1) }],
    ['a weight outside [-1, 1]', { ...EXPLAINED.reply, tokens: [{ text: EXPLAINED.prompt, weight: 1.5 }] }],
    ['a weight that is not a number', { ...EXPLAINED.reply, tokens: [{ text: EXPLAINED.prompt, weight: null }] }],
    ['no label', { ...EXPLAINED.reply, label: '' }],
  ])('rejects a reply with %s', async (_name, body) => {
    stubFetch(() => jsonResponse(body));
    await expect(explain(EXPLAINED.prompt)).rejects.toMatchObject({ kind: 'protocol' });
  });

  it("turns the server's 422 into the same message as /api/complete's", async () => {
    stubFetch(() => jsonResponse({ detail: 'prompt: must not be blank' }, 422));
    await expect(explain(' ')).rejects.toMatchObject({ kind: 'validation', message: expect.stringMatching(/must not be blank/) });
  });
});

describe('fetchModel', () => {
  it('returns the report of GET /api/model', async () => {
    const { requests } = stubFetch(() => jsonResponse(MODEL));
    await expect(fetchModel()).resolves.toEqual(MODEL);
    expect(requests.map((r) => [r.url, r.init.method])).toEqual([[apiUrl('/api/model'), undefined]]);
  });

  it("leaves out the tagger's scores when an older backend sends none or a malformed table", async () => {
    expect(Object.keys(MODEL.tagging)).toContain('addition');
    const older: Record<string, unknown> = { ...MODEL };
    delete older.tagging;
    stubFetch(() => jsonResponse(older));
    await expect(fetchModel()).resolves.toEqual({ ...MODEL, tagging: {} });
    stubFetch(() => jsonResponse({ ...MODEL, tagging: { addition: { exact: 'high' } } }));
    await expect(fetchModel()).resolves.toEqual({ ...MODEL, tagging: {} });
  });

  it.each([
    ['a row short of a column', { ...MODEL, confusion: { ...MODEL.confusion, matrix: MODEL.confusion.matrix.map((r) => r.slice(1)) } }],
    ['a history entry without its loss', { ...MODEL, history: [{ ...MODEL.history[0], loss: 'low' }] }],
    ['a reliability bin without a count', { ...MODEL, reliability: [{ lower: 0, upper: 0.1 }] }],
    ['no fingerprint', { ...MODEL, fingerprint: undefined }],
  ])('rejects a report with %s', async (_name, body) => {
    stubFetch(() => jsonResponse(body));
    await expect(fetchModel()).rejects.toMatchObject({ kind: 'protocol' });
  });
});

describe('chains (issue 16): plan and part', () => {
  const reply = HAND_WRITTEN_CHAIN_2;

  it('streams a chain: the plan without steps in meta, each step with its part, the full plan in done', async () => {
    stubFetch(() => sseResponse(framesFor(reply), 11));
    const metas: StreamMeta[] = [];
    const steps: StreamStep[] = [];
    const result = await streamCompletion('Is the sum of 17 and 26 odd?', {
      onMeta: (m) => metas.push(m),
      onStep: (s) => steps.push(s),
    });
    expect(metas[0]?.plan.map((item) => [item.task, item.answer, item.steps])).toEqual([
      ['addition', '43', []],
      ['parity', 'odd', []],
    ]);
    expect(steps.map((s) => s.part)).toEqual([1, 1, 1, 1, 1, 2, 2, 2, null]);
    expect(steps[0]?.text).toBe('Step 1: add 17 and 26');
    expect(result).toEqual(reply);
  });

  it('reads a plan that is missing (a backend without chains) or malformed as no plan, keeping the reply', () => {
    const item = reply.plan[0]!;
    expect(parsePlan(undefined)).toEqual([]);
    expect(parsePlan(null)).toEqual([]);
    expect(parsePlan([{ ...item, answer: 43 }, reply.plan[1]])).toEqual([]);
    expect(parsePlan([{ ...item, input: '17 26' }])).toEqual([]);
    expect(parsePlan([{ ...item, task: '' }])).toEqual([]);
    // An item without steps (the stream's meta) has none; unknown keys are dropped.
    const [bare] = metaPlan([item]);
    expect(parsePlan([{ ...bare, extra: 1 }])).toEqual([{ ...bare, steps: [] }]);
    expect(parseCompletion({ ...reply, plan: 'two steps' })).toEqual({ ...reply, plan: [] });
  });

  it('reads a part that is not a positive whole number as none', async () => {
    const frames = [
      sseFrame('meta', { task: 'chain', confidence: 0.9, headline: 'h', plan: metaPlan(reply.plan) }),
      ...[1, 0, -1, 1.5, '2', null, undefined].map((part) => sseFrame('step', { index: 1, text: 't', part })),
      sseFrame('done', reply),
    ];
    stubFetch(() => sseResponse(frames));
    const parts: (number | null)[] = [];
    await streamCompletion('x', { onStep: (s) => parts.push(s.part) });
    expect(parts).toEqual([1, null, null, null, null, null, null]);
  });
});
