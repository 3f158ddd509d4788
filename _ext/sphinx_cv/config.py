"""The ``cv_*`` configuration values, checked once the configuration is read."""

from __future__ import annotations

import datetime
import os
from typing import TYPE_CHECKING, Literal

from sphinx_cv.core.dates import DateError, epoch_date, parse_date
from sphinx_cv.core.messages import described
from sphinx_cv.core.person import checked_person
from sphinx_cv.diagnostics import Problem, warn

if TYPE_CHECKING:
    from collections.abc import MutableMapping

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
        "The CV's person: name, headline, url, profiles, email, location.",
    ),
    ("cv_pdf", "", "html", "The built PDF the site offers, relative to conf.py."),
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


def register(app: Sphinx) -> None:
    for name, default, rebuild, description in VALUES:
        app.add_config_value(
            name,
            default,
            rebuild,
            types=frozenset({type(default)}),
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
    return bool((config.cv_person or {}).get("name"))


def today(config: Config) -> datetime.date:
    return datetime.date.fromisoformat(config.cv_today)
