"""A CV's records written as MyST pages: the markup a person would write by hand.

Each function returns one file's text. The records come from ``core/`` (an
imported JSON Resume, or the starter's example), so a page says exactly what the
records hold; ``markup`` makes every value arrive as text.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from sphinx_cv.core.aggregate import newest_first
from sphinx_cv.core.labels import mark
from sphinx_cv.core.resume_import import PRESENT, ROLES_FOLDER
from sphinx_cv.starter import markup

if TYPE_CHECKING:
    from collections.abc import Iterable

    from sphinx_cv.core.records import (
        AwardRecord,
        EducationRecord,
        ProjectRecord,
        SkillRecord,
    )
    from sphinx_cv.core.resume_import import ImportedCV, ImportedRole, Item, Prose
    from sphinx_cv.starter.words import Words

# cv.md, the PDF's root, includes these parts of the front page (index.md).
SUMMARY_FROM = "<!-- cv.md includes the summary from here -->"
SUMMARY_TO = "<!-- to here -->"
FACTS_FROM = "<!-- cv.md includes the rest from here -->"
FACTS_TO = "<!-- to here. -->"
# The headings and sentences the starter writes, in the project's language.
SUMMARY = mark("Summary")
EXPERIENCE = mark("Experience")
SKILLS = mark("Skills")
RECENT_ROLES = mark("Recent roles")
PROJECTS = mark("Projects")
AWARDS = mark("Awards")
EDUCATION = mark("Education")
NEWEST_FIRST = mark(
    "Newest first, with how long each lasted. Each entry links to the role's own page."
)
FROM_THE_ROLES = mark(
    'The years and "last used" of each skill come from the roles that name it.'
)
EVERY_ROLE = mark("Every role is under {experience}.")
UNCATEGORISED = SKILLS


FLAG = None  # an option given without a value, as ``:full:``


def directive(
    name: str,
    options: Iterable[tuple[str, str | None]] = (),
    body: Iterable[str] = (),
    argument: str = "",
) -> list[str]:
    """A colon-fenced directive; options left out when empty."""
    lines = [f":::{{cv:{name}}}" + (f" {argument}" if argument else "")]
    for key, value in options:
        if value is FLAG:
            lines.append(f":{key}:")
        elif value:
            lines.append(f":{key}: {markup.option(value)}")
    body_lines = list(body)
    if body_lines:
        lines += ["", *body_lines]
    return [*lines, ":::"]


def bullets(items: Iterable[str]) -> list[str]:
    return [f"- {markup.text(item)}" for item in items]


def role_page(role: ImportedRole) -> str:
    record, text = role.record, role.text
    end = record.period.end
    body = ([markup.text(text.summary), ""] if text.summary else []) + bullets(
        text.highlights
    )
    if body and not body[-1]:
        body.pop()
    lines = [
        f"# {markup.text(record.org)}",
        "",
        *directive(
            "role",
            [
                ("org", record.org),
                ("title", record.title),
                ("start", record.period.start.isoformat()),
                ("end", end.isoformat() if end else PRESENT),
                ("location", record.location),
                ("url", record.url),
                ("skills", ", ".join(record.skills)),
            ],
            body,
        ),
    ]
    return "\n".join(lines) + "\n"


def experience_index(roles: Iterable[ImportedRole], words: Words) -> str:
    pages = [
        role.record.source.docname.removeprefix(f"{ROLES_FOLDER}/")
        for role in newest_first_roles(roles)
    ]
    lines = [
        f"# {markup.text(words(EXPERIENCE))}",
        "",
        markup.text(words(NEWEST_FIRST)),
        "",
        ":::{cv:timeline}",
        ":::",
        "",
        "```{toctree}",
        ":hidden:",
        "",
        *pages,
        "```",
    ]
    return "\n".join(lines) + "\n"


def newest_first_roles(roles: Iterable[ImportedRole]) -> list[ImportedRole]:
    by_record = {role.record: role for role in roles}
    return [by_record[record] for record in newest_first(by_record)]


def skills_page(skills: Iterable[SkillRecord], words: Words) -> str:
    lines = [
        f"# {markup.text(words(SKILLS))}",
        "",
        markup.text(words(FROM_THE_ROLES)),
    ]
    categories = list(dict.fromkeys(skill.category for skill in skills))
    for category in categories:
        lines += ["", f"## {markup.text(category or words(UNCATEGORISED))}", ""]
        lines += directive("skills", [("category", category)])
        for skill in skills:
            if skill.category == category:
                declared = directive(
                    "skill",
                    [("category", skill.category), ("level", skill.level)],
                    argument=skill.name,
                )
                lines += ["", *declared]
    if not categories:
        lines += ["", *directive("skills")]
    return "\n".join(lines) + "\n"


def front_page(cv: ImportedCV, words: Words) -> str:
    """index.md: the person, the summary, recent roles and the facts."""
    name = cv.person["name"]
    lines = [f"# {markup.text(name)}", "", *directive("person"), ""]
    lines += [SUMMARY_FROM, ""]
    if cv.facts.summary:  # no heading over nothing
        paragraphs = [
            markup.text(paragraph) for paragraph in cv.facts.summary.split("\n\n")
        ]
        lines += [f"## {markup.text(words(SUMMARY))}", ""]
        lines += [*directive("summary", body=_between_blank_lines(paragraphs)), ""]
    lines += [SUMMARY_TO, ""]
    if cv.roles:
        lines += [f"## {markup.text(words(RECENT_ROLES))}", ""]
        lines += [*directive("timeline", [("limit", "3")]), ""]
        link = markup.link(words(EXPERIENCE), "experience/index.md")
        before, _, after = words(EVERY_ROLE).partition("{experience}")
        lines += [f"{markup.text(before)}{link}{markup.text(after)}", ""]
    lines += [FACTS_FROM, ""]
    lines += facts_sections(cv, words)
    lines += [FACTS_TO, "", "```{toctree}", ":hidden:", ""]
    lines += ["experience/index", "skills/index", "```"]
    return "\n".join(lines) + "\n"


def facts_sections(cv: ImportedCV, words: Words) -> list[str]:
    lines: list[str] = []
    if cv.facts.projects:
        lines += [f"## {markup.text(words(PROJECTS))}", ""]
        lines += _list_of(project(record) for record in cv.facts.projects)
    if cv.facts.awards:
        lines += [f"## {markup.text(words(AWARDS))}", ""]
        lines += _list_of(award(record) for record in cv.facts.awards)
    for section in cv.prose:
        lines += prose(section, words)
    if cv.facts.education:
        lines += [f"## {markup.text(words(EDUCATION))}", ""]
        for record in cv.facts.education:
            lines += [*education(record), ""]
    return lines


def _list_of(blocks: Iterable[list[str]]) -> list[str]:
    """Each block a bullet: the directive's lines indented under its ``- ``."""
    lines = []
    for block in blocks:
        lines += [f"- {block[0]}", *(f"  {line}" if line else "" for line in block[1:])]
    return [*lines, ""]


