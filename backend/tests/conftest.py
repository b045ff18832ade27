"""Shared fixtures: one real app per test session, trained once into a temporary weights path.

Nothing here reads or writes the repository's own artifact folder.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.config import Settings
from app.main import create_app
from app.ml.loader import LoadedModel
from app.services.classifier_setup import load_classifier


@pytest.fixture(scope="session")
def weights_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("weights") / "tiny_reasoning_model.pt"


@pytest.fixture(scope="session")
def trained(weights_path: Path) -> LoadedModel:
    """The real classifier, trained with the production recipe (a few seconds, once per session)."""
    return load_classifier(weights_path)


@pytest.fixture(scope="session")
def settings(weights_path: Path, trained: LoadedModel, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings(
        model_weights_path=weights_path,
        frontend_dist_dir=tmp_path_factory.mktemp("no-frontend") / "dist",
        stream_step_delay_ms=0,
        cors_allowed_origins=["https://app.example.test"],
    )


@pytest.fixture(scope="session")
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings), raise_server_exceptions=False) as test_client:
        yield test_client
