import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import App from './App';
import { apiUrl } from './api/client';
import { describeApiBase } from './config';
import { HISTORY_KEY } from './lib/history';
import { formatConfidence } from './lib/format';
import { BADGE_TONES, examplePrompts } from './lib/skills';
import {
  ADDITION,
  EXPLAINED,
  INSIGHT,
  MODEL,
  MISSING,
  OLDER_ADDITION,
  REFUSAL,
  SKILLS,
  controlledSse,
  framesFor,
  jsonResponse,
  recordedFrames,
  sseFrame,
  sseResponse,
  stubFetch,
} from './test/network';

/** The badge title GET /api/skills gives a task (as recorded from the backend). */
function titleOf(task: string): string {
  const skill = SKILLS.skills.find((s) => s.name === task);
  if (!skill) throw new Error(`no recorded skill ${task}`);
  return skill.title;
}

/** A task label the recorded backend does not have: what a newer backend could send. */
const NEW_TASK = 'squaring';
test('the made-up task is not one of the recorded skills', () => {
  expect(SKILLS.skills.map((s) => s.name)).not.toContain(NEW_TASK);
});

function setup() {
  const user = userEvent.setup();
  const utils = render(<App />);
  const textarea = screen.getByLabelText('Your prompt');
  const send = screen.getByRole('button', { name: 'Send' });
  return { user, textarea, send, ...utils };
}

async function lastReply() {
  const replies = await screen.findAllByTestId('reply');
  return replies[replies.length - 1]!;
}

describe('prompt input', () => {
  it('shows a live code-point counter and blocks blank or over-limit prompts with a reason', async () => {
    const { user, textarea, send } = setup();
    expect(screen.getByTestId('prompt-counter')).toHaveTextContent('0 / 512');
    expect(send).toBeDisabled();
    expect(screen.getByText('Type a prompt to send.')).toBeInTheDocument();

    await user.type(textarea, '   ');
    expect(send).toBeDisabled();
    expect(screen.getByText(/only blank space/)).toBeInTheDocument();

    await user.clear(textarea);
    await user.type(textarea, 'hi 🙂');
    // 🙂 is two UTF-16 units but one code point, as the server counts.
    expect(screen.getByTestId('prompt-counter')).toHaveTextContent('4 / 512');
    expect(send).toBeEnabled();

    await user.clear(textarea);
    await user.click(textarea);
    await user.paste('a'.repeat(512));
    expect(screen.getByTestId('prompt-counter')).toHaveTextContent('512 / 512');
    expect(send).toBeEnabled();
    await user.paste('b');
    expect(screen.getByTestId('prompt-counter')).toHaveTextContent('513 / 512');
    expect(send).toBeDisabled();
    expect(textarea).toHaveAttribute('aria-invalid', 'true');
    expect(send).toHaveAccessibleDescription(/1 character over the 512-character limit/);
  });

  it('sends on Enter and inserts a newline on Shift+Enter', async () => {
    const { requests } = stubFetch(() => sseResponse(framesFor(ADDITION)));
    const { user, textarea } = setup();
    await user.type(textarea, 'What is 47{Shift>}{Enter}{/Shift}plus 85?');
    expect(textarea).toHaveValue('What is 47\nplus 85?');
    expect(requests).toHaveLength(0);
    await user.keyboard('{Enter}');
    await screen.findByTestId('final-answer');
    expect(requests).toHaveLength(1);
    expect(requests[0]?.prompt).toBe('What is 47\nplus 85?');
    expect(textarea).toHaveValue('');
  });

  it('has a skip link that moves focus to the prompt', async () => {
    stubFetch(() => sseResponse(framesFor(ADDITION)));
    const { user, textarea } = setup();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Skip to the prompt' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(textarea).toHaveFocus();
  });

  it('does not send a blank prompt on Enter', async () => {
    const { requests } = stubFetch(() => sseResponse(framesFor(ADDITION)));
    const { user, textarea } = setup();
    await user.type(textarea, '  {Enter}');
    expect(requests).toHaveLength(0);
  });

  it('sends an example prompt of each skill listed by GET /api/skills in one click', async () => {
    const { requests } = stubFetch(() => sseResponse(framesFor(ADDITION)));
    const { user } = setup();
    const prompts = examplePrompts(SKILLS.skills).map((ex) => ex.prompt);
    expect(prompts).toHaveLength(SKILLS.skills.length);
    for (const prompt of prompts) {
      await user.click(await screen.findByRole('button', { name: prompt }));
      await waitFor(() => expect(screen.getByRole('button', { name: prompt })).toBeEnabled());
      expect(requests[requests.length - 1]?.prompt).toBe(prompt);
    }
    expect(requests).toHaveLength(prompts.length);
  });
});

