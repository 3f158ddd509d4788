"""Every builder renders the CV's nodes, with no warning and no leftover placeholder."""

from __future__ import annotations

import re
import shutil
from typing import TYPE_CHECKING

import pytest
from support.builds import on_every_builder, warnings_of

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from sphinx.testing.util import SphinxTestApp


@on_every_builder("basic", freshenv=True)
def test_every_builder_renders_the_timeline_cleanly(
    app: SphinxTestApp, output: str
) -> None:
    app.build()
    assert warnings_of(app) == []
    text = (app.outdir / output).read_text(encoding="utf-8")
    for expected in ("Acme", "Senior Engineer", "Initech", "5 yrs 9 mos", "present"):
        assert expected in text
    assert "_placeholder" not in text


@pytest.mark.sphinx("gettext", testroot="basic", freshenv=True)
def test_gettext_extracts_the_pages_text(app: SphinxTestApp) -> None:
    app.build()
    assert warnings_of(app) == []
    pot = (app.outdir / "experience.pot").read_text(encoding="utf-8")
    assert 'msgid "Promoted."' in pot


@pytest.mark.sphinx("latex", testroot="basic", freshenv=True)
def test_latex_gets_no_stylesheet(app: SphinxTestApp) -> None:
    app.build()
    assert not list(app.outdir.rglob("*.css"))
    assert "sphinx-cv.css" not in [name for name, _ in app.registry.css_files]


@pytest.mark.sphinx("text", testroot="basic", freshenv=True)
def test_text_shows_the_timeline_as_a_plain_list(app: SphinxTestApp) -> None:
    app.build()
    text = (app.outdir / "index.txt").read_text(encoding="utf-8")
    assert "- Acme · London\n" in text  # plain words, dashes for bullets
    assert "1. " not in text


# The printed CV's views: header, full entries, compact skills, in each builder.
PRINTED_CV = {
    "html": ("cv.html", {}),
    "latex": ("ada-example-cv.tex", {}),
    "text": ("cv.txt", {}),
    "man": ("ada.1", {"man_pages": [("cv", "ada", "", [], 1)]}),
    "texinfo": (
        "ada.texi",
        {"texinfo_documents": [("cv", "ada", "Ada", "", "ada", "", "", False)]},
    ),
}


@pytest.mark.parametrize(
    "output",
    [
        pytest.param(
            output,
            marks=pytest.mark.sphinx(
                builder,
                testroot="cv-pdf",
                srcdir=f"cv-pdf-{builder}",
                freshenv=True,
                confoverrides=overrides,
            ),
            id=builder,
        )
        for builder, (output, overrides) in PRINTED_CV.items()
    ],
)
def test_every_builder_renders_the_printed_cvs_views(
    app: SphinxTestApp, output: str
) -> None:
    app.build()
    assert warnings_of(app) == []
    # LaTeX ties a date's words with a no-break space (~).
    text = (app.outdir / output).read_text(encoding="utf-8").replace("\xa0", " ")
    for expected in (
        "Analytical Engines Ltd",  # an entry, with its dates and its text
        "Mar 2021",
        "5 yrs 9 mos",
        "test harness",
        "(1 yr)",  # a compact skills line
    ):
        assert expected in text, expected
    if app.builder.name == "latex":  # the printed header, though the page has none
        assert r"\cvheader{Ada Example}{Engineer of analytical engines" in text
    assert "_placeholder" not in text
    assert "cv_" not in text


@pytest.mark.sphinx("text", testroot="cv-pdf", freshenv=True)
def test_text_sets_an_entrys_dates_flush_right(app: SphinxTestApp) -> None:
    app.build()
    lines = (app.outdir / "cv.txt").read_text(encoding="utf-8").splitlines()
    for what, when in [
        ("Analytical Engines Ltd · London", "May 2019 – present · 7 yrs 7 mos"),
        ("Senior Engineer", "Mar 2021 – present · 5 yrs 9 mos"),
    ]:
        line = next(line for line in lines if line.startswith(what))
        assert re.fullmatch(rf"{what} {{2,}}{when}", line), line
        assert len(line) == 70, line


@pytest.mark.parametrize("builder", ["html", "dirhtml", "singlehtml", "epub"])
def test_every_html_builder_ships_the_stylesheet(
    make_app: Callable[..., SphinxTestApp], rootdir: Path, tmp_path: Path, builder: str
) -> None:
    shutil.copytree(rootdir / "test-basic", tmp_path / "src")
    app = make_app(builder, srcdir=tmp_path / "src", freshenv=True)
    app.build()
    app.cleanup()
    assert (app.outdir / "_static" / "sphinx-cv.css").is_file()
    page = app.outdir / ("index.xhtml" if builder == "epub" else "index.html")
    assert "sphinx-cv.css" in page.read_text(encoding="utf-8")
