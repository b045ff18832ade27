"""GET /v1/models and GET /v1/models/{id}: the one model this server serves."""

from __future__ import annotations

import time

from fastapi import APIRouter, Request

from app.api.errors import V1_ERRORS, OpenAIRoute, unknown_model
from app.openai_schemas import MODEL_ID, MODEL_OWNER, ModelCard, ModelList

router = APIRouter(route_class=OpenAIRoute)

_STARTED_AT = int(time.time())


def _created(request: Request) -> int:
    """When the served weights were written: fixed for a given artifact. Server start time if not on disk."""
    try:
        return int(request.app.state.settings.model_weights_path.stat().st_mtime)
    except (AttributeError, OSError):
        return _STARTED_AT


def _model_card(request: Request) -> ModelCard:
    return ModelCard(id=MODEL_ID, created=_created(request), owned_by=MODEL_OWNER)


@router.get("/models", response_model=ModelList, responses={500: V1_ERRORS[500]})
async def list_models(request: Request) -> ModelList:
    """The one model this server serves (OpenAI's `GET /v1/models`)."""
    return ModelList(data=[_model_card(request)])


@router.get("/models/{model_id:path}", response_model=ModelCard, responses={404: V1_ERRORS[404], 500: V1_ERRORS[500]})
async def retrieve_model(model_id: str, request: Request) -> ModelCard:
    """One model by id; 404 `model_not_found` for any other id."""
    if model_id != MODEL_ID:
        raise unknown_model(model_id)
    return _model_card(request)
