"""The PDF is a CV: two A4 pages, a dates column, readable by people and by ATS.

These read the real PDF as ``make latexpdf`` (and ``make onepage``) make it for an
author (through ``make ats``, once a session: conftest.py), with poppler, as
applicant-tracking systems and copy-paste do. Another project,
``tests/roots/test-cv-pdf``, proves the layout ships with the extension rather
than with this CV.
"""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess
import sys
from io import StringIO
from typing import TYPE_CHECKING, Any

import pymupdf
import pytest
from openresume import parse_resume_from_pdf
from sphinx.testing.util import SphinxTestApp
from support.builds import PROJECT_ROOT, built_app, warnings_of
from support.pdfs import (
    Pdf,
    asks_for_a_rerun,
    make,
    overfull_boxes,
    pdflatex_once,
    run,
    sphinx_latex,
)

if TYPE_CHECKING:
    from pathlib import Path

A4 = "595.276 x 841.89 pts (A4)"
ROLES_NEWEST_FIRST = [
    "Lambda",
    "Canonical",
    "IBM Cloud",
    "Able.ag, Antidote.me, Made.com, BATS Trading, Rangespan",
    "Resolver Systems",
    "GIS consulting",
]
SECTIONS_IN_CV_ORDER = [
    "Summary",
    "Experience",
    "Skills",
    "Open source and community",
    "Education",
]
UNBREAKABLE = ["C++", "FastAPI", "Elasticsearch", "Cartographic", "ArcObjects"]


@pytest.fixture(scope="session")
def cv_pdf(made_by_make_ats: Path) -> Pdf:
    return Pdf(made_by_make_ats / "latex" / "jonathan-hartley-cv.pdf")


@pytest.fixture(scope="session")
def onepage_pdf(made_by_make_ats: Path) -> Pdf:
    return Pdf(made_by_make_ats / "onepage" / "jonathan-hartley-cv.pdf")


MODERN = "SPHINXOPTS=-W --keep-going -n -D cv_design=modern"


@pytest.fixture(scope="session")
def modern_pdf(tmp_path_factory: pytest.TempPathFactory) -> Pdf:
    builddir = tmp_path_factory.mktemp("make-latexpdf-modern")
    make("latexpdf", builddir, PROJECT_ROOT, MODERN)
    return Pdf(builddir / "latex" / "jonathan-hartley-cv.pdf")


@pytest.fixture(scope="session")
def modern_onepage_pdf(tmp_path_factory: pytest.TempPathFactory) -> Pdf:
    builddir = tmp_path_factory.mktemp("make-onepage-modern")
    make("onepage", builddir, PROJECT_ROOT, MODERN)
    return Pdf(builddir / "onepage" / "jonathan-hartley-cv.pdf")


def positions(text: str, needles: list[str]) -> list[int]:
    found = [text.find(needle) for needle in needles]
    assert -1 not in found, [n for n, at in zip(needles, found, strict=True) if at < 0]
    return found


# --- the document ---------------------------------------------------------------------


def test_the_cv_is_two_a4_pages_and_the_second_is_no_stub(cv_pdf: Pdf) -> None:
    assert cv_pdf.pages == 2
    assert cv_pdf.info["Page size"] == A4
    first, second = (len(cv_pdf.page_text(n).split()) for n in (1, 2))
    assert second >= 0.4 * first, (first, second)


def test_the_name_comes_first_then_the_headline_and_profile(cv_pdf: Pdf) -> None:
    assert cv_pdf.flat.startswith(
        "Jonathan Hartley Software developer: a back-end generalist, specializing in "
        "Python github.com/tartley"
    )


def test_sections_come_in_a_cvs_order_with_nothing_web_only(cv_pdf: Pdf) -> None:
    lines = [line.strip() for line in cv_pdf.text.splitlines()]
    headings = [line for line in lines if line in SECTIONS_IN_CV_ORDER]
    assert headings == SECTIONS_IN_CV_ORDER
    for web_only in ["Contents", "Skills index", "Recent roles", "Last used", "Index"]:
        assert web_only not in lines
    assert "Chapter" not in cv_pdf.flat