describe('streaming answers', () => {
  it('renders the badge, confidence and steps as events arrive, then the final answer', async () => {
    let stream!: ReturnType<typeof controlledSse>;
    stubFetch((req) => {
      stream = controlledSse(req.init.signal);
      return stream.response;
    });
    const { user, textarea } = setup();
    await user.type(textarea, 'What is 47 plus 85?{Enter}');
    expect(await screen.findByText('Thinking…')).toBeInTheDocument();

    // The backend's own frames, as recorded from it.
    const frames = recordedFrames('addition');
    const [meta, step1, step2, step3] = frames;
    const done = frames[frames.length - 1]!;
    expect(frames).toHaveLength(ADDITION.steps.length + 2);
    // An event split across two chunks.
    act(() => stream.send(meta!.slice(0, 20)));
    act(() => stream.send(meta!.slice(20)));
    expect(await screen.findByTestId('task-badge')).toHaveTextContent(titleOf(ADDITION.task));
    expect(screen.getByTestId('confidence')).toHaveTextContent(formatConfidence(ADDITION.confidence));
    const meter = screen.getByRole('meter', { name: 'Confidence' });
    expect(meter).toHaveAttribute('value', String(ADDITION.confidence));
    expect(screen.getByText(ADDITION.headline)).toBeInTheDocument();

    act(() => stream.send(step1!));
    const steps = await screen.findByRole('list', { name: 'Reasoning steps' });
    expect(within(steps).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.queryByTestId('final-answer')).not.toBeInTheDocument();

    act(() => stream.send(step2! + step3!));
    await waitFor(() => expect(within(steps).getAllByRole('listitem')).toHaveLength(3));
    expect(within(steps).getAllByRole('listitem')[1]).toHaveTextContent(ADDITION.steps[1]!);

    act(() => {
      stream.send(frames.slice(4, -1).join(''));
      stream.send(done);
      stream.close();
    });
    await waitFor(() => expect(within(steps).getAllByRole('listitem')).toHaveLength(ADDITION.steps.length));
    expect(await screen.findByTestId('final-answer')).toHaveTextContent('132');
    expect(screen.getByTestId('announcer')).toHaveTextContent('Answer: 132');
    // The confidence trailer of `completion` is shown as the meter, never as text.
    expect(screen.queryByText(/model confidence in task type/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send' })).toBeDisabled(); // empty prompt again
  });

  it('Stop cancels the request in flight and keeps the partial answer', async () => {
    let stream!: ReturnType<typeof controlledSse>;
    let signal: AbortSignal | null | undefined;
    stubFetch((req) => {
      signal = req.init.signal;
      stream = controlledSse(signal);
      return stream.response;
    });
    const { user, textarea } = setup();
    await user.type(textarea, 'What is 47 plus 85?{Enter}');
    const [meta, step1] = framesFor(ADDITION);
    act(() => stream.send(meta! + step1!));
    await screen.findByText('Identify the numbers: 47 and 85.');

    const stop = screen.getByRole('button', { name: 'Stop' });
    expect(screen.getByRole('button', { name: 'Send' })).toBeDisabled();
    await user.click(stop);
    expect(signal?.aborted).toBe(true);
    expect(await screen.findByText('Stopped before the answer was complete.')).toBeInTheDocument();
    expect(screen.getByText('Identify the numbers: 47 and 85.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Stop' })).not.toBeInTheDocument();
    expect(screen.queryByTestId('error-message')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeEnabled();
  });
});

describe('Escape', () => {
  it('stops the request in flight from the prompt', async () => {
    let signal: AbortSignal | null | undefined;
    stubFetch((req) => {
      signal = req.init.signal;
      return controlledSse(signal).response;
    });
    const { user, textarea } = setup();
    await user.type(textarea, 'What is 47 plus 85?{Enter}');
    await screen.findByRole('button', { name: 'Stop' });
    await user.keyboard('{Escape}');
    expect(signal?.aborted).toBe(true);
    expect(await screen.findByText('Stopped before the answer was complete.')).toBeInTheDocument();
    expect(textarea).toHaveFocus();
  });
});

describe('errors a user can act on', () => {
  const cases: [string, () => Response, RegExp][] = [
    [
      '422 detail',
      () => jsonResponse({ detail: 'prompt: String should have at least 1 character', errors: [] }, 422),
      /did not accept this prompt: String should have at least 1 character\. Edit the prompt/,
    ],
    ['413', () => jsonResponse({ detail: 'Request body is too large; the limit is 65536 bytes.' }, 413), /limit is 65536 bytes\. Shorten the prompt/],
    ['500 with error id', () => jsonResponse({ detail: 'Internal server error', error_id: '3f2a77' }, 500), /HTTP 500: Internal server error.*error id: 3f2a77/],
    ['503', () => jsonResponse({ detail: 'Model not loaded' }, 503), /temporarily unavailable: Model not loaded/],
    ['429', () => jsonResponse({ detail: 'Rate limit exceeded' }, 429), /Too many requests: Rate limit exceeded/],
    ['mid-stream error event', () => sseResponse([sseFrame('meta', { task: 'addition', confidence: 0.9, headline: 'h' }), sseFrame('error', { detail: 'Solver crashed', error_id: 'e-42' })]), /Solver crashed.*error id: e-42/],
    ['stream cut short', () => sseResponse([sseFrame('meta', { task: 'addition', confidence: 0.9, headline: 'h' })]), /closed the stream before the answer was complete/],
  ];

  it.each(cases)('%s', async (_name, respond, message) => {
    stubFetch(respond);
    const { user, textarea } = setup();
    await user.type(textarea, 'What is 2 plus 3?{Enter}');
    const error = await screen.findByTestId('error-message');
    expect(error).toHaveTextContent(message);
    expect(screen.getByTestId('announcer')).toHaveTextContent(message);
    expect(await lastReply()).toHaveAttribute('data-variant', 'error');
    // The prompt comes back to be fixed and resent.
    expect(textarea).toHaveValue('What is 2 plus 3?');
    // Resending unchanged only helps when the server did not reject the prompt itself.
    const rejected = /did not accept|Shorten the prompt/.test(error.textContent ?? '');
    expect(screen.queryAllByRole('button', { name: 'Try again' })).toHaveLength(rejected ? 0 : 1);
  });

  it('names the backend when it cannot be reached', async () => {
    stubFetch(() => {
      throw new TypeError('Failed to fetch');
    });
    const { user, textarea } = setup();
    await user.type(textarea, 'What is 2 plus 3?{Enter}');
    expect(await screen.findByTestId('error-message')).toHaveTextContent(
      `Cannot reach the backend at ${describeApiBase()}.`,
    );
  });

  it('Try again resends the prompt', async () => {
    let calls = 0;
    const { requests } = stubFetch(() => (++calls === 1 ? jsonResponse({ detail: 'busy' }, 503) : sseResponse(framesFor(ADDITION))));
    const { user, textarea } = setup();
    await user.type(textarea, 'What is 47 plus 85?{Enter}');
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByTestId('final-answer')).toHaveTextContent('132');
    expect(requests.map((r) => r.prompt)).toEqual(['What is 47 plus 85?', 'What is 47 plus 85?']);
  });

  it('renders response text as text, never as HTML', async () => {
    const evil = { ...ADDITION, answer: '<img src=x onerror=alert(1)>', steps: ['<b>bold</b>'] };
    stubFetch(() => sseResponse(framesFor(evil)));
    const { user, textarea, container } = setup();
    await user.type(textarea, 'x{Enter}');
    expect(await screen.findByTestId('final-answer')).toHaveTextContent('<img src=x onerror=alert(1)>');
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('b')).toBeNull();
  });
});

