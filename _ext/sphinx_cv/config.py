"""The ``cv_*`` configuration values, checked once the configuration is read."""

from __future__ import annotations

import datetime
import os
from typing import TYPE_CHECKING, Any

from .core.dates import DateError, parse_date
from .diagnostics import Problem, warn

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config

PERSON_KEYS = frozenset({"name", "headline", "url", "profiles", "email", "location"})
PROFILE_KEYS = frozenset({"network", "username", "url"})


def default_today() -> datetime.date:
    """SOURCE_DATE_EPOCH makes builds reproducible; otherwise, today."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        return datetime.datetime.fromtimestamp(int(epoch), tz=datetime.UTC).date()
    return datetime.datetime.now(tz=datetime.UTC).date()


def register(app: Sphinx) -> None:
    app.add_config_value(
        "cv_today",
        "",
        "env",
        types=frozenset({str}),
        description="ISO date that is 'now' for durations and 'present'.",
    )
    app.add_config_value(
        "cv_person",
        {},
        "env",
        types=frozenset({dict}),
        description="The CV's person: name, headline, url, profiles, email, location.",
    )
    app.connect("config-inited", check_config)


def check_config(app: Sphinx, config: Config) -> None:
    conf_py = app.confdir / "conf.py"
    config.cv_today = resolve_today(config.cv_today, f"{conf_py}:cv_today").isoformat()
    check_person(config.cv_person, f"{conf_py}:cv_person")


def resolve_today(text: str, location: str) -> datetime.date:
    if not text:
        return default_today()
    try:
        date = parse_date(text)
    except DateError as error:
        warn(Problem.CONFIG, str(error), location)
        return default_today()
    if date.day is None:
        warn(Problem.CONFIG, f"{text!r} needs a day: YYYY-MM-DD", location)
    return date.earliest


def check_person(person: dict[str, Any], location: str) -> None:
    if not person:
        return
    for key in sorted(set(person) - PERSON_KEYS):
        warn(Problem.CONFIG, f"unknown key {key!r}", location)
    if not isinstance(person.get("name"), str) or not person["name"].strip():
        warn(Problem.CONFIG, "'name' must be a non-empty string", location)
    profiles = person.get("profiles", [])
    if not isinstance(profiles, list) or not all(
        isinstance(profile, dict) and set(profile) <= PROFILE_KEYS
        for profile in profiles
    ):
        warn(
            Problem.CONFIG,
            "'profiles' must be a list of {network, username, url}",
            location,
        )


def today(config: Config) -> datetime.date:
    return datetime.date.fromisoformat(config.cv_today)
