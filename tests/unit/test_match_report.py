"""The match report: what a job names, and where the CV's records hold it."""

from __future__ import annotations

import datetime
import json

from sphinx_cv.core.aggregate import skill_usages
from sphinx_cv.core.dates import Period, parse_date
from sphinx_cv.core.match_report import (
    MatchReport,
    as_json,
    as_markdown,
    match_report,
)
from sphinx_cv.core.matching import Term
from sphinx_cv.core.records import RoleRecord, SkillRecord, Source

TODAY = datetime.date(2026, 11, 25)
VOCABULARY = (
    Term("Kubernetes", ("K8s",)),
    Term("Go", ("Golang",)),
    Term("AWS"),
    Term("PostgreSQL", ("Postgres",)),
    Term("Test-Driven Development", ("TDD",)),
)


def role(org: str, start: str, end: str | None, skills: tuple[str, ...]) -> RoleRecord:
    return RoleRecord(
        source=Source(f"experience/{org.lower()}", 1, org.lower()),
        org=org,
        period=Period(parse_date(start), parse_date(end) if end else None),
        skills=skills,
    )


def skill(name: str, *aliases: str) -> SkillRecord:
    return SkillRecord(
        source=Source("skills", 1, name), name=name, category="Tech", aliases=aliases
    )


ROLES = [
    role("Lambda", "2023-09", None, ("Python", "Go")),
    role("Canonical", "2019-05", "2023-07", ("Python", "PostgreSQL", "AWS RDS")),
]
SKILLS = [
    skill("Python"),
    skill("Go"),
    skill("PostgreSQL", "PG"),
    skill("AWS RDS"),
    skill("TDD"),
    skill("Haskell"),
]
USAGES = skill_usages(ROLES, SKILLS, today=TODAY, other_category="Other")

JOB = """\
We run Golang and Python services on Kubernetes (k8s is a plus), with Postgres on
AWS RDS, and we practise test-driven development. Good communication; go-getters.
"""


def report() -> dict[str, object]:
    built = match_report(JOB, USAGES, VOCABULARY)
    return json.loads(as_json(built, {"employer": "Acme"}))


def test_each_skill_the_job_names_is_in_the_cv_with_its_records() -> None:
    in_cv = {entry["skill"]: entry for entry in report()["in_your_cv"]}
    assert list(in_cv) == ["Go", "Python", "PostgreSQL", "AWS RDS", "TDD"]
    assert in_cv["Go"] == {
        "skill": "Go",
        "named_as": ["Golang"],
        "years": 3,
        "last_used": "present",
        "roles": ["Lambda"],
    }
    assert in_cv["PostgreSQL"]["named_as"] == ["Postgres"]
    assert in_cv["PostgreSQL"]["last_used"] == "2023-07"
    assert in_cv["PostgreSQL"]["roles"] == ["Canonical"]
    assert in_cv["TDD"]["named_as"] == ["test-driven development"]
    assert in_cv["TDD"]["years"] is None


def test_a_skill_no_record_holds_is_not_in_the_cv() -> None:
    missing = report()["not_in_your_cv"]
    assert missing == [
        {
            "skill": "Kubernetes",
            "named_as": ["Kubernetes", "k8s"],
            "in_your_roles_text": [],
        }
    ]


def test_a_skill_the_cv_lacks_but_a_roles_text_names_is_said_to_be_there() -> None:
    texts = [
        ("Lambda", "I moved our services onto Kubernetes."),
        ("Canonical", "Snaps for Linux."),
    ]
    built = match_report(JOB, USAGES, VOCABULARY, texts)
    data = json.loads(as_json(built, {}))
    assert data["not_in_your_cv"][0]["in_your_roles_text"] == ["Lambda"]
    assert [named.skill for named in built.in_cv] == [
        "Go",
        "Python",
        "PostgreSQL",
        "AWS RDS",
        "TDD",
    ]
    text = as_markdown(built, title="Go Engineer at Acme")
    assert (
        "- Kubernetes (named as: Kubernetes, k8s); not a skill of your CV, though "
        "your roles' text names it: Lambda"
    ) in text


def test_a_name_inside_a_cv_skills_name_is_not_reported_missing() -> None:
    """ "AWS" of "AWS RDS", which the CV holds, is not a skill it lacks."""
    assert "AWS" not in {entry["skill"] for entry in report()["not_in_your_cv"]}


def test_the_cvs_skills_the_job_does_not_name_are_candidates_to_leave_out() -> None:
    assert report()["not_named_by_the_job"] == ["Haskell"]


def test_the_report_carries_what_it_is_given_about_the_application() -> None:
    assert report()["employer"] == "Acme"


def test_markdown_says_the_same() -> None:
    text = as_markdown(
        match_report(JOB, USAGES, VOCABULARY),
        title="Go Engineer at Acme",
    )
    assert text.startswith("# Match report: Go Engineer at Acme\n")
    assert "| Go | Golang | 3 | present | Lambda |" in text
    assert "| TDD | test-driven development | — | — | — |" in text
    assert "- Kubernetes (named as: Kubernetes, k8s)" in text
    assert "- Haskell" in text
    assert "The job names 6 skills: 5 in your CV, 1 not." in text


def test_the_same_input_gives_the_same_report() -> None:
    assert as_json(match_report(JOB, USAGES, VOCABULARY), {}) == as_json(
        match_report(JOB, USAGES, VOCABULARY), {}
    )


# --- the whole report, word for word -------------------------------------------------

