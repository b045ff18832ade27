// @vitest-environment node
// The Node versions package.json's `engines` promises are ones every locked package declares it runs on:
// a bump that pulls in a Node 20-only package (even a nested one) fails here, not on someone's Node 18.
import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const read = (name) => JSON.parse(readFileSync(new URL(`../${name}`, import.meta.url), 'utf8'));
const pkg = read('package.json');
const lock = read('package-lock.json');
const promised = new semver.Range(pkg.engines.node);
// The lowest version of each line the range admits (18.19.0, 20.9.0, 22.0.0 for "^18.19.0 || ^20.9.0 || >=22.0.0").
const lowest = promised.set.map((comparators) => semver.minVersion(new semver.Range(comparators.map((c) => c.value).join(' '))).version);

describe('Node engines', () => {
  it('the lockfile records the same engines as package.json', () => {
    expect(lock.packages[''].engines).toEqual(pkg.engines);
  });

  it('starts at 18.19: older 18.x lack module.register, which Playwright needs to load playwright.config.ts', () => {
    expect(lowest).toContain('18.19.0');
    expect(semver.satisfies('18.18.2', promised)).toBe(false);
    expect(semver.satisfies('18.20.8', promised)).toBe(true);
  });

  it.each(lowest)('every locked package declares that it runs on Node %s', (version) => {
    const refusing = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== '' && typeof entry.engines?.node === 'string')
      .filter(([, entry]) => !semver.satisfies(version, entry.engines.node))
      .map(([path, entry]) => `${path.replace(/^node_modules\//, '')}@${entry.version}: node ${entry.engines.node}`);
    expect(refusing).toEqual([]);
  });
});
