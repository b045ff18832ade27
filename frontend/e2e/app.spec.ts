/**
 * The user's view of the app: the built SPA on one origin, the real backend on another. Every test runs
 * on a 1280-px desktop and a 360-px phone in the light scheme; those tagged @visual (what the colour
 * scheme can break: contrast, focus rings, a neutral refusal, layout) run in the dark scheme too.
 */
import { API } from './env';
import { expect, test, type ChatPage } from './fixtures';

/** The badge's text, without its visually hidden "Task: " prefix. */
async function badgeText(chat: ChatPage, index: number): Promise<string> {
  const text = await chat.replies.nth(index).getByTestId('task-badge').innerText();
  return text.replace(/^Task:\s*/, '').trim();
}

test('the page has its title, favicon, tagline from /api/skills and an empty conversation', { tag: '@visual' }, async ({
  chat,
  page,
  request,
  skills,
}) => {
  await expect(page).toHaveTitle('Mini Reasoning LLM');
  const icon = await page.locator('link[rel="icon"]').getAttribute('href');
  const res = await request.get(new URL(icon ?? '', page.url()).href);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toMatch(/svg/);
  await expect(page.getByText('Ask the model a question.')).toBeVisible();
  // Connected: the cross-origin GET /health passed CORS (checked by chat.open()).
  expect(skills.length).toBeGreaterThan(0);
  for (const skill of skills) await expect(page.getByTestId('tagline')).toContainText(skill.description);
  await expect(page.getByTestId('tagline')).toHaveText(/^I can .+\.$/);
  await chat.expectAccessible();
});

test('every skill has an example chip that streams its steps and gives the example answer', async ({
  chat,
  skills,
  request,
}) => {
  const prompts = (await chat.page.locator('button.chip').allInnerTexts()).map((p) => p.trim());
  for (const skill of skills) {
    const example = skill.examples.find((ex) => prompts.includes(ex.prompt));
    expect(example, `a chip for ${skill.name}, among ${prompts.join(' | ')}`).toBeDefined();
    await test.step(`${skill.name}: ${example!.prompt}`, async () => {
      const { reply, index } = await chat.nextReply();
      await chat.page.getByRole('button', { name: example!.prompt, exact: true }).click();
      await expect(reply).toBeVisible();
      await chat.settled();
      await chat.expectNewestVisible();
      await expect(reply.getByTestId('task-badge')).toHaveAttribute('data-task', skill.name);
      expect(await badgeText(chat, index)).toBe(skill.title);
      if (example!.answer === null) {
        await expect(reply).toHaveAttribute('data-variant', 'needs-input');
        return;
      }
      await expect(reply).toHaveAttribute('data-variant', 'answer');
      await expect(reply.getByTestId('final-answer')).toHaveText(example!.answer);
      const shown = await reply.locator('ol.steps > li').count();
      expect(shown).toBeGreaterThanOrEqual(2);
      // The API streams this prompt as one `step` event per step shown. (The one-by-one rendering is the
      // next test's, on a long reply: a short one may reach a busy browser in a single chunk.)
      const res = await request.post(`${API}/api/complete/stream`, { data: { prompt: example!.prompt } });
      expect(res.headers()['content-type']).toContain('text/event-stream');
      expect((await res.text()).match(/^event: step$/gm)).toHaveLength(shown);
    });
  }
  expect(prompts).toHaveLength(skills.length);
});

/** 35 steps, 50 ms apart here (STREAM_STEP_DELAY_MS): long enough to watch, and to stop, mid-stream. */
const LONG_SUM = 'What is 123456789012345678901234567890 plus 987654321098765432109876543210?';

test('the steps appear one by one while the answer streams', async ({ chat }) => {
  const { index } = await chat.nextReply();
  await chat.watchSteps(index);
  const reply = await chat.ask(LONG_SUM);
  await expect(reply.getByTestId('final-answer')).toHaveText('1111111110111111111011111111100');
  const steps = await reply.locator('ol.steps > li').count();
  expect(steps).toBeGreaterThanOrEqual(10);
  // Seen on screen: the reply with some but not all of its steps, and without its final answer.
  await chat.expectStreamed(steps);
});

