"""Characters no reader can see, which the CV leaves out of what it shows."""

from __future__ import annotations

import re
import unicodedata

# Embeddings, overrides and isolates make a reader see other text than the data
# holds (the "Trojan Source" trick); the marks (U+200E, U+200F) only nudge.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_NONCHARACTER_BLOCK = range(0xFDD0, 0xFDEF + 1)
_LAST_TWO_OF_A_PLANE = 0xFFFE
_WHITE_SPACE_CONTROLS = frozenset("\t\n\r\f\v")


def hidden_characters(text: str) -> str:
    """The characters of ``text`` no reader can see but that change what is shown.

    Control characters (a terminal's escape, a bell) are invisible or garbage in
    HTML and invalid in XML, noncharacters are Unicode's for a program's own use,
    and bidirectional controls reorder the text around them. White space is not
    counted: fields' spacing is normalised anyway.
    """
    return "".join(
        char
        for char in text
        if char in _BIDI_CONTROLS
        or (unicodedata.category(char) == "Cc" and char not in _WHITE_SPACE_CONTROLS)
        or _is_noncharacter(char)
    )


def without_hidden_characters(text: str) -> str:
    hidden = hidden_characters(text)
    return "".join(char for char in text if char not in hidden)


def _is_noncharacter(char: str) -> bool:
    """U+FDD0..U+FDEF and the last two of each plane: never for interchange."""
    code = ord(char)
    return code in _NONCHARACTER_BLOCK or code & 0xFFFE == _LAST_TWO_OF_A_PLANE


def unwritable_in_xml(text: str) -> str:
    """The characters of ``text`` that XML 1.0, and so a Word document, cannot hold.

    Control characters other than tab and line ends, lone surrogates, and U+FFFE
    and U+FFFF.
    """
    return "".join(_NOT_XML_CHARACTER.findall(text))


def without_unwritable_in_xml(text: str) -> str:
    return _NOT_XML_CHARACTER.sub("", text)


# XML 1.0's Char production, negated: one search of the text, not a test a
# character (a Word document asks of every run).
_NOT_XML_CHARACTER = re.compile(
    "[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)
