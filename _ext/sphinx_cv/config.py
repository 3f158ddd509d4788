"""The ``cv_*`` configuration values, checked once the configuration is read."""

from __future__ import annotations

import dataclasses
import datetime
import os
import types
from typing import TYPE_CHECKING, Literal

from sphinx_cv.core.dates import DateError, epoch_date, parse_date
from sphinx_cv.core.designs import DEFAULT_DESIGN, DESIGNS, Design, design_named
from sphinx_cv.core.messages import described
from sphinx_cv.core.person import Person, checked_person
from sphinx_cv.diagnostics import Problem, warn

if TYPE_CHECKING:
    from collections.abc import Mapping, MutableMapping
    from pathlib import Path

    from sphinx.application import Sphinx
    from sphinx.config import Config


EPOCH = "SOURCE_DATE_EPOCH"


def default_today() -> datetime.date:
    """SOURCE_DATE_EPOCH makes builds reproducible; otherwise, today."""
    try:
        return epoch_date(os.environ.get(EPOCH, ""))
    except DateError:
        return datetime.datetime.now(tz=datetime.UTC).date()


# name, default, what a change rebuilds, and what it is
VALUES: tuple[tuple[str, object, Literal["env", "html", ""], str], ...] = (
    ("cv_today", "", "env", "ISO date that is 'now' for durations and 'present'."),
    (
        "cv_person",
        {},
        "env",
        (
            "The CV's person: name, headline, email, phone, location, url, profiles, "
            "and which contact details are private."
        ),
    ),
    (
        "cv_public",
        False,
        "env",
        "Every output is for publishing: private contact details left out.",
    ),
    ("cv_pdf", "", "html", "The built PDF the site offers, relative to conf.py."),
    (
        "cv_design",
        "classic",
        "env",
        "The PDF's and the Word document's design: 'classic' or 'modern'.",
    ),
    (
        "cv_translations",
        {},
        "html",
        (
            "Each language's site, once its translation is complete, by language: "
            "{'de': 'https://example.org/de/'}. Each page links to its own in them."
        ),
    ),
    (
        "cv_application",
        "",
        "env",
        (
            "An application's source, relative to conf.py: the build is the CV "
            "that application sends (sphinx-cv application)."
        ),
    ),
    (
        "cv_letter",
        False,
        "env",
        "With cv_application: the build is that application's cover letter.",
    ),
    (
        "cv_make_pdf",
        False,
        "",
        "A LaTeX build also makes the PDF, with one pass of latex_engine.",
    ),
    (
        "cv_page_limit",
        2,
        "",
        "The pages the PDF may run to: more warns cv.page-fit (0: any number).",
    ),
)
DEFAULT_PAGE_LIMIT = 2
MOST_PAGES = 10_000  # TeX's numbers stop at 2**31 - 1; no CV comes near this


# cv_person is checked once into a Person (or None, for no usable name), which
# is what every output reads.
CHECKED_TYPES: dict[str, frozenset[type]] = {
    "cv_person": frozenset({dict, Person, type(None)})
}


def register(app: Sphinx) -> None:
    for name, default, rebuild, description in VALUES:
        app.add_config_value(
            name,
            default,
            rebuild,
            types=CHECKED_TYPES.get(name, frozenset({type(default)})),
            description=description,
        )
    app.connect("config-inited", check_config)


def check_config(app: Sphinx, config: Config) -> None:
    """Warn of each unusable value, and put a usable one in its place.

    This runs before Sphinx checks the values' types, so its warnings are the
    only ones.
    """
    conf_py = app.confdir / "conf.py"
    check_epoch(os.environ, f"{conf_py}:cv_today")
    config.cv_today = resolve_today(config.cv_today, f"{conf_py}:cv_today").isoformat()
    config.cv_person, problems = checked_person(config.cv_person)
    for problem in problems:
        warn(Problem.CONFIG, problem, f"{conf_py}:cv_person")
    if not isinstance(config.cv_public, bool):
        warn(
            Problem.CONFIG,
            f"{described(config.cv_public)} is not True or False: private contact "
            "details are left out of every output",
            f"{conf_py}:cv_public",
        )
        config.cv_public = True
    if not isinstance(config.cv_pdf, str):
        warn(
            Problem.CONFIG,
            f"{described(config.cv_pdf)} is not text: write the PDF's path",
            f"{conf_py}:cv_pdf",
        )
        config.cv_pdf = ""
    limit = config.cv_page_limit
    if (
        isinstance(limit, bool)
        or not isinstance(limit, int)
        or not 0 <= limit <= MOST_PAGES
    ):
        warn(
            Problem.CONFIG,
            f"{described(limit)} is not a number of pages: write 0 for no limit",
            f"{conf_py}:cv_page_limit",
        )
        config.cv_page_limit = DEFAULT_PAGE_LIMIT
    if config.cv_design not in DESIGNS:
        warn(
            Problem.CONFIG,
            f"{described(config.cv_design)} is no design: write one of "
            f"{', '.join(map(repr, DESIGNS))}; the PDF is {DEFAULT_DESIGN}",
            f"{conf_py}:cv_design",
        )
        config.cv_design = DEFAULT_DESIGN
    config.cv_translations = checked_translations(
        config.cv_translations, f"{conf_py}:cv_translations"
    )


