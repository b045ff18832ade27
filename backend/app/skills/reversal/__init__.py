"""Writing one word, or a quoted phrase, backwards by user-perceived characters."""

from app.skills.reversal.skill import REVERSAL, SKILL

__all__ = ["REVERSAL", "SKILL"]
