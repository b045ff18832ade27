"""OpenAI-compatible API under /v1: GET /v1/models, GET /v1/models/{id}, POST /v1/chat/completions.

Thin like the app's own routes: pick the prompt out of the messages, answer it through app.api.answers,
shape the reply. Every error on these routes is in OpenAI's shape (app.api.errors.OpenAIRoute).
"""

from __future__ import annotations

from fastapi import APIRouter

from app.api.errors import V1_PREFIX, OpenAIRoute
from app.api.v1 import chat, models

router = APIRouter(prefix=V1_PREFIX, tags=["openai"], route_class=OpenAIRoute)
router.include_router(models.router)
router.include_router(chat.router)
