import { SseParser } from './sse';

describe('SseParser', () => {
  it('parses events split at every possible byte boundary', () => {
    const text = 'event: meta\ndata: {"a":1}\n\nevent: step\ndata: {"b":2}\n\n';
    for (let cut = 1; cut < text.length; cut++) {
      const parser = new SseParser();
      const events = [...parser.push(text.slice(0, cut)), ...parser.push(text.slice(cut)), ...parser.end()];
      expect(events).toEqual([
        { event: 'meta', data: '{"a":1}' },
        { event: 'step', data: '{"b":2}' },
      ]);
    }
  });

  it('handles CRLF and CR line endings, including a CRLF split between chunks', () => {
    const parser = new SseParser();
    const events = [...parser.push('event: a\r\ndata: 1\r'), ...parser.push('\n\r\nevent: b\rdata: 2\r\r'), ...parser.end()];
    expect(events).toEqual([
      { event: 'a', data: '1' },
      { event: 'b', data: '2' },
    ]);
  });

  it('joins multi-line data, ignores comments and defaults the event name', () => {
    const parser = new SseParser();
    expect(parser.push(': keep-alive\ndata: one\ndata:two\n\n')).toEqual([{ event: 'message', data: 'one\ntwo' }]);
  });

  it('dispatches a final event that lacks its blank line at end of stream', () => {
    const parser = new SseParser();
    expect(parser.push('event: done\ndata: {}')).toEqual([]);
    expect(parser.end()).toEqual([{ event: 'done', data: '{}' }]);
  });
});

describe('SseParser, the parts of the format a library used to handle', () => {
  it('keeps an empty data line, ignores unknown fields, id and retry, and a line without a colon', () => {
    const parser = new SseParser();
    expect(parser.push('id: 7\nretry: 10\nfoo: bar\ndata\n\nevent: x\ndata:\n\n')).toEqual([
      { event: 'message', data: '' },
      { event: 'x', data: '' },
    ]);
  });

  it('dispatches nothing for an event without data, and resets the name after each event', () => {
    const parser = new SseParser();
    expect(parser.push('event: lonely\n\ndata: a\n\n')).toEqual([{ event: 'message', data: 'a' }]);
  });

  it('strips one space after the colon only, and keeps colons in the value', () => {
    const parser = new SseParser();
    expect(parser.push('data:  two spaces: kept\n\n')).toEqual([{ event: 'message', data: ' two spaces: kept' }]);
  });

  it('reads a stream cut into one-character chunks with CRLF endings', () => {
    const text = 'event: meta\r\ndata: {"a":1}\r\n\r\nevent: done\r\ndata: {}\r\n\r\n';
    const parser = new SseParser();
    const events = [...text].flatMap((c) => parser.push(c));
    expect([...events, ...parser.end()]).toEqual([
      { event: 'meta', data: '{"a":1}' },
      { event: 'done', data: '{}' },
    ]);
  });
});
