"""Building Sphinx projects in tests: the real CV, the test roots, their warnings."""

from __future__ import annotations

import contextlib
import dataclasses
import fcntl
import os
import shutil
from io import StringIO
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from bs4 import BeautifulSoup, SoupStrainer
from sphinx.testing.util import SphinxTestApp
from sphinx.util.console import strip_colors

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

PROJECT_ROOT = Path(__file__).resolve().parents[2]
# Beside the builds ``make ats`` made (conftest.py), what it printed of them.
MAKE_ATS_SAID = "make-ats-said.txt"

# Each builder a test root is built with, and the file it writes the page to,
# for a test root of one page (and those it includes in its toctree).
OUTPUTS = {
    "html": "index.html",
    "singlehtml": "index.html",
    "latex": "projectnamenotset.tex",
    "text": "index.txt",
    "man": "projectnamenotset.1",
    "texinfo": "projectnamenotset.texi",
}


def on_every_builder(
    testroot: str, outputs: Mapping[str, str] = OUTPUTS, **options: object
) -> pytest.MarkDecorator:
    """Runs the test once a builder, given ``output``: the file to read."""
    return pytest.mark.parametrize(
        "output",
        [
            pytest.param(
                output,
                marks=pytest.mark.sphinx(
                    builder,
                    testroot=testroot,
                    srcdir=f"{testroot}-{builder}",
                    **options,
                ),
                id=builder,
            )
            for builder, output in outputs.items()
        ],
    )


@dataclasses.dataclass(frozen=True)
class BuiltProject:
    """The real CV project, built once by one builder into a temporary folder."""

    outdir: Path
    warnings: str
    app: SphinxTestApp

    def read(self, relative: str) -> str:
        return (self.outdir / relative).read_text(encoding="utf-8")


# A fixed "now", so that durations of the current role are the same every day.
TODAY = "2026-11-25"


def built_app(  # noqa: PLR0913 - Sphinx's own options, by name
    builder: str,
    srcdir: Path,
    builddir: Path,
    *,
    freshenv: bool = True,
    confoverrides: dict[str, object] | None = None,
    tags: tuple[str, ...] = (),
) -> tuple[SphinxTestApp, str]:
    """An app that has built ``srcdir``, and its warnings without colours."""
    warnings = StringIO()
    app = SphinxTestApp(
        builder,
        srcdir=srcdir,
        builddir=builddir,
        freshenv=freshenv,
        confoverrides=confoverrides or {},
        tags=tags,
        status=StringIO(),
        warning=warnings,
    )
    try:
        app.build()
    finally:
        app.cleanup()
    return app, strip_colors(warnings.getvalue())


def built_pdf(project: Path, builddir: Path) -> Path:
    """``project``'s one PDF, built by the latex builder without a warning."""
    app, warnings = built_app(
        "latex",
        project,
        builddir,
        confoverrides={"cv_make_pdf": True, "cv_today": TODAY},
    )
    assert warnings == ""
    (pdf,) = app.outdir.glob("*.pdf")
    return pdf


def outputs(built: Path) -> dict[str, bytes]:
    """Every file a build wrote under ``built``, by its path there, but the
    pickled doctrees (Sphinx's cache, not an output)."""
    return {
        path.relative_to(built).as_posix(): path.read_bytes()
        for path in sorted(built.rglob("*"))
        if path.is_file() and not {"doctrees", ".doctrees"} & set(path.parts)
    }


def build_and_warn(
    builder: str, srcdir: Path, builddir: Path, *, freshenv: bool = True
) -> tuple[Path, list[str]]:
    """The output folder, and each warning with the source folder cut."""
    app, warnings = built_app(builder, srcdir, builddir, freshenv=freshenv)
    return app.outdir, warning_lines(warnings, srcdir)


def warning_lines(said: str, srcdir: Path) -> list[str]:
    """Each line of what a build warned, colours stripped and ``srcdir`` cut."""
    cut = strip_colors(said).replace(f"{srcdir}/", "")
    return [line for line in cut.splitlines() if line]


def build_project(
    buildername: str, builddir: Path, *, tags: tuple[str, ...] = ()
) -> BuiltProject:
    app, warnings = built_app(
        buildername,
        PROJECT_ROOT,
        builddir,
        confoverrides={"cv_today": TODAY, "nitpicky": True},
        tags=tags,
    )
    return BuiltProject(app.outdir, warnings, app)


def session_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The temporary folder of the whole session: its xdist workers' parent."""
    own = tmp_path_factory.getbasetemp()
    return own.parent if "PYTEST_XDIST_WORKER" in os.environ else own


def made_once(
    tmp_path_factory: pytest.TempPathFactory, name: str, make: Callable[[Path], None]
) -> Path:
    """The folder ``name``, that ``make`` fills once for the session however many
    workers ask: the first makes it while the others wait for it, then read it.

    For a build that tests of several modules read, on whichever worker each runs,
    and never write to (a test that changes one copies it first).
    """
    root = session_folder(tmp_path_factory)
    folder = root / name
    made = root / f"{name}.made"
    with (root / f"{name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not made.exists():
            with contextlib.suppress(FileNotFoundError):
                shutil.rmtree(folder)  # a worker's make that failed
            folder.mkdir()
            make(folder)
            made.touch()
    return folder


def article(outdir: Path, page: str) -> BeautifulSoup:
    """The main content of one built HTML page, without furo's navigation."""
    # Only the article is built into a tree: the navigation is half of a page.
    main = SoupStrainer("article", attrs={"role": "main"})
    soup = BeautifulSoup(
        (outdir / page).read_text(encoding="utf-8"), "html.parser", parse_only=main
    )
    assert soup.find("article") is not None, f"{page} has no main article"
    return soup


def warnings_of(app: SphinxTestApp) -> list[str]:
    """Each warning line, colours stripped and the test's temporary folder cut from
    its location. Only from there: a message that names another file must name it
    as the author knows it, relative to the project.
    """
    text = strip_colors(app.warning.getvalue())
    return [line.removeprefix(f"{app.srcdir}/") for line in text.splitlines() if line]
