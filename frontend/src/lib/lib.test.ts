import { BADGE_TONES, GENERIC_TAGLINE, badgeFor, examplePrompts, taglineFor } from './skills';
import { countCodePoints, describeProblem, promptProblem } from './prompt';
import { HISTORY_KEY, loadHistory, newExchange, saveHistory } from './history';

describe('prompt rules', () => {
  it('counts code points like Python len()', () => {
    expect(countCodePoints('abc')).toBe(3);
    expect(countCodePoints('🙂')).toBe(1); // two UTF-16 units
    expect(countCodePoints('👍🏽')).toBe(2); // two code points, one grapheme
    expect(countCodePoints('café')).toBe(4);
  });

  it('accepts 1..512 code points that are not blank', () => {
    expect(promptProblem('')).toBe('empty');
    expect(promptProblem(' \n\t')).toBe('empty');
    expect(promptProblem('a'.repeat(512))).toBeNull();
    expect(promptProblem('🙂'.repeat(512))).toBeNull(); // 1024 UTF-16 units, still allowed
    expect(promptProblem('a'.repeat(513))).toBe('too-long');
    expect(describeProblem('a'.repeat(514))).toMatch(/2 characters over the 512-character limit/);
  });
});

describe('history storage', () => {
  it('round-trips and marks interrupted requests as stopped', () => {
    const done = { ...newExchange('a'), status: 'done' as const, answer: '5', task: 'addition' as const };
    const pending = newExchange('b');
    saveHistory([done, pending]);
    const loaded = loadHistory();
    expect(loaded.map((e) => [e.prompt, e.status])).toEqual([
      ['a', 'done'],
      ['b', 'stopped'],
    ]);
    expect(loaded[0]?.answer).toBe('5');
  });

  it('tolerates corrupt, foreign and partly valid data', () => {
    localStorage.setItem(HISTORY_KEY, '{not json');
    expect(loadHistory()).toEqual([]);
    localStorage.setItem(HISTORY_KEY, JSON.stringify({ version: 99, exchanges: [] }));
    expect(loadHistory()).toEqual([]);
    localStorage.setItem(HISTORY_KEY, JSON.stringify([1, 2]));
    expect(loadHistory()).toEqual([]);
    localStorage.setItem(
      HISTORY_KEY,
      JSON.stringify({ version: 1, exchanges: [null, { id: 1 }, { id: 'x', prompt: 'ok', status: 'done', steps: [1, 's'] }] }),
    );
    const loaded = loadHistory();
    expect(loaded).toHaveLength(1);
    expect(loaded[0]?.steps).toEqual(['s']);
  });

  it('removes the key when the history is empty', () => {
    saveHistory([newExchange('a')]);
    expect(localStorage.getItem(HISTORY_KEY)).not.toBeNull();
    saveHistory([]);
    expect(localStorage.getItem(HISTORY_KEY)).toBeNull();
  });
});

describe('config', () => {
  it('uses the build-time API origin, or relative URLs when it is unset', async () => {
    const { API_BASE_URL, describeApiBase } = await import('../config');
    const { apiUrl } = await import('../api/client');
    expect(API_BASE_URL).not.toMatch(/\/$/);
    expect(apiUrl('/api/complete')).toBe(`${API_BASE_URL}/api/complete`);
    expect(describeApiBase()).toBe(API_BASE_URL || window.location.origin);
  });
});

describe('skills', () => {
  const skill = (name: string, description = `do ${name}`) => ({ name, title: name.toUpperCase(), description, examples: [] });

  it('colours a listed skill by its place in the list and anything else neutrally', () => {
    const skills = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((n) => skill(n));
    expect(badgeFor('b', skills)).toEqual({ label: 'B', tone: 'tone-1' });
    expect(badgeFor('g', skills)).toEqual({ label: 'G', tone: `tone-${6 % BADGE_TONES}` });
    expect(badgeFor('unsupported', skills)).toEqual({ label: 'Not supported', tone: 'neutral' });
    expect(badgeFor('word_chain', [])).toEqual({ label: 'Word chain', tone: 'neutral' });
  });

  it('builds the tagline from the descriptions', () => {
    expect(taglineFor([skill('a', 'add whole numbers')])).toBe('I can add whole numbers.');
    expect(taglineFor([skill('a', 'add'), skill('b', 'reverse a word.')])).toBe('I can add and reverse a word.');
    expect(taglineFor([skill('a', 'x'), skill('b', 'y'), skill('c', 'z')])).toBe('I can x, y, and z.');
    expect(taglineFor([])).toBe(GENERIC_TAGLINE);
  });
});

describe('example chips', () => {
  it('takes one example per skill, preferring one with an answer', () => {
    const skills = [
      { name: 'a', title: 'A', description: 'a', examples: [{ prompt: 'a?', answer: null }, { prompt: 'a 1', answer: '1' }] },
      { name: 'b', title: 'B', description: 'b', examples: [] },
      { name: 'c', title: 'C', description: 'c', examples: [{ prompt: 'c?', answer: null }] },
    ];
    expect(examplePrompts(skills)).toEqual([
      { prompt: 'a 1', title: 'A example' },
      { prompt: 'c?', title: 'C example' },
    ]);
  });
});
