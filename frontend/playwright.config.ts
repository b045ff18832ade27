/**
 * Browser tests: the built SPA on one origin, the real FastAPI backend on another (as deployed: Vercel +
 * an API host), driven by Debian's Chromium. `npm run e2e` (or `make e2e`); see e2e/README.md.
 */
import { defineConfig, devices } from '@playwright/test';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { API, API_PORT, SPA, SPA_PORT } from './e2e/env';

const HERE = dirname(fileURLToPath(import.meta.url));
const BACKEND = resolve(HERE, '..', 'backend');
const PYTHON = process.env.BACKEND_PYTHON ?? resolve(BACKEND, '.venv', 'bin', 'python');
// Built apart from dist/ (which `make run` serves), with the backend's origin compiled in.
const E2E_DIST = resolve(HERE, 'node_modules', '.e2e-dist');

const desktop = { viewport: { width: 1280, height: 900 } };
const phone = { ...devices['Pixel 5'], viewport: { width: 360, height: 740 }, defaultBrowserType: 'chromium' as const };

export default defineConfig({
  testDir: 'e2e',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 2,
  retries: 0, // a failing check fails the run
  forbidOnly: true,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: SPA,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    permissions: ['clipboard-read', 'clipboard-write'],
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  // The dark scheme runs the tests tagged @visual: the rest do not depend on colours.
  projects: [
    { name: 'desktop-light', use: { ...desktop, colorScheme: 'light' } },
    { name: 'desktop-dark', use: { ...desktop, colorScheme: 'dark' }, grep: /@visual/ },
    { name: 'phone-light', use: { ...phone, colorScheme: 'light' } },
    { name: 'phone-dark', use: { ...phone, colorScheme: 'dark' }, grep: /@visual/ },
  ],
  webServer: [
    {
      // The same options as `make run`. The first boot trains the model (slow on a busy machine).
      command: [
        PYTHON,
        '-m uvicorn app.main:app',
        `--host 127.0.0.1 --port ${API_PORT} --workers 1`,
        '--loop asyncio --http app.http_protocol:HttpToolsProtocolNoDelay',
        '--no-server-header --no-access-log --timeout-graceful-shutdown 20',
      ].join(' '),
      cwd: BACKEND,
      url: `${API}/health`,
      env: {
        CORS_ALLOWED_ORIGINS: SPA,
        FRONTEND_DIST_DIR: resolve(E2E_DIST, 'not-served-here'),
        LOG_LEVEL: 'WARNING',
        // Twice the default pause between streamed steps: a busy machine still clicks Stop mid-stream.
        STREAM_STEP_DELAY_MS: '50',
      },
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
    },
    {
      // A plain static server on another origin, with the SPA fallback (vite preview), like Vercel.
      command: `npx vite build --outDir ${E2E_DIST} --emptyOutDir --logLevel warn && npx vite preview --outDir ${E2E_DIST} --host 127.0.0.1 --port ${SPA_PORT} --strictPort`,
      url: SPA,
      env: { VITE_API_BASE_URL: API },
      timeout: 120_000,
      reuseExistingServer: false,
    },
  ],
});
