#!/usr/bin/env node
/**
 * End-to-end test: the built SPA, served from one origin, against the real
 * FastAPI backend on another, driven by headless Chromium (playwright-core).
 *
 *   npm run e2e
 *
 * Env: CHROMIUM_PATH (default /usr/bin/chromium), BACKEND_PYTHON (default
 * ../backend/.venv/bin/python), E2E_BACKEND_TIMEOUT_S (default 600; first boot trains the model, slow on a busy machine).
 * Screenshots go to e2e/screenshots/ (git-ignored). Exits non-zero on any
 * failure, including a missing browser or backend.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const FRONTEND = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// E2E_BACKEND_DIR: only for debugging the harness against another app directory.
const BACKEND = process.env.E2E_BACKEND_DIR ? resolve(process.env.E2E_BACKEND_DIR) : resolve(FRONTEND, '..', 'backend');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const PYTHON = process.env.BACKEND_PYTHON || join(BACKEND, '.venv', 'bin', 'python');
const BACKEND_TIMEOUT_MS = Number(process.env.E2E_BACKEND_TIMEOUT_S || 600) * 1000;
const SHOTS = join(FRONTEND, 'e2e', 'screenshots');
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const children = new Set();
const cleanups = [];
let tmp;

function log(message) {
  console.log(`[e2e] ${message}`);
}

function freePort() {
  return new Promise((res, rej) => {
    const srv = createNetServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

function start(cmd, args, options, name) {
  // detached: its own process group, so killing it takes its children too.
  const child = spawn(cmd, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  let output = '';
  const keep = (chunk) => {
    output = (output + chunk.toString()).slice(-20000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.on('exit', () => children.delete(child));
  child.output = () => output;
  child.label = name;
  return child;
}

function killTree(child, signal = 'SIGTERM') {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  }
}

async function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((res) => child.once('exit', res));
  killTree(child, 'SIGTERM');
  const timer = setTimeout(() => killTree(child, 'SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

function killAllSync() {
  for (const child of children) killTree(child, 'SIGKILL');
}
process.on('exit', killAllSync);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    console.log(`[e2e] interrupted by ${signal}: stopping what it started`);
    killAllSync();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
    process.exit(130);
  });
}

function run(cmd, args, options) {
  return new Promise((res, rej) => {
    const child = start(cmd, args, options, cmd);
    child.on('exit', (code) =>
      code === 0 ? res(child.output()) : rej(new Error(`${cmd} ${args.join(' ')} exited ${code}\n${child.output()}`)),
    );
  });
}

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

/** A tiny static server with the same SPA fallback as vercel.json. */
function serveStatic(root, port) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let file = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) {
      if (url.pathname.startsWith('/assets/')) {
        res.writeHead(404).end();
        return;
      }
      file = join(root, 'index.html');
    }
    res.writeHead(200, { 'Content-Type': MIME[extname(file)] || 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((res) => server.listen(port, '127.0.0.1', () => res(server)));
}

async function waitForHealth(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`backend exited with ${child.exitCode}:\n${child.output()}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) return await res.json();
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`backend not healthy after ${timeoutMs / 1000}s:\n${child.output()}`);
}

// ---------------------------------------------------------------- the tests

const results = [];
async function test(name, fn) {
  const started = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    log(`ok    ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    results.push({ name, ok: false, error });
    log(`FAIL  ${name}\n${error?.stack || error}`);
    if (globalThis.page) {
      await globalThis.page
        .screenshot({ path: join(SHOTS, `failure-${name.replace(/\W+/g, '-')}.png`), fullPage: true })
        .catch(() => undefined);
    }
  }
}

