import { Component, type ErrorInfo, type ReactNode } from 'react';
import { saveHistory } from '../lib/history';

interface State {
  error: Error | null;
}

/** Last line of defence: a crash in rendering shows a way out instead of a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Mini Reasoning LLM crashed while rendering', error, info.componentStack);
  }

  private reset = () => {
    saveHistory([]);
    window.location.reload();
  };

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <main className="app crash">
        <h1>Mini Reasoning LLM</h1>
        <div className="error-box" role="alert">
          <p className="error-title">This page hit an unexpected error.</p>
          <p className="error-message">{error.message}</p>
        </div>
        <p>Reload the page to try again. If it keeps happening, clearing the saved history usually helps.</p>
        <p className="crash-actions">
          <button type="button" className="button button-primary" onClick={() => window.location.reload()}>
            Reload
          </button>
          <button type="button" className="button button-secondary" onClick={this.reset}>
            Clear history and reload
          </button>
        </p>
      </main>
    );
  }
}
