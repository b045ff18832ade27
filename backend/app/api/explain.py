"""POST /api/explain: which characters of a prompt decided the classifier's label (occlusion, app/ml/attribution.py)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from app.api.errors import ERROR_RESPONSES
from app.api.json_body import json_request_body, read_json_body
from app.ml.attribution import occlusion
from app.ml.inference import TaskClassifier
from app.schemas import ExplainRequest, ExplainResponse, TokenWeight

router = APIRouter(tags=["reasoning"])


@router.post(
    "/api/explain",
    response_model=ExplainResponse,
    responses=ERROR_RESPONSES,
    openapi_extra=json_request_body(ExplainRequest),
)
async def explain(request: Request) -> Response:
    """Each character's weight toward the label the classifier gives the prompt: the prompt is read again without
    each character in turn, all in one batched forward pass (a few milliseconds)."""
    body = await read_json_body(request, ExplainRequest)
    classifier: TaskClassifier = request.app.state.classifier
    # Off the event loop: a 512-character prompt is a few milliseconds of NumPy, other requests go on meanwhile.
    attribution = await run_in_threadpool(occlusion, classifier, body.prompt)
    reply = ExplainResponse(
        label=attribution.label,
        method="occlusion",
        tokens=[
            TokenWeight(text=text, weight=weight)
            for text, weight in zip(attribution.texts, attribution.weights, strict=True)
        ],
    )
    return Response(reply.model_dump_json(), media_type="application/json")
