"""A text's runs: the stretches a PDF sets in one direction, and in one script's
font (``core/scripts.py``)."""

from __future__ import annotations

import pytest
from sphinx_cv.core.scripts import Script, directional_runs, script_runs

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
