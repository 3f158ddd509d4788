"""``cv_person`` checked once into a ``Person``: what every output reads.

The person's contact details (email, phone, location, web site) are what a
recruiter replies to, so every document shows them. Any of them may be marked
private (``"private": ["phone"]``, the default): a private field reaches the
documents sent to someone (the PDFs, Word, the text), never what the site
publishes. ``Person.published`` is the one place that rule is applied.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from sphinx_cv.core.messages import described
from sphinx_cv.core.urls import display_url, is_safe_url

if TYPE_CHECKING:
    from collections.abc import Iterator

PROFILE_KEYS = frozenset({"network", "username", "url"})
TEXT_KEYS = ("name", "headline", "email", "phone", "location")
# The details a CV's header shows under the headline, in this order.
CONTACT_FIELDS = ("email", "phone", "location", "url")
# A phone number reaches a public site only when its author asks: a recruiter who
# has the CV has the number, a scraper of the site does not.
PRIVATE_BY_DEFAULT = frozenset({"phone"})
PERSON_KEYS = frozenset({*TEXT_KEYS, "url", "profiles", "private"})
NOT_A_LINK = "must be an http, https or mailto link"
# An address a mail program can write to: one @, no spaces, a dot after the @.
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
# What a phone number may hold besides digits, as people write them.
PHONE = re.compile(r"\+?[\d\s().\-/]*\d[\d\s().\-/]*(?:(?:ext\.?|x)\s*\d+)?")


@dataclasses.dataclass(frozen=True)
class Profile:
    """A profile on another site: a web or mail link, with its network and name."""

    url: str
    network: str = ""
    username: str = ""


@dataclasses.dataclass(frozen=True)
class Contact:
    """One contact detail as a header shows it: its text, and its link or ""."""

    field: str
    shown: str
    url: str


@dataclasses.dataclass(frozen=True)
class Person:
    """The CV's person: every value text, every link a web, mail or tel link."""

    name: str
    headline: str = ""
    email: str = ""
    phone: str = ""
    location: str = ""
    url: str = ""
    profiles: tuple[Profile, ...] = ()
    # Which of CONTACT_FIELDS stay off anything the site publishes.
    private: frozenset[str] = PRIVATE_BY_DEFAULT

    def published(self) -> Person:
        """The person as a public site may show them: private fields left out."""

        def public(field: str) -> str:
            return "" if field in self.private else str(getattr(self, field))

        return dataclasses.replace(
            self,
            email=public("email"),
            phone=public("phone"),
            location=public("location"),
            url=public("url"),
            private=frozenset(),
        )

    def private_values(self) -> list[str]:
        """The values a public site must never hold, for a check to look for."""
        return [
            value for field in sorted(self.private) if (value := getattr(self, field))
        ]

    def contacts(self) -> list[Contact]:
        """The contact details there are, in a header's order, each with its link."""
        links = {
            "email": f"mailto:{self.email}",
            "phone": tel_uri(self.phone),
            "location": "",
            "url": self.url,
        }
        shown = {"url": display_url(self.url)}
        return [
            Contact(field, shown.get(field, value), links[field])
            for field in CONTACT_FIELDS
            if (value := getattr(self, field))
        ]


def tel_uri(phone: str) -> str:
    """RFC 3966's ``tel:`` link: the number's digits, and a leading +.

    An extension ("x12", "ext. 12", "Ext 12") is left out: each is written with
    an x, in either case.
    """
    number = phone.casefold().partition("x")[0]
    digits = re.sub(r"[^\d+]", "", number)
    return f"tel:{digits}"


def checked_person(person: object) -> tuple[Person | None, list[str]]:
    """The person with every unusable entry left out, and a message for each.

    Every output reads the result, so none of them meets a number where it
    expects text, or a ``javascript:`` link. Without a usable name there is no
    person (None): no header, no structured data.
    """
    if not isinstance(person, dict):
        keys = ", ".join(sorted(PERSON_KEYS))
        return None, [f"must be a dict of {keys}, not {described(person)}"]
    if not person:
        return None, []
    # Keys may be of any type, which sort together only as text.
    problems = [
        f"unknown key {name}"
        for name in sorted(described(key) for key in set(person) - PERSON_KEYS)
    ]
    texts = checked_texts(person, problems)
    url = ""
    if "url" in person:
        given = person["url"]
        if isinstance(given, str) and is_safe_url(given):
            url = given
        else:
            problems.append(f"'url' {NOT_A_LINK}: {described(given)}")
    profiles: tuple[Profile, ...] = ()
    if "profiles" in person:
        profiles, profile_problems = checked_profiles(person["profiles"])
        problems += profile_problems
    private = checked_private(person.get("private"), problems)
    if "name" not in texts:
        return None, problems
    return (
        Person(**texts, url=url, profiles=profiles, private=private),
        problems,
    )


def checked_texts(person: dict[object, object], problems: list[str]) -> dict[str, str]:
    """The entries that are text, each on one line; the name must be there."""
    kept = {
        key: " ".join(value.split())
        for key in TEXT_KEYS
        if isinstance(value := person.get(key), str) and value.strip()
    }
    if "name" not in kept:
        problems.append("'name' must be a non-empty string")
    problems += [
        f"{key!r} must be a string"
        for key in TEXT_KEYS
        if key != "name" and key in person and key not in kept
    ]
    if "email" in kept and not EMAIL.fullmatch(kept["email"]):
        problems.append(
            f"'email' must be an address, as ada@example.org: {kept.pop('email')!r}"
        )
    if "phone" in kept and not PHONE.fullmatch(kept["phone"]):
        problems.append(
            f"'phone' must be a number, as +44 20 7946 0000: {kept.pop('phone')!r}"
        )
    return kept


def checked_private(value: object, problems: list[str]) -> frozenset[str]:
    """Which contact fields are private: the default, unless the author says."""
    if value is None:
        return PRIVATE_BY_DEFAULT
    fields = ", ".join(CONTACT_FIELDS)
    if not isinstance(value, (list, tuple, set, frozenset)) or not all(
        isinstance(field, str) and field in CONTACT_FIELDS for field in value
    ):
        # Unsure what the author meant: keep every contact detail private.
        problems.append(
            f"'private' must be a list of {fields}, not {described(value)}: "
            "every one of them is kept private"
        )
        return frozenset(CONTACT_FIELDS)
    return frozenset(value)


def checked_profiles(profiles: object) -> tuple[tuple[Profile, ...], list[str]]:
    shape = "'profiles' must be a list of {network, username, url} of strings"
    if not isinstance(profiles, list):
        return (), [shape]
    kept: list[Profile] = []
    problems: list[str] = []
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
            kept.append(
                Profile(
                    url=url,
                    network=profile.get("network", ""),
                    username=profile.get("username", ""),
                )
            )
        else:
            problems.append(f"a profile's 'url' {NOT_A_LINK}: {described(url)}")
    return tuple(kept), problems


def profile_dicts(person: Person) -> Iterator[dict[str, str]]:
    """Each profile as JSON Resume and schema.org read it: no empty fields."""
    for profile in person.profiles:
        yield {
            field: value
            for field in ("network", "username", "url")
            if (value := getattr(profile, field))
        }
