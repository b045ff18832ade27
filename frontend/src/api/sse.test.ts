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
