#!/usr/bin/env node
// Records the backend's real replies (in-process, FastAPI's TestClient) into src/test/fixtures.gen.json,
// which the Vitest tests replay at the network boundary.
//   npm run gen:fixtures            re-record
//   npm run gen:fixtures -- --check fail when the committed fixtures differ from the backend's replies
// Confidences come from the trained model, whose last digits may differ between machines: the check
// compares them (and the confidence line of `completion`) masked, so only a change of text or shape fails.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { FRONTEND, backendDump } from './run-backend-dump.mjs';

const OUT = join(FRONTEND, 'src', 'test', 'fixtures.gen.json');

function masked(value) {
  if (Array.isArray(value)) return value.map(masked);
  if (typeof value === 'string') {
    return value
      .replace(/"confidence": ?[0-9.e-]+/g, '"confidence":"<masked>"')
      .replace(/model confidence in task type: [0-9.]+%/g, 'model confidence in task type: <masked>%');
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, k === 'confidence' && typeof v === 'number' ? '<masked>' : masked(v)]),
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
