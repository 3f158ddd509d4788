"""Text shown short: the summary as a link preview shows it, a role's name in a list.

Cut between words, and marked as cut.
"""

from __future__ import annotations

ELLIPSIS = "\N{HORIZONTAL ELLIPSIS}"


def short_description(text: str, limit: int) -> str:
    """The first paragraph on one line, cut between words to ``limit`` characters."""
    paragraphs = [" ".join(part.split()) for part in text.split("\n\n")]
    first = next((paragraph for paragraph in paragraphs if paragraph), "")
    return cut_between_words(first, limit)


def cut_between_words(line: str, limit: int) -> str:
    """``line`` (with single spaces) if it fits in ``limit``, else cut to fit, "…".

    A word longer than the limit is cut inside.
    """
    if len(line) <= limit:
        return line
    room = line[: limit - len(ELLIPSIS) + 1]
    # Spaces are single and inside: what is left of the last one ends in a word.
    cut = room.rsplit(" ", 1)[0] if " " in room else room[:-1]
    return cut + ELLIPSIS
