"""The CV as a JSON Resume: plain data from the records, valid against schema 1.3.1.

No docutils here: the Sphinx layer (``outputs/jsonresume``) reads each role's text
from its page and hands it in as plain strings. Keys the schema does not have
start with ``x-``, which it allows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sphinx_cv.core.aggregate import by_category, newest_first
from sphinx_cv.core.person import profile_dicts
from sphinx_cv.core.plain_data import without_empty

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping, Sequence

    from sphinx_cv.core.aggregate import SkillUsage
    from sphinx_cv.core.person import Person
    from sphinx_cv.core.records import Facts, RoleRecord, RoleText

# "$schema" names resume-schema's v1.0.0 tag, as every resume.json this extension
# has written does; the document is checked against schema 1.3.1 (tests/data/).
SCHEMA = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"
PRESENT = "present"


def basics(person: Person | None, summary: str) -> dict[str, Any]:
    """The person and the summary, as JSON Resume's ``basics``.

    ``person`` is as ``resume.json`` may show them: without private fields.
    """
    if person is None:
        return without_empty({"summary": summary})
    return without_empty(
        {
            "name": person.name,
            "label": person.headline,
            "email": person.email,
            "phone": person.phone,
            "url": person.url,
            "summary": summary,
            "location": {"address": person.location} if person.location else {},
            "profiles": list(profile_dicts(person)),
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
        # without_empty leaves out None as it does "".
        last_used = ""  # pragma: no mutate
    return without_empty(
        {
            "name": usage.name,
            "x-years": usage.whole_years,
            "x-lastUsed": last_used,
            "x-current": usage.in_current_use,
        }
    )


def shared_level(members: Sequence[SkillUsage]) -> str:
    """JSON Resume gives a level to a group of skills: theirs, if they all share one."""
    levels = {
        usage.declaration.level if usage.declaration is not None else ""
        for usage in members
    }
    return levels.pop() if len(levels) == 1 else ""


def json_resume(
    *,
    person: Person | None,
    roles: Mapping[RoleRecord, RoleText],
    usages: Sequence[SkillUsage],
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
                        "startDate": record.start.isoformat() if record.start else "",
                        "endDate": record.end.isoformat() if record.end else "",
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
                    **({"level": level} if (level := shared_level(members)) else {}),
                    "keywords": [usage.name for usage in members],
                    "x-skills": [skill_figures(usage) for usage in members],
                }
                for category, members in by_category(usages)
            ],
            "meta": {"lastModified": today.isoformat()},
        }
    )
