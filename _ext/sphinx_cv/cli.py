"""``sphinx-cv``: start a CV project, or import one from JSON Resume.

    sphinx-cv new DIR --name "Ada Lovelace" [--language de] [--force]
    sphinx-cv import resume.json DIR [--name ...] [--language ...] [--force]
    sphinx-cv livepdf [DIR] [--port 8001] [-t TAG]   (see livepdf.py)
    sphinx-cv application NAME [--project DIR] [-D setting=value]  (sending.py)
    sphinx-cv applications [--project DIR]

Bad input gets a message for each problem, naming where (a JSON path such as
``work[3].startDate``), exit status 2, and nothing written: every file is made
in memory first. A file system that refuses (no permission, a full disk, a file
where a folder should be) gets one line naming the path and the cause, exit
status 1, and nothing left behind: the project is written into a folder beside
the target first, then moved into place.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from sphinx_cv import __version__, livepdf
from sphinx_cv.core.characters import without_hidden_characters
from sphinx_cv.core.resume_import import (
    NAMELESS_GROUP,
    ImportedCV,
    ResumeError,
    read_resume,
)
from sphinx_cv.language import languages
from sphinx_cv.starter.project import example, files
from sphinx_cv.starter.words import Words

if TYPE_CHECKING:
    from collections.abc import Sequence

BAD_INPUT = 2
CANNOT_WRITE = 1
# The files a `new` or an `import` wrote, so that `import --force` replaces an
# earlier import's pages, and only those.
MANIFEST = ".sphinx-cv-files"
MANIFEST_HEADER = (
    "# Written by sphinx-cv: the files it made here, which `sphinx-cv import "
    "--force` replaces.\n"
)


class UsageError(Exception):
    """Input the command cannot use: its message says where, and why."""


class WriteError(Exception):
    """The file system refused: the message names the path and the cause."""


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(
        prog="sphinx-cv",
        description="Start a CV as a Sphinx project, or import one from JSON Resume.",
    )
    main.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = main.add_subparsers(dest="command", required=True)
    new = commands.add_parser("new", help="write a starter CV project into DIR")
    new.add_argument("--name", required=True, help="the person the CV is of")
    live = commands.add_parser(
        "livepdf",
        help="rebuild the PDF of the project in DIR (default: here) on every save",
        description=livepdf.DESCRIPTION,
    )
    livepdf.add_arguments(live)
    application = commands.add_parser(
        "application",
        help="build applications/NAME.md: the tailored CV, the cover letter and "
        "the match report, into _build/applications/NAME/",
    )
    application.add_argument("name", metavar="NAME")
    application.add_argument(
        "-D",
        dest="settings",
        action="append",
        default=[],
        metavar="setting=value",
        help="a conf.py setting for this build, as sphinx-build's -D",
    )
    listed = commands.add_parser(
        "applications", help="list the applications, newest first, and their state"
    )
    for command in (application, listed):
        command.add_argument(
            "--project",
            type=Path,
            default=Path(),
            metavar="DIR",
            help="the CV's project (default: here)",
        )
    imported = commands.add_parser(
        "import", help="write a CV project into DIR from a JSON Resume"
    )
    imported.add_argument("resume", type=Path, help="a resume.json (schema 1.0 to 1.3)")
    imported.add_argument("--name", default="", help="the person, if not basics.name")
    for command in (new, imported):
        command.add_argument("directory", type=Path, metavar="DIR")
        command.add_argument(
            "--language",
            default="en",
            choices=languages(),
            help="the project's language: its headings, dates and labels",
        )
        command.add_argument(
            "--force",
            action="store_true",
            help="write into a folder that is not empty, replacing its files",
        )
    return main


def main(argv: Sequence[str] | None = None) -> int:
    arguments = parser().parse_args(argv)
    if arguments.command == "livepdf":
        return livepdf.run_command(arguments)
    if arguments.command in {"application", "applications"}:
        return send(arguments)
    try:
        cv = read_cv(arguments)
        project = files(cv, language=arguments.language, version=__version__)
        write(project, arguments.directory, force=arguments.force)
    except ResumeError as error:
        sys.stderr.writelines(f"sphinx-cv: {line}\n" for line in error.lines)
        return BAD_INPUT
    except UsageError as error:
        sys.stderr.write(f"sphinx-cv: {error}\n")
        return BAD_INPUT
    except WriteError as error:
        sys.stderr.write(f"sphinx-cv: {error}\n")
        return CANNOT_WRITE
    for note in cv.notes:
        sys.stderr.write(f"sphinx-cv: warning: {note}\n")
    sys.stdout.write(
        f"The CV project is in {arguments.directory}: cd there and run make html.\n"
    )
    return 0


def send(arguments: argparse.Namespace) -> int:
    """Builds an application, or lists them (sending.py)."""
    # They build through Sphinx, in processes of their own: loaded when asked for.
    from sphinx_cv import sending  # noqa: PLC0415

    if arguments.command == "applications":
        return sending.listing(arguments.project)
    options = [part for setting in arguments.settings for part in ("-D", setting)]
    return sending.build(arguments.project, arguments.name, options)


def read_cv(arguments: argparse.Namespace) -> ImportedCV:
    # A terminal's escape or a bidirectional override in a name would reach
    # every output, LaTeX's preamble too: left out, as the import leaves them out.
    name = " ".join(without_hidden_characters(arguments.name).split())
    if arguments.command == "import":
        nameless_group = Words(arguments.language)(NAMELESS_GROUP)
        return read_resume(
            load(arguments.resume), name=name, nameless_group=nameless_group
        )
    if not name:
        message = "--name: a CV needs a name"
        raise UsageError(message)
    return example(name, Words(arguments.language))


def load(path: Path) -> object:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as error:
        message = f"{path}: cannot be read: {error.strerror}"
        raise UsageError(message) from None
    except UnicodeDecodeError as error:
        message = f"{path}: not UTF-8 text: {error.reason}"
        raise UsageError(message) from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        where = f"{path}:{error.lineno}:{error.colno}"
        message = f"{where}: not JSON: {error.msg}"
        raise UsageError(message) from None
    except RecursionError:
        message = f"{path}: nested too deeply to be a résumé"
        raise UsageError(message) from None


def write(project: dict[str, str], directory: Path, *, force: bool) -> None:
    """Every file, or none: refuses a folder that is not empty, unless forced."""
    try:
        check_the_target(project, directory, force=force)
    except OSError as error:
        raise WriteError(cannot(error, directory)) from None
    earlier = files_written_before(directory)
    listing = MANIFEST_HEADER + "".join(f"{path}\n" for path in sorted(project))
    staged = stage({**project, MANIFEST: listing}, directory)
    try:
        move_into_place(staged, directory)
    except OSError as error:
        raise WriteError(cannot(error, directory)) from None
    finally:
        shutil.rmtree(staged, ignore_errors=True)
    for stale in sorted(earlier - set(project) - {MANIFEST}):
        remove_stale(directory, stale)


def cannot(error: OSError, fallback: Path) -> str:
    """One line: the path the system named, and why it refused."""
    where = error.filename if error.filename is not None else fallback
    return f"{where}: cannot be written: {error.strerror or error}"


def files_written_before(directory: Path) -> set[str]:
    """The files an earlier `new` or `import` wrote here, by its manifest."""
    try:
        listing = (directory / MANIFEST).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return set()
    return {
        line
        for line in listing.splitlines()
        if line and not line.startswith("#") and is_inside(directory, line)
    }


def is_inside(directory: Path, relative: str) -> bool:
    """A manifest's line names a file in the project, never one elsewhere."""
    target = Path(os.path.normpath(directory / relative))
    return (
        not Path(relative).is_absolute()
        and target != Path(os.path.normpath(directory))
        and target.is_relative_to(os.path.normpath(directory))
    )