def test_roles_are_newest_first_each_with_its_dates_beside_it(cv_pdf: Pdf) -> None:
    found = positions(cv_pdf.flat, ROLES_NEWEST_FIRST)
    assert found == sorted(found)
    for org, dates in [
        ("Lambda", "Sep 2023 – present"),
        ("Canonical", "May 2019 – Jul 2023 · 4 yrs 3 mos"),
        ("IBM Cloud", "Jul 2017 – May 2019 · 1 yr 11 mos"),
        ("Resolver Systems", "Sep 2006 – May 2011 · 4 yrs 9 mos"),
        ("GIS consulting", "Aug 2003 – Sep 2006 · 3 yrs 2 mos"),
    ]:
        assert re.search(
            rf"^{re.escape(org)}\s+{re.escape(dates)}", cv_pdf.text, re.MULTILINE
        ), org


def test_every_fact_of_the_roles_ships(cv_pdf: Pdf) -> None:
    for fact in [
        "5k req/s",
        "Ordnance Survey",
        "100 million product lines",
        "about a billion times better",
        "British Cartographic Society award",
        "Excel’s statistical functions",  # typographic apostrophe, as on the site
        "Bachelor of Science in Electronics",
        "2:1 (with Honors)",
        "Jun 2011 – Jun 2017",
    ]:
        assert fact in cv_pdf.flat, fact


# The first words of the sections that résumé parsers look for, beside Skills.
OTHER_SECTIONS = (
    "languages",
    "education",
    "experience",
    "projects",
    "certifications",
    "awards",
    "interests",
    "references",
    "publications",
    "volunteering",
)


def test_skills_are_one_compact_line_per_category(cv_pdf: Pdf) -> None:
    assert re.search(
        r"^Programming languages and platforms: Python \(15 yrs\), ",
        cv_pdf.text,
        re.MULTILINE,
    )
    for category in ["Web frameworks and APIs", "Data stores and search", "Practices"]:
        assert re.search(rf"^{category}: ", cv_pdf.text, re.MULTILINE), category
    assert "—" not in cv_pdf.flat  # no column of empty figures


@pytest.mark.parametrize("which", ["cv_pdf", "onepage_pdf", "modern_pdf"])
def test_no_skills_line_starts_as_another_section(
    which: str, request: pytest.FixtureRequest
) -> None:
    """A keyword parser ends Skills at a line that starts "Languages"."""
    text: str = request.getfixturevalue(which).text
    skills = text[text.index("\nSkills\n") : text.index("\nOpen source and community")]
    starts = [line.split(maxsplit=1)[0] for line in skills.splitlines()[2:] if line]
    assert starts
    assert not [word for word in starts if word.casefold() in OTHER_SECTIONS]


# --- readable by applicant-tracking systems ------------------------------------------


def seed_words() -> str:
    sources = [PROJECT_ROOT / "index.md", *sorted(PROJECT_ROOT.glob("experience/*.md"))]
    return " ".join(path.read_text(encoding="utf-8") for path in sources)


def test_no_word_is_broken_by_hyphenation(cv_pdf: Pdf) -> None:
    lines = cv_pdf.text.splitlines()
    seed = seed_words()
    for line, following in itertools.pairwise(lines):
        broken = re.search(r"(\w+)-$", line)
        if broken and following.split():
            joined = f"{broken[1]}-{following.split()[0].rstrip('.,;:')}"
            assert joined in seed, f"hyphenated by TeX: {joined!r}"
    for word in UNBREAKABLE:
        assert word in cv_pdf.flat


def test_no_ligature_glyph_or_missing_character(cv_pdf: Pdf) -> None:
    assert not re.search("[\ufb00-\ufb06\ufffd]", cv_pdf.text)
    for word in ["financial", "firewalling", "fleet", "effort", "high-traffic"]:
        assert word in cv_pdf.flat


def test_every_font_is_embedded_and_none_is_a_bitmap(cv_pdf: Pdf) -> None:
    assert cv_pdf.fonts
    for font in cv_pdf.fonts:
        assert font["emb"] == "yes", font
        assert font["type"] != "Type 3", font


