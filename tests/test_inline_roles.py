"""The inline roles work wherever MyST lets a writer put inline markup.

``{cv:years}``, ``{cv:skill}`` and ``{cv:org}`` in a section title, a table, an
admonition's title, a figure's caption, a glossary term and a footnote: every
builder shows the same text there. A title is copied, before any view is filled,
into the contents, the page's title, the search index and links to the page; the
years in those copies follow the records as the page's own do.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

import pytest
from support.builds import OUTPUTS as EVERY_OUTPUT
from support.builds import on_every_builder, warnings_of
from support.projects import Project

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from sphinx.testing.util import SphinxTestApp

    MakeApp = Callable[..., SphinxTestApp]

# The role runs from May 2019 to April 2023: four years.
# Each place's text up to the years; the links after them are marked up in each
# output's own way.
TITLE = "Python for 4 years"
PLACES = [
    TITLE,
    "Known: 4 years of",
    "Table: 4 years at",
    "Admonition: 4 years at",
    "Caption: 4 years at",
    "Term: 4 years at",
    "Footnote: 4 years at",
]
OUTPUTS = {**EVERY_OUTPUT, "html": "places.html", "text": "places.txt"}


def flat(text: str) -> str:
    """The output's words, in one case: man sets a section's title in capitals."""
    return " ".join(text.split()).casefold()


@on_every_builder("inline-everywhere", OUTPUTS)
def test_every_builder_shows_the_years_in_every_place(
    app: SphinxTestApp, output: str
) -> None:
    app.build()
    assert warnings_of(app) == []
    text = flat((app.outdir / output).read_text(encoding="utf-8"))
    for place in PLACES:
        assert place.casefold() in text
    assert "_placeholder" not in text


@pytest.mark.sphinx("html", testroot="inline-everywhere", srcdir="inline-copies")
def test_the_titles_copies_show_the_years(app: SphinxTestApp) -> None:
    app.build()
    index = (app.outdir / "index.html").read_text(encoding="utf-8")
    sidebar = index.split('class="sidebar-tree"')[1]
    assert TITLE in sidebar
    assert f'href="places.html">{TITLE} at' in index  # the link to the page
    places = (app.outdir / "places.html").read_text(encoding="utf-8")
    assert f"<title>{TITLE} at Acme - " in places
    search = (app.outdir / "searchindex.js").read_text(encoding="utf-8")
    titles = json.loads(re.search(r'"titles":(\[.*?\])', search)[1])  # type: ignore[index]
    assert f"{TITLE} at Acme" in titles
    about = (app.outdir / "about.html").read_text(encoding="utf-8")
    assert "Known: 4 years of Python</span></a>" in about  # a link to the label
    index = (app.outdir / "genindex.html").read_text(encoding="utf-8")
    assert "Term: 4 years at Acme" in index


@pytest.mark.sphinx("latex", testroot="inline-everywhere", srcdir="inline-index")
def test_the_printed_index_shows_the_years_of_a_term(app: SphinxTestApp) -> None:
    app.build()
    tex = (app.outdir / "projectnamenotset.tex").read_text(encoding="utf-8")
    assert r"\index{Term: 4 years at Acme" in tex


def test_when_the_years_change_every_page_shows_the_new_ones(
    make_app: MakeApp, rootdir: Path, tmp_path: Path
) -> None:
    project = Project(make_app, rootdir / "test-inline-everywhere", tmp_path)
    project.build()
    project.edit("experience/acme.md", ":start: 2019-05", ":start: 2017-05")
    project.build()
    assert project.read == ["experience/acme"]
    new_title = TITLE.replace("4", "6")
    about = (project.outdir / "about.html").read_text(encoding="utf-8")
    assert new_title in about.split('class="sidebar-tree"')[1]
    places = (project.outdir / "places.html").read_text(encoding="utf-8")
    assert f"<title>{new_title} at Acme - " in places
    assert "places" in project.written
    assert "Known: 6 years of Python" in about
