"""Logging: plain text by default, one JSON object per line with LOG_FORMAT=json; every record carries
the id of the request it belongs to (the X-Request-ID response header).

The access log is one line per request, so it has a cheap path: ``AccessRecord`` is a LogRecord built
without the stack walk and bookkeeping of ``Logger.info`` (a quarter of a request's cost on ``/health``
when it went through the usual path), and both formatters render it from fields they know to be plain
ASCII, without ``json.dumps`` or ``datetime``. It is still an ordinary record of the ``app.access`` logger:
levels, filters and handlers apply as to any other.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import sys
import threading
import time
import traceback
from collections.abc import Callable
from contextvars import ContextVar
from datetime import UTC, datetime
from typing import TextIO

request_id_var: ContextVar[str] = ContextVar("request_id", default="-")

ACCESS_LOGGER = "app.access"
access_logger = logging.getLogger(ACCESS_LOGGER)
_encode_json = json.JSONEncoder(ensure_ascii=False).encode


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id_var.get()
        return True


# Every attribute LogRecord.__init__ sets, with the values an access line has: formatters read them from
# the record's __dict__ (``"%(name)s" % record.__dict__``), so they are copied in, not class defaults.
_ACCESS_DEFAULTS: dict[str, object] = {
    "name": ACCESS_LOGGER,
    "msg": "%s %s %s %.2fms",
    "levelname": "INFO",
    "levelno": logging.INFO,
    "pathname": "",
    "filename": "",
    "module": "",
    "exc_info": None,
    "exc_text": None,
    "stack_info": None,
    "lineno": 0,
    "funcName": "",
    "thread": None,
    "threadName": None,
    "processName": "MainProcess",
    "relativeCreated": 0.0,
    "taskName": None,
}


_pid = os.getpid()  # getpid is a system call; refreshed in a forked child


def _refresh_pid() -> None:
    global _pid  # noqa: PLW0603
    _pid = os.getpid()


if hasattr(os, "register_at_fork"):  # POSIX
    os.register_at_fork(after_in_child=_refresh_pid)


class AccessRecord(logging.LogRecord):
    """One access-log line: method, route template, status, duration (see the module docstring)."""

    def __init__(self, method: str, route: str, status: int, duration_ms: float) -> None:
        # LogRecord.__init__ is skipped on purpose: its bookkeeping is most of the cost.
        self.__dict__.update(_ACCESS_DEFAULTS)
        self.created = time.time()
        self.msecs = int((self.created - int(self.created)) * 1000) + 0.0  # as LogRecord computes it
        self.process = _pid
        self.method, self.route, self.status, self.duration_ms = method, route, status, duration_ms
        self.args = (method, route, status, duration_ms)

    @property
    def fields(self) -> dict[str, object]:
        """The structured extras, as the general path gives them (only read by a formatter that wants them)."""
        return {"method": self.method, "route": self.route, "status": self.status, "duration_ms": self.duration_ms}

    def getMessage(self) -> str:  # noqa: N802  (LogRecord's name)
        return f"{self.method} {self.route} {self.status} {self.duration_ms:.2f}ms"


class _Seconds:
    """A timestamp's text up to the whole second, cached (it changes once a second), then the milliseconds."""

    def __init__(self, pattern: str, convert: Callable[[float], time.struct_time], millis: str) -> None:
        self.pattern, self.convert, self.millis = pattern, convert, millis
        self.second = -1
        self.prefix = ""

    def __call__(self, second: int, milliseconds: int) -> str:
        if second != self.second:
            self.second, self.prefix = second, time.strftime(self.pattern, self.convert(second))
        return self.prefix + self.millis % milliseconds


def _iso_parts(created: float) -> tuple[int, int]:
    """The second and millisecond datetime.fromtimestamp(created).isoformat(timespec="milliseconds") shows."""
    second = int(created)
    microseconds = round((created - second) * 1e6)  # rounded as datetime rounds it
    if microseconds >= 1_000_000:
        second, microseconds = second + 1, microseconds - 1_000_000
    return second, microseconds // 1000


