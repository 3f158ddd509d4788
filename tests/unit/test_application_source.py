"""An application's source: the job, the variant of the CV, and the letter."""

from __future__ import annotations

import datetime

import pytest
from sphinx_cv.core.applications import (
    Application,
    ApplicationError,
    Variant,
    read_application,
)

SOURCE = """\
---
employer: Acme Robotics
role: Senior Python Engineer
date: 2026-12-01
addressee: The hiring team
job: |
  We build web APIs in Python and Go.
tags: [recent, python]
leave-out: gis
skills-first: [Web frameworks and APIs]
headline: A back-end developer for Acme
pages: 1
example: true
---

Dear hiring team,

I would like to apply.
"""


def problems(text: str) -> list[tuple[int, str]]:
    with pytest.raises(ApplicationError) as raised:
        read_application(text, "acme")
    return raised.value.problems


def test_every_field_is_read() -> None:
    application = read_application(SOURCE, "acme-2026-12")
    assert application == Application(
        name="acme-2026-12",
        employer="Acme Robotics",
        role="Senior Python Engineer",
        date=datetime.date(2026, 12, 1),
        addressee="The hiring team",
        job="We build web APIs in Python and Go.\n",
        job_file="",
        variant=Variant(
            tags=("recent", "python"),
            leave_out=("gis",),
            skills_first=("Web frameworks and APIs",),
            headline="A back-end developer for Acme",
            pages=1,
        ),
        letter="Dear hiring team,\n\nI would like to apply.\n",
        letter_line=16,
        example=True,
        lines=application.lines,
    )
    assert application.lines["tags"] == 8
    assert application.lines["pages"] == 12


def test_a_job_may_be_a_file_beside_the_application() -> None:
    text = SOURCE.replace("job: |\n  We build web APIs in Python and Go.\n", "")
    text = text.replace("example: true", "job-file: acme.txt")
    application = read_application(text, "acme")
    assert (application.job, application.job_file) == ("", "acme.txt")


def test_without_front_matter_it_says_what_an_application_starts_with() -> None:
    assert problems("Dear hiring team,\n") == [
        (1, "an application starts with its fields between '---' lines")
    ]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("employer: Acme Robotics\n", ""), (1, "'employer' is required")),
        (("date: 2026-12-01", "date: next week"), (4, "'date' must be a date")),
        (("pages: 1", "pages: 0"), (12, "'pages' must be a whole number, 1 or more")),
        (("pages: 1", "pages: two"), (12, "'pages' must be a whole number, 1 or more")),
        (("tags: [recent, python]", "tags: {a: 1}"), (8, "'tags' must be a list")),
        (("example: true", "salary: lots"), (13, "'salary' is not a field")),
    ],
)
def test_each_problem_names_its_line(
    change: tuple[str, str], expected: tuple[int, str]
) -> None:
    line, message = expected
    found = problems(SOURCE.replace(*change))
    assert len(found) == 1
    assert found[0][0] == line
    assert found[0][1].startswith(message), found


def test_a_job_is_required_in_one_of_two_ways() -> None:
    text = SOURCE.replace("job: |\n  We build web APIs in Python and Go.\n", "")
    assert problems(text)[0][1].startswith("'job' or 'job-file' is required")
    both = SOURCE.replace("example: true", "job-file: acme.txt")
    assert problems(both)[0][1].startswith("give 'job' or 'job-file', not both")


def test_yaml_that_does_not_parse_names_its_line() -> None:
    found = problems(SOURCE.replace("role: Senior Python Engineer", "role: [unclosed"))
    assert found[0][0] == 3
    assert "not YAML" in found[0][1]


@pytest.mark.parametrize(
    ("tags", "shown"),
    [
        ((), True),
        (("recent",), True),
        (("go",), False),
        (("gis",), False),
        (("recent", "gis"), False),
        (("Python",), True),
    ],
)
def test_a_variant_shows_what_is_untagged_or_tagged_as_asked(
    tags: tuple[str, ...], *, shown: bool
) -> None:
    variant = Variant(tags=("recent", "python"), leave_out=("gis",))
    assert variant.shows(tags) is shown


def test_a_variant_without_tags_shows_all_but_what_it_leaves_out() -> None:
    variant = Variant(leave_out=("gis",))
    assert variant.shows(("go",))
    assert not variant.shows(("GIS",))


