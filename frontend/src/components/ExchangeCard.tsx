import { useId } from 'react';
import { CHAIN, UNSUPPORTED, type SkillInfo } from '../api/types';
import type { Exchange } from '../lib/history';
import { formatConfidence } from '../lib/format';
import { badgeFor } from '../lib/skills';
import { Chain } from './Chain';
import { CopyButton } from './CopyButton';
import { Why } from './Why';

function textForCopy(exchange: Exchange): string {
  if (exchange.completion) return exchange.completion;
  const lines = [exchange.headline, ...exchange.steps.map((s, i) => `${i + 1}. ${s}`)];
  return lines.filter(Boolean).join('\n');
}

interface ExchangeCardProps {
  exchange: Exchange;
  onRetry: (prompt: string) => void;
  busy: boolean;
  /** The backend's skills, for the badge's title and colour; empty when unknown. */
  skills: readonly SkillInfo[];
}

export function ExchangeCard({ exchange, onRetry, busy, skills }: ExchangeCardProps) {
  const id = useId();
  const { status, task, confidence, headline, steps, answer, plan } = exchange;
  const inFlight = status === 'pending' || status === 'streaming';
  const finished = status === 'done';
  const refusal = task === UNSUPPORTED;
  const badge = task !== null ? badgeFor(task, skills) : null;
  // A skill that found no operand: the reply asks for it instead of answering.
  const needsInput = finished && task !== null && !refusal && answer === null;
  const variant = status === 'error' ? 'error' : refusal ? 'refusal' : needsInput ? 'needs-input' : 'answer';

  return (
    <article className="exchange" aria-labelledby={`${id}-q`} aria-busy={inFlight || undefined}>
      <div className="question">
        <span className="visually-hidden">You asked: </span>
        <p id={`${id}-q`} className="question-text">
          {exchange.prompt}
        </p>
      </div>

      <div className={`reply reply-${variant}`} data-testid="reply" data-variant={variant}>
        {badge !== null && confidence !== null && (
          <div className="reply-meta">
            <span className={`badge badge-${badge.tone}`} data-testid="task-badge" data-task={task}>
              <span className="visually-hidden">Task: </span>
              {badge.label}
            </span>
            <span className="confidence">
              <span id={`${id}-conf`}>Confidence</span>
              <meter id={`${id}-meter`} min={0} max={1} value={confidence} aria-labelledby={`${id}-conf`} />
              <span className="confidence-value" data-testid="confidence">
                {formatConfidence(confidence)}
              </span>
            </span>
          </div>
        )}

        {status === 'pending' && (
          <p className="thinking">
            <span className="dots" aria-hidden="true" />
            Thinking…
          </p>
        )}

        {(refusal || needsInput) && finished ? (
          <div className="message">
            {[headline, ...steps].filter(Boolean).map((line, i) => (
              <p key={i}>{line}</p>
            ))}
          </div>
        ) : (
          <>
            {headline && <p className="headline">{headline}</p>}
            {task === CHAIN && plan.length > 0 ? (
              <Chain plan={plan} part={finished ? plan.length + 1 : exchange.part} skills={skills} />
            ) : (
              steps.length > 0 && (
              <ol className="steps" aria-label="Reasoning steps">
                {steps.map((step, i) => (
                  <li key={i}>{step}</li>
                ))}
              </ol>
              )
            )}
          </>
        )}

        {status === 'streaming' && (
          <p className="thinking">
            <span className="dots" aria-hidden="true" />
            Reasoning…
          </p>
        )}

        {status === 'error' && (
          <div className="error-box">
            <p className="error-title">No answer this time.</p>
            <p className="error-message" data-testid="error-message">
              {exchange.error}
            </p>
          </div>
        )}

        {finished && answer !== null && (
          <div className="final-answer">
            <span className="final-label">Final answer</span>
            <strong className="final-value" data-testid="final-answer">
              {answer}
            </strong>
          </div>
        )}

        {finished && exchange.model && exchange.evidence && (
          <Why
            prompt={exchange.prompt}
            probabilities={exchange.probabilities ?? null}
            model={exchange.model}
            evidence={exchange.evidence}
            operands_from={exchange.operands_from}
          />
        )}

        {status === 'stopped' && <p className="note">Stopped before the answer was complete.</p>}

        <div className="reply-actions">
          {/* Only an answer is worth copying; a refusal or a request for numbers is not. */}
          {finished && answer !== null && <CopyButton text={textForCopy(exchange)} />}
          {((status === 'error' && exchange.retryable) || status === 'stopped') && (
            <button type="button" className="button button-small" disabled={busy} onClick={() => onRetry(exchange.prompt)}>
              Try again
            </button>
          )}
        </div>
      </div>
    </article>
  );
}
