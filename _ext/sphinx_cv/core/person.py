"""``cv_person`` checked: the person as the outputs read it, and what was wrong."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sphinx_cv.core.messages import described
from sphinx_cv.core.urls import is_safe_url

if TYPE_CHECKING:
    from collections.abc import Mapping

PERSON_KEYS = frozenset({"name", "headline", "url", "profiles", "email", "location"})
PROFILE_KEYS = frozenset({"network", "username", "url"})
TEXT_KEYS = ("name", "headline", "email", "location")
NOT_A_LINK = "must be an http, https or mailto link"


def checked_person(person: object) -> tuple[dict[str, Any], list[str]]:
    """The person with every unusable entry left out, and a message for each.

    Every output reads the result, so none of them meets a number where it
    expects text, or a ``javascript:`` link.
    """
    if not isinstance(person, dict):
        keys = ", ".join(sorted(PERSON_KEYS))
        return {}, [f"must be a dict of {keys}, not {described(person)}"]
    if not person:
        return {}, []
    # Keys may be of any type, which sort together only as text.
    problems = [
        f"unknown key {name}"
        for name in sorted(described(key) for key in set(person) - PERSON_KEYS)
    ]
    kept = checked_texts(person, problems)
    if "url" in person:
        url = person["url"]
        if isinstance(url, str) and is_safe_url(url):
            kept["url"] = url
        else:
            problems.append(f"'url' {NOT_A_LINK}: {described(url)}")
    if "profiles" in person:
        kept["profiles"], profile_problems = checked_profiles(person["profiles"])
        problems += profile_problems
    return kept, problems


def checked_texts(person: dict[str, Any], problems: list[str]) -> dict[str, Any]:
    """The entries that are text; the name must be there, and not blank."""
    kept = {
        key: person[key]
        for key in TEXT_KEYS
        if isinstance(person.get(key), str) and person[key].strip()
    }
    if "name" not in kept:
        problems.append("'name' must be a non-empty string")
    problems += [
        f"{key!r} must be a string"
        for key in TEXT_KEYS
        if key != "name" and key in person and key not in kept
    ]
    return kept


def checked_profiles(profiles: object) -> tuple[list[dict[str, str]], list[str]]:
    shape = "'profiles' must be a list of {network, username, url} of strings"
    if not isinstance(profiles, list):
        return [], [shape]
    kept, problems = [], []
    for profile in profiles:
        if not (
            isinstance(profile, dict)
            and set(profile) <= PROFILE_KEYS
            and all(isinstance(value, str) for value in profile.values())
        ):
            problems.append(f"{shape}: {described(profile)}")
            continue
        url = profile.get("url", "")
        if is_safe_url(url):
            kept.append(profile)
        else:
            problems.append(f"a profile's 'url' {NOT_A_LINK}: {described(url)}")
    return kept, problems


PROFILE_FIELDS = ("network", "username", "url")


def profiles(person: Mapping[str, Any]) -> list[dict[str, str]]:
    """The person's profiles, each in one order and without empty fields.

    ``checked_person`` has kept only profiles of text with a web or mail link.
    """
    return [
        {field: profile[field] for field in PROFILE_FIELDS if profile.get(field)}
        for profile in person.get("profiles", [])
    ]
