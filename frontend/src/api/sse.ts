/** One server-sent event, as dispatched by the parser. */
export interface SseEvent {
  event: string;
  data: string;
}

// A line ends at CRLF, CR or LF; a CR that ends the text so far may be half of a CRLF, so it waits.
const EOL = /\r\n|\r(?!$)|\n/;

/**
 * The event-stream format of the HTML standard, as far as a one-shot POST needs it (no `id`, no `retry`:
 * there is no reconnection). `push` feeds decoded text and returns the events it completed; `end`
 * dispatches a last event whose blank line never came (kept rather than dropped, as EventSource would).
 * A leading BOM needs no handling here: TextDecoder drops it. Written out (about 0.3 kB gzipped instead
 * of a 1.5 kB library) to stay under the bundle budget.
 */
export class SseParser {
  private rest = '';
  private event = '';
  private data: string[] | null = null;

  push(chunk: string): SseEvent[] {
    const lines = (this.rest + chunk).split(EOL);
    this.rest = lines.pop() ?? '';
    const events: SseEvent[] = [];
    for (const line of lines) {
      if (line === '') {
        // A blank line dispatches the event, if it had a data line.
        if (this.data) events.push({ event: this.event || 'message', data: this.data.join('\n') });
        this.event = '';
        this.data = null;
        continue;
      }
      const colon = line.indexOf(':');
      if (colon === 0) continue; // a comment
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(line[colon + 1] === ' ' ? colon + 2 : colon + 1);
      if (field === 'event') this.event = value;
      else if (field === 'data') (this.data ??= []).push(value);
    }
    return events;
  }

  end(): SseEvent[] {
    const events = this.push('\n\n');
    this.rest = '';
    return events;
  }
}
