"""The ``cv_*`` configuration values, checked once the configuration is read."""

from __future__ import annotations

import datetime
import os
from typing import TYPE_CHECKING, Literal

from sphinx_cv.core.dates import DateError, parse_date
from sphinx_cv.core.fields import whole_number
from sphinx_cv.core.person import checked_person
from sphinx_cv.diagnostics import Problem, warn

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config


def default_today() -> datetime.date:
    """SOURCE_DATE_EPOCH makes builds reproducible; otherwise, today."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    seconds = whole_number(epoch.strip()) if epoch else None
    if seconds is not None:
        return datetime.datetime.fromtimestamp(seconds, tz=datetime.UTC).date()
    return datetime.datetime.now(tz=datetime.UTC).date()


# name, default, what a change rebuilds, and what it is
VALUES: tuple[tuple[str, object, Literal["env", "html"], str], ...] = (
    ("cv_today", "", "env", "ISO date that is 'now' for durations and 'present'."),
    (
        "cv_person",
        {},
        "env",
        "The CV's person: name, headline, url, profiles, email, location.",
    ),
    ("cv_pdf", "", "html", "The built PDF the site offers, relative to conf.py."),
)


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
    conf_py = app.confdir / "conf.py"
    config.cv_today = resolve_today(config.cv_today, f"{conf_py}:cv_today").isoformat()
    config.cv_person, problems = checked_person(config.cv_person)
    for problem in problems:
        warn(Problem.CONFIG, problem, f"{conf_py}:cv_person")


def resolve_today(text: object, location: str) -> datetime.date:
    if not text:
        return default_today()
    if not isinstance(text, str):
        warn(Problem.CONFIG, f'{text!r} is not text: write "YYYY-MM-DD"', location)
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
