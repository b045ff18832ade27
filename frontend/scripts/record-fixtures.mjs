#!/usr/bin/env node
// Records the backend's real replies (in-process, FastAPI's TestClient) into src/test/fixtures.gen.json,
// which the Vitest tests replay at the network boundary.
//   npm run gen:fixtures            re-record
//   npm run gen:fixtures -- --check fail when the committed fixtures differ from the backend's replies
// Confidences, probabilities, attribution weights and the training report come from the trained model,
// whose last digits (and training time) differ between machines: the check compares them masked (numbers
// in the streams too), so only a change of text or shape fails.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { FRONTEND, backendDump } from './run-backend-dump.mjs';

const OUT = join(FRONTEND, 'src', 'test', 'fixtures.gen.json');

// Under these keys every number (and the training's timestamp and fingerprint) is the model's own.
const MODEL_KEYS = new Set(['probabilities', 'explain', 'model']);

function masked(value, all = false) {
  if (Array.isArray(value)) return value.map((v) => masked(v, all));
  if (typeof value === 'number') return all ? '<masked>' : value;
  if (typeof value === 'string') {
    return value
      .replace(/"confidence": ?[0-9.e-]+/g, '"confidence":"<masked>"')
      .replace(/"probabilities": ?\{[^}]*\}/g, '"probabilities":"<masked>"')
      .replace(/model confidence in task type: [0-9.]+%/g, 'model confidence in task type: <masked>%');
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => {
        const model = all || MODEL_KEYS.has(k);
        if (model && (k === 'trained_at' || k === 'fingerprint')) return [k, '<masked>'];
        return [k, k === 'confidence' && typeof v === 'number' ? '<masked>' : masked(v, model)];
      }),
    );
  }
  return value;
}

const recorded = backendDump('replies');
const text = `${JSON.stringify(recorded, null, 2)}\n`;

if (process.argv.includes('--check')) {
  const committed = existsSync(OUT) ? JSON.parse(readFileSync(OUT, 'utf8')) : null;
  if (JSON.stringify(masked(committed)) !== JSON.stringify(masked(recorded))) {
    console.error('src/test/fixtures.gen.json differs from the backend\'s replies: run `npm run gen:fixtures` and commit.');
    process.exit(1);
  }
  console.log('src/test/fixtures.gen.json matches the backend\'s replies.');
} else {
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT}`);
}