async function main() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  if (!existsSync(PYTHON)) throw new Error(`Backend Python not found at ${PYTHON}: set up backend/.venv first.`);
  if (!existsSync(join(BACKEND, 'app', 'main.py'))) throw new Error(`No backend at ${BACKEND}/app/main.py.`);
  const { chromium } = await import('playwright-core');
  const axeSource = readFileSync(join(FRONTEND, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

  mkdirSync(SHOTS, { recursive: true });
  for (const old of readdirSync(SHOTS)) if (old.endsWith('.png')) rmSync(join(SHOTS, old));
  tmp = mkdtempSync(join(tmpdir(), 'mrl-e2e-'));
  const [spaPort, apiPort] = [await freePort(), await freePort()];
  const SPA = `http://127.0.0.1:${spaPort}`;
  const API = `http://127.0.0.1:${apiPort}`;
  const dist = join(tmp, 'dist');

  log(`building the SPA for API ${API}`);
  await run(process.execPath, [join(FRONTEND, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'], {
    cwd: FRONTEND,
    env: { ...process.env, VITE_API_BASE_URL: API },
  });
  const staticServer = await serveStatic(dist, spaPort);
  cleanups.push(() => new Promise((r) => staticServer.close(() => r())));
  log(`SPA on ${SPA}`);

  log(`starting the backend on ${API} (first boot trains the model)`);
  const backend = start(
    PYTHON,
    ['-m', 'uvicorn', 'app.main:app', '--host', '127.0.0.1', '--port', String(apiPort)],
    {
      cwd: BACKEND,
      env: {
        ...process.env,
        MODEL_WEIGHTS_PATH: join(tmp, 'w.pt'),
        CORS_ALLOWED_ORIGINS: SPA,
        FRONTEND_DIST_DIR: join(tmp, 'no-dist'),
      },
    },
    'backend',
  );
  cleanups.push(() => stopChild(backend));
  await waitForHealth(`${API}/health`, backend, BACKEND_TIMEOUT_MS);
  log('backend healthy');

  const context = await chromium.launchPersistentContext(join(tmp, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  });
  cleanups.push(() => context.close());
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: SPA }).catch(() => undefined);
  const page = context.pages()[0] ?? (await context.newPage());
  globalThis.page = page;
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  page.setDefaultTimeout(15000);

  const prompt = page.getByLabel('Your prompt');
  const send = page.getByRole('button', { name: 'Send' });
  const replies = page.getByTestId('reply');
  const lastReply = () => replies.last();

  const badge = async (reply) => (await reply.getByTestId('task-badge').textContent()).replace(/^Task:\s*/, '').trim();

  async function ask(text) {
    const before = await replies.count();
    await prompt.fill(text);
    await send.click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="reply"]').length > n, before);
    // Finished: no request in flight.
    await page.locator('article[aria-busy="true"]').waitFor({ state: 'detached' });
    await assertNewestVisible();
    return lastReply();
  }

  /** The newest reply is scrolled into view, not hidden under the sticky composer. */
  async function assertNewestVisible() {
    const { replyBottom, composerTop, viewport } = await page.evaluate(() => {
      const replies = document.querySelectorAll('[data-testid="reply"]');
      const reply = replies[replies.length - 1].getBoundingClientRect();
      const composer = document.querySelector('.composer-wrap').getBoundingClientRect();
      return { replyBottom: reply.bottom, composerTop: composer.top, viewport: window.innerHeight };
    });
    assert.ok(
      replyBottom <= composerTop + 1 && replyBottom <= viewport,
      `newest reply visible: its bottom ${replyBottom}, composer top ${composerTop}, viewport ${viewport}`,
    );
  }

  /** Records how many steps the newest reply shows after every DOM change. */
  async function watchSteps() {
    await page.evaluate(() => {
      window.__stepObserver?.disconnect();
      window.__stepCounts = [];
      window.__stepObserver = new MutationObserver(() => {
        const lists = document.querySelectorAll('article:last-of-type ol.steps, li:last-child > article ol.steps');
        const last = lists[lists.length - 1];
        if (last) window.__stepCounts.push(last.children.length);
      });
      window.__stepObserver.observe(document.body, { childList: true, subtree: true });
    });
  }

  /** The steps appeared one after another while streaming, not all at once. */
  async function assertIncremental() {
    const counts = await page.evaluate(() => window.__stepCounts);
    const distinct = [...new Set(counts)];
    assert.ok(distinct.length >= 3, `steps arrived one by one, saw step counts ${distinct}`);
  }

  async function axeScan(label) {
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(async () => {
      const r = await axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
    });
    const bad = result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    if (result.length) log(`axe (${label}): ${result.map((v) => `${v.id}[${v.impact}]`).join(', ')}`);
    assert.deepEqual(bad, [], `serious/critical axe violations (${label}): ${JSON.stringify(bad, null, 2)}`);
  }

  await page.goto(SPA);

  await test('page has its title, favicon and an empty conversation', async () => {
    assert.equal(await page.title(), 'Mini Reasoning LLM');
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    const res = await fetch(new URL(icon, SPA));
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type'), /svg/);
    await page.getByText('Ask the model to add whole numbers').waitFor();
    await page.getByText('Backend connected.').waitFor(); // cross-origin GET /health passed CORS
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(SHOTS, 'empty-390-light.png') });
    await page.setViewportSize({ width: 1280, height: 900 });
    await axeScan('empty page, light');
  });

  await test('addition: streamed steps and the exact sum', async () => {
    await watchSteps();
    const reply = await ask('What is 47 plus 85?');
    assert.equal(await reply.getAttribute('data-variant'), 'answer');
    assert.equal(await badge(reply), 'Addition');
    assert.equal((await reply.getByTestId('final-answer').innerText()).trim(), '132');
    assert.match(await reply.getByTestId('confidence').innerText(), /^\d{1,3}\.\d%$/);
    const meter = await reply.locator('meter').getAttribute('value');
    assert.ok(Number(meter) > 0 && Number(meter) <= 1, `meter value ${meter}`);
    const steps = await reply.locator('ol.steps li').allInnerTexts();
    assert.ok(steps.length >= 2, `steps: ${steps}`);
    assert.ok(steps.some((s) => s.includes('132')), `steps mention 132: ${steps}`);
    await assertIncremental();
  });

  await test('parity: even or odd', async () => {
    await watchSteps();
    const reply = await ask('Is 1234 even or odd?');
    assert.equal(await badge(reply), 'Parity');
    assert.equal((await reply.getByTestId('final-answer').innerText()).trim(), 'even');
    await assertIncremental();
  });

  await test('reversal: the word backwards', async () => {
    await watchSteps();
    const reply = await ask('Reverse the word "stressed"');
    assert.equal(await badge(reply), 'Reversal');
    assert.equal((await reply.getByTestId('final-answer').innerText()).trim(), 'desserts');
    await assertIncremental();
  });

  await test('Stop cancels a streaming answer and keeps the steps so far', async () => {
    let outcome;
    for (let attempt = 1; attempt <= 3; attempt++) {
      await prompt.fill('Is 1234567 even or odd?');
      // Press Enter, then click Stop as soon as the first step is on screen
      // (steps are paced ~25 ms apart, so the answer is still streaming).
      outcome = await page.evaluate(
        () =>
          new Promise((resolve) => {
            const textarea = document.querySelector('textarea');
            const before = document.querySelectorAll('article').length;
            const poll = () => {
              const articles = document.querySelectorAll('article');
              const last = articles.length > before ? articles[articles.length - 1] : null;
              const steps = last?.querySelectorAll('ol.steps li').length ?? 0;
              const stop = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Stop');
              if (steps >= 1 && stop) {
                stop.click();
                resolve({ clickedAt: steps });
              } else if (last?.querySelector('[data-testid="final-answer"]')) resolve({ tooLate: true });
              else setTimeout(poll, 2);
            };
            textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
            poll();
          }),
      );
      await page.locator('article[aria-busy="true"]').waitFor({ state: 'detached' });
      if (!outcome.tooLate && (await lastReply().getByTestId('final-answer').count()) === 0) break;
      log(`Stop attempt ${attempt} was too late; retrying`);
    }
    const reply = lastReply();
    assert.equal(await reply.getByTestId('final-answer').count(), 0, 'no final answer after Stop');
    await reply.getByText('Stopped before the answer was complete.').waitFor();
    const steps = await reply.locator('ol.steps li').count();
    assert.ok(steps >= 1, `kept the ${steps} step(s) that had arrived`);
    assert.equal(await page.getByRole('button', { name: 'Stop' }).count(), 0);
    assert.match(await page.getByTestId('announcer').innerText(), /Stopped/);
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(SHOTS, 'stopped-1280-light.png') });
    // The app is usable again straight away.
    const again = await ask('Is 1234567 even or odd?');
    assert.equal((await again.getByTestId('final-answer').innerText()).trim(), 'odd');
  });

  await test('refusal: polite and neutral, via the example button', async () => {
    const before = await replies.count();
    await page.getByRole('button', { name: 'What is 7 times 8?' }).click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="reply"]').length > n, before);
    await page.locator('article[aria-busy="true"]').waitFor({ state: 'detached' });
    const reply = lastReply();
    assert.equal(await reply.getAttribute('data-variant'), 'refusal');
    assert.equal(await badge(reply), 'Not supported');
    assert.match(await reply.innerText(), /sorry/i);
    assert.equal(await reply.getByTestId('final-answer').count(), 0);
    assert.equal(await reply.getByTestId('error-message').count(), 0);
    const bg = await reply.evaluate((el) => getComputedStyle(el).backgroundColor);
    const [r, g, b] = bg.match(/\d+/g).map(Number);
    assert.ok(Math.abs(r - g) < 24 && Math.abs(g - b) < 24, `refusal background is neutral, got ${bg}`);
  });

  await test('validation: an over-limit prompt is blocked client-side', async () => {
    const before = await replies.count();
    await prompt.fill('a'.repeat(513));
    assert.match(await page.getByTestId('prompt-counter').innerText(), /513 \/ 512/);
    assert.equal(await send.isDisabled(), true);
    await page.getByText('1 character over the 512-character limit').waitFor();
    await prompt.press('Enter');
    await page.waitForTimeout(300);
    assert.equal(await replies.count(), before);
    await prompt.fill('');
  });

  await test('validation: the server 422 detail is shown (prompt with a NUL character)', async () => {
    const reply = await ask('What is 2 plus 3?\u0000');
    assert.equal(await reply.getAttribute('data-variant'), 'error');
    const message = await reply.getByTestId('error-message').innerText();
    assert.match(message, /did not accept this prompt: .*NUL.*Edit the prompt/i);
    assert.equal(await prompt.inputValue(), 'What is 2 plus 3?\u0000', 'the prompt is given back to fix');
    assert.equal(await reply.getByRole('button', { name: 'Try again' }).count(), 0, 'no pointless retry');
    await prompt.fill('');
  });

  await test('accessibility: axe-core finds no serious or critical issue (light and dark)', async () => {
    await axeScan('conversation, light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await axeScan('conversation, dark');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  await test('screenshots at 1280 px and 390 px, light and dark', async () => {
    for (const scheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const width of [1280, 390]) {
        await page.setViewportSize({ width, height: width > 800 ? 900 : 844 });
        await page.waitForTimeout(150);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `no horizontal scroll at ${width}px (overflow ${overflow}px)`);
        // What a user sees: the newest exchange above the composer...
        await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
        await page.waitForTimeout(100);
        await page.screenshot({ path: join(SHOTS, `conversation-${width}-${scheme}.png`) });
        // ...and the top of the page.
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.waitForTimeout(100);
        await page.screenshot({ path: join(SHOTS, `top-${width}-${scheme}.png`) });
      }
    }
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 360, height: 740 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no horizontal scroll at 360px (overflow ${overflow}px)`);
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.screenshot({ path: join(SHOTS, 'conversation-360-light.png') });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  await test('history survives a reload', async () => {
    const snapshot = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('article')].map((a) => [
          a.querySelector('.question-text')?.textContent,
          a.querySelector('[data-testid="reply"]')?.getAttribute('data-variant'),
          a.querySelector('[data-testid="final-answer"]')?.textContent ?? null,
        ]),
      );
    const before = await snapshot();
    assert.ok(before.length >= 5, `exchanges before reload: ${before.length}`);
    await page.reload();
    await page.getByTestId('reply').first().waitFor();
    assert.deepEqual(await snapshot(), before);
  });

  await test('keyboard only: Tab to the prompt, type, Enter, visible focus', async () => {
    await page.reload();
    await page.getByTestId('reply').first().waitFor();
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    const focusInfo = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        const s = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        return {
          tag: el.tagName,
          text: el.textContent?.trim() ?? '',
          ring: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2,
          onScreen: r.top >= 0 && r.bottom <= window.innerHeight && r.width > 1,
        };
      });

    // First Tab: the skip link shows up, with a focus ring.
    await page.keyboard.press('Tab');
    let f = await focusInfo();
    assert.equal(f.text, 'Skip to the prompt');
    assert.ok(f.ring && f.onScreen, `skip link visible with a focus ring: ${JSON.stringify(f)}`);
    await page.keyboard.press('Enter');
    f = await focusInfo();
    assert.equal(f.tag, 'TEXTAREA', 'the skip link lands on the prompt');
    assert.ok(f.ring, 'the prompt shows a focus ring');

    // Without the skip link, plain Tab also gets there, every stop showing a ring.
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    f = { tag: '' };
    for (let i = 0; i < 80 && f.tag !== 'TEXTAREA'; i++) {
      await page.keyboard.press('Tab');
      f = await focusInfo();
      assert.ok(f.ring, `focus ring on ${f.tag} "${f.text}"`);
    }
    assert.equal(f.tag, 'TEXTAREA', 'Tab reaches the prompt');

    const before = await replies.count();
    await page.keyboard.type('Is 7 odd?');
    await page.keyboard.press('Tab');
    f = await focusInfo();
    assert.equal(f.text, 'Send');
    assert.ok(f.ring && f.onScreen, 'Send shows a focus ring');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Enter');
    assert.equal(await prompt.inputValue(), 'Is 7 odd?\n');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="reply"]').length > n, before);
    await page.locator('article[aria-busy="true"]').waitFor({ state: 'detached' });
    assert.equal((await lastReply().getByTestId('final-answer').innerText()).trim(), 'odd');
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'TEXTAREA', 'focus stays on the prompt');
    assert.match(await page.getByTestId('announcer').innerText(), /Answer: odd/);
    await assertNewestVisible();
  });

  await test('copy puts the reasoning on the clipboard', async () => {
    await lastReply().getByRole('button', { name: 'Copy answer' }).click();
    await lastReply().getByText(/Copied to clipboard|Could not copy/).waitFor();
    const text = await lastReply().getByText(/Copied to clipboard|Could not copy/).innerText();
    assert.match(text, /Copied to clipboard/);
    const clip = await page.evaluate(() => navigator.clipboard.readText()).catch(() => null);
    if (clip !== null) assert.match(clip, /odd/);
  });

  await test('no uncaught page errors so far', async () => {
    assert.deepEqual(pageErrors, []);
  });

  await test('backend unreachable: the message names it', async () => {
    await stopChild(backend);
    const reply = await ask('What is 1 plus 1?');
    assert.equal(await reply.getAttribute('data-variant'), 'error');
    assert.equal((await reply.getByTestId('error-message').innerText()).trim(), `Cannot reach the backend at ${API}.`);
    assert.match(await page.getByTestId('backend-status').innerText(), new RegExp(`Cannot reach the backend at ${API}`));
    await page.waitForTimeout(600); // let the smooth scroll settle
    await page.screenshot({ path: join(SHOTS, 'backend-unreachable-1280-light.png'), fullPage: false });
  });
}

let fatal = null;
try {
  await main();
} catch (error) {
  fatal = error;
  console.error(`[e2e] setup failed: ${error?.stack || error}`);
} finally {
  for (const cleanup of cleanups.reverse()) {
    try {
      await cleanup();
    } catch (error) {
      console.error(`[e2e] cleanup: ${error}`);
    }
  }
  killAllSync();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed + (fatal ? 1 : 0);
if (fatal) console.log(`[e2e] FAIL  setup: ${fatal.message.split('\n')[0]}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
