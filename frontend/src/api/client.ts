/**
 * The API client: the only module in the app that calls fetch.
 * Components get plain data and callbacks from here, never Responses.
 */
import { API_BASE_URL, describeApiBase } from '../config';
import { SseParser } from './sse';
import type {
  Completion,
  Explanation,
  Finding,
  Insight,
  ModelReport,
  PlanItem,
  SkillExample,
  SkillInfo,
  SkillsList,
  StreamMeta,
  StreamStep,
  Task,
} from './types';

export type ApiErrorKind =
  | 'validation' // 422
  | 'too-large' // 413
  | 'rate-limited' // 429
  | 'unavailable' // 503
  | 'server' // other 5xx, or an `error` event mid-stream
  | 'http' // any other non-2xx
  | 'network' // fetch itself failed: backend down, DNS, CORS
  | 'protocol'; // a 2xx we could not understand, or a stream cut short

export class ApiError extends Error {
  readonly kind: ApiErrorKind;
  readonly status: number | null;
  readonly errorId: string | null;

  constructor(kind: ApiErrorKind, message: string, status: number | null = null, errorId: string | null = null) {
    super(message);
    this.name = 'ApiError';
    this.kind = kind;
    this.status = status;
    this.errorId = errorId;
  }
}

export function apiUrl(path: string): string {
  return `${API_BASE_URL}${path}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Any non-empty label: a label this build has never heard of is still a valid reply (neutral badge). */
function isTask(value: unknown): value is Task {
  return typeof value === 'string' && value.trim() !== '';
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

const isNum = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function clampConfidence(value: unknown): number {
  const n = typeof value === 'number' && Number.isFinite(value) ? value : 0;
  return Math.min(1, Math.max(0, n));
}

const isFinding = (v: unknown): v is Finding =>
  isRecord(v) &&
  ['parsed', 'missing', 'unrecognised', 'rejected'].includes(v.outcome as string) &&
  isStringList(v.operands) &&
  (v.reason === null || typeof v.reason === 'string');

/**
 * A reply's `probabilities`, `model` and `evidence`, or {} when they are missing or malformed (an older
 * backend): the reply is still shown, without its "Why this task?".
 */
export function parseInsight(value: unknown): Partial<Insight> {
  if (!isRecord(value)) return {};
  const { probabilities, model, evidence } = value;
  const asked = model === 'asked' && isRecord(probabilities) && Object.values(probabilities).every(isNum);
  const notAsked = model === 'not asked' && probabilities === null;
  if (!((asked || notAsked) && isRecord(evidence) && Object.values(evidence).every(isFinding))) return {};
  const insight = { probabilities, model, evidence } as Insight;
  // Older backends send no operands_from; anything but the two sources is ignored.
  return value.operands_from === 'rules' || value.operands_from === 'model'
    ? { ...insight, operands_from: value.operands_from }
    : insight;
}

const isPlanItem = (v: unknown): v is Omit<PlanItem, 'steps'> & { steps?: string[] } =>
  isRecord(v) &&
  isTask(v.task) &&
  typeof v.title === 'string' &&
  isStringList(v.input) &&
  typeof v.answer === 'string' &&
  (v.steps === undefined || isStringList(v.steps));

/**
 * A reply's `plan` (issue 16). [] when it is missing (a backend without chains) or malformed: numbering
 * the sub-results of a partly understood plan would mislead, and the flat `steps` still show everything.
 */
export function parsePlan(value: unknown): PlanItem[] {
  return Array.isArray(value) && value.every(isPlanItem)
    ? value.map(({ task, title, input, answer, steps }) => ({ task, title, input, answer, steps: steps ?? [] }))
    : [];
}

export function parseCompletion(value: unknown): Completion {
  if (
    !isRecord(value) ||
    typeof value.completion !== 'string' ||
    typeof value.headline !== 'string' ||
    !isTask(value.task) ||
    !(typeof value.answer === 'string' || value.answer === null) ||
    !isStringList(value.steps)
  ) {
    throw new ApiError('protocol', `The backend at ${describeApiBase()} sent an answer this page does not understand.`);
  }
  return {
    completion: value.completion,
    headline: value.headline,
    task: value.task,
    answer: value.answer,
    confidence: clampConfidence(value.confidence),
    steps: value.steps,
    plan: parsePlan(value.plan),
    ...parseInsight(value),
  };
}

function parseMeta(value: unknown): StreamMeta {
  if (!isRecord(value) || !isTask(value.task) || typeof value.headline !== 'string') {
    throw new ApiError('protocol', `The backend at ${describeApiBase()} sent a stream this page does not understand.`);
  }
  return {
    task: value.task,
    confidence: clampConfidence(value.confidence),
    headline: value.headline,
    plan: parsePlan(value.plan),
  };
}

function parseStep(value: unknown): StreamStep {
  if (!isRecord(value) || typeof value.text !== 'string') {
    throw new ApiError('protocol', `The backend at ${describeApiBase()} sent a stream this page does not understand.`);
  }
  const { index, part } = value;
  return {
    index: typeof index === 'number' ? index : 0,
    text: value.text,
    part: Number.isInteger(part) && (part as number) > 0 ? (part as number) : null,
  };
}

function isAbort(error: unknown): boolean {
  // Checked by name: DOMException may come from another realm (tests, polyfills).
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}

function networkError(): ApiError {
  return new ApiError('network', `Cannot reach the backend at ${describeApiBase()}.`);
}

function withId(message: string, errorId: string | null): string {
  return errorId ? `${message} (error id: ${errorId})` : message;
}

/** Turns a non-2xx response into an ApiError whose message a user can act on. */
export async function errorFromResponse(res: Response): Promise<ApiError> {
  let detail = '';
  let errorId: string | null = null;
  try {
    const body: unknown = await res.json();
    if (isRecord(body)) {
      if (typeof body.detail === 'string') detail = body.detail;
      else if (Array.isArray(body.detail)) {
        // FastAPI's default shape: a list of {loc, msg}.
        detail = body.detail
          .map((e) => (isRecord(e) && typeof e.msg === 'string' ? e.msg : ''))
          .filter(Boolean)
          .join('; ');
      }
      if (typeof body.error_id === 'string') errorId = body.error_id;
    }
  } catch {
    // Not JSON (a proxy's HTML page, an empty body): fall back to the status.
  }
  const status = res.status;
  const statusText = `${status}${res.statusText ? ` ${res.statusText}` : ''}`;
  if (status === 422 || status === 400) {
    // "prompt: must not be blank" reads better without the field name here.
    const reason = (detail || statusText).replace(/^prompt:\s*/i, '').replace(/\.$/, '');
    return new ApiError(
      'validation',
      `The server did not accept this prompt: ${reason}. Edit the prompt and send it again.`,
      status,
      errorId,
    );
  }
  if (status === 413) {
    return new ApiError(
      'too-large',
      `${detail || 'The request is too large.'} Shorten the prompt and send it again.`,
      status,
      errorId,
    );
  }
  if (status === 429) {
    const retry = res.headers.get('Retry-After');
    const wait = retry && /^\d+$/.test(retry) ? `Wait ${retry} s` : 'Wait a moment';
    return new ApiError(
      'rate-limited',
      `Too many requests${detail ? `: ${detail}` : '.'} ${wait} and try again.`,
      status,
      errorId,
    );
  }
  if (status === 503) {
    return new ApiError(
      'unavailable',
      withId(`The backend is temporarily unavailable${detail ? `: ${detail}` : '.'} Try again in a moment.`, errorId),
      status,
      errorId,
    );
  }
  if (status >= 500) {
    return new ApiError(
      'server',
      withId(
        `The backend failed (HTTP ${status}${detail ? `: ${detail}` : ''}). Try again; if it keeps failing, report the error id.`,
        errorId,
      ),
      status,
      errorId,
    );
  }
  return new ApiError('http', `The request failed (HTTP ${statusText})${detail ? `: ${detail}` : '.'}`, status, errorId);
}

async function post(path: string, prompt: string, accept: string, signal?: AbortSignal): Promise<Response> {
  let res: Response;
  try {
    res = await fetch(apiUrl(path), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: accept },
      body: JSON.stringify({ prompt }),
      signal,
    });
  } catch (error) {
    if (isAbort(error) || signal?.aborted) throw error;
    throw networkError();
  }
  if (!res.ok) throw await errorFromResponse(res);
  return res;
}

async function readJson(res: Response): Promise<unknown> {
  try {
    return await res.json();
  } catch {
    throw new ApiError('protocol', `The backend at ${describeApiBase()} sent a reply that is not JSON.`);
  }
}

/** POST /api/complete: the whole answer at once. */
export async function complete(prompt: string, signal?: AbortSignal): Promise<Completion> {
  const res = await post('/api/complete', prompt, 'application/json', signal);
  return parseCompletion(await readJson(res));
}

export interface StreamHandlers {
  onMeta?: (meta: StreamMeta) => void;
  onStep?: (step: StreamStep) => void;
}

/**
 * POST /api/complete/stream: calls onMeta/onStep as events arrive and resolves
 * with the final Completion (the `done` event). Rejects with an ApiError, or
 * with the AbortError when `signal` is aborted.
 */
export async function streamCompletion(
  prompt: string,
  handlers: StreamHandlers = {},
  signal?: AbortSignal,
): Promise<Completion> {
  const res = await post('/api/complete/stream', prompt, 'text/event-stream', signal);
  const type = res.headers.get('Content-Type') ?? '';
  if (type.includes('application/json')) {
    // A backend (or proxy) that answered in one piece: still a valid answer.
    return parseCompletion(await readJson(res));
  }
  if (!type.includes('text/event-stream') || !res.body) {
    throw new ApiError('protocol', `The backend at ${describeApiBase()} did not answer with an event stream.`);
  }

  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  const parser = new SseParser();

  const handle = (name: string, data: string): Completion | null => {
    let payload: unknown;
    try {
      payload = JSON.parse(data);
    } catch {
      throw new ApiError('protocol', `The backend at ${describeApiBase()} sent a malformed event.`);
    }
    switch (name) {
      case 'meta':
        handlers.onMeta?.(parseMeta(payload));
        return null;
      case 'step':
        handlers.onStep?.(parseStep(payload));
        return null;
      case 'done':
        return parseCompletion(payload);
      case 'error': {
        const detail = isRecord(payload) && typeof payload.detail === 'string' ? payload.detail : 'unknown error';
        const errorId = isRecord(payload) && typeof payload.error_id === 'string' ? payload.error_id : null;
        throw new ApiError(
          'server',
          withId(`The backend failed while answering: ${detail}. Try again; if it keeps failing, report the error id.`, errorId),
          null,
          errorId,
        );
      }
      default:
        return null; // unknown events are ignored, as SSE clients do
    }
  };

  try {
    for (;;) {
      let chunk: ReadableStreamReadResult<Uint8Array>;
      try {
        chunk = await reader.read();
      } catch (error) {
        if (isAbort(error) || signal?.aborted) throw error;
        throw new ApiError(
          'network',
          `Lost the connection to the backend at ${describeApiBase()} before the answer was complete. Try again.`,
        );
      }
      const events = chunk.done ? parser.end() : parser.push(decoder.decode(chunk.value, { stream: true }));
      for (const ev of events) {
        const result = handle(ev.event, ev.data);
        if (result) return result;
      }
      if (chunk.done) break;
    }
  } finally {
    reader.cancel().catch(() => undefined);
  }
  throw new ApiError(
    'protocol',
    `The backend at ${describeApiBase()} closed the stream before the answer was complete. Try again.`,
  );
}

function parseExample(value: unknown): SkillExample | null {
  if (!isRecord(value) || typeof value.prompt !== 'string' || value.prompt.trim() === '') return null;
  return { prompt: value.prompt, answer: typeof value.answer === 'string' ? value.answer : null };
}

function parseSkill(value: unknown): SkillInfo | null {
  if (!isRecord(value) || !isTask(value.name) || typeof value.description !== 'string') return null;
  const title = typeof value.title === 'string' && value.title.trim() ? value.title : value.name;
  const examples = Array.isArray(value.examples) ? value.examples.map(parseExample) : [];
  return {
    name: value.name,
    title,
    description: value.description,
    examples: examples.filter((e): e is SkillExample => e !== null),
  };
}

async function getJson(path: string, signal?: AbortSignal): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(apiUrl(path), { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (isAbort(error) || signal?.aborted) throw error;
    throw networkError();
  }
  if (!res.ok) throw await errorFromResponse(res);
  return readJson(res);
}

function notUnderstood(what: string): ApiError {
  return new ApiError('protocol', `The backend at ${describeApiBase()} sent ${what} this page does not understand.`);
}

/** GET /api/skills, once at start: what the backend can do (badges, example prompts, the tagline). */
export async function fetchSkills(signal?: AbortSignal): Promise<SkillsList> {
  const body = await getJson('/api/skills', signal);
  if (!isRecord(body) || !Array.isArray(body.skills)) {
    throw notUnderstood('a skill list');
  }
  // A malformed entry is left out rather than failing the whole list.
  return { skills: body.skills.map(parseSkill).filter((s): s is SkillInfo => s !== null) };
}

/** GET /health: 'online' on a 200, 'unhealthy' on another status, 'offline' when unreachable. */
export async function checkHealth(signal?: AbortSignal): Promise<'online' | 'unhealthy' | 'offline'> {
  try {
    const res = await fetch(apiUrl('/health'), { signal, headers: { Accept: 'application/json' } });
    return res.ok ? 'online' : 'unhealthy';
  } catch {
    return 'offline';
  }
}

/** POST /api/explain: which characters of `prompt` pushed the model toward its label (fetched on demand). */
export async function explain(prompt: string, signal?: AbortSignal): Promise<Explanation> {
  const body = await readJson(await post('/api/explain', prompt, 'application/json', signal));
  const tokens: unknown = isRecord(body) && body.tokens;
  if (
    !isRecord(body) ||
    !isTask(body.label) ||
    !rowsOf(tokens, ['weight']) ||
    !tokens.every((t) => typeof t.text === 'string' && Math.abs(t.weight as number) <= 1) ||
    // The texts, joined, are the prompt: anything else would shade the wrong characters.
    tokens.map((t) => t.text).join('') !== prompt
  ) {
    throw notUnderstood('an explanation');
  }
  return body as unknown as Explanation;
}

/** An array of records whose `keys` are all finite numbers. */
function rowsOf(value: unknown, keys: string[]): value is Record<string, unknown>[] {
  return Array.isArray(value) && value.every((row) => isRecord(row) && keys.every((k) => isNum(row[k])));
}

/** GET /api/model: the training report of the model being served. */
export async function fetchModel(signal?: AbortSignal): Promise<ModelReport> {
  const body = await getJson('/api/model', signal);
  const c = isRecord(body) && body.confusion;
  const n = isRecord(c) && isStringList(c.labels) ? c.labels.length : -1;
  if (
    !isRecord(body) ||
    !isStringList(body.labels) ||
    !isNum(body.parameters) ||
    !isNum(body.training_seconds) ||
    typeof body.fingerprint !== 'string' ||
    typeof body.trained_at !== 'string' ||
    !rowsOf(body.history, ['epoch', 'loss', 'train_accuracy', 'validation_accuracy']) ||
    !rowsOf(body.reliability, ['lower', 'upper', 'count', 'confidence', 'accuracy']) ||
    // A square matrix: a row and a column per label.
    !isRecord(c) ||
    !Array.isArray(c.matrix) ||
    c.matrix.length !== n ||
    !c.matrix.every((row) => Array.isArray(row) && row.length === n && row.every(isNum))
  ) {
    throw notUnderstood('a model report');
  }
  // The tagger's scores (issue 15): an older backend sends none, and a malformed table is left out.
  const tagging = isRecord(body.tagging) && rowsOf(Object.values(body.tagging), ['exact', 'char_f1', 'prompts']);
  return { ...body, tagging: tagging ? body.tagging : {} } as unknown as ModelReport;
}
