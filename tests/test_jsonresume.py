"""``make jsonresume``: the CV as JSON Resume 1.3.1, from the same records."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, cast

import jsonschema
import pytest
from support.builds import TODAY, build_project, warnings_of
from support.hostile import (
    ESCAPING_ROOT_WARNING,
    HOSTILE_LOCATION,
    HOSTILE_ORG,
    HOSTILE_SKILLS,
    HOSTILE_TITLE,
)
from support.jsonresume import SCHEMA, WORK, strings
from support.mutation_timing import shared

if TYPE_CHECKING:
    from pathlib import Path

    from sphinx.testing.util import SphinxTestApp


@pytest.fixture(scope=shared("module"))
def resume(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    built = build_project("jsonresume", tmp_path_factory.mktemp("jsonresume"))
    assert built.warnings == ""
    return json.loads(built.read("resume.json"))


def test_it_validates_against_the_json_resume_schema(resume: dict[str, Any]) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validate(resume, schema, format_checker=jsonschema.FormatChecker())
    # And names it, for the editors and validators that read "$schema".
    assert resume["$schema"] == (
        "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"
    )


def test_basics_come_from_cv_person_and_the_summary(resume: dict[str, Any]) -> None:
    basics = resume["basics"]
    assert basics["name"] == "Jonathan Hartley"
    assert basics["label"] == (
        "Software developer: a back-end generalist, specializing in Python"
    )
    assert basics["summary"].startswith("I'm an experienced software developer")
    assert basics["summary"].endswith("expectations of one another.")
    assert "\n\nGood teams are a pre-requisite" in basics["summary"]
    assert basics["profiles"] == [
        {
            "network": "GitHub",
            "username": "tartley",
            "url": "https://github.com/tartley",
        }
    ]


def test_every_role_arrives_newest_first_with_its_dates(
    resume: dict[str, Any],
) -> None:
    work = resume["work"]
    assert [
        (
            job["name"],
            job.get("position"),
            job["startDate"],
            job.get("endDate"),
            len(job["highlights"]),
        )
        for job in work
    ] == WORK
    lambda_ = work[0]
    assert lambda_["summary"].startswith("Lambda's public cloud provides premier GPUs")
    assert lambda_["highlights"][0].startswith("I analyze & deliver new features.")
    assert lambda_["x-skills"] == ["Python", "FastAPI"]
    assert "summary" not in work[2]  # IBM Cloud's page has bullets only
    assert work[5]["highlights"][0].endswith(
        'End users described it as "about a billion times better" than their last '
        "commissioned tool. The dataset they produced with my tool ended up winning "
        "that year's British Cartographic Society award."
    )


def test_skills_carry_the_derived_figures(resume: dict[str, Any]) -> None:
    categories = {group["name"]: group for group in resume["skills"]}
    assert next(iter(categories)) == "Programming languages and platforms"
    languages = categories["Programming languages and platforms"]
    assert languages["keywords"][:2] == ["Python", ".Net"]
    figures = {skill["name"]: skill for skill in languages["x-skills"]}
    assert figures["Python"] == {
        "name": "Python",
        "x-years": 15,
        "x-lastUsed": "present",
        "x-current": True,
    }
    assert figures[".Net"]["x-lastUsed"] == "2011-05"
    assert figures["C"] == {"name": "C", "x-current": False}
    every_skill = [name for group in resume["skills"] for name in group["keywords"]]
    assert len(every_skill) == len(set(every_skill)) == 31


def test_education_awards_and_projects_are_the_pages_facts(
    resume: dict[str, Any],
) -> None:
    assert resume["education"] == [
        {
            "institution": "University of Durham",
            "area": "Electronics",
            "studyType": "Bachelor of Science",
            "score": "2:1 (with Honors)",
            "x-location": "United Kingdom",
        }
    ]
    assert resume["awards"] == [
        {
            "title": "Fellow of the Python Software Foundation",
            "awarder": "Python Software Foundation",
        }
    ]
    assert resume["projects"] == [
        {
            "name": "Colorama",
            "url": "https://github.com/tartley/colorama",
            "description": "Creator of Colorama, the world's 28th most popular "
            "Python library.",
        }
    ]
    assert resume["meta"] == {"lastModified": TODAY}


def test_no_string_carries_markup(resume: dict[str, Any]) -> None:
    texts = list(strings(resume))
    assert len(texts) > 50  # the whole CV's strings, not none
    for text in texts:
        for markup in ["<", "**", "{cv:", "`", "](", ":::"]:
            assert markup not in text, text


@pytest.mark.sphinx("jsonresume", testroot="escaping", freshenv=True)
def test_hostile_text_arrives_exactly(app: SphinxTestApp) -> None:
    app.build()
    assert warnings_of(app) == [ESCAPING_ROOT_WARNING]
    resume = json.loads((app.outdir / "resume.json").read_text(encoding="utf-8"))
    jsonschema.validate(resume, json.loads(SCHEMA.read_text(encoding="utf-8")))
    job = resume["work"][0]
    assert job["name"] == HOSTILE_ORG  # "</script>" and all, as data
    assert job["position"] == HOSTILE_TITLE  # quotes and a backslash
    assert job["location"] == HOSTILE_LOCATION  # the combining accent kept
    assert job["x-skills"] == [*HOSTILE_SKILLS, "<b>bold</b>"]
    names = [profile["url"] for profile in resume["basics"]["profiles"]]
    assert names == ["https://github.com/z_o%20b#top"]  # never javascript:


def add_summary(srcdir: Path, page: str, text: str) -> None:
    """A summary on ``page``: appended to it, or an orphan page of its own."""
    path = srcdir / f"{page}.md"
    source = (
        path.read_text(encoding="utf-8")
        if path.exists()
        else (f"---\norphan: true\n---\n# {page}\n")
    )
    path.write_text(f"{source}\n:::{{cv:summary}}\n{text}\n:::\n", encoding="utf-8")


def basics_of(app: SphinxTestApp) -> dict[str, Any]:
    app.build()
    assert warnings_of(app) == []
    resume = json.loads((app.outdir / "resume.json").read_text(encoding="utf-8"))
    # Without a person or a summary there are no basics at all.
    return cast("dict[str, Any]", resume.get("basics", {}))


@pytest.mark.sphinx(
    "jsonresume", testroot="basic", srcdir="root-summary", freshenv=True
)
def test_the_root_documents_summary_is_the_cvs(app: SphinxTestApp) -> None:
    # "about" sorts before "index": the root's is chosen, not the first found.
    add_summary(app.srcdir, "about", "From another page.")
    add_summary(app.srcdir, "index", "From the front page.")
    assert basics_of(app)["summary"] == "From the front page."


@pytest.mark.sphinx(
    "jsonresume", testroot="basic", srcdir="other-summary", freshenv=True
)
def test_without_one_on_the_root_another_pages_summary_serves(
    app: SphinxTestApp,
) -> None:
    add_summary(app.srcdir, "about", "From another page.")
    assert basics_of(app)["summary"] == "From another page."


@pytest.mark.sphinx("jsonresume", testroot="basic", freshenv=True)
def test_without_a_summary_there_is_none(app: SphinxTestApp) -> None:
    assert "summary" not in basics_of(app)


@pytest.mark.sphinx("jsonresume", testroot="basic", freshenv=True)
def test_a_roles_url_is_its_work_entrys(app: SphinxTestApp) -> None:
    app.build()
    resume = json.loads((app.outdir / "resume.json").read_text(encoding="utf-8"))
    urls = {job["name"]: job.get("url") for job in resume["work"]}
    assert urls == {"Acme": None, "Initech": "https://example.org/initech"}