def test_the_metadata_comes_from_cv_person_and_the_skills(cv_pdf: Pdf) -> None:
    assert cv_pdf.info["Title"] == "Jonathan Hartley — CV"
    assert cv_pdf.info["Author"] == "Jonathan Hartley"
    assert cv_pdf.info["Subject"] == (
        "Software developer: a back-end generalist, specializing in Python"
    )
    keywords = cv_pdf.info["Keywords"].split(", ")
    assert len(keywords) == 8  # the longest used, derived from the roles
    assert keywords[0] == "Python"
    assert {".Net", "Web APIs"} <= set(keywords)


def test_links_work_and_the_profile_is_linked(cv_pdf: Pdf) -> None:
    assert "https://github.com/tartley" in cv_pdf.links
    assert "https://github.com/tartley/colorama" in cv_pdf.links


# --- a clean LaTeX run ----------------------------------------------------------------


def test_latex_reports_no_problem(cv_pdf: Pdf) -> None:
    log = cv_pdf.log
    assert "multiply defined" not in log
    assert "undefined references" not in log
    assert not re.search(r"Reference `[^']*' on page \d+ undefined", log)
    assert overfull_boxes(log) == []


def test_one_pdflatex_pass_is_enough(cv_pdf: Pdf, tmp_path: Path) -> None:
    # LaTeX says labels "may have changed" after any first pass; what matters is
    # whether a second pass would change the PDF. It does not.
    again = tmp_path / "again"
    shutil.copytree(cv_pdf.path.parent, again)
    pdflatex_once(again)
    second = Pdf(again / cv_pdf.path.name)
    assert (second.text, second.links, second.pages) == (
        cv_pdf.text,
        cv_pdf.links,
        cv_pdf.pages,
    )
    assert not asks_for_a_rerun(second.log)


