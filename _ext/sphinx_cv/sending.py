"""``sphinx-cv application NAME`` and ``sphinx-cv applications``: what was sent.

An application is a source file, ``applications/NAME.md`` (``core/applications.py``
reads it). Building it runs four Sphinx builds of the project, two at a time, each
its own process as ``make latexpdf`` is: the tailored CV as PDF and Word, and the
cover letter as PDF and Word. Each is forked from one process that has imported
Sphinx and this package once (multiprocessing's forkserver): a third of a build's
time went on importing them. Into ``_build/applications/NAME/`` go those four
files, the match report (Markdown and JSON, which the CV's build writes) and
``manifest.json``: the source's commit, the date the CV counts to, and a digest
of each file, so that what was sent to whom can be told, and made again, later.

The build's date is the application's: ``SOURCE_DATE_EPOCH``, unless it is set
already, is the application's date, so that "present" and the durations are as
they were on the day it was sent, and a build from the same commit gives the
same bytes.

Bad input (no such application, a source with problems) gets a message for each
problem, naming where, exit status 2, and nothing written.
"""

from __future__ import annotations

import calendar
import dataclasses
import hashlib
import json
import multiprocessing
import os
import shutil
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TYPE_CHECKING

import sphinx_cv
from sphinx_cv.core.applications import (
    Application,
    ApplicationError,
    read_application,
)

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence
    from multiprocessing.context import BaseContext

FOLDER = "applications"
BUILT = Path("_build", FOLDER)
MANIFEST = "manifest.json"
REPORT = "match-report"
SOURCES = "sources.json"  # the files a build read (outputs/application)
# Two builds at once: a PDF's LaTeX run and another build's reading share two cores.
AT_ONCE = 2
# What every build imports: imported once, by the process the builds are forked
# from. (A project's own extensions are imported by each build, as its conf.py
# names them.)
IMPORTED_ONCE = [
    "sphinx_cv.build",
    "sphinx_cv.extension",
    "myst_parser.sphinx_ext.main",  # myst_parser's setup, not its package alone
]
BAD_INPUT = 2
FAILED = 1


class UsageError(Exception):
    """Input the command cannot use: each line says where, and why."""

    def __init__(self, *lines: str) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


@dataclasses.dataclass(frozen=True)
class Build:
    """One Sphinx build of the application: what it makes, and how."""

    name: str
    builder: str
    letter: bool
    # The suffix of the file it gives the application: the PDF, or Word's.
    gives: str

    def arguments(
        self, project: Path, outdir: Path, source: str, options: Sequence[str]
    ) -> list[str]:
        """sphinx-build's arguments for this build."""
        printed = (
            ["-t", "printed", "-D", "cv_make_pdf=1"] if self.builder == "latex" else []
        )
        return [
            "-q",
            "-b",
            self.builder,
            *printed,
            "-D",
            f"cv_application={source}",
            *(["-D", "cv_letter=1"] if self.letter else []),
            *options,
            str(project),
            str(outdir),
        ]


BUILDS = (
    Build("cv-latex", "latex", letter=False, gives=".pdf"),
    Build("cv-docx", "docx", letter=False, gives=".docx"),
    Build("letter-latex", "latex", letter=True, gives=".pdf"),
    Build("letter-docx", "docx", letter=True, gives=".docx"),
)


def source_of(project: Path, name: str) -> Path:
    return project / FOLDER / f"{Path(name).stem}.md"


def read(project: Path, name: str) -> Application:
    """The application, or UsageError naming each problem at its line."""
    path = source_of(project, name)
    shown = path.relative_to(project).as_posix()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        message = f"{shown}: no such application; `sphinx-cv applications` lists them"
        raise UsageError(message) from None
    except OSError as error:
        message = f"{shown}: cannot be read: {error.strerror}"
        raise UsageError(message) from None
    except UnicodeDecodeError as error:
        message = f"{shown}: not UTF-8 text: {error.reason}"
        raise UsageError(message) from None
    try:
        application = read_application(text, path.stem)
    except ApplicationError as error:
        raise UsageError(
            *(f"{shown}:{line}: {problem}" for line, problem in error.problems)
        ) from None
    if application.job_file and not (path.parent / application.job_file).is_file():
        line = application.lines.get("job-file", 1)
        message = f"{shown}:{line}: job-file: {application.job_file} is not there"
        raise UsageError(message)
    return application


