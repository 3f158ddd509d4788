"""A parallel build holds the same records and writes the same pages as a serial one."""

from __future__ import annotations

import os
import shutil
import time
from typing import TYPE_CHECKING

import pytest
from sphinx.util.console import strip_colors
from sphinx.util.parallel import parallel_available
from support.builds import article, warnings_of

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from sphinx.testing.util import SphinxTestApp

DUPLICATE = (
    "roles/lemur.md:12: WARNING: skill 'python' is already declared at "
    "roles/aardvark.md:12 [cv.duplicate-skill]"
)


@pytest.mark.sphinx("html", testroot="parallel", freshenv=True)
def test_parallel_and_serial_builds_agree(
    app: SphinxTestApp, make_app: Callable[..., SphinxTestApp], tmp_path: Path
) -> None:
    assert parallel_available, "Linux forks: parallel reads must really run here"
    app.build()
    app.cleanup()
    copy = tmp_path / "parallel"
    shutil.copytree(app.srcdir, copy, ignore=shutil.ignore_patterns("_build"))
    parallel = make_app("html", srcdir=copy, parallel=4, freshenv=True)
    parallel.build()

    assert "doing serial read" not in strip_colors(parallel.status.getvalue())
    assert len(parallel.env.found_docs) >= 10
    serial_data = app.env.domains["cv"].data
    parallel_data = parallel.env.domains["cv"].data
    for key in ("roles", "skills", "dependents"):
        assert parallel_data[key] == serial_data[key], key
    assert warnings_of(parallel) == warnings_of(app) == [DUPLICATE]
    for page in ["index.html", *(f"{doc}.html" for doc in sorted(app.env.found_docs))]:
        assert str(article(parallel.outdir, page)) == str(article(app.outdir, page))


@pytest.mark.sphinx("html", testroot="parallel", freshenv=True)
def test_a_parallel_rebuild_after_edits_equals_a_clean_serial_build(
    app: SphinxTestApp, make_app: Callable[..., SphinxTestApp], tmp_path: Path
) -> None:
    app.build()
    app.cleanup()
    # Sphinx reads in parallel only when more than five documents changed.
    later = time.time() + 5
    for page in sorted((app.srcdir / "roles").glob("*.md")):
        text = page.read_text(encoding="utf-8").replace("Work at", "Worked at")
        page.write_text(
            text.replace(":start: 2005-", ":start: 2004-"), encoding="utf-8"
        )
        os.utime(page, (later, later))
    rebuilt = make_app("html", srcdir=app.srcdir, parallel=4)
    rebuilt.build()
    rebuilt.cleanup()
    assert "doing serial read" not in strip_colors(rebuilt.status.getvalue())

    clean_copy = tmp_path / "clean"
    shutil.copytree(app.srcdir, clean_copy, ignore=shutil.ignore_patterns("_build"))
    clean = make_app("html", srcdir=clean_copy, freshenv=True)
    clean.build()
    for key in ("roles", "skills", "dependents"):
        assert rebuilt.env.domains["cv"].data[key] == clean.env.domains["cv"].data[key]
    for page in [
        "index.html",
        *(f"{doc}.html" for doc in sorted(clean.env.found_docs)),
    ]:
        assert str(article(rebuilt.outdir, page)) == str(article(clean.outdir, page))
    assert "Jun 2004" in str(article(rebuilt.outdir, "index.html"))  # Ferret, was 2005