@pytest.fixture(scope="module")
def as_read_the_docs_builds_it(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The LaTeX Read the Docs writes for its PDF: a plain sphinx-build, with
    -W --keep-going as .readthedocs.yaml's fail_on_warning asks."""
    out = tmp_path_factory.mktemp("read-the-docs") / "pdf"
    run(
        *(sys.executable, "-m", "sphinx", "-T", "-W", "--keep-going", "-b", "latex"),
        *("-d", out.parent / "doctrees", "-D", "language=en", ".", out),
        cwd=PROJECT_ROOT,
    )
    return out


def test_read_the_docs_commands_make_the_same_cv(
    as_read_the_docs_builds_it: Path, cv_pdf: Pdf
) -> None:
    out = as_read_the_docs_builds_it
    run(
        *("latexmk", "-r", "latexmkrc", "-pdf", "-f", "-dvi-", "-ps-"),
        *("-jobname=rtd-project-slug", "-interaction=nonstopmode"),
        cwd=out,
    )
    on_rtd = Pdf(out / "rtd-project-slug.pdf")
    assert on_rtd.pages == 2
    assert on_rtd.flat == cv_pdf.flat


# --- the page, quieter ---------------------------------------------------------------


def test_every_page_ends_with_the_name_and_its_number_of_all(cv_pdf: Pdf) -> None:
    for number in range(1, cv_pdf.pages + 1):
        last_line = cv_pdf.page_text(number).strip().splitlines()[-1]
        assert last_line == f"Jonathan Hartley · page {number} of {cv_pdf.pages}"


def test_a_one_page_cv_has_no_footer(onepage_pdf: Pdf) -> None:
    assert "page 1 of 1" not in onepage_pdf.flat


# A word space of Termes at 10-11 pt is about 2.5-2.75 pt: twice that is loose.
# Wider gaps are the layout's own (the dates' column, the header's separators).
LOOSE = 2.0
LAYOUT_GAP = 12.0  # points: a column or a separator, not a stretched space
SEPARATORS = {"·", "•"}  # set apart on purpose: the header's links, the bullets


def loose_spaces(pdf: Path) -> list[str]:
    """Each gap between two words of a line wider than twice its font's space."""
    found = []
    with pymupdf.open(pdf) as document:
        for page in document:
            for block in page.get_text("rawdict")["blocks"]:
                for line in block.get("lines", []):
                    spans = line["spans"]
                    words = [
                        (word, span["size"])
                        for span in spans
                        for word in span_words(span)
                    ]
                    for (left, size), (right, _) in itertools.pairwise(words):
                        gap = right[0] - left[1]
                        space = size * 0.25
                        if LOOSE * space < gap < LAYOUT_GAP and not SEPARATORS & set(
                            left[2] + right[2]
                        ):
                            found.append(f"{left[2]!r} {gap:.1f}pt {right[2]!r}")
    return found


def span_words(span: dict[str, Any]) -> list[tuple[float, float, str]]:
    """A span's words: where each starts and ends, and its text."""
    words: list[tuple[float, float, str]] = []
    current: list[tuple[float, float, str]] = []
    for char in span["chars"]:
        if char["c"].isspace():
            if current:
                words.append(joined(current))
            current = []
        else:
            current.append((char["bbox"][0], char["bbox"][2], char["c"]))
    if current:
        words.append(joined(current))
    return words


def joined(chars: list[tuple[float, float, str]]) -> tuple[float, float, str]:
    return chars[0][0], chars[-1][1], "".join(char for _, _, char in chars)


@pytest.mark.parametrize(
    "which", ["cv_pdf", "onepage_pdf", "modern_pdf", "modern_onepage_pdf"]
)
def test_no_line_has_a_loose_space(which: str, request: pytest.FixtureRequest) -> None:
    pdf: Pdf = request.getfixturevalue(which)
    assert loose_spaces(pdf.path) == []


@pytest.mark.parametrize("which", ["cv_pdf", "modern_pdf"])
def test_education_is_on_lines_of_its_own(
    which: str, request: pytest.FixtureRequest
) -> None:
    """As résumé parsers look for it: the institution, then the degree."""
    lines = request.getfixturevalue(which).text.splitlines()
    at = lines.index("University of Durham (United Kingdom)")
    degree, grade = lines[at + 1 : at + 3]
    assert degree == "Bachelor of Science in Electronics"
    assert grade == "2:1 (with Honors)"


@pytest.mark.parametrize("which", ["cv_pdf", "onepage_pdf", "modern_pdf"])
def test_openresumes_parser_finds_the_degree(
    which: str, request: pytest.FixtureRequest
) -> None:
    """OpenResume's parser takes a degree only from a short line of its own."""
    pdf: Pdf = request.getfixturevalue(which)
    result = parse_resume_from_pdf(str(pdf.path))
    assert result["ok"], result
    education = result["resume"]["education"]
    # pypdf reads the space that pdflatex sets at the end of each line.
    assert education["degree_course"].strip() == "Bachelor of Science in Electronics"
    assert education["level"] == "Graduate"


# --- the modern design ---------------------------------------------------------------


def test_the_modern_design_keeps_the_pages_and_every_word(
    cv_pdf: Pdf, modern_pdf: Pdf, modern_onepage_pdf: Pdf
) -> None:
    assert (modern_pdf.pages, modern_onepage_pdf.pages) == (2, 1)
    assert modern_pdf.info["Page size"] == A4
    assert sorted(modern_pdf.body_flat.split()) == sorted(cv_pdf.body_flat.split())
    assert modern_pdf.page_text(2).strip().endswith("Jonathan Hartley · page 2 of 2")


def test_the_modern_design_is_set_in_a_sans_serif_face(modern_pdf: Pdf) -> None:
    fonts = run("pdffonts", modern_pdf.path)
    assert "TeXGyreHeros-Regular" in fonts
    assert "TeXGyreHeros-Bold" in fonts
    assert "Termes" not in fonts


def test_a_design_that_does_not_exist_warns_and_prints_classic(tmp_path: Path) -> None:
    root = PROJECT_ROOT / "tests" / "roots" / "test-cv-pdf"
    app, said = built_app("latex", root, tmp_path, confoverrides={"cv_design": "fancy"})
    warnings = said.splitlines()
    assert len(warnings) == 1
    assert "conf.py:cv_design: WARNING: 'fancy' is no design" in warnings[0]
    assert warnings[0].endswith("[cv.config]")
    tex = next(app.outdir.glob("*.tex")).read_text(encoding="utf-8")
    assert "sphinxcv-modern" not in tex


# --- the one-page variant ---------------------------------------------------------


def test_the_one_page_cv_is_one_page_from_the_same_sources(onepage_pdf: Pdf) -> None:
    assert onepage_pdf.pages == 1
    assert onepage_pdf.info["Page size"] == A4
    found = positions(onepage_pdf.flat, ROLES_NEWEST_FIRST)
    assert found == sorted(found)
    assert "5k req/s" in onepage_pdf.flat  # a recent role, in full
    assert "Excel’s statistical functions" not in onepage_pdf.flat  # an earlier one
    for section in SECTIONS_IN_CV_ORDER:
        assert section in onepage_pdf.text.splitlines()
    assert overfull_boxes(onepage_pdf.log) == []


# --- another project gets the same layout ------------------------------------------


@pytest.fixture(scope="module")
def other_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    srcdir = tmp_path_factory.mktemp("other") / "src"
    shutil.copytree(PROJECT_ROOT / "tests" / "roots" / "test-cv-pdf", srcdir)
    return srcdir


def build_other(srcdir: Path, outdir: Path, language: str) -> Pdf:
    sphinx_latex(srcdir, outdir, "-D", f"language={language}")
    pdflatex_once(outdir)
    return Pdf(outdir / "ada-example-cv.pdf")


def test_another_project_gets_a_cv_shaped_pdf(
    other_project: Path, tmp_path: Path
) -> None:
    pdf = build_other(other_project, tmp_path / "en", "en")
    assert pdf.pages == 1
    assert pdf.info["Page size"] == A4
    assert pdf.info["Title"] == "Ada Example — CV"
    assert pdf.flat.startswith(
        "Ada Example Engineer of analytical engines & R&D lead github.com/ada-example"
    )
    lines = [line for line in pdf.text.splitlines() if line]
    # Several positions at one employer: the employer's span in the dates column,
    # then each position with its own dates.
    assert lines[lines.index("Analytical Engines Ltd · London") + 1] == (
        "May 2019 – present · 7 yrs 7 mos"
    )
    assert "Senior Engineer · Mar 2021 – present · 5 yrs 9 mos" in lines
    assert "Engineer · May 2019 – Feb 2021 · 1 yr 10 mos" in lines
    # A name that wraps keeps its words, and its dates follow its last line.
    name = (
        "The Extraordinarily Long-Named International Consortium for Difference "
        "Engines and Related Calculating Machinery"
    )
    assert name not in lines  # it did wrap
    assert f"{name} Jan 2015 – Mar 2019 · 4 yrs 3 mos" in pdf.flat
    # (pdftotext may read them as two blocks, a blank line apart.)
    assert re.search(r"Machinery\n\n?Jan 2015 – Mar 2019 · 4 yrs 3 mos\n", pdf.text)
    assert overfull_boxes(pdf.log) == []


def test_a_german_build_prints_german_dates(
    other_project: Path, tmp_path: Path
) -> None:
    pdf = build_other(other_project, tmp_path / "de", "de")
    assert "März 2021 – heute" in pdf.flat
    assert "Jan. 2015 – März 2019 · 4 Jahre 3 Monate" in pdf.flat
    assert pdf.info["Title"] == "Ada Example — Lebenslauf"


def test_a_title_beyond_ascii_is_one_text_as_latex_needs(tmp_path: Path) -> None:
    # Sphinx's LaTeX writer warns (-W fails) unless the title is one text node.
    srcdir = tmp_path / "src"
    shutil.copytree(PROJECT_ROOT / "tests" / "roots" / "test-cv-pdf", srcdir)
    cv_md = srcdir / "cv.md"
    cv_md.write_text(
        cv_md.read_text("utf-8").replace("# Ada Example", "# Ștefan Zoë", 1), "utf-8"
    )
    sphinx_latex(srcdir, tmp_path / "latex")
    tex = (tmp_path / "latex" / "ada-example-cv.tex").read_text("utf-8")
    assert r"\title{Ștefan Zoë}" in tex


# --- wherever a skills table reaches LaTeX ----------------------------------------


def test_the_whole_site_as_latex_keeps_skill_names_whole(tmp_path: Path) -> None:
    """The site's own pages, tables and all, typeset: as another project might."""
    app = SphinxTestApp(
        "latex",
        srcdir=PROJECT_ROOT,
        builddir=tmp_path,
        freshenv=True,
        confoverrides={
            "latex_documents": [("index", "site.tex", "", "Jonathan Hartley", "howto")]
        },
        status=StringIO(),
        warning=StringIO(),
    )
    try:
        app.build()
    finally:
        app.cleanup()
    assert warnings_of(app) == []
    pdflatex_once(app.outdir)
    pdf = Pdf(app.outdir / "site.pdf")
    assert "multiply defined" not in pdf.log
    assert overfull_boxes(pdf.log) == []
    lines = pdf.text.splitlines()
    for name in ["ArcObjects", "eXtreme Programming", "Elasticsearch", "PostgreSQL"]:
        assert any(line.startswith(name) for line in lines), name  # a whole cell


# Four pages of many_roles' roles (25 make three): past a limit of two, by more
# than a page, and half the 60 that the headings' test needs.
ROLES_PAST_TWO_PAGES = 30


def many_roles(srcdir: Path, count: int) -> None:
    """A project whose role headings fall at every height of a page."""
    (srcdir / "conf.py").write_text(
        (PROJECT_ROOT / "tests" / "roots" / "test-cv-pdf" / "conf.py").read_text()
    )
    (srcdir / "cv.md").write_text("# Ada\n\n:::{cv:timeline}\n:full:\n:::\n")
    (srcdir / "index.md").write_text("# Ada\n\n```{toctree}\ncv\nroles\n```\n")
    sentence = "This sentence is here to fill the line, as a role's text would. "
    # Texts of 1 to 11 sentences, in an irregular order, so headings land anywhere.
    roles = [
        f":::{{cv:role}}\n:org: Heading {number:02}\n"
        f":start: {1900 + number}-01\n:end: {1900 + number}-12\n\n"
        f"{sentence * (1 + number * 5 % 11)}\n:::\n"
        for number in range(count)
    ]
    (srcdir / "roles.md").write_text("\n".join(["# Roles\n", *roles]))


@pytest.fixture(scope="module")
def unlimited_pdf(tmp_path_factory: pytest.TempPathFactory) -> Pdf:
    """Sixty roles with no page limit: pages of them, role headings at every height."""
    where = tmp_path_factory.mktemp("unlimited")
    srcdir = where / "src"
    srcdir.mkdir()
    many_roles(srcdir, 60)
    sphinx_latex(srcdir, where / "out", "-D", "cv_page_limit=0")
    pdflatex_once(where / "out")
    return Pdf(where / "out" / "ada-example-cv.pdf")


def test_no_role_heading_sits_alone_at_the_foot_of_a_page(unlimited_pdf: Pdf) -> None:
    pdf = unlimited_pdf
    assert pdf.pages >= 3
    for page in range(1, pdf.pages + 1):
        lines = [line for line in pdf.page_text(page).splitlines() if line.strip()]
        assert not any(line.startswith("Heading") for line in lines[-2:]), lines[-3:]


def test_the_cv_builds_with_lualatex_as_the_style_recommends(tmp_path: Path) -> None:
    """sphinxcv.sty points a CV in another script at lualatex: the CV builds so.

    Its fonts are Unicode, so the words need no ActualText: the transform that
    adds them, and the macro, are pdflatex's only.
    """
    sphinx_latex(PROJECT_ROOT, tmp_path, "-D", "latex_engine=lualatex")
    tex = (tmp_path / "jonathan-hartley-cv.tex").read_text(encoding="utf-8")
    assert r"\cvactualtext" not in tex
    # Latin only: no font of another script is loaded (tests/unit/test_latex_fonts.py).
    assert '"Noto Serif:mode=harf;"' in tex
    assert "Noto Serif CJK" not in tex
    assert "Noto Sans Arabic" not in tex
    run(
        "lualatex",
        "-interaction=nonstopmode",
        "-halt-on-error",
        "jonathan-hartley-cv.tex",
        cwd=tmp_path,
    )
    pdf = Pdf(tmp_path / "jonathan-hartley-cv.pdf")
    for fact in ["Jonathan Hartley", "Ordnance Survey", "Resolver Systems", "C++"]:
        assert fact in pdf.flat
    assert "Sep 2023 \N{EN DASH} present" in pdf.flat


def test_a_fontpkg_of_the_projects_own_is_kept_as_written(tmp_path: Path) -> None:
    own = r"\setmainfont{FreeSerif}"
    sphinx_latex(
        PROJECT_ROOT,
        tmp_path,
        *("-D", "latex_engine=lualatex", "-D", f"latex_elements.fontpkg={own}"),
    )
    tex = (tmp_path / "jonathan-hartley-cv.tex").read_text(encoding="utf-8")
    assert f"\n{own}\n" in tex
    assert "luaotfload.add_fallback" not in tex


def page_fit_message(log: str) -> str:
    """The page-fit guard's message, whole: TeX breaks a log's lines anywhere."""
    joined = "".join(log.splitlines())
    found = re.search(r"the PDF runs to .*?\[cv\.page-fit\]", joined)
    return found[0] if found else ""


def test_a_cv_past_its_page_limit_warns_by_how_much(tmp_path: Path) -> None:
    srcdir = tmp_path / "src"
    srcdir.mkdir()
    many_roles(srcdir, ROLES_PAST_TWO_PAGES)
    run(
        sys.executable, "-m", "sphinx", "-b", "latex", "-q",
        "-D", "cv_page_limit=2", srcdir, tmp_path / "out",
    )  # fmt: skip
    pdflatex_once(tmp_path / "out")  # a warning: the PDF is made
    pdf = Pdf(tmp_path / "out" / "ada-example-cv.pdf")
    over = pdf.pages - 2
    assert over >= 1
    message = page_fit_message(pdf.log)
    assert f"the PDF runs to {pdf.pages} pages, {over} more than cv_page_limit (2)" in (
        message
    )
    lines = re.search(r"about (\d+) lines on page", message)
    assert lines
    assert int(lines[1]) > 0


def test_under_dash_w_a_cv_past_its_page_limit_stops_the_pdf(tmp_path: Path) -> None:
    srcdir = tmp_path / "src"
    srcdir.mkdir()
    many_roles(srcdir, ROLES_PAST_TWO_PAGES)
    sphinx_latex(srcdir, tmp_path, "-D", "cv_page_limit=2")  # with -W
    latex = subprocess.run(  # noqa: S603 - the tests' own fixed command
        [
            shutil.which("pdflatex") or "pdflatex",
            "-interaction=nonstopmode",
            "-halt-on-error",
            "ada-example-cv.tex",
        ],
        cwd=tmp_path,
        capture_output=True,
        check=False,
    )
    assert latex.returncode != 0
    log = (tmp_path / "ada-example-cv.log").read_text(
        encoding="utf-8", errors="replace"
    )
    assert "Package sphinxcv Error" in log
    assert page_fit_message(log)


def test_no_limit_at_zero_and_the_cvs_fit_theirs(
    unlimited_pdf: Pdf, cv_pdf: Pdf, onepage_pdf: Pdf
) -> None:
    assert page_fit_message(cv_pdf.log) == ""
    assert page_fit_message(onepage_pdf.log) == ""
    assert unlimited_pdf.pages > 2
    assert page_fit_message(unlimited_pdf.log) == ""


def test_make_latexpdf_writes_the_tex_a_plain_sphinx_build_writes(
    cv_pdf: Pdf, as_read_the_docs_builds_it: Path
) -> None:
    """Its speed-ups (every core, the site's extensions left out) change nothing."""
    made = cv_pdf.path.with_suffix(".tex").read_text()
    plain = as_read_the_docs_builds_it / "jonathan-hartley-cv.tex"
    assert made == plain.read_text()
