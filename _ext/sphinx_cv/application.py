"""A build for one application: ``cv_application`` names its source file.

The source (``core/applications.py`` reads it) says which variant of the CV to
build: the headline and the pages are set in the configuration as it is read;
the roles and highlights to show, and the order of the skills' categories, are
applied by the views and ``directives/highlights.py``, which ask
``application_of``. The records stay whole: a skill's years count every role,
shown or not. A problem in the source warns ``cv.application`` at its line, and
the CV is built as it would be without it.
"""

from __future__ import annotations

import dataclasses
import functools
from pathlib import Path
from typing import TYPE_CHECKING

from sphinx_cv.core.applications import Application, ApplicationError, read_application
from sphinx_cv.core.names import name_key
from sphinx_cv.core.person import Person
from sphinx_cv.diagnostics import Problem, warn
from sphinx_cv.domain import cv_domain

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config
    from sphinx.environment import BuildEnvironment


def register(app: Sphinx) -> None:
    # After config.py's own checks (priority 500), which this builds on.
    app.connect("config-inited", apply_the_application, priority=600)
    app.connect("env-check-consistency", warn_of_tags_nothing_has)


def source_path(config: Config, srcdir: Path) -> Path | None:
    """The source's file: cv_application is relative to the source folder."""
    written = str(config.cv_application or "")
    return Path(srcdir, written) if written else None


def application_of(env: BuildEnvironment) -> Application | None:
    """The application this build is for; None for the CV itself, or a bad one."""
    path = source_path(env.config, env.srcdir)
    if path is None:
        return None
    try:
        return read(path)
    except (OSError, UnicodeDecodeError, ApplicationError):
        return None


def job_of(env: BuildEnvironment) -> str:
    """The job's description: pasted in the source, or in the file it names.

    That file is beside the source. "" if there is none, or it cannot be read,
    which was warned of as the configuration was read.
    """
    application = application_of(env)
    path = source_path(env.config, env.srcdir)
    if application is None or path is None:
        return ""
    if not application.job_file:
        return application.job
    try:
        return (path.parent / application.job_file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""


def read(path: Path) -> Application:
    return parsed(path.read_text(encoding="utf-8"), path.stem)


@functools.lru_cache(maxsize=8)
def parsed(text: str, name: str) -> Application:
    return read_application(text, name)


def apply_the_application(app: Sphinx, config: Config) -> None:
    """Warns of a source that cannot be used; sets its headline and pages."""
    path = source_path(config, app.srcdir)
    if path is None:
        return
    try:
        application = read(path)
    except OSError as error:
        warn(
            Problem.APPLICATION,
            f"cv_application: cannot be read: {error.strerror or error}",
            f"{path}:0",
        )
        return
    except UnicodeDecodeError as error:
        warn(Problem.APPLICATION, f"not UTF-8 text: {error.reason}", f"{path}:0")
        return
    except ApplicationError as error:
        for line, problem in error.problems:
            warn(Problem.APPLICATION, problem, f"{path}:{line}")
        return
    if application.job_file:
        job = path.parent / application.job_file
        try:
            job.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            cause = getattr(error, "strerror", None) or error
            warn(
                Problem.APPLICATION,
                f"job-file: {job.name} cannot be read: {cause}",
                f"{path}:{application.lines.get('job-file', 1)}",
            )
    variant = application.variant
    # config.py has made cv_person a Person by now, or None without a name.
    if variant.headline and isinstance(config.cv_person, Person):
        config.cv_person = dataclasses.replace(
            config.cv_person, headline=variant.headline
        )
    if variant.pages is not None:
        config.cv_page_limit = variant.pages


def warn_of_tags_nothing_has(app: Sphinx, env: BuildEnvironment) -> None:
    """A tag the variant asks for that no role or highlight has selects nothing."""
    del app
    application = application_of(env)
    path = source_path(env.config, env.srcdir)
    if application is None or path is None:
        return
    domain = cv_domain(env)
    known = {name_key(tag) for role in domain.all_roles() for tag in role.tags}
    known |= {name_key(tag) for tag in domain.all_highlight_tags()}
    variant = application.variant
    for field, tags in (("tags", variant.tags), ("leave-out", variant.leave_out)):
        for tag in tags:
            if name_key(tag) not in known:
                warn(
                    Problem.EMPTY_VIEW,
                    f"{field}: no role or highlight has the tag {tag!r}",
                    f"{path}:{application.lines.get(field, 1)}",
                )
    categories = {name_key(skill.category) for skill in domain.all_skill_declarations()}
    for category in variant.skills_first:
        if name_key(category) not in categories:
            warn(
                Problem.EMPTY_VIEW,
                f"skills-first: no skill has the category {category!r}",
                f"{path}:{application.lines.get('skills-first', 1)}",
            )
