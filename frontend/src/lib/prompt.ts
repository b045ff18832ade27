import { MAX_PROMPT_CHARS } from '../config';

/**
 * Length as the server counts it. The backend is Python, where len(str) counts
 * Unicode code points, while JS `.length` counts UTF-16 code units (an emoji
 * such as 🙂 is 2 units but 1 code point). Spreading a string iterates by code
 * point, so `[...text].length` matches the server's rule exactly.
 */
export function countCodePoints(text: string): number {
  return [...text].length;
}

export type PromptProblem = 'empty' | 'too-long' | null;

/** Why a prompt cannot be sent, or null when it can. Mirrors the server: 1..512 code points, not blank. */
export function promptProblem(text: string): PromptProblem {
  if (text.trim() === '') return 'empty';
  if (countCodePoints(text) > MAX_PROMPT_CHARS) return 'too-long';
  return null;
}

export function describeProblem(text: string): string {
  const problem = promptProblem(text);
  if (problem === 'empty') return text === '' ? 'Type a prompt to send.' : 'The prompt is only blank space: type a question to send.';
  if (problem === 'too-long') {
    const over = countCodePoints(text) - MAX_PROMPT_CHARS;
    return `The prompt is ${over} character${over === 1 ? '' : 's'} over the ${MAX_PROMPT_CHARS}-character limit: shorten it to send.`;
  }
  return '';
}