def checked_translations(value: object, location: str) -> dict[str, str]:
    """The sites of ``cv_translations`` that are a language's name and a web URL."""
    if not isinstance(value, dict):
        warn(Problem.CONFIG, f"{described(value)} is not a dict", location)
        return {}
    sites: dict[str, str] = {}
    for language, url in value.items():
        if isinstance(language, str) and isinstance(url, str) and "//" in url:
            sites[language] = url if url.endswith("/") else f"{url}/"
        else:
            warn(
                Problem.CONFIG,
                f"{described(language)}: {described(url)} is not a language and "
                "the URL of its site ('de': 'https://example.org/de/')",
                location,
            )
    return sites


def check_epoch(environ: MutableMapping[str, str], location: str) -> None:
    """Warn of a SOURCE_DATE_EPOCH that names no date, and unset it.

    Sphinx's own handlers read it too (the copyright year), and stop on one that
    is not a number: unset, every reader falls back to today alike.
    """
    epoch = environ.get(EPOCH)
    if epoch is None:
        return
    if epoch.strip():
        try:
            epoch_date(epoch)
        except DateError as error:
            warn(Problem.CONFIG, f"{EPOCH} {error}: it is ignored", location)
        else:
            return
    del environ[EPOCH]


def resolve_today(text: object, location: str) -> datetime.date:
    if not text:
        return default_today()
    if not isinstance(text, str):
        warn(
            Problem.CONFIG,
            f'{described(text)} is not text: write "YYYY-MM-DD"',
            location,
        )
        return default_today()
    try:
        date = parse_date(text)
    except DateError as error:
        warn(Problem.CONFIG, str(error), location)
        return default_today()
    if date.day is None:
        warn(Problem.CONFIG, f"{text!r} needs a day: YYYY-MM-DD", location)
    return date.earliest


def names_the_person(config: Config) -> bool:
    """Whether ``cv_person`` names the CV's person (checked: text, not blank)."""
    return the_person(config) is not None


def the_person(config: Config) -> Person | None:
    """The person as ``check_config`` checked them, before any builder's rule."""
    return cv_config(config).person


# Where a site is built: Read the Docs sets this for every build it runs, the PDF
# it offers included.
READTHEDOCS = "READTHEDOCS"
# The builders of what a site publishes: its pages (and their search index,
# structured data and downloads), and resume.json, which people publish as is.
PUBLISHED_FORMATS = frozenset({"html", "json"})


def is_published(config: Config, builder_format: str) -> bool:
    """Whether this build's output is for the public, so no private field in it."""
    return (
        cv_config(config).public
        or os.environ.get(READTHEDOCS) == "True"
        or builder_format in PUBLISHED_FORMATS
    )


def shows_private_fields(config: Config, builder_format: str) -> bool:
    """Whether this build's output holds a private value of the person's."""
    person = the_person(config)
    return (
        person is not None
        and bool(person.private_values())
        and not is_published(config, builder_format)
    )


def public_mark(pdf: Path) -> Path:
    """The file beside a PDF that says it holds no private field.

    The PDF build writes it, or removes it; a site offers a PDF of a person with
    private fields only where it is, so a PDF built to be sent never goes online.
    """
    return pdf.with_name(pdf.name + ".public")


def person_shown(config: Config, builder_format: str) -> Person | None:
    """The person as a builder may show them: published, without private fields."""
    person = the_person(config)
    if person is None or not is_published(config, builder_format):
        return person
    return person.published()


def today(config: Config) -> datetime.date:
    return cv_config(config).today


@dataclasses.dataclass(frozen=True)
class CVConfig:
    """The ``cv_*`` values as ``check_config`` left them, each of its own type.

    Checked once, as Sphinx reads ``conf.py`` (an application's build then sets
    its headline and pages: ``application.py``); read through ``cv_config``,
    which every module does rather than ``config.cv_…`` itself.
    """

    today: datetime.date
    person: Person | None  # None: no usable name
    public: bool
    pdf: str
    design: Design
    translations: Mapping[str, str]
    application: str
    letter: bool
    make_pdf: bool
    page_limit: int  # 0: any number of pages


def cv_config(config: Config) -> CVConfig:
    """The checked ``cv_*`` values of ``config``, typed."""
    person = config.cv_person
    return CVConfig(
        today=datetime.date.fromisoformat(config.cv_today),
        person=person if isinstance(person, Person) else None,
        public=bool(config.cv_public),
        pdf=str(config.cv_pdf),
        design=design_named(config.cv_design),
        translations=types.MappingProxyType(dict(config.cv_translations)),
        application=str(config.cv_application or ""),
        letter=bool(config.cv_letter),
        make_pdf=bool(config.cv_make_pdf),
        page_limit=int(config.cv_page_limit),
    )
