import { useEffect, useRef, useState } from 'react';
import { copyText } from '../lib/clipboard';

type CopyState = 'idle' | 'copied' | 'failed';

export function CopyButton({ text, label = 'Copy answer' }: { text: string; label?: string }) {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  const onClick = async () => {
    const ok = await copyText(text);
    setState(ok ? 'copied' : 'failed');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState('idle'), 2500);
  };

  return (
    <span className="copy">
      <button type="button" className="button button-small" onClick={onClick}>
        {label}
      </button>
      <span role="status" className="copy-feedback" data-state={state}>
        {state === 'copied' && 'Copied to clipboard.'}
        {state === 'failed' && 'Could not copy: select the text and copy it by hand.'}
      </span>
    </span>
  );
}
