// Runs scripts/backend_dump.py with the backend's own venv, from backend/, and returns the JSON it wrote.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FRONTEND = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BACKEND = resolve(FRONTEND, '..', 'backend');
const PYTHON = process.env.BACKEND_PYTHON || join(BACKEND, '.venv', 'bin', 'python');

export function backendDump(mode) {
  if (!existsSync(PYTHON)) {
    throw new Error(`No backend Python at ${PYTHON}: run \`make lint\` (or set up backend/.venv) first.`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'mrl-dump-'));
  try {
    const out = join(dir, `${mode}.json`);
    const run = spawnSync(PYTHON, [join(FRONTEND, 'scripts', 'backend_dump.py'), mode, out], {
      cwd: BACKEND,
      encoding: 'utf8',
      env: { ...process.env, LOG_LEVEL: 'WARNING' },
    });
    if (run.status !== 0) throw new Error(`backend_dump.py ${mode} failed (${run.status}):\n${run.stderr}`);
    return JSON.parse(readFileSync(out, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Writes `text` to `path`, or with --check fails when the committed file differs from it. */
export function writeOrCheck(path, text, regenerate) {
  const name = path.slice(FRONTEND.length + 1);
  if (process.argv.includes('--check')) {
    const current = existsSync(path) ? readFileSync(path, 'utf8') : '';
    if (current !== text) {
      console.error(`${name} is out of date with the backend: run \`${regenerate}\` and commit the result.`);
      process.exit(1);
    }
    console.log(`${name} matches the backend.`);
    return;
  }
  return text;
}
