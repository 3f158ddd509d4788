"""Reproducible builds: two checkouts, one SOURCE_DATE_EPOCH, the same bytes.

Two copies of the project in different folders are built by every shipped builder
and the PDF by pdflatex (with FORCE_SOURCE_DATE, so that its dates are the
epoch's), and every file written is compared byte for byte.

With ``CV_COMPARE_WITH=<git revision>`` the second copy is that revision of the
project instead: a change that must not change any output (a restructuring)
proves it with ``CV_COMPARE_WITH=main .venv/bin/python -m pytest
tests/test_reproducible.py``.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import tarfile
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

import pytest
from support.builds import PROJECT_ROOT, outputs
from support.pdfs import Pdf, run
from support.sphinx_builds import SEPARATOR

if TYPE_CHECKING:
    from pathlib import Path

SOURCES = ["conf.py", "index.md", "cv.md", "experience", "skills", "_static", "_ext"]
BUILDERS = ["html", "latex", "text", "man", "texinfo", "jsonresume", "docx"]
# Compared with another revision: every output that revision can build too, the
# single page and the one-page PDF included, which the same code makes here.
COMPARED = [*BUILDERS, "singlehtml"]
EPOCH = "1764028800"  # 2025-11-25T00:00:00Z
SPHINX_BUILDS = PROJECT_ROOT / "tests" / "support" / "sphinx_builds.py"


def copy_checkout(where: Path) -> None:
    where.mkdir(parents=True, exist_ok=True)
    for name in SOURCES:
        source = PROJECT_ROOT / name
        if source.is_dir():
            shutil.copytree(
                source, where / name, ignore=shutil.ignore_patterns("__pycache__")
            )
        else:
            shutil.copy2(source, where / name)


def export_revision(revision: str, where: Path) -> None:
    """The project's sources as ``revision`` has them, as ``git archive`` gives them."""
    archive = subprocess.run(  # noqa: S603 - git, with the revision the runner names
        [shutil.which("git") or "git", "archive", revision, *SOURCES],
        cwd=PROJECT_ROOT,
        capture_output=True,
        check=True,
    ).stdout
    where.mkdir(parents=True, exist_ok=True)
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(where, filter="data")


def build_checkout(where: Path, *, compared: bool) -> Path:
    """Every output into ``where/_build``: the PDFs too, and the one-page ones
    when ``compared`` with another revision."""
    # FORCE_SOURCE_DATE: pdflatex's dates are the epoch's too.
    environ = {"SOURCE_DATE_EPOCH": EPOCH, "FORCE_SOURCE_DATE": "1"}
    pdfs = ["latex", "onepage"] if compared else ["latex"]
    builds: list[str | Path] = []
    for builder in COMPARED if compared else BUILDERS:
        builds += [
            "-b", builder, "-q", "-W", "-d", where / "_build" / "doctrees",
            where, where / "_build" / builder, SEPARATOR,
        ]  # fmt: skip
    if compared:
        builds += [
            "-b", "latex", "-q", "-W",
            "-t", "onepage", "-d", where / "_build" / "doctrees" / "onepage",
            where, where / "_build" / "onepage",
        ]  # fmt: skip
    # The builders one after another in one process, as in separate ones: each
    # checkout is built by the same series, so a difference is the checkout's.
    # -P: its own folder, tests/support, is not put on the path.
    run(sys.executable, "-P", SPHINX_BUILDS, *builds, environ=environ)
    for folder in pdfs:
        run(
            "pdflatex", "-interaction=batchmode", "-halt-on-error",
            "jonathan-hartley-cv.tex", cwd=where / "_build" / folder, environ=environ,
        )  # fmt: skip
    return where / "_build"


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    first_sources = tmp_path_factory.mktemp("checkout-one")
    copy_checkout(first_sources)
    second_sources = tmp_path_factory.mktemp("elsewhere") / "deeper"
    revision = os.environ.get("CV_COMPARE_WITH")
    if revision:
        export_revision(revision, second_sources)
    else:
        copy_checkout(second_sources)
    compared = bool(revision)
    # Side by side, on two cores: each is a series of processes of its own.
    with ThreadPoolExecutor(max_workers=2) as pool:
        first, second = pool.map(
            lambda sources: build_checkout(sources, compared=compared),
            [first_sources, second_sources],
        )
    return first, second


def test_two_checkouts_build_the_same_bytes(two_builds: tuple[Path, Path]) -> None:
    first, second = (outputs(built) for built in two_builds)
    assert sorted(first) == sorted(second)
    differing = [name for name in first if first[name] != second[name]]
    assert not differing, "these differ: " + ", ".join(differing)


@pytest.mark.parametrize(
    "output",
    [
        "html/index.html",
        "html/.buildinfo",
        "latex/jonathan-hartley-cv.tex",
        "latex/jonathan-hartley-cv.pdf",
        "man/jonathanhartley.1",
        "texinfo/jonathanhartley.texi",
        "text/cv.txt",
        "jsonresume/resume.json",
        "docx/jonathan-hartley-cv.docx",
    ],
)
def test_each_format_is_among_them(two_builds: tuple[Path, Path], output: str) -> None:
    assert (two_builds[0] / output).is_file()


def test_the_pdf_is_dated_by_the_epoch(two_builds: tuple[Path, Path]) -> None:
    info = Pdf(two_builds[0] / "latex" / "jonathan-hartley-cv.pdf").info
    assert info["CreationDate"].startswith("Tue Nov 25 00:00:00 2025")
