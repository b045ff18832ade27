#!/usr/bin/env node
// Fails when the production JavaScript exceeds the gzipped budget.
// Usage: node scripts/check-size.mjs [distDir]   (run `npm run build` first)
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

// 80 KB read strictly as 80,000 bytes (not 81,920), so no reading of "KB" can call it over.
const BUDGET_BYTES = 80_000;
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
  // zlib's default level (6), what a typical server uses; level 9 would flatter the number.
  const gz = gzipSync(readFileSync(file)).length;
  total += gz;
  rows.push(`  ${relative(dist, file)}: ${gz} bytes gzipped`);
}
if (rows.length === 0) {
  console.error(`size: no JavaScript found under ${dist}.`);
  process.exit(1);
}
console.log(rows.join('\n'));
const verdict = total <= BUDGET_BYTES ? 'OK' : 'OVER BUDGET';
console.log(
  `size: total ${total} bytes (${(total / 1000).toFixed(1)} kB) of JavaScript gzipped; budget ${BUDGET_BYTES} bytes: ${verdict}`,
);
process.exit(total <= BUDGET_BYTES ? 0 : 1);
