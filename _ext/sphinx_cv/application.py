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

from babel.dates import format_date as babel_date
from docutils import nodes
from sphinx.transforms import SphinxTransform
from sphinx.util.matching import Matcher

from sphinx_cv.config import cv_config
from sphinx_cv.core.applications import Application, ApplicationError, read_application
from sphinx_cv.core.names import name_key
from sphinx_cv.diagnostics import Problem, warn
from sphinx_cv.i18n import _
from sphinx_cv.model.nodes import person_placeholder
from sphinx_cv.snapshot import cv_snapshot

if TYPE_CHECKING:
    import datetime

    from sphinx.application import Sphinx
    from sphinx.config import Config
    from sphinx.environment import BuildEnvironment


# Where a project keeps its applications: never part of its site.
FOLDER = "applications"


def register(app: Sphinx) -> None:
    # Registered after config.py and before the outputs: so this runs after
    # config.py's checks, which it builds on, and before the LaTeX layout reads
    # cv_page_limit.
    app.connect("config-inited", apply_the_application)
    app.connect("env-check-consistency", warn_of_tags_nothing_has)
    app.add_transform(LetterHead)


def source_path(config: Config, srcdir: Path) -> Path | None:
    """The source's file: cv_application is relative to the source folder."""
    written = cv_config(config).application
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
    """Warns of a source that cannot be used; sets its headline and pages.

    No build reads an application but its own letter's: the site never shows one.
    """
    path = source_path(config, app.srcdir)
    letter = letter_docname(config, app.srcdir)
    if f"{FOLDER}/**" not in config.exclude_patterns and letter is None:
        config.exclude_patterns = [*config.exclude_patterns, f"{FOLDER}/**"]
    if path is None:
        return
    application = checked(path)
    if application is None:
        return
    variant = application.variant
    # config.py has made cv_person a Person by now, or None without a name. The
    # letter's header is the CV's, headline too.
    person = cv_config(config).person
    if variant.headline and person is not None:
        config.cv_person = dataclasses.replace(person, headline=variant.headline)
    if letter is not None:
        write_the_letter(config, letter)
    elif variant.pages is not None:
        config.cv_page_limit = variant.pages


def checked(path: Path) -> Application | None:
    """The application, or None; each problem warned of at its line."""
    try:
        application = read(path)
    except OSError as error:
        warn(
            Problem.APPLICATION,
            f"cv_application: cannot be read: {error.strerror or error}",
            f"{path}:0",
        )
        return None
    except UnicodeDecodeError as error:
        warn(Problem.APPLICATION, f"not UTF-8 text: {error.reason}", f"{path}:0")
        return None
    except ApplicationError as error:
        for line, problem in error.problems:
            warn(Problem.APPLICATION, problem, f"{path}:{line}")
        return None
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
    return application


def warn_of_tags_nothing_has(app: Sphinx, env: BuildEnvironment) -> None:
    """A tag the variant asks for that no role or highlight has selects nothing."""
    del app
    application = application_of(env)
    path = source_path(env.config, env.srcdir)
    if application is None or path is None or cv_config(env.config).letter:
        return
    snapshot = cv_snapshot(env)
    known = {name_key(tag) for role in snapshot.roles for tag in role.tags}
    known |= {name_key(tag) for tag in snapshot.highlight_tags}
    variant = application.variant
    for field, tags in (("tags", variant.tags), ("leave-out", variant.leave_out)):
        for tag in tags:
            if name_key(tag) not in known:
                warn(
                    Problem.EMPTY_VIEW,
                    f"{field}: no role or highlight has the tag {tag!r}",
                    f"{path}:{application.lines.get(field, 1)}",
                )
    categories = {name_key(skill.category) for skill in snapshot.skill_declarations}
    for category in variant.skills_first:
        if name_key(category) not in categories:
            warn(
                Problem.EMPTY_VIEW,
                f"skills-first: no skill has the category {category!r}",
                f"{path}:{application.lines.get('skills-first', 1)}",
            )


# --- the cover letter ------------------------------------------------------------


def letter_docname(config: Config, srcdir: Path) -> str | None:
    """The application's document, in a build of its letter (cv_letter)."""
    path = source_path(config, srcdir)
    if path is None or not cv_config(config).letter:
        return None
    return path.relative_to(srcdir).with_suffix("").as_posix()


def write_the_letter(config: Config, docname: str) -> None:
    """The build writes the application's letter, on one page.

    Its root is the application's document, which no other build reads; its
    PDF and Word files are named as the CV's are, "-letter" for "-cv".
    """
    # Not the patterns that leave out the document or a folder it is in.
    parts = docname.split("/")
    paths = ["/".join(parts[:end]) for end in range(1, len(parts))]
    paths.append(f"{docname}.md")
    config.exclude_patterns = [
        pattern
        for pattern in config.exclude_patterns
        if not any(Matcher([pattern])(path) for path in paths)
    ]
    config.root_doc = docname
    cv_file = config.latex_documents[0][1] if config.latex_documents else "cv.tex"
    stem = Path(cv_file).stem.removesuffix("-cv") or "cv"
    author = config.latex_documents[0][3] if config.latex_documents else ""
    config.latex_documents = [(docname, f"{stem}-letter.tex", "", author, "howto")]
    config.cv_page_limit = 1
    # Only the letter is read: neither the CV's pages nor another application.
    config.include_patterns = [f"{docname}.*"]
    config.latex_elements = {
        **config.latex_elements,
        "preamble": config.latex_elements.get("preamble", "") + "\\cvletter\n",
    }


class LetterHead(SphinxTransform):
    """The letter begins as letters do.

    The CV's header, the date, the addressee, and the role it is about.
    """

    default_priority = 210

    def apply(self, **kwargs: object) -> None:
        del kwargs
        docname = self.env.current_document.docname
        if letter_docname(self.config, self.env.srcdir) != docname:
            return
        application = application_of(self.env)
        if application is None:
            return
        # The source's fields, which MyST shows, untitled, as a field list.
        first = self.document.children[0] if self.document.children else None
        if isinstance(first, nodes.docinfo | nodes.field_list):
            self.document.remove(first)
        head: list[nodes.Element] = [
            person_placeholder(docname=docname),
            nodes.paragraph("", addressed_to(application), classes=["cv-letter-to"]),
            nodes.paragraph(
                "",
                long_date(application.date, self.config.language),
                classes=["cv-letter-date"],
            ),
        ]
        if application.example:
            head.insert(
                1,
                nodes.paragraph(
                    "",
                    _("An example letter, never sent: it says only what the CV says."),
                    classes=["cv-letter-example"],
                ),
            )
        subject = nodes.paragraph(classes=["cv-letter-about"])
        subject += nodes.strong(application.role, application.role)
        head.append(subject)
        for node in head:
            node.source, node.line = self.document["source"], 1
        self.document[0:0] = head


def addressed_to(application: Application) -> str:
    """Whom the letter is to, in the order and punctuation of the CV's language."""
    if not application.addressee:
        return application.employer
    return _("{addressee}, {employer}").format(
        addressee=application.addressee, employer=application.employer
    )


def long_date(date: datetime.date, language: str | None) -> str:
    """The date in full (1 December 2026), in the CV's language."""
    try:
        return babel_date(date, format="long", locale=language or "en")
    except (ValueError, LookupError):
        return date.isoformat()