def build(project: Path, name: str, options: Sequence[str] = ()) -> int:
    """Builds the application into _build/applications/NAME/; its exit status."""
    try:
        application = read(project, name)
    except UsageError as error:
        sys.stderr.writelines(f"sphinx-cv: {line}\n" for line in error.lines)
        return BAD_INPUT
    source = source_of(project, name).relative_to(project).as_posix()
    into = project / BUILT / application.name
    work = into / ".build"
    pages = application.variant.pages
    environment = builds_environment(os.environ, application)

    def arguments(one: Build) -> list[str]:
        extra = [*options]
        if pages == 1 and not one.letter:
            extra += ["-t", "onepage"]
        outdir = work / one.name
        shutil.rmtree(outdir, ignore_errors=True)
        return one.arguments(project, outdir, source, extra)

    work.mkdir(parents=True, exist_ok=True)
    failed = False
    for one, status in run_builds(
        {one: arguments(one) for one in BUILDS}, environment, work
    ):
        messages = work / f"{one.name}.stderr"
        for line in messages.read_text(encoding="utf-8", errors="replace").splitlines():
            sys.stderr.write(f"{one.name}: {line}\n")
        if status:
            sys.stderr.write(f"sphinx-cv: the {one.name} build failed\n")
            failed = True
    if failed:
        return FAILED
    written = collect(work, into)
    manifest = manifest_of(
        project,
        application,
        written,
        work=work,
        source_date_epoch=environment["SOURCE_DATE_EPOCH"],
    )
    (into / MANIFEST).write_text(manifest, encoding="utf-8")
    sys.stdout.write(f"The application is in {into.relative_to(project)}/:\n")
    sys.stdout.writelines(f"  {path.name}\n" for path in [*written, into / MANIFEST])
    return 0


def run_builds(
    builds: Mapping[Build, list[str]], environment: Mapping[str, str], work: Path
) -> list[tuple[Build, int]]:
    """Each build's exit status, AT_ONCE at a time, each in a process of its own.

    What a build writes to stdout and stderr goes to ``work/NAME.stdout`` and
    ``.stderr``. A build whose process died has status 1.
    """
    with ProcessPoolExecutor(
        max_workers=AT_ONCE, mp_context=builds_context(), max_tasks_per_child=1
    ) as pool:
        running = {
            one: pool.submit(
                build_in_this_process,
                arguments,
                dict(environment),
                work / f"{one.name}.stdout",
                work / f"{one.name}.stderr",
            )
            for one, arguments in builds.items()
        }
        results = []
        for one, future in running.items():
            try:
                status = future.result()
            except BrokenProcessPool:
                (work / f"{one.name}.stderr").write_text(
                    "its process ended before the build did\n", encoding="utf-8"
                )
                status = FAILED
            results.append((one, status))
    return results


