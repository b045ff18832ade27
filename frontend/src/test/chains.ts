/**
 * HAND-WRITTEN chain replies (issue 16), built to the chain contract while the backend with chains is not
 * merged, so fixtures.gen.json cannot record one yet. The lines are made up in the skills' style; what the
 * tests rely on is the contract's shape, which chains.test.tsx compares with the recorded chain reply
 * once `npm run gen:fixtures` has recorded one. Their stream is network.ts's framesFor.
 */
import { CHAIN, type Completion, type PlanItem } from '../api/types';

/** A chain reply as the contract describes it: headed steps per plan item, then the final sentence. */
export function handWrittenChain(plan: PlanItem[], confidence = 0.93): Completion {
  const answer = plan[plan.length - 1]!.answer;
  const headline = `Let's work this out in ${plan.length} steps.`;
  const steps = [
    ...plan.flatMap((item, k) => [`Step ${k + 1}: ${item.title}`, ...item.steps]),
    `Therefore, the final answer is ${answer}.`,
  ];
  const completion = [
    headline,
    ...steps.map((s, i) => `${i + 1}. ${s}`),
    `(model confidence in task type: ${(confidence * 100).toFixed(1)}%)`,
  ].join('\n');
  return { completion, headline, task: CHAIN, answer, confidence, steps, plan };
}

/** "Is the sum of 17 and 26 odd?" */
export const HAND_WRITTEN_CHAIN_2 = handWrittenChain([
  {
    task: 'addition',
    title: 'add 17 and 26',
    input: ['17', '26'],
    answer: '43',
    steps: [
      'Identify the numbers: 17 and 26.',
      'Ones column: 7 + 6 = 13, write 3 and carry 1.',
      'Tens column: 1 + 2 + 1 (carried) = 4, write 4.',
      'Read the written digits from left to right: 43.',
    ],
  },
  {
    task: 'parity',
    title: 'decide whether 43 is even or odd',
    input: ['43'],
    answer: 'odd',
    steps: ['Look at the last digit of 43: it is 3.', '3 is odd, so 43 leaves a remainder of 1 when divided by 2.'],
  },
]);

/** "Add 3 and 4, subtract 2, then tell me if it's even." */
export const HAND_WRITTEN_CHAIN_3 = handWrittenChain([
  {
    task: 'addition',
    title: 'add 3 and 4',
    input: ['3', '4'],
    answer: '7',
    steps: ['Identify the numbers: 3 and 4.', 'Ones column: 3 + 4 = 7, write 7.'],
  },
  {
    task: 'subtraction',
    title: 'subtract 2 from 7',
    input: ['7', '2'],
    answer: '5',
    steps: ['Identify the numbers: 7 and 2.', 'Ones column: 7 - 2 = 5, write 5.'],
  },
  {
    task: 'parity',
    title: 'decide whether 5 is even or odd',
    input: ['5'],
    answer: 'odd',
    steps: ['Look at the last digit of 5: it is 5.', '5 is odd, so 5 leaves a remainder of 1 when divided by 2.'],
  },
]);

/** "Reverse 27, then square it": a step of a skill this build has never heard of (a newer backend's). */
export const HAND_WRITTEN_CHAIN_UNKNOWN_STEP = handWrittenChain([
  {
    task: 'reversal',
    title: 'reverse the digits of 27',
    input: ['27'],
    answer: '72',
    steps: ['Write out the 2 characters in order: 2, 7.', 'Read them from last to first: 7, 2.'],
  },
  { task: 'squaring', title: 'square 72', input: ['72'], answer: '5184', steps: ['72 × 72 = 5184.'] },
]);
