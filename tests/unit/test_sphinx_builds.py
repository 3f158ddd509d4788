"""Several sphinx-build commands in one process (``support/sphinx_builds.py``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from support.sphinx_builds import commands

SPHINX_BUILDS = Path(__file__).resolve().parents[1] / "support" / "sphinx_builds.py"


def test_the_separators_split_the_commands_and_none_is_empty() -> None:
    arguments = ["--", "-b", "html", "src", "out", "--", "--", "-b", "text", "--"]
    assert commands(arguments) == [["-b", "html", "src", "out"], ["-b", "text"]]


def test_it_stops_at_the_first_that_fails_with_its_status(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-project"
    command = [
        sys.executable, "-P", str(SPHINX_BUILDS),
        "-b", "text", str(missing), str(tmp_path / "first"), "--",
        "-b", "text", str(missing), str(tmp_path / "second"),
    ]  # fmt: skip
    done = subprocess.run(  # noqa: S603 - the tests' own fixed command
        command,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2  # sphinx-build's own, for a folder that is not there
    assert done.stderr.count("Cannot find source directory") == 1
