import { CHAIN, UNSUPPORTED, type SkillInfo, type Task } from '../api/types';

/** Number of badge colours in styles.css (.badge-tone-0 ... .badge-tone-5). */
export const BADGE_TONES = 6;

/** Said when the skill list could not be loaded: true of any version of the backend. */
export const GENERIC_TAGLINE = 'Small reasoning tasks, answered step by step.';

export interface Badge {
  label: string;
  /**
   * CSS class suffix: `tone-N` for a listed skill, `neutral` for a refusal or a task this page does not
   * know, `chain` (neutral, outlined) for a multi-step reply.
   */
  tone: string;
}

function humanise(label: string): string {
  const text = label.replace(/[_-]+/g, ' ').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The badge of a reply's task. Never fails: a task missing from the list gets a neutral badge. */
export function badgeFor(task: Task, skills: readonly SkillInfo[]): Badge {
  if (task === UNSUPPORTED) return { label: 'Not supported', tone: 'neutral' };
  if (task === CHAIN) return { label: 'Multi-step', tone: 'chain' };
  const index = skills.findIndex((skill) => skill.name === task);
  const skill = skills[index];
  if (!skill) return { label: humanise(task), tone: 'neutral' };
  return { label: skill.title, tone: `tone-${index % BADGE_TONES}` };
}

function joinList(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  if (parts.length === 2) return `${parts[0]} and ${parts[1]}`;
  return `${parts.slice(0, -1).join(', ')}, and ${parts[parts.length - 1]}`;
}

/** "I can add whole numbers, tell whether ..., and reverse ...", from the skills' descriptions. */
export function taglineFor(skills: readonly SkillInfo[]): string {
  const parts = skills.map((skill) => skill.description.trim().replace(/[.!]+$/, '')).filter(Boolean);
  return parts.length ? `I can ${joinList(parts)}.` : GENERIC_TAGLINE;
}

/**
 * The example chips, one per skill in registry order (a phone has room for a few): the skill's first
 * example that has an answer, else its first example.
 */
export function examplePrompts(skills: readonly SkillInfo[]): { prompt: string; title: string }[] {
  return skills.flatMap((skill) => {
    const example = skill.examples.find((ex) => ex.answer !== null) ?? skill.examples[0];
    return example ? [{ prompt: example.prompt, title: `${skill.title} example` }] : [];
  });
}
