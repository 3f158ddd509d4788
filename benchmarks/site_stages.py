"""Where a 100-role site's time goes, stage by stage: with sphinx_cv, and plain MyST.

    PYTHONPATH=_ext:tests .venv/bin/python benchmarks/site_stages.py [--also DIR]

Writes the generated CV of ``tests/support/scale.py`` twice, as the benchmark's
overhead row does: with ``sphinx_cv``, and as the same text in plain MyST. Builds
each in turn, seven times, each build a fresh Python process into a fresh folder,
as ``python -m sphinx -b html`` builds, and prints the median of each stage:

1. start: importing Sphinx and setting up, until reading starts;
2. reading the pages (until ``env-updated``);
3. writing them (until ``html-collect-pages``);
4. the indices, the search index and the downloads, until the build ends;
5. Python's own start, and the process's end.

``--also DIR`` builds the CV with the ``sphinx_cv`` found in ``DIR`` too, side by
side with the others: another revision's ``_ext``, as
``git archive <revision> _ext | tar -x -C DIR`` gives it (``DIR/_ext``).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 7
ROLES = 100
SKILLS = 200
STAGES = (
    "start: imports, setting up",
    "reading the pages",
    "writing them",
    "indices, search, downloads",
    "Python's start, the end",
)
FIRST = 1  # Sphinx calls an event's handlers lowest priority first


def one_build(project: Path, where: Path) -> list[float]:
    """The moments the build's stages end, on the clock both processes share."""
    started = time.perf_counter()
    from sphinx.application import Sphinx  # noqa: PLC0415 - the import is measured

    marks: dict[str, float] = {}

    def mark(name: str, result: object = None) -> object:
        marks.setdefault(name, time.perf_counter())
        return result

    app = Sphinx(
        str(project),
        str(project),
        str(where / "html"),
        str(where / "doctrees"),
        "html",
        status=io.StringIO(),
        warning=io.StringIO(),
    )
    for event in ("env-before-read-docs", "env-updated"):
        app.connect(event, lambda *_, name=event: mark(name), priority=FIRST)
    # A handler of html-collect-pages gives the pages it adds: none.
    app.connect("html-collect-pages", lambda *_: mark("written", []), priority=FIRST)
    app.build()
    return [
        started,
        marks["env-before-read-docs"],
        marks["env-updated"],
        marks["written"],
        time.perf_counter(),
    ]


def stages_of(project: Path, extension: Path | None = None) -> list[float]:
    """One build's stages, in seconds; the process is timed from outside."""
    environment = dict(os.environ)
    if extension is not None:
        environment["PYTHONPATH"] = str(extension)
    # The parent removes the build's folder: the process's end is timed, not that.
    with tempfile.TemporaryDirectory() as where:
        spawned = time.perf_counter()
        done = subprocess.run(  # noqa: S603 - this script, with its own arguments
            [sys.executable, __file__, "--one", str(project), where],
            env=environment,
            capture_output=True,
            text=True,
            check=True,
        )
        ended = time.perf_counter()
    started, reading, read, written, finished = json.loads(done.stdout.splitlines()[-1])
    # perf_counter is the same clock in both processes (CLOCK_MONOTONIC).
    return [
        reading - started,
        read - reading,
        written - read,
        finished - written,
        (started - spawned) + (ended - finished),
        ended - spawned,
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--also", type=Path, help="a folder holding another _ext")
    parser.add_argument("--one", nargs=2, type=Path, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.one:
        print(json.dumps(one_build(*arguments.one)), flush=True)
        return
    # Only here: a build's process imports nothing it does not time.
    from support.scale import write_scale_project  # noqa: PLC0415

    with tempfile.TemporaryDirectory() as temporary:
        with_cv, plain = Path(temporary, "with-cv"), Path(temporary, "plain")
        write_scale_project(with_cv, ROLES, SKILLS)
        write_scale_project(plain, ROLES, SKILLS, plain=True)
        builds: dict[str, tuple[Path, Path | None]] = {"sphinx_cv": (with_cv, None)}
        if arguments.also:
            builds[f"{arguments.also}"] = (with_cv, arguments.also / "_ext")
        builds["plain MyST"] = (plain, None)
        runs: dict[str, list[list[float]]] = {name: [] for name in builds}
        for _ in range(RUNS):  # side by side: a slow moment slows each
            for name, (project, extension) in builds.items():
                runs[name].append(stages_of(project, extension))
    print(f"{ROLES} roles, medians of {RUNS}: " + " | ".join(builds))
    for number, stage in enumerate([*STAGES, "in all, from the command"]):
        figures = [
            statistics.median(run[number] for run in runs[name]) for name in builds
        ]
        print(f"{stage:<30}" + "".join(f"{figure:8.3f} s" for figure in figures))


if __name__ == "__main__":
    main()
