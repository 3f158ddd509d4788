"""``python -m sphinx_cv.build``: sphinx-build, for a process that ends with it.

The Makefile's builds run through it. It must be sphinx-build in all that shows
(arguments, outputs, exit status, messages) and differ only at the end, where the
build's objects are frozen for the process's last collections to skip.
"""

from __future__ import annotations

import os
import subprocess
import sys
from typing import TYPE_CHECKING

from support.builds import PROJECT_ROOT
from support.pdfs import EXTENSIONS

if TYPE_CHECKING:
    from pathlib import Path

TEST_CV = PROJECT_ROOT / "tests" / "roots" / "test-cv-pdf"


def python(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - the tests' own fixed command
        [sys.executable, *arguments],
        capture_output=True,
        text=True,
        check=False,
        env={**os.environ, "PYTHONPATH": str(EXTENSIONS)},
    )


def test_it_writes_what_sphinx_build_writes(tmp_path: Path) -> None:
    for command, outdir in [("sphinx", "plain"), ("sphinx_cv.build", "ours")]:
        built = python(
            "-m",
            command,
            "-b",
            "text",
            "-W",
            "-q",
            str(TEST_CV),
            str(tmp_path / outdir),
        )
        assert built.returncode == 0, built.stderr
        assert built.stderr == ""
    for page in ["cv.txt", "index.txt"]:
        ours = (tmp_path / "ours" / page).read_text(encoding="utf-8")
        assert ours == (tmp_path / "plain" / page).read_text(encoding="utf-8")


def test_a_failed_build_fails_the_command_as_sphinx_build_does(tmp_path: Path) -> None:
    built = python(
        *("-m", "sphinx_cv.build", "-b", "text", "-W", "-q"),
        *("-D", "cv_today=the day after", str(TEST_CV), str(tmp_path)),
    )
    assert built.returncode == 1
    assert "[cv.config]" in built.stderr


def test_the_builds_objects_are_frozen_once_it_is_over(tmp_path: Path) -> None:
    frozen = python(
        "-c",
        "import gc, sys; from sphinx_cv.build import main;"
        f"status = main(['-b', 'text', '-q', {str(TEST_CV)!r}, {str(tmp_path)!r}]);"
        "print(status, gc.get_freeze_count() > 10_000)",
    )
    assert frozen.stdout.split() == ["0", "True"], frozen.stderr
