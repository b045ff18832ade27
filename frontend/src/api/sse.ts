/** One server-sent event, as dispatched by the parser. */
export interface SseEvent {
  event: string;
  data: string;
}

/**
 * Incremental text/event-stream parser (the WHATWG rules that matter here):
 * lines end with \n, \r\n or \r, even when split across chunks; `data:` lines
 * accumulate; a blank line dispatches; lines starting with ':' are comments.
 */
export class SseParser {
  private buffer = '';
  private eventName = '';
  private dataLines: string[] = [];

  /** Feeds decoded text; returns the events completed by it. */
  push(chunk: string): SseEvent[] {
    this.buffer += chunk;
    // A trailing \r may be the first half of \r\n: keep it for the next chunk.
    const holdCr = this.buffer.endsWith('\r');
    const text = (holdCr ? this.buffer.slice(0, -1) : this.buffer).replace(/\r\n?/g, '\n');
    const lines = text.split('\n');
    this.buffer = (lines.pop() ?? '') + (holdCr ? '\r' : '');
    const events: SseEvent[] = [];
    for (const line of lines) this.processLine(line, events);
    return events;
  }

  /** End of stream: a last event without its blank line is still dispatched. */
  end(): SseEvent[] {
    const events: SseEvent[] = [];
    const rest = this.buffer.replace(/\r$/, '');
    this.buffer = '';
    if (rest) this.processLine(rest, events);
    this.processLine('', events);
    return events;
  }

  private processLine(line: string, events: SseEvent[]): void {
    if (line === '') {
      if (this.dataLines.length > 0) {
        events.push({ event: this.eventName || 'message', data: this.dataLines.join('\n') });
      }
      this.eventName = '';
      this.dataLines = [];
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') this.eventName = value;
    else if (field === 'data') this.dataLines.push(value);
    // `id` and `retry` are irrelevant for a one-shot POST stream.
  }
}
