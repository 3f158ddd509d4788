"""The CV as a JSON Resume (schema 1.3.1): plain data from the records.

No docutils here: the Sphinx layer (``sphinx_cv/jsonresume.py``) reads each
role's text from its page and hands it in as plain strings. Keys the schema does
not have start with ``x-``, which it allows.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

from .aggregate import by_category, newest_first

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from .aggregate import SkillUsage
    from .records import AwardRecord, EducationRecord, ProjectRecord, RoleRecord

SCHEMA = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"
PRESENT = "present"


@dataclasses.dataclass(frozen=True)
class RoleText:
    """What a role's page says, as plain text: its first paragraph and bullets."""

    summary: str = ""
    highlights: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True)
class Facts:
    """The facts a CV's prose marks, beside its roles and skills."""

    summary: str = ""
    education: tuple[EducationRecord, ...] = ()
    projects: tuple[ProjectRecord, ...] = ()
    awards: tuple[AwardRecord, ...] = ()


def without_empty(mapping: dict[str, Any]) -> dict[str, Any]:
    """JSON Resume themes show a key that is there: leave out the empty ones.

    Zero and False are figures, and stay.
    """
    return {
        key: value
        for key, value in mapping.items()
        if value is not None and value not in ("", [], {})
    }


PROFILE_FIELDS = ("network", "username", "url")


def profiles(person: Mapping[str, Any]) -> list[dict[str, str]]:
    """The person's profiles, each in one order and without empty fields.

    ``core/person.py`` has kept only profiles of text with a web or mail link.
    """
    return [
        {field: profile[field] for field in PROFILE_FIELDS if profile.get(field)}
        for profile in person.get("profiles", [])
    ]


def basics(person: Mapping[str, Any], summary: str) -> dict[str, Any]:
    """The person and the summary, as JSON Resume's ``basics``.

    ``person`` is ``cv_person`` as ``core/person.py`` checked it: text, and only a
    web or mail link for a URL.
    """
    location = person.get("location")
    return without_empty(
        {
            "name": person.get("name"),
            "label": person.get("headline"),
            "email": person.get("email"),
            "url": person.get("url"),
            "summary": summary,
            "location": {"address": location} if location else {},
            "profiles": profiles(person),
        }
    )


def work(role: RoleRecord, text: RoleText) -> dict[str, Any]:
    return without_empty(
        {
            "name": role.org,
            "position": role.title,
            "url": role.url,
            "location": role.location,
            "startDate": role.period.start.isoformat(),
            # A current role has no end: the schema's way of saying "present".
            "endDate": role.period.end.isoformat() if role.period.end else "",
            "summary": text.summary,
            "highlights": list(text.highlights),
            "x-skills": list(role.skills),
        }
    )


def skill_figures(usage: SkillUsage) -> dict[str, Any]:
    if usage.in_current_use:
        last_used = PRESENT
    elif usage.last_used is not None:
        last_used = f"{usage.last_used.year:04d}-{usage.last_used.month:02d}"
    else:
        last_used = ""
    return without_empty(
        {
            "name": usage.name,
            "x-years": usage.whole_years,
            "x-lastUsed": last_used,
            "x-current": usage.in_current_use,
        }
    )


def json_resume(
    *,
    person: Mapping[str, Any],
    roles: Mapping[RoleRecord, RoleText],
    usages: list[SkillUsage],
    facts: Facts,
    today: datetime.date,
) -> dict[str, Any]:
    """The whole document; ``roles`` maps each role to what its page says."""
    return without_empty(
        {
            "$schema": SCHEMA,
            "basics": basics(person, facts.summary),
            "work": [work(role, roles[role]) for role in newest_first(roles)],
            "education": [
                without_empty(
                    {
                        "institution": record.institution,
                        "url": record.url,
                        "area": record.area,
                        "studyType": record.study_type,
                        "score": record.score,
                        "x-location": record.location,
                    }
                )
                for record in facts.education
            ],
            "awards": [
                without_empty(
                    {
                        "title": record.title,
                        "awarder": record.awarder,
                        "summary": record.summary,
                    }
                )
                for record in facts.awards
            ],
            "projects": [
                without_empty(
                    {
                        "name": record.name,
                        "url": record.url,
                        "description": record.description,
                    }
                )
                for record in facts.projects
            ],
            "skills": [
                {
                    "name": category,
                    "keywords": [usage.name for usage in members],
                    "x-skills": [skill_figures(usage) for usage in members],
                }
                for category, members in by_category(usages)
            ],
            "meta": {"lastModified": today.isoformat()},
        }
    )
