#!/usr/bin/env node
// Fails when the production JavaScript exceeds the gzipped budget.
// Usage: node scripts/check-size.mjs [distDir]   (run `npm run build` first)
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 80 * 1024;
const dist = process.argv[2] ?? new URL('../dist', import.meta.url).pathname;

if (!existsSync(dist)) {
  console.error(`size: ${dist} does not exist; run \`npm run build\` first.`);
  process.exit(1);
}

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* walk(path);
    else yield path;
  }
}

let total = 0;
const rows = [];
for (const file of walk(dist)) {
  if (!/\.(m?js)$/.test(file)) continue;
  const gz = gzipSync(readFileSync(file), { level: 9 }).length;
  total += gz;
  rows.push(`  ${relative(dist, file)}: ${(gz / 1024).toFixed(2)} KB gzipped`);
}
if (rows.length === 0) {
  console.error(`size: no JavaScript found under ${dist}.`);
  process.exit(1);
}
console.log(rows.join('\n'));
const verdict = total <= BUDGET_BYTES ? 'OK' : 'OVER BUDGET';
console.log(`size: total ${(total / 1024).toFixed(2)} KB gzipped of ${BUDGET_BYTES / 1024} KB budget: ${verdict}`);
process.exit(total <= BUDGET_BYTES ? 0 : 1);
