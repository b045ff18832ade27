"""The floor the app is measured against: FastAPI with one route and no middleware, served by the same
uvicorn command line as the app (`bench.bare:app` in place of `app.main:app`), in the same run."""

from __future__ import annotations

from fastapi import FastAPI

app = FastAPI()


@app.get("/health")
async def health() -> dict[str, str]:
    return {"status": "ok"}
