"""``make ats``: the author's check of what machines read, before sending the CV."""

from __future__ import annotations

import shutil
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest
from support.builds import MAKE_ATS_SAID, PROJECT_ROOT

if TYPE_CHECKING:
    from pathlib import Path

ATS = PROJECT_ROOT / "checks" / "ats.py"


@pytest.fixture(scope="module")
def built(made_by_make_ats: Path) -> Path:
    """``make ats`` run (conftest.py): it builds what it reads first."""
    return made_by_make_ats


def ats(build: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - the project's own script
        [sys.executable, str(ATS), str(build)],
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": str(PROJECT_ROOT / "tests"), "PATH": "/usr/bin:/bin"},
    )


def test_every_reader_reads_the_cv_whole(built: Path) -> None:
    # make ats read them as it made them, and stopped at any word not whole.
    said = (built / MAKE_ATS_SAID).read_text(encoding="utf-8")
    for reader in ["pdftotext", "pypdf", "pdfminer.six", "PyMuPDF", "docx2python"]:
        assert f"{reader:<13}  100.0% of words whole" in said
    assert "Every reader read every word whole." in said


def test_a_pdf_that_lacks_words_fails_and_names_them(
    built: Path, tmp_path: Path
) -> None:
    shutil.copytree(built, tmp_path, dirs_exist_ok=True)
    # The one-page PDF in place of the two-page one: the earlier roles' text is
    # not in it.
    shutil.copy(
        built / "onepage" / "jonathan-hartley-cv.pdf",
        tmp_path / "latex" / "jonathan-hartley-cv.pdf",
    )
    result = ats(tmp_path)
    assert result.returncode == 1
    assert "not found: [" in result.stdout
    assert "Some words were not read whole" in result.stdout


def test_without_the_builds_it_says_what_to_build(tmp_path: Path) -> None:
    result = ats(tmp_path)
    assert result.returncode == 2
    assert "make latexpdf onepage docx" in result.stdout
