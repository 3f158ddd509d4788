"""Structured data on the site: JSON-LD for search engines, h-resume for the IndieWeb.

Both come from the cv domain's records, so they say what the pages say.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, cast

import mf2py
import pytest
from bs4 import BeautifulSoup
from sphinx_cv.snapshot import cv_snapshot
from support.builds import warnings_of
from support.hostile import ESCAPING_ROOT_WARNING, HOSTILE_NAME, HOSTILE_ORG
from support.jsonresume import WORK
from support.projects import Project, edit_a_role_beside_a_page_of_no_records

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from sphinx.testing.util import SphinxTestApp
    from support.builds import BuiltProject

    MakeApp = Callable[..., SphinxTestApp]

JSON_LD = "application/ld+json"
BASE_URL = "http://127.0.0.1:8000/"


def json_ld_blocks(html: str) -> list[str]:
    """The raw text of each JSON-LD block, as a browser's parser would end it."""
    soup = BeautifulSoup(html, "html.parser")
    return [script.get_text() for script in soup.find_all("script", type=JSON_LD)]


def json_ld(path: Path) -> dict[str, Any]:
    (block,) = json_ld_blocks(path.read_text(encoding="utf-8"))
    return cast("dict[str, Any]", json.loads(block))


def html_pages(outdir: Path) -> list[Path]:
    return sorted(outdir.rglob("*.html"))


# --- JSON-LD --------------------------------------------------------------------


def test_every_html_page_is_a_profile_page_of_the_person(
    project_html: BuiltProject,
) -> None:
    pages = html_pages(project_html.outdir)
    assert len(pages) >= 10
    person_id = BASE_URL + "index.html#person"
    for page in pages:
        data = json_ld(page)
        assert data["@context"] == "https://schema.org"
        assert data["@type"] == "ProfilePage"
        relative = page.relative_to(project_html.outdir).as_posix()
        assert data["url"] == BASE_URL + relative
        if relative == "index.html":
            assert data["mainEntity"]["@type"] == "Person"
            assert data["mainEntity"]["@id"] == person_id
            assert data["mainEntity"]["name"] == "Jonathan Hartley"
        else:
            # The Person once, on the front page; every other page refers to it.
            assert data["mainEntity"] == {"@id": person_id}, relative


@pytest.mark.sphinx(
    "html",
    testroot="basic",
    freshenv=True,
    confoverrides={"cv_person": {"name": "Ada Lovelace"}, "html_baseurl": ""},
)
def test_without_a_site_address_pages_refer_to_the_person_relatively(
    app: SphinxTestApp,
) -> None:
    app.build()
    front = json_ld(app.outdir / "index.html")["mainEntity"]
    assert front["@id"] == "#person"  # this page's own
    role = json_ld(app.outdir / "experience" / "acme.html")["mainEntity"]
    assert role == {"@id": "../index.html#person"}


def test_the_person_is_the_domains_records(project_html: BuiltProject) -> None:
    person = json_ld(project_html.outdir / "index.html")["mainEntity"]
    snapshot = cv_snapshot(project_html.app.env)
    assert person["sameAs"] == ["https://github.com/tartley"]
    assert person["url"] == BASE_URL
    assert person["description"] == (
        "Software developer: a back-end generalist, specializing in Python"
    )
    occupations = [
        (
            role["worksFor"]["name"],
            role.get("roleName"),
            role["startDate"],
            role.get("endDate"),
        )
        for role in person["hasOccupation"]
    ]
    assert occupations == [
        (org, title, start, end) for org, title, start, end, _ in WORK
    ]
    assert {role["@type"] for role in person["hasOccupation"]} == {"Role"}
    assert len(snapshot.roles) == len(occupations)
    assert person["alumniOf"] == [
        {"@type": "CollegeOrUniversity", "name": "University of Durham"}
    ]
    assert person["award"] == ["Fellow of the Python Software Foundation"]
    skills = [usage.name for usage in snapshot.usages]
    assert sorted(person["knowsAbout"]) == sorted(skills)
    assert person["knowsAbout"][0] == "Python"  # the most used first


@pytest.mark.sphinx(
    "html",
    testroot="basic",
    freshenv=True,
    confoverrides={"cv_person": {"name": "Ada Lovelace"}},
)
def test_roles_are_linked_where_the_author_gave_a_url(app: SphinxTestApp) -> None:
    app.build()
    person = json_ld(app.outdir / "index.html")["mainEntity"]
    employers = {
        role["worksFor"]["name"]: role["worksFor"] for role in person["hasOccupation"]
    }
    assert employers["Initech"]["url"] == "https://example.org/initech"
    assert "url" not in employers["Acme"]


def test_no_url_is_invented_for_a_role(project_html: BuiltProject) -> None:
    # No role in the seed has a url.
    person = json_ld(project_html.outdir / "index.html")["mainEntity"]
    assert all("url" not in role["worksFor"] for role in person["hasOccupation"])


@pytest.mark.sphinx("html", testroot="escaping", freshenv=True)
def test_no_text_can_end_the_block_or_inject_markup(app: SphinxTestApp) -> None:
    app.build()
    assert warnings_of(app) == [ESCAPING_ROOT_WARNING]
    html = (app.outdir / "index.html").read_text(encoding="utf-8")
    (block,) = json_ld_blocks(html)
    assert "<" not in block  # so neither "</script>" nor "<!--"
    assert ">" not in block
    person = json.loads(block)["mainEntity"]
    assert person["name"] == HOSTILE_NAME
    assert person["hasOccupation"][0]["worksFor"]["name"] == HOSTILE_ORG
    assert person["sameAs"] == ["https://github.com/z_o%20b#top"]  # no javascript:


