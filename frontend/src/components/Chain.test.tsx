/**
 * Issue 16: a chain reply as a numbered sequence of sub-results. The chain replies are HAND-WRITTEN to the
 * chain contract (src/test/chains.ts) until the backend with chains is merged; the last test replays the
 * recorded one (and is skipped while the recording is a backend's refusal).
 */
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import App from '../App';
import { CHAIN, type Completion } from '../api/types';
import { BADGE_TONES } from '../lib/skills';
import {
  HAND_WRITTEN_CHAIN_2,
  HAND_WRITTEN_CHAIN_3,
  HAND_WRITTEN_CHAIN_UNKNOWN_STEP,
} from '../test/chains';
import {
  ADDITION,
  RECORDED,
  SKILLS,
  controlledSse,
  framesFor,
  recordedFrames,
  sseResponse,
  stubFetch,
} from '../test/network';

/** The badge GET /api/skills gives a task: its title and colour (by its place in the list). */
function skillBadge(task: string): [string, string] {
  const index = SKILLS.skills.findIndex((s) => s.name === task);
  if (index < 0) throw new Error(`no recorded skill ${task}`);
  return [SKILLS.skills[index]!.title, `badge-tone-${index % BADGE_TONES}`];
}

async function ask(prompt: string) {
  const user = userEvent.setup();
  render(<App />);
  // The skills are listed before asking, so the badges can take their titles.
  await screen.findByRole('button', { name: SKILLS.skills[0]!.examples[0]!.prompt });
  await user.type(screen.getByLabelText('Your prompt'), `${prompt}{Enter}`);
  return user;
}

async function lastReply(): Promise<HTMLElement> {
  const replies = await screen.findAllByTestId('reply');
  return replies[replies.length - 1]!;
}

/** What each shown part says: heading, badge (text and class), input, result (or null), working lines. */
function partsShown(reply: HTMLElement) {
  return within(reply)
    .queryAllByTestId('chain-part')
    .map((part) => {
      const badge = within(part).getByTestId('part-badge');
      return {
        heading: within(part).getByRole('heading', { level: 2 }).textContent,
        badge: [badge.textContent?.replace(/^Task: /, ''), badge.className.replace('badge ', '')],
        input: within(part).getByTestId('part-input').textContent,
        result: within(part).queryByTestId('part-answer')?.textContent ?? null,
        working: within(part)
          .queryAllByRole('listitem')
          .map((li) => li.textContent),
      };
    });
}

