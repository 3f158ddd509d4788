"""The match report: the skills a job names, and where the CV's records hold them.

Honest by construction: a skill is "in your CV" only when a skill record of the
CV (declared, or named by a role) has that name or one of its spellings, and
then the report shows the records' own figures: years, last use, the roles.
Everything else the job names, from the package's vocabulary, is "not in your
CV". The CV's skills the job does not name are listed as candidates to leave
out. No network, no model: the same text and records give the same report.
"""

from __future__ import annotations

import dataclasses
import json
from typing import TYPE_CHECKING

from sphinx_cv.core.matching import Mention, Term, mentions

if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping, Sequence

    from sphinx_cv.core.aggregate import SkillUsage

NOTHING = "\N{EM DASH}"
# A report a reader opens: indented, every script's characters as they are.
INDENTED_UNICODE_JSON = json.JSONEncoder(indent=2, ensure_ascii=False)


@dataclasses.dataclass(frozen=True)
class Evidence:
    """What the CV's records say of one of its skills (its name is the match's)."""

    years: int | None
    last_used: str | None  # "present", or the last month, as 2023-07
    roles: tuple[str, ...]


@dataclasses.dataclass(frozen=True)
class Named:
    """A skill the job names, as the text writes it; its evidence if the CV has it."""

    skill: str
    named_as: tuple[str, ...]
    evidence: Evidence | None
    # Not a skill of the CV, but named in these roles' text ("GPUs" at Lambda).
    in_roles_text: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True)
class MatchReport:
    """Each skill the job names, in the order it names them; the CV's others."""

    named: tuple[Named, ...]
    not_named: tuple[str, ...]

    @property
    def in_cv(self) -> tuple[Named, ...]:
        return tuple(named for named in self.named if named.evidence is not None)

    @property
    def not_in_cv(self) -> tuple[Named, ...]:
        return tuple(named for named in self.named if named.evidence is None)


def evidence(usage: SkillUsage) -> Evidence:
    last_used = None
    if usage.in_current_use:
        last_used = "present"
    elif usage.last_used is not None:
        last_used = f"{usage.last_used.year:04d}-{usage.last_used.month:02d}"
    return Evidence(
        years=usage.whole_years,
        last_used=last_used,
        roles=tuple(dict.fromkeys(role.label for role in usage.roles)),
    )


def cv_terms(usages: Iterable[SkillUsage], vocabulary: Iterable[Term]) -> list[Term]:
    """The CV's skills as terms, with their aliases and the vocabulary's.

    The vocabulary's spellings of the same skill join it, matched by any
    spelling: the vocabulary's "Test-Driven Development | TDD" is the CV's "TDD".
    """
    by_spelling = {
        Term(spelling).key: term for term in vocabulary for spelling in term.spellings
    }
    terms = []
    for usage in usages:
        aliases = usage.declaration.aliases if usage.declaration else ()
        own = Term(usage.name, aliases)
        spellings = [own.name, *own.aliases]
        keeps_case = False
        for spelling in list(spellings):
            known = by_spelling.get(Term(spelling).key)
            if known is not None:
                spellings.extend(known.spellings)
                keeps_case = keeps_case or known.keeps_case
        unique = list(dict.fromkeys(spellings))
        terms.append(Term(unique[0], tuple(unique[1:]), keeps_case=keeps_case))
    return terms