test('addition: the exact sum, a confidence meter and steps that show the work', async ({ chat }) => {
  const reply = await chat.ask('What is 47 plus 85?');
  await expect(reply).toHaveAttribute('data-variant', 'answer');
  await expect(reply.getByTestId('final-answer')).toHaveText('132');
  await expect(reply.getByTestId('confidence')).toHaveText(/^\d{1,3}\.\d%$/);
  const meter = Number(await reply.locator('meter').getAttribute('value'));
  expect(meter).toBeGreaterThan(0);
  expect(meter).toBeLessThanOrEqual(1);
  const steps = await reply.locator('ol.steps > li').allInnerTexts();
  expect(steps.length).toBeGreaterThanOrEqual(2);
  expect(steps.some((s) => s.includes('132'))).toBe(true);
  // No confidence line in the text: it is shown as the meter.
  await expect(reply).not.toContainText('model confidence');
  await expect(chat.announcer).toHaveText('Answer: 132');
});

test('Stop cancels a streaming answer and keeps the steps so far', async ({ chat }) => {
  let stopped = false;
  for (let attempt = 1; attempt <= 3 && !stopped; attempt++) {
    const { reply } = await chat.nextReply();
    await chat.prompt.fill(LONG_SUM);
    await chat.prompt.press('Enter');
    await expect(reply.locator('ol.steps > li').first()).toBeVisible();
    // The real button, as a user clicks it: visible, enabled, not covered.
    await chat.stop.click({ timeout: 2_000 }).catch(() => undefined);
    await chat.settled();
    stopped = (await reply.getByText('Stopped before the answer was complete.').count()) === 1;
  }
  expect(stopped, 'Stop was clicked while the answer was streaming (3 attempts)').toBe(true);
  const reply = chat.replies.last();
  await expect(reply.getByTestId('final-answer')).toHaveCount(0);
  expect(await reply.locator('ol.steps > li').count()).toBeGreaterThanOrEqual(1);
  await expect(chat.stop).toHaveCount(0);
  await expect(chat.announcer).toHaveText(/Stopped/);
  await expect(reply.getByRole('button', { name: 'Try again' })).toBeEnabled();
  // Usable again straight away.
  const again = await chat.ask('Is 1234567 even or odd?');
  await expect(again.getByTestId('final-answer')).toHaveText('odd');
});

test('a refusal is polite and neutral, not an error', { tag: '@visual' }, async ({ chat }) => {
  const reply = await chat.ask('What is 7 times 8?');
  await expect(reply).toHaveAttribute('data-variant', 'refusal');
  expect(await badgeText(chat, 0)).toBe('Not supported');
  await expect(reply).toContainText(/sorry/i);
  await expect(reply).not.toContainText('model confidence');
  await expect(reply.getByTestId('final-answer')).toHaveCount(0);
  await expect(reply.getByTestId('error-message')).toHaveCount(0);
  const bg = await reply.evaluate((el) => getComputedStyle(el).backgroundColor);
  const [r, g, b] = (bg.match(/\d+/g) ?? []).map(Number);
  expect(Math.abs(r! - g!), `refusal background ${bg} is grey`).toBeLessThan(24);
  expect(Math.abs(g! - b!), `refusal background ${bg} is grey`).toBeLessThan(24);
});

test('an over-limit prompt is blocked before it is sent', async ({ chat, page }) => {
  await chat.prompt.fill('a'.repeat(513));
  await expect(page.getByTestId('prompt-counter')).toContainText('513 / 512');
  await expect(chat.send).toBeDisabled();
  await expect(page.getByText('1 character over the 512-character limit')).toBeVisible();
  await chat.prompt.press('Enter');
  await page.waitForTimeout(300);
  await expect(chat.replies).toHaveCount(0);
});

test("the server's 422 reason is shown (a prompt with a NUL character)", async ({ chat }) => {
  const reply = await chat.ask('What is 2 plus 3?\u0000');
  await expect(reply).toHaveAttribute('data-variant', 'error');
  await expect(reply.getByTestId('error-message')).toHaveText(/did not accept this prompt: .*NUL.*Edit the prompt/i);
  await expect(chat.prompt).toHaveValue('What is 2 plus 3?\u0000'); // given back to fix
  await expect(reply.getByRole('button', { name: 'Try again' })).toHaveCount(0);
});

