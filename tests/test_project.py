"""The real CV uses the extension throughout, and builds cleanly with every builder."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from bs4 import BeautifulSoup
from support.builds import BuiltProject, article, build_project

if TYPE_CHECKING:
    from pathlib import Path

ROLE_PAGES = [
    "lambda",
    "canonical",
    "ibm-cloud",
    "contracts",
    "resolver-systems",
    "gis-consulting",
]


def skill_rows(page: BeautifulSoup) -> dict[str, list[str]]:
    """Each skills table row: the skill, and its years, last used and roles."""
    return {
        row.find("td").get_text(strip=True): [
            td.get_text(" ", strip=True) for td in row.find_all("td")[1:]
        ]
        for row in page.select("table.cv-skills tbody tr")
    }


@pytest.mark.parametrize("page", ROLE_PAGES)
def test_every_role_page_is_one_cv_role(project_html: BuiltProject, page: str) -> None:
    roles = article(project_html.outdir, f"experience/{page}.html").find_all(
        class_="cv-role"
    )
    assert len(roles) == 1
    assert roles[0].find("time") is not None


def test_the_overview_has_the_whole_timeline(project_html: BuiltProject) -> None:
    timeline = article(project_html.outdir, "experience/index.html").find(
        "ol", class_="cv-timeline"
    )
    entries = [
        li.get_text(" ", strip=True) for li in timeline.find_all("li", recursive=False)
    ]
    assert entries == [
        "Lambda Sep 2023 – present · 3 yrs 3 mos",
        "Canonical May 2019 – Jul 2023 · 4 yrs 3 mos",
        "IBM Cloud Jul 2017 – May 2019 · 1 yr 11 mos",
        (
            "Able.ag, Antidote.me, Made.com, BATS Trading, Rangespan "
            "Contracts · Jun 2011 – Jun 2017 · 6 yrs 1 mo"
        ),
        "Resolver Systems Sep 2006 – May 2011 · 4 yrs 9 mos",
        "GIS consulting Aug 2003 – Sep 2006 · 3 yrs 2 mos",
    ]


def test_the_skills_page_has_a_derived_table_per_category(
    project_html: BuiltProject,
) -> None:
    page = article(project_html.outdir, "skills/index.html")
    tables = page.find_all("table", class_="cv-skills")
    assert len(tables) == 5
    rows = skill_rows(page)
    # The author's own figure for Python stands; the others come from the roles.
    assert rows["Python"][:2] == ["15", "present"]
    assert rows["Django"] == ["4", "present", "Canonical"]  # 4 yrs dated, used now
    assert rows["Spatial SQL"] == ["3", "Sep 2006", "GIS consulting"]
    assert rows[".Net"] == ["7", "May 2011", "Resolver Systems , GIS consulting"]
    # In use now, by the seed, and no role names it: the row says so.
    assert rows["Flask"] == ["\N{EM DASH}", "present", "no role names it"]


# Every skill the seed gives in the present tense, with the sentence that says so.
PRESENT_TENSE = {
    "Python": "I have 15 years experience in Python",
    **dict.fromkeys(
        [
            "Linux",
            "Web APIs",
            "Django",
            "FastAPI",
            "Flask",
            "Typing",
            "Pydantic",
            "SQL",
            "PostgreSQL",
            "Oracle",
            "MySQL",
            "Redis",
            "Elasticsearch",
            "LXC",
            "Docker",
        ],
        "I work on Linux, often producing web APIs which use Django, FastAPI, or "
        "Flask, checked by typing and Pydantic, interfacing with back ends such as "
        "SQL/relational storage like PostgreSQL, Oracle, MySQL, or NoSQL stores like "
        "Redis, indexed using Elasticsearch, containerized using LXC or Docker",
    ),
    "TDD": "I consult and mentor in Test-Driven Development (TDD)",
    "Mentoring": "I consult and mentor in Test-Driven Development (TDD)",
    "Agile": "my favorite employers use this and other Agile and eXtreme Programming",
    "eXtreme Programming": "my favorite employers use this and other Agile and",
    "Pairing": "which means continuous mentoring, pairing,",
}


def test_the_skills_page_reads_true_to_the_seed(project_html: BuiltProject) -> None:
    """As a reader takes the skills page: what the seed says he does now is now."""
    front = " ".join(article(project_html.outdir, "index.html").get_text().split())
    page = article(project_html.outdir, "skills/index.html")
    rows = skill_rows(page)
    for skill, sentence in PRESENT_TENSE.items():
        assert sentence in front, sentence  # the CV does say so, in these words
        assert rows[skill][1] == "present", skill
    for skill, (years, last_used, roles) in rows.items():
        assert years or last_used or roles, f"{skill}: a row of empty cells"
    # Named in the past tense, with no role to date them: after the table.
    also = page.find("p", class_="cv-skills-also")
    assert also.get_text(" ", strip=True) == "Also: C , C# , C++"


@pytest.mark.parametrize(
    ("page", "skill"),
    [("experience/canonical", "Linux"), ("experience/gis-consulting", "SQL")],
)
def test_each_role_names_the_declared_skills_its_text_names(
    project_html: BuiltProject, page: str, skill: str
) -> None:
    role = article(project_html.outdir, f"{page}.html")
    assert skill in role.find(class_="cv-role").get_text()
    skills_line = role.find(class_="cv-role-skills")
    assert skill in [link.get_text() for link in skills_line.find_all("a")]


def test_the_front_page_links_skills_and_counts_years(
    project_html: BuiltProject,
) -> None:
    page = article(project_html.outdir, "index.html")
    assert "I have 15 years experience in Python" in page.get_text(" ", strip=True)
    links = {a.get_text(): a["href"] for a in page.find_all("a")}
    assert links["Django"] == "skills/index.html#cv-skill-django"
    assert links["C#"] == "skills/index.html#cv-skill-c-sharp"
    assert links["C++"] == "skills/index.html#cv-skill-c-plus-plus"


# LaTeX: make latexpdf builds with -W (test_pdf.py's cv_pdf); html and the
# session's other builds of the real CV are shared, the rest built here.
@pytest.mark.parametrize(
    ("buildername", "output"),
    [
        ("singlehtml", "index.html"),
        ("text", "experience/canonical.txt"),
        ("man", "jonathanhartley.1"),
        ("texinfo", "jonathanhartley.texi"),
        ("gettext", "experience/canonical.pot"),  # a catalog per page: locale_dirs
    ],
)
def test_every_builder_builds_the_cv_without_a_warning(
    tmp_path: Path, buildername: str, output: str, request: pytest.FixtureRequest
) -> None:
    shared = {"singlehtml": "project_singlehtml", "text": "project_text"}
    built = (
        request.getfixturevalue(shared[buildername])
        if buildername in shared
        else build_project(buildername, tmp_path)
    )
    assert built.warnings == ""
    assert "Canonical" in built.read(output)


def test_a_role_under_its_organisations_heading_names_it_once(
    project_html: BuiltProject,
) -> None:
    canonical = article(project_html.outdir, "experience/canonical.html")
    assert canonical.find(class_="cv-role-title") is None
    assert canonical.get_text(" ", strip=True).count("Canonical") == 1
    contracts = article(project_html.outdir, "experience/contracts.html")
    title = contracts.find(class_="cv-role-title").get_text(" ", strip=True)
    assert (
        title == "Contracts , Able.ag, Antidote.me, Made.com, BATS Trading, Rangespan"
    )


def test_every_in_page_link_of_the_single_page_site_finds_its_target(
    project_singlehtml: BuiltProject,
) -> None:
    built = project_singlehtml
    assert built.warnings == ""
    page = BeautifulSoup(built.read("index.html"), "html.parser")
    ids = {element["id"] for element in page.find_all(id=True)}
    links = [link["href"] for link in page.find_all("a", href=True)]
    in_page = [href for href in links if href.startswith("#") and href != "#"]
    assert len(in_page) > 50
    assert [href for href in in_page if href[1:] not in ids] == []
    local = [href for href in links if not href.startswith(("#", "https:", "http:"))]
    assert [href for href in local if not (built.outdir / href).exists()] == []
