"""Where a cold ``-b latex`` build's time goes: imports, set-up, reading and writing.

    PYTHONPATH=_ext .venv/bin/python benchmarks/pdf_stages.py [PROJECT] [-j N] [-t TAG]

Builds five times, each in a fresh Python process and into a fresh folder, and
prints the median of each stage: importing Sphinx; creating the application
(Sphinx's built-in builders, conf.py and its extensions, with their imports); and
the build itself (reading the pages and writing the .tex). The README's Speed
section quotes it, before and after a change.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5
STAGES = ("importing Sphinx", "setting up", "reading and writing")


def one_build(project: Path, parallel: int, tags: list[str]) -> list[float]:
    started = time.perf_counter()
    from sphinx.application import Sphinx  # noqa: PLC0415 - the import is measured

    imported = time.perf_counter()
    with tempfile.TemporaryDirectory() as where:
        app = Sphinx(
            str(project),
            str(project),
            str(Path(where) / "latex"),
            str(Path(where) / "doctrees"),
            "latex",
            status=io.StringIO(),
            warning=io.StringIO(),
            parallel=parallel,
            tags=tags,
        )
        set_up = time.perf_counter()
        app.build()
        built = time.perf_counter()
    return [imported - started, set_up - imported, built - set_up]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("project", type=Path, nargs="?", default=Path())
    parser.add_argument("-j", type=int, default=1, dest="parallel")
    parser.add_argument("-t", action="append", default=[], dest="tags")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.one:
        print(
            json.dumps(one_build(arguments.project, arguments.parallel, arguments.tags))
        )
        return
    runs = [
        json.loads(
            subprocess.run(  # noqa: S603 - this script, with its own arguments
                [sys.executable, __file__, "--one", *sys.argv[1:]],
                capture_output=True,
                text=True,
                check=True,
            ).stdout.splitlines()[-1]  # after what extensions print
        )
        for _ in range(RUNS)
    ]
    for number, stage in enumerate(STAGES):
        print(f"{stage:<22}{statistics.median(run[number] for run in runs):6.3f} s")


if __name__ == "__main__":
    main()
