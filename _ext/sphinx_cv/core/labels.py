"""How dates, durations and years read, in words a message catalog can translate.

The core writes English; ``Labels`` is what the Sphinx layer hands in to say the
same in the build's language (``i18n.TranslatedLabels``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from sphinx_cv.core.dates import CVDate, Month


def mark(message: str) -> str:
    """Marks a msgid for the message catalog, where it is translated later."""
    return message


class Labels(Protocol):
    """The words the CV's own labels use; the Sphinx layer supplies translated ones."""

    @property
    def present(self) -> str: ...

    @property
    def under_a_year(self) -> str: ...

    def month_abbreviation(self, month: int) -> str: ...

    def years(self, count: int) -> str: ...

    def months(self, count: int) -> str: ...


MONTHS_PER_YEAR = 12

# Month abbreviations are whole msgids, so a translator can say "Sept." or "März".
MONTH_ABBREVIATIONS = (
    mark("Jan"),
    mark("Feb"),
    mark("Mar"),
    mark("Apr"),
    mark("May"),
    mark("Jun"),
    mark("Jul"),
    mark("Aug"),
    mark("Sep"),
    mark("Oct"),
    mark("Nov"),
    mark("Dec"),
)


def format_month(month: Month, labels: Labels) -> str:
    return f"{labels.month_abbreviation(month.month)} {month.year}"


def format_date(date: CVDate, labels: Labels) -> str:
    """A CV shows months: a day is shown as its month, a year alone as the year."""
    if date.month is None:
        return str(date.year)
    return f"{labels.month_abbreviation(date.month)} {date.year}"


def format_duration(months: int, labels: Labels) -> str:
    """``39`` reads "3 yrs 3 mos"; ``12`` reads "1 yr"; ``0`` reads "0 mos"."""
    years, remainder = divmod(max(months, 0), MONTHS_PER_YEAR)
    parts = []
    if years:
        parts.append(labels.years(years))
    if remainder or not years:
        parts.append(labels.months(remainder))
    return " ".join(parts)


def format_years(months: int, labels: Labels) -> str:
    """Whole years, rounded down; under a year reads "< 1"."""
    years = months // MONTHS_PER_YEAR
    return str(years) if years else labels.under_a_year
