"""GET /api/model: the training report of the served artifact (issue 18)."""

from __future__ import annotations

from datetime import datetime

import pytest
from fastapi.testclient import TestClient

from app.api.model import model_report_body
from app.config import Settings
from app.ml.config import TrainConfig
from app.ml.loader import LoadedModel
from app.skills import TASK_LABELS


def test_the_report_of_the_served_model(client: TestClient, trained: LoadedModel) -> None:
    response = client.get("/api/model")
    assert response.status_code == 200
    body = response.json()
    assert body["labels"] == list(TASK_LABELS)
    assert body["fingerprint"] == client.get("/health").json()["model"]["fingerprint"] == trained.fingerprint
    assert body["parameters"] == trained.report["parameters"] > 1000
    assert body["training_seconds"] == pytest.approx(trained.report["seconds"]) and body["training_seconds"] > 0
    assert datetime.fromisoformat(body["trained_at"]).tzinfo is not None
    assert [entry["epoch"] for entry in body["history"]] == list(range(1, TrainConfig().epochs + 1))
    assert set(body["history"][0]) == {"epoch", "loss", "train_accuracy", "validation_accuracy"}
    assert body["confusion"]["labels"] == list(TASK_LABELS)
    assert len(body["confusion"]["matrix"]) == len(TASK_LABELS)
    assert all(len(row) == len(TASK_LABELS) for row in body["confusion"]["matrix"])
    assert len(body["reliability"]) == 10
    assert set(body["reliability"][0]) == {"lower", "upper", "count", "confidence", "accuracy"}
    # The tagger's scores, by task with operands (not "unsupported"), as the training report has them.
    assert set(body["tagging"]) == {"addition", "parity", "reversal", "subtraction", "chain"}
    assert body["tagging"]["addition"] == pytest.approx(trained.report["tagging"]["addition"])


def test_an_artifact_without_a_report_is_a_clear_503(client: TestClient) -> None:
    assert model_report_body({}, "fp", list(TASK_LABELS)) is None
    state = client.app.state  # type: ignore[attr-defined]
    kept, state.model_report = state.model_report, None
    try:
        response = client.get("/api/model")
    finally:
        state.model_report = kept
    assert response.status_code == 503
    assert "retrain" in response.json()["detail"]


def test_the_schema_documents_the_report(client: TestClient, settings: Settings) -> None:
    schema = client.get("/openapi.json").json()
    assert "/api/model" in schema["paths"]
    report = schema["components"]["schemas"]["ModelReport"]
    assert set(report["required"]) == {
        "labels",
        "parameters",
        "training_seconds",
        "fingerprint",
        "trained_at",
        "history",
        "confusion",
        "reliability",
        "tagging",
    }