describe('backend status', () => {
  it('checks /health at start and says when the backend is there', async () => {
    const { healthChecks } = stubFetch(() => sseResponse(framesFor(ADDITION)));
    setup();
    expect(await screen.findByText('Backend connected.')).toBeInTheDocument();
    expect(healthChecks).toEqual([apiUrl('/health')]);
  });

  it('names the backend when /health cannot be reached, and recovers after an answer', async () => {
    stubFetch(
      () => sseResponse(framesFor(ADDITION)),
      () => {
        throw new TypeError('Failed to fetch');
      },
    );
    const { user, textarea } = setup();
    expect(await screen.findByTestId('backend-status')).toHaveTextContent(
      `Cannot reach the backend at ${describeApiBase()}.`,
    );
    await user.type(textarea, 'What is 47 plus 85?{Enter}');
    await screen.findByTestId('final-answer');
    expect(screen.getByTestId('backend-status')).toHaveTextContent('Backend connected.');
  });

  it('reports a 5xx from /health as not ready', async () => {
    stubFetch(
      () => sseResponse(framesFor(ADDITION)),
      () => jsonResponse({ detail: 'Model loading' }, 503),
    );
    setup();
    expect(await screen.findByText(/is up but not ready yet/)).toBeInTheDocument();
  });
});