def builds_context() -> BaseContext:
    """Where the builds' processes come from.

    Forked from one that has imported what every build imports; where nothing
    forks, each started afresh.
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(IMPORTED_ONCE)
    return context


def build_in_this_process(
    arguments: list[str], environment: dict[str, str], stdout: Path, stderr: Path
) -> int:
    """One build, as ``python -m sphinx_cv.build`` would run it: its exit status.

    The process is the build's alone, and ends with it.
    """
    from sphinx_cv.build import main  # noqa: PLC0415 - in the build's process only

    os.environ.clear()
    os.environ.update(environment)
    with stdout.open("wb") as out, stderr.open("wb") as err:
        os.dup2(out.fileno(), sys.stdout.fileno())
        os.dup2(err.fileno(), sys.stderr.fileno())
    try:
        return main(arguments)
    finally:
        sys.stdout.flush()
        sys.stderr.flush()


def builds_environment(
    environ: Mapping[str, str], application: Application
) -> dict[str, str]:
    """The builds' environment, with this sphinx_cv first on the path.

    The application's date is SOURCE_DATE_EPOCH unless one is set. No empty
    entry joins the path: Python reads one as the working folder, whose files (a
    ``docx.py``) would stand in for the packages of the same names.
    """
    given = environ.get("PYTHONPATH", "").split(os.pathsep)
    path = [str(Path(sphinx_cv.__file__).parent.parent), *filter(None, given)]
    return {
        **environ,
        "PYTHONPATH": os.pathsep.join(path),
        "SOURCE_DATE_EPOCH": environ.get("SOURCE_DATE_EPOCH")
        or str(calendar.timegm(application.date.timetuple())),
    }


def collect(work: Path, into: Path) -> list[Path]:
    """The builds' files, copied beside their folder; an earlier build's removed."""
    for earlier in into.iterdir():
        if earlier.is_file():
            earlier.unlink()
    made = [
        path
        for one in BUILDS
        for path in sorted((work / one.name).iterdir())
        if path.suffix == one.gives
    ]
    written = [Path(shutil.copyfile(path, into / path.name)) for path in made]
    for suffix in (".md", ".json"):
        report = work / "cv-latex" / f"{REPORT}{suffix}"
        written.append(Path(shutil.copyfile(report, into / report.name)))
    return written


def digest(path: Path) -> str:
    return "sha256:" + hashlib.sha256(path.read_bytes()).hexdigest()


def manifest_of(
    project: Path,
    application: Application,
    written: Sequence[Path],
    *,
    work: Path,
    source_date_epoch: str,
) -> str:
    """What was made, and from what.

    Enough to tell, later, what was sent, and to make it again.
    """
    report = json.loads((work / "cv-latex" / f"{REPORT}.json").read_text("utf-8"))
    inputs = sources_read(work)
    manifest = {
        "application": source_of(project, application.name)
        .relative_to(project)
        .as_posix(),
        "employer": application.employer,
        "role": application.role,
        "date": application.date.isoformat(),
        "commit": commit_of(project),
        "uncommitted_changes": has_changes(project),
        "source_date_epoch": source_date_epoch,
        "cv_today": report.get("cv_today", ""),
        "inputs": {
            "files": list(inputs),
            "digest": inputs_digest(project, application, inputs),
        },
        "files": {path.name: digest(path) for path in sorted(written)},
    }
    return json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"


def git(project: Path, *arguments: str) -> str | None:
    git_path = shutil.which("git")
    if git_path is None:
        return None
    done = subprocess.run(  # noqa: S603 - git, with fixed arguments
        [git_path, *arguments],
        cwd=project,
        capture_output=True,
        text=True,
        check=False,
    )
    return done.stdout.strip() if done.returncode == 0 else None


def commit_of(project: Path) -> str | None:
    return git(project, "rev-parse", "HEAD")


def has_changes(project: Path) -> bool | None:
    status = git(project, "status", "--porcelain", "--untracked-files=no")
    return None if status is None else bool(status)


def sources_read(work: Path) -> list[str]:
    """The files the application's builds read, as they listed them."""
    listed: set[str] = set()
    for one in BUILDS:
        path = work / one.name / SOURCES
        if path.is_file():
            listed.update(json.loads(path.read_text(encoding="utf-8")))
    return sorted(listed)


def inputs_digest(project: Path, application: Application, files: Sequence[str]) -> str:
    """One digest of what the application's files are made from.

    The files the builds read, the application's source and its job, and the
    version of sphinx-cv that made them. A file that is gone counts as empty.
    """
    total = hashlib.sha256(sphinx_cv.__version__.encode())
    source = source_of(project, application.name)
    paths = [*(project / name for name in files), source]
    if application.job_file:
        paths.append(source.parent / application.job_file)
    for path in paths:
        total.update(path.relative_to(project).as_posix().encode())
        content = path.read_bytes() if path.is_file() else b""
        total.update(hashlib.sha256(content).digest())
    return "sha256:" + total.hexdigest()


def listing(project: Path) -> int:
    """Every application, newest first, and whether its files are up to date."""
    folder = project / FOLDER
    sources = sorted(folder.glob("*.md")) if folder.is_dir() else []
    rows = []
    problems: list[str] = []
    for path in sources:
        try:
            application = read(project, path.stem)
        except UsageError as error:
            problems.extend(error.lines)
            continue
        rows.append((application, state_of(project, application)))
    rows.sort(key=lambda row: (row[0].date, row[0].name), reverse=True)
    if not rows and not problems:
        sys.stdout.write(f"No applications in {FOLDER}/ yet.\n")
    for application, state in rows:
        example = " (example)" if application.example else ""
        sys.stdout.write(
            f"{application.date.isoformat()}  {application.name}  "
            f"{application.role}, {application.employer}{example}: {state}\n"
        )
    sys.stderr.writelines(f"sphinx-cv: {line}\n" for line in problems)
    return BAD_INPUT if problems else 0


def state_of(project: Path, application: Application) -> str:
    manifest_path = project / BUILT / application.name / MANIFEST
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "not built"
    inputs = manifest.get("inputs")
    if not isinstance(inputs, dict):
        return "not built"
    files = [str(name) for name in inputs.get("files", [])]
    if inputs.get("digest") != inputs_digest(project, application, files):
        return "changed since it was built"
    return "built"
