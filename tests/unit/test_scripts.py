"""A text's runs: the stretches a PDF sets in one direction, and in one script's
font (``core/scripts.py``)."""

from __future__ import annotations

import pytest
from sphinx_cv.core.scripts import (
    Script,
    directional_runs,
    han_font,
    is_right_to_left,
    needs_unicode_fonts,
    script_of,
    script_runs,
    scripts_in,
    starts_right_to_left,
)

ARABIC_NAME = "سارة أحمد"
HEBREW = "דנה כהן"


def test_a_left_to_right_text_is_one_run_at_level_zero() -> None:
    assert directional_runs("Python and Django, 2011–2017.") == [
        ("Python and Django, 2011–2017.", 0)
    ]


def test_a_right_to_left_text_is_one_run_at_level_one() -> None:
    assert directional_runs(f"{ARABIC_NAME}.") == [(f"{ARABIC_NAME}.", 1)]


def test_right_to_left_words_in_an_english_line_are_one_run_between_its_words() -> None:
    # The full stop lies between Hebrew and English: it takes the line's direction
    # (UAX #9, N1 and N2), so it is read after the Hebrew, as it was written.
    assert directional_runs(f"Worked with {HEBREW}. Then Python.") == [
        ("Worked with ", 0),
        (HEBREW, 1),
        (". Then Python.", 0),
    ]


def test_a_name_and_a_number_in_a_right_to_left_line_keep_their_order() -> None:
    text = "عملت مع Python 3 لمدة 5 سنوات"
    assert directional_runs(text) == [
        ("عملت مع ", 1),
        ("Python 3", 2),
        (" لمدة ", 1),
        ("5", 2),
        (" سنوات", 1),
    ]


def test_a_number_between_right_to_left_words_in_an_english_line_is_nested() -> None:
    assert directional_runs(f"At {HEBREW} 2020 {HEBREW} then") == [
        ("At ", 0),
        (f"{HEBREW} ", 1),
        ("2020", 2),
        (f" {HEBREW}", 1),
        (" then", 0),
    ]


def test_a_number_after_english_words_stays_in_their_run() -> None:
    assert directional_runs(f"Python 3 {HEBREW}") == [
        ("Python 3 ", 0),
        (HEBREW, 1),
    ]


def test_runs_join_back_into_the_text() -> None:
    text = f"«{ARABIC_NAME}» (2019) — Go, {HEBREW}! 3.5 yrs"
    assert "".join(run for run, _ in directional_runs(text)) == text


def test_an_empty_text_has_no_runs() -> None:
    assert directional_runs("") == []
    assert script_runs("") == []


def test_a_latin_or_east_asian_text_needs_no_font_of_its_own() -> None:
    assert script_runs("Zoë Okafor, 田中花子, 김민준") == [
        ("Zoë Okafor, 田中花子, 김민준", None)
    ]


@pytest.mark.parametrize(
    ("text", "script"),
    [
        (ARABIC_NAME, Script.ARABIC),
        (HEBREW, Script.HEBREW),
        ("अनन्या शर्मा", Script.DEVANAGARI),
        ("สมชาย ใจดี", Script.THAI),
    ],
)
def test_a_shaped_script_is_one_run_spaces_included(text: str, script: Script) -> None:
    assert script_runs(text) == [(text, script)]


def test_shaped_words_in_an_english_line_are_their_own_runs() -> None:
    assert script_runs("Led अनन्या शर्मा's team, with سارة.") == [
        ("Led ", None),
        ("अनन्या शर्मा", Script.DEVANAGARI),
        ("'s team, with ", None),
        ("سارة", Script.ARABIC),
        (".", None),
    ]


def test_marks_and_joiners_stay_with_their_letters() -> None:
    text = "क्\u200dष"  # a half form: a virama and a zero-width joiner inside
    assert script_runs(text) == [(text, Script.DEVANAGARI)]


def test_a_right_to_left_page_gives_an_english_text_its_direction() -> None:
    assert directional_runs("Python", right_to_left=True) == [("Python", 2)]
    assert directional_runs("PostgreSQL 16, Go", right_to_left=True) == [
        ("PostgreSQL 16, Go", 2)
    ]
    assert directional_runs(f"Python {ARABIC_NAME}", right_to_left=True) == [
        ("Python", 2),
        (f" {ARABIC_NAME}", 1),
    ]


def test_a_left_to_right_page_keeps_a_right_to_left_texts_own_runs() -> None:
    assert directional_runs(ARABIC_NAME, right_to_left=False) == [(ARABIC_NAME, 1)]


# --- numbers, marks and neutrals, rule by rule (UAX #9) ------------------------------

ARABIC = "سارة"
# The line's direction: its first strong character's, or the page's.
AS_WRITTEN, RIGHT_TO_LEFT_PAGE = "as written", "right to left"


