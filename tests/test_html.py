"""What a reader of the site gets: semantic HTML, derived figures, links both ways."""

from __future__ import annotations

import zlib
from collections import Counter
from typing import TYPE_CHECKING, Any

import pytest
from bs4 import BeautifulSoup
from docutils import nodes as docutils_nodes
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.transforms.post_transforms.code import TrimDoctestFlagsTransform
from sphinx_cv.links import CVDomain
from sphinx_cv.model.nodes import (
    cv_timeline,
    skills_table_placeholder,
    timeline_placeholder,
)
from sphinx_cv.snapshot import cv_snapshot
from support.builds import article, built_app, warnings_of

if TYPE_CHECKING:
    from pathlib import Path

    from sphinx.testing.util import SphinxTestApp

pytestmark = pytest.mark.sphinx("html", testroot="basic", freshenv=True)


@pytest.fixture
def built(app: SphinxTestApp) -> SphinxTestApp:
    app.build()
    assert warnings_of(app) == []
    return app


def texts(elements: list) -> list[str]:  # type: ignore[type-arg]
    return [element.get_text(" ", strip=True) for element in elements]


def skills_rows(page: BeautifulSoup) -> dict[str, list[str]]:
    return {
        row.find("td").get_text(strip=True): texts(row.find_all("td"))[1:]
        for table in page.find_all("table", class_="cv-skills")
        for row in table.find("tbody").find_all("tr")
    }


def test_the_timeline_is_an_ordered_list_of_employers_newest_first(
    built: SphinxTestApp,
) -> None:
    timeline = article(built.outdir, "index.html").find("ol", class_="cv-timeline")
    employers = timeline.find_all("li", class_="cv-employer", recursive=False)
    assert texts([e.find(class_="cv-employer-name") for e in employers]) == [
        "Acme · London",
        "Initech",
    ]


def test_several_roles_at_one_organisation_read_as_one_employer(
    built: SphinxTestApp,
) -> None:
    timeline = article(built.outdir, "index.html").find("ol", class_="cv-timeline")
    acme = timeline.find("li", class_="cv-employer")
    assert texts(acme.find_all(class_="cv-position")) == [
        "Senior Engineer · Mar 2021 – present · 5 yrs 9 mos",
        "Engineer · May 2019 – Feb 2021 · 1 yr 10 mos",
    ]


def test_dates_are_time_elements_with_machine_readable_values(
    built: SphinxTestApp,
) -> None:
    page = article(built.outdir, "experience/acme.html")
    times = [(t["datetime"], t.get_text()) for t in page.find_all("time")]
    assert times == [
        ("2021-03", "Mar 2021"),
        ("2019-05", "May 2019"),
        ("2021-02", "Feb 2021"),
    ]


def test_timeline_entries_link_to_the_roles_place(built: SphinxTestApp) -> None:
    timeline = article(built.outdir, "index.html").find("ol", class_="cv-timeline")
    hrefs = [a["href"] for a in timeline.find_all("a")]
    assert hrefs == [
        "experience/acme.html#cv-role-acme-2021-03",
        "experience/acme.html#cv-role-acme-2021-03",
        "experience/acme.html#cv-role-acme-2019-05",
        "experience/initech.html#cv-role-initech-2015-01",
    ]
    role = article(built.outdir, "experience/acme.html")
    assert role.find(id="cv-role-acme-2019-05") is not None


def test_the_skills_table_is_a_real_table_with_headers(built: SphinxTestApp) -> None:
    table = article(built.outdir, "skills.html").find("table", class_="cv-skills")
    assert texts(table.find("thead").find_all("th")) == [
        "Skill",
        "Years",
        "Last used",
        "Roles",
    ]


def test_skill_figures_derive_from_the_roles_and_overrides_win(
    built: SphinxTestApp,
) -> None:
    rows = skills_rows(article(built.outdir, "skills.html"))
    assert rows == {
        # Initech Jan 2015 to Apr 2019 and Acme from May 2019: 143 months.
        "Python": [
            "11",
            "present",
            "Acme (Senior Engineer) , Acme (Engineer) , Initech",
        ],
        "C++": ["12", "present", "Acme (Senior Engineer)"],  # :years: 12 wins
        "C": ["4", "Apr 2019", "Initech"],
        "C#": ["1", "Jun 2022", "Acme (Engineer)"],  # :last-used: wins
        "Rust": ["\N{EM DASH}", "present", "no role names it"],  # in use, no role
        "Haskell": ["4", "Apr 2019", "Initech"],  # named by a role only: Other
    }


