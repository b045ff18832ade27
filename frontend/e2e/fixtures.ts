/** Shared fixtures: the page's main controls, a way to ask and wait, axe, and no uncaught page errors. */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import { API } from './env';

export interface SkillInfo {
  name: string;
  title: string;
  description: string;
  examples: { prompt: string; answer: string | null }[];
}

export class ChatPage {
  readonly prompt: Locator;
  readonly send: Locator;
  readonly stop: Locator;
  readonly replies: Locator;
  readonly announcer: Locator;

  constructor(readonly page: Page) {
    this.prompt = page.getByLabel('Your prompt');
    this.send = page.getByRole('button', { name: 'Send', exact: true });
    this.stop = page.getByRole('button', { name: 'Stop', exact: true });
    this.replies = page.getByTestId('reply');
    this.announcer = page.getByTestId('announcer');
  }

  async open(): Promise<void> {
    await this.page.goto('/');
    await expect(this.page.getByTestId('backend-status')).toHaveText('Backend connected.');
  }

  /** The reply the next request will fill: the one after the current last. */
  async nextReply(): Promise<{ reply: Locator; index: number }> {
    const index = await this.replies.count();
    return { reply: this.replies.nth(index), index };
  }

  /** Waits until no request is in flight. */
  async settled(): Promise<void> {
    await expect(this.page.locator('article[aria-busy="true"]')).toHaveCount(0);
  }

  /** Types a prompt, sends it with the Send button and waits for the whole reply. */
  async ask(text: string): Promise<Locator> {
    const { reply } = await this.nextReply();
    await this.prompt.fill(text);
    await this.send.click();
    await expect(reply).toBeVisible();
    await this.settled();
    await this.expectNewestVisible();
    return reply;
  }

  /** The newest reply is scrolled into view, not hidden under the sticky composer. */
  async expectNewestVisible(): Promise<void> {
    const box = await this.replies.last().boundingBox();
    const composer = await this.page.locator('.composer-wrap').boundingBox();
    const viewport = this.page.viewportSize();
    expect(box && composer && viewport, 'reply, composer and viewport have a size').toBeTruthy();
    // The reply's bottom edge is above the composer and inside the window.
    expect(box!.y + box!.height).toBeLessThanOrEqual(composer!.y + 1);
    expect(box!.y + box!.height).toBeLessThanOrEqual(viewport!.height);
  }

  /**
   * Records, after every DOM change, what the reply at `index` shows (that reply only): its number of
   * steps and whether its final answer is there, so a test can tell a streamed reply from one that
   * arrived at once.
   */
  async watchSteps(index: number): Promise<void> {
    await this.page.evaluate((i) => {
      const w = window as unknown as { __stepObserver?: MutationObserver; __seen: string[] };
      w.__stepObserver?.disconnect();
      w.__seen = [];
      w.__stepObserver = new MutationObserver(() => {
        const reply = document.querySelectorAll('[data-testid="reply"]')[i];
        if (!reply?.querySelector('[data-testid="task-badge"]')) return;
        const final = reply.querySelector('[data-testid="final-answer"]') !== null;
        w.__seen.push(`${reply.querySelectorAll('ol.steps > li').length}:${final}`);
      });
      w.__stepObserver.observe(document.body, { childList: true, subtree: true });
    }, index);
  }

  /**
   * The watched reply was on screen, badge shown, before its final answer (the stream's first event came
   * before its last); with `partOf`, it also showed some but not all of its steps on the way. A short
   * reply may come in one network chunk on a busy machine, so only long ones are held to the second.
   */
  async expectStreamed(partOf?: number): Promise<void> {
    const seen = await this.page.evaluate(() => [...new Set((window as unknown as { __seen: string[] }).__seen)]);
    const states = seen.map((s) => s.split(':')).map(([n, final]) => ({ steps: Number(n), final: final === 'true' }));
    expect(states.some((s) => !s.final), `reply states seen (steps:final): ${seen.join(', ')}`).toBe(true);
    if (partOf !== undefined) {
      const partial = states.some((s) => s.steps > 0 && s.steps < partOf);
      expect(partial, `reply states seen (steps:final): ${seen.join(', ')}`).toBe(true);
    }
  }

  /** axe-core: no serious or critical violation on the page as it is now. */
  async expectAccessible(): Promise<void> {
    const { violations } = await new AxeBuilder({ page: this.page }).analyze();
    const bad = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
    expect(bad, 'serious or critical axe violations').toEqual([]);
  }
}

export const test = base.extend<{ chat: ChatPage; pageErrors: string[] }, { skills: SkillInfo[] }>({
  // What the backend says it can do, read straight from the API (the SPA must show the same).
  skills: [
    async ({ playwright }, use) => {
      const api = await playwright.request.newContext();
      const res = await api.get(`${API}/api/skills`);
      expect(res.status()).toBe(200);
      const body = (await res.json()) as { skills: SkillInfo[] };
      await api.dispose();
      await use(body.skills);
    },
    { scope: 'worker' },
  ],
  // Every test fails on an uncaught error in the page.
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await use(errors);
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
  chat: async ({ page }, use) => {
    const chat = new ChatPage(page);
    await chat.open();
    await use(chat);
  },
});

export { expect };
