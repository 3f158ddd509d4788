"""The Makefile's own rules, beyond the builds that other test modules check."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys

from support.builds import PROJECT_ROOT

PYTEST = " -m pytest "


def test_the_suites_python_processes_write_the_bytecode_they_share() -> None:
    # The suite starts over a hundred Python processes. Where the environment
    # says not to write bytecode, each compiled every module it imported, and
    # each pytest worker rewrote every test module, on every run.
    # This interpreter's venv: the project's own may be elsewhere (make mutation
    # runs the tests in a copy of the project).
    dry_run = subprocess.run(  # noqa: S603 - the project's own Makefile
        ["make", "-n", "test", f"VENV={sys.prefix}"],  # noqa: S607
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    ).stdout.replace("\\\n", " ")
    [command] = [line for line in dry_run.splitlines() if PYTEST in line]
    before_pytest = command.split(PYTEST)[0]
    shown = subprocess.run(  # noqa: S603 - the Makefile's own command
        [
            *shlex.split(before_pytest),
            "-c",
            "import sys; print(sys.dont_write_bytecode)",
        ],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    ).stdout.split()
    assert shown == ["False"]