test('a conversation is accessible and fits the screen (no sideways scrolling)', { tag: '@visual' }, async ({ chat, page }) => {
  await chat.ask('Reverse the word "stressed"');
  await chat.ask('What is 7 times 8?');
  await chat.ask('What is 2 plus 3?\u0000');
  await chat.prompt.fill('');
  await chat.expectAccessible();
  for (const where of ['bottom', 'top'] as const) {
    await page.evaluate((w) => window.scrollTo(0, w === 'top' ? 0 : document.documentElement.scrollHeight), where);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `horizontal overflow at the ${where}`).toBeLessThanOrEqual(0);
  }
  // Nothing is wider than the window, not even inside a scroll-clipped box.
  const wide = await page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && !el.closest('.visually-hidden, .skip-link'))
      .map((el) => el.tagName + (el.className ? `.${String(el.className)}` : '')),
  );
  expect(wide).toEqual([]);
});

test('the history survives a reload', async ({ chat, page }) => {
  await chat.ask('What is 47 plus 85?');
  await chat.ask('What is 7 times 8?');
  const snapshot = () =>
    page.locator('article').evaluateAll((articles) =>
      articles.map((a) => [
        a.querySelector('.question-text')?.textContent,
        a.querySelector('[data-testid="reply"]')?.getAttribute('data-variant'),
        a.querySelector('[data-testid="final-answer"]')?.textContent ?? null,
      ]),
    );
  const before = await snapshot();
  expect(before).toEqual([
    ['What is 47 plus 85?', 'answer', '132'],
    ['What is 7 times 8?', 'refusal', null],
  ]);
  await page.reload();
  await expect(chat.replies).toHaveCount(2);
  expect(await snapshot()).toEqual(before);
});

test('keyboard only: skip link, Tab to the prompt, Enter sends, every stop shows a focus ring', { tag: '@visual' }, async ({
  chat,
  page,
  isMobile,
}) => {
  test.skip(isMobile, 'a phone has no Tab key');
  const focusInfo = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const s = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      return {
        tag: el.tagName,
        text: el.textContent?.trim() ?? '',
        ring: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,
        onScreen: r.top >= 0 && r.bottom <= window.innerHeight && r.width > 1,
      };
    });

  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await page.keyboard.press('Tab');
  let f = await focusInfo();
  expect(f.text).toBe('Skip to the prompt');
  expect(f.ring && f.onScreen, 'the skip link shows up with a focus ring').toBe(true);
  await page.keyboard.press('Enter');
  f = await focusInfo();
  expect(f.tag).toBe('TEXTAREA');
  expect(f.ring).toBe(true);

  // Without the skip link, Tab also gets there, every stop showing a ring.
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  f = { ...f, tag: '' };
  for (let i = 0; i < 80 && f.tag !== 'TEXTAREA'; i++) {
    await page.keyboard.press('Tab');
    f = await focusInfo();
    expect(f.ring, `focus ring on ${f.tag} "${f.text}"`).toBe(true);
  }
  expect(f.tag).toBe('TEXTAREA');

  const { reply } = await chat.nextReply();
  await page.keyboard.type('Is 7 odd?');
  await page.keyboard.press('Tab');
  f = await focusInfo();
  expect(f.text).toBe('Send');
  expect(f.ring && f.onScreen).toBe(true);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Enter');
  await expect(chat.prompt).toHaveValue('Is 7 odd?\n');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Enter');
  await expect(reply.getByTestId('final-answer')).toHaveText('odd');
  await chat.settled();
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
  await expect(chat.announcer).toHaveText('Answer: odd');
  await chat.expectNewestVisible();
});

test('Copy puts the whole reasoning on the clipboard', async ({ chat, page }) => {
  const reply = await chat.ask('Is 1234 even or odd?');
  const headline = (await reply.locator('.headline').innerText()).trim();
  await reply.getByRole('button', { name: 'Copy answer' }).click();
  await expect(reply.getByText('Copied to clipboard.')).toBeVisible();
  // Read back for real (the context grants clipboard-read): a failure to read fails the test.
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  expect(clip).toContain(headline);
  expect(clip).toMatch(/final answer is even/);
});

test('an unreachable backend is named in the reply and the status line', async ({ chat, page }) => {
  // The browser cannot connect to the API any more (the server stays up for the other tests).
  await page.route(`${API}/**`, (route) => route.abort('connectionrefused'));
  const reply = await chat.ask('What is 1 plus 1?');
  await expect(reply).toHaveAttribute('data-variant', 'error');
  await expect(reply.getByTestId('error-message')).toHaveText(`Cannot reach the backend at ${API}.`);
  await expect(page.getByTestId('backend-status')).toContainText(`Cannot reach the backend at ${API}`);
  await expect(reply.getByRole('button', { name: 'Try again' })).toBeVisible();
});
