"""``make docx``: the printed CV as a Word document, read back as Word and ATS read it.

python-docx reads its structure (styles, tab stops, links, properties); docx2python,
an independent reader, reads its text in order.
"""

from __future__ import annotations

import datetime
import os
import shutil
import subprocess
import zipfile
from typing import TYPE_CHECKING

import docx
import pytest
from docx.enum.text import WD_TAB_ALIGNMENT
from docx2python import docx2python
from sphinx_cv.core.aggregate import timeline
from sphinx_cv.core.labels import format_date
from sphinx_cv.domain import cv_domain
from support.builds import (
    PROJECT_ROOT,
    TODAY,
    BuiltProject,
    build_project,
    built_app,
    warnings_of,
)
from support.hostile import (
    ESCAPING_ROOT_WARNING,
    HOSTILE_HEADLINE,
    HOSTILE_LOCATION,
    HOSTILE_NAME,
    HOSTILE_ORG,
    HOSTILE_TITLE,
)
from support.labels import ENGLISH
from support.mutation_timing import shared
from support.pdfs import Pdf

if TYPE_CHECKING:
    from pathlib import Path

    from docx.document import Document
    from docx.text.paragraph import Paragraph
    from sphinx.testing.util import SphinxTestApp

FILENAME = "jonathan-hartley-cv.docx"
SECTIONS = ["Summary", "Experience", "Skills", "Open source and community", "Education"]


@pytest.fixture(scope=shared("session"))
def cv_docx(tmp_path_factory: pytest.TempPathFactory) -> BuiltProject:
    return build_project("docx", tmp_path_factory.mktemp("docx"))


@pytest.fixture
def word(cv_docx: BuiltProject) -> Document:
    assert cv_docx.warnings == ""
    return docx.Document(str(cv_docx.outdir / FILENAME))


def role_lines(document: Document) -> list[Paragraph]:
    """The lines of employers and positions: what, then the dates at a tab."""
    return [
        paragraph
        for paragraph in document.paragraphs
        if any(
            stop.alignment == WD_TAB_ALIGNMENT.RIGHT
            for stop in paragraph.paragraph_format.tab_stops
        )
    ]


def in_section(document: Document, heading: str) -> list[Paragraph]:
    paragraphs = document.paragraphs
    start = next(
        index
        for index, p in enumerate(paragraphs)
        if p.style.name == "Heading 1" and p.text == heading
    )
    following = paragraphs[start + 1 :]
    end = next(
        (i for i, p in enumerate(following) if p.style.name == "Heading 1"),
        len(following),
    )
    return following[:end]


def test_the_header_is_in_the_body_name_headline_and_profile(word: Document) -> None:
    first, headline, profiles = word.paragraphs[:3]
    assert (first.style.name, first.text) == ("Title", "Jonathan Hartley")
    assert headline.text.startswith("Software developer: a back-end generalist")
    assert [link.url for link in profiles.hyperlinks] == ["https://github.com/tartley"]
    assert profiles.text == "github.com/tartley"
    # In the body, where every reader reads it; the page header holds nothing.
    assert all(not paragraph.text for paragraph in word.sections[0].header.paragraphs)


def test_sections_are_headings_in_the_pdfs_order(word: Document) -> None:
    headings = [p.text for p in word.paragraphs if p.style.name == "Heading 1"]
    assert headings == SECTIONS


def test_each_employer_has_its_dates_at_a_right_tab_in_the_pdfs_order(
    cv_docx: BuiltProject, word: Document
) -> None:
    roles = cv_domain(cv_docx.app.env).all_roles()
    employers = timeline(roles)
    lines = role_lines(word)
    assert len(lines) == len(employers) == 6
    for line, employer in zip(lines, employers, strict=True):
        what, when = line.text.split("\t")
        assert what.startswith(employer.org)
        start = format_date(employer.span.start, ENGLISH)
        end = employer.span.end
        assert when.startswith(
            f"{start} \N{EN DASH} "
            + (format_date(end, ENGLISH) if end else ENGLISH.present)
        )
        assert line.runs[0].bold  # the organisation
    assert not word.tables  # one column, no layout table


def test_highlights_are_real_bullets(cv_docx: BuiltProject, word: Document) -> None:
    texts = cv_domain(cv_docx.app.env).role_texts()
    highlights = [item for text in texts.values() for item in text.highlights]
    bullets = [
        p.text for p in in_section(word, "Experience") if p.style.name == "List Bullet"
    ]
    assert len(bullets) == len(highlights) == 12
    assert bullets[0].startswith("I analyze & deliver new features.")
    assert any(
        p.style.name == "List Bullet"
        for p in in_section(word, "Open source and community")
    )