@pytest.mark.parametrize(
    ("text", "page", "runs"),
    [
        # W4: a separator between two digits joins one number.
        (
            f"{ARABIC} 3.5 {ARABIC}",
            AS_WRITTEN,
            [(f"{ARABIC} ", 1), ("3.5", 2), (f" {ARABIC}", 1)],
        ),
        (
            f"{ARABIC} 3,000 {ARABIC}",
            AS_WRITTEN,
            [(f"{ARABIC} ", 1), ("3,000", 2), (f" {ARABIC}", 1)],
        ),
        (
            f"{ARABIC}, 1-2 {ARABIC}",
            AS_WRITTEN,
            [(f"{ARABIC}, ", 1), ("1-2", 2), (f" {ARABIC}", 1)],
        ),
        # ... and Arabic-Indic digits and their decimal separator are numbers too.
        (
            f"{ARABIC} ٣٫٥ {ARABIC}",
            AS_WRITTEN,
            [(f"{ARABIC} ", 1), ("٣٫٥", 2), (f" {ARABIC}", 1)],
        ),
        # A separator after a number alone is a neutral: the line's direction.
        (
            f"{HEBREW} 3. {HEBREW}",
            AS_WRITTEN,
            [(f"{HEBREW} ", 1), ("3", 2), (f". {HEBREW}", 1)],
        ),
        # W5: a sign beside a number is the number's; a space apart, a neutral.
        (
            f"{ARABIC} 20% {ARABIC}",
            AS_WRITTEN,
            [(f"{ARABIC} ", 1), ("20%", 2), (f" {ARABIC}", 1)],
        ),
        (
            f"{ARABIC} $5 {ARABIC}",
            AS_WRITTEN,
            [(f"{ARABIC} ", 1), ("$5", 2), (f" {ARABIC}", 1)],
        ),
        (f"5 % {ARABIC}", AS_WRITTEN, [("5", 2), (f" % {ARABIC}", 1)]),
        # A separator between letters is a neutral, which its letters' direction takes.
        (
            f"{ARABIC} a.b {ARABIC}",
            AS_WRITTEN,
            [(f"{ARABIC} ", 1), ("a.b", 2), (f" {ARABIC}", 1)],
        ),
        # W1: a combining mark is its letter's.
        (
            f"{ARABIC} cafe\u0301 {ARABIC}",
            AS_WRITTEN,
            [(f"{ARABIC} ", 1), ("cafe\u0301", 2), (f" {ARABIC}", 1)],
        ),
        (
            f"x {HEBREW}\u05b0 y",
            AS_WRITTEN,
            [("x ", 0), (f"{HEBREW}\u05b0", 1), (" y", 0)],
        ),
        # A number with no strong character before it reads in the line's direction.
        (f"3 {HEBREW}", AS_WRITTEN, [("3", 2), (f" {HEBREW}", 1)]),
        ("-- 5", RIGHT_TO_LEFT_PAGE, [("-- ", 1), ("5", 2)]),
        (f"{ARABIC} - 5", AS_WRITTEN, [(f"{ARABIC} - ", 1), ("5", 2)]),
        # In a left-to-right line, a number after right-to-left words is nested.
        (
            f"Python {HEBREW} 3",
            AS_WRITTEN,
            [("Python ", 0), (f"{HEBREW} ", 1), ("3", 2)],
        ),
        # A page set right to left nests every left-to-right run, however short.
        ("Python", RIGHT_TO_LEFT_PAGE, [("Python", 2)]),
        ("3.5", RIGHT_TO_LEFT_PAGE, [("3.5", 2)]),
        # At either end of the text: a mark after a space, a separator or a sign
        # first or last, a neutral first on a page set right to left.
        ("x \u05d0\u05b0 y", AS_WRITTEN, [("x ", 0), ("\u05d0\u05b0", 1), (" y", 0)]),
        (",5 \u05d0 3", AS_WRITTEN, [(",", 1), ("5", 2), (" \u05d0 ", 1), ("3", 2)]),
        ("% \u05d0 3", AS_WRITTEN, [("% \u05d0 ", 1), ("3", 2)]),
        ("\u05d0 5%", AS_WRITTEN, [("\u05d0 ", 1), ("5%", 2)]),
        ("\u05d0 $5", AS_WRITTEN, [("\u05d0 ", 1), ("$5", 2)]),
        (". Python", RIGHT_TO_LEFT_PAGE, [(". ", 1), ("Python", 2)]),
        # Neutrals first in the line take its direction.
        (f". {ARABIC}", AS_WRITTEN, [(f". {ARABIC}", 1)]),
    ],
)
def test_numbers_marks_and_neutrals_take_their_directions(
    text: str, page: str, runs: list[tuple[str, int]]
) -> None:
    right_to_left = True if page == RIGHT_TO_LEFT_PAGE else None
    assert directional_runs(text, right_to_left=right_to_left) == runs
    assert "".join(run for run, _ in runs) == text


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        # A mark and a joiner are their letter's; a space between one script's
        # letters is in its run; a number or another script's letters end it.
        (f"{ARABIC}\u064e {ARABIC}", [(f"{ARABIC}\u064e {ARABIC}", Script.ARABIC)]),
        (f"{ARABIC}\u200d{ARABIC}", [(f"{ARABIC}\u200d{ARABIC}", Script.ARABIC)]),
        (
            f"{ARABIC} 1 {ARABIC}",
            [(ARABIC, Script.ARABIC), (" 1 ", None), (ARABIC, Script.ARABIC)],
        ),
        (
            f"अनन्या, {ARABIC}",
            [("अनन्या", Script.DEVANAGARI), (", ", None), (ARABIC, Script.ARABIC)],
        ),
        ("xअनन्याy", [("x", None), ("अनन्या", Script.DEVANAGARI), ("y", None)]),
        # A mark typed on a space is the space's, and ends the run there.
        (
            f"{ARABIC} \u064e{ARABIC}",
            [(ARABIC, Script.ARABIC), (" \u064e", None), (ARABIC, Script.ARABIC)],
        ),
        # A mark with no letter before it is nobody's.
        (f"\u0301{ARABIC}", [("\u0301", None), (ARABIC, Script.ARABIC)]),
    ],
)
def test_script_runs_hold_marks_spaces_and_end_at_other_letters(
    text: str, runs: list[tuple[str, Script | None]]
) -> None:
    assert script_runs(text) == runs


