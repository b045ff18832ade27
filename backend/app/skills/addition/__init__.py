"""Addition of two or more whole numbers, explained column by column."""

from app.skills.addition.skill import ADDITION, SKILL

__all__ = ["ADDITION", "SKILL"]
