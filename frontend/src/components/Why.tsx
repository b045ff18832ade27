import { useEffect, useState, type CSSProperties } from 'react';
import { ApiError, explain } from '../api/client';
import type { Explanation, Insight } from '../api/types';
import { findingLine, formatConfidence, signed } from '../lib/format';

type Load = { error: string } | Explanation | null;

/** The prompt, each character shaded by its weight from POST /api/explain (asked once, when shown). */
function Attribution({ prompt }: { prompt: string }) {
  const [result, setResult] = useState<Load>(null);
  useEffect(() => {
    const controller = new AbortController();
    explain(prompt, controller.signal).then(setResult, (error: unknown) => {
      if (!controller.signal.aborted) setResult({ error: error instanceof ApiError ? error.message : String(error) });
    });
    return () => controller.abort();
  }, [prompt]);

  if (!result) return <p className="note">Weighing each character…</p>;
  if ('error' in result) return <p className="error-message">{result.error}</p>;
  const top = result.tokens
    .filter((t) => t.weight > 0 && t.text.trim())
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 5);
  return (
    <>
      <p className="attribution" data-testid="attribution">
        {result.tokens.map((t, i) => (
          <span
            key={i}
            className={Math.abs(t.weight) < 0.05 ? undefined : t.weight > 0 ? 'up' : 'down'}
            style={{ '--a': Math.abs(t.weight).toFixed(2) } as CSSProperties}
            title={signed(t.weight)}
          >
            {t.text}
          </span>
        ))}
      </p>
      <p className="legend">
        <span className="up">Solid underline</span>: pushed toward <b>{result.label}</b>;{' '}
        <span className="down">dotted underline</span>: pushed away. Thicker and darker is stronger ({result.method}).
      </p>
      <p data-testid="top-characters">
        Pushed hardest toward {result.label}: {top.map((t) => `“${t.text}” ${signed(t.weight)}`).join(', ') || 'none'}
      </p>
    </>
  );
}

/** "Why this task?" under an answer: the posterior per label, the prompt's characters, the parsers' findings. */
export function Why({ prompt, probabilities, model, evidence, operands_from }: Insight & { prompt: string }) {
  // Once opened, the explanation stays loaded: closing and reopening does not ask again.
  const [opened, setOpened] = useState(false);
  return (
    <details
      className="why"
      onToggle={(e) => {
        if (e.currentTarget.open) setOpened(true);
      }}
    >
      <summary>Why this task?</summary>
      {probabilities ? (
        <ul className="probabilities" aria-label="How sure the model was of each task">
          {Object.entries(probabilities).map(([label, p]) => (
            <li key={label} data-label={label}>
              <span>{label}</span>
              <span className="bar" style={{ '--p': p } as CSSProperties} />
              <span className="value">{formatConfidence(p)}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p>The parsers decided alone; the model was not asked.</p>
      )}
      {opened && model === 'asked' && <Attribution prompt={prompt} />}
      {operands_from === 'model' && (
        <p data-testid="operands-from">
          No phrase rule knew this wording: the model recognised the task and marked the numbers or the word itself.
        </p>
      )}
      <ul className="evidence" aria-label="What the parsers found">
        {Object.entries(evidence).map(([skill, finding]) => (
          <li key={skill}>{findingLine(skill, finding)}</li>
        ))}
      </ul>
    </details>
  );
}
