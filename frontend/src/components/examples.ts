export interface Example {
  label: string;
  prompt: string;
}

/** One prompt per skill, and one the model politely refuses. */
export const EXAMPLES: readonly Example[] = [
  { label: 'Addition', prompt: 'What is 47 plus 85?' },
  { label: 'Parity', prompt: 'Is 1234 even or odd?' },
  { label: 'Reversal', prompt: 'Reverse the word "stressed"' },
  { label: 'Refusal', prompt: 'What is 7 times 8?' },
];