class JsonFormatter(logging.Formatter):
    def __init__(self) -> None:
        super().__init__()
        self._time = _Seconds("%Y-%m-%dT%H:%M:%S", time.gmtime, ".%03d+00:00")  # isoformat's text

    def format(self, record: logging.LogRecord) -> str:
        if isinstance(record, AccessRecord):
            return self._access_line(record)
        entry = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", "-"),
        }
        fields = getattr(record, "fields", None)  # structured extras
        if isinstance(fields, dict):
            entry.update(fields)
        if record.exc_info:
            entry["traceback"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)

    def _access_line(self, record: AccessRecord) -> str:
        # The same object, key order and number text as the general path above gives; only the route and the
        # request id can need escaping, and they are encoded.
        request_id = getattr(record, "request_id", "-")
        return (
            f'{{"time": "{self._time(*_iso_parts(record.created))}", "level": "INFO", "logger": "{ACCESS_LOGGER}", '
            f'"message": {_encode_json(record.getMessage())}, "request_id": {_encode_json(request_id)}, '
            f'"method": "{record.method}", "route": {_encode_json(record.route)}, "status": {record.status}, '
            f'"duration_ms": {float(record.duration_ms)!r}}}'
        )


TEXT_FORMAT = "%(asctime)s %(levelname)s [%(request_id)s] %(name)s: %(message)s"


class TextFormatter(logging.Formatter):
    def __init__(self) -> None:
        super().__init__(TEXT_FORMAT)
        self._time = _Seconds("%Y-%m-%d %H:%M:%S", time.localtime, ",%03d")  # logging's asctime

    def format(self, record: logging.LogRecord) -> str:
        if isinstance(record, AccessRecord):
            request_id = getattr(record, "request_id", "-")
            asctime = self._time(int(record.created), int(record.msecs))
            return f"{asctime} INFO [{request_id}] {ACCESS_LOGGER}: {record.getMessage()}"
        return super().format(record)


class LoopBatchedStreamHandler(logging.StreamHandler):  # type: ignore[type-arg]
    """A StreamHandler that, inside a running event loop, writes the lines of one loop iteration with one
    write: a line per request otherwise costs a system call per request (several microseconds on a busy
    host). Lines go out at the end of the iteration that logged them, in order; an error line, a line
    logged outside the loop (startup, worker threads) and a flush (logging.shutdown at exit) go out at once."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__(stream)
        self._pending: list[str] = []
        # The thread and running loop that will flush at the end of its iteration, if any.
        self._flush_scheduled: tuple[int, asyncio.AbstractEventLoop] | None = None

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self._pending.append(self.format(record) + self.terminator)
        except Exception:
            self.handleError(record)
            return
        if record.levelno < logging.ERROR:
            scheduled = self._flush_scheduled
            if scheduled is not None and scheduled[0] == threading.get_ident() and scheduled[1].is_running():
                return  # this thread's loop flushes at the end of the iteration
            try:
                loop = asyncio.get_running_loop()  # a getpid() system call on Python 3.11: once an iteration
            except RuntimeError:
                loop = None
            if loop is not None:
                self._flush_scheduled = (threading.get_ident(), loop)
                loop.call_soon(self._scheduled_flush)
                return
        self.flush()

    def _scheduled_flush(self) -> None:
        try:
            self.flush()
        except Exception:  # as Handler.handleError does: report it, never break the event loop
            if logging.raiseExceptions:
                with contextlib.suppress(Exception):
                    traceback.print_exc(file=sys.stderr)

    def flush(self) -> None:
        with self.lock:  # type: ignore[union-attr]  # created in Handler.__init__
            self._flush_scheduled = None
            if self._pending:
                lines, self._pending = "".join(self._pending), []
                self.stream.write(lines)
            super().flush()


def configure_logging(level: str, log_format: str) -> None:
    handler = LoopBatchedStreamHandler(sys.stderr)
    handler.addFilter(RequestIdFilter())
    handler.setFormatter(JsonFormatter() if log_format == "json" else TextFormatter())
    app_logger = logging.getLogger("app")
    app_logger.handlers[:] = [handler]
    app_logger.setLevel(level.upper())
    app_logger.propagate = False
