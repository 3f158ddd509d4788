"""Incremental builds read only what changed, and views on other pages follow.

Sphinx's own todo list fails this (sphinx-doc/sphinx#9706): its list page goes
stale when a todo elsewhere changes.
"""

from __future__ import annotations

import shutil
from typing import TYPE_CHECKING

import pytest
from support.builds import article
from support.projects import Project, edit_a_role_beside_a_page_of_no_records

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from sphinx.testing.util import SphinxTestApp

    MakeApp = Callable[..., SphinxTestApp]


@pytest.fixture
def project(make_app: MakeApp, rootdir: Path, tmp_path: Path) -> Project:
    project = Project(make_app, rootdir / "test-basic", tmp_path)
    project.build()
    return project


def test_a_build_with_no_change_reads_nothing(project: Project) -> None:
    project.build()
    assert project.read == []


def test_editing_one_roles_dates_reads_one_document_and_updates_the_views(
    project: Project,
) -> None:
    project.edit("experience/initech.md", ":start: 2015-01", ":start: 2013-01")
    project.build()
    assert project.read == ["experience/initech"]
    assert {"index", "skills", "experience/acme"} <= set(project.written)
    assert "Jan 2013" in project.page("index.html")  # the timeline
    assert "Jan 2015" not in project.page("index.html")
    skills = article(project.outdir, "skills.html")
    python = skills.find("a", href="#cv-skill-python").find_parent("tr")
    assert python.find_all("td")[1].get_text(strip=True) == "13"
    index = (project.outdir / "cv-skillindex.html").read_text(encoding="utf-8")
    assert "6 yrs 4 mos" in index  # Initech, Jan 2013 to Apr 2019


def test_an_edit_that_changes_no_record_rewrites_only_its_page(
    project: Project,
) -> None:
    project.edit("experience/initech.md", "Reports.", "Many reports.")
    project.build()
    assert project.read == ["experience/initech"]
    # index is Sphinx's own doing: its toctree lists the changed page.
    assert "skills" not in project.written
    assert "experience/acme" not in project.written


def test_a_sequence_of_edits_ends_where_a_clean_build_would(
    project: Project, make_app: MakeApp, tmp_path: Path
) -> None:
    # Add a role on a new page.
    project.write(
        "experience/globex.md",
        "# Globex\n\n:::{cv:role}\n:org: Globex\n:start: 2012-01\n:end: 2014-12\n"
        ":skills: Python, Perl\nScripts.\n:::\n",
    )
    project.edit(
        "index.md", "experience/initech\n", "experience/initech\nexperience/globex\n"
    )
    project.build()
    # Change dates.
    project.edit("experience/acme.md", ":start: 2019-05", ":start: 2019-03")
    project.build()
    # Rename a skill, declaration and uses alike.
    project.edit("skills.md", "{cv:skill} C#", "{cv:skill} C Sharp")
    project.edit("experience/acme.md", "Python, C#", "Python, C Sharp")
    project.build()
    # Delete a page.
    (project.srcdir / "experience" / "initech.md").unlink()
    project.edit("index.md", "experience/initech\n", "")
    project.build()

    clean = tmp_path / "clean"
    shutil.copytree(project.srcdir, clean, ignore=shutil.ignore_patterns("_build"))
    app = make_app("html", srcdir=clean, freshenv=True)
    app.build()
    pages = [
        "index.html",
        "skills.html",
        "experience/acme.html",
        "experience/globex.html",
    ]
    for page in pages:
        assert project.page(page) == str(article(app.outdir, page)), page
    incremental_index = article(project.outdir, "cv-skillindex.html")
    assert str(incremental_index) == str(article(app.outdir, "cv-skillindex.html"))
    assert "Initech" not in project.page("index.html") + str(incremental_index)
    assert "C Sharp" in project.page("skills.html")


def test_editing_a_roles_text_rewrites_the_full_timeline_that_copies_it(
    make_app: MakeApp, rootdir: Path, tmp_path: Path
) -> None:
    project = Project(make_app, rootdir / "test-cv-pdf", tmp_path)
    project.build()
    project.edit(
        "experience/consortium.md", "Kept the consortium's", "Ran the consortium's"
    )
    project.build()
    assert project.read == ["experience/consortium"]
    assert "cv" in project.written  # its full timeline shows the role's text
    assert "skills" not in project.written  # no record changed
    assert "Ran the consortium" in project.page("cv.html")
    # Nothing changed since: nothing is written again.
    project.build()
    assert "cv" not in project.written


def test_a_new_address_for_a_link_in_a_roles_text_rewrites_its_copies(
    make_app: MakeApp, rootdir: Path, tmp_path: Path
) -> None:
    """The words are the same; where a link goes is part of the text all the same."""
    project = Project(make_app, rootdir / "test-cv-pdf", tmp_path)
    linked = "[Kept](https://one.example/) the consortium's"
    project.edit("experience/consortium.md", "Kept the consortium's", linked)
    project.build()
    project.edit("experience/consortium.md", "one.example", "two.example")
    project.build()
    assert project.read == ["experience/consortium"]
    assert "cv" in project.written
    assert "https://two.example/" in project.page("cv.html")


def test_outside_html_an_edit_rewrites_only_the_pages_that_show_records(
    make_app: MakeApp, rootdir: Path, tmp_path: Path
) -> None:
    # Pages that show no record are not written again, in plain text as in HTML.
    project = Project(make_app, rootdir / "test-basic", tmp_path, builder="text")
    edit_a_role_beside_a_page_of_no_records(project)
    assert {"index", "skills", "experience/acme"} <= set(project.written)
    assert "about" not in project.written
    assert "Jan 2013" in (project.outdir / "index.txt").read_text(encoding="utf-8")


def test_a_fact_taken_out_of_its_page_leaves_the_resume(project: Project) -> None:
    award = ":::{cv:award}\n:title: Employee of the Month\n:awarder: Acme\n:::\n"
    project.write("honours.md", f"---\norphan: true\n---\n# Honours\n\n{award}")
    project.build()
    resume = project.outdir / "resume.json"
    assert "Employee of the Month" in resume.read_text(encoding="utf-8")
    project.edit("honours.md", award, "None yet.\n")
    project.build()
    assert "Employee of the Month" not in resume.read_text(encoding="utf-8")
