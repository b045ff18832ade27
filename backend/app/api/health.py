"""GET/HEAD /health: ready to answer (the server only listens once the model is loaded or trained)."""

from __future__ import annotations

from fastapi import APIRouter, Request

from app.api.errors import ERROR_RESPONSES
from app.schemas import HealthResponse

router = APIRouter()


@router.get(
    "/health",
    response_model=HealthResponse,
    responses={status: ERROR_RESPONSES[status] for status in (431, 500)},
    tags=["health"],
)
async def health(request: Request) -> HealthResponse:
    """Ready to answer: the server only starts listening once the model is loaded or trained."""
    return HealthResponse(status="ok", model=request.app.state.model_status)


# HEAD for uptime probes; left out of the schema, where it would repeat GET's operation id.
router.add_api_route("/health", health, methods=["HEAD"], response_model=HealthResponse, include_in_schema=False)