describe('refusals', () => {
  it('reads as a polite, neutral refusal rather than an error', async () => {
    stubFetch(() => sseResponse(recordedFrames('refusal')));
    const { user, textarea } = setup();
    await user.type(textarea, 'What is 7 times 8?{Enter}');
    const reply = await lastReply();
    await waitFor(() => expect(reply).toHaveAttribute('data-variant', 'refusal'));
    expect(within(reply).getByTestId('task-badge')).toHaveTextContent('Not supported');
    expect(within(reply).getByTestId('task-badge')).toHaveClass('badge-neutral');
    expect(REFUSAL.headline).toMatch(/sorry/i);
    expect(within(reply).getByText(REFUSAL.headline)).toBeInTheDocument();
    expect(screen.getByTestId('announcer')).toHaveTextContent(`Not supported. ${REFUSAL.headline}`);
    expect(within(reply).queryByText(/model confidence in task type/)).not.toBeInTheDocument();
    expect(within(reply).queryByTestId('error-message')).not.toBeInTheDocument();
    expect(within(reply).queryByTestId('final-answer')).not.toBeInTheDocument();
    expect(within(reply).queryByRole('button', { name: 'Copy answer' })).not.toBeInTheDocument();
    expect(reply).not.toHaveClass('reply-error');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a missing-operand reply as a request for input', async () => {
    stubFetch(() => sseResponse(recordedFrames('missing')));
    const { user, textarea } = setup();
    await user.type(textarea, 'What is 2 plus?{Enter}');
    const reply = await lastReply();
    await waitFor(() => expect(reply).toHaveAttribute('data-variant', 'needs-input'));
    expect(MISSING.answer).toBeNull();
    expect(within(reply).getByText(MISSING.headline)).toBeInTheDocument();
    expect(within(reply).queryByText(/model confidence in task type/)).not.toBeInTheDocument();
    expect(screen.getByTestId('announcer')).toHaveTextContent(`More input needed. ${MISSING.headline}`);
  });
});

