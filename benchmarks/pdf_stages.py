"""Where a cold ``make latexpdf``'s time goes, stage by stage, as one timeline.

    PYTHONPATH=_ext .venv/bin/python benchmarks/pdf_stages.py [PROJECT] [--sequential]

Builds five times, each in a fresh Python process and into a fresh folder, as
``make latexpdf`` does (``-t printed -D cv_make_pdf=1``), and prints the median of
each stage:

1. importing Sphinx;
2. setting up: Sphinx's built-in builders, conf.py and its extensions, until the
   builder is ready, when pdflatex starts on the preamble;
3. reading the pages and writing the .tex (pdflatex reads the preamble meanwhile);
4. waiting for pdflatex, once the .tex is written;
5. ending the process, as ``python -m sphinx_cv.build`` ends it.

``--sequential`` times the stages as they were before: pdflatex starts on the
written file, and the process ends as plain ``python -m sphinx`` ends.
"""

from __future__ import annotations

import argparse
import gc
import io
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5
STAGES = (
    "importing Sphinx",
    "setting up",
    "reading and writing",
    "waiting for pdflatex",
    "ending the process",
)
FIRST = 1  # Sphinx calls an event's handlers lowest priority first
LAST = 10_000


def one_build(project: Path, where: Path, *, sequential: bool) -> list[float]:
    """The build's in-process stages; the caller times the process's end."""
    started = time.perf_counter()
    from sphinx.application import Sphinx  # noqa: PLC0415 - the import is measured

    imported = time.perf_counter()
    marks: dict[str, float] = {}
    app = Sphinx(
        str(project),
        str(project),
        str(where / "latex"),
        str(where / "doctrees"),
        "latex",
        confoverrides={"cv_make_pdf": not sequential},
        status=io.StringIO(),
        warning=io.StringIO(),
        tags=["printed"],
    )
    set_up = time.perf_counter()
    app.connect(
        "build-finished",
        lambda *_: marks.setdefault("written", time.perf_counter()),
        priority=FIRST,
    )
    app.connect(
        "build-finished",
        lambda *_: marks.setdefault("pdf", time.perf_counter()),
        priority=LAST,
    )
    app.build()
    if sequential:
        tex = next((where / "latex").glob("*.tex"))
        subprocess.run(  # noqa: S603 - fixed arguments
            ["pdflatex", "-interaction=batchmode", "-halt-on-error", tex.name],  # noqa: S607
            cwd=tex.parent,
            capture_output=True,
            check=True,
        )
        marks["pdf"] = time.perf_counter()
    else:
        gc.freeze()  # as sphinx_cv.build ends a build
    if not list((where / "latex").glob("*.pdf")):
        sys.exit("no PDF was made")
    return [
        imported - started,
        set_up - imported,
        marks["written"] - set_up,
        marks["pdf"] - marks["written"],
        time.perf_counter(),  # when the stages ended: the parent takes the rest
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("project", type=Path, nargs="?", default=Path())
    parser.add_argument("--sequential", action="store_true")
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.one:
        stages = one_build(
            arguments.project, arguments.one, sequential=arguments.sequential
        )
        print(json.dumps(stages), flush=True)
        return
    runs = []
    for _ in range(RUNS):
        # The parent removes the build's folder: its end is timed, not that.
        with tempfile.TemporaryDirectory() as where:
            started = time.perf_counter()
            done = subprocess.run(  # noqa: S603 - this script, with its own arguments
                [sys.executable, __file__, "--one", where, *sys.argv[1:]],
                capture_output=True,
                text=True,
                check=True,
            )
            ended = time.perf_counter()
        *stages, stages_ended = json.loads(done.stdout.splitlines()[-1])
        # perf_counter is the same clock in both processes (CLOCK_MONOTONIC).
        runs.append([*stages, ended - stages_ended, ended - started])
    for number, stage in enumerate([*STAGES, "in all, from the command"]):
        print(f"{stage:<26}{statistics.median(run[number] for run in runs):6.3f} s")


if __name__ == "__main__":
    main()
