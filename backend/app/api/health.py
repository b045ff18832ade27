"""GET/HEAD /health: ready to answer (the server only listens once the model is loaded or trained)."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from app.api.errors import ERROR_RESPONSES
from app.schemas import HealthResponse, ModelStatus

router = APIRouter()


@router.get(
    "/health",
    response_model=HealthResponse,
    responses={status: ERROR_RESPONSES[status] for status in (431, 500)},
    tags=["health"],
)
async def health(request: Request) -> Response:
    """Ready to answer: the server only starts listening once the model is loaded or trained."""
    # The reply only changes with the model status (set once at startup): serialized once, not per probe.
    status: ModelStatus = request.app.state.model_status
    cached: tuple[ModelStatus, bytes] | None = getattr(request.app.state, "health_reply", None)
    if cached is None or cached[0] is not status:
        cached = (status, HealthResponse(status="ok", model=status).model_dump_json().encode())
        request.app.state.health_reply = cached
    return Response(cached[1], media_type="application/json")


# HEAD for uptime probes; left out of the schema, where it would repeat GET's operation id.
router.add_api_route("/health", health, methods=["HEAD"], response_model=HealthResponse, include_in_schema=False)
