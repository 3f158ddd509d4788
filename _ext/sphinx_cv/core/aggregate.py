"""Views across the whole CV: the timeline, and skills derived from the roles."""

from __future__ import annotations

import dataclasses
import enum
from itertools import groupby
from typing import TYPE_CHECKING

from sphinx_cv.core.dates import CVDate, Month, Period, covered_months
from sphinx_cv.core.labels import MONTHS_PER_YEAR, Labels, format_years
from sphinx_cv.core.names import name_key

if TYPE_CHECKING:
    import datetime
    from collections.abc import Iterable, Sequence

    from sphinx_cv.core.records import RoleRecord, SkillRecord


def newest_first(roles: Iterable[RoleRecord]) -> list[RoleRecord]:
    """By start, latest first; among equal starts the current or later-ending first."""

    def recency(role: RoleRecord) -> tuple[datetime.date, bool, datetime.date, str]:
        end = role.period.end
        return (
            role.period.start.earliest,
            end is None,
            end.latest if end is not None else role.period.start.earliest,
            role.org_key,
        )

    return sorted(roles, key=recency, reverse=True)


@dataclasses.dataclass(frozen=True)
class Employer:
    """Consecutive positions at one organisation, read as one entry of the timeline."""

    org: str
    positions: tuple[RoleRecord, ...]

    @property
    def span(self) -> Period:
        """From the first position's start to the last one's end, or the present."""
        start = min(
            (role.period.start for role in self.positions),
            key=lambda date: date.earliest,
        )
        ends = [role.period.end for role in self.positions]
        finished = [end for end in ends if end is not None]
        if len(finished) < len(ends):
            return Period(start, None)
        return Period(start, max(finished, key=lambda date: date.latest))


def ends_on_or_after(
    role: RoleRecord, since: CVDate, today: datetime.date | None
) -> bool:
    if role.period.end is not None:
        return role.period.end.latest >= since.earliest
    return today is None or today >= since.earliest


def timeline(
    roles: Iterable[RoleRecord],
    *,
    limit: int | None = None,
    since: CVDate | None = None,
    tags: Iterable[str] = (),
    today: datetime.date | None = None,
) -> list[Employer]:
    """Newest first, neighbouring roles at one organisation grouped as one employer.

    Only *neighbouring* roles group, so that someone who left and came back years
    later shows both stints where they happened. ``since`` keeps roles that ended on
    or after it, a role in progress ending ``today`` (without it, never); ``tags``
    keeps roles with any of them; ``limit`` counts employers.
    """
    wanted_tags = list(tags)
    chosen = [
        role
        for role in newest_first(roles)
        if (since is None or ends_on_or_after(role, since, today))
        and (not wanted_tags or has_any_tag(role, wanted_tags))
    ]
    employers = [
        Employer(positions[0].org, positions)
        for positions in (
            tuple(group) for _, group in groupby(chosen, key=lambda role: role.org_key)
        )
    ]
    return employers[:limit]


class InFull(enum.Enum):
    """Which roles a timeline shows in full, with their text."""

    NO_ROLE = "no role"  # a list, a line an employer
    EVERY_ROLE = "every role"  # a printed CV's entries
    TAGGED_ROLES = "tagged roles"  # entries, the others as headings only


@dataclasses.dataclass(frozen=True)
class TimelineDetail:
    """How much of each role a timeline shows, as ``:full:`` says.

    No ``:full:``: a line an employer. ``:full:`` alone: every role in full, as a
    printed CV's entries. ``:full: recent``: entries, with the roles tagged
    ``recent`` in full and the others as their headings.
    """

    in_full: InFull = InFull.NO_ROLE
    tags: tuple[str, ...] = ()

    @classmethod
    def from_option(cls, tags: Iterable[str] | None) -> TimelineDetail:
        """None when ``:full:`` is not given, else the tags it names."""
        if tags is None:
            return cls()
        wanted = tuple(tags)
        return cls(InFull.TAGGED_ROLES, wanted) if wanted else cls(InFull.EVERY_ROLE)

    @property
    def as_entries(self) -> bool:
        """Entries with a heading and dates column, rather than a list."""
        return self.in_full is not InFull.NO_ROLE

    def shows_in_full(self, role: RoleRecord) -> bool:
        if self.in_full is InFull.TAGGED_ROLES:
            return has_any_tag(role, self.tags)
        return self.in_full is InFull.EVERY_ROLE


def has_any_tag(role: RoleRecord, tags: Iterable[str]) -> bool:
    """Tags match as names do, whatever their case and spacing."""
    return bool({name_key(tag) for tag in tags} & {name_key(tag) for tag in role.tags})


