"""Which Noto fonts a LuaLaTeX document falls back on: those its text needs.

Each font in the chain is loaded for every size and weight of every family the
document sets, whether or not a character needs it; Noto's CJK font alone took
over a second of a Latin CV's three.
"""

from __future__ import annotations

import pytest
from sphinx_cv.outputs.latex.fonts import every_script_fonts, fallback_fonts

ARABIC, HEBREW = "Noto Sans Arabic", "Noto Serif Hebrew"
DEVANAGARI, BENGALI, THAI = (
    "Noto Serif Devanagari",
    "Noto Serif Bengali",
    "Noto Serif Thai",
)


@pytest.mark.parametrize(
    ("text", "fonts"),
    [
        ("Jonathan Hartley, Ordnance Survey", ()),
        ("Zoë Ñuñez, Nguyễn Thị Minh Khai", ()),
        # Noto Serif itself sets Greek and Cyrillic.
        ("Ελένη Παπαδοπούλου, Анна Иванова", ()),
        ("سارة أحمد", (ARABIC,)),
        ("ﷺ", (ARABIC,)),  # a presentation form: Arabic's too
        ("דנה כהן", (HEBREW,)),
        ("अनन्या शर्मा", (DEVANAGARI,)),
        ("অনন্যা", (BENGALI,)),
        ("สมชาย", (THAI,)),
        ("김민준", ("Noto Serif CJK JP",)),
        ("かな", ("Noto Serif CJK JP",)),
        # In the chain's order, whatever the text's.
        ("דנה, سارة, 田中, สมชาย", (THAI, "Noto Serif CJK JP", ARABIC, HEBREW)),
    ],
)
def test_a_text_falls_back_on_noto_serif_and_its_scripts_fonts(
    text: str, fonts: tuple[str, ...]
) -> None:
    assert fallback_fonts("en", text) == ("Noto Serif", *fonts)


def test_han_is_set_in_the_forms_of_the_cvs_language() -> None:
    assert fallback_fonts("zh_CN", "王小明") == ("Noto Serif", "Noto Serif CJK SC")
    assert fallback_fonts("ja", "王小明") == ("Noto Serif", "Noto Serif CJK JP")


@pytest.mark.parametrize(
    ("language", "font"),
    [
        ("ja", "Noto Serif CJK JP"),
        ("zh_TW", "Noto Serif CJK TC"),
        ("ko", "Noto Serif CJK KR"),
        ("ar", ARABIC),
        ("he", HEBREW),
        ("hi", DEVANAGARI),
        ("th", THAI),
    ],
)
def test_a_cv_in_a_language_always_has_its_scripts_font(
    language: str, font: str
) -> None:
    """Sphinx's own words (its messages, beside the .tex) are the language's."""
    assert font in fallback_fonts(language, "Ada Lovelace")


@pytest.mark.parametrize("language", ["en", "de", "pl", "el", "ru", "xx", ""])
def test_a_language_in_noto_serifs_scripts_or_unknown_adds_no_font(
    language: str,
) -> None:
    assert fallback_fonts(language, "Ada Lovelace") == ("Noto Serif",)


def test_the_shaped_families_are_those_of_the_texts_scripts() -> None:
    latin = every_script_fonts("en", "Ada Lovelace")
    assert r"\newfontfamily" not in latin
    assert "Noto Serif CJK" not in latin
    arabic = every_script_fonts("en", "سارة أحمد")
    assert r"\newfontfamily\cvfontarabic{Noto Sans Arabic}" in arabic
    assert r"\cvfonthebrew" not in arabic


def test_without_a_text_every_font_is_in_the_chain() -> None:
    every = every_script_fonts("en")
    for font in (DEVANAGARI, BENGALI, THAI, "Noto Serif CJK JP", ARABIC, HEBREW):
        assert f'"{font}:mode=harf;"' in every
        assert f'"{font}/B:mode=harf;"' in every
    for family in ("arabic", "hebrew", "devanagari", "thai"):
        assert rf"\newfontfamily\cvfont{family}" in every
