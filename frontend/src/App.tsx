import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { ApiError, checkHealth, fetchSkills, streamCompletion } from './api/client';
import { UNSUPPORTED, type Completion, type SkillInfo } from './api/types';
import { BackendStatus, type BackendState } from './components/BackendStatus';
import { Composer, PROMPT_ID } from './components/Composer';
import { ExchangeCard } from './components/ExchangeCard';
import { loadHistory, newExchange, saveHistory } from './lib/history';
import { examplePrompts, taglineFor } from './lib/skills';
import { reducer } from './state';

// The Model page is in the main bundle: a lazy chunk would cost more bytes in total than it saves (80 kB budget).
import ModelPage from './components/ModelPage';
const isModelView = () => window.location.hash === '#model';

function announcementFor(result: Completion): string {
  if (result.task === UNSUPPORTED) return `Not supported. ${result.headline}`;
  if (result.answer === null) return `More input needed. ${result.headline}`;
  return `Answer: ${result.answer}`;
}

interface SkillsState {
  status: 'loading' | 'ready' | 'failed';
  skills: readonly SkillInfo[];
  attempts: number;
  /** Worth asking again: only when the backend could not be reached (not after a 404 or a bad body). */
  retryable: boolean;
}

/** Asked at start; after a network failure, again when the backend comes back (a few times at most). */
const SKILLS_ATTEMPTS = 3;

