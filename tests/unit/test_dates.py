"""Dates, periods and durations: the rules a CV's reader relies on."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sphinx_cv.core.dates import (
    CVDate,
    DateError,
    Month,
    Period,
    covered_months,
    epoch_date,
    parse_date,
)
from sphinx_cv.core.labels import (
    format_date,
    format_duration,
    format_month,
    format_years,
)
from support.labels import ENGLISH

TODAY = datetime.date(2026, 11, 25)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023", CVDate(2023)),
        ("2023-09", CVDate(2023, 9)),
        ("2024-02-29", CVDate(2024, 2, 29)),
        (" 2023-09 ", CVDate(2023, 9)),
    ],
)
def test_dates_parse_at_their_own_precision(text: str, expected: CVDate) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("date", "shown"),
    [
        (CVDate(2023), "2023"),
        (CVDate(2023, 1), "Jan 2023"),
        (CVDate(2023, 12, 31), "Dec 2023"),
    ],
)
def test_a_date_shows_as_its_month_or_its_year(date: CVDate, shown: str) -> None:
    assert format_date(date, ENGLISH) == shown


def test_a_month_shows_as_its_month_and_year() -> None:
    assert format_month(Month(2026, 11), ENGLISH) == "Nov 2026"


@pytest.mark.parametrize(
    "text",
    ["2023-13", "2023-02-30", "2023-00", "2023-9", "Sep 2023", "", "present", "0000"],
)
def test_malformed_or_impossible_dates_are_refused(text: str) -> None:
    with pytest.raises(DateError):
        parse_date(text)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2023-9", "'2023-9' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD"),
        (
            "2023-02-30",
            "'2023-02-30' is not a date that exists: day is out of range for month",
        ),
        ("2023-13", "'2023-13' is not a date that exists: month must be in 1..12"),
    ],
)
def test_a_refused_date_says_what_was_written_and_why(text: str, message: str) -> None:
    with pytest.raises(DateError) as raised:
        parse_date(text)
    assert str(raised.value) == message


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("2023-09", None, "3 yrs 3 mos"),  # Sep 2023 to Nov 2026, present
        ("2019-05", "2023-07", "4 yrs 3 mos"),
        ("2017-07", "2019-05", "1 yr 11 mos"),
        ("2011-06", "2017-06", "6 yrs 1 mo"),
        ("2020-01", "2020-12", "1 yr"),
        ("2020-01", "2020-01", "1 mo"),
        ("2020", "2020", "1 yr"),
        ("2020-01-31", "2020-02-01", "2 mos"),
    ],
)
def test_durations_count_calendar_months_inclusively(
    start: str, end: str | None, expected: str
) -> None:
    period = Period(parse_date(start), parse_date(end) if end else None)
    assert format_duration(period.months(TODAY), ENGLISH) == expected


def test_an_end_before_its_start_is_refused() -> None:
    with pytest.raises(DateError, match="before the start"):
        Period(parse_date("2017-06"), parse_date("2011-06"))


def test_a_current_role_not_yet_begun_has_no_months() -> None:
    assert Period(parse_date("2027-01")).months(TODAY) == 0
    assert format_duration(0, ENGLISH) == "0 mos"


def test_overlapping_periods_count_once() -> None:
    periods = [
        Period(parse_date("2010-01"), parse_date("2010-12")),
        Period(parse_date("2010-07"), parse_date("2011-06")),
    ]
    assert len(covered_months(periods, TODAY)) == 18


@pytest.mark.parametrize(
    ("months", "expected"), [(0, "< 1"), (11, "< 1"), (12, "1"), (243, "20")]
)
def test_years_round_down_and_read_under_one(months: int, expected: str) -> None:
    assert format_years(months, ENGLISH) == expected


dates = st.dates(
    min_value=datetime.date(1900, 1, 1), max_value=datetime.date(2100, 1, 1)
)
cv_dates = st.builds(
    lambda day, precision: CVDate(
        day.year,
        day.month if precision > 0 else None,
        day.day if precision > 1 else None,
    ),
    dates,
    st.integers(0, 2),
)


@st.composite
def periods(draw: st.DrawFn) -> Period:
    start = draw(cv_dates)
    end = draw(st.none() | cv_dates.filter(lambda d: d.latest >= start.earliest))
    return Period(start, end)


@given(st.text())
def test_any_text_either_parses_or_raises_date_error(text: str) -> None:
    try:
        parsed = parse_date(text)
    except DateError:
        return
    assert parse_date(parsed.isoformat()) == parsed


@given(cv_dates)
def test_a_date_round_trips_through_its_iso_form(date: CVDate) -> None:
    assert parse_date(date.isoformat()) == date


@given(periods(), dates)
def test_a_duration_is_never_negative(period: Period, today: datetime.date) -> None:
    assert period.months(today) >= 0
    assert not format_duration(period.months(today), ENGLISH).startswith("-")


@given(st.lists(periods(), min_size=1, max_size=6), dates)
def test_the_union_never_exceeds_the_span_nor_the_sum(
    spans: list[Period], today: datetime.date
) -> None:
    union = covered_months(spans, today)
    assert len(union) <= sum(period.months(today) for period in spans)
    assert len(union) >= max(period.months(today) for period in spans)
    if union:
        first = min(period.start.first_month.ordinal for period in spans)
        last = max(period.last_month(today).ordinal for period in spans)
        assert len(union) <= last - first + 1


@given(st.integers(0, 10_000))
def test_months_and_ordinals_are_inverse(ordinal: int) -> None:
    assert Month.from_ordinal(ordinal).ordinal == ordinal


# --- SOURCE_DATE_EPOCH ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("seconds", "day"),
    [
        ("1700000000", datetime.date(2023, 11, 14)),
        (" 1700000000\n", datetime.date(2023, 11, 14)),  # as a shell writes it
        ("0000000001700000000", datetime.date(2023, 11, 14)),
        ("0", datetime.date(1970, 1, 1)),
        ("253402300799", datetime.date(9999, 12, 31)),  # the last second there is
    ],
)
def test_an_epoch_is_the_day_of_its_seconds(seconds: str, day: datetime.date) -> None:
    assert epoch_date(seconds) == day


@pytest.mark.parametrize(
    ("seconds", "message"),
    [
        ("1e9", "'1e9' is not a whole number of seconds since 1970"),
        ("-5", "'-5' is not a whole number of seconds since 1970"),
        ("", "'' is not a whole number of seconds since 1970"),
        ("253402300800", "'253402300800' is after the year 9999"),  # overflows
        ("9" * 13, f"'{'9' * 13}' is after the year 9999"),  # longer than any
    ],
)
def test_an_epoch_that_is_no_day_says_why(seconds: str, message: str) -> None:
    with pytest.raises(DateError) as raised:
        epoch_date(seconds)
    assert str(raised.value) == message
