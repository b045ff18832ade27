import { useEffect, useId, useRef, type FormEvent, type KeyboardEvent } from 'react';
import { MAX_PROMPT_CHARS } from '../config';
import { countCodePoints, describeProblem, promptProblem } from '../lib/prompt';

/** Fixed id: the skip link in the header points at it. */
export const PROMPT_ID = 'prompt-input';

export interface ExamplePrompt {
  prompt: string;
  title: string;
}

interface ComposerProps {
  value: string;
  /** Example chips (from GET /api/skills); none while loading or when the list is unavailable. */
  examples: readonly ExamplePrompt[];
  /** Shown in place of the chips when the skill list could not be loaded. */
  examplesNotice?: string;
  busy: boolean;
  onChange: (value: string) => void;
  onSend: (prompt: string) => void;
  onStop: () => void;
}

export function Composer({ value, examples, examplesNotice, busy, onChange, onSend, onStop }: ComposerProps) {
  const id = useId();
  const textareaId = PROMPT_ID;
  const counterId = `${id}-counter`;
  const hintId = `${id}-hint`;
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const sendRef = useRef<HTMLButtonElement>(null);
  const stopRef = useRef<HTMLButtonElement>(null);

  const count = countCodePoints(value);
  const problem = promptProblem(value);
  const reason = describeProblem(value);
  const canSend = !busy && problem === null;

  // Keep keyboard focus on a live control when Send/Stop swap their disabled state.
  useEffect(() => {
    const active = document.activeElement;
    if (busy && active === sendRef.current) stopRef.current?.focus();
    if (!busy && active === stopRef.current) textareaRef.current?.focus();
  }, [busy]);

  const submit = () => {
    if (canSend) onSend(value);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    submit();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Escape' && busy) {
      event.preventDefault();
      onStop();
      return;
    }
    // Enter sends, Shift+Enter inserts a newline; never interrupt an IME composition.
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };

  let hint = 'Enter to send, Shift+Enter for a new line.';
  if (busy) hint = 'Answering… press Stop (or Esc) to cancel.';
  else if (problem) hint = reason;

  return (
    <form className="composer" onSubmit={onSubmit} aria-label="Ask the model">
      {examples.length > 0 && (
        <div className="examples">
          <span className="examples-label" id={`${id}-examples`}>
            Try an example:
          </span>
          <ul aria-labelledby={`${id}-examples`}>
            {examples.map((ex) => (
              <li key={ex.prompt}>
                <button type="button" className="chip" disabled={busy} onClick={() => onSend(ex.prompt)} title={ex.title}>
                  {ex.prompt}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {examples.length === 0 && examplesNotice && (
        <p className="examples-notice" data-testid="skills-notice">
          {examplesNotice}
        </p>
      )}
      <label htmlFor={textareaId} className="prompt-label">
        Your prompt
      </label>
      <textarea
        id={textareaId}
        ref={textareaRef}
        className="prompt-input"
        value={value}
        rows={2}
        placeholder="e.g. What is 12 plus 30?"
        aria-describedby={`${counterId} ${hintId}`}
        aria-invalid={problem === 'too-long' ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
        autoComplete="off"
        spellCheck
      />
      <div className="composer-bar">
        <p className="composer-hint" id={hintId} data-problem={problem && !busy ? problem : undefined}>
          {hint}
        </p>
        <span
          className="counter"
          id={counterId}
          data-over={count > MAX_PROMPT_CHARS ? 'true' : undefined}
          data-testid="prompt-counter"
        >
          {count} / {MAX_PROMPT_CHARS}
          <span className="visually-hidden"> characters</span>
        </span>
        <div className="composer-actions">
          {busy && (
            <button type="button" ref={stopRef} className="button button-secondary" onClick={onStop}>
              Stop
            </button>
          )}
          <button
            type="submit"
            ref={sendRef}
            className="button button-primary"
            disabled={!canSend}
            aria-describedby={hintId}
          >
            Send
          </button>
        </div>
      </div>
    </form>
  );
}
