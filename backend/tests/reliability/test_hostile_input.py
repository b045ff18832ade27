"""Malformed and hostile requests against a real uvicorn server, over raw sockets.

Every request must get a correct 4xx or a sane 200 within a second — never a 5xx, never a hang — and the
server must still answer /health afterwards. Raw sockets, not an HTTP client, so that nothing normalises
the path (``/../``), fixes the encoding or refuses to send a broken request.
"""

from __future__ import annotations

import contextlib
import json
import re
import select
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from live_server import APP_JS, INDEX_HTML, LiveServer

API = "/api/complete"
STREAM = "/api/complete/stream"
SECOND = 1.0


@dataclass
class RawResponse:
    status: int
    headers: dict[str, str]
    body: bytes
    seconds: float

    def json(self) -> object:
        return json.loads(self.body)


def _dechunk(body: bytes) -> bytes:
    out, rest = b"", body
    while rest:
        size_line, _, rest = rest.partition(b"\r\n")
        size = int(size_line.split(b";")[0] or b"0", 16)
        if size == 0:
            break
        out, rest = out + rest[:size], rest[size + 2 :]
    return out


def parse_response(data: bytes, seconds: float) -> RawResponse:
    head, _, body = data.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1]) if lines[0].startswith("HTTP/") else 0
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        key = name.strip().lower()
        headers[key] = f"{headers[key]}, {value.strip()}" if key in headers else value.strip()
    if headers.get("transfer-encoding") == "chunked":
        body = _dechunk(body)
    return RawResponse(status, headers, body, seconds)


def exchange(port: int, raw: bytes, timeout: float = 3.0) -> RawResponse:
    """Send raw bytes, read until the server closes (requests carry Connection: close)."""
    started = time.perf_counter()
    data = b""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        # The server may answer and close before taking everything: its answer is still readable.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            sock.sendall(raw)
        deadline = started + timeout
        while time.perf_counter() < deadline:
            ready, _, _ = select.select([sock], [], [], max(0.0, deadline - time.perf_counter()))
            if not ready:
                break
            try:
                chunk = sock.recv(65536)
            except ConnectionResetError:
                break
            if not chunk:
                break
            data += chunk
    return parse_response(data, time.perf_counter() - started)


def request(
    method: str,
    path: str | bytes,
    body: bytes = b"",
    *,
    content_type: str | None = "application/json",
    headers: bytes = b"",
    content_length: bool = True,
) -> bytes:
    target = path if isinstance(path, bytes) else path.encode()
    head = b"%s %s HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" % (method.encode(), target)
    if content_type is not None:
        head += b"Content-Type: %s\r\n" % content_type.encode()
    if content_length and (body or method == "POST"):
        head += b"Content-Length: %d\r\n" % len(body)
    return head + headers + b"\r\n" + body


def post(body: bytes, content_type: str | None = "application/json", path: str = API) -> bytes:
    return request("POST", path, body, content_type=content_type)


