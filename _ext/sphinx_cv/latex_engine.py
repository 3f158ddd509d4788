"""One pass of the LaTeX engine, and what it said when it stopped.

The LaTeX build's PDF (``outputs/latex/pdf.py``) and ``make livepdf``
(``livepdf.py``) run the engine with the same options, and say where it stopped
in the same words. Plain Python: ``livepdf`` imports it before Sphinx.
"""

from __future__ import annotations

import re
import subprocess
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

# -file-line-error: errors read "file:line: message", for the warning's location.
OPTIONS = ("-interaction=batchmode", "-halt-on-error", "-file-line-error")
ERROR_LINE = re.compile(
    r"^(?P<file>[^:\n]*):(?P<line>\d+): (?P<message>.*)$", re.MULTILINE
)
LOG_LINES_SHOWN = 6


def run_engine(engine: str, tex: Path, options: Sequence[str] = ()) -> int:
    """One pass of ``engine`` over the written ``tex``, in its folder: its status.

    Raises OSError when the engine cannot run at all.
    """
    done = subprocess.run(  # noqa: S603 - the configured engine
        [engine, *OPTIONS, *options, tex.name],
        cwd=tex.parent,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )
    return done.returncode


def latex_error(log: str) -> tuple[int | None, str]:
    """The line of the input at which LaTeX stopped, and what it said there."""
    found = ERROR_LINE.search(log)
    if not found:
        lines = [line for line in log.splitlines() if line.strip()]
        return None, " ".join(lines[-LOG_LINES_SHOWN:])
    context = log[found.end() :].split("\n\n", 1)[0].split()
    said = " ".join([found["message"].strip(), *context])
    return int(found["line"]), said


def log_of(tex: Path) -> str:
    """The engine's log of its last pass over ``tex``; empty if it left none."""
    log = tex.with_suffix(".log")
    if not log.is_file():
        return ""
    return log.read_text(encoding="utf-8", errors="replace")


def where_it_stopped(tex: Path) -> tuple[str, str]:
    """Where the last pass over ``tex`` stopped ("file:line"), and what it said."""
    line, said = latex_error(log_of(tex))
    return (f"{tex}:{line}" if line else str(tex)), said
