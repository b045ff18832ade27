"""GET /api/skills: what the app can do, in registry order (drives the SPA's badges, examples and tagline)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from pydantic import BaseModel

from app.services.reasoning_service import ReasoningService
from app.skills import SKILLS

router = APIRouter()


class SkillExample(BaseModel):
    prompt: str
    answer: str | None


class SkillInfo(BaseModel):
    name: str
    title: str
    description: str
    examples: list[SkillExample]


class SkillsResponse(BaseModel):
    skills: list[SkillInfo]


@router.get("/api/skills", response_model=SkillsResponse, tags=["skills"])
async def list_skills(request: Request) -> SkillsResponse:
    """The registered skills: name (the `task` label), title, what it does ("I can ..."), example prompts."""
    service: ReasoningService = request.app.state.service
    return SkillsResponse(
        skills=[
            SkillInfo(
                name=name,
                title=name.capitalize(),
                description=getattr(skill, "capability", name),
                examples=[
                    SkillExample(prompt=skill.example_prompt, answer=service.complete(skill.example_prompt).answer)
                ],
            )
            for name, skill in SKILLS.items()
        ]
    )
