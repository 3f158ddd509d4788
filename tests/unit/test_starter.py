"""The starter's pure parts: file names, and MyST text that reads back as written."""

from __future__ import annotations

import pytest
from sphinx_cv.starter import markup
from sphinx_cv.starter.project import file_stem


@pytest.mark.parametrize(
    ("name", "stem"),
    [
        ("Grace Hopper", "grace-hopper-cv"),
        ("Dr. Lena Vasquez", "dr-lena-vasquez-cv"),
        ("Zoë Ñuñez", "zoe-nunez-cv"),
        ("ليلى حداد", "cv"),
    ],
)
def test_a_files_name_is_the_persons_in_plain_letters(name: str, stem: str) -> None:
    assert file_stem(name) == stem


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("plain words, kept", "plain words, kept"),
        ("- not a bullet", "\\- not a bullet"),
        ("12. not an item", "12\\. not an item"),
        ("1) nor this", "1\\) nor this"),
        ("2026 was a year", "2026 was a year"),
        ("# no heading", "\\# no heading"),
        (":org: no option", "\\:org: no option"),
        ("a *b* `c` {d} <e> & f | g", "a \\*b\\* \\`c\\` \\{d\\} \\<e\\> \\& f \\| g"),
        ("back\\slash", "back\\\\slash"),
    ],
)
def test_text_is_escaped_where_it_could_be_markup(text: str, written: str) -> None:
    assert markup.text(text) == written


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("Analytical Engines", "Analytical Engines"),
        ("Python, Go", "Python, Go"),
        ("https://example.org/", '"https://example.org/"'),
        ("C# # not a comment", '"C# # not a comment"'),
        ('"quoted"', '"\\"quoted\\""'),
        ("- a dash", '"- a dash"'),
        ("ends with a space ", '"ends with a space "'),
    ],
)
def test_an_option_is_quoted_when_myst_would_read_it_otherwise(
    value: str, written: str
) -> None:
    assert markup.option(value) == written
