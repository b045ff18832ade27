"""The app factory. `uvicorn app.main:app` (from backend/) serves the API and, if built, the SPA.

The model is loaded (or trained once and cached) in the lifespan, before the server accepts a connection:
importing this module trains nothing, and no request ever meets an untrained model.
"""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import torch
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.api.json_body import install_request_body_schemas
from app.api.openai_routes import openai_http_exception_handler
from app.api.openai_routes import router as openai_router
from app.api.routes import router
from app.api.skills import router as skills_router
from app.config import Settings, get_settings
from app.logging_setup import configure_logging
from app.middleware import BodySizeLimitMiddleware, EdgeMiddleware
from app.models.loader import load_or_train
from app.observability import ObservabilityMiddleware, install_metrics, record_model_load
from app.schemas import ModelStatus
from app.services.prediction_cache import PredictionCache
from app.services.reasoning_service import ReasoningService
from app.skills import TASK_LABELS
from app.static_site import mount_spa

logger = logging.getLogger(__name__)


def _field_name(loc: tuple[Any, ...]) -> str:
    parts = [str(part) for part in loc if part != "body"]
    return ".".join(parts) or "body"


def validation_message(errors: list[dict[str, Any]]) -> str:
    """One sentence per problem, naming the field and what to fix."""
    messages = []
    for error in errors:
        kind, message = error.get("type", ""), str(error.get("msg", "invalid"))
        if kind == "json_invalid":
            reason = error.get("ctx", {}).get("error", "")
            messages.append(f'The request body is not valid JSON ({reason}). Send {{"prompt": "..."}}.')
            continue
        body_missing = kind == "missing" and _field_name(error["loc"]) == "body"
        if kind in ("model_attributes_type", "dict_type") or body_missing:
            messages.append(
                'The body must be a JSON object such as {"prompt": "What is 2 plus 3?"}, sent '
                "with Content-Type: application/json."
            )
            continue
        if kind == "missing":
            message = 'Field required: send {"prompt": "..."}'
        elif kind == "string_type":
            message = "must be a JSON string"
        elif kind == "string_unicode":
            message = "contains invalid Unicode (e.g. a lone surrogate); send valid UTF-8 text"
        elif message.startswith("Value error, "):
            message = message.removeprefix("Value error, ")
        messages.append(f"{_field_name(error['loc'])}: {message}")
    return " ".join(dict.fromkeys(messages)) or "Invalid request."


async def handle_validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errors = list(exc.errors())
    return JSONResponse(
        status_code=422,
        content={
            "detail": validation_message(errors),
            # Never echo the input back: it may be huge or hostile.
            "errors": [
                {"loc": list(e.get("loc", [])), "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))}
                for e in errors
            ],
        },
    )


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    configure_logging(settings.log_level, settings.log_format)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        loaded = await asyncio.to_thread(load_or_train, settings.model_weights_path)
        # Serving is many tiny forward passes: fastest on one torch thread per worker (TORCH_THREADS).
        torch.set_num_threads(settings.torch_threads)
        loaded.classifier.threads = settings.torch_threads
        # Prompts the model reads as the same text (numbers folded) share one cached prediction (exact).
        app.state.service = ReasoningService(PredictionCache(loaded.classifier), loaded.classifier.calibration)
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
        record_model_load(app, app.state.model_status.source, loaded.seconds)
        logger.info("Model ready (%s) in %.2fs", loaded.source, loaded.seconds)
        # Everything built so far (torch, the model, the app) lives as long as the process: move it out of
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
    app.add_exception_handler(StarletteHTTPException, openai_http_exception_handler)  # OpenAI shape on /v1 only
    app.include_router(router)
    app.include_router(skills_router)
    app.include_router(openai_router)  # OpenAI-compatible /v1
    install_request_body_schemas(app)  # the models that the lean body readers document
    install_metrics(app, settings.metrics_enabled)  # before the SPA's catch-all route
    mount_spa(app, settings.frontend_dist_dir)

    # Added last = outermost: Edge sees everything, including a 413 or a CORS rejection.
    app.add_middleware(
        CORSMiddleware,
        allow_origins=settings.cors_allowed_origins,
        allow_credentials=False,
        allow_methods=["GET", "POST", "OPTIONS"],
        allow_headers=["Content-Type", "Authorization", "X-Request-ID"],
        expose_headers=["X-Request-ID"],
        max_age=600,
    )
    app.add_middleware(BodySizeLimitMiddleware, max_body_bytes=settings.max_body_bytes)
    app.add_middleware(ObservabilityMiddleware)  # inside Edge (request id in its log line), outside the rest
    app.add_middleware(EdgeMiddleware)
    return app


app = create_app()
