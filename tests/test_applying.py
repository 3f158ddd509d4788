"""This CV, sent to three jobs: a Python back end, Go infrastructure, data engineering.

Each job's description is written here, as a recruiter might. For each, the
tailored CV and the letter build, fit their pages, and the match report finds
what the description names: every skill of this CV it names, each other
technology it names as missing, and no name inside another word.
"""

from __future__ import annotations

import json
import shutil
from typing import TYPE_CHECKING

import pymupdf
import pytest
from sphinx_cv.cli import main
from support.builds import PROJECT_ROOT, built_app

if TYPE_CHECKING:
    from pathlib import Path

# What the tests copy of the project: the CV's sources and its look.
SOURCES = (
    "conf.py",
    "index.md",
    "cv.md",
    "experience",
    "skills",
    "_static",
    "_templates",
)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    copy = tmp_path_factory.mktemp("applying") / "cv"
    copy.mkdir()
    for name in SOURCES:
        source = PROJECT_ROOT / name
        if source.is_dir():
            shutil.copytree(source, copy / name)
        else:
            shutil.copyfile(source, copy / name)
    (copy / "applications").mkdir()
    return copy


JOBS = {
    "python-backend": {
        "fields": """\
employer: Example Payments Ltd
role: Senior Python Back-end Engineer
date: 2026-12-01
pages: 1
tags: [recent]
leave-out: [gis]
skills-first: [Web frameworks and APIs, Data stores and search]
""",
        "job": """\
Senior Python Back-end Engineer. You will design and build web APIs in Python,
with Django and FastAPI, backed by PostgreSQL and Redis, shipped in Docker
containers to Linux servers. We practise test-driven development and pair
programming, with CI/CD on every commit. Kubernetes and AWS are a plus. Good
communication matters; you will go the extra mile.
""",
        "in_cv": [
            "Python",
            "Web APIs",
            "Django",
            "FastAPI",
            "PostgreSQL",
            "Redis",
            "Docker",
            "Linux",
            "TDD",
            "Pairing",
            "CI/CD",
        ],
        "missing": ["Kubernetes", "AWS"],
        "pages": 1,
    },
    "go-infrastructure": {
        "fields": """\
employer: Example GPU Cloud Inc.
role: Infrastructure Engineer (Go)
date: 2026-12-02
pages: 2
""",
        "job": """\
Infrastructure Engineer (Go). Build the control plane of our GPU cloud in Go:
hypervisors, virtual machines, networking and storage, all on Linux. You know
iptables, LXC or Docker, and Terraform, and write Python for tooling; C or C++
is a bonus. We care about mentoring, and about CI/CD. Not a JavaScript role,
and no Java either. Storage on Ceph.
""",
        "in_cv": [
            "Go",
            "Linux",
            "iptables",
            "LXC",
            "Docker",
            "Python",
            "C",
            "C++",
            "Mentoring",
            "CI/CD",
        ],
        "missing": [
            "GPU",
            "Virtualization",
            "Networking",
            "Terraform",
            "JavaScript",
            "Java",
        ],
        "pages": 2,
    },
    "data-engineering": {
        "fields": """\
employer: Example Analytics GmbH
role: Data Engineer
date: 2026-12-03
pages: 2
skills-first: [Data stores and search]
""",
        "job": """\
Data Engineer. Build ETL pipelines in Python and SQL that ingest, transform and
index large amounts of data into PostgreSQL, Elasticsearch and Snowflake,
orchestrated with Airflow and Kafka. R or Scala for analysis is welcome, and
spatial SQL with PostGIS. You will load data through AWS RDS. An Agile team,
reporting in Looker.
""",
        "in_cv": [
            "Python",
            "SQL",
            "PostgreSQL",
            "Elasticsearch",
            "Spatial SQL",
            "AWS RDS",
            "Agile",
        ],
        "missing": ["ETL", "Snowflake", "Airflow", "Kafka", "R", "Scala"],
        "pages": 2,
    },
}
# What no description names as a skill, though its letters are there: "Go" in
# "good" and "go the extra mile", "C" in "CI/CD", "R" in "R&D", Java in JavaScript.
NEVER = {"python-backend": {"Go", "C"}, "data-engineering": {"Java", "Go", "C"}}
LETTER = """
Dear hiring team,

I would like to apply for this role. My CV is attached.

Jonathan Hartley
"""


