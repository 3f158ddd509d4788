"""Text from the page reaches HTML and LaTeX exactly, escaped for each: no injection."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from typing import TYPE_CHECKING

import pytest
from support.builds import article, warnings_of
from support.hostile import (
    ESCAPING_ROOT_WARNING,
    HOSTILE_HEADLINE,
    HOSTILE_LOCATION,
    HOSTILE_NAME,
    HOSTILE_ORG,
    HOSTILE_SKILLS,
    HOSTILE_TITLE,
    SAFE_PROFILE,
)
from support.pdfs import Pdf, overfull_boxes, pdflatex_once

if TYPE_CHECKING:
    from sphinx.testing.util import SphinxTestApp

GROFF = shutil.which("groff") or "groff"


@pytest.mark.sphinx("html", testroot="escaping", freshenv=True)
def test_html_shows_markup_in_fields_as_text(app: SphinxTestApp) -> None:
    app.build()
    assert warnings_of(app) == [ESCAPING_ROOT_WARNING]
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


@pytest.mark.sphinx("html", testroot="escaping", freshenv=True)
def test_the_persons_header_is_text_and_links_only_safe_urls(
    app: SphinxTestApp,
) -> None:
    app.build()
    header = article(app.outdir, "index.html").find(class_="cv-person")
    assert HOSTILE_HEADLINE in header.get_text()
    profiles = header.find(class_="cv-profiles")
    assert [link["href"] for link in profiles.find_all("a")] == [SAFE_PROFILE]
    assert "javascript:" not in (app.outdir / "index.html").read_text("utf-8")


@pytest.mark.sphinx("latex", testroot="escaping", freshenv=True)
def test_latex_escapes_every_special_character(app: SphinxTestApp) -> None:
    app.build()
    assert warnings_of(app) == [ESCAPING_ROOT_WARNING]
    tex = (app.outdir / "escaping.tex").read_text(encoding="utf-8")
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
    assert "javascript" not in tex


@pytest.fixture
def hostile_pdf(app: SphinxTestApp) -> Pdf:
    app.build()
    pdflatex_once(app.outdir)
    pdf = Pdf(app.outdir / "escaping.pdf")
    assert overfull_boxes(pdf.log) == []
    return pdf


def exact(text: str) -> str:
    """As a PDF holds it: composed characters (pdflatex has no combining marks)."""
    return unicodedata.normalize("NFC", text)


@pytest.mark.sphinx("latex", testroot="escaping", freshenv=True)
def test_the_pdf_carries_every_special_character_exactly(hostile_pdf: Pdf) -> None:
    flat = hostile_pdf.flat
    assert HOSTILE_ORG in flat
    assert HOSTILE_TITLE in flat
    assert "Skills: " + ", ".join(HOSTILE_SKILLS) in flat
    assert exact(HOSTILE_LOCATION) in flat


@pytest.mark.sphinx("latex", testroot="escaping", freshenv=True)
def test_the_pdfs_header_entries_and_metadata_keep_every_character(
    hostile_pdf: Pdf,
) -> None:
    assert hostile_pdf.flat.startswith(
        exact(f"{HOSTILE_NAME} {HOSTILE_HEADLINE} github.com/z_o%20b#top")
    )
    assert hostile_pdf.info["Author"] == HOSTILE_NAME
    assert hostile_pdf.info["Title"] == f"{HOSTILE_NAME} — CV"
    assert hostile_pdf.info["Subject"] == exact(HOSTILE_HEADLINE)
    assert SAFE_PROFILE in hostile_pdf.links
    assert not any("javascript" in link for link in hostile_pdf.links)
    # The full timeline's heading, and the compact skills, from the same records.
    assert f"{HOSTILE_ORG} · {HOSTILE_TITLE} · {exact(HOSTILE_LOCATION)}" in (
        hostile_pdf.flat
    )
    assert " · ".join(HOSTILE_SKILLS) in hostile_pdf.flat
    for name in HOSTILE_SKILLS:
        assert name in hostile_pdf.flat


@pytest.mark.sphinx("text", testroot="escaping", freshenv=True)
def test_plain_text_keeps_every_character_as_written(app: SphinxTestApp) -> None:
    app.build()
    text = " ".join((app.outdir / "index.txt").read_text(encoding="utf-8").split())
    for field in (HOSTILE_ORG, HOSTILE_TITLE, exact(HOSTILE_LOCATION)):
        assert exact(field) in exact(text)


@pytest.mark.sphinx("man", testroot="escaping", freshenv=True)
def test_the_man_page_shows_every_character_as_written(app: SphinxTestApp) -> None:
    app.build()
    (page,) = app.outdir.glob("*.1")
    source = page.read_text(encoding="utf-8")
    # A backslash is groff's escape character: written as \e, it prints itself.
    assert "Head of {y} & _x_ ~ ^ \\e " in source
    shown = subprocess.run(  # noqa: S603 - fixed arguments
        [GROFF, "-k", "-t", "-man", "-Tutf8", "-rLL=3000n", "-rHY=0", "-P-cbou", page],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for field in (HOSTILE_ORG, HOSTILE_TITLE):
        assert field in shown


@pytest.mark.sphinx("texinfo", testroot="escaping", freshenv=True)
def test_texinfo_escapes_its_command_characters(app: SphinxTestApp) -> None:
    app.build()
    (texi,) = app.outdir.glob("*.texi")
    source = texi.read_text(encoding="utf-8")
    # @, { and } are Texinfo's own: each is written with an @ before it.
    assert "Head of @{y@} & _x_ ~ ^ \\ " in source
    assert "{y}" not in source
    assert HOSTILE_ORG in source