def _between_blank_lines(paragraphs: list[str]) -> list[str]:
    lines: list[str] = []
    for paragraph in paragraphs:
        if paragraph:
            lines += [*([""] if lines else []), paragraph]
    return lines


def project(record: ProjectRecord) -> list[str]:
    body = [markup.text(record.description)] if record.description else []
    return directive("project", [("name", record.name), ("url", record.url)], body)


def award(record: AwardRecord) -> list[str]:
    body = [markup.text(record.summary)] if record.summary else []
    return directive(
        "award", [("title", record.title), ("awarder", record.awarder)], body
    )


def education(record: EducationRecord) -> list[str]:
    return directive(
        "education",
        [
            ("institution", record.institution),
            ("location", record.location),
            ("study-type", record.study_type),
            ("score", record.score),
            ("area", record.area),
            ("url", record.url),
            ("start", record.start.isoformat() if record.start else ""),
            ("end", record.end.isoformat() if record.end else ""),
        ],
    )


def prose(section: Prose, words: Words) -> list[str]:
    lines = [f"## {markup.text(words(section.title))}", ""]
    for item in section.items:
        lines += [f"- {prose_item(item, words)}"]
        lines += [f"\n  {markup.text(paragraph)}" for paragraph in item.paragraphs]
        lines += [f"  - {markup.text(bullet)}" for bullet in item.bullets]
    return [*lines, ""]


def prose_item(item: Item, words: Words) -> str:
    lead = markup.link(item.lead, item.url) if item.url else markup.text(item.lead)
    parts = [part for part in (item.detail, words.span(item.start, item.end)) if part]
    detail = f" ({markup.text(', '.join(parts))})" if parts else ""
    return f"**{lead}**{detail}"


def pdf_page(cv: ImportedCV, words: Words) -> str:
    """cv.md: the whole CV as one document, the root of the PDF and the .docx."""
    name = cv.person["name"]
    lines = [
        "---",
        "orphan: true",
        "nosearch: true",
        "---",
        "",
        f"# {markup.text(name)}",
        "",
        *directive("person"),
        "",
        "<!-- The CV as one document, in a printed CV's order: the root of the PDF",
        "(latex_documents in conf.py). Its text comes from the other pages. -->",
        "",
        *include(SUMMARY_FROM, SUMMARY_TO),
    ]
    if cv.roles:
        lines += ["", f"## {markup.text(words(EXPERIENCE))}", ""]
        lines += ["::::{only} not onepage"]
        lines += [*directive("timeline", [("full", FLAG)]), "::::", ""]
        lines += ["::::{only} onepage"]
        lines += [*directive("timeline", [("limit", "3"), ("full", FLAG)]), "::::"]
    if cv.skills:
        lines += ["", f"## {markup.text(words(SKILLS))}", ""]
        lines += directive("skills", [("compact", FLAG)])
    lines += ["", *include(FACTS_FROM, FACTS_TO)]
    return "\n".join(lines) + "\n"


def include(start_after: str, end_before: str) -> list[str]:
    return [
        "```{include} index.md",
        f":start-after: {json.dumps(start_after)}",
        f":end-before: {json.dumps(end_before)}",
        "```",
    ]
