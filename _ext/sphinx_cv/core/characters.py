"""Characters no reader can see, which the CV leaves out of what it shows."""

from __future__ import annotations

import re


def hidden_characters(text: str) -> str:
    """The characters of ``text`` no reader can see but that change what is shown.

    Control characters (a terminal's escape, a bell) are invisible or garbage in
    HTML and invalid in XML, noncharacters are Unicode's for a program's own use,
    and bidirectional controls reorder the text around them. White space is not
    counted: fields' spacing is normalised anyway.
    """
    return "".join(_HIDDEN.findall(text))


def without_hidden_characters(text: str) -> str:
    return _HIDDEN.sub("", text)


def code_point(char: str) -> str:
    """A character as Unicode names it: "U+00E9"."""
    return f"U+{ord(char):04X}"


def code_points(text: str) -> str:
    """Each character of ``text`` once, as Unicode names it: "U+0007, U+202E"."""
    return ", ".join(code_point(char) for char in dict.fromkeys(text))


# One search of the text, not a test a character: every field and body is asked.
_HIDDEN = re.compile(
    "["
    # Unicode's controls (category Cc) but tab, line feed, VT, form feed and CR.
    "\x00-\x08\x0e-\x1f\x7f-\x9f"
    # Embeddings, overrides and isolates make a reader see other text than the
    # data holds (the "Trojan Source" trick); the marks (U+200E, U+200F) only nudge.
    "\u202a-\u202e\u2066-\u2069"
    # Noncharacters: U+FDD0..U+FDEF, and the last two of each of the 17 planes.
    "\ufdd0-\ufdef"
    + "".join(
        f"{chr(plane << 16 | 0xFFFE)}{chr(plane << 16 | 0xFFFF)}" for plane in range(17)
    )
    + "]"
)


def unwritable_in_xml(text: str) -> str:
    """The characters of ``text`` that XML 1.0, and so a Word document, cannot hold.

    Control characters other than tab and line ends, lone surrogates, and U+FFFE
    and U+FFFF.
    """
    return "".join(_NOT_XML_CHARACTER.findall(text))


def without_unwritable_in_xml(text: str) -> str:
    return _NOT_XML_CHARACTER.sub("", text)


# What XML 1.0's Char production leaves out, named: one search of the text, not a
# test a character (a Word document asks of every run). The production negated,
# "[^\t\n\r\x20-\ud7ff...]", says the same but took 4 ms to compile, at every start.
_NOT_XML_CHARACTER = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
