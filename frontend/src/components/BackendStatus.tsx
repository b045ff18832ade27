import { describeApiBase } from '../config';

export type BackendState = 'checking' | 'online' | 'unhealthy' | 'offline';

/** A quiet line under the title: is the backend answering? */
export function BackendStatus({ state }: { state: BackendState }) {
  const text =
    state === 'online'
      ? 'Backend connected.'
      : state === 'offline'
        ? `Cannot reach the backend at ${describeApiBase()}. Answers will fail until it is back.`
        : state === 'unhealthy'
          ? `The backend at ${describeApiBase()} is up but not ready yet; answers may fail.`
          : 'Checking the backend…';
  return (
    <p className="backend-status" data-state={state} data-testid="backend-status">
      <span className="status-dot" aria-hidden="true" />
      {text}
    </p>
  );
}
