"""JSON Resume's basics and facts: what the CV gives, and no empty key."""

from __future__ import annotations

import datetime
from typing import Any

from sphinx_cv.core.aggregate import SkillUsage, skill_usages
from sphinx_cv.core.dates import Period, parse_date
from sphinx_cv.core.jsonresume import (
    SCHEMA,
    basics,
    json_resume,
    shared_level,
    skill_figures,
)
from sphinx_cv.core.person import Person, Profile
from sphinx_cv.core.records import (
    AwardRecord,
    EducationRecord,
    Facts,
    ProjectRecord,
    RoleRecord,
    RoleText,
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


def test_a_small_cvs_whole_document_has_every_key_the_schema_names() -> None:
    person = Person(name="Ada", headline="Engineer")
    past = RoleRecord(
        Source("experience/bank", 3, "bank"),
        "Bank",
        Period(parse_date("2015-03"), parse_date("2019-11-30")),
        title="Developer",
        location="Leeds",
        url="https://bank.example/",
        skills=("Python", "Go"),
    )
    now = RoleRecord(
        Source("experience/lab", 3, "lab"),
        "Lab",
        Period(parse_date("2020")),
        skills=("Python",),
    )
    declared = [
        SkillRecord(
            Source("skills", 2, "python"), "Python", "Languages", level="Expert"
        )
    ]
    usages = skill_usages(
        [past, now], declared, today=datetime.date(2026, 11, 25), other_category="Other"
    )
    course = EducationRecord(Source("cv", 9, "uni"), "Uni", start=parse_date("1990"))
    project = ProjectRecord(
        Source("cv", 10, "p"), "Tool", "https://tool.example/", "A tool."
    )
    resume = json_resume(
        person=person,
        roles={past: RoleText("Ran payments.", ("Cut costs.",)), now: RoleText()},
        usages=usages,
        facts=Facts(summary="Builds things.", education=(course,), projects=(project,)),
        today=datetime.date(2026, 11, 25),
    )
    assert resume == {
        "$schema": SCHEMA,
        "basics": {"name": "Ada", "label": "Engineer", "summary": "Builds things."},
        "work": [
            {"name": "Lab", "startDate": "2020", "x-skills": ["Python"]},
            {
                "name": "Bank",
                "position": "Developer",
                "url": "https://bank.example/",
                "location": "Leeds",
                "startDate": "2015-03",
                "endDate": "2019-11-30",
                "summary": "Ran payments.",
                "highlights": ["Cut costs."],
                "x-skills": ["Python", "Go"],
            },
        ],
        "education": [{"institution": "Uni", "startDate": "1990"}],
        "projects": [
            {"name": "Tool", "url": "https://tool.example/", "description": "A tool."}
        ],
        "skills": [
            {
                "name": "Languages",
                "level": "Expert",
                "keywords": ["Python"],
                "x-skills": [
                    {
                        "name": "Python",
                        "x-years": 11,
                        "x-lastUsed": "present",
                        "x-current": True,
                    }
                ],
            },
            {
                "name": "Other",
                "keywords": ["Go"],
                "x-skills": [
                    {
                        "name": "Go",
                        "x-years": 4,
                        "x-lastUsed": "2019-11",
                        "x-current": False,
                    }
                ],
            },
        ],
        "meta": {"lastModified": "2026-11-25"},
    }


def test_a_courses_end_alone_is_its_end_date() -> None:
    course = EducationRecord(Source("cv", 9, "uni"), "Uni", end=parse_date("1994-06"))
    assert resume_of(Facts(education=(course,)))["education"] == [
        {"institution": "Uni", "endDate": "1994-06"}
    ]


def test_a_summary_without_a_person_is_the_basics() -> None:
    assert basics(None, "Builds things.") == {"summary": "Builds things."}


def test_a_skill_with_no_role_nor_figure_has_its_name_and_not_current() -> None:
    assert skill_figures(usage_at_level("Go", None)) == {
        "name": "Go",
        "x-current": False,
    }
