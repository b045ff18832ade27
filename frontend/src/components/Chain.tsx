import { useId } from 'react';
import type { PlanItem, SkillInfo } from '../api/types';
import { badgeFor } from '../lib/skills';

interface ChainProps {
  plan: readonly PlanItem[];
  /** Items 1..part are shown (they have begun); those before `part` are complete and show their answer. */
  part: number;
  skills: readonly SkillInfo[];
}

/**
 * A multi-step reply (issue 16): its sub-results in order, each a heading ("Step 1: add 17 and 26"), the
 * task's badge, the input it received, its own working (a disclosure, open) and, once done, its answer.
 */
export function Chain({ plan, part, skills }: ChainProps) {
  const id = useId();
  return (
    <ol className="chain" aria-label="Steps, in order">
      {plan.slice(0, part).map((item, i) => {
        const badge = badgeFor(item.task, skills);
        const n = item.steps.length;
        return (
          <li key={i} className="part" data-testid="chain-part" aria-labelledby={id + i}>
            <div className="part-head">
              <h2 id={id + i}>
                Step {i + 1}: {item.title}
              </h2>
              <span className={`badge badge-${badge.tone}`} data-testid="part-badge" data-task={item.task}>
                <span className="visually-hidden">Task: </span>
                {badge.label}
              </span>
            </div>
            <p data-testid="part-input">Input: {item.input.join(', ')}</p>
            {n > 0 && (
              <details open>
                <summary>
                  Working ({n} {n === 1 ? 'line' : 'lines'})
                </summary>
                <ol className="steps" aria-label={`Working of step ${i + 1}`}>
                  {item.steps.map((step, j) => (
                    <li key={j}>{step}</li>
                  ))}
                </ol>
              </details>
            )}
            {i + 1 < part && (
              <p data-testid="part-answer">
                Result: <strong>{item.answer}</strong>
              </p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
