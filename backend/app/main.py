"""The app factory. `uvicorn app.main:app` (from backend/) serves the API and, if built, the SPA.

The model is loaded (or trained once and cached) in the lifespan, before the server accepts a connection:
importing this module trains nothing, and no request ever meets an untrained model.
"""

from __future__ import annotations

import gc

# Importing the app makes about a million objects and almost no cycles, yet each full collection on the way walks
# all of them: about 60 ms of a 0.6 s start. Collection resumes once the app is built (end of this module).
_COLLECTING_BEFORE_IMPORT = gc.isenabled()
gc.disable()

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import APIRouter, FastAPI
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.api import complete, explain, health, model, skills, v1
from app.api.errors import handle_http_exception, handle_validation_error
from app.api.json_body import install_request_body_schemas
from app.config import Settings, get_settings
from app.logging_setup import configure_logging
from app.middleware import EdgeMiddleware
from app.observability import get_metrics, install_metrics, record_model_load
from app.schemas import ModelStatus
from app.services.classifier_setup import load_classifier
from app.services.prediction_cache import PredictionCache
from app.services.reasoning_service import ReasoningService
from app.skills import TASK_LABELS
from app.static_site import mount_spa

logger = logging.getLogger(__name__)


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    configure_logging(settings.log_level, settings.log_format)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # The NumPy export of the weights; torch is imported only by a child process that trains or exports.
        loaded = await asyncio.to_thread(load_classifier, settings.model_weights_path)
        # Prompts the model reads as the same text (numbers folded) share one cached prediction (exact).
        app.state.classifier = loaded.classifier  # /api/explain reads it directly (no cache: many inputs)
        classifier = loaded.classifier
        tagger = classifier.operand_spans if classifier.tags else None
        app.state.service = ReasoningService(PredictionCache(classifier), classifier.calibration, tagger=tagger)
        app.state.model_status = ModelStatus(
            state="ready",
            source="cache" if loaded.source == "cache" else "trained",
            persisted=loaded.persisted,
            fingerprint=loaded.fingerprint,
            labels=list(TASK_LABELS),
            temperature=loaded.classifier.temperature,
            seconds_to_ready=round(loaded.seconds, 3),
            validation_accuracy=loaded.validation_accuracy,
        )
        app.state.model_report = model.model_report_body(loaded.report, loaded.fingerprint, list(TASK_LABELS))
        record_model_load(app, app.state.model_status.source, loaded.seconds)
        logger.info("Model ready (%s) in %.2fs", loaded.source, loaded.seconds)
        # Everything built so far (the model, the app) lives as long as the process: move it out of
        # the garbage collector's sight, so collections under load scan only per-request objects.
        gc.collect()
        gc.freeze()
        yield

    app = FastAPI(
        title="Mini Reasoning LLM",
        version="1.0.0",
        summary="A tiny character-level GRU recognises the task; exact solvers answer step by step.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.add_exception_handler(RequestValidationError, handle_validation_error)
    app.add_exception_handler(StarletteHTTPException, handle_http_exception)  # OpenAI shape on /v1 only
    for api in (health, complete, explain, model, skills):
        include_flat(app, api.router)
    app.include_router(v1.router)  # OpenAI-compatible /v1
    install_request_body_schemas(app)  # the models that the lean body readers document
    install_metrics(app, settings.metrics_enabled)  # before the SPA's catch-all route
    mount_spa(app, settings.frontend_dist_dir)
    # The one middleware: request id, security headers, header and body limits, CORS, 500s, metrics, access log.
    app.add_middleware(
        EdgeMiddleware,
        max_body_bytes=settings.max_body_bytes,
        metrics=get_metrics(app),
        cors_allowed_origins=settings.cors_allowed_origins,
    )
    return app


def include_flat(app: FastAPI, router: APIRouter) -> None:
    """``app.include_router(router)`` for a router with no prefix or settings of its own inclusion (each route
    carries its tags and responses): its routes go into the app's own list. FastAPI 0.165 keeps an included router
    nested, so a request matches the router, then its routes a second time, and every request recounts the routes
    of every nested router: 7 of the 56 us GET /health cost in process (the schema is the same)."""
    app.router.routes.extend(router.routes)


app = create_app()
if _COLLECTING_BEFORE_IMPORT:
    gc.enable()
