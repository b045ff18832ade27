import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { apiUrl } from '../api/client';
import type { Insight } from '../api/types';
import { findingLine, formatConfidence, signed } from '../lib/format';
import { EXPLAINED, EXPLAINED_EMOJI, INSIGHT, MISSING, REFUSAL, insightOf, jsonResponse, stubFetch } from '../test/network';
import { Why } from './Why';

const PROMPT = EXPLAINED.prompt;

function renderWhy(insight: Insight = INSIGHT, prompt = PROMPT) {
  const user = userEvent.setup();
  render(<Why prompt={prompt} {...insight} />);
  return { user, summary: screen.getByText('Why this task?') };
}

describe('Why this task?', () => {
  it('shows a bar and the percentage of every label, in the order the API gives them', () => {
    stubFetch(() => jsonResponse(EXPLAINED.reply));
    renderWhy();
    const list = screen.getByRole('list', { name: 'How sure the model was of each task' });
    const items = within(list).getAllByRole('listitem');
    const entries = Object.entries(INSIGHT.probabilities!);
    expect(items.map((li) => li.dataset.label)).toEqual(entries.map(([label]) => label));
    items.forEach((li, i) => {
      const [label, p] = entries[i]!;
      expect(li).toHaveTextContent(`${label}${formatConfidence(p)}`);
      expect(li.querySelector<HTMLElement>('.bar')!.style.getPropertyValue('--p')).toBe(String(p));
    });
  });

  it("says the model was not asked instead of drawing bars when the parsers refused alone", () => {
    stubFetch(() => jsonResponse(EXPLAINED.reply));
    // A server without the tagger refuses "7 times 8" without asking the model (issue 15's servers ask it).
    renderWhy({ ...insightOf(REFUSAL), model: 'not asked', probabilities: null });
    expect(screen.getByText('The parsers decided alone; the model was not asked.')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'How sure the model was of each task' })).toBeNull();
  });

  it('says so when the model, not the phrase rules, found the operands', () => {
    stubFetch(() => jsonResponse(EXPLAINED.reply));
    const { unmount } = render(<Why prompt={PROMPT} {...INSIGHT} operands_from="model" />);
    expect(screen.getByTestId('operands-from')).toHaveTextContent('No phrase rule knew this wording');
    unmount();
    render(<Why prompt={PROMPT} {...INSIGHT} operands_from="rules" />);
    expect(screen.queryByTestId('operands-from')).toBeNull();
  });

  it("writes one line per parser finding", () => {
    stubFetch(() => jsonResponse(EXPLAINED.reply));
    renderWhy();
    const lines = within(screen.getByRole('list', { name: 'What the parsers found' })).getAllByRole('listitem');
    // As recorded for "What is 47 plus 85?": every skill of the registry has its line.
    expect(lines).toHaveLength(Object.keys(INSIGHT.evidence).length);
    expect(lines[0]).toHaveTextContent(/^addition: parsed 47, 85$/);
    expect(lines.map((li) => li.textContent)).toContain('parity: rejected — this asks for an addition');
    expect(findingLine('addition', MISSING.evidence!.addition!)).toBe('addition: missing operand');
    expect(findingLine('parity', { outcome: 'rejected', operands: [], reason: null })).toBe('parity: rejected');
  });

  it('asks /api/explain only when first opened and shades each character by its weight', async () => {
    const { fn, requests } = stubFetch(() => jsonResponse(EXPLAINED.reply));
    const { user, summary } = renderWhy();
    expect(fn).not.toHaveBeenCalled();
    await user.click(summary);
    const shaded = await screen.findByTestId('attribution');
    expect(requests.map((r) => [r.url, r.prompt])).toEqual([[apiUrl('/api/explain'), PROMPT]]);
    const spans = [...shaded.querySelectorAll('span')];
    expect(spans.map((s) => s.textContent).join('')).toBe(PROMPT);
    EXPLAINED.reply.tokens.forEach(({ weight }, i) => {
      const span = spans[i]!;
      expect(span.title).toBe(signed(weight));
      // Colour and line style both follow the sign; near-zero weights are left plain.
      expect(span.className).toBe(Math.abs(weight) < 0.05 ? '' : weight > 0 ? 'up' : 'down');
      expect(Number(span.style.getPropertyValue('--a'))).toBeCloseTo(Math.abs(weight), 2);
    });
    const best = [...EXPLAINED.reply.tokens].filter((t) => t.text.trim()).sort((a, b) => b.weight - a.weight)[0]!;
    expect(screen.getByTestId('top-characters')).toHaveTextContent(
      `Pushed hardest toward ${EXPLAINED.reply.label}: “${best.text}” ${signed(best.weight)}`,
    );
    await user.click(summary);
    await user.click(summary);
    await screen.findByTestId('attribution');
    expect(requests).toHaveLength(1); // closed and reopened: still the first reply
  });

  it('does not ask the model about a prompt the parsers refused alone', async () => {
    const { fn } = stubFetch(() => jsonResponse(EXPLAINED.reply));
    // As a server without the tagger replies to "7 times 8" (issue 15's servers ask the model).
    const { user, summary } = renderWhy({ ...insightOf(REFUSAL), model: 'not asked', probabilities: null });
    await user.click(summary);
    expect(screen.queryByTestId('attribution')).toBeNull();
    expect(fn).not.toHaveBeenCalled();
  });

  it('shades an emoji as one character, and "plus" above "What" (the issue\'s known case)', async () => {
    stubFetch(() => jsonResponse(EXPLAINED_EMOJI.reply));
    const { user, summary } = renderWhy(INSIGHT, EXPLAINED_EMOJI.prompt);
    await user.click(summary);
    const spans = [...(await screen.findByTestId('attribution')).querySelectorAll('span')];
    expect(spans.map((s) => s.textContent)).toContain('🙂');
    expect(spans.map((s) => s.textContent).join('')).toBe(EXPLAINED_EMOJI.prompt);
    const what = EXPLAINED.reply.tokens.slice(0, 4);
    expect(what.map((t) => t.text).join('')).toBe('What');
    const plus = EXPLAINED.reply.tokens.slice(PROMPT.indexOf('plus'), PROMPT.indexOf('plus') + 4);
    expect(plus.map((t) => t.text).join('')).toBe('plus');
    expect(Math.min(...plus.map((t) => t.weight))).toBeGreaterThan(Math.max(...what.map((t) => t.weight)));
  });

  it("shows the server's error when the explanation fails", async () => {
    stubFetch(() => jsonResponse({ detail: 'Model is loading' }, 503));
    const { user, summary } = renderWhy();
    await user.click(summary);
    expect(await screen.findByText(/temporarily unavailable: Model is loading/)).toBeInTheDocument();
  });
});