def test_inline_emphasis_bold_and_links_arrive(word: Document) -> None:
    runs = [run for paragraph in word.paragraphs for run in paragraph.runs]
    assert any(run.text == "Snap Store" and run.italic for run in runs)
    assert any(run.text == "Python" and run.bold for run in runs)
    links = {link.text: link.url for p in word.paragraphs for link in p.hyperlinks}
    assert links["Colorama"] == "https://github.com/tartley/colorama"


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def test_links_are_the_pdfs_blue_in_any_reader(word: Document) -> None:
    """An explicit colour: a reader that ignores theme colours showed black."""
    link = next(link for p in word.paragraphs for link in p.hyperlinks)
    colours = [run._r.rPr.find(f"{W}color") for run in link.runs]  # noqa: SLF001
    assert colours
    for colour in colours:
        assert colour is not None
        assert colour.get(f"{W}val") == "0D3373"  # the PDF's {rgb}{0.05,0.2,0.45}
        assert colour.get(f"{W}themeColor") is None


def test_every_page_ends_with_the_name_and_its_number_of_all(word: Document) -> None:
    footer = word.sections[0].footer
    assert not footer.is_linked_to_previous
    paragraph = footer.paragraphs[0]
    element = paragraph._p  # noqa: SLF001 - the XML itself
    fields = [field.get(f"{W}instr").strip() for field in element.iter(f"{W}fldSimple")]
    assert fields == ["PAGE", "NUMPAGES"]  # Word and LibreOffice fill them in
    words = [
        "{" + child.get(f"{W}instr").strip() + "}"
        if child.tag == f"{W}fldSimple"
        else "".join(text.text or "" for text in child.iter(f"{W}t"))
        for child in element
        if child.tag in {f"{W}r", f"{W}fldSimple"}
    ]
    assert "".join(words) == "Jonathan Hartley · page {PAGE} of {NUMPAGES}"


def test_every_run_carries_its_properties_as_python_docx_writes_them(
    word: Document,
) -> None:
    """An empty ``w:rPr`` where a run has no look: python-docx's own form, which the
    writer's quicker runs keep, so the document's bytes did not change."""
    runs = [run for paragraph in word.paragraphs for run in paragraph.runs]
    assert runs
    assert all(run._r.rPr is not None for run in runs)  # noqa: SLF001 - the XML itself


def test_its_properties_are_the_pdfs_metadata(word: Document) -> None:
    properties = word.core_properties
    assert properties.title == "Jonathan Hartley \N{EM DASH} CV"
    assert properties.author == "Jonathan Hartley"
    assert properties.subject.startswith("Software developer")
    assert properties.keywords.startswith("Python, Web APIs, .Net")
    assert properties.created.date().isoformat() == TODAY


def test_an_independent_reader_finds_every_role_and_fact_in_order(
    cv_docx: BuiltProject,
) -> None:
    with docx2python(cv_docx.outdir / FILENAME) as read:
        text = " ".join(read.text.split())
    orgs = [
        employer.org for employer in timeline(cv_domain(cv_docx.app.env).all_roles())
    ]
    places = [text.index(org) for org in orgs]
    assert places == sorted(places)
    for fact in ["Ordnance Survey", "5k req/s", "University of Durham", "Colorama"]:
        assert fact in text


def test_the_same_date_gives_the_same_bytes(
    cv_docx: BuiltProject, tmp_path: Path
) -> None:
    again = build_project("docx", tmp_path)
    assert (again.outdir / FILENAME).read_bytes() == (
        cv_docx.outdir / FILENAME
    ).read_bytes()
    # Dated by cv_today, not by the clock: builds seconds apart match too.
    with zipfile.ZipFile(cv_docx.outdir / FILENAME) as package:
        dates = {part.date_time for part in package.infolist()}
    assert dates == {(*datetime.date.fromisoformat(TODAY).timetuple()[:3], 0, 0, 0)}


@pytest.fixture(scope=shared("module"))
def onepage_docx(tmp_path_factory: pytest.TempPathFactory) -> BuiltProject:
    return build_project(
        "docx", tmp_path_factory.mktemp("docx-onepage"), tags=("onepage",)
    )


