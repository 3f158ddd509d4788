"""The summary as a link preview shows it: short, and cut between words."""

from __future__ import annotations

ELLIPSIS = "\N{HORIZONTAL ELLIPSIS}"


def short_description(text: str, limit: int) -> str:
    """The first paragraph on one line, cut between words to ``limit`` characters."""
    paragraphs = [" ".join(part.split()) for part in text.split("\n\n")]
    first = next((paragraph for paragraph in paragraphs if paragraph), "")
    if len(first) <= limit:
        return first
    room = first[: limit - len(ELLIPSIS) + 1]
    # Spaces are single and inside: what is left of the last one ends in a word.
    cut = room.rsplit(" ", 1)[0] if " " in room else room[:-1]
    return cut + ELLIPSIS
