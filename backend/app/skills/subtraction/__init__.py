"""Subtraction of whole numbers, explained column by column with each borrow shown."""

from app.skills.subtraction.skill import SKILL, SUBTRACTION

__all__ = ["SKILL", "SUBTRACTION"]
