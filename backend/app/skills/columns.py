"""Column arithmetic shared by the skills that work digit by digit (addition, subtraction)."""

from __future__ import annotations

# Explanations detail this many columns, then summarise the rest, so they stay under ~40 steps.
DETAILED_COLUMNS = 30
COLUMN_NAMES = (
    "Ones",
    "Tens",
    "Hundreds",
    "Thousands",
    "Ten-thousands",
    "Hundred-thousands",
    "Millions",
    "Ten-millions",
    "Hundred-millions",
    "Billions",
    "Ten-billions",
    "Hundred-billions",
)


def column_name(column: int) -> str:
    if column < len(COLUMN_NAMES):
        return f"{COLUMN_NAMES[column]} column"
    return f"Column {column + 1} from the right"
