"""Dumps what the SPA builds on from the real backend, in-process (no server, no port).

  openapi OUT   the OpenAPI schema from app.openapi(); the lifespan does not run, so nothing is trained
  replies OUT   real replies recorded through FastAPI's TestClient (the lifespan loads or trains the model)

Run with the backend's venv from backend/ (scripts/gen-api-types.mjs and scripts/record-fixtures.mjs do).
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

# Prompts whose replies the Vitest tests replay: one per behaviour the SPA renders differently.
PROMPTS = {
    "addition": "What is 47 plus 85?",
    "parity": "Is 1234 even or odd?",
    "reversal": 'Reverse the word "stressed"',
    "refusal": "What is 7 times 8?",
    "missing": "What is 2 plus?",
    # Issue 16: a two-step chain (addition, then parity). A backend without chains records its refusal.
    "chain": "Is the sum of 17 and 26 odd?",
}
# Prompts whose POST /api/explain replies are replayed (the known case first).
EXPLAIN = {"addition": "What is 2 plus 3?", "emoji": 'Reverse the word "🙂ab"'}
# Prompts the server rejects, and the status it answers with.
REJECTED = {"blank": "   ", "nul": "What is 2 plus 3?\u0000", "too_long": "a" * 513}


def dump(data: Any, path: str) -> None:
    with open(path, "w", encoding="utf-8") as out:
        json.dump(data, out, ensure_ascii=False, indent=2, sort_keys=True)
        out.write("\n")


def openapi(path: str) -> None:
    from app.main import create_app

    dump(create_app().openapi(), path)


def replies(path: str) -> None:
    os.environ["STREAM_STEP_DELAY_MS"] = "0"
    from fastapi.testclient import TestClient

    from app.main import create_app

    recorded: dict[str, Any] = {"complete": {}, "stream": {}, "rejected": {}, "explain": {}}
    with TestClient(create_app()) as client:
        skills = client.get("/api/skills")
        skills.raise_for_status()
        recorded["skills"] = skills.json()
        for name, prompt in PROMPTS.items():
            reply = client.post("/api/complete", json={"prompt": prompt})
            reply.raise_for_status()
            recorded["complete"][name] = {"prompt": prompt, "reply": reply.json()}
            stream = client.post("/api/complete/stream", json={"prompt": prompt})
            stream.raise_for_status()
            recorded["stream"][name] = {"prompt": prompt, "body": stream.text}
        for name, prompt in EXPLAIN.items():
            reply = client.post("/api/explain", json={"prompt": prompt})
            reply.raise_for_status()
            recorded["explain"][name] = {"prompt": prompt, "reply": reply.json()}
        model = client.get("/api/model")
        model.raise_for_status()
        recorded["model"] = model.json()
        for name, prompt in REJECTED.items():
            reply = client.post("/api/complete", json={"prompt": prompt})
            recorded["rejected"][name] = {"prompt": prompt, "status": reply.status_code, "body": reply.json()}
    dump(recorded, path)


if __name__ == "__main__":
    sys.path.insert(0, os.getcwd())  # the backend directory: `app` is imported from there
    mode, out_path = sys.argv[1], sys.argv[2]
    {"openapi": openapi, "replies": replies}[mode](out_path)