export default function App() {
  const [exchanges, dispatch] = useReducer(reducer, undefined, loadHistory);
  const [draft, setDraft] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const controllerRef = useRef<AbortController | null>(null);
  const [busy, setBusy] = useState(false);
  const [modelView, setModelView] = useState(isModelView);
  useEffect(() => {
    const onHash = () => setModelView(isModelView());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  // Persist the history (in-flight exchanges come back as interrupted).
  const [storageFailed, setStorageFailed] = useState(false);
  useEffect(() => {
    setStorageFailed(!saveHistory(exchanges));
  }, [exchanges]);

  // Is the backend there? Checked at start, re-checked every 15 s while it is not.
  const [backend, setBackend] = useState<BackendState>('checking');
  useEffect(() => {
    if (backend === 'online') return;
    const controller = new AbortController();
    const probe = () =>
      checkHealth(controller.signal).then((state) => {
        if (!controller.signal.aborted) setBackend(state);
      });
    if (backend === 'checking') void probe();
    const timer = setInterval(() => void probe(), 15000);
    return () => {
      controller.abort();
      clearInterval(timer);
    };
  }, [backend]);

  // What the backend can do (badges, example chips, tagline). Without it the app still answers.
  const [skills, setSkills] = useState<SkillsState>({ status: 'loading', skills: [], attempts: 0, retryable: true });
  const askSkillsAgain =
    skills.status === 'failed' && skills.retryable && skills.attempts < SKILLS_ATTEMPTS && backend === 'online';
  useEffect(() => {
    if (askSkillsAgain) setSkills((s) => ({ ...s, status: 'loading' }));
  }, [askSkillsAgain]);
  useEffect(() => {
    if (skills.status !== 'loading') return;
    const controller = new AbortController();
    fetchSkills(controller.signal).then(
      (list) => setSkills((s) => ({ ...s, status: 'ready', skills: list.skills, attempts: s.attempts + 1 })),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const retryable = error instanceof ApiError && error.kind === 'network';
        setSkills((s) => ({ status: 'failed', skills: [], attempts: s.attempts + 1, retryable }));
      },
    );
    return () => controller.abort();
  }, [skills.status]);

  // Abort any request in flight when the app unmounts.
  useEffect(() => () => controllerRef.current?.abort(), []);

  // Follow the newest exchange: always when one starts, and while it grows
  // unless the reader has scrolled up to read something else.
  const last = exchanges[exchanges.length - 1];
  const lastId = last?.id;
  const lastSize = last ? `${last.status}:${last.steps.length}` : '';
  const seenIdRef = useRef<string | undefined>(undefined); // so a restored history opens at its newest
  const followRef = useRef(true);
  useEffect(() => {
    let lastY = window.scrollY;
    const onScroll = () => {
      const doc = document.documentElement;
      // Only the reader scrolling up stops the following; content that grew after our own scroll does not.
      if (doc.scrollHeight - (window.scrollY + window.innerHeight) < 96) followRef.current = true;
      else if (window.scrollY < lastY) followRef.current = false;
      lastY = window.scrollY;
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => window.removeEventListener('scroll', onScroll);
  }, []);
  useEffect(() => {
    if (!lastId) return;
    if (seenIdRef.current !== lastId) followRef.current = true;
    seenIdRef.current = lastId;
    if (!followRef.current) return;
    // To the very bottom, so the sticky composer never covers the newest reply.
    const scroller = document.scrollingElement ?? document.documentElement;
    scroller.scrollTop = scroller.scrollHeight;
  }, [lastId, lastSize]);

  const send = useCallback(async (prompt: string) => {
    if (controllerRef.current) return; // one request at a time
    const controller = new AbortController();
    controllerRef.current = controller;
    const exchange = newExchange(prompt);
    dispatch({ type: 'start', exchange });
    setBusy(true);
    setDraft((d) => (d === prompt ? '' : d));
    setAnnouncement('Sending your prompt…');
    const id = exchange.id;
    try {
      const result = await streamCompletion(
        prompt,
        {
          onMeta: (meta) => dispatch({ type: 'meta', id, meta }),
          onStep: (step) => dispatch({ type: 'step', id, step }),
        },
        controller.signal,
      );
      dispatch({ type: 'done', id, result });
      setBackend('online');
      setAnnouncement(announcementFor(result));
    } catch (error) {
      if (controller.signal.aborted) {
        dispatch({ type: 'stopped', id });
        setAnnouncement('Stopped.');
      } else {
        const message =
          error instanceof ApiError
            ? error.message
            : `Something went wrong in this page: ${error instanceof Error ? error.message : String(error)}`;
        if (!(error instanceof ApiError)) console.error(error);
        const retryable = !(error instanceof ApiError && (error.kind === 'validation' || error.kind === 'too-large'));
        dispatch({ type: 'error', id, message, retryable });
        if (error instanceof ApiError && error.kind === 'network') setBackend('offline');
        // Give the prompt back so it can be fixed and resent.
        setDraft((d) => (d === '' ? prompt : d));
        setAnnouncement(`Error: ${message}`);
      }
    } finally {
      controllerRef.current = null;
      setBusy(false);
    }
  }, []);

  const stop = useCallback(() => {
    controllerRef.current?.abort();
  }, []);

  const clear = useCallback(() => {
    controllerRef.current?.abort();
    dispatch({ type: 'clear' });
    setAnnouncement('History cleared.');
  }, []);

  return (
    <div className="app">
      {!modelView && (<a
        className="skip-link"
        href={`#${PROMPT_ID}`}
        onClick={(event) => {
          event.preventDefault();
          document.getElementById(PROMPT_ID)?.focus();
        }}
      >
        Skip to the prompt
      </a>)}
      <header className="app-header">
        <div>
          <h1>Mini Reasoning LLM</h1>
          <p className="tagline" data-testid="tagline">
            {skills.status === 'loading' ? '\u00a0' : taglineFor(skills.skills)}
          </p>
          <BackendStatus state={backend} />
          <nav className="views" aria-label="Pages">
            <a href="#" aria-current={modelView ? undefined : 'page'}>
              Ask
            </a>
            <a href="#model" aria-current={modelView ? 'page' : undefined}>
              Model
            </a>
          </nav>
        </div>
        <button type="button" className="button button-secondary" onClick={clear} disabled={exchanges.length === 0}>
          Clear history
        </button>
      </header>

      {storageFailed && (
        <p className="notice" role="status">
          This browser would not store the history (storage is full or disabled), so it will be gone after a reload.
        </p>
      )}

      {modelView ? (
        <main className="main">
          <ModelPage />
        </main>
      ) : (
      <main className="main">
        <section className="conversation" aria-label="Conversation">
        {exchanges.length === 0 ? (
          <div className="empty">
            <p>
              Ask the model a question. It shows its reasoning step by step and politely declines anything it cannot
              do.
            </p>
          </div>
        ) : (
          <ol className="exchanges" aria-label="Exchanges, oldest first">
            {exchanges.map((exchange) => (
              <li key={exchange.id}>
                <ExchangeCard exchange={exchange} onRetry={send} busy={busy} skills={skills.skills} />
              </li>
            ))}
          </ol>
        )}
        </section>

        <div className="composer-wrap">
          <Composer
            value={draft}
            examples={examplePrompts(skills.skills)}
            examplesNotice={
              skills.status === 'failed'
                ? 'No example prompts: the backend did not say what it can do. You can still type a question.'
                : undefined
            }
            busy={busy}
            onChange={setDraft}
            onSend={send}
            onStop={stop}
          />
        </div>
      </main>
      )}

      <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
        {announcement}
      </div>
    </div>
  );
}
