"""The one way a route answers a prompt: ask the service, count the answer. Both APIs go through here, so
``mini_reasoning_answers_total`` counts /api/complete, its stream and /v1 alike."""

from __future__ import annotations

from fastapi import Request

from app.observability import record_completion
from app.services.reasoning_service import Completion, ReasoningService


def get_service(request: Request) -> ReasoningService:
    service: ReasoningService = request.app.state.service
    return service


def answer(request: Request, prompt: str) -> Completion:
    completion = get_service(request).complete(prompt)
    record_completion(request, completion.task)
    return completion
