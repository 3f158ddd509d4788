"""cv_today's default: SOURCE_DATE_EPOCH for reproducible builds, else today."""

from __future__ import annotations

import datetime

import pytest
from sphinx_cv.config import default_today


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
