"""Plain checks on the text a user types into a field."""

from __future__ import annotations

import sys
import unicodedata

import pytest
from sphinx_cv.core.characters import (
    hidden_characters,
    unwritable_in_xml,
    without_hidden_characters,
    without_unwritable_in_xml,
)
from sphinx_cv.core.fields import whole_number


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("0", 0),
        ("15", 15),
        ("007", 7),
        ("", None),
        ("-3", None),
        ("1.5", None),
        ("²", None),
        ("٣", None),
        ("1 5", None),
        ("ten", None),
    ],
)
def test_a_whole_number_is_written_in_ascii_digits(
    text: str, number: int | None
) -> None:
    assert whole_number(text) == number


@pytest.mark.parametrize(
    ("text", "hidden"),
    [
        ("Plain café 👩\u200d💻 \u200b", ""),
        ("Tab\tand\nnewline", ""),
        ("Bell\x07 escape\x1b[31m", "\x07\x1b"),
        ("\x00\x7f\x9b", "\x00\x7f\x9b"),
        ("Override \u202egnp.exe\u202c", "\u202e\u202c"),
        ("\u2066isolate\u2069 \u200e\u200f", "\u2066\u2069"),
        ("\ufdd0 \ufffe \U0010ffff \ufffd", "\ufdd0\ufffe\U0010ffff"),
    ],
)
def test_hidden_characters_are_controls_and_bidi_overrides(
    text: str, hidden: str
) -> None:
    assert hidden_characters(text) == hidden


def by_unicodes_own_tables(char: str) -> bool:
    """The rule in Unicode's terms: a control other than ASCII's white space, a
    bidirectional embedding, override or isolate, or a noncharacter."""
    code = ord(char)
    return (
        (unicodedata.category(char) == "Cc" and char not in "\t\n\v\f\r")
        or unicodedata.bidirectional(char) in {"LRE", "RLE", "PDF", "LRO", "RLO"}
        or unicodedata.bidirectional(char) in {"LRI", "RLI", "FSI", "PDI"}
        or 0xFDD0 <= code <= 0xFDEF
        or code & 0xFFFE == 0xFFFE
    )


def test_every_code_point_is_hidden_exactly_when_unicodes_tables_say() -> None:
    every = [chr(code) for code in range(sys.maxunicode + 1)]
    expected = "".join(char for char in every if by_unicodes_own_tables(char))
    assert hidden_characters("".join(every)) == expected
    assert len(expected) == 65 - 5 + 9 + 32 + 2 * 17


def test_without_hidden_characters_keeps_the_rest_in_order() -> None:
    assert (
        without_hidden_characters("Bell\x07 \u202eLtd\u202c 👩\u200d💻")
        == "Bell Ltd 👩\u200d💻"
    )
    assert without_hidden_characters("plain") == "plain"


WRITABLE_IN_XML = "\t\n\r \ud7ff\ue000\ufffd\U00010000\U0010ffff"
UNWRITABLE_IN_XML = "\x00\x08\x0b\x0c\x0e\x1f\ud800\udfff\ufffe\uffff"


def test_xml_holds_white_space_and_every_character_but_controls_and_surrogates() -> (
    None
):
    assert unwritable_in_xml(WRITABLE_IN_XML) == ""
    for char in UNWRITABLE_IN_XML:
        assert unwritable_in_xml(f"a{char}b") == char


def is_an_xml_character(code: int) -> bool:
    """XML 1.0's production: Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] |
    [#xE000-#xFFFD] | [#x10000-#x10FFFF]."""
    return (
        code in {0x9, 0xA, 0xD}
        or 0x20 <= code <= 0xD7FF
        or 0xE000 <= code <= 0xFFFD
        or 0x10000 <= code <= 0x10FFFF
    )


def test_every_code_point_is_unwritable_exactly_when_xml_says() -> None:
    every = "".join(chr(code) for code in range(sys.maxunicode + 1))
    expected = "".join(char for char in every if not is_an_xml_character(ord(char)))
    assert unwritable_in_xml(every) == expected


def test_what_xml_cannot_hold_is_named_in_order_and_left_out() -> None:
    text = "Ada\x07 and\x0b the\x1b Engine"
    assert unwritable_in_xml(text) == "\x07\x0b\x1b"
    assert without_unwritable_in_xml(text) == "Ada and the Engine"
