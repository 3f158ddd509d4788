"""cv_today's default: SOURCE_DATE_EPOCH for reproducible builds, else today."""

from __future__ import annotations

import datetime

import pytest
from sphinx_cv.config import default_today
from sphinx_cv.core.dates import DateError, epoch_date
from sphinx_cv.core.messages import described


def test_source_date_epoch_sets_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 2023-11-14T22:13:20Z
    assert default_today() == datetime.date(2023, 11, 14)


@pytest.mark.parametrize("value", [None, "", "not a number"])
def test_without_a_usable_epoch_today_is_today(
    monkeypatch: pytest.MonkeyPatch, value: str | None
) -> None:
    if value is None:
        monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    else:
        monkeypatch.setenv("SOURCE_DATE_EPOCH", value)
    # Read around the call, so that a test run across midnight still agrees.
    before = datetime.datetime.now(tz=datetime.UTC).date()
    today = default_today()
    after = datetime.datetime.now(tz=datetime.UTC).date()
    assert before <= today <= after


@pytest.mark.parametrize(
    ("seconds", "problem"),
    [
        ("-86400", "not a whole number of seconds since 1970"),
        ("1.5", "not a whole number of seconds since 1970"),
        ("1e9", "not a whole number of seconds since 1970"),
        ("٣", "not a whole number of seconds since 1970"),
        ("253402300800", "after the year 9999"),  # 10000-01-01
        ("9" * 5000, "after the year 9999"),
    ],
)
def test_an_epoch_that_names_no_date_says_why(seconds: str, problem: str) -> None:
    with pytest.raises(DateError, match=problem):
        epoch_date(seconds)


def test_the_last_epoch_is_the_last_day_of_9999() -> None:
    assert epoch_date("253402300799") == datetime.date(9999, 12, 31)
    assert epoch_date(" 0 ") == datetime.date(1970, 1, 1)


def test_a_value_in_a_message_is_short_whatever_its_size() -> None:
    assert described(10**5000) == "a number of 5001 digits"
    assert described(-(10**90)) == "a number of 91 digits"
    assert described([10**5000]) == "a list too large to show"
    assert described("x" * 500) == "'" + "x" * 78 + "…"
    assert described(10**79) == str(10**79)
    assert described(value=True) == "True"
    assert described(0) == "0"
