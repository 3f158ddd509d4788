"""An application for a job: its source file, read and checked.

``applications/acme-2026-12.md`` holds, between ``---`` lines, the employer, the
role, the date, the job description (``job``, pasted, or ``job-file``, a file
beside it) and the variant of the CV to send (``tags``, ``leave-out``,
``skills-first``, ``headline``, ``pages``); after them, the cover letter, as
MyST. A variant only selects and orders what the CV's records hold; the
headline is the one line the author writes for the job.
"""

from __future__ import annotations

import dataclasses
import datetime
from typing import TYPE_CHECKING, Any

import yaml

from sphinx_cv.core.names import name_key

if TYPE_CHECKING:
    from collections.abc import Iterable

FENCE = "---"
REQUIRED = ("employer", "role", "date")
TEXTS = ("employer", "role", "addressee", "job", "job-file", "headline")
LISTS = ("tags", "leave-out", "skills-first")
FIELDS = (*REQUIRED, "addressee", "job", "job-file", *LISTS, "headline", "pages")
FIELDS_AND_FLAGS = (*FIELDS, "example")


class ApplicationError(Exception):
    """An application that cannot be used: each problem with its line."""

    def __init__(self, problems: list[tuple[int, str]]) -> None:
        super().__init__("; ".join(f"line {line}: {text}" for line, text in problems))
        self.problems = problems


@dataclasses.dataclass(frozen=True)
class Variant:
    """What of the CV an application sends, and in which order.

    A role or a highlight without tags is always shown. One with tags is shown
    when none of them is left out and, if the variant names ``tags``, one of
    them is named there.
    """

    tags: tuple[str, ...] = ()
    leave_out: tuple[str, ...] = ()
    skills_first: tuple[str, ...] = ()
    headline: str = ""
    pages: int | None = None

    def shows(self, tags: Iterable[str]) -> bool:
        keys = {name_key(tag) for tag in tags}
        if not keys:
            return True
        if keys & {name_key(tag) for tag in self.leave_out}:
            return False
        return not self.tags or bool(keys & {name_key(tag) for tag in self.tags})

    @property
    def asked_tags(self) -> tuple[str, ...]:
        """Every tag the variant names, each once."""
        return tuple(dict.fromkeys((*self.tags, *self.leave_out)))


@dataclasses.dataclass(frozen=True)
class Application:
    """One application: for whom, the job, the variant, and the letter."""

    name: str
    employer: str
    role: str
    date: datetime.date
    addressee: str
    job: str
    job_file: str
    variant: Variant
    letter: str
    letter_line: int
    example: bool
    # The line of each field, for a warning about it.
    lines: dict[str, int] = dataclasses.field(compare=False, hash=False)


def read_application(text: str, name: str) -> Application:
    """The application that ``text``, a file's content, holds.

    ``name`` is the file's stem. Raises ApplicationError with every problem found.
    """
    front, letter, letter_line = split_front_matter(text)
    fields, lines = parse_fields(front)
    reader = FieldReader(fields, lines)
    application = Application(
        name=name,
        employer=reader.text("employer"),
        role=reader.text("role"),
        date=reader.date("date"),
        addressee=reader.text("addressee"),
        job=reader.text("job"),
        job_file=reader.text("job-file"),
        variant=Variant(
            tags=reader.names("tags"),
            leave_out=reader.names("leave-out"),
            skills_first=reader.names("skills-first"),
            headline=reader.text("headline"),
            pages=reader.pages("pages"),
        ),
        letter=letter,
        letter_line=letter_line,
        example=reader.flag("example"),
        lines=lines,
    )
    reader.check_the_job()
    reader.check_unknown()
    if reader.problems:
        raise ApplicationError(sorted(reader.problems))
    return application