def test_the_skills_index_says_present_for_a_skill_in_use_now(
    built: SphinxTestApp,
) -> None:
    index = BeautifulSoup(
        (built.outdir / "cv-skillindex.html").read_text(encoding="utf-8"), "html.parser"
    )
    rust = next(row for row in index.find_all("tr") if "Rust" in row.get_text())
    assert "present" in rust.get_text()


def test_a_skill_with_nothing_to_show_is_named_after_the_table(
    built: SphinxTestApp,
) -> None:
    page = article(built.outdir, "skills.html")
    languages = page.find_all("table", class_="cv-skills")[0]
    assert "Perl" not in languages.get_text()
    after = languages.find_parent(class_="table-wrapper").find_next_sibling("p")
    assert after.get_text(" ", strip=True) == "Also: Perl"
    assert after.find("a")["href"] == "#cv-skill-perl"


def test_a_skill_only_a_role_names_is_listed_under_other(built: SphinxTestApp) -> None:
    tables = article(built.outdir, "skills.html").find_all("table", class_="cv-skills")
    other = tables[1]
    assert texts(other.select("tbody tr td:first-child")) == ["Haskell"]


def test_skills_link_to_roles_and_roles_link_to_skills(built: SphinxTestApp) -> None:
    skills = article(built.outdir, "skills.html")
    python_row = skills.find("a", href="#cv-skill-python").find_parent("tr")
    assert [a["href"] for a in python_row.find_all("a")][1:] == [
        "experience/acme.html#cv-role-acme-2021-03",
        "experience/acme.html#cv-role-acme-2019-05",
        "experience/initech.html#cv-role-initech-2015-01",
    ]
    role = article(built.outdir, "experience/initech.html")
    skill_links = role.find(class_="cv-role-skills").find_all("a")
    assert [a["href"] for a in skill_links] == [
        "../skills.html#cv-skill-python",
        "../skills.html#cv-skill-c",
    ]
    # Haskell is declared nowhere: it is named as plain text, not a broken link.
    assert "Haskell" in role.find(class_="cv-role-skills").get_text()


def test_c_csharp_and_cplusplus_have_distinct_anchors(built: SphinxTestApp) -> None:
    page = article(built.outdir, "skills.html")
    for anchor in ("cv-skill-c", "cv-skill-c-sharp", "cv-skill-c-plus-plus"):
        assert page.find(id=anchor) is not None


def test_inline_roles_link_and_count(built: SphinxTestApp) -> None:
    intro = article(built.outdir, "index.html").find("p")
    assert intro.get_text(" ", strip=True).startswith("I have 11 years of Python")
    assert [a["href"] for a in intro.find_all("a")] == [
        "skills.html#cv-skill-python",
        "experience/acme.html#cv-role-acme-2021-03",
    ]


def test_the_skills_index_lists_skills_with_the_roles_that_used_them(
    built: SphinxTestApp,
) -> None:
    index = (built.outdir / "cv-skillindex.html").read_text(encoding="utf-8")
    assert "Skills index" in index
    for text in ("Haskell", "Python", "Initech", "C++"):
        assert text in index
    assert 'href="experience/initech.html#cv-role-initech-2015-01"' in index


def test_the_extension_needs_no_javascript(built: SphinxTestApp) -> None:
    # test_builders.py checks that every HTML builder ships the stylesheet.
    html = (built.outdir / "index.html").read_text(encoding="utf-8")
    # Every script on the whole page, head included: none is the extension's. The
    # JSON-LD block is data, which browsers never run.
    page = BeautifulSoup(html, "html.parser")
    programs = [
        script
        for script in page.find_all("script")
        if script.get("type") != "application/ld+json"
    ]
    assert programs  # the theme's own
    for script in programs:
        assert "cv" not in script.get("src", "")
        assert "cv" not in script.get_text()


