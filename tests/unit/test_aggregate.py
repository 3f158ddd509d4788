"""The timeline's order and grouping, and skills derived from roles."""

from __future__ import annotations

import dataclasses
import datetime
import itertools

from hypothesis import given
from hypothesis import strategies as st
from sphinx_cv.core.aggregate import (
    InFull,
    TimelineDetail,
    by_category,
    newest_first,
    skill_usages,
    timeline,
    top_skills,
    years_text,
)
from sphinx_cv.core.dates import Month, Period, parse_date
from sphinx_cv.core.names import name_key, slug
from sphinx_cv.core.records import RoleRecord, SkillRecord, Source
from support.labels import ENGLISH

TODAY = datetime.date(2026, 11, 25)


def role(
    org: str,
    start: str,
    end: str | None = None,
    skills: tuple[str, ...] = (),
    tags: tuple[str, ...] = (),
) -> RoleRecord:
    period = Period(parse_date(start), parse_date(end) if end else None)
    return RoleRecord(
        Source("cv", 1, slug(org + start)), org, period, skills=skills, tags=tags
    )


def skill(name: str, category: str = "", years: int | None = None) -> SkillRecord:
    return SkillRecord(Source("skills", 1, slug(name)), name, category, years)


def orgs_of(employers: list) -> list[str]:  # type: ignore[type-arg]
    return [employer.org for employer in employers]


def test_the_timeline_is_newest_first() -> None:
    roles = [role("B", "2010-01", "2012-01"), role("A", "2015-01"), role("C", "2001")]
    assert orgs_of(timeline(roles)) == ["A", "B", "C"]


def test_neighbouring_roles_at_one_organisation_read_as_one_employer() -> None:
    roles = [
        role("Acme", "2010-01", "2012-06"),
        role("acme", "2012-07", "2015-01"),
        role("Other", "2015-02", "2018-01"),
        role("Acme", "2018-02"),
    ]
    employers = timeline(roles)
    assert orgs_of(employers) == ["Acme", "Other", "acme"]
    assert [len(employer.positions) for employer in employers] == [1, 1, 2]
    assert employers[2].positions[0].period.start == parse_date("2012-07")


def test_limit_since_and_tags_choose_roles() -> None:
    roles = [
        role("A", "2020-01", tags=("python",)),
        role("B", "2015-01", "2019-12", tags=("Python", "lead")),
        role("C", "2010-01", "2014-12"),
    ]
    assert orgs_of(timeline(roles, limit=2)) == ["A", "B"]
    assert orgs_of(timeline(roles, since=parse_date("2015"))) == ["A", "B"]
    # A role in progress lasts until today, not for ever.
    today = datetime.date(2026, 11, 25)
    assert orgs_of(timeline(roles, since=parse_date("2026-11"), today=today)) == ["A"]
    assert timeline(roles, since=parse_date("2026-12"), today=today) == []
    assert orgs_of(timeline(roles, since=parse_date("2026-11-25"), today=today)) == [
        "A"
    ]
    assert orgs_of(timeline(roles, tags=["PYTHON"])) == ["A", "B"]
    assert orgs_of(timeline(roles, tags=["lead"])) == ["B"]


def test_since_keeps_a_role_that_ended_on_that_very_day() -> None:
    roles = [role("A", "2019-01-01", "2019-05-01"), role("B", "2018-01", "2019-04")]
    assert orgs_of(timeline(roles, since=parse_date("2019-05-01"))) == ["A"]
    # At month precision a role ends with its month's last day.
    assert orgs_of(timeline(roles, since=parse_date("2019-04-30"))) == ["A", "B"]


def test_skill_years_are_the_union_of_their_roles_months() -> None:
    roles = [
        role("A", "2010-01", "2011-12", skills=("Python",)),
        role("B", "2011-01", "2012-12", skills=("python", "Go")),
    ]
    usages = {
        u.name: u
        for u in skill_usages(
            roles, [skill("Python", "Languages")], today=TODAY, other_category="Other"
        )
    }
    assert usages["Python"].months == 36
    assert usages["Python"].last_used == Month(2012, 12)
    assert usages["Python"].category == "Languages"
    assert [r.org for r in usages["Python"].roles] == ["B", "A"]
    assert usages["Go"].months == 24
    assert usages["Go"].category == "Other"
    assert usages["Go"].declaration is None


def test_a_skill_in_current_use_is_marked_so() -> None:
    usages = skill_usages(
        [role("A", "2020-01", skills=("Rust",))],
        [],
        today=TODAY,
        other_category="Other",
    )
    assert usages[0].in_current_use
    assert usages[0].last_used == Month(2026, 11)


def test_an_explicit_figure_wins_and_orders_the_table() -> None:
    roles = [role("A", "2020-01", "2020-12", skills=("Go", "C"))]
    usages = skill_usages(
        roles,
        [skill("C", years=10), skill("Lisp")],
        today=TODAY,
        other_category="Other",
    )
    assert [u.name for u in usages] == ["C", "Go", "Lisp"]
    assert usages[0].explicit_years == 10
    assert usages[2].months == 0
    assert usages[2].last_used is None


