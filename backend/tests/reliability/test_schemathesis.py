"""Property-based fuzzing of every operation in the app's own OpenAPI schema (schemathesis, all default checks).

Each response must be documented — status code, content type, body schema — and never be a server error.
500 examples per operation, derandomized so that a failure reproduces. The schema is the one the app serves;
the calls go in-process to a fresh app (its lifespan loads the session's trained weights).

(``schemathesis.pytest.from_fixture`` would be the natural loader, but in schemathesis 4.32 it reads
``node._nodeid``, which pytest 9 no longer has; a schema built from ``app.openapi()`` needs no server.)
"""

from __future__ import annotations

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, settings

from app.config import Settings
from app.main import app as default_app
from app.main import create_app

schema = schemathesis.openapi.from_dict(default_app.openapi())


@pytest.fixture(scope="module")
def fuzzed_app(settings: Settings) -> FastAPI:
    return create_app(settings)


@pytest.mark.slow
@schema.parametrize()
@settings(
    max_examples=500,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
)
def test_every_operation_conforms_to_its_schema(case: schemathesis.Case, fuzzed_app: FastAPI) -> None:
    case.call_and_validate(app=fuzzed_app)


def test_the_fuzzed_schema_is_the_served_schema(fuzzed_app: FastAPI) -> None:
    assert fuzzed_app.openapi() == default_app.openapi()


def test_the_schema_documents_every_error_status() -> None:
    paths = default_app.openapi()["paths"]
    for path in ("/api/complete", "/api/complete/stream"):
        assert {"200", "400", "413", "422", "431", "500"} <= set(paths[path]["post"]["responses"]), path
    assert {"200", "431", "500"} <= set(paths["/health"]["get"]["responses"])
    assert "/metrics" in paths