def test_the_errors_message_names_each_problem_by_its_line() -> None:
    with pytest.raises(ApplicationError) as raised:
        read_application("---\nemployer: Acme\ndate: soon\npages: many\n---\n", "acme")
    assert str(raised.value) == "; ".join(
        f"line {line}: {text}" for line, text in raised.value.problems
    )
    assert len(raised.value.problems) >= 2


# --- each problem, word for word and at its line ------------------------------------

JOB_REQUIRED = (
    "'job' or 'job-file' is required: the job's description, pasted, "
    "or the file it is in"
)
MINIMAL = "---\nemployer: Acme\nrole: Engineer\ndate: 2026-12-01\njob: Python.\n---\n"


def test_the_letter_starts_after_the_blank_lines_below_the_fields() -> None:
    application = read_application(MINIMAL + "\n\nDear team,\n", "acme")
    assert (application.letter, application.letter_line) == ("Dear team,\n", 9)
    at_once = read_application(MINIMAL + "Dear team,\n", "acme")
    assert (at_once.letter, at_once.letter_line) == ("Dear team,\n", 7)
    bare = read_application(MINIMAL + "\n\n", "acme")
    assert (bare.letter, bare.letter_line) == ("", 9)
    assert read_application(MINIMAL, "acme").example is False


def test_fields_without_a_closing_line_are_one_problem() -> None:
    assert problems("---\nemployer: Acme\n") == [
        (1, "the fields' '---' line has no closing '---' line")
    ]


@pytest.mark.parametrize("fields", ["- a\n- b\n", "just some text\n"])
def test_fields_that_are_not_name_value_lines_are_one_problem(fields: str) -> None:
    assert problems(f"---\n{fields}---\n") == [
        (2, "the fields must be 'name: value' lines")
    ]


def test_no_fields_at_all_says_what_is_required() -> None:
    # Sorted by line, then by what they say.
    assert problems("---\n---\nDear team,\n") == [
        (1, "'date' is required"),
        (1, "'employer' is required"),
        (1, JOB_REQUIRED),
        (1, "'role' is required"),
    ]


@pytest.mark.parametrize(
    ("yaml_text", "line"),
    [
        ("role: a: b\n", 2),  # where it showed
        ("employer: Acme\nrole: Engineer\n  date: x\n", 4),
        ("tags: [a\n", 2),  # where the unclosed "[" began
        ("role: \x07\n", 1),  # no place given: the fields' first line
    ],
)
def test_yaml_that_does_not_parse_names_where_it_went_wrong(
    yaml_text: str, line: int
) -> None:
    ((found_line, message),) = problems(f"---\n{yaml_text}---\n")
    assert found_line == line
    assert message.startswith("not YAML: ")


def test_a_field_of_the_wrong_kind_is_named_at_its_line() -> None:
    text = MINIMAL.replace("role: Engineer", "role: [a, b]").replace(
        "job: Python.", "job: Python.\nexample: sometimes"
    )
    assert problems(text) == [
        (3, "'role' must be text, not list"),
        (6, "'example' must be true or false: 'sometimes'"),
    ]


def test_an_empty_required_field_is_required_at_its_line() -> None:
    assert problems(MINIMAL.replace("employer: Acme", "employer: ''")) == [
        (2, "'employer' is required")
    ]


def test_the_job_given_twice_or_empty_is_named_at_its_line() -> None:
    both = MINIMAL.replace("job: Python.", "job: Python.\njob-file: job.txt")
    assert problems(both) == [(6, "give 'job' or 'job-file', not both")]
    empty = MINIMAL.replace("job: Python.", "job: ''")
    assert problems(empty)[0][0] == 5


def test_an_unknown_field_names_the_fields_there_are() -> None:
    ((line, message),) = problems(MINIMAL.replace("job: Python.", "job: P.\nsalary: 1"))
    assert line == 6
    assert message == (
        "'salary' is not a field; the fields are employer, role, date, addressee, "
        "job, job-file, tags, leave-out, skills-first, headline, pages, example"
    )


def test_names_are_a_list_or_one_line_of_commas_blanks_left_out() -> None:
    text = MINIMAL.replace(
        "job: Python.", "job: P.\ntags: recent, python , ,\nleave-out: [gis, '', ' ']"
    )
    variant = read_application(text, "acme").variant
    assert (variant.tags, variant.leave_out) == (("recent", "python"), ("gis",))