@pytest.mark.parametrize(
    ("text", "expected"),
    [("123 abc", False), (f"123 {ARABIC}", True), ("!!", False), ("", False)],
)
def test_a_lines_direction_is_its_first_strong_characters(
    text: str, expected: object
) -> None:
    assert starts_right_to_left(text) is expected


@pytest.mark.parametrize(
    ("text", "needs"),
    [
        ("Zoe Okafor", False),
        ("Zoë Ó Dúnlaing", False),  # Latin-1
        ("Łukasz Żółć", False),  # Latin Extended-A, which T1 sets
        ("ſ", False),  # its last letter, U+017F
        ("ƀ", True),  # the first after it, U+0180
        ("Nguyễn", True),  # Vietnamese's stacked marks
        ("Ελένη", True),
        ("2011–2017 · “quoted” …", False),  # punctuation T1 has, past U+017F
    ],
)
def test_pdflatex_keeps_the_latin_it_sets_and_leaves_the_rest(
    text: str, needs: object
) -> None:
    assert needs_unicode_fonts(text) is needs


@pytest.mark.parametrize(
    ("language", "font"),
    [
        ("ja", "Noto Serif CJK JP"),
        ("en", "Noto Serif CJK JP"),
        ("zh_CN", "Noto Serif CJK SC"),
        ("zh", "Noto Serif CJK SC"),
        ("zh_TW", "Noto Serif CJK TC"),
        ("zh-HK", "Noto Serif CJK TC"),
        ("ko", "Noto Serif CJK KR"),
        ("ko_KR", "Noto Serif CJK KR"),
    ],
)
def test_han_takes_the_forms_of_the_cvs_language(language: str, font: str) -> None:
    assert han_font(language) == font


@pytest.mark.parametrize(
    ("char", "script"),
    [
        ("\u0590", Script.HEBREW),  # the first of a block
        ("\u05ff", Script.HEBREW),  # and the last
        ("가", Script.HANGUL),
        ("\ud7af", Script.HANGUL),
        ("\u30ff", Script.KANA),
        ("\U0003134f", Script.HAN),
        ("\u058f", None),  # Armenian, just before Hebrew
        ("\ufb1c", None),  # just before Hebrew's presentation forms
    ],
)
def test_a_character_is_of_its_unicode_blocks_script(
    char: str, script: Script | None
) -> None:
    assert script_of(char) is script


def test_a_text_holds_only_the_scripts_of_its_characters() -> None:
    assert scripts_in("Zoë Okafor 田中") == {Script.HAN}
    assert scripts_in("Zoë") == set()


@pytest.mark.parametrize(
    ("text", "right_to_left"),
    [("Zoë", False), ("café 3", False), ("Tel Aviv תל אביב", True), ("", False)],
)
def test_only_a_right_to_left_letter_makes_a_text_right_to_left(
    text: str, *, right_to_left: bool
) -> None:
    assert is_right_to_left(text) is right_to_left


def test_a_mark_no_latin_letter_composes_with_needs_unicode_fonts() -> None:
    # q with a tilde has no character of its own: the mark stays a mark.
    assert needs_unicode_fonts("q\u0303")
    assert not needs_unicode_fonts("Zoë Łukasz")
