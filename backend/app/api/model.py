"""GET /api/model: how the served classifier was trained and how it does on its validation split.

The report is written by training into the artifact (app/ml/training.py), so it is the same whether the model
was trained at boot or by `make train`; the server reads it from the NumPy export, without torch.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response
from pydantic import ValidationError

from app.api.errors import ERROR_RESPONSES
from app.schemas import ErrorResponse, ModelReport

logger = logging.getLogger(__name__)
router = APIRouter(tags=["model"])


def model_report_body(report: dict[str, Any], fingerprint: str, labels: list[str]) -> bytes | None:
    """The reply, serialised once at startup; None if the artifact carries no complete report."""
    try:
        return (
            ModelReport(
                labels=labels,
                parameters=report["parameters"],
                training_seconds=report["seconds"],
                fingerprint=fingerprint,
                trained_at=report["trained_at"],
                history=report["history"],
                confusion=report["confusion"],
                reliability=report["reliability"],
                tagging=report.get("tagging", {}),
            )
            .model_dump_json()
            .encode()
        )
    except (KeyError, TypeError, ValidationError) as error:
        logger.warning("The model artifact carries no usable training report (%s)", error)
        return None


@router.get(
    "/api/model",
    response_model=ModelReport,
    responses={
        503: {"model": ErrorResponse, "description": "The served artifact carries no training report."},
        **{status: ERROR_RESPONSES[status] for status in (431, 500)},
    },
)
async def model_report(request: Request) -> Response:
    """The training report: labels, parameter count, training time, loss and accuracy per epoch, and the
    confusion matrix and reliability bins of the validation split."""
    body: bytes | None = request.app.state.model_report
    if body is None:
        raise HTTPException(503, "The served model artifact carries no training report; retrain it (make train).")
    return Response(body, media_type="application/json", headers={"Cache-Control": "no-cache"})