def application_source(fields: str, job: str) -> str:
    indented = "".join(f"  {line}\n" for line in job.splitlines())
    return f"---\n{fields}job: |\n{indented}---\n{LETTER}"


@pytest.fixture(scope="module")
def built(project: Path) -> dict[str, Path]:
    folders = {}
    for name, job in JOBS.items():
        source = project / "applications" / f"{name}.md"
        source.write_text(
            application_source(str(job["fields"]), str(job["job"])), encoding="utf-8"
        )
        assert main(["application", name, "--project", str(project)]) == 0
        folders[name] = project / "_build" / "applications" / name
    return folders


def report_of(built: dict[str, Path], name: str) -> dict[str, list[dict[str, object]]]:
    return json.loads((built[name] / "match-report.json").read_text(encoding="utf-8"))


def page_count(pdf: Path) -> int:
    with pymupdf.open(pdf) as document:
        return document.page_count


@pytest.mark.parametrize("name", list(JOBS))
def test_the_cv_and_letter_build_and_fit_their_pages(
    name: str, built: dict[str, Path]
) -> None:
    folder = built[name]
    assert page_count(folder / "jonathan-hartley-cv.pdf") <= int(JOBS[name]["pages"])
    assert page_count(folder / "jonathan-hartley-letter.pdf") == 1
    assert (folder / "jonathan-hartley-cv.docx").is_file()
    assert (folder / "jonathan-hartley-letter.docx").is_file()


@pytest.mark.parametrize("name", list(JOBS))
def test_the_report_finds_each_skill_of_the_cv_the_job_names(
    name: str, built: dict[str, Path]
) -> None:
    report = report_of(built, name)
    found = [entry["skill"] for entry in report["in_your_cv"]]
    assert sorted(found) == sorted(JOBS[name]["in_cv"])


@pytest.mark.parametrize("name", list(JOBS))
def test_the_report_says_what_the_cv_lacks(name: str, built: dict[str, Path]) -> None:
    report = report_of(built, name)
    missing = [entry["skill"] for entry in report["not_in_your_cv"]]
    assert sorted(missing) == sorted(JOBS[name]["missing"])


@pytest.mark.parametrize("name", list(JOBS))
def test_no_skill_is_in_the_cv_without_a_record(
    name: str, built: dict[str, Path]
) -> None:
    skills_page = (PROJECT_ROOT / "skills" / "index.md").read_text(encoding="utf-8")
    for entry in report_of(built, name)["in_your_cv"]:
        assert f"{{cv:skill}} {entry['skill']}\n" in skills_page, entry


@pytest.mark.parametrize("name", list(NEVER))
def test_no_name_is_found_inside_another_word(
    name: str, built: dict[str, Path]
) -> None:
    report = report_of(built, name)
    named = {
        str(entry["skill"])
        for entry in [*report["in_your_cv"], *report["not_in_your_cv"]]
    }
    assert not named & NEVER[name]


def test_the_variant_shows_its_roles_and_its_categories_first(
    built: dict[str, Path],
) -> None:
    with pymupdf.open(built["python-backend"] / "jonathan-hartley-cv.pdf") as document:
        text = document[0].get_text()
    assert text.index("Web frameworks and APIs") < text.index("Programming languages")
    assert "Lambda" in text
    assert "Resolver Systems" in text  # untagged: a line on the one-page CV
    assert "GIS consulting" not in text  # left out


def test_the_roles_text_names_what_the_skills_do_not(built: dict[str, Path]) -> None:
    report = report_of(built, "go-infrastructure")
    by_skill = {entry["skill"]: entry for entry in report["not_in_your_cv"]}
    assert by_skill["GPU"]["in_your_roles_text"] == ["Lambda"]
    assert by_skill["Terraform"]["in_your_roles_text"] == []


def test_no_application_reaches_the_site(project: Path, built: dict[str, Path]) -> None:
    app, _ = built_app("html", project, project / "_build" / "site")
    site = "".join(
        path.read_text(encoding="utf-8", errors="replace")
        for path in app.outdir.rglob("*")
        if path.is_file() and path.suffix in {".html", ".js", ".txt", ".json", ".xml"}
    )
    assert built
    for job in JOBS.values():
        employer = str(job["fields"]).splitlines()[0].removeprefix("employer: ")
        assert employer not in site
    assert "Snowflake" not in site
    assert "I would like to apply for this role" not in site