describe('history', () => {
  it('keeps earlier exchanges above the newest, persists them and clears them', async () => {
    stubFetch((req) => sseResponse(recordedFrames(req.prompt.includes('times') ? 'refusal' : 'addition')));
    const { user, textarea, unmount } = setup();
    await user.type(textarea, 'What is 47 plus 85?{Enter}');
    await screen.findByTestId('final-answer');
    await user.type(textarea, 'What is 7 times 8?{Enter}');
    await waitFor(() => expect(screen.getAllByTestId('reply')[1]).toHaveAttribute('data-variant', 'refusal'));

    const items = within(screen.getByRole('list', { name: /Exchanges/ })).getAllByRole('article');
    expect(items.map((a) => a.querySelector('.question-text')?.textContent)).toEqual([
      'What is 47 plus 85?',
      'What is 7 times 8?',
    ]);
    const stored = JSON.parse(localStorage.getItem(HISTORY_KEY)!);
    expect(stored.version).toBe(1);
    expect(stored.exchanges).toHaveLength(2);

    unmount();
    render(<App />);
    expect(screen.getByRole('article', { name: 'What is 47 plus 85?' })).toBeInTheDocument();
    expect(screen.getByTestId('final-answer')).toHaveTextContent('132');
    await user.click(screen.getByRole('button', { name: 'Clear history' }));
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
    expect(localStorage.getItem(HISTORY_KEY)).toBeNull();
    expect(screen.getByRole('button', { name: 'Clear history' })).toBeDisabled();
  });

  it('says so when the browser refuses to store the history', async () => {
    stubFetch(() => sseResponse(framesFor(ADDITION)));
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const { user, textarea } = setup();
    await user.type(textarea, 'What is 47 plus 85?{Enter}');
    await screen.findByTestId('final-answer');
    expect(screen.getByText(/would not store the history/)).toBeInTheDocument();
  });

  it('starts empty when the stored history is corrupt', async () => {
    stubFetch(() => sseResponse(framesFor(ADDITION)));
    localStorage.setItem(HISTORY_KEY, '{"version":1,"exchanges":[{"id":');
    render(<App />);
    expect(screen.getByText(/Ask the model a question/)).toBeInTheDocument();
    await screen.findByText('Backend connected.');
  });
});

describe('copy', () => {
  it('copies the full reasoning with the Clipboard API and confirms it', async () => {
    stubFetch(() => sseResponse(framesFor(ADDITION)));
    const { user, textarea } = setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.type(textarea, 'What is 47 plus 85?{Enter}');
    await screen.findByTestId('final-answer');
    await user.click(screen.getByRole('button', { name: 'Copy answer' }));
    expect(writeText).toHaveBeenCalledWith(ADDITION.completion);
    expect(await screen.findByText('Copied to clipboard.')).toBeInTheDocument();
  });

  it('falls back to execCommand, and says so when copying is impossible', async () => {
    stubFetch(() => sseResponse(framesFor(ADDITION)));
    const { user, textarea } = setup();
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: vi.fn().mockRejectedValue(new Error('denied')) },
      configurable: true,
    });
    const exec = vi.fn().mockReturnValue(true);
    Object.defineProperty(document, 'execCommand', { value: exec, configurable: true });
    await user.type(textarea, 'What is 47 plus 85?{Enter}');
    await screen.findByTestId('final-answer');
    await user.click(screen.getByRole('button', { name: 'Copy answer' }));
    expect(exec).toHaveBeenCalledWith('copy');
    expect(await screen.findByText('Copied to clipboard.')).toBeInTheDocument();

    exec.mockReturnValue(false);
    await user.click(screen.getByRole('button', { name: 'Copy answer' }));
    expect(await screen.findByText(/Could not copy/)).toBeInTheDocument();
  });
});

