"""Names as the CV matches and anchors them.

"Web APIs" and "web  apis" are one skill; "C", "C#" and "C++" are three, with
three anchors.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_SPELLED_SYMBOLS = {
    "#": "sharp",
    "+": "plus",
    "&": "and",
    "@": "at",
    ".": "dot",
    "/": "slash",
    "%": "percent",
    "*": "star",
}


# Every link to a role or skill carries its anchor: one of a name of thousands of
# characters would be copied into each. A longer slug keeps its start, and a digest
# of the whole keeps it apart from others with that start.
LONGEST_SLUG = 120
DIGEST_LENGTH = 8
# What a slug's or a stem's words are joined by, and never start or end with.
SEPARATOR = "-"


def slug(text: str) -> str:
    """An ASCII anchor that keeps apart names docutils would merge: C, C# and C++.

    At most ``LONGEST_SLUG`` characters.
    """
    whole = full_slug(text)
    if len(whole) <= LONGEST_SLUG:
        return whole
    digest = hashlib.sha256(whole.encode()).hexdigest()[:DIGEST_LENGTH]
    start = whole[: LONGEST_SLUG - DIGEST_LENGTH - 1].rstrip(SEPARATOR)
    return f"{start}-{digest}"


def full_slug(text: str) -> str:
    pieces = []
    for char in unicodedata.normalize("NFKD", text.strip()).casefold():
        if unicodedata.combining(char):
            continue
        if char.isascii() and char.isalnum():
            pieces.append(char)
        elif char in _SPELLED_SYMBOLS:
            pieces.append(f"-{_SPELLED_SYMBOLS[char]}-")
        elif char.isalnum():
            pieces.append(f"-u{ord(char):x}-")
        else:
            pieces.append("-")
    return re.sub(r"-+", "-", "".join(pieces)).strip(SEPARATOR)


def readable_stem(text: str, longest: int) -> str:
    """A file name's stem from a name, readable in the name's own script.

    Latin letters lose their accents ("Zoë" gives "zoe"); a letter of any other
    script is kept as it is ("田中花子", "ελένη"), with its marks, since file
    systems and URLs hold them. Anything else separates words with "-". At most
    ``longest`` characters: a longer stem keeps its start and a digest of the
    whole, as ``slug`` does. "" when the name has no letter or digit.
    """
    pieces: list[str] = []
    for char in unicodedata.normalize("NFC", text).casefold():
        folded = "".join(
            part
            for part in unicodedata.normalize("NFKD", char)
            if not unicodedata.combining(part)
        )
        if folded.isascii() and folded.isalnum():
            pieces.append(folded)
        elif char.isalnum() or (
            unicodedata.category(char).startswith("M") and pieces[-1:] != ["-"]
        ):
            pieces.append(char)
        else:
            pieces.append("-")
    whole = re.sub(r"-+", "-", "".join(pieces)).strip(SEPARATOR)
    if len(whole) <= longest:
        return whole
    digest = hashlib.sha256(whole.encode()).hexdigest()[:DIGEST_LENGTH]
    return f"{whole[: longest - DIGEST_LENGTH - 1].rstrip(SEPARATOR)}-{digest}"


def name_key(name: str) -> str:
    """Names match whatever their case and runs of spaces: "c  sharp" is "C Sharp"."""
    return " ".join(name.split()).casefold()