def prompt(text: str, ascii_only: bool = True, path: str = API) -> bytes:
    return post(json.dumps({"prompt": text}, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass"), path=path)


def get(path: str | bytes, headers: bytes = b"") -> bytes:
    return request("GET", path, content_type=None, headers=headers)


# ---- expectations -------------------------------------------------------------------------------------
Check = Callable[[RawResponse], None]


def completion(response: RawResponse) -> dict[str, object]:
    """A 200 from /api/complete is well-formed JSON of the documented shape, whatever the prompt held."""
    assert response.headers["content-type"] == "application/json"
    body = response.json()
    assert isinstance(body, dict)
    assert isinstance(body["completion"], str) and body["completion"]
    assert 0.0 <= float(body["confidence"]) <= 1.0  # type: ignore[arg-type]
    assert isinstance(body["steps"], list) and all(isinstance(step, str) for step in body["steps"])
    return body


def answered(task: str, answer: str | None) -> Check:
    """A well-formed 200 whose task and answer are these (docs/TASKS.md); None: refused, no answer."""

    def check(response: RawResponse) -> None:
        body = completion(response)
        assert (body["task"], body["answer"]) == (task, answer), body["completion"]

    return check


def refused(response: RawResponse) -> None:
    answered("unsupported", None)(response)


FIVE = answered("addition", "5")  # "2 plus 3", however the request carries it


def no_injected_header(response: RawResponse) -> None:
    """The CR LF stays inside the JSON reply, it never splits a header: in the answer (the words before the colon,
    reversed), or in the question of which text to reverse when the model reads another one than the rules (the
    model's reading of this prompt moves with a retrain)."""
    assert "set-cookie" not in response.headers
    body = completion(response)
    assert body["task"] == "reversal", body["completion"]
    assert body["answer"] == "eikooC-teS\r\ncba" or (
        body["answer"] is None and 'reverse: "abc\r\nSet-Cookie"' in str(body["completion"])
    ), body["completion"]


def never_leaks_files(response: RawResponse) -> None:
    assert b"root:" not in response.body  # /etc/passwd
    assert b"create_app" not in response.body and b"import " not in response.body  # backend source
    if response.status == 200:
        assert response.body in (INDEX_HTML.encode(), APP_JS.encode())


def event_stream(task: str, answer: str | None) -> Check:
    def check(response: RawResponse) -> None:
        assert response.headers["content-type"].startswith("text/event-stream")
        events = re.findall(r"^event: (\w+)$", response.body.decode(), flags=re.MULTILINE)
        assert events[0] == "meta" and events[-1] == "done"
        done = json.loads(response.body.decode().rsplit("event: done\ndata: ", 1)[1].strip())
        assert (done["task"], done["answer"]) == (task, answer)

    return check


@dataclass
class Case:
    id: str
    raw: bytes
    expect: str  # "4xx", "200" or "any" (a 200 or a 4xx)
    check: Check | None = None
    app_answered: bool = True  # False: the HTTP parser itself may answer (no app headers then)
    extra: dict[str, object] = field(default_factory=dict)


BIG_A, BIG_B = int("7" * 250), int("3" * 249)
BIG_SUM = "8" + "1" * 248 + "0"  # 7...7 + 3...3: 10 in the last column, then 7 + 3 + 1 = 11 up to the first
NESTED_OK_SIZE = 30_000  # nested arrays that fit in 64 KiB: json.loads hits its recursion limit

CASES: list[Case] = [
    # ---- bodies that are not JSON, or not the right JSON ----
    Case("not-json", post(b"not json"), "4xx"),
    Case("empty-body", post(b""), "4xx"),
    Case("truncated-json", post(b'{"prompt": "2 plus'), "4xx"),
    Case("trailing-comma", post(b'{"prompt": "2 plus 3",}'), "4xx"),
    Case("single-quotes", post(b"{'prompt': '2 plus 3'}"), "4xx"),
    Case("nan-literal", post(b'{"prompt": NaN}'), "4xx"),
    Case("infinity-number", post(b'{"prompt": 1e999999}'), "4xx"),
    Case("int-over-4300-digits", post(b'{"prompt": ' + b"9" * 5000 + b"}"), "4xx"),
    Case("text-plain", post(b'{"prompt": "2 plus 3"}', "text/plain"), "any", FIVE),
    Case("form-urlencoded", post(b"prompt=2+plus+3", "application/x-www-form-urlencoded"), "4xx"),
    Case(
        "multipart",
        post(
            b'--x\r\nContent-Disposition: form-data; name="prompt"\r\n\r\n2 plus 3\r\n--x--\r\n',
            "multipart/form-data; boundary=x",
        ),
        "4xx",
    ),
    Case("no-content-type", post(b'{"prompt": "2 plus 3"}', None), "any", FIVE),
    Case("xml", post(b"<prompt>2 plus 3</prompt>", "application/xml"), "4xx"),
    Case(
        "gzip-claimed", request("POST", API, b"\x1f\x8b\x08\x00garbage", headers=b"Content-Encoding: gzip\r\n"), "4xx"
    ),
    Case("prompt-number", post(b'{"prompt": 42}'), "4xx"),
    Case("prompt-null", post(b'{"prompt": null}'), "4xx"),
    Case("prompt-bool", post(b'{"prompt": true}'), "4xx"),
    Case("prompt-array", post(b'{"prompt": ["2 plus 3"]}'), "4xx"),
    Case("prompt-object", post(b'{"prompt": {"text": "2 plus 3"}}'), "4xx"),
    Case("top-level-array", post(b'["2 plus 3"]'), "4xx"),
    Case("top-level-string", post(b'"2 plus 3"'), "4xx"),
    Case("top-level-number", post(b"42"), "4xx"),
    Case("top-level-null", post(b"null"), "4xx"),
    Case("nested-arrays-100k", post(b"[" * 100_000 + b"]" * 100_000), "4xx"),  # 200 KB: over the limit
    Case("nested-arrays-30k", post(b"[" * NESTED_OK_SIZE + b"]" * NESTED_OK_SIZE), "4xx"),
    Case("nested-objects-10k", post(b'{"a":' * 10_000 + b"1" + b"}" * 10_000), "4xx"),
    Case("nested-in-prompt", post(b'{"prompt": ' + b"[" * 20_000 + b"]" * 20_000 + b"}"), "4xx"),
    Case("duplicate-keys", post(b'{"prompt": 1, "prompt": "2 plus 3"}'), "any", FIVE),
    Case("extra-fields", post(b'{"prompt": "2 plus 3", "admin": true, "__proto__": {}}'), "200", FIVE),
    # ---- encodings ----
    Case("invalid-utf8", post(b'{"prompt": "2 plus \xff\xfe 3"}'), "4xx"),
    Case("overlong-utf8", post(b'{"prompt": "\xc0\xaf etc"}'), "4xx"),
    Case("utf16-body", post('{"prompt": "2 plus 3"}'.encode("utf-16")), "any", FIVE),
    Case("bom", post(b'\xef\xbb\xbf{"prompt": "2 plus 3"}'), "any", FIVE),
    Case("nul-escaped", prompt("2 plus\x00 3"), "4xx"),
    Case("nul-raw", post(b'{"prompt": "2 plus\x00 3"}'), "4xx"),
    Case("lone-surrogate", post(b'{"prompt": "abc \\ud800 def"}'), "4xx"),
    Case("lone-surrogate-raw-bytes", post(b'{"prompt": "abc \xed\xa0\x80 def"}'), "4xx"),
    Case("charset-latin1", post(b'{"prompt": "2 plus 3"}', "application/json; charset=latin-1"), "any", FIVE),
    # ---- awkward but valid text: a sane 200 ----
    Case("bidi-override", prompt("What is \u202e3 sulp 2\u202c?"), "200", refused),
    Case(
        "bidi-isolates-raw",
        prompt("reverse \u2067abc\u2069 please", ascii_only=False),
        "200",
        answered("reversal", "\u2069cba\u2067"),
    ),
    Case("combining-flood", prompt("a" + "\u0301" * 500), "200", refused),
    Case("zalgo-numbers", prompt("2\u0336\u0334 plus 3\u0337"), "200", FIVE),
    Case("emoji-512", prompt("😀" * 512, ascii_only=False), "200", refused),
    Case("emoji-513", prompt("😀" * 513, ascii_only=False), "4xx"),
    Case("zwj-sequences", prompt("reverse 👩‍👩‍👧‍👦🏳️‍🌈", ascii_only=False), "200", answered("reversal", "🏳️‍🌈👩‍👩‍👧‍👦")),
    Case("arabic-indic-digits", prompt("What is ٢ plus ٣?", ascii_only=False), "200", FIVE),
    Case("fullwidth-digits", prompt("What is ２ plus ３?", ascii_only=False), "200", FIVE),
    Case("superscript-digits", prompt("What is ² plus ³?", ascii_only=False), "200", refused),
    Case("devanagari-digits", prompt("Is ४२ even?", ascii_only=False), "200", answered("parity", "even")),
    Case("decimals", prompt("What is 2.5 plus 3.25?"), "200", refused),
    Case("exponents", prompt("What is 1e10 plus 2E3?"), "200", refused),
    Case("hex", prompt("What is 0x1F plus 0x2?"), "200", refused),
    Case("thousands-separators", prompt("What is 1,000 plus 2,500?"), "200", answered("addition", "3500")),
    Case("negative-numbers", prompt("What is -5 plus -7?"), "200", answered("addition", "-12")),
    Case("huge-numbers-250-digits", prompt(f"{BIG_A} plus {BIG_B}"), "200", answered("addition", BIG_SUM)),
    Case("parity-500-digits", prompt("Is " + "9" * 500 + " even?"), "200", answered("parity", "odd")),
    Case("addends-256", prompt("+".join(["1"] * 256)), "200", answered("addition", "256")),
    Case("long-word", prompt("reverse " + "a" * 500 + "b"), "200", answered("reversal", "b" + "a" * 500)),
    Case("max-length-512", prompt("x" * 512), "200", refused),
    Case("too-long-513", prompt("x" * 513), "4xx"),
    Case("blank", prompt(" \t\n "), "4xx"),
    Case("html-script", prompt('reverse <script>alert("x")</script>'), "200", refused),
    Case("html-script-raw", prompt("</script><img src=x onerror=alert(1)>", ascii_only=False), "200", refused),
    Case("json-breaker", prompt('reverse "}], "task": "hacked'), "200", refused),
    Case("crlf-injection", prompt("reverse abc\r\nSet-Cookie: pwned=1"), "200", no_injected_header),
    Case("format-strings", prompt("%s%s%n {0} {prompt!r} ${7*7} {{7*7}}"), "200", refused),
    Case("sql-ish", prompt("'; DROP TABLE users; --"), "200", refused),
    Case(
        "stream-script",
        prompt("reverse <script>x</script>", path=STREAM),
        "200",
        event_stream("reversal", ">tpircs/<x>tpircs<"),
    ),
    Case("stream-bad-json", post(b"{", path=STREAM), "4xx"),
    # ---- methods, paths, headers ----
    Case("put-complete", request("PUT", API, b'{"prompt": "hi"}'), "4xx"),
    Case("delete-complete", request("DELETE", API, content_type=None), "4xx"),
    Case("get-complete", get(API), "4xx"),
    Case("unknown-method", request("FROB", API, content_type=None), "4xx", app_answered=False),
    Case("traversal-plain", get("/../../etc/passwd"), "any", never_leaks_files),
    Case("traversal-encoded", get("/%2e%2e/%2e%2e/etc/passwd"), "any", never_leaks_files),
    Case("traversal-assets", get("/assets/..%2f..%2fapp%2fmain.py"), "any", never_leaks_files),
    Case("traversal-assets-plain", get("/assets/../../app/main.py"), "any", never_leaks_files),
    Case(
        "traversal-assets-double-encoded",
        get("/assets/%252e%252e%252f%252e%252e%252fapp%252fmain.py"),
        "any",
        never_leaks_files,
    ),
    Case("traversal-backslash", get("/assets/..%5c..%5capp%5cmain.py"), "any", never_leaks_files),
    Case("traversal-absolute", get("//etc/passwd"), "any", never_leaks_files),
    Case("traversal-nul", get("/assets/app.js%00.html"), "any", never_leaks_files),
    Case("traversal-api", get("/api/../../etc/passwd"), "any", never_leaks_files),
    Case("traversal-api-encoded", get("/api/%2e%2e/%2e%2e/etc/passwd"), "any", never_leaks_files),
    Case("traversal-v1", get("/v1/../../etc/passwd"), "any", never_leaks_files),
    Case("traversal-v1-encoded", get("/v1/%2e%2e%2f%2e%2e%2fetc%2fpasswd"), "any", never_leaks_files),
    Case("traversal-health", get("/health/../../etc/passwd"), "any", never_leaks_files),
    Case("traversal-health-encoded", get("/health/%2e%2e/%2e%2e/etc/passwd"), "any", never_leaks_files),
    Case("static-index", get("/"), "200", never_leaks_files),
    Case("static-asset", get("/assets/app.js"), "200", never_leaks_files),
    Case("static-missing-asset", get("/assets/nope.js"), "4xx"),
    Case("spa-route", get("/some/client/route"), "200", never_leaks_files),
    Case("long-url-10k", get("/" + "a" * 10_000), "any", never_leaks_files),
    Case("query-script", get("/health?x=<script>alert(1)</script>&y=%00%ff"), "200"),
    Case("oversized-header-100k", get("/health", b"X-Big: " + b"a" * 100_000 + b"\r\n"), "4xx", app_answered=False),
    Case(
        "many-headers-5000",
        get("/health", b"".join(b"X-H%d: v\r\n" % i for i in range(5000))),
        "4xx",
        app_answered=False,
    ),
    Case("hostile-request-id", get("/health", b"X-Request-ID: <script>\r\n"), "200"),
    Case(
        "content-length-negative",
        request("POST", API, content_length=False, headers=b"Content-Length: -1\r\n"),
        "4xx",
        app_answered=False,
    ),
    Case(
        "content-length-garbage",
        request("POST", API, content_length=False, headers=b"Content-Length: ten\r\n"),
        "4xx",
        app_answered=False,
    ),
    Case(
        "content-length-and-chunked",
        request(
            "POST",
            API,
            b"0\r\n\r\n",
            content_length=False,
            headers=b"Content-Length: 5\r\nTransfer-Encoding: chunked\r\n",
        ),
        "4xx",
        app_answered=False,
    ),
    Case("content-length-70k", post(b'{"prompt": "' + b"a" * 70_000 + b'"}'), "4xx"),
    Case("garbage-request-line", b"GARBAGE\r\n\r\n", "4xx", app_answered=False),
    Case("http-0.9", b"GET /\r\n\r\n", "any", app_answered=False),
]


def test_there_are_at_least_fifty_distinct_cases() -> None:
    assert len(CASES) >= 50
    assert len({case.id for case in CASES}) == len(CASES)
    assert len({case.raw for case in CASES}) == len(CASES)


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_hostile_request_gets_a_4xx_or_a_sane_200_fast(live_server: LiveServer, case: Case) -> None:
    response = exchange(live_server.port, case.raw)
    assert response.status, f"no HTTP response within the timeout ({response.seconds:.2f}s)"
    assert response.status < 500, response.body[:500]
    assert response.seconds < SECOND, f"took {response.seconds:.2f}s"
    if case.expect == "4xx":
        assert 400 <= response.status < 500, (response.status, response.body[:300])
    elif case.expect == "200":
        assert response.status == 200, (response.status, response.body[:300])
    else:
        assert response.status == 200 or 400 <= response.status < 500
    if case.app_answered or "x-request-id" in response.headers:
        assert response.headers.get("x-content-type-options") == "nosniff"
        assert "x-request-id" in response.headers
    if response.headers.get("content-type") == "application/json":
        json.loads(response.body)  # every JSON reply parses, including errors
    assert "server" not in response.headers  # started with --no-server-header, as `make run` does
    assert b"Traceback" not in response.body
    if case.check is not None and response.status == 200:
        case.check(response)
    assert live_server.healthy(), "the server stopped answering /health"


def test_hostile_request_id_is_replaced_not_echoed(live_server: LiveServer) -> None:
    response = exchange(live_server.port, get("/health", b"X-Request-ID: <script>alert(1)</script>\r\n"))
    assert re.fullmatch(r"[0-9a-f]{32}", response.headers["x-request-id"])
    good = exchange(live_server.port, get("/health", b"X-Request-ID: trace-abc.123\r\n"))
    assert good.headers["x-request-id"] == "trace-abc.123"


def test_a_100k_header_gets_431_from_the_app(live_server: LiveServer) -> None:
    response = exchange(live_server.port, get("/health", b"X-Big: " + b"a" * 100_000 + b"\r\n"))
    assert response.status == 431
    assert "16 KiB" in str(response.json())


# ---- body limit: announced and streamed ---------------------------------------------------------------
def test_an_announced_70k_body_is_refused_before_it_is_sent(live_server: LiveServer) -> None:
    head = request("POST", API, content_length=False, headers=b"Content-Length: 71680\r\n")
    started = time.perf_counter()
    with socket.create_connection(("127.0.0.1", live_server.port), timeout=2) as sock:
        sock.sendall(head)  # headers only: the 413 must come without a byte of the body
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    response = parse_response(data, time.perf_counter() - started)
    assert response.status == 413
    assert response.seconds < 0.5
    assert "limit" in str(response.json())


def test_a_chunked_body_over_64k_gets_413_long_before_it_is_all_sent(live_server: LiveServer) -> None:
    """200 KB streamed in 4 KiB chunks with no Content-Length: the 413 arrives after about 64 KiB."""
    head = request("POST", API, content_length=False, headers=b"Transfer-Encoding: chunked\r\n")
    chunk = b'{"prompt": "' + b"a" * 4084  # 4 KiB of an endless JSON string
    total, sent, data = 200 * 1024, 0, b""
    started = time.perf_counter()
    with socket.create_connection(("127.0.0.1", live_server.port), timeout=2) as sock:
        sock.sendall(head)
        while sent < total:
            ready, _, _ = select.select([sock], [], [], 0)
            if ready:
                break  # the server has answered: stop sending
            try:
                sock.sendall(b"%x\r\n%s\r\n" % (len(chunk), chunk))
            except (BrokenPipeError, ConnectionResetError):
                break
            sent += len(chunk)
            time.sleep(0.005)
        sock.settimeout(2)
        try:
            while piece := sock.recv(65536):
                data += piece
        except ConnectionResetError:
            pass
    seconds = time.perf_counter() - started
    response = parse_response(data, seconds)
    assert response.status == 413, data[:300]
    assert sent < 128 * 1024, f"the client sent {sent} bytes before the 413 arrived"
    assert seconds < SECOND
    assert live_server.healthy()
    # and it keeps serving normal requests straight after
    after = exchange(live_server.port, prompt("What is 2 plus 3?"))
    assert after.status == 200
    FIVE(after)