def test_anchors_keep_c_csharp_and_cplusplus_apart() -> None:
    names = ["C", "C#", "C++", "F#", ".Net", "Ruby on Rails", "Ärger", "日本"]
    slugs = [slug(name) for name in names]
    assert slugs[:5] == ["c", "c-sharp", "c-plus-plus", "f-sharp", "dot-net"]
    assert len(set(slugs)) == len(slugs)
    assert all(s.isascii() and s for s in slugs)


def test_an_anchor_is_the_names_words_in_ascii_joined_by_hyphens() -> None:
    assert slug("Web APIs") == "web-apis"
    assert slug("  AWS  RDS (Postgres)  ") == "aws-rds-postgres"
    assert slug("Café Society") == "cafe-society"  # marks go, letters stay
    assert slug("Linux") == "linux"
    assert slug("Rolls-Royce") == "rolls-royce"


def test_a_names_key_is_its_words_single_spaced_in_one_case() -> None:
    assert name_key("  Web \t  APIs ") == name_key("web apis") == "web apis"
    assert name_key("Straße") == name_key("STRASSE")


def test_newest_first_orders_by_start_then_by_end() -> None:
    roles = [
        role("Early", "2001-03", "2004-01"),
        role("Ended later", "2010-01", "2013-06"),
        role("Current", "2010-01"),
        role("Ended sooner", "2010-01", "2011-02"),
        role("Latest", "2020"),
        role("Month after", "2001-04", "2002-01"),
    ]
    assert [r.org for r in newest_first(roles)] == [
        "Latest",
        "Current",
        "Ended later",
        "Ended sooner",
        "Month after",
        "Early",
    ]


@given(st.lists(st.dates(), max_size=8))
def test_newest_first_never_puts_an_earlier_start_before_a_later_one(
    starts: list[datetime.date],
) -> None:
    roles = [role(f"org{i}", day.isoformat()[:7]) for i, day in enumerate(starts)]
    months = [r.period.start.isoformat() for r in newest_first(roles)]
    assert all(a >= b for a, b in itertools.pairwise(months))


def test_years_text_prefers_the_authors_figure_then_the_roles() -> None:
    roles = [
        role("A", "2020-01", "2021-06", skills=("Go", "C")),
        role("B", "2022-01", "2022-05", skills=("Awk",)),
    ]
    usages = {
        u.name: u
        for u in skill_usages(
            roles,
            [skill("C", years=10), skill("Lisp")],
            today=TODAY,
            other_category="Other",
        )
    }
    assert years_text(usages["C"], ENGLISH) == "10"
    assert years_text(usages["Go"], ENGLISH) == "1"
    assert years_text(usages["Awk"], ENGLISH) == "< 1"
    assert years_text(usages["Lisp"], ENGLISH) is None


def test_an_employers_span_runs_from_its_first_start_to_its_last_end() -> None:
    employer = timeline(
        [role("Acme", "2019-05", "2021-02"), role("Acme", "2021-03", "2022-06")]
    )[0]
    assert employer.span == Period(parse_date("2019-05"), parse_date("2022-06"))
    assert employer.span.months(TODAY) == 38


def test_an_employer_with_a_current_position_spans_to_the_present() -> None:
    employer = timeline([role("Acme", "2019-05", "2021-02"), role("Acme", "2021-03")])[
        0
    ]
    assert employer.span.is_current
    assert employer.span.start == parse_date("2019-05")


def test_categories_keep_the_order_the_author_declared_them_in() -> None:
    skills = [
        SkillRecord(Source("skills", 30, "z"), "Zsh", "Tools"),
        SkillRecord(Source("skills", 10, "p"), "Python", "Languages"),
        SkillRecord(Source("skills", 20, "g"), "Go", "Languages"),
    ]
    usages = skill_usages(
        [role("A", "2020-01", skills=("Go", "Perl"))],
        skills,
        today=TODAY,
        other_category="Other",
    )
    grouped = [(name, [u.name for u in group]) for name, group in by_category(usages)]
    assert grouped == [
        ("Languages", ["Go", "Python"]),
        ("Tools", ["Zsh"]),
        ("Other", ["Perl"]),
    ]


def test_the_top_skills_are_the_longest_used_and_skip_those_never_used() -> None:
    usages = skill_usages(
        [role("A", "2010-01", "2020-12", skills=("Go",)), role("B", "2021-01")],
        [skill("Python", years=15), skill("Go"), skill("Idle")],
        today=TODAY,
        other_category="Other",
    )
    assert [usage.name for usage in top_skills(usages, 5)] == ["Python", "Go"]
    assert [usage.name for usage in top_skills(usages, 1)] == ["Python"]


def test_a_skill_used_for_one_month_is_a_top_skill() -> None:
    usages = skill_usages(
        [role("A", "2010-01", "2010-01", skills=("Go",))],
        [],
        today=TODAY,
        other_category="Other",
    )
    assert [usage.effective_months for usage in usages] == [1]
    assert [usage.name for usage in top_skills(usages, 5)] == ["Go"]


