"""``make mutation`` times each test with its set-up: ``support/mutation_timing.py``."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from mutmut.state import state
from support import mutation_timing

if TYPE_CHECKING:
    from collections.abc import Iterator

SUITE = """
import time

import pytest


@pytest.fixture
def slow_build():
    time.sleep(0.3)


def test_with_a_build(slow_build):
    pass


def test_alone():
    pass
"""


@pytest.fixture
def durations() -> Iterator[dict[str, float]]:
    recorded = state().duration_by_test
    before = dict(recorded)
    recorded.clear()
    yield recorded
    recorded.clear()
    recorded.update(before)


def timed(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    # Only the plugin under test: the installed ones took seconds to load.
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
    pytester.makepyfile(test_suite=SUITE)
    result = pytester.runpytest_inprocess(plugins=[mutation_timing])
    result.assert_outcomes(passed=2)


def test_while_mutmut_maps_tests_a_tests_set_up_counts_in_its_time(
    pytester: pytest.Pytester,
    monkeypatch: pytest.MonkeyPatch,
    durations: dict[str, float],
) -> None:
    monkeypatch.setenv("MUTANT_UNDER_TEST", "stats")
    timed(pytester, monkeypatch)
    assert durations["test_suite.py::test_with_a_build"] >= 0.3
    assert durations["test_suite.py::test_alone"] < 0.3


def test_at_any_other_time_nothing_is_recorded(
    pytester: pytest.Pytester,
    monkeypatch: pytest.MonkeyPatch,
    durations: dict[str, float],
) -> None:
    monkeypatch.delenv("MUTANT_UNDER_TEST", raising=False)
    timed(pytester, monkeypatch)
    assert durations == {}
