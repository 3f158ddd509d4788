"""JSON Resume's basics and facts: what the CV gives, and no empty key."""

from __future__ import annotations

import datetime

from sphinx_cv.core.jsonresume import Facts, basics, json_resume
from sphinx_cv.core.records import AwardRecord, Source

GITHUB = {"network": "GitHub", "username": "ada", "url": "https://github.com/ada"}


def test_every_detail_of_the_person_has_its_key() -> None:
    person = {
        "name": "Ada",
        "headline": "Engineer",
        "email": "ada@example.org",
        "url": "https://ada.example/",
        "location": "London",
        "profiles": [GITHUB],
    }
    assert basics(person, "Builds things.") == {
        "name": "Ada",
        "label": "Engineer",
        "email": "ada@example.org",
        "url": "https://ada.example/",
        "summary": "Builds things.",
        "location": {"address": "London"},
        "profiles": [GITHUB],
    }


def test_what_is_not_given_is_left_out() -> None:
    assert basics({"name": "Ada"}, "") == {"name": "Ada"}
    assert basics({}, "") == {}


def test_an_awards_summary_is_kept() -> None:
    fellow = AwardRecord(Source("cv", 1, "psf"), "Fellow", "PSF", "For community.")
    resume = json_resume(
        person={},
        roles={},
        usages=[],
        facts=Facts(awards=(fellow,)),
        today=datetime.date(2026, 11, 25),
    )
    assert resume["awards"] == [
        {"title": "Fellow", "awarder": "PSF", "summary": "For community."}
    ]
