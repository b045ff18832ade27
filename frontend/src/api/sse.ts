import { createParser, type EventSourceParser } from 'eventsource-parser';

/** One server-sent event, as dispatched by the parser. */
export interface SseEvent {
  event: string;
  data: string;
}

/**
 * Pull-style wrapper around eventsource-parser: `push` feeds decoded text and returns the events it
 * completed; `end` dispatches a last event whose blank line never came (a one-shot POST stream has no
 * reconnection, so its last event is kept rather than dropped as EventSource would).
 */
export class SseParser {
  private readonly events: SseEvent[] = [];
  private readonly parser: EventSourceParser = createParser({
    onEvent: ({ event, data }) => this.events.push({ event: event || 'message', data }),
  });

  push(chunk: string): SseEvent[] {
    this.parser.feed(chunk);
    return this.events.splice(0);
  }

  end(): SseEvent[] {
    this.parser.feed('\n\n');
    this.parser.reset();
    return this.events.splice(0);
  }
}