def stage(project: dict[str, str], directory: Path) -> Path:
    """Every file written into a new folder beside the target; none left on failure."""
    parent = directory.absolute().parent
    made = first_missing(parent)
    try:
        parent.mkdir(parents=True, exist_ok=True)
        staged = Path(tempfile.mkdtemp(prefix=f".{directory.name[:40]}-", dir=parent))
    except OSError as error:
        if made is not None:
            shutil.rmtree(made, ignore_errors=True)
        raise WriteError(cannot(error, directory)) from None
    try:
        for relative, text in project.items():
            target = staged / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
    except OSError as error:
        shutil.rmtree(staged, ignore_errors=True)
        if made is not None:
            shutil.rmtree(made, ignore_errors=True)
        # The staged folder's name means nothing to the user: name the target.
        msg = f"{directory}: cannot be written: {error.strerror or error}"
        raise WriteError(msg) from None
    return staged


def first_missing(folder: Path) -> Path | None:
    """The outermost of the folder and its parents that does not exist yet."""
    missing = None
    for candidate in (folder, *folder.parents):
        if candidate.exists():
            break
        missing = candidate
    return missing


def move_into_place(staged: Path, directory: Path) -> None:
    """A new folder is renamed into place; into an existing one, file by file."""
    if not directory.exists():
        staged.rename(directory)
        return
    if not any(directory.iterdir()):
        directory.rmdir()
        staged.rename(directory)
        return
    for source in sorted(path for path in staged.rglob("*") if path.is_file()):
        target = directory / source.relative_to(staged)
        target.parent.mkdir(parents=True, exist_ok=True)
        source.replace(target)


def remove_stale(directory: Path, relative: str) -> None:
    """An earlier import's page that this one does not write, and its empty folders."""
    target = directory / relative
    try:
        target.unlink(missing_ok=True)
        for folder in target.parents:
            if folder == directory or not folder.is_relative_to(directory):
                break
            if any(folder.iterdir()):
                break
            folder.rmdir()
    except OSError:
        return  # a page left behind warns at the build, naming it


def check_the_target(project: dict[str, str], directory: Path, *, force: bool) -> None:
    nearest = next(
        (folder for folder in directory.absolute().parents if folder.exists()), None
    )
    if nearest is not None and not nearest.is_dir():
        message = f"{nearest}: is a file, not a folder, so {directory} cannot be made"
        raise UsageError(message)
    if directory.exists() and not directory.is_dir():
        message = f"{directory}: is a file, not a folder"
        raise UsageError(message)
    if directory.is_dir() and any(directory.iterdir()) and not force:
        message = (
            f"{directory}: the folder is not empty; choose another, or --force to "
            "replace the files the project has"
        )
        raise UsageError(message)
    for relative in project:
        target = directory / relative
        in_the_way = [
            folder
            for folder in target.parents
            if folder.is_relative_to(directory)
            and folder.exists()
            and not folder.is_dir()
        ]
        if target.is_dir() or in_the_way:
            where = in_the_way[0] if in_the_way else target
            message = f"{where}: in the way of {relative}, which the project needs"
            raise UsageError(message)


if __name__ == "__main__":
    sys.exit(main())
