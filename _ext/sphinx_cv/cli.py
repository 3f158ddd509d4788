"""``sphinx-cv``: start a CV project, or import one from JSON Resume.

    sphinx-cv new DIR --name "Ada Lovelace" [--language de] [--force]
    sphinx-cv import resume.json DIR [--name ...] [--language ...] [--force]
    sphinx-cv livepdf [DIR] [--port 8001] [-t TAG]   (see livepdf.py)

Bad input gets one message naming where (a JSON path such as
``work[3].startDate``), exit status 2, and nothing written: every file is made
in memory first, and written only once all of them are.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sphinx_cv import __version__
from sphinx_cv.core.resume_import import ImportedCV, ResumeError, read_resume
from sphinx_cv.i18n import LOCALE_DIR
from sphinx_cv.starter.project import example, files

if TYPE_CHECKING:
    from collections.abc import Sequence

BAD_INPUT = 2


class UsageError(Exception):
    """Input the command cannot use: its message says where, and why."""


def languages() -> list[str]:
    """English, and each language the extension has a message catalog for."""
    return sorted(
        {"en"} | {path.name for path in LOCALE_DIR.iterdir() if path.is_dir()}
    )


def parser() -> argparse.ArgumentParser:
    main = argparse.ArgumentParser(
        prog="sphinx-cv",
        description="Start a CV as a Sphinx project, or import one from JSON Resume.",
    )
    main.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = main.add_subparsers(dest="command", required=True)
    new = commands.add_parser("new", help="write a starter CV project into DIR")
    new.add_argument("--name", required=True, help="the person the CV is of")
    commands.add_parser(
        "livepdf",
        help="rebuild the PDF of the project in DIR (default: here) on every save",
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
            help="the language of the labels sphinx_cv writes (dates, durations)",
        )
        command.add_argument(
            "--force",
            action="store_true",
            help="write into a folder that is not empty, replacing its files",
        )
    return main


def main(argv: Sequence[str] | None = None) -> int:
    given = sys.argv[1:] if argv is None else list(argv)
    if given[:1] == ["livepdf"]:
        # A long-running watcher with its own options; loaded only when asked for.
        from sphinx_cv import livepdf  # noqa: PLC0415

        return livepdf.main(given[1:])
    arguments = parser().parse_args(given)
    try:
        cv = read_cv(arguments)
        project = files(cv, language=arguments.language, version=__version__)
        write(project, arguments.directory, force=arguments.force)
    except (UsageError, ResumeError) as error:
        sys.stderr.write(f"sphinx-cv: {error}\n")
        return BAD_INPUT
    for note in cv.notes:
        sys.stderr.write(f"sphinx-cv: warning: {note}\n")
    sys.stdout.write(
        f"The CV project is in {arguments.directory}: cd there and run make html.\n"
    )
    return 0


def read_cv(arguments: argparse.Namespace) -> ImportedCV:
    name = " ".join(arguments.name.split())
    if arguments.command == "import":
        return read_resume(load(arguments.resume), name=name)
    if not name:
        message = "--name: a CV needs a name"
        raise UsageError(message)
    return example(name)


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
    for relative, text in project.items():
        target = directory / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    sys.exit(main())