def match_report(
    job: str,
    usages: Sequence[SkillUsage],
    vocabulary: Iterable[Term],
    role_texts: Sequence[tuple[str, str]] = (),
) -> MatchReport:
    """What ``job`` names, against the CV's skills and the package's vocabulary.

    ``role_texts`` are each role's label and text: a skill the CV lacks that a
    role's text names is said to be there, as the author may want to make it a
    skill of the CV.
    """
    vocabulary = list(vocabulary)
    ours = cv_terms(usages, vocabulary)
    our_spellings = {Term(spelling).key for term in ours for spelling in term.spellings}
    others = [
        term
        for term in vocabulary
        if not {Term(spelling).key for spelling in term.spellings} & our_spellings
    ]
    ours_found = mentions(job, ours)
    covered = [span for mention in ours_found for span in mention.spans]
    others_found = [
        mention
        for mention in mentions(job, others)
        if not all(inside(span, covered) for span in mention.spans)
    ]
    by_name = {usage.name: usage for usage in usages}
    found: list[Mention] = sorted(
        [*ours_found, *others_found], key=lambda mention: mention.first_at
    )
    named = tuple(
        Named(
            skill=mention.term.name,
            named_as=mention.written,
            evidence=evidence(by_name[mention.term.name]),
        )
        if mention.term.name in by_name and mention in ours_found
        else Named(
            skill=mention.term.name,
            named_as=mention.written,
            evidence=None,
            in_roles_text=tuple(
                dict.fromkeys(
                    label
                    for label, text in role_texts
                    if mentions(text, [mention.term])
                )
            ),
        )
        for mention in found
    )
    mentioned = {mention.term.name for mention in ours_found}
    return MatchReport(
        named=named,
        not_named=tuple(usage.name for usage in usages if usage.name not in mentioned),
    )


def inside(span: tuple[int, int], spans: Iterable[tuple[int, int]]) -> bool:
    start, end = span
    return any(
        outer_start <= start and end <= outer_end for outer_start, outer_end in spans
    )


def as_data(report: MatchReport, about: Mapping[str, object]) -> dict[str, object]:
    return {
        **about,
        "in_your_cv": [
            {
                "skill": named.skill,
                "named_as": list(named.named_as),
                "years": named.evidence.years,
                "last_used": named.evidence.last_used,
                "roles": list(named.evidence.roles),
            }
            for named in report.in_cv
            if named.evidence is not None
        ],
        "not_in_your_cv": [
            {
                "skill": named.skill,
                "named_as": list(named.named_as),
                "in_your_roles_text": list(named.in_roles_text),
            }
            for named in report.not_in_cv
        ],
        "not_named_by_the_job": list(report.not_named),
    }


def as_json(report: MatchReport, about: Mapping[str, object]) -> str:
    return INDENTED_UNICODE_JSON.encode(as_data(report, about)) + "\n"


def cell(text: str) -> str:
    return text.replace("|", "\\|") or NOTHING


def as_markdown(report: MatchReport, *, title: str) -> str:
    in_cv, not_in_cv = report.in_cv, report.not_in_cv
    lines = [
        f"# Match report: {title}",
        "",
        (
            f"The job names {len(report.named)} skills: {len(in_cv)} in your CV, "
            f"{len(not_in_cv)} not. Each was found as whole words in the job's "
            "text, by the CV's own skills and their aliases, and by sphinx-cv's "
            "vocabulary of technologies; nothing is guessed. The years, last use "
            "and roles are your CV's records."
        ),
        "",
        "## In your CV",
        "",
    ]
    if in_cv:
        lines += [
            "| Skill | Named as | Years | Last used | Roles |",
            "| --- | --- | --- | --- | --- |",
        ]
        for named in in_cv:
            found = named.evidence
            if found is None:
                continue
            years = "" if found.years is None else str(found.years)
            lines.append(
                f"| {cell(named.skill)} | {cell(', '.join(named.named_as))} "
                f"| {cell(years)} | {cell(found.last_used or '')} "
                f"| {cell(', '.join(found.roles))} |"
            )
    else:
        lines.append("None.")
    lines += ["", "## Not in your CV", ""]
    lines += [
        f"- {named.skill} (named as: {', '.join(named.named_as)})"
        + (
            f"; not a skill of your CV, though your roles' text names it: "
            f"{', '.join(named.in_roles_text)}"
            if named.in_roles_text
            else ""
        )
        for named in not_in_cv
    ] or ["None."]
    lines += [
        "",
        "## In your CV, not named by the job",
        "",
        "Candidates to leave out of this application's CV.",
        "",
    ]
    lines += [f"- {name}" for name in report.not_named] or ["None."]
    return "\n".join(lines) + "\n"