def split_front_matter(text: str) -> tuple[str, str, int]:
    """The fields' YAML, the letter, and the letter's first line (from 1)."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != FENCE:
        raise ApplicationError(
            [(1, "an application starts with its fields between '---' lines")]
        )
    for index, line in enumerate(lines[1:], start=1):
        if line.strip() == FENCE:
            rest = lines[index + 1 :]
            blank = 0
            while blank < len(rest) and not rest[blank].strip():
                blank += 1
            return "".join(lines[1:index]), "".join(rest[blank:]), index + 2 + blank
    raise ApplicationError([(1, "the fields' '---' line has no closing '---' line")])


def parse_fields(front: str) -> tuple[dict[str, Any], dict[str, int]]:
    """The fields, and each one's line in the file (the fence is line 1)."""
    try:
        node = yaml.compose(front, Loader=yaml.SafeLoader)
        fields = yaml.safe_load(front)
    except yaml.YAMLError as error:
        # Where what went wrong began (an unclosed "["), else where it showed.
        mark = getattr(error, "context_mark", None) or getattr(
            error, "problem_mark", None
        )
        line = mark.line + 2 if mark is not None else 1
        raise ApplicationError([(line, f"not YAML: {error}")]) from None
    if fields is None:
        fields, node = {}, None
    if not isinstance(fields, dict) or not isinstance(node, yaml.MappingNode | None):
        raise ApplicationError([(2, "the fields must be 'name: value' lines")])
    lines = {
        str(key.value): key.start_mark.line + 2
        for key, _ in (node.value if node else [])
    }
    return {str(key): value for key, value in fields.items()}, lines


class FieldReader:
    """Reads the fields one by one, keeping every problem with its line."""

    def __init__(self, fields: dict[str, Any], lines: dict[str, int]) -> None:
        self.fields = fields
        self.lines = lines
        self.problems: list[tuple[int, str]] = []

    def problem(self, field: str, text: str) -> None:
        self.problems.append((self.lines.get(field, 1), text))

    def text(self, field: str) -> str:
        value = self.fields.get(field)
        if value is None or value == "":
            if field in REQUIRED:
                self.problem(field, f"'{field}' is required")
            return ""
        if isinstance(value, bool | dict | list):
            self.problem(field, f"'{field}' must be text, not {type(value).__name__}")
            return ""  # pragma: no mutate
        return str(value)

    def date(self, field: str) -> datetime.date:
        value = self.fields.get(field)
        if isinstance(value, datetime.date):
            return value
        if isinstance(value, str):
            try:
                return datetime.date.fromisoformat(value)
            except ValueError:
                pass
        if value is None:
            self.problem(field, f"'{field}' is required")
        else:
            self.problem(field, f"'{field}' must be a date, as 2026-12-01: {value!r}")
        return datetime.date.min

    def names(self, field: str) -> tuple[str, ...]:
        """A list, or one line of names separated by commas."""
        value = self.fields.get(field)
        if value is None:
            return ()
        if isinstance(value, str):
            value = value.split(",")
        if not isinstance(value, list) or not all(
            isinstance(item, str | int | float) for item in value
        ):
            self.problem(field, f"'{field}' must be a list of names")
            return ()
        return tuple(
            dict.fromkeys(str(item).strip() for item in value if str(item).strip())
        )

    def pages(self, field: str) -> int | None:
        value = self.fields.get(field)
        if value is None:
            return None
        if isinstance(value, int) and not isinstance(value, bool) and value >= 1:
            return value
        self.problem(field, f"'{field}' must be a whole number, 1 or more: {value!r}")
        return None

    def flag(self, field: str) -> bool:
        value = self.fields.get(field, False)
        if isinstance(value, bool):
            return value
        self.problem(field, f"'{field}' must be true or false: {value!r}")
        return False  # pragma: no mutate

    def check_the_job(self) -> None:
        job, job_file = self.fields.get("job"), self.fields.get("job-file")
        if job and job_file:
            self.problem("job-file", "give 'job' or 'job-file', not both")
        elif not job and not job_file:
            self.problem(
                "job",
                "'job' or 'job-file' is required: the job's description, pasted, "
                "or the file it is in",
            )

    def check_unknown(self) -> None:
        for field in self.fields:
            if field not in FIELDS_AND_FLAGS:
                known = ", ".join(FIELDS_AND_FLAGS)
                self.problem(field, f"'{field}' is not a field; the fields are {known}")
