"""What the machine-readable outputs (JSON Resume, JSON-LD) share."""

from __future__ import annotations

from typing import Any


def without_empty(mapping: dict[str, Any]) -> dict[str, Any]:
    """JSON Resume themes show a key that is there: leave out the empty ones.

    Zero and False are figures, and stay.
    """
    return {
        key: value
        for key, value in mapping.items()
        if value is not None and value not in ("", [], {})
    }
