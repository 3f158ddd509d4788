"""The built site carries every fact of the seed CV, and nothing broken."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest
from bs4 import BeautifulSoup
from support.builds import article
from support.mutation_timing import shared

if TYPE_CHECKING:
    from support.builds import BuiltProject

# Each fact of ../shared/seed/cv.txt that a reader must find somewhere on the site.
SEED_FACTS = [
    # Who, and the highlights.
    "Jonathan Hartley",
    "Colorama",
    "28th most popular",
    "Fellow of the Python Software Foundation",
    "PyCon",
    "Test Driven Development with Python",
    "Python Magazine",
    "unittest",
    # Employers and clients.
    "Lambda",
    "Canonical",
    "IBM Cloud",
    "Able.ag",
    "Antidote.me",
    "Made.com",
    "BATS Trading",
    "Rangespan",
    "Resolver Systems",
    "GIS consulting",
    "Ordnance Survey",
    "Habitat Capture",
    "British Cartographic Society",
    # Numbers.
    "5k req/s",
    "100 million product lines",
    "over a billion sales",
    "thousands of hypervisors",
    "hundreds of millions of Linux devices",
    "hundreds of developers",
    "hundreds of suppliers",
    "multi-terabyte",
    # Education.
    "University of Durham",
    "Bachelor of Science in Electronics",
    "2:1 (with Honors)",
    # Technologies.
    "Python",
    "Go",
    "C#",
    "C++",
    "Django",
    "FastAPI",
    "Flask",
    "Pydantic",
    "PostgreSQL",
    "Oracle",
    "MySQL",
    "Redis",
    "Elasticsearch",
    "LXC",
    "Docker",
    "ArcObjects",
    "iptables",
    "AWS RDS",
    "Test-Driven Development (TDD)",
    "eXtreme Programming",
    "Agile",
]

# Each role's organisation beside the months it ran, as the pages show them.
ROLE_DATES = [
    ("Lambda", "Sep 2023", "present"),
    ("Canonical", "May 2019", "Jul 2023"),
    ("IBM Cloud", "Jul 2017", "May 2019"),
    ("Contracts", "Jun 2011", "Jun 2017"),
    ("Resolver Systems", "Sep 2006", "May 2011"),
    ("GIS consulting", "Aug 2003", "Sep 2006"),
]

# The seed's slips, which must never reach a reader.
SEED_SLIPS = ["Ordinance Survey", "other other", "June 2017 to June 2011"]


@pytest.fixture(scope=shared("module"))
def site_text(project_html: BuiltProject) -> str:
    """All the visible text of every page, with white space folded: read once for
    the facts and the slips, which each read it whole."""
    texts = []
    for page in sorted(project_html.outdir.rglob("*.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        main = soup.find("article")
        if main is not None:
            texts.append(main.get_text(" "))
    return re.sub(r"\s+", " ", " ".join(texts))


@pytest.mark.parametrize("fact", SEED_FACTS)
def test_every_seed_fact_is_on_the_site(site_text: str, fact: str) -> None:
    # As whole words: "Go" is not found in "Good teams".
    assert re.search(rf"(?<!\w){re.escape(fact)}(?!\w)", site_text), fact


@pytest.mark.parametrize(("org", "start", "end"), ROLE_DATES)
def test_each_role_page_shows_its_dates(
    project_html: BuiltProject, org: str, start: str, end: str
) -> None:
    pages = [
        page
        for page in (project_html.outdir / "experience").glob("*.html")
        if page.stem != "index" and f"<h1>{org}" in page.read_text(encoding="utf-8")
    ]
    assert len(pages) == 1, f"one page for {org}"
    text = BeautifulSoup(pages[0].read_text(encoding="utf-8"), "html.parser").get_text()
    assert start in text
    assert end in text


@pytest.mark.parametrize("slip", SEED_SLIPS)
def test_seed_slips_are_corrected(site_text: str, slip: str) -> None:
    assert slip not in site_text


def test_no_placeholder_links_ship(project_html: BuiltProject) -> None:
    # Furo's own "back to top" link is href="#" on purpose; the CV's text must not be.
    placeholders = []
    for page in project_html.outdir.rglob("*.html"):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for main in soup.find_all("article"):
            placeholders += [
                f"{page.relative_to(project_html.outdir)}: {link.get_text()}"
                for link in main.find_all("a", href=True)
                if link["href"] in {"#", ""}
            ]
    assert placeholders == []


def test_every_page_is_reachable_from_the_toctree(project_html: BuiltProject) -> None:
    """All but cv.md: it arranges the pages for the PDF, and the site needs no link."""
    env = project_html.app.env
    pdf_root = env.config.latex_documents[0][0]
    assert pdf_root == "cv"
    assert env.metadata[pdf_root].keys() >= {"orphan", "nosearch"}
    reachable = set()
    pending = [env.config.root_doc]
    while pending:
        docname = pending.pop()
        if docname not in reachable:
            reachable.add(docname)
            pending.extend(env.toctree_includes.get(docname, []))
    assert reachable == env.found_docs - {pdf_root}
    assert len(reachable) >= 9


def test_the_build_does_not_warn(project_html: BuiltProject) -> None:
    assert project_html.warnings == ""


def test_the_header_links_the_github_profile_from_cv_person(
    project_html: BuiltProject,
) -> None:
    header = article(project_html.outdir, "index.html").find(class_="cv-profiles")
    assert header is not None  # made from cv_person["profiles"], not the page text
    links = [(link.get_text(), link["href"]) for link in header.find_all("a")]
    assert links == [("github.com/tartley", "https://github.com/tartley")]


def test_no_skills_row_has_an_empty_cell(project_html: BuiltProject) -> None:
    """A skill the summary names and no role does says so, in words and a dash."""
    page = BeautifulSoup(project_html.read("skills/index.html"), "html.parser")
    rows = [
        row
        for table in page.find_all("table", class_="cv-skills")
        for row in table.find("tbody").find_all("tr")
    ]
    assert len(rows) > 20
    for row in rows:
        cells = [cell.get_text(" ", strip=True) for cell in row.find_all("td")]
        assert all(cells), cells
    flask = next(row for row in rows if row.find("td").get_text(strip=True) == "Flask")
    assert [cell.get_text(" ", strip=True) for cell in flask.find_all("td")] == [
        "Flask",
        "\N{EM DASH}",
        "present",
        "no role names it",
    ]
