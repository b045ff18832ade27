"""Whether one whole number is even or odd, explained through its last digit."""

from app.skills.parity.skill import PARITY, SKILL

__all__ = ["PARITY", "SKILL"]