describe('skills from GET /api/skills', () => {
  it('takes the tagline and the example chips from the list, asked for once', async () => {
    const { skillsRequests } = stubFetch(() => sseResponse(framesFor(ADDITION)));
    setup();
    const descriptions = SKILLS.skills.map((s) => s.description);
    const tagline = await screen.findByText(/^I can /);
    expect(tagline).toHaveTextContent(
      `I can ${descriptions.slice(0, -1).join(', ')}, and ${descriptions[descriptions.length - 1]}.`,
    );
    for (const skill of SKILLS.skills) {
      const chips = skill.examples.filter((ex) => screen.queryByRole('button', { name: ex.prompt }));
      expect(chips, `one chip for ${skill.name}`).toHaveLength(1);
      expect(screen.getByRole('button', { name: chips[0]!.prompt })).toHaveAttribute('title', `${skill.title} example`);
    }
    expect(skillsRequests).toEqual([apiUrl('/api/skills')]);
    expect(screen.queryByTestId('skills-notice')).not.toBeInTheDocument();
  });

  it('follows the list: a skill added to it gets its chip, tagline part and a badge colour', async () => {
    const added = {
      name: NEW_TASK,
      title: 'Squaring',
      description: 'square whole numbers',
      examples: [{ prompt: 'What is 9 squared?', answer: '81' }],
    };
    stubFetch(
      () => sseResponse(framesFor({ ...ADDITION, task: NEW_TASK, answer: '81' })),
      undefined,
      () => jsonResponse({ skills: [...SKILLS.skills, added] }),
    );
    const { user } = setup();
    expect(await screen.findByText(/, and square whole numbers\.$/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'What is 9 squared?' }));
    const badge = await screen.findByTestId('task-badge');
    expect(badge).toHaveTextContent('Squaring');
    expect(badge).toHaveClass(`badge-tone-${SKILLS.skills.length % BADGE_TONES}`);
  });

  it('still answers when the list cannot be loaded: no chips, a generic tagline, a quiet notice', async () => {
    stubFetch(
      () => sseResponse(recordedFrames('addition')),
      undefined,
      () => jsonResponse({ detail: 'Not Found' }, 404),
    );
    const { user, textarea } = setup();
    expect(await screen.findByTestId('skills-notice')).toHaveTextContent(/No example prompts.*You can still type a question/);
    expect(screen.getByTestId('tagline')).toHaveTextContent('Small reasoning tasks, answered step by step.');
    expect(screen.queryByRole('button', { name: SKILLS.skills[0]!.examples[0]!.prompt })).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    await user.type(textarea, 'What is 47 plus 85?{Enter}');
    expect(await screen.findByTestId('final-answer')).toHaveTextContent('132');
    expect(screen.getByTestId('task-badge')).toHaveTextContent(titleOf(ADDITION.task));
  });

  it('asks again once the backend it could not reach is back', async () => {
    let skillsUp = false;
    let healthUp = false;
    stubFetch(
      () => sseResponse(recordedFrames('addition')),
      () => {
        if (!healthUp) throw new TypeError('Failed to fetch');
        return jsonResponse({ status: 'ok' });
      },
      () => {
        if (!skillsUp) throw new TypeError('Failed to fetch');
        return jsonResponse(SKILLS);
      },
    );
    const { user, textarea } = setup();
    expect(await screen.findByTestId('skills-notice')).toBeInTheDocument();
    skillsUp = healthUp = true;
    await user.type(textarea, 'What is 47 plus 85?{Enter}'); // an answer tells the app the backend is back
    await screen.findByTestId('final-answer');
    expect(await screen.findByRole('button', { name: SKILLS.skills[0]!.examples[0]!.prompt })).toBeInTheDocument();
    expect(screen.queryByTestId('skills-notice')).not.toBeInTheDocument();
  });
});

describe('a task this build has never heard of (a newer backend)', () => {
  // What a backend that gained a skill after this SPA was built sends: a label the schema never listed.
  const reply = {
    completion: 'Let us subtract.\n1. Take 4 from 9.\n2. Therefore, the final answer is 5.\n(model confidence in task type: 97.0%)',
    headline: 'Let us subtract.',
    task: NEW_TASK,
    answer: '5',
    confidence: 0.97,
    steps: ['Take 4 from 9.', 'Therefore, the final answer is 5.'],
    plan: [],
  };

  it.each([
    ['unknown to /api/skills too', { skills: SKILLS.skills }, 'Squaring', 'badge-neutral'],
    ['/api/skills cannot be loaded', null, 'Squaring', 'badge-neutral'],
    [
      'listed by /api/skills',
      { skills: [...SKILLS.skills, { name: NEW_TASK, title: 'Squares', description: 'square numbers', examples: [] }] },
      'Squares',
      `badge-tone-${SKILLS.skills.length % BADGE_TONES}`,
    ],
  ])('renders its badge, steps and answer when %s', async (_case, skillList, title, tone) => {
    stubFetch(
      () => sseResponse(framesFor(reply)),
      undefined,
      () => (skillList ? jsonResponse(skillList) : jsonResponse({ detail: 'Not Found' }, 404)),
    );
    const { user, textarea } = setup();
    await waitFor(() => expect(screen.getByTestId('tagline')).toHaveTextContent(skillList ? /^I can / : /step by step/));
    await user.type(textarea, 'What is 9 minus 4?{Enter}');
    expect(await screen.findByTestId('final-answer')).toHaveTextContent('5');
    const replyEl = await lastReply();
    expect(replyEl).toHaveAttribute('data-variant', 'answer');
    const badge = within(replyEl).getByTestId('task-badge');
    expect(badge).toHaveTextContent(title);
    expect(badge).toHaveClass(tone);
    expect(within(replyEl).getByText('Let us subtract.')).toBeInTheDocument();
    expect(within(within(replyEl).getByRole('list', { name: 'Reasoning steps' })).getAllByRole('listitem')).toHaveLength(2);
    expect(within(replyEl).queryByTestId('error-message')).not.toBeInTheDocument();
  });
});

