// @vitest-environment node
// Proves the deployment wiring: vercel.json builds frontend/ and serves it as an
// SPA, and the Vercel project variable `api_base_url` reaches the built JS.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const frontend = fileURLToPath(new URL('..', import.meta.url));
const repoRoot = join(frontend, '..');
const outDirs = [];

function build(extraEnv) {
  const outDir = mkdtempSync(join(tmpdir(), 'mrl-build-'));
  outDirs.push(outDir);
  const env = { ...process.env, VITE_API_BASE_URL: '', api_base_url: '', ...extraEnv };
  execFileSync(process.execPath, [join(frontend, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: frontend,
    env,
    stdio: 'pipe',
  });
  const assets = join(outDir, 'assets');
  return readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(assets, f), 'utf8'))
    .join('\n');
}

afterAll(() => {
  for (const dir of outDirs) rmSync(dir, { recursive: true, force: true });
});

describe('vercel.json', () => {
  const config = JSON.parse(readFileSync(join(repoRoot, 'vercel.json'), 'utf8'));

  it('installs and builds frontend/ and serves frontend/dist', () => {
    expect(config.installCommand).toMatch(/cd frontend && npm ci/);
    expect(config.buildCommand).toMatch(/cd frontend && npm run build/);
    expect(config.outputDirectory).toBe('frontend/dist');
  });

  it('falls back to index.html for client-side routes', () => {
    const rewrite = config.rewrites.find((r) => r.destination === '/index.html');
    expect(rewrite).toBeDefined();
    expect(new RegExp(`^${rewrite.source}$`).test('/some/route')).toBe(true);
    expect(new RegExp(`^${rewrite.source}$`).test('/assets/index.js')).toBe(false);
  });
});

describe('production build environment', () => {
  it('puts the Vercel variable api_base_url into the built JS', () => {
    const js = build({ api_base_url: 'https://api.example.test' });
    expect(js).toContain('https://api.example.test');
  }, 60_000);

  it('prefers VITE_API_BASE_URL over api_base_url', () => {
    const js = build({ VITE_API_BASE_URL: 'https://vite.example.test', api_base_url: 'https://api.example.test' });
    expect(js).toContain('https://vite.example.test');
    expect(js).not.toContain('https://api.example.test');
  }, 60_000);

  it('uses relative URLs (same origin) when neither is set', () => {
    const js = build({});
    expect(js).not.toMatch(/https?:\/\/localhost:8000/);
    expect(js).toContain('/api/complete/stream');
  }, 60_000);
});
