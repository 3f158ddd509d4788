"""Which writing system a text is in, as a document's fonts and direction need.

Word picks a run's font by the kind of script it holds: Latin (``w:ascii``), East
Asian (``w:eastAsia``) or complex (``w:cs``: Arabic, Hebrew, the Indic scripts).
A right-to-left script also turns the run (``w:rtl``) and, when it starts the
paragraph, the paragraph (``w:bidi``).
"""

from __future__ import annotations

import enum
import unicodedata


class Script(enum.Enum):
    """The scripts a CV's fonts are chosen for; Latin, Greek and Cyrillic are one."""

    HAN = "han"
    KANA = "kana"
    HANGUL = "hangul"
    ARABIC = "arabic"
    HEBREW = "hebrew"
    DEVANAGARI = "devanagari"
    THAI = "thai"


# (first, last, script): Unicode's blocks for each, their extensions included.
_BLOCKS = (
    (0x0590, 0x05FF, Script.HEBREW),
    (0x0600, 0x06FF, Script.ARABIC),
    (0x0750, 0x077F, Script.ARABIC),
    (0x08A0, 0x08FF, Script.ARABIC),
    (0x0900, 0x097F, Script.DEVANAGARI),
    (0x0E00, 0x0E7F, Script.THAI),
    (0x1100, 0x11FF, Script.HANGUL),
    (0x3040, 0x30FF, Script.KANA),
    (0x3130, 0x318F, Script.HANGUL),
    (0x31F0, 0x31FF, Script.KANA),
    (0x3400, 0x4DBF, Script.HAN),
    (0x4E00, 0x9FFF, Script.HAN),
    (0xA960, 0xA97F, Script.HANGUL),
    (0xA8E0, 0xA8FF, Script.DEVANAGARI),
    (0xAC00, 0xD7AF, Script.HANGUL),
    (0xF900, 0xFAFF, Script.HAN),
    (0xFB1D, 0xFB4F, Script.HEBREW),
    (0xFB50, 0xFDFF, Script.ARABIC),
    (0xFE70, 0xFEFF, Script.ARABIC),
    (0x20000, 0x3134F, Script.HAN),
)
EAST_ASIAN = frozenset({Script.HAN, Script.KANA, Script.HANGUL})
COMPLEX = frozenset({Script.ARABIC, Script.HEBREW, Script.DEVANAGARI, Script.THAI})
RIGHT_TO_LEFT = frozenset({"R", "AL"})  # Unicode's strong right-to-left classes


def script_of(char: str) -> Script | None:
    code = ord(char)
    for first, last, script in _BLOCKS:
        if first <= code <= last:
            return script
    return None


def scripts_in(text: str) -> set[Script]:
    """The scripts of ``_BLOCKS`` the text holds; an ASCII text holds none."""
    if text.isascii():
        return set()
    return {script for char in text if (script := script_of(char)) is not None}


def is_right_to_left(text: str) -> bool:
    """Whether the text holds a strong right-to-left character."""
    return not text.isascii() and any(
        unicodedata.bidirectional(char) in RIGHT_TO_LEFT for char in text
    )


def starts_right_to_left(text: str) -> bool:
    """Whether the first strongly directed character is right-to-left.

    Unicode's rule for a paragraph's direction (UAX #9, P2 and P3).
    """
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in RIGHT_TO_LEFT:
            return True
        if direction == "L":
            return False
    return False


# pdflatex's fonts (T1, TeX Gyre) set Latin to Latin Extended-A; Vietnamese's
# stacked marks, Greek, Cyrillic and every other script need a Unicode engine.
LAST_CHARACTER_PDFLATEX_SETS = 0x017F


def needs_unicode_fonts(text: str) -> bool:
    """Whether a letter or mark of the text is beyond what pdflatex's fonts set."""
    return not text.isascii() and any(
        ord(char) > LAST_CHARACTER_PDFLATEX_SETS
        and unicodedata.category(char)[0] in {"L", "M"}
        for char in unicodedata.normalize("NFC", text)
    )
