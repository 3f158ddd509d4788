"""The CV as the views and outputs read it: one frozen snapshot, made once a build.

The domain stores records per document, as Sphinx reads them. Everything derived
from all of them (the skills' years, the newest role of each name, the facts of
the whole CV) is made here, once the records are complete, into a
``CVSnapshot``: a typed value that no reader can change, so that no view, link
or output derives it again, or differently. It is made when a build first asks
for it after reading, and kept until a record changes (the domain forgets it
then), or until the date, the language or the builder is another.

Made in the main process before a parallel write forks, it is shared by every
writer; the site's downloads, JSON Resume, JSON-LD, h-resume and every view read
it, and nothing else.
"""

from __future__ import annotations

import dataclasses
import types
from typing import TYPE_CHECKING

from sphinx_cv.config import person_shown, today
from sphinx_cv.core.aggregate import SkillUsage, newest_first, skill_usages
from sphinx_cv.core.names import name_key
from sphinx_cv.core.records import (
    Facts,
    RoleText,
    first_declarations,
    whole_cv_facts,
)
from sphinx_cv.domain import cv_domain
from sphinx_cv.i18n import other_category

if TYPE_CHECKING:
    import datetime
    from collections.abc import Mapping

    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

    from sphinx_cv.core.person import Person
    from sphinx_cv.core.records import RoleRecord, SkillRecord, SummaryRecord
    from sphinx_cv.domain import CVRecords

# Unsure which builder asks (none yet): as if it published, so nothing private shows.
PUBLISHED_FORMAT = "html"


@dataclasses.dataclass(frozen=True)
class Circumstances:
    """What a snapshot depends on besides the records."""

    today: datetime.date
    # The name of skills without a category is translated: another language,
    # another snapshot.
    other_category: str
    builder_format: str


@dataclasses.dataclass(frozen=True, eq=False)
class CVSnapshot:
    """Every record of the CV, and what is derived from all of them."""

    circumstances: Circumstances
    # The person as this build's output may show them, and as a published
    # output (the site, resume.json) shows them: without a private field.
    person: Person | None
    published_person: Person | None
    # By document name, then as written.
    roles: tuple[RoleRecord, ...]
    newest_roles: tuple[RoleRecord, ...]
    roles_by_target: Mapping[str, RoleRecord]
    role_texts: Mapping[str, RoleText]  # by the role's target
    skill_declarations: tuple[SkillRecord, ...]
    skills: Mapping[str, SkillRecord]  # the first declaration of each, by key
    usages: tuple[SkillUsage, ...]
    facts: Facts
    highlight_tags: tuple[str, ...]
    summaries: Mapping[str, tuple[SummaryRecord, ...]]  # by page, as read with it
    # The newest role of each ("org", key), ("role", target) and ("skill", key):
    # where a link to that name goes.
    newest_by_name: Mapping[tuple[str, str], RoleRecord]

    @property
    def today(self) -> datetime.date:
        return self.circumstances.today

    def text_of(self, role: RoleRecord) -> RoleText:
        """What the role's page says: each role is noted with its text, if none."""
        return self.role_texts[role.target]

    def summaries_on(self, docname: str) -> tuple[SummaryRecord, ...]:
        """The summaries read with the page ``docname``, its includes' too."""
        return self.summaries.get(docname, ())


def cv_snapshot(env: BuildEnvironment) -> CVSnapshot:
    """The snapshot of this build's records: made once, until one changes."""
    records = cv_domain(env)
    builder = records.builder
    circumstances = Circumstances(
        today=today(env.config),
        other_category=other_category(),
        builder_format=builder.format if builder is not None else PUBLISHED_FORMAT,
    )
    made = records.read_model
    if isinstance(made, CVSnapshot) and made.circumstances == circumstances:
        return made
    snapshot = make_snapshot(records, circumstances)
    records.read_model = snapshot
    return snapshot


def make_snapshot(records: CVRecords, circumstances: Circumstances) -> CVSnapshot:
    config = records.env.config
    roles = tuple(records.all_roles())
    newest = tuple(newest_first(roles))
    declarations = tuple(records.all_skill_declarations())
    skills = first_declarations(declarations)
    return CVSnapshot(
        circumstances=circumstances,
        person=person_shown(config, circumstances.builder_format),
        published_person=person_shown(config, PUBLISHED_FORMAT),
        roles=roles,
        newest_roles=newest,
        roles_by_target=types.MappingProxyType({role.target: role for role in roles}),
        role_texts=types.MappingProxyType(records.role_texts()),
        skill_declarations=declarations,
        skills=types.MappingProxyType(skills),
        usages=tuple(
            skill_usages(
                roles,
                skills.values(),
                today=circumstances.today,
                other_category=circumstances.other_category,
            )
        ),
        facts=whole_cv_facts(
            records.facts_of("summaries"),
            education=records.facts_of("education"),
            projects=records.facts_of("projects"),
            awards=records.facts_of("awards"),
            root_doc=config.root_doc,
        ),
        highlight_tags=tuple(records.all_highlight_tags()),
        summaries=types.MappingProxyType(records.all_summaries()),
        newest_by_name=types.MappingProxyType(newest_by_name(newest)),
    )


def newest_by_name(newest: tuple[RoleRecord, ...]) -> dict[tuple[str, str], RoleRecord]:
    """The newest role of each organisation, target and skill a role names.

    Every link looks one up: a skills table links each skill to each role that
    used it.
    """
    found: dict[tuple[str, str], RoleRecord] = {}
    for role in newest:
        found.setdefault(("org", role.org_key), role)
        found.setdefault(("role", role.target), role)
        for name in role.skills:
            found.setdefault(("skill", name_key(name)), role)
    return found


def snapshot_before_writing(app: Sphinx, env: BuildEnvironment) -> None:
    """Made once the records are complete, before a parallel write forks."""
    del app
    cv_snapshot(env)


def register(app: Sphinx) -> None:
    # After every handler that may still change a record (incremental's, at 500).
    app.connect("env-updated", snapshot_before_writing, priority=900)