describe('a chain reply (issue 16)', () => {
  it.each([
    ['two', HAND_WRITTEN_CHAIN_2, 'Is the sum of 17 and 26 odd?', ['43', 'odd']],
    ['three', HAND_WRITTEN_CHAIN_3, "Add 3 and 4, subtract 2, then tell me if it's even", ['7', '5', 'odd']],
  ] as const)('renders a %s-step chain as its steps in order, each with its badge, input, working and result', async (_n, reply, prompt, results) => {
    stubFetch(() => sseResponse(framesFor(reply)));
    await ask(prompt);
    expect(await screen.findByTestId('final-answer')).toHaveTextContent(results[results.length - 1]!);
    const el = await lastReply();
    expect(el).toHaveAttribute('data-variant', 'answer');
    const badge = within(el).getByTestId('task-badge');
    expect(badge).toHaveAttribute('data-task', CHAIN);
    expect(badge).toHaveTextContent('Multi-step');
    expect(badge).toHaveClass('badge-chain');
    expect(within(el).getByText(reply.headline)).toBeInTheDocument();

    const list = within(el).getByRole('list', { name: 'Steps, in order' });
    expect(list.tagName).toBe('OL');
    expect(partsShown(el)).toEqual(
      reply.plan.map((item, i) => ({
        heading: `Step ${i + 1}: ${item.title}`,
        badge: skillBadge(item.task),
        input: `Input: ${item.input.join(', ')}`,
        result: `Result: ${results[i]}`,
        // Its own lines only: not its heading, not the final sentence.
        working: item.steps,
      })),
    );
    expect(within(el).queryByText(/^Step 1: /, { selector: 'li' })).not.toBeInTheDocument();
    expect(within(el).queryByRole('list', { name: 'Reasoning steps' })).not.toBeInTheDocument();
    expect(screen.getByTestId('announcer')).toHaveTextContent(`Answer: ${results[results.length - 1]}`);
    // The parts come before the final answer.
    const finalBox = within(el).getByTestId('final-answer');
    expect(list.compareDocumentPosition(finalBox) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows each part as its step events arrive, its result once the next part begins', async () => {
    let stream!: ReturnType<typeof controlledSse>;
    stubFetch((req) => {
      stream = controlledSse(req.init.signal);
      return stream.response;
    });
    await ask('Is the sum of 17 and 26 odd?');
    const reply = HAND_WRITTEN_CHAIN_2;
    const [meta, ...rest] = framesFor(reply);
    const done = rest.pop()!;
    // The step frames: Step 1's heading and 4 lines, Step 2's heading and 2 lines, the final sentence.
    expect(rest).toHaveLength(9);
    const el = await lastReply();

    act(() => stream.send(meta!));
    expect(await within(el).findByTestId('task-badge')).toHaveTextContent('Multi-step');
    expect(within(el).getByText(reply.headline)).toBeInTheDocument();
    expect(partsShown(el)).toEqual([]);

    act(() => stream.send(rest[0]!)); // "Step 1: add 17 and 26"
    await waitFor(() => expect(partsShown(el)).toHaveLength(1));
    expect(partsShown(el)[0]).toMatchObject({ heading: 'Step 1: add 17 and 26', result: null, working: [] });

    act(() => stream.send(rest[1]! + rest[2]!));
    await waitFor(() => expect(partsShown(el)[0]?.working).toEqual(reply.plan[0]!.steps.slice(0, 2)));
    expect(partsShown(el)[0]?.result).toBeNull();

    act(() => stream.send(rest[3]! + rest[4]! + rest[5]!)); // the rest of Step 1, then Step 2's heading
    await waitFor(() => expect(partsShown(el)).toHaveLength(2));
    expect(partsShown(el)[0]).toMatchObject({ result: 'Result: 43', working: reply.plan[0]!.steps });
    expect(partsShown(el)[1]).toMatchObject({ heading: 'Step 2: decide whether 43 is even or odd', result: null });
    expect(partsShown(el)[1]?.badge).toEqual(skillBadge('parity'));
    expect(within(el).queryByTestId('final-answer')).not.toBeInTheDocument();

    act(() => stream.send(rest[6]! + rest[7]! + rest[8]!)); // Step 2's lines, the final sentence
    await waitFor(() => expect(partsShown(el)[1]?.result).toBe('Result: odd'));
    expect(partsShown(el)[1]?.working).toEqual(reply.plan[1]!.steps);
    expect(within(el).queryByTestId('final-answer')).not.toBeInTheDocument();

    act(() => {
      stream.send(done);
      stream.close();
    });
    expect(await within(el).findByTestId('final-answer')).toHaveTextContent('odd');
    expect(partsShown(el)).toHaveLength(2);
  });

  it('keeps the parts so far when stopped, and a finished chain after a reload', async () => {
    let stream!: ReturnType<typeof controlledSse>;
    stubFetch((req) => {
      stream = controlledSse(req.init.signal);
      return stream.response;
    });
    const user = await ask('Is the sum of 17 and 26 odd?');
    const frames = framesFor(HAND_WRITTEN_CHAIN_2);
    act(() => stream.send(frames.slice(0, 8).join(''))); // meta, Step 1, Step 2's heading and first line
    const el = await lastReply();
    await waitFor(() => expect(partsShown(el)).toHaveLength(2));
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    expect(await screen.findByText('Stopped before the answer was complete.')).toBeInTheDocument();
    expect(partsShown(el).map((p) => p.result)).toEqual(['Result: 43', null]);

    // Reloaded: the stopped chain as it was, and a finished one in full.
    stubFetch(() => sseResponse(framesFor(HAND_WRITTEN_CHAIN_3)));
    await user.type(screen.getByLabelText('Your prompt'), 'again{Enter}');
    await screen.findByTestId('final-answer');
    const before = screen.getAllByTestId('reply').map(partsShown);
    cleanup(); // unmounted; the history stays in localStorage
    render(<App />);
    // The history renders at once; the badges take their colours when GET /api/skills answers.
    await waitFor(() => expect(screen.getAllByTestId('reply').map(partsShown)).toEqual(before));
    expect(screen.getAllByTestId('reply').map(partsShown)[1]).toHaveLength(3);
  });

  it('gives a step of a task this build does not know a neutral badge', async () => {
    stubFetch(() => sseResponse(framesFor(HAND_WRITTEN_CHAIN_UNKNOWN_STEP)));
    await ask('Reverse 27, then square it');
    expect(await screen.findByTestId('final-answer')).toHaveTextContent('5184');
    const badges = partsShown(await lastReply()).map((p) => p.badge);
    expect(badges).toEqual([skillBadge('reversal'), ['Squaring', 'badge-neutral']]);
    expect(within(await lastReply()).getAllByTestId('part-badge')[1]).toHaveAttribute('data-task', 'squaring');
  });

  // A native <details>: the keyboard (Enter, Space) is the browser's, checked in e2e/chain.spec.ts.
  it('collapses and reopens a part\'s working', async () => {
    stubFetch(() => sseResponse(framesFor(HAND_WRITTEN_CHAIN_2)));
    const user = await ask('Is the sum of 17 and 26 odd?');
    await screen.findByTestId('final-answer');
    const summary = screen.getAllByText(/^Working \(\d+ lines?\)$/)[0]!;
    expect(summary).toHaveTextContent('Working (4 lines)');
    const details = summary.closest('details')!;
    expect(details.open).toBe(true);
    await user.click(summary);
    expect(details.open).toBe(false);
    expect(within(details).getByRole('list', { hidden: true })).not.toBeVisible();
    await user.click(summary);
    expect(details.open).toBe(true);
  });

  it('shows a single-task reply that carries a one-step plan as before: one list of steps, no parts', async () => {
    const single: Completion = {
      ...ADDITION,
      plan: [{ task: 'addition', title: 'add 47 and 85', input: ['47', '85'], answer: '132', steps: ADDITION.steps.slice(0, -1) }],
    };
    stubFetch(() => sseResponse(framesFor(single)));
    await ask('What is 47 plus 85?');
    expect(await screen.findByTestId('final-answer')).toHaveTextContent('132');
    const el = await lastReply();
    expect(within(el).getByTestId('task-badge')).toHaveTextContent(skillBadge('addition')[0]);
    const steps = within(el).getByRole('list', { name: 'Reasoning steps' });
    expect(within(steps).getAllByRole('listitem').map((li) => li.textContent)).toEqual(ADDITION.steps);
    expect(within(el).queryAllByTestId('chain-part')).toHaveLength(0);
  });
});

// Recorded by `npm run gen:fixtures` from "Is the sum of 17 and 26 odd?": a chain once the backend has chains.
const recordedChain = RECORDED.complete.chain.reply as unknown as Completion;
const noChainYet = recordedChain.task !== CHAIN;

describe.skipIf(noChainYet)('the recorded chain reply (skipped while the recorded backend has no chains)', () => {
  // (Its frames are checked against framesFor's in client.test.ts, with the other recorded replies.)
  it('has the shape of the hand-written ones', () => {
    expect(Object.keys(recordedChain)).toEqual(expect.arrayContaining(Object.keys(HAND_WRITTEN_CHAIN_2)));
    expect(recordedChain.plan.length).toBeGreaterThanOrEqual(2);
    for (const item of recordedChain.plan) expect(Object.keys(item).sort()).toEqual(['answer', 'input', 'steps', 'task', 'title']);
  });

  it('renders as a numbered sequence of its plan', async () => {
    stubFetch(() => sseResponse(recordedFrames('chain')));
    await ask(RECORDED.complete.chain.prompt);
    expect(await screen.findByTestId('final-answer')).toHaveTextContent(recordedChain.answer!);
    const shown = partsShown(await lastReply());
    expect(shown.map((p) => p.heading)).toEqual(recordedChain.plan.map((item, i) => `Step ${i + 1}: ${item.title}`));
    expect(shown.map((p) => p.badge)).toEqual(recordedChain.plan.map((item) => skillBadge(item.task)));
  });
});
