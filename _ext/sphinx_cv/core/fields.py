"""How a directive option's written value reads: a list, a whole number."""

from __future__ import annotations

import re


def split_list(text: str) -> list[str]:
    """A comma-separated option as a list, blanks dropped and spacing normalised."""
    return [" ".join(item.split()) for item in text.split(",") if item.strip()]


def whole_number(text: str) -> int | None:
    """The number if ``text`` is ASCII digits only, else None.

    ``str.isdigit`` also accepts "²" and "٣", which ``int`` then refuses.
    """
    return int(text) if re.fullmatch(r"[0-9]+", text) else None