@dataclasses.dataclass(frozen=True)
class SkillUsage:
    """A skill with what the roles say of it."""

    name: str
    category: str
    declaration: SkillRecord | None
    roles: tuple[RoleRecord, ...]
    months: int
    last_used: Month | None
    in_current_use: bool

    @property
    def key(self) -> str:
        return name_key(self.name)

    @property
    def explicit_years(self) -> int | None:
        return self.declaration.years if self.declaration is not None else None

    @property
    def whole_years(self) -> int | None:
        """The author's figure, else whole years of the roles; None with neither."""
        if self.explicit_years is not None:
            return self.explicit_years
        if self.roles:
            return self.months // MONTHS_PER_YEAR
        return None

    @property
    def has_figures(self) -> bool:
        """Anything to show besides the name: years, a last use, or roles."""
        return (
            self.whole_years is not None
            or self.last_used is not None
            or self.in_current_use
        )

    @property
    def effective_months(self) -> int:
        """The author's own figure wins over the derived one."""
        if self.explicit_years is not None:
            return self.explicit_years * 12
        return self.months


def years_text(usage: SkillUsage, labels: Labels) -> str | None:
    """The author's own figure, else the derived one; None with neither."""
    if usage.explicit_years is not None:
        return str(usage.explicit_years)
    if usage.roles:
        return format_years(usage.months, labels)
    return None


def skill_usages(
    roles: Iterable[RoleRecord],
    skills: Iterable[SkillRecord],
    *,
    today: datetime.date,
    other_category: str,
) -> list[SkillUsage]:
    """Every skill, declared or only named by a role, with its derived figures.

    A skill's months are the union of the months of the roles naming it, so two
    overlapping roles count once. Longest used first, then by name.
    """
    role_list = newest_first(roles)
    declared = {skill.key: skill for skill in skills}
    names = {key: skill.name for key, skill in declared.items()}
    for role in role_list:
        for name in role.skills:
            names.setdefault(name_key(name), name)

    # Each skill's roles, newest first: one pass over the roles, not one a skill.
    roles_naming: dict[str, list[RoleRecord]] = {}
    for role in role_list:
        for key in dict.fromkeys(name_key(name) for name in role.skills):
            roles_naming.setdefault(key, []).append(role)

    usages = []
    for key, name in names.items():
        using = tuple(roles_naming.get(key, ()))
        months = covered_months([role.period for role in using], today)
        declaration = declared.get(key)
        in_current_use, last_used = last_use(
            declaration,
            derived_current=any(role.period.is_current for role in using),
            derived_last=Month.from_ordinal(max(months)) if months else None,
            today=today,
        )
        usages.append(
            SkillUsage(
                name=name,
                category=(declaration.category if declaration else "")
                or other_category,
                declaration=declaration,
                roles=using,
                months=len(months),
                last_used=last_used,
                in_current_use=in_current_use,
            )
        )
    return sorted(usages, key=lambda usage: (-usage.effective_months, usage.key))


def last_use(
    declaration: SkillRecord | None,
    *,
    derived_current: bool,
    derived_last: Month | None,
    today: datetime.date,
) -> tuple[bool, Month | None]:
    """(in use now, the month last used): the author's statement wins over the roles.

    A skill stated current, or named by a current role, was last used this month.
    """
    if declaration is not None and declaration.last_used is not None:
        return False, declaration.last_used.last_month
    if (declaration is not None and declaration.current) or derived_current:
        return True, Month.of(today)
    return False, derived_last


def by_category(
    usages: Iterable[SkillUsage], first: Sequence[str] = ()
) -> list[tuple[str, list[SkillUsage]]]:
    """Skills grouped by category, the categories in the order they were declared.

    A category's place is that of its first declaration (by document, then line);
    categories no declaration names come last, A to Z, so that the order never
    depends on a set's. Categories named in ``first`` come before all, in its
    order (an application's ``skills-first``).
    """
    usage_list = list(usages)

    def first_declared(category: str) -> tuple[bool, str, int] | tuple[bool, str]:
        places = [
            (usage.declaration.source.docname, usage.declaration.source.lineno)
            for usage in usage_list
            if usage.category == category and usage.declaration is not None
        ]
        # Declared first, by where; then the undeclared, by name.
        return (False, *min(places)) if places else (True, category)

    categories = sorted({usage.category for usage in usage_list}, key=first_declared)
    wanted = {name_key(category): place for place, category in enumerate(first)}
    categories.sort(key=lambda category: wanted.get(name_key(category), len(wanted)))
    return [
        (category, [usage for usage in usage_list if usage.category == category])
        for category in categories
    ]


def top_skills(usages: Iterable[SkillUsage], count: int) -> list[SkillUsage]:
    """The longest-used skills that have a figure at all, for a summary or keywords."""
    return [usage for usage in usages if usage.effective_months > 0][:count]