@pytest.mark.sphinx("html", testroot="parallel", freshenv=True)
def test_timeline_options_choose_the_roles(app: SphinxTestApp) -> None:
    app.build()
    timelines = article(app.outdir, "index.html").find_all("ol", class_="cv-timeline")
    employers = [
        texts(timeline.select("li.cv-employer .cv-employer-name"))
        for timeline in timelines
    ]
    assert len(employers[0]) == 12
    assert employers[1] == ["Kudu", "Ibis", "Gazelle"]  # :tags: even, :limit: 3
    assert employers[2] == ["Lemur", "Kudu", "Jackal"]  # :since: 2010


def test_a_roles_url_links_its_organisation(built: SphinxTestApp) -> None:
    role = article(built.outdir, "experience/initech.html").find(class_="cv-role")
    (link,) = role.find(class_="cv-role-title").find_all("a")
    assert link["href"] == "https://example.org/initech"
    assert link.get_text() == "Initech"
    # Acme's roles have no url: their organisation is not a link.
    acme = article(built.outdir, "experience/acme.html").find(class_="cv-role")
    assert acme.find(class_="cv-role-title").find("a") is None


def test_the_skills_index_lists_every_skill_a_to_z(built: SphinxTestApp) -> None:
    index = BeautifulSoup(
        (built.outdir / "cv-skillindex.html").read_text(encoding="utf-8"),
        "html.parser",
    )
    # A skill's row has no class; the rows of its roles under it have "cg-<n>".
    skill_rows = index.select("table.domainindex-table tr:not([class]) a")
    names = [entry.get_text(strip=True) for entry in skill_rows]
    # Declared Python, C, C#, C++, Rust, Perl; Haskell comes from a role only.
    assert names == ["C", "C#", "C++", "Haskell", "Perl", "Python", "Rust"]
    letters = texts(index.select("table.domainindex-table tr.cap strong"))
    assert letters == ["C", "H", "P", "R"]


@pytest.mark.sphinx("html", testroot="escaping", freshenv=True)
def test_a_skills_level_follows_its_name(app: SphinxTestApp) -> None:
    app.build()
    heading = article(app.outdir, "index.html").find(class_="cv-skill-name")
    assert heading.get_text() == "C# (50% & more)"
    assert heading.find("em").get_text() == "50% & more"


@pytest.mark.sphinx("html", testroot="basic", srcdir="any-role", freshenv=True)
def test_the_any_role_finds_skills_and_organisations(app: SphinxTestApp) -> None:
    (app.srcdir / "any.md").write_text(
        "---\norphan: true\n---\n# Any\n\n{any}`Python` at {any}`Acme`\n",
        encoding="utf-8",
    )
    app.build()
    assert warnings_of(app) == []
    links = article(app.outdir, "any.html").find("p").find_all("a")
    assert [(link["href"], link.get_text()) for link in links] == [
        ("skills.html#cv-skill-python", "Python"),
        ("experience/acme.html#cv-role-acme-2021-03", "Acme"),
    ]
    # Sphinx marks what `any` found with the domain and the object type.
    assert [link.code["class"][2:4] for link in links] == [
        ["cv", "cv-skill"],
        ["cv", "cv-role"],
    ]


@pytest.mark.sphinx("html", testroot="basic", srcdir="role-only-skill", freshenv=True)
def test_a_skill_only_roles_name_links_to_the_newest_of_them(
    app: SphinxTestApp,
) -> None:
    (app.srcdir / "older.md").write_text(
        "---\norphan: true\n---\n# Older\n\n"
        ":::{cv:role}\n:org: Older Ltd\n:start: 2010-01\n:end: 2014-12\n"
        ":skills: Haskell\nFirst.\n:::\n\n"
        "I wrote {cv:skill}`haskell` before {cv:skill}`Python`.\n",
        encoding="utf-8",
    )
    app.build()
    assert warnings_of(app) == []
    links = article(app.outdir, "older.html").find_all("p")[-1].find_all("a")
    assert [(link["href"], link.get_text()) for link in links] == [
        # Haskell is declared nowhere: Initech (2015) named it after Older Ltd did.
        ("experience/initech.html#cv-role-initech-2015-01", "haskell"),
        ("skills.html#cv-skill-python", "Python"),
    ]


def inventory(outdir: Path) -> list[str]:
    """The entries of ``objects.inv``, which intersphinx reads: after four lines
    of header, zlib-compressed lines of name, domain:type, priority, URI, title.
    """
    *_, compressed = (outdir / "objects.inv").read_bytes().split(b"\n", 4)
    return zlib.decompress(compressed).decode("utf-8").splitlines()


