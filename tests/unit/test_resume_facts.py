"""JSON Resume's basics and facts: what the CV gives, and no empty key."""

from __future__ import annotations

import datetime
from typing import Any

from sphinx_cv.core.aggregate import SkillUsage
from sphinx_cv.core.jsonresume import basics, json_resume, shared_level
from sphinx_cv.core.person import Person, Profile
from sphinx_cv.core.records import (
    AwardRecord,
    EducationRecord,
    Facts,
    SkillRecord,
    Source,
)

GITHUB = {"network": "GitHub", "username": "ada", "url": "https://github.com/ada"}


def test_every_detail_of_the_person_has_its_key() -> None:
    person = Person(
        name="Ada",
        headline="Engineer",
        email="ada@example.org",
        phone="+44 20 7946 0000",
        url="https://ada.example/",
        location="London",
        profiles=(Profile(network="GitHub", username="ada", url=GITHUB["url"]),),
    )
    assert basics(person, "Builds things.") == {
        "name": "Ada",
        "label": "Engineer",
        "email": "ada@example.org",
        "phone": "+44 20 7946 0000",
        "url": "https://ada.example/",
        "summary": "Builds things.",
        "location": {"address": "London"},
        "profiles": [GITHUB],
    }


def test_what_is_not_given_is_left_out() -> None:
    assert basics(Person(name="Ada"), "") == {"name": "Ada"}
    assert basics(None, "") == {}


def resume_of(facts: Facts) -> dict[str, Any]:
    """A CV of these facts alone: no person, roles or skills."""
    return json_resume(
        person=None, roles={}, usages=[], facts=facts, today=datetime.date(2026, 11, 25)
    )


def test_an_awards_summary_is_kept() -> None:
    fellow = AwardRecord(Source("cv", 1, "psf"), "Fellow", "PSF", "For community.")
    resume = resume_of(Facts(awards=(fellow,)))
    assert resume["awards"] == [
        {"title": "Fellow", "awarder": "PSF", "summary": "For community."}
    ]


def test_a_course_keeps_every_field_it_is_given() -> None:
    durham = EducationRecord(
        Source("cv", 1, "durham"),
        "University of Durham",
        area="Electronics",
        study_type="Bachelor of Science",
        score="2:1",
        location="United Kingdom",
        url="https://www.durham.ac.uk/",
    )
    resume = resume_of(Facts(education=(durham,)))
    assert resume["education"] == [
        {
            "institution": "University of Durham",
            "url": "https://www.durham.ac.uk/",
            "area": "Electronics",
            "studyType": "Bachelor of Science",
            "score": "2:1",
            "x-location": "United Kingdom",
        }
    ]


def usage_of(name: str, category: str, level: str) -> SkillUsage:
    declared = SkillRecord(Source("skills", 1, name), name, category, level=level)
    return SkillUsage(name, category, declared, (), 0, None, in_current_use=False)


def test_a_skill_groups_level_is_the_level_its_skills_share() -> None:
    resume = json_resume(
        person=None,
        roles={},
        usages=[
            usage_of("HTML", "Web", "Master"),
            usage_of("CSS", "Web", "Master"),
            usage_of("Mpeg", "Compression", "Master"),
            usage_of("GIF", "Compression", "Beginner"),
            usage_of("Go", "Languages", ""),
        ],
        facts=Facts(),
        today=datetime.date(2026, 11, 25),
    )
    levels = {group["name"]: group.get("level") for group in resume["skills"]}
    assert levels == {"Web": "Master", "Compression": None, "Languages": None}


def usage_at_level(name: str, level: str | None) -> SkillUsage:
    """A skill used in no role; declared at ``level``, or not declared (None)."""
    declared = (
        None
        if level is None
        else SkillRecord(Source("skills", 1, ""), name, "Languages", level=level)
    )
    return SkillUsage(name, "Languages", declared, (), 0, None, in_current_use=False)


def test_a_group_has_the_level_its_skills_share_and_none_unless_they_all_do() -> None:
    assert shared_level([usage_at_level("Go", "Expert")] * 2) == "Expert"
    assert shared_level([usage_at_level("Go", "Expert"), usage_at_level("C", "")]) == ""
    assert shared_level([usage_at_level("Go", None)]) == ""
    assert shared_level([usage_at_level("Go", None), usage_at_level("C", "")]) == ""
