"""App variants for A/B runs of the benchmark (never deployed).

`bench.variants:without_prediction_cache` is the deployed app with the prediction cache taken out after
startup, so the same process, middleware and routes run with the plain classifier: the difference against
`app.main:app` is the cache's gain.
"""

from __future__ import annotations

from starlette.types import Receive, Scope, Send

from app.main import create_app
from app.services.prediction_cache import PredictionCache

_app = create_app()


async def without_prediction_cache(scope: Scope, receive: Receive, send: Send) -> None:
    if scope["type"] == "http":
        service = _app.state.service
        if isinstance(service.classifier, PredictionCache):
            service.classifier = service.classifier.classifier
    await _app(scope, receive, send)
