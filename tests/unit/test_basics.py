"""JSON Resume's basics: the checked ``cv_person`` and the summary, no empty key."""

from __future__ import annotations

from sphinx_cv.core.jsonresume import basics

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
