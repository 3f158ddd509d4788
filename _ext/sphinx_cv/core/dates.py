"""Dates as a CV writes them, and the calendar months a role covers.

A CV date is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``. Durations count *calendar months,
inclusively*: a role from Sep 2023 to Nov 2026 covers every month from September
2023 to November 2026, 39 months, which reads "3 yrs 3 mos". A year alone covers
January to December of that year; a day counts as its whole month.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime
import re

from sphinx_cv.core.messages import described

_CV_DATE = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2})(?:-(?P<day>\d{2}))?)?")
# A date to the year or the month is checked as its first month or day, which
# always exists. A name outside any function: mutation testing would turn a 1
# written in one into a 2, which no test could tell from it.
FIRST = 1


class DateError(ValueError):
    """A date as written cannot be read, or cannot exist."""


@dataclasses.dataclass(frozen=True, order=True)
class Month:
    """One calendar month."""

    year: int
    month: int

    @classmethod
    def of(cls, day: datetime.date) -> Month:
        return cls(day.year, day.month)

    @classmethod
    def from_ordinal(cls, ordinal: int) -> Month:
        year, month_index = divmod(ordinal, 12)
        return cls(year, month_index + 1)

    @property
    def ordinal(self) -> int:
        """Months since the start of year 0, so that consecutive months differ by 1."""
        return self.year * 12 + self.month - 1


@dataclasses.dataclass(frozen=True)
class CVDate:
    """A date to a year, a month or a day, as the CV's author gave it."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def first_month(self) -> Month:
        return Month(self.year, self.month or 1)

    @property
    def last_month(self) -> Month:
        return Month(self.year, self.month or 12)

    @property
    def earliest(self) -> datetime.date:
        return datetime.date(self.year, self.month or 1, self.day or 1)

    @property
    def latest(self) -> datetime.date:
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return datetime.date(self.year, month, day)

    def isoformat(self) -> str:
        """The date at its own precision, as HTML's ``<time datetime>`` accepts it."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text


def parse_date(text: str) -> CVDate:
    """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise DateError for the rest."""
    match = _CV_DATE.fullmatch(text.strip())
    if match is None:
        msg = f"{text!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD"
        raise DateError(msg)
    year = int(match["year"])
    month = int(match["month"]) if match["month"] else None
    day = int(match["day"]) if match["day"] else None
    try:
        datetime.date(
            year, FIRST if month is None else month, FIRST if day is None else day
        )
    except ValueError as error:
        msg = f"{text!r} is not a date that exists: {error}"
        raise DateError(msg) from None
    return CVDate(year, month, day)


# What résumé tools in the wild write besides ISO 8601's forms: a month or day of
# one digit, a slash, the month first, a month's English name, a time after the
# day. Day-first and month-first days (03/04/2019) are left out: no reader could
# tell which is meant.
_WRITTEN_DATES = (
    re.compile(r"(?P<year>\d{4})[-/](?P<month>\d{1,2})(?:[-/](?P<day>\d{1,2}))?"),
    re.compile(r"(?P<month>\d{1,2})[/.-](?P<year>\d{4})"),
    re.compile(r"(?P<name>[^\W\d_]+)\.?,?\s+(?P<year>\d{4})"),
    re.compile(r"(?P<year>\d{4})\s+(?P<name>[^\W\d_]+)\.?"),
)
_ISO_WITH_TIME = re.compile(r"(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}.*")
MONTH_NAMES = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}


def parse_written_date(text: str) -> CVDate:
    """A date as résumé tools write it: ISO 8601's forms, and the common others.

    ``2010-1-1``, ``2019/03``, ``03/2019``, ``March 2019`` and ``2019-03-01T00:00Z``
    all read as the CV's own form; DateError for what no reader could place.
    """
    stripped = text.strip()
    with_time = _ISO_WITH_TIME.fullmatch(stripped)
    if with_time:
        stripped = with_time[1]
    try:
        return parse_date(stripped)
    except DateError:
        pass
    for form in _WRITTEN_DATES:
        match = form.fullmatch(stripped)
        if match is None:
            continue
        fields = match.groupdict()
        if fields.get("name") is not None:
            month = MONTH_NAMES.get(fields["name"].casefold())
            if month is None:
                # No text fits two of the forms, so a break would do as well.
                continue  # pragma: no mutate
        else:
            month = int(fields["month"])
        day = fields.get("day")
        return parse_date(
            f"{fields['year']}-{month:02d}" + (f"-{int(day):02d}" if day else "")
        )
    msg = (
        f"{text!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD "
        "(MM/YYYY, YYYY/MM and 'March 2019' are read too)"
    )
    raise DateError(msg)


EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)
LAST_SECOND = 253_402_300_799  # 9999-12-31T23:59:59Z


def epoch_date(seconds: str) -> datetime.date:
    """The day (UTC) of a SOURCE_DATE_EPOCH: whole seconds since 1970, as ``date +%s``.

    >>> epoch_date("1700000000")
    datetime.date(2023, 11, 14)
    """
    digits = seconds.strip()
    if not re.fullmatch(r"[0-9]+", digits):
        message = f"{described(seconds)} is not a whole number of seconds since 1970"
        raise DateError(message)
    after_9999 = DateError(f"{described(seconds)} is after the year 9999")
    # The year 9999 ends within 12 digits; Python reads no more than 4,300.
    if len(digits.lstrip("0")) > len(str(LAST_SECOND)):
        raise after_9999
    try:
        return (EPOCH + datetime.timedelta(seconds=int(digits))).date()
    except OverflowError:
        raise after_9999 from None


@dataclasses.dataclass(frozen=True)
class Period:
    """From a start to an end, or to the present when there is no end."""

    start: CVDate
    end: CVDate | None = None

    def __post_init__(self) -> None:
        if self.end is not None and self.end.latest < self.start.earliest:
            msg = (
                f"the end {self.end.isoformat()} is before the start "
                f"{self.start.isoformat()}"
            )
            raise DateError(msg)

    @property
    def is_current(self) -> bool:
        return self.end is None

    def last_month(self, today: datetime.date) -> Month:
        return self.end.last_month if self.end is not None else Month.of(today)

    def month_ordinals(self, today: datetime.date) -> range:
        """Every month covered, inclusively; empty for a current role not yet begun."""
        return range(self.start.first_month.ordinal, self.last_month(today).ordinal + 1)

    def months(self, today: datetime.date) -> int:
        return len(self.month_ordinals(today))


def covered_months(periods: list[Period], today: datetime.date) -> frozenset[int]:
    """The union of the months of several periods: overlapping months count once."""
    months: set[int] = set()
    for period in periods:
        months.update(period.month_ordinals(today))
    return frozenset(months)