def stated(name: str, *, current: bool = False, last_used: str = "") -> SkillRecord:
    return SkillRecord(
        Source("skills", 1, slug(name)),
        name,
        current=current,
        last_used=parse_date(last_used) if last_used else None,
    )


def usage_of(name: str, roles: list[RoleRecord], skills: list[SkillRecord]) -> object:
    usages = skill_usages(roles, skills, today=TODAY, other_category="Other")
    return next(usage for usage in usages if usage.name == name)


def test_a_skill_stated_current_is_in_use_now_without_a_role() -> None:
    usage = usage_of("Flask", [], [stated("Flask", current=True)])
    assert usage.in_current_use
    assert usage.last_used == Month(2026, 11)
    assert usage.whole_years is None  # no role, no figure: no years implied
    assert usage.has_figures


def test_a_past_role_and_a_current_statement_give_the_roles_years_and_present() -> None:
    roles = [role("R", "2006-09", "2011-05", skills=("TDD",))]
    usage = usage_of("TDD", roles, [stated("TDD", current=True)])
    assert usage.in_current_use
    assert usage.last_used == Month(2026, 11)
    assert usage.whole_years == 4  # the roles' months, no more
    assert usage.months == 57


def test_a_stated_last_use_wins_over_a_current_role() -> None:
    roles = [role("Now", "2023-09", skills=("Perl",))]
    usage = usage_of("Perl", roles, [stated("Perl", last_used="2011-05")])
    assert not usage.in_current_use
    assert usage.last_used == Month(2011, 5)


def test_a_skill_with_no_role_figure_or_statement_has_no_figures() -> None:
    usage = usage_of("C", [], [stated("C")])
    assert not usage.has_figures
    assert usage.last_used is None


def test_categories_in_declared_order_however_their_names_sort() -> None:
    declared = ["Tools", "Languages", "Databases", "Cloud", "Practices"]
    skills = [
        SkillRecord(Source("skills", line, category), category + " skill", category)
        for line, category in enumerate(declared, start=1)
    ]
    usages = skill_usages([], skills, today=TODAY, other_category="Other")
    assert [name for name, _ in by_category(usages)] == declared


def test_categories_no_declaration_names_come_last_a_to_z() -> None:
    skills = [SkillRecord(Source("skills", 1, "go"), "Go", "Languages")]
    usages = skill_usages(
        [role("A", "2020-01", skills=("Go", "Perl", "Awk", "Sed"))],
        skills,
        today=TODAY,
        other_category="Other",
    )
    # Categories that only a caller names (the core takes any usages), in an order
    # no set would give them by chance every time.
    categories = {"Go": "Languages", "Perl": "Zsh-like", "Awk": "Awkward"}
    renamed = [
        dataclasses.replace(usage, category=categories.get(usage.name, "Other"))
        for usage in usages
    ]
    assert [name for name, _ in by_category(renamed)] == [
        "Languages",
        "Awkward",
        "Other",
        "Zsh-like",
    ]


def test_categories_an_application_puts_first_come_first_whatever_their_case() -> None:
    skills = [
        SkillRecord(Source("skills", 1, "go"), "Go", "Languages"),
        SkillRecord(Source("skills", 2, "zsh"), "Zsh", "Tools"),
        SkillRecord(Source("skills", 3, "sql"), "SQL", "Databases"),
    ]
    usages = skill_usages([], skills, today=TODAY, other_category="Other")
    grouped = by_category(usages, first=["databases", "TOOLS"])
    assert [name for name, _ in grouped] == ["Databases", "Tools", "Languages"]


def test_an_anchor_of_a_long_name_is_short_and_still_its_own() -> None:
    # Every link to the role carries it: a name's length must not multiply.
    first, second = slug("a" * 10_000), slug("a" * 9_999 + "b")
    assert len(first) == len(second) == 120
    assert first != second
    assert first.startswith("a" * 111 + "-")
    assert slug("a" * 120) == "a" * 120
    assert slug("a" * 118 + "-b") == "a" * 118 + "-b"
    # Cut at a hyphen, the start does not end in one before the digest's own.
    cut = slug("a" * 110 + "-b" * 20)
    assert cut.startswith("a" * 110 + "-")
    assert "--" not in cut


def test_no_full_option_lists_roles_and_shows_none_in_full() -> None:
    detail = TimelineDetail.from_option(None)
    assert detail == TimelineDetail(InFull.NO_ROLE)
    assert not detail.as_entries
    assert not detail.shows_in_full(role("A", "2020", skills=()))


def test_full_alone_shows_every_role_as_an_entry_in_full() -> None:
    detail = TimelineDetail.from_option([])
    assert detail == TimelineDetail(InFull.EVERY_ROLE)
    assert detail.as_entries
    assert detail.shows_in_full(role("A", "2020"))


def test_full_with_tags_shows_the_roles_tagged_so_in_full_whatever_their_case() -> None:
    detail = TimelineDetail.from_option(iter(["Recent"]))
    assert detail == TimelineDetail(InFull.TAGGED_ROLES, ("Recent",))
    assert detail.as_entries
    assert detail.shows_in_full(role("A", "2020", tags=("recent",)))
    assert not detail.shows_in_full(role("B", "2010", "2012", tags=("old",)))
