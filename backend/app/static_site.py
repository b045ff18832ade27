"""Serve the built SPA (frontend/dist) from the API's own origin, so one process gives the whole app.

Files are served only from inside the dist folder (no path traversal); any other path that is not an API
path gets index.html, so client-side routes survive a reload. API paths never fall back to the SPA.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse
from starlette.routing import Match

API_PREFIXES = ("api", "v1", "health", "metrics", "docs", "redoc", "openapi.json")


def mount_spa(app: FastAPI, dist_dir: Path) -> None:
    root = dist_dir.resolve()
    index = root / "index.html"

    @app.api_route("/{full_path:path}", methods=["GET", "HEAD"], include_in_schema=False)
    async def spa(full_path: str) -> FileResponse:
        first_segment = full_path.split("/", 1)[0]
        if first_segment in API_PREFIXES:
            _raise_method_not_allowed_if_route_exists(app, "/" + full_path)
        if first_segment in API_PREFIXES or not index.is_file():
            raise HTTPException(404, "Not Found")
        try:
            candidate = (root / full_path).resolve()
            is_file = candidate.is_relative_to(root) and candidate.is_file()
        except (OSError, ValueError):  # e.g. an embedded NUL byte, or a name too long for the file system
            raise HTTPException(404, "Not Found") from None
        if is_file:
            immutable = candidate.parent.name == "assets"  # Vite's content-hashed files
            cache = "public, max-age=31536000, immutable" if immutable else "no-cache"
            return FileResponse(candidate, headers={"Cache-Control": cache})
        if Path(full_path).suffix:  # a missing file, not a client-side route
            raise HTTPException(404, "Not Found")
        return FileResponse(index, headers={"Cache-Control": "no-cache"})


def _raise_method_not_allowed_if_route_exists(app: FastAPI, path: str) -> None:
    """This catch-all answers every GET, so `GET /api/complete` would be a 404; it is a 405."""
    routes = [route for route in app.router.routes if getattr(route, "path", None) != "/{full_path:path}"]

    def served_with(method: str) -> bool:
        scope = {"type": "http", "path": path, "method": method, "root_path": "", "headers": []}
        return any(route.matches(scope)[0] == Match.FULL for route in routes)

    allowed = [method for method in ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE") if served_with(method)]
    if allowed:
        raise HTTPException(405, "Method Not Allowed", headers={"Allow": ", ".join(allowed)})
