import type { Finding } from '../api/types';

/** 0.924 -> "92.4%" */
export function formatConfidence(confidence: number): string {
  return `${(confidence * 100).toFixed(1)}%`;
}

/** "addition: parsed 2, 3", "parity: rejected — this asks for an addition", "reversal: missing operand". */
export function findingLine(skill: string, { outcome, operands, reason }: Finding): string {
  const detail =
    outcome === 'parsed' ? ` ${operands.join(', ')}` : outcome === 'missing' ? ' operand' : reason ? ` — ${reason}` : '';
  return `${skill}: ${outcome}${detail}`;
}

/** +0.42 / −0.10: the sign is spelled out, so it never rests on colour. */
export const signed = (w: number) => `${w < 0 ? '−' : '+'}${Math.abs(w).toFixed(2)}`;
