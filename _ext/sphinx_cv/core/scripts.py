"""Which writing system a text is in, as a document's fonts and direction need.

Word picks a run's font by the kind of script it holds: Latin (``w:ascii``), East
Asian (``w:eastAsia``) or complex (``w:cs``: Arabic, Hebrew, the Indic scripts).
A right-to-left script also turns the run (``w:rtl``) and, when it starts the
paragraph, the paragraph (``w:bidi``).
"""

from __future__ import annotations

import enum
import itertools
import unicodedata
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from collections.abc import Sequence

Key = TypeVar("Key")


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


# Noto's CJK fonts each hold every Han, kana and hangul character, in the forms of
# one region. Kana and hangul are the same in each; Han is written differently in
# Japan, mainland China, Taiwan and Hong Kong, and Korea, so it is set in the
# forms of the CV's language (Japanese's unless the CV is in Chinese or Korean).
TRADITIONAL_CHINESE = frozenset({"zh_TW", "zh_HK", "zh-TW", "zh-HK"})


def han_font(language: str) -> str:
    """The Noto Serif CJK font that writes Han as the CV's language does."""
    if language.startswith("zh"):
        traditional = language in TRADITIONAL_CHINESE
        return "Noto Serif CJK TC" if traditional else "Noto Serif CJK SC"
    if language.startswith("ko"):
        return "Noto Serif CJK KR"
    return "Noto Serif CJK JP"


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


# -- runs: where a PDF changes direction, or font ----------------------------------

# Unicode's bidirectional classes, as the runs below need them: strong left-to-right
# and right-to-left, numbers, the separators and terminators that join a number's
# digits ("3.5", "20 %"), and the neutrals, whose direction their neighbours decide.
LEFT, RIGHT, NUMBER, SEPARATOR, TERMINATOR, NEUTRAL = "L", "R", "N", "S", "T", "O"
_CLASSES = {
    "L": LEFT,
    "R": RIGHT,
    "AL": RIGHT,
    "EN": NUMBER,
    "AN": NUMBER,
    "ES": SEPARATOR,
    "CS": SEPARATOR,
    "ET": TERMINATOR,
}
# A mark or a joiner takes its letter's class and script (UAX #9, W1).
_ATTACHED = frozenset({"NSM", "BN"})


def _classes(text: str) -> list[str]:
    """Each character's class, its marks and numbers' punctuation resolved."""
    classes: list[str] = []
    for char in text:
        bidi = unicodedata.bidirectional(char)
        if bidi in _ATTACHED and classes:
            classes.append(classes[-1])
        else:
            classes.append(_CLASSES.get(bidi, NEUTRAL))
    # "3.5" and "3,000" are one number (W4); "20 %" and "$5" hold a number's sign (W5).
    for index, kind in enumerate(classes):
        before = classes[index - 1] if index else NEUTRAL
        after = classes[index + 1] if index + 1 < len(classes) else NEUTRAL
        if kind == SEPARATOR and before == after == NUMBER:
            classes[index] = NUMBER
    for index, kind in enumerate(classes):
        if kind == TERMINATOR:
            near = {classes[index - 1] if index else NEUTRAL}
            near.add(classes[index + 1] if index + 1 < len(classes) else NEUTRAL)
            classes[index] = NUMBER if NUMBER in near else NEUTRAL
    return [NEUTRAL if kind in {SEPARATOR, TERMINATOR} else kind for kind in classes]


def _strong_directions(classes: list[str], base: str) -> list[str]:
    """LEFT or RIGHT for every strong character and number, as neutrals see them.

    A number reads in the direction of the strong character before it (W2, W7):
    "Python 3" is left-to-right, "لمدة 5" right-to-left with the number in it.
    """
    directions: list[str] = []
    last_strong = base  # pragma: no mutate
    for kind in classes:
        if kind in {LEFT, RIGHT}:
            last_strong = kind
        directions.append(last_strong if kind == NUMBER else kind)
    return directions


def _levels(text: str, *, right_to_left: bool) -> list[int]:
    base = RIGHT if right_to_left else LEFT
    classes = _classes(text)
    directions = _strong_directions(classes, base)
    # A neutral between two of one direction takes it, else the line's (N1, N2).
    resolved = list(directions)
    index = 0
    while index < len(directions):
        if directions[index] != NEUTRAL:
            index += 1
            continue
        end = index
        while end < len(directions) and directions[end] == NEUTRAL:
            end += 1
        before = directions[index - 1] if index else base
        after = directions[end] if end < len(directions) else base
        resolved[index:end] = [before if before == after else base] * (end - index)
        index = end
    levels: list[int] = []
    for kind, direction in zip(classes, resolved, strict=True):  # pragma: no mutate
        if base == LEFT:
            nested_number = kind == NUMBER and direction == RIGHT
            levels.append(2 if nested_number else int(direction == RIGHT))
        else:
            levels.append(2 if direction == LEFT or kind == NUMBER else 1)
    return levels


def directional_runs(
    text: str, *, right_to_left: bool | None = None
) -> list[tuple[str, int]]:
    """The text's runs and their levels in Unicode's bidirectional algorithm.

    UAX #9's embedding levels, for one paragraph of plain text: 0 is
    left-to-right in a left-to-right line; 1 right-to-left; 2 left-to-right
    inside right-to-left (a name such as "Python", or a number). The line's
    direction is its first strong character's (P2, P3), unless ``right_to_left``
    says it: a page set right to left gives every line its direction (HL1).
    Embeddings, isolates and mirrored brackets are left out: a CV's text rarely
    holds them.
    """
    if not text:
        return []
    if right_to_left is None:
        right_to_left = starts_right_to_left(text)
    if not right_to_left and not is_right_to_left(text):
        return [(text, 0)]
    return _grouped(text, _levels(text, right_to_left=right_to_left))


def _grouped(text: str, keys: Sequence[Key]) -> list[tuple[str, Key]]:
    runs: list[tuple[str, Key]] = []
    start = 0
    for index in range(1, len(text) + 1):
        if index == len(text) or keys[index] != keys[start]:
            runs.append((text[start:index], keys[start]))
            start = index
    return runs


# The scripts whose letters change shape with their neighbours, which a PDF sets in
# a font of their own, shaped for that script.
SHAPED = COMPLEX


def script_runs(text: str) -> list[tuple[str, Script | None]]:
    """The text's runs of a shaped script (``SHAPED``), and of everything else.

    Marks and joiners belong to their letter; spaces and punctuation between two
    letters of one shaped script belong to its run, so a name is one run.
    """
    if not text:
        return []
    scripts: list[Script | None] = []
    for char in text:
        attached = unicodedata.bidirectional(char) in _ATTACHED
        if attached and scripts:
            scripts.append(scripts[-1])
            continue
        script = script_of(char)
        scripts.append(script if script in SHAPED else None)
    letters = [
        index
        for index, char in enumerate(text)
        if unicodedata.category(char)[0] in {"L", "M", "N"}
    ]
    for before, after in itertools.pairwise(letters):
        if scripts[before] is not None and scripts[before] == scripts[after]:
            scripts[before:after] = [scripts[before]] * (after - before)
    return _grouped(text, scripts)
