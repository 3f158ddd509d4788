"""Text from the page reaches HTML and LaTeX exactly, escaped for each: no injection."""

from __future__ import annotations

import shutil
import subprocess
from typing import TYPE_CHECKING

import pytest
from conftest import article, warnings_of

if TYPE_CHECKING:
    from sphinx.testing.util import SphinxTestApp

HOSTILE_ORG = "R&D <script>alert(1)</script> Ltd"
HOSTILE_TITLE = "Head of {y} & _x_ ~ ^ \\ \"quoted\" 'single'"
HOSTILE_SKILLS = [
    "C#",
    "C++",
    "C",
    "F#",
    "R&D",
    "100%",
    "$5",
    "_x_",
    "{y}",
    "~",
    "^",
    "\\",
]


@pytest.mark.sphinx("html", testroot="escaping", freshenv=True)
def test_html_shows_markup_in_fields_as_text(app: SphinxTestApp) -> None:
    app.build()
    assert warnings_of(app) == []
    page = article(app.outdir, "index.html")
    role = page.find(class_="cv-role")
    assert HOSTILE_ORG in role.get_text()
    assert HOSTILE_TITLE in role.get_text()
    assert "<b>bold</b>" in role.get_text()
    assert page.find("script") is None
    assert page.find("b") is None
    raw = (app.outdir / "index.html").read_text(encoding="utf-8")
    assert "R&amp;D &lt;script&gt;alert(1)&lt;/script&gt; Ltd" in raw
    assert "<script>alert" not in raw


@pytest.mark.sphinx("html", testroot="escaping", freshenv=True)
def test_every_skill_name_survives_in_html(app: SphinxTestApp) -> None:
    app.build()
    table = article(app.outdir, "index.html").find("table", class_="cv-skills")
    names = {row.find("td").get_text(strip=True) for row in table.select("tbody tr")}
    assert set(HOSTILE_SKILLS) <= names


@pytest.mark.sphinx("latex", testroot="escaping", freshenv=True)
def test_latex_escapes_every_special_character(app: SphinxTestApp) -> None:
    app.build()
    assert warnings_of(app) == []
    tex = (app.outdir / "projectnamenotset.tex").read_text(encoding="utf-8")
    for escaped in (
        r"R\&D",
        r"C\#",
        r"100\%",
        r"\$5",
        r"\_x\_",
        r"\{y\}",
        r"\textasciitilde{}",
        r"\textasciicircum{}",
        r"\textbackslash{}",
    ):
        assert escaped in tex
    labels = {"cv-skill-c}", "cv-skill-c-sharp}", "cv-skill-c-plus-plus}"}
    assert all(f"index:{label}" in tex for label in labels)


@pytest.mark.sphinx("latex", testroot="escaping", freshenv=True)
def test_the_pdf_carries_every_special_character_exactly(app: SphinxTestApp) -> None:
    app.build()
    subprocess.run(  # noqa: S603 - fixed arguments
        [
            shutil.which("latexmk") or "latexmk",
            "-pdf",
            "-interaction=nonstopmode",
            "-halt-on-error",
            "projectnamenotset.tex",
        ],
        cwd=app.outdir,
        capture_output=True,
        check=True,
    )
    pdftotext = shutil.which("pdftotext")
    assert pdftotext
    text = subprocess.run(  # noqa: S603
        [pdftotext, str(app.outdir / "projectnamenotset.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    flat = " ".join(text.split())
    assert HOSTILE_ORG in flat
    assert HOSTILE_TITLE in flat
    assert "Skills: " + ", ".join(HOSTILE_SKILLS) in flat
