"""Settings, read once from the environment and backend/.env (see backend/.env.example for every key)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

BACKEND_DIR = Path(__file__).resolve().parent.parent
REPO_DIR = BACKEND_DIR.parent
DEFAULT_WEIGHTS_PATH = BACKEND_DIR / "app" / "ml" / "artifacts" / "tiny_reasoning_model.pt"
DEFAULT_CORS_ORIGINS = [
    "http://localhost:5173",
    "http://127.0.0.1:5173",
    "http://localhost:4173",
    "http://127.0.0.1:4173",
]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=BACKEND_DIR / ".env", env_file_encoding="utf-8", extra="ignore")

    model_weights_path: Path = Field(
        default=DEFAULT_WEIGHTS_PATH,
        description="Where the trained classifier is cached; trained and written there at first boot.",
    )
    cors_allowed_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=lambda: list(DEFAULT_CORS_ORIGINS),
        description="Comma-separated browser origins allowed to call the API (never '*').",
    )
    frontend_dist_dir: Path = Field(
        default=REPO_DIR / "frontend" / "dist",
        description="The built SPA served at /; if the folder is missing only the API is served.",
    )
    max_body_bytes: int = Field(default=64 * 1024, ge=1024, description="Larger request bodies get 413.")
    stream_step_delay_ms: int = Field(
        default=25, ge=0, le=2000, description="Pause between streamed chunks, so steps arrive visibly."
    )
    metrics_enabled: bool = Field(default=True, description="Serve Prometheus metrics at GET /metrics.")
    log_level: str = Field(default="INFO")
    log_format: Literal["text", "json"] = Field(default="text")

    @field_validator("cors_allowed_origins", mode="before")
    @classmethod
    def _split_origins(cls, value: object) -> object:
        if isinstance(value, str):
            value = [origin.strip() for origin in value.split(",") if origin.strip()]
        return value

    @field_validator("cors_allowed_origins")
    @classmethod
    def _no_wildcard(cls, origins: list[str]) -> list[str]:
        if "*" in origins:
            raise ValueError("'*' is not allowed: list the exact origins, e.g. https://my-app.vercel.app")
        return [origin.rstrip("/") for origin in origins]

    @field_validator("model_weights_path", "frontend_dist_dir")
    @classmethod
    def _relative_to_backend(cls, path: Path) -> Path:
        """Relative paths are read from backend/, wherever the server was started from."""
        return path if path.is_absolute() else BACKEND_DIR / path


@lru_cache
def get_settings() -> Settings:
    return Settings()
