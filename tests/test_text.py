"""The CV as plain text, for pasting into application forms: ``make text``."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from support.builds import BuiltProject

WIDTH = 70  # Sphinx's text builder wraps at 70 columns
HEADINGS = [
    ("Lambda", "Sep 2023 – present"),
    ("Canonical", "May 2019 – Jul 2023 · 4 yrs 3 mos"),
    ("IBM Cloud", "Jul 2017 – May 2019 · 1 yr 11 mos"),
    ("Resolver Systems", "Sep 2006 – May 2011 · 4 yrs 9 mos"),
    ("GIS consulting", "Aug 2003 – Sep 2006 · 3 yrs 2 mos"),
]


@pytest.fixture
def cv_text(project_text: BuiltProject) -> str:
    assert project_text.warnings == ""
    return project_text.read("cv.txt")


def test_the_cv_is_one_file_in_a_cvs_order(cv_text: str) -> None:
    lines = cv_text.splitlines()
    assert lines[0] == "Jonathan Hartley"
    sections = ["Summary", "Experience", "Skills", "Open source and community"]
    found = [lines.index(section) for section in [*sections, "Education"]]
    assert found == sorted(found)


def test_each_role_heading_has_its_dates_aligned_at_the_right(cv_text: str) -> None:
    lines = cv_text.splitlines()
    for org, dates in HEADINGS:
        heading = next(line for line in lines if line.startswith(org + " "))
        assert re.fullmatch(rf"{re.escape(org)} +{re.escape(dates)}.*", heading)
        assert len(heading) == WIDTH, heading


def test_there_is_no_markup_and_nothing_web_only(cv_text: str) -> None:
    for line in cv_text.splitlines():
        if set(line) <= {"*", "="}:
            continue  # a heading's underline
        assert "*" not in line, line
        assert "`" not in line, line
    for web_only in ["skills index", "Recent roles", "The whole story"]:
        assert web_only not in cv_text
    assert "I have 15 years experience in Python (and have used Go, C, C#" in (
        " ".join(cv_text.split())
    )
    assert "\n- I analyze & deliver new features." in cv_text  # bullets are dashes


def test_skills_wrap_between_items_never_inside_one(cv_text: str) -> None:
    lines = cv_text.splitlines()
    start = lines.index(
        "Programming languages and platforms: Python (15 yrs), .Net (7 yrs),"
    )
    assert lines[start + 1] == "    ArcObjects (3 yrs), Go (1 yr), C, C#, C++"
    assert all(len(line) <= WIDTH for line in lines)
    assert not any(line.endswith("(3") for line in lines)
