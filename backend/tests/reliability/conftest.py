"""Fixtures for the reliability tests: one real uvicorn server per session, on the session's trained weights."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from live_server import LiveServer, start_server

from app.ml.loader import LoadedModel


@pytest.fixture(scope="session")
def live_server(
    trained: LoadedModel, weights_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveServer]:
    """One real server for the session (cached weights: it starts in about a second)."""
    server = start_server(weights_path, tmp_path_factory.mktemp("live-server"))
    yield server
    server.stop()