@pytest.fixture(scope=shared("module"))
def modern_docx(tmp_path_factory: pytest.TempPathFactory) -> BuiltProject:
    app, warnings = built_app(
        "docx",
        PROJECT_ROOT,
        tmp_path_factory.mktemp("docx-modern"),
        confoverrides={"cv_today": TODAY, "cv_design": "modern"},
    )
    return BuiltProject(app.outdir, warnings, app)


def test_the_one_page_tag_gives_the_one_page_cv(onepage_docx: BuiltProject) -> None:
    assert onepage_docx.warnings == ""
    document = docx.Document(str(onepage_docx.outdir / FILENAME))
    bullets = [
        p for p in in_section(document, "Experience") if p.style.name == "List Bullet"
    ]
    # Only the roles tagged recent are in full: Lambda's three, Canonical's one.
    assert len(bullets) == 4
    assert len(role_lines(document)) == 6


@pytest.fixture(scope=shared("module"))
def pages_in_libreoffice(
    cv_docx: BuiltProject,
    onepage_docx: BuiltProject,
    modern_docx: BuiltProject,
    tmp_path_factory: pytest.TempPathFactory,
) -> dict[str, int]:
    """How many pages LibreOffice lays each Word document out on, with Debian's
    fonts: one run of it for them all, which is most of the time it takes.

    Its own profile (HOME): parallel runs that share one fail.
    """
    where = tmp_path_factory.mktemp("libreoffice")
    documents = {"two-page": cv_docx, "one-page": onepage_docx, "modern": modern_docx}
    for name, built in documents.items():
        shutil.copy(built.outdir / FILENAME, where / f"{name}.docx")
    # LibreOffice from Debian's package (make system-packages).
    command = ["soffice", "--headless", "--convert-to", "pdf", "--outdir"]
    subprocess.run(  # noqa: S603 - the tests' own fixed command
        [*command, str(where), *(str(where / f"{name}.docx") for name in documents)],
        env={**os.environ, "HOME": str(where / "home")},
        capture_output=True,
        check=True,
        timeout=120,
    )
    return {name: Pdf(where / f"{name}.pdf").pages for name in documents}


def test_word_keeps_the_pdfs_two_pages_without_microsofts_fonts(
    pages_in_libreoffice: dict[str, int],
) -> None:
    assert pages_in_libreoffice["two-page"] == 2


def test_word_keeps_the_one_page_cv_to_one_page(
    pages_in_libreoffice: dict[str, int],
) -> None:
    assert pages_in_libreoffice["one-page"] == 1


def test_the_modern_design_is_in_arial_and_keeps_two_pages(
    modern_docx: BuiltProject, pages_in_libreoffice: dict[str, int]
) -> None:
    assert modern_docx.warnings == ""
    styles = docx.Document(str(modern_docx.outdir / FILENAME)).styles
    assert styles["Normal"].font.size.pt == pytest.approx(11 * 0.875, abs=0.5)
    faces = {
        fonts.get(f"{W}ascii")
        for fonts in styles.element.iter(f"{W}rFonts")
        if fonts.get(f"{W}ascii")
    }
    assert "Arial" in faces
    assert "Times New Roman" not in faces
    assert pages_in_libreoffice["modern"] == 2


@pytest.mark.sphinx("docx", testroot="docx", freshenv=True)
def test_a_character_word_cannot_hold_is_left_out_with_a_warning(
    app: SphinxTestApp,
) -> None:
    app.build()
    assert warnings_of(app) == [
        (
            "index.md:5: WARNING: Word cannot hold these characters (U+0007): "
            "they are left out [cv.unwritable-character]"
        )
    ]
    document = docx.Document(str(app.outdir / "ada-lovelace-cv.docx"))
    summary = next(p.text for p in document.paragraphs if "bell" in p.text)
    assert summary == "I write notes on the Engine, and a bell:  rings."


@pytest.mark.sphinx("docx", testroot="escaping", freshenv=True)
def test_any_text_arrives_exactly(app: SphinxTestApp) -> None:
    app.build()
    assert warnings_of(app) == [ESCAPING_ROOT_WARNING]
    document = docx.Document(str(app.outdir / "escaping.docx"))
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    for field in (HOSTILE_NAME, HOSTILE_HEADLINE, HOSTILE_ORG, HOSTILE_TITLE):
        assert field in text
    assert HOSTILE_LOCATION in text
