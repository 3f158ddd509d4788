"""The CV as schema.org JSON-LD: a ``ProfilePage`` about a ``Person``.

Plain data from the records, as for JSON Resume (``core/jsonresume.py``); the
Sphinx layer (``outputs/html/jsonld.py``) puts it in each HTML page's head: the
whole ``Person`` on one page, a ``reference`` to its ``@id`` on every other. Nothing
here is escaped for HTML: ``script_text`` does that, last, for the one place the
data is written.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from sphinx_cv.core.aggregate import newest_first
from sphinx_cv.core.person import profile_dicts
from sphinx_cv.core.plain_data import without_empty

if TYPE_CHECKING:
    import datetime
    from collections.abc import Iterable

    from sphinx_cv.core.aggregate import SkillUsage
    from sphinx_cv.core.person import Person
    from sphinx_cv.core.records import Facts, RoleRecord

CONTEXT = "https://schema.org"

# What could end a <script> element or open markup in it: "</script>", "<!--",
# "]]>", and "&" for XHTML. JSON's own escapes read back as the same characters.
SCRIPT_ESCAPES = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})
# Every script's characters as they are, not as \u escapes.
UNICODE_JSON = json.JSONEncoder(ensure_ascii=False)


def occupation(role: RoleRecord) -> dict[str, Any]:
    """schema.org's Role pattern: the dates of a person's time at an organisation."""
    organisation = without_empty(
        {
            "@type": "Organization",
            "name": role.org,
            "url": role.url,
            "location": role.location,
        }
    )
    return without_empty(
        {
            "@type": "Role",
            "roleName": role.title,
            "startDate": role.period.start.isoformat(),
            # Left out while current, as schema.org reads an open Role.
            "endDate": role.period.end.isoformat() if role.period.end else "",
            "worksFor": organisation,
        }
    )


def person(
    details: Person,
    *,
    roles: Iterable[RoleRecord],
    usages: Iterable[SkillUsage],
    facts: Facts,
    site_url: str,
) -> dict[str, Any]:
    """The person of ``details``, the roles and the facts, as schema.org reads them.

    ``details`` is the person as the site may show them: no private field.
    """
    return without_empty(
        {
            "@type": "Person",
            "name": details.name,
            "description": details.headline,
            "url": details.url or site_url,
            "email": details.email,
            "telephone": details.phone,
            "address": details.location,
            "sameAs": [profile["url"] for profile in profile_dicts(details)],
            "hasOccupation": [occupation(role) for role in newest_first(roles)],
            "alumniOf": [
                without_empty(
                    {
                        "@type": "CollegeOrUniversity",
                        "name": record.institution,
                        "url": record.url,
                    }
                )
                for record in facts.education
            ],
            "award": [record.title for record in facts.awards],
            "knowsAbout": [usage.name for usage in usages],
        }
    )


def identified(about: dict[str, Any], identifier: str) -> dict[str, Any]:
    """The person with the ``@id`` by which other pages refer to them."""
    return {"@id": identifier, **about}


def reference(identifier: str) -> dict[str, Any]:
    """The person as a page other than theirs names them: by ``@id`` alone."""
    return {"@id": identifier}


def profile_page(
    *, about: dict[str, Any], page_url: str, today: datetime.date
) -> dict[str, Any]:
    return without_empty(
        {
            "@context": CONTEXT,
            "@type": "ProfilePage",
            "url": page_url,
            "dateModified": today.isoformat(),
            "mainEntity": about,
        }
    )


def script_text(data: dict[str, Any]) -> str:
    """JSON that no string in it can break out of a ``<script>`` element."""
    return UNICODE_JSON.encode(data).translate(SCRIPT_ESCAPES)