def test_other_projects_can_link_to_skills_and_roles(built: SphinxTestApp) -> None:
    entries = [line for line in inventory(built.outdir) if " cv:" in line]
    assert "Python cv:skill 1 skills.html#cv-skill-python -" in entries
    assert "C# cv:skill 1 skills.html#cv-skill-c-sharp -" in entries
    assert (
        "experience/acme#cv-role-acme-2021-03 cv:role 1 "
        "experience/acme.html#cv-role-acme-2021-03 Acme"
    ) in entries
    kinds = {line.split(" cv:")[1].split()[0] for line in entries}
    assert kinds == {"skill", "role"}


@pytest.mark.sphinx("html", testroot="basic", srcdir="views-filled-late", freshenv=True)
def test_views_of_records_alone_are_filled_after_sphinxs_post_transforms(
    app: SphinxTestApp,
) -> None:
    """A skills table and a list of employers hold what the records say and no
    more: no image, code, ``only`` block or citation for Sphinx's own post
    transforms to look for, each in a walk of the whole page. Filled after them,
    they are walked by none of them; the links they make are resolved all the same.
    """
    at_sphinxs_last: dict[str, tuple[int, int]] = {}

    class Probe(SphinxPostTransform):
        default_priority = TrimDoctestFlagsTransform.default_priority

        def run(self, **kwargs: object) -> None:
            del kwargs
            filled = [
                *self.document.findall(cv_timeline),
                *(
                    table
                    for table in self.document.findall(docutils_nodes.table)
                    if "cv-skills" in table["classes"]
                ),
            ]
            waiting = [
                *self.document.findall(timeline_placeholder),
                *self.document.findall(skills_table_placeholder),
            ]
            page = self.env.current_document.docname
            at_sphinxs_last[page] = (len(filled), len(waiting))

    app.add_post_transform(Probe)
    app.build()
    assert warnings_of(app) == []
    assert at_sphinxs_last["index"] == (0, 1)
    assert at_sphinxs_last["skills"] == (0, 2)
    assert article(app.outdir, "index.html").select("ol.cv-timeline li a[href]")
    assert article(app.outdir, "skills.html").select("table.cv-skills td a[href]")


@pytest.mark.sphinx("html", testroot="basic", srcdir="links-as-filled", freshenv=True)
def test_the_cv_links_are_resolved_before_sphinxs_resolver_is_asked(
    app: SphinxTestApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sphinx's resolver is asked only about what the cv domain cannot resolve.

    It copies each link's text before it asks the domain; in a skills table, it
    also put each link back in a tree ten nodes deep. A page's links are resolved
    just before it runs, and a view's as the view is made, before it is in the
    page.
    """
    resolved_by_sphinx: Counter[str] = Counter()
    resolve = CVDomain.resolve_xref

    def counted(self: CVDomain, *args: Any) -> docutils_nodes.reference | None:  # noqa: ANN401
        reference = resolve(self, *args)
        if reference is not None:
            resolved_by_sphinx[args[1]] += 1  # from this page
        return reference

    monkeypatch.setattr(CVDomain, "resolve_xref", counted)
    app.build()
    assert warnings_of(app) == []
    assert resolved_by_sphinx == Counter()
    links = article(app.outdir, "skills.html").select("table.cv-skills a[href]")
    assert len(links) > len(cv_snapshot(app.env).skills)  # skills and roles
    role_skills = article(app.outdir, "experience/acme.html").select(
        ".cv-role-skills a[href]"
    )
    assert role_skills


def test_a_newer_stylesheet_replaces_the_one_an_earlier_version_copied(
    rootdir: Path, tmp_path: Path
) -> None:
    source = rootdir / "test-basic"
    app, _ = built_app("html", source, tmp_path)
    copied = app.outdir / "_static" / "sphinx-cv.css"
    shipped = copied.read_text(encoding="utf-8")
    copied.write_text("/* an earlier version's */", encoding="utf-8")
    _, warnings = built_app("html", source, tmp_path, freshenv=False)
    assert warnings == ""
    assert copied.read_text(encoding="utf-8") == shipped