@pytest.mark.sphinx("html", testroot="basic", freshenv=True)
def test_a_project_without_a_person_has_no_json_ld(app: SphinxTestApp) -> None:
    app.build()
    assert json_ld_blocks((app.outdir / "index.html").read_text("utf-8")) == []


@pytest.mark.sphinx("latex", testroot="escaping", freshenv=True)
def test_printed_outputs_carry_neither(app: SphinxTestApp) -> None:
    app.build()
    tex = (app.outdir / "escaping.tex").read_text("utf-8")
    assert "ld+json" not in tex
    # The microformats' classes are for HTML: LaTeX would wrap each in \DUrole.
    for name in ["h-resume", "h-event", "p-experience", "p-skill", "h-card"]:
        assert name not in tex


def test_an_edit_to_a_role_reaches_the_person_and_no_page_without_records(
    make_app: MakeApp, rootdir: Path, tmp_path: Path
) -> None:
    project = Project(make_app, rootdir / "test-basic", tmp_path)
    with (project.srcdir / "conf.py").open("a", encoding="utf-8") as conf:
        conf.write('cv_person = {"name": "Ada"}\n')
    edit_a_role_beside_a_page_of_no_records(project)
    assert "index" in project.written
    assert "about" not in project.written  # it refers to the person, by @id
    starts = {
        role["startDate"]
        for role in json_ld(project.outdir / "index.html")["mainEntity"][
            "hasOccupation"
        ]
    }
    assert "2013-01" in starts
    assert "2015-01" not in starts


# --- h-resume -------------------------------------------------------------------


def resume_of(path: Path) -> dict[str, Any]:
    parsed = mf2py.parse(doc=path.read_text(encoding="utf-8"))
    resumes = [item for item in parsed["items"] if "h-resume" in item["type"]]
    assert len(resumes) == 1, path
    return cast("dict[str, Any]", resumes[0])


def events(resume: dict[str, Any]) -> list[tuple[str, str, str, str | None]]:
    return [
        (
            event["properties"]["org"][0],
            event["properties"]["name"][0],
            event["properties"]["start"][0],
            event["properties"].get("end", [None])[0],
        )
        for event in resume["properties"]["experience"]
    ]


EVENTS = [(org, title or org, start, end) for org, title, start, end, _ in WORK]


@pytest.mark.parametrize("page", ["experience/index.html", "cv.html"])
def test_every_role_parses_back_with_its_dates(
    project_html: BuiltProject, page: str
) -> None:
    resume = resume_of(project_html.outdir / page)
    for event in resume["properties"]["experience"]:
        assert event["type"] == ["h-event"]
    assert events(resume) == EVENTS


def test_a_roles_page_is_a_resume_of_that_role(project_html: BuiltProject) -> None:
    resume = resume_of(project_html.outdir / "experience" / "contracts.html")
    assert events(resume) == [EVENTS[3]]


def test_the_front_page_has_the_contact_summary_and_skills(
    project_html: BuiltProject,
) -> None:
    resume = resume_of(project_html.outdir / "index.html")
    (contact,) = resume["properties"]["contact"]
    assert contact["type"] == ["h-card"]
    assert contact["properties"]["name"] == ["Jonathan Hartley"]
    assert contact["properties"]["url"] == ["https://github.com/tartley"]
    assert contact["properties"]["job-title"] == [
        "Software developer: a back-end generalist, specializing in Python"
    ]
    assert resume["properties"]["summary"][0].startswith(
        "I\N{RIGHT SINGLE QUOTATION MARK}m an"
    )
    assert {"Python", "Django", "Linux", "PostgreSQL"} <= set(
        resume["properties"]["skill"]
    )
    assert events(resume) == EVENTS[:3]  # the recent roles


def test_the_skills_page_lists_every_skill(project_html: BuiltProject) -> None:
    resume = resume_of(project_html.outdir / "skills" / "index.html")
    snapshot = cv_snapshot(project_html.app.env)
    skills = {usage.name for usage in snapshot.usages}
    assert set(resume["properties"]["skill"]) == skills


# --- link previews ------------------------------------------------------------


def test_pages_carry_sharing_cards(project_html: BuiltProject) -> None:
    page = BeautifulSoup(project_html.read("index.html"), "html.parser")

    def meta(key: str) -> str:
        tag = page.find("meta", attrs={"property": key}) or page.find(
            "meta", attrs={"name": key}
        )
        assert tag is not None, key
        return str(tag["content"])

    assert meta("og:type") == "profile"
    assert meta("og:title") == "Jonathan Hartley"
    assert meta("og:url") == "http://127.0.0.1:8000/index.html"
    assert meta("twitter:card") == "summary"
    # The card's text is the summary's first paragraph, not the header before it.
    description = meta("og:description")
    assert description.startswith("I'm an experienced software developer, a back-end")
    assert description.endswith("\N{HORIZONTAL ELLIPSIS}")
    assert len(description) <= 200
    assert meta("description") == description
    assert len(page.find_all("meta", attrs={"name": "description"})) == 1
