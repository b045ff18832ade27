/**
 * Issue 18 in the browser: "Why this task?" under an answer and the Model page, each number checked
 * against the API's own reply to the same request.
 */
import type { APIRequestContext, Page } from '@playwright/test';
import { API } from './env';
import { expect, test } from './fixtures';

interface Finding {
  outcome: string;
  operands: string[];
  reason: string | null;
}
interface Reply {
  task: string;
  probabilities: Record<string, number> | null;
  model: string;
  evidence: Record<string, Finding>;
}
interface Report {
  parameters: number;
  training_seconds: number;
  fingerprint: string;
  history: { epoch: number; loss: number; train_accuracy: number; validation_accuracy: number }[];
  confusion: { labels: string[]; matrix: number[][] };
  reliability: { count: number; confidence: number; accuracy: number }[];
}

const pct = (p: number) => `${(p * 100).toFixed(1)}%`;
const signed = (w: number) => `${w < 0 ? '−' : '+'}${Math.abs(w).toFixed(2)}`;

async function post<T>(request: APIRequestContext, path: string, prompt: string): Promise<T> {
  const res = await request.post(`${API}${path}`, { data: { prompt } });
  expect(res.status(), `${path} ${prompt}`).toBe(200);
  return (await res.json()) as T;
}

/** No element wider than the window (360 px on the phone). */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, 'horizontal overflow').toBeLessThanOrEqual(0);
}

const PROMPT = 'What is 2 plus 3?';

test('"Why this task?" shows the probabilities, character weights and findings the API gives', { tag: '@visual' }, async ({
  chat,
  page,
  request,
}) => {
  const reply = await chat.ask(PROMPT);
  const api = await post<Reply>(request, '/api/complete', PROMPT);
  expect(api.model).toBe('asked');
  const disclosure = reply.locator('details.why');
  await expect(disclosure).not.toHaveAttribute('open');
  const explained = page.waitForResponse((r) => r.url() === `${API}/api/explain`);
  // From the keyboard: the summary is a control that Enter opens.
  await disclosure.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(disclosure).toHaveAttribute('open');
  expect((await explained).status()).toBe(200);

  // A bar per label, in the API's order, with the API's probability.
  const rows = disclosure.locator('.probabilities li');
  const probabilities = Object.entries(api.probabilities!);
  await expect(rows).toHaveCount(probabilities.length);
  for (const [i, [label, p]] of probabilities.entries()) {
    await expect(rows.nth(i)).toHaveAttribute('data-label', label);
    await expect(rows.nth(i).locator('.value')).toHaveText(pct(p));
  }
  expect(api.probabilities![api.task]).toBeGreaterThan(0.5);

  // The prompt, one span per grapheme cluster, each titled with the API's weight.
  const weights = await post<{ label: string; tokens: { text: string; weight: number }[] }>(request, '/api/explain', PROMPT);
  const spans = disclosure.getByTestId('attribution').locator('span');
  await expect(spans).toHaveCount(weights.tokens.length);
  const shown = await spans.evaluateAll((els) => els.map((el) => [el.textContent, el.getAttribute('title'), el.className]));
  expect(shown).toEqual(
    weights.tokens.map((t) => [t.text, signed(t.weight), Math.abs(t.weight) < 0.05 ? '' : t.weight > 0 ? 'up' : 'down']),
  );
  await expect(disclosure.locator('.legend')).toContainText(`pushed toward ${weights.label}`);

  // One line per parser finding.
  const lines = Object.entries(api.evidence).map(([skill, f]) => {
    const detail =
      f.outcome === 'parsed' ? ` ${f.operands.join(', ')}` : f.outcome === 'missing' ? ' operand' : f.reason ? ` — ${f.reason}` : '';
    return `${skill}: ${f.outcome}${detail}`;
  });
  expect(lines).toContain(`${api.task}: parsed 2, 3`);
  await expect(disclosure.locator('.evidence li')).toHaveText(lines);

  await chat.expectAccessible();
  await expectNoSidewaysScroll(page);
});

test('a refusal the parsers made alone says the model was not asked', async ({ chat, request }) => {
  const prompt = 'What is 7 times 8?';
  const api = await post<Reply>(request, '/api/complete', prompt);
  const reply = await chat.ask(prompt);
  await reply.getByText('Why this task?').click();
  if (api.model === 'not asked') {
    expect(api.probabilities).toBeNull();
    await expect(reply.getByText('The parsers decided alone; the model was not asked.')).toBeVisible();
    await expect(reply.locator('.probabilities')).toHaveCount(0);
  } else {
    await expect(reply.locator('.probabilities li')).toHaveCount(Object.keys(api.probabilities!).length);
  }
  await expect(reply.locator('.evidence li')).toHaveCount(Object.keys(api.evidence).length);
});

test('the Model page shows the training report of GET /api/model', { tag: '@visual' }, async ({ chat, page, request }) => {
  const res = await request.get(`${API}/api/model`);
  expect(res.status()).toBe(200);
  const report = (await res.json()) as Report;

  const link = page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Model' });
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#model$/);
  await expect(page.getByRole('heading', { name: 'How the model was trained' })).toBeFocused();
  await expect(page.getByTestId('Parameters')).toHaveText(report.parameters.toLocaleString('en-US'));
  await expect(page.getByTestId('Training time')).toHaveText(`${report.training_seconds.toFixed(1)} s`);
  await expect(page.getByTestId('Fingerprint')).toHaveText(report.fingerprint);
  const m = report.confusion.matrix;
  const total = m.flat().reduce((a, b) => a + b, 0);
  const right = m.reduce((s, row, i) => s + row[i]!, 0);
  await expect(page.getByTestId('Right task, as served')).toHaveText(`${pct(right / total)} of ${total} validation prompts`);

  // The charts say what they show; their numbers are in tables.
  const h = report.history;
  await expect(page.getByRole('img', { name: /^Training loss/ })).toHaveAccessibleName(
    `Training loss over ${h.length} epochs: loss from ${h[0]!.loss.toFixed(3)} to ${h[h.length - 1]!.loss.toFixed(3)}.`,
  );
  await page.getByText('The numbers per epoch').click();
  const epochRows = page.locator('details.numbers').first().locator('tbody tr');
  await expect(epochRows).toHaveText(
    h.map((e) => `${e.epoch}${e.loss.toFixed(3)}${pct(e.train_accuracy)}${pct(e.validation_accuracy)}`),
  );

  const cells = await page.locator('table.confusion tbody tr').evaluateAll((rows) =>
    rows.map((r) => [...r.querySelectorAll('td')].map((td) => Number(td.textContent))),
  );
  expect(cells).toEqual(report.confusion.matrix);
  await expect(page.locator('table.confusion thead th')).toHaveText(report.confusion.labels);

  const bins = report.reliability;
  expect(bins.reduce((s, b) => s + b.count, 0)).toBe(total); // the same validation split
  const ece = bins.reduce((s, b) => s + b.count * Math.abs(b.accuracy - b.confidence), 0) / total;
  await expect(page.getByTestId('ece')).toHaveText(pct(ece));
  await expect(page.getByRole('img', { name: /^Reliability diagram/ }).locator('rect')).toHaveCount(
    bins.filter((b) => b.count > 0).length,
  );

  await chat.expectAccessible();
  await expectNoSidewaysScroll(page);
  // Back to the conversation, which is still there to type in.
  await page.getByRole('link', { name: 'Ask' }).click();
  await expect(chat.prompt).toBeVisible();
});
