"""uvicorn's httptools protocol with Nagle's algorithm turned off on every connection.

The server runs on asyncio's own event loop (see the Makefile). asyncio turns TCP_NODELAY on only for a
socket whose ``proto`` is IPPROTO_TCP, and the listening socket that uvicorn binds itself (for
``--workers N`` or ``--reload``) has ``proto`` 0, as do the connections it accepts (uvicorn issue #3149, open
in 0.54; with ``--fd`` uvicorn even labels a TCP socket AF_UNIX). With Nagle's algorithm on, the body of every
response after the first on a keep-alive connection waits for the client's delayed ACK of the headers: about
40 ms a request on Linux, 360 requests per second with 2 workers instead of several thousand. A single
worker bound by asyncio itself is not affected on Linux, and uvloop sets the option on its own; with this
class every TCP connection gets it, however the socket was made.

Used as ``uvicorn app.main:app --http app.http_protocol:HttpToolsProtocolNoDelay``.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol


def disable_nagle(transport: asyncio.BaseTransport) -> None:
    """Send small writes at once on a TCP transport.

    The option is set whatever the socket says its family is (uvicorn's ``--fd`` socket says AF_UNIX even
    for TCP); on a real Unix socket, or one the peer has already reset, setting it fails and is ignored.
    """
    sock = transport.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


class HttpToolsProtocolNoDelay(HttpToolsProtocol):
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        disable_nagle(transport)
        super().connection_made(transport)
