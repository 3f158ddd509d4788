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
        # Never "cv.pdf": a name in another script is kept in it.
        ("ليلى حداد", "ليلى-حداد-cv"),
        ("田中花子", "田中花子-cv"),
        ("Ελένη Παπαδοπούλου", "ελένη-παπαδοπούλου-cv"),
        ("अनन्या शर्मा", "अनन्या-शर्मा-cv"),
        ("Nguyễn Thị Minh Khai", "nguyen-thi-minh-khai-cv"),
        ("김민준", "김민준-cv"),
        ("#1 100% $5", "1-100-5-cv"),
        ("***", "cv"),
    ],
)
def test_a_files_name_is_the_persons_readable_in_its_own_script(
    name: str, stem: str
) -> None:
    assert file_stem(name) == stem


def test_a_long_name_keeps_its_start_and_a_digest_of_the_rest() -> None:
    long_names = ["Wolfe " * 200, "Wolfe " * 200 + "Jr", "田" * 1000]
    stems = [file_stem(name) for name in long_names]
    assert len(set(stems)) == len(stems)
    for stem in stems:
        assert len(stem) <= 80
        assert len(stem.encode()) < 255 - len(".pdf.public")
        assert stem.endswith("-cv")


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