WHOLE_MARKDOWN = """\
# Match report: Go Engineer at Acme

The job names 6 skills: 5 in your CV, 1 not. Each was found as whole words in \
the job's text, by the CV's own skills and their aliases, and by sphinx-cv's \
vocabulary of technologies; nothing is guessed. The years, last use and roles \
are your CV's records.

## In your CV

| Skill | Named as | Years | Last used | Roles |
| --- | --- | --- | --- | --- |
| Go | Golang | 3 | present | Lambda |
| Python | Python | 7 | present | Lambda, Canonical |
| PostgreSQL | Postgres | 4 | 2023-07 | Canonical |
| AWS RDS | AWS RDS | 4 | 2023-07 | Canonical |
| TDD | test-driven development | — | — | — |

## Not in your CV

- Kubernetes (named as: Kubernetes, k8s); not a skill of your CV, though your \
roles' text names it: Lambda

## In your CV, not named by the job

Candidates to leave out of this application's CV.

- Haskell
"""


def with_roles_text() -> MatchReport:
    return match_report(
        JOB, USAGES, VOCABULARY, [("Lambda", "GPUs and Kubernetes clusters.")]
    )


def test_the_markdown_report_whole() -> None:
    assert as_markdown(with_roles_text(), title="Go Engineer at Acme") == (
        WHOLE_MARKDOWN
    )


def test_the_json_report_whole() -> None:
    go, python, postgres, aws, tdd = (
        {"skill": skill, "named_as": [named], "years": years, "last_used": last}
        | {"roles": roles}
        for skill, named, years, last, roles in (
            ("Go", "Golang", 3, "present", ["Lambda"]),
            ("Python", "Python", 7, "present", ["Lambda", "Canonical"]),
            ("PostgreSQL", "Postgres", 4, "2023-07", ["Canonical"]),
            ("AWS RDS", "AWS RDS", 4, "2023-07", ["Canonical"]),
            ("TDD", "test-driven development", None, None, []),
        )
    )
    text = as_json(with_roles_text(), {"employer": "Acme"})
    assert text.endswith("}\n")
    assert text.startswith('{\n  "employer": "Acme",\n  "in_your_cv": [\n')
    assert json.loads(text) == {
        "employer": "Acme",
        "in_your_cv": [go, python, postgres, aws, tdd],
        "not_in_your_cv": [
            {
                "skill": "Kubernetes",
                "named_as": ["Kubernetes", "k8s"],
                "in_your_roles_text": ["Lambda"],
            }
        ],
        "not_named_by_the_job": ["Haskell"],
    }


def test_a_job_that_names_nothing_says_none_in_each_section() -> None:
    nothing = match_report("We value kindness.", [], VOCABULARY)
    text = as_markdown(nothing, title="Kind team")
    assert text.split("\n## ")[1:] == [
        "In your CV\n\nNone.\n",
        "Not in your CV\n\nNone.\n",
        (
            "In your CV, not named by the job\n\n"
            "Candidates to leave out of this application's CV.\n\nNone.\n"
        ),
    ]
    assert "The job names 0 skills: 0 in your CV, 0 not." in text


def test_a_pipe_in_a_cell_is_written_as_text() -> None:
    usages = skill_usages(
        [role("Acme", "2020-01", "2021-01", ("A|B",))],
        [],
        today=TODAY,
        other_category="Other",
    )
    text = as_markdown(match_report("We use A|B daily.", usages, ()), title="x")
    assert "| A\\|B | A\\|B | 1 | 2021-01 | Acme |" in text


def test_a_cv_skills_own_aliases_and_the_vocabularys_case_are_kept() -> None:
    swift = skill("Swift")
    usages = skill_usages([], [*SKILLS, swift], today=TODAY, other_category="Other")
    vocabulary = (*VOCABULARY, Term("Swift", keeps_case=True))
    built = match_report(
        "We use PG and Go, Golang; swift delivery.", usages, vocabulary
    )
    assert [(named.skill, named.named_as) for named in built.in_cv] == [
        ("PostgreSQL", ("PG",)),
        ("Go", ("Go", "Golang")),
    ]
    found = match_report("We write Swift.", usages, vocabulary)
    assert [named.skill for named in found.in_cv] == ["Swift"]


def test_a_name_ending_where_a_cv_skill_ends_is_inside_it() -> None:
    built = match_report("Postgres on AWS RDS.", USAGES, (*VOCABULARY, Term("RDS")))
    assert "RDS" not in [named.skill for named in built.not_in_cv]


def test_each_line_of_the_markdown_says_what_it_has() -> None:
    built = match_report(
        "Kubernetes, k8s and Go, Golang.",
        USAGES,
        VOCABULARY,
        [("Lambda", "No clusters here."), ("Acme", "K8s."), ("Canonical", "k8s")],
    )
    lines = as_markdown(built, title="x").splitlines()
    assert "| Go | Go, Golang | 3 | present | Lambda |" in lines
    assert (
        "- Kubernetes (named as: Kubernetes, k8s); not a skill of your CV, though "
        "your roles' text names it: Acme, Canonical"
    ) in lines
    alone = as_markdown(match_report("Kubernetes.", USAGES, VOCABULARY), title="x")
    assert "- Kubernetes (named as: Kubernetes)" in alone.splitlines()


def test_the_json_keeps_every_script_as_written() -> None:
    text = as_json(match_report("", USAGES, VOCABULARY), {"employer": "Zoë Ltd"})
    assert '"employer": "Zoë Ltd"' in text