describe('issue 18: why this task, and the Model page', () => {
  it('opens "Why this task?" under an answer, asks /api/explain then, and keeps it after a reload', async () => {
    // The recorded reply to "What is 47 plus 85?", its insight swapped for the one of the prompt sent here.
    const reply = { ...ADDITION, ...INSIGHT, evidence: { ...INSIGHT.evidence, addition: { outcome: 'parsed' as const, operands: ['2', '3'], reason: null } } };
    const { requests } = stubFetch((req) =>
      req.url === apiUrl('/api/explain') ? jsonResponse(EXPLAINED.reply) : sseResponse(framesFor(reply)),
    );
    const { user, textarea, unmount } = setup();
    await user.type(textarea, `${EXPLAINED.prompt}{Enter}`);
    await screen.findByTestId('final-answer');
    expect(requests.map((r) => r.url)).toEqual([apiUrl('/api/complete/stream')]);
    await user.click(screen.getByText('Why this task?'));
    expect(await screen.findByTestId('attribution')).toBeInTheDocument();
    expect(requests.map((r) => r.url)).toEqual([apiUrl('/api/complete/stream'), apiUrl('/api/explain')]);
    expect(screen.getByText('parity: rejected — this asks for an addition')).toBeInTheDocument();

    unmount();
    render(<App />);
    expect(screen.getByText('Why this task?')).toBeInTheDocument();
    expect(screen.getByText('addition: parsed 2, 3')).toBeInTheDocument();
  });

  it('has no "Why this task?" for a reply without probabilities and evidence (an older backend)', async () => {
    expect(OLDER_ADDITION.model).toBeUndefined();
    stubFetch(() => sseResponse(framesFor(OLDER_ADDITION)));
    const { user, textarea } = setup();
    await user.type(textarea, 'What is 47 plus 85?{Enter}');
    await screen.findByTestId('final-answer');
    expect(screen.queryByText('Why this task?')).not.toBeInTheDocument();
  });

  it('switches between the conversation and the Model page with links, keeping the conversation', async () => {
    stubFetch((req) => (req.url === apiUrl('/api/model') ? jsonResponse(MODEL) : sseResponse(framesFor(ADDITION))));
    const { user, textarea } = setup();
    await user.type(textarea, 'What is 47 plus 85?{Enter}');
    await screen.findByTestId('final-answer');
    const nav = screen.getByRole('navigation', { name: 'Pages' });
    expect(within(nav).getByRole('link', { name: 'Ask' })).toHaveAttribute('aria-current', 'page');
    await user.click(within(nav).getByRole('link', { name: 'Model' }));
    expect(await screen.findByRole('heading', { name: 'How the model was trained' })).toHaveFocus();
    expect(within(nav).getByRole('link', { name: 'Model' })).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByTestId('Fingerprint')).toHaveTextContent(MODEL.fingerprint);
    expect(screen.queryByLabelText('Your prompt')).not.toBeInTheDocument();
    await user.click(within(nav).getByRole('link', { name: 'Ask' }));
    expect(await screen.findByTestId('final-answer')).toHaveTextContent(ADDITION.answer!);
    expect(screen.getByLabelText('Your prompt')).toBeInTheDocument();
  });
});
