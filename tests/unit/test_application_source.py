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
