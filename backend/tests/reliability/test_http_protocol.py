"""TCP_NODELAY on every connection, whichever way uvicorn binds its socket (app/http_protocol.py)."""

from __future__ import annotations

import asyncio
import socket
import statistics
import time
from pathlib import Path

import httpx
import pytest
from live_server import start_server

from app.http_protocol import disable_nagle
from app.ml.loader import LoadedModel


async def _nodelay_of_accepted_connection(listener: socket.socket, *, fix: bool) -> int:
    accepted: asyncio.Future[int] = asyncio.get_running_loop().create_future()

    class Probe(asyncio.Protocol):
        def connection_made(self, transport: asyncio.BaseTransport) -> None:
            if fix:
                disable_nagle(transport)
            sock = transport.get_extra_info("socket")
            accepted.set_result(sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            transport.close()

    server = await asyncio.get_running_loop().create_server(Probe, sock=listener)
    async with server:
        _, writer = await asyncio.open_connection(*listener.getsockname())
        value = await asyncio.wait_for(accepted, 5)
        writer.close()
    return value


@pytest.mark.parametrize("fix", [False, True])
def test_a_connection_accepted_on_a_socket_bound_like_uvicorn_workers_gets_nodelay(fix: bool) -> None:
    # uvicorn --workers N binds its listener this way: proto is left at 0, and asyncio then keeps Nagle on.
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    assert listener.proto == 0
    nodelay = asyncio.run(_nodelay_of_accepted_connection(listener, fix=fix))
    if fix:
        assert nodelay != 0
    else:
        # Documents why the protocol class exists; if asyncio or uvicorn ever sets it, drop the class.
        assert nodelay == 0


class _FakeTransport(asyncio.BaseTransport):
    def __init__(self, sock: socket.socket) -> None:
        super().__init__()
        self.sock = sock

    def get_extra_info(self, name: str, default: object = None) -> object:
        return self.sock if name == "socket" else default


def test_a_tcp_socket_labelled_unix_like_uvicorns_fd_option_gets_nodelay_too() -> None:
    # uvicorn --fd wraps the descriptor as socket.fromfd(fd, AF_UNIX, SOCK_STREAM), even for TCP.
    with socket.create_server(("127.0.0.1", 0)) as listener, socket.create_connection(listener.getsockname()):
        accepted, _ = listener.accept()
        with accepted, socket.fromfd(accepted.fileno(), socket.AF_UNIX, socket.SOCK_STREAM) as mislabelled:
            assert mislabelled.family == socket.AF_UNIX
            accepted.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 0)
            disable_nagle(_FakeTransport(mislabelled))
            assert accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0


def test_a_real_unix_socket_is_left_as_it_is() -> None:
    unix_socket, other_end = socket.socketpair(socket.AF_UNIX, socket.SOCK_STREAM)
    with unix_socket, other_end:
        disable_nagle(_FakeTransport(unix_socket))  # setting TCP_NODELAY there fails, quietly
        unix_socket.sendall(b"still usable")
        assert other_end.recv(32) == b"still usable"


@pytest.mark.slow
def test_two_workers_answer_keep_alive_requests_without_the_delayed_ack_wait(
    trained: LoadedModel, weights_path: Path, tmp_path: Path
) -> None:
    """With Nagle on, each response's body waits ~40 ms for the client's delayed ACK of its headers."""
    server = start_server(weights_path, tmp_path, workers=2)
    try:
        with httpx.Client(base_url=server.base_url, timeout=5) as client:  # one keep-alive connection
            seconds = []
            for index in range(30):
                started = time.perf_counter()
                response = client.post("/api/complete", json={"prompt": f"What is {index} plus 2?"})
                seconds.append(time.perf_counter() - started)
                assert response.status_code == 200
                assert response.json()["answer"] == str(index + 2)
        assert statistics.median(seconds) < 0.020, [round(s * 1000, 1) for s in seconds]
    finally:
        server.stop()
