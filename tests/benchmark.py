"""Times the builds an author waits for: cold, no-change, and one edit.

Run with ``make benchmark``. Each figure is the median wall time of several runs
of ``python -m sphinx -b html`` on a copy of the project, and the one-edit rebuild
also reports how many documents Sphinx read. Speed is measured here, not asserted
by a timed test; the tests assert the counts.
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
RUNS = 5
ROLE_PAGE = Path("experience") / "canonical.md"


def sphinx_build(srcdir: Path, outdir: Path, *extra: str) -> tuple[float, str]:
    started = time.perf_counter()
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [
            sys.executable,
            "-m",
            "sphinx",
            "-b",
            "html",
            "-W",
            *extra,
            str(srcdir),
            str(outdir),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return time.perf_counter() - started, result.stdout


def documents_read(status: str) -> int:
    match = re.search(r"(\d+) added, (\d+) changed, (\d+) removed", status)
    return int(match[1]) + int(match[2]) if match else 0


def copy_of_project(where: Path) -> Path:
    srcdir = where / "cv"
    shutil.copytree(
        PROJECT_ROOT,
        srcdir,
        ignore=shutil.ignore_patterns(".venv", "_build", ".git", "*_cache", "tests"),
    )
    return srcdir


def touch_edit(page: Path, run: int) -> None:
    text = page.read_text(encoding="utf-8")
    text = re.sub(r":end: \d{4}-\d{2}", f":end: 2023-0{1 + run % 9}", text, count=1)
    page.write_text(text, encoding="utf-8")
    later = time.time() + 1 + run
    os.utime(page, (later, later))


def main() -> None:
    cold, unchanged, edited, reads = [], [], [], []
    with tempfile.TemporaryDirectory() as temporary:
        srcdir = copy_of_project(Path(temporary))
        outdir = Path(temporary) / "html"
        for run in range(RUNS):
            shutil.rmtree(outdir, ignore_errors=True)
            cold.append(sphinx_build(srcdir, outdir, "-E")[0])
            unchanged.append(sphinx_build(srcdir, outdir)[0])
            touch_edit(srcdir / ROLE_PAGE, run)
            seconds, status = sphinx_build(srcdir, outdir)
            edited.append(seconds)
            reads.append(documents_read(status))
    print(f"cold build            {statistics.median(cold):6.2f} s  (median of {RUNS})")
    print(f"no-change rebuild     {statistics.median(unchanged):6.2f} s")
    print(
        f"one-edit rebuild      {statistics.median(edited):6.2f} s  "
        f"documents read: {sorted(set(reads))}"
    )


if __name__ == "__main__":
    main()
