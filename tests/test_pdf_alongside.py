"""A LaTeX build that makes the PDF as well (``cv_make_pdf``), as make latexpdf runs it.

pdflatex starts with the build and reads the preamble while Sphinx reads the pages.
What it reads must be what the builder then writes, byte for byte: the PDF is the
one a plain pdflatex pass over the written ``.tex`` makes, or the pass is made
again from that file.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from typing import TYPE_CHECKING

from support.builds import PROJECT_ROOT
from support.pdfs import EXTENSIONS, Pdf, pdflatex_once

if TYPE_CHECKING:
    from collections.abc import Mapping
    from pathlib import Path

TEST_CV = PROJECT_ROOT / "tests" / "roots" / "test-cv-pdf"
# SOURCE_DATE_EPOCH and FORCE_SOURCE_DATE: two passes a moment apart date their
# PDFs alike, so their bytes can be compared.
REPRODUCIBLE = {"SOURCE_DATE_EPOCH": "1764547200", "FORCE_SOURCE_DATE": "1"}
ALONGSIDE = "pdflatex read the preamble while the pages were read"
AFTER = "pdflatex read the .tex once it was written"


def sphinx_pdf(
    srcdir: Path,
    outdir: Path,
    *options: str,
    strict: bool = True,
    environ: Mapping[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """A LaTeX build with ``cv_make_pdf``, as ``make latexpdf`` runs one (``strict``:
    -W); ``environ`` adds to the environment it runs in."""
    return subprocess.run(  # noqa: S603 - the tests' own fixed command
        [
            *(sys.executable, "-m", "sphinx", "-b", "latex", "--keep-going"),
            "--no-color",  # the messages, as written (CI asks for colour)
            *(["-W"] if strict else []),
            *("-D", "cv_make_pdf=1", *options, str(srcdir), str(outdir)),
        ],
        capture_output=True,
        text=True,
        check=False,
        env={
            **os.environ,
            **REPRODUCIBLE,
            "LC_ALL": "C.UTF-8",
            "PYTHONPATH": str(EXTENSIONS),
            **(environ or {}),
        },
    )


def way_read(built: subprocess.CompletedProcess[str]) -> str:
    """How pdflatex read the .tex, as the build says."""
    assert built.returncode == 0, built.stderr
    said = [way for way in (ALONGSIDE, AFTER) if way in built.stdout]
    assert len(said) == 1, built.stdout
    return said[0]


def plain_pass_beside(pdf: Path, where: Path) -> bytes:
    """The PDF one pdflatex pass over the written .tex makes, in another folder."""
    shutil.copytree(pdf.parent, where)
    for made in where.glob("*.pdf"):
        made.unlink()
    saved = {name: os.environ.get(name) for name in REPRODUCIBLE}
    os.environ.update(REPRODUCIBLE)
    try:
        pdflatex_once(where)
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    return (where / pdf.name).read_bytes()


def test_this_cvs_pdf_is_made_as_its_pages_are_read(tmp_path: Path) -> None:
    built = sphinx_pdf(PROJECT_ROOT, tmp_path / "out", "-t", "printed")
    assert way_read(built) == ALONGSIDE
    pdf = tmp_path / "out" / "jonathan-hartley-cv.pdf"
    assert "Ordnance Survey" in Pdf(pdf).flat
    assert pdf.read_bytes() == plain_pass_beside(pdf, tmp_path / "plain")


def test_a_preamble_only_the_pages_settle_is_read_from_the_written_tex(
    tmp_path: Path,
) -> None:
    # No title in latex_documents: LaTeX's title is the page's first heading,
    # which the preamble cannot know before the page is read.
    built = sphinx_pdf(TEST_CV, tmp_path / "out")
    assert way_read(built) == AFTER
    pdf = tmp_path / "out" / "ada-example-cv.pdf"
    assert "Ada Example" in Pdf(pdf).flat
    assert pdf.read_bytes() == plain_pass_beside(pdf, tmp_path / "plain")


def test_a_latex_error_fails_the_build_naming_the_tex_line(tmp_path: Path) -> None:
    built = sphinx_pdf(
        PROJECT_ROOT,
        tmp_path / "out",
        *("-t", "printed", "-D", r"latex_elements.preamble=\cvNoSuchMacro"),
    )
    assert built.returncode != 0
    tex = tmp_path / "out" / "jonathan-hartley-cv.tex"
    line = next(
        number
        for number, text in enumerate(tex.read_text().splitlines(), start=1)
        if r"\cvNoSuchMacro" in text
    )
    assert f"{tex}:{line}: " in built.stderr
    assert "Undefined control sequence" in built.stderr
    assert "[cv.pdf]" in built.stderr
    assert "Traceback" not in built.stderr
    assert not (tmp_path / "out" / "jonathan-hartley-cv.pdf").exists()


def test_a_build_that_failed_on_a_warning_leaves_no_pdf(tmp_path: Path) -> None:
    last_builds = tmp_path / "out" / "ada-example-cv.pdf"
    last_builds.parent.mkdir()
    last_builds.write_bytes(b"%PDF-1.5 the last build's")
    built = sphinx_pdf(TEST_CV, tmp_path / "out", "-D", "cv_today=the day after")
    assert built.returncode != 0
    assert "[cv.config]" in built.stderr
    assert "[cv.pdf]" not in built.stderr
    assert not last_builds.exists()


def test_without_the_engine_the_build_fails_saying_so(tmp_path: Path) -> None:
    nothing = tmp_path / "empty"
    nothing.mkdir()
    built = sphinx_pdf(
        TEST_CV, tmp_path / "out", strict=False, environ={"PATH": str(nothing)}
    )
    assert built.returncode != 0
    assert f"{TEST_CV / 'conf.py'}:latex_engine: WARNING: pdflatex cannot run" in (
        built.stderr
    )
    assert "[cv.pdf]" in built.stderr
    assert "Traceback" not in built.stderr


def test_other_builders_make_no_pdf_and_say_nothing_of_it(tmp_path: Path) -> None:
    built = subprocess.run(  # noqa: S603 - the tests' own fixed command
        [
            *(sys.executable, "-m", "sphinx", "-b", "html", "-W", "-q"),
            *("-D", "cv_make_pdf=1", str(TEST_CV), str(tmp_path / "out")),
        ],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": str(EXTENSIONS)},
    )
    assert built.returncode == 0, built.stderr
    assert built.stderr == ""
    assert not list((tmp_path / "out").rglob("*.pdf"))
    assert not list((tmp_path / "out").rglob("*.log"))


def a_cv_past_its_page_limit(tmp_path: Path) -> Path:
    srcdir = tmp_path / "src"
    shutil.copytree(TEST_CV, srcdir)
    filler = "This sentence is here to fill the page, as a role's text would. " * 12
    with (srcdir / "cv.md").open("a", encoding="utf-8") as cv:
        cv.write("\n## More\n\n" + f"{filler}\n\n" * 40)
    return srcdir


def test_a_pdf_past_its_page_limit_is_a_warning_of_the_build(tmp_path: Path) -> None:
    srcdir = a_cv_past_its_page_limit(tmp_path)
    built = sphinx_pdf(srcdir, tmp_path / "out", "-q", strict=False)
    assert built.returncode == 0, built.stderr
    assert f"{srcdir / 'conf.py'}:cv_page_limit: WARNING: the PDF runs to " in (
        built.stderr
    )
    assert "more than cv_page_limit (2)" in built.stderr
    assert built.stderr.rstrip().endswith("[cv.page-fit]")
    assert (tmp_path / "out" / "ada-example-cv.pdf").is_file()


def test_a_pdf_stopped_at_its_page_limit_says_so_once_and_whole(tmp_path: Path) -> None:
    srcdir = a_cv_past_its_page_limit(tmp_path)
    built = sphinx_pdf(srcdir, tmp_path / "out", "-q", strict=True)
    assert built.returncode != 0
    # TeX breaks its log's lines anywhere: the message is read whole, and the
    # warning's own tag is its only one.
    assert "more than cv_page_limit (2) allows" in built.stderr
    assert built.stderr.count("[cv.page-fit]") == 1, built.stderr
    assert not (tmp_path / "out" / "ada-example-cv.pdf").exists()
