"""The CV's records: plain, frozen and picklable, each knowing where it was written."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from sphinx_cv.core.dates import CVDate, Period  # noqa: TC001 - dataclass fields' types, at run time
from sphinx_cv.core.names import name_key

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence


@dataclasses.dataclass(frozen=True)
class Source:
    """Where a record was written: a Sphinx document and a line in it."""

    docname: str
    lineno: int
    anchor: str


@dataclasses.dataclass(frozen=True)
class RoleRecord:
    """One position at one organisation."""

    source: Source
    org: str
    period: Period
    title: str = ""
    location: str = ""
    url: str = ""
    skills: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()

    @property
    def org_key(self) -> str:
        return name_key(self.org)

    @property
    def label(self) -> str:
        """How a list of roles names this one: "Acme (Engineer)", or just "Acme"."""
        return f"{self.org} ({self.title})" if self.title else self.org

    @property
    def target(self) -> str:
        """A name for cross-references that is unique in the whole project."""
        return f"{self.source.docname}#{self.source.anchor}"


@dataclasses.dataclass(frozen=True)
class RoleText:
    """What a role's page says, as plain text: its first paragraph and bullets."""

    summary: str = ""
    highlights: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True)
class SkillRecord:
    """A skill as declared, with the author's own figures where given.

    ``current`` and ``last_used`` are the author's statement of when the skill was
    last used (``:last-used: present`` or a date); either wins over the roles.
    """

    source: Source
    name: str
    category: str = ""
    years: int | None = None
    level: str = ""
    current: bool = False
    last_used: CVDate | None = None
    # Other ways job descriptions write it ("Postgres" for "PostgreSQL").
    aliases: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return name_key(self.name)


@dataclasses.dataclass(frozen=True)
class SummaryRecord:
    """The CV's summary, as plain text: paragraphs separated by a blank line."""

    source: Source
    text: str


@dataclasses.dataclass(frozen=True)
class EducationRecord:
    """A course of study. Only ``institution`` is required."""

    source: Source
    institution: str
    area: str = ""
    study_type: str = ""
    score: str = ""
    location: str = ""
    url: str = ""
    # Either may be given alone: a graduation has an end only.
    start: CVDate | None = None
    end: CVDate | None = None


@dataclasses.dataclass(frozen=True)
class ProjectRecord:
    """A project of the author's own, such as an open source library."""

    source: Source
    name: str
    url: str = ""
    description: str = ""


@dataclasses.dataclass(frozen=True)
class AwardRecord:
    """An honour, such as a fellowship; no date unless the author gives one."""

    source: Source
    title: str
    awarder: str = ""
    summary: str = ""


@dataclasses.dataclass(frozen=True)
class Facts:
    """The facts a CV's prose marks, beside its roles and skills."""

    summary: str = ""
    education: tuple[EducationRecord, ...] = ()
    projects: tuple[ProjectRecord, ...] = ()
    awards: tuple[AwardRecord, ...] = ()


def first_declarations(declarations: Iterable[SkillRecord]) -> dict[str, SkillRecord]:
    """One declaration per skill, by its key: the first (the rest are warned of)."""
    first: dict[str, SkillRecord] = {}
    for record in declarations:
        first.setdefault(record.key, record)
    return first


def whole_cv_facts(
    summaries: Sequence[SummaryRecord],
    *,
    education: Iterable[EducationRecord],
    projects: Iterable[ProjectRecord],
    awards: Iterable[AwardRecord],
    root_doc: str,
) -> Facts:
    """The facts of the whole CV; its summary is the root document's, if any."""
    on_root = [record for record in summaries if record.source.docname == root_doc]
    chosen = on_root or summaries
    return Facts(
        summary=chosen[0].text if chosen else "",
        education=tuple(education),
        projects=tuple(projects),
        awards=tuple(awards),
    )
