"""GET /api/skills: what the app can do, straight from the skills registry (the SPA's badges and examples)."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import Response

from app.schemas import SkillExample, SkillInfo, SkillsResponse
from app.skills import REGISTERED

router = APIRouter()

_BODY = SkillsResponse(
    skills=[
        SkillInfo(
            name=skill.name,
            title=skill.title,
            description=skill.capability,
            examples=[SkillExample(prompt=example.prompt, answer=example.answer) for example in skill.examples],
        )
        for skill in REGISTERED
    ]
).model_dump_json()


@router.get("/api/skills", response_model=SkillsResponse, tags=["skills"])
async def list_skills() -> Response:
    """Every skill the app answers, in registry order, with example prompts and their answers."""
    return Response(_BODY, media_type="application/json", headers={"Cache-Control": "public, max-age=300"})
