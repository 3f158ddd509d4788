"""``make mutation`` times each test with its set-up: ``support/mutation_timing.py``."""

from __future__ import annotations

import time
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


@pytest.fixture(scope="module")
def shared_build():
    time.sleep(0.3)


@pytest.fixture(scope="module", params=["html", "text"])
def build_per_builder(request):
    time.sleep(0.3 if request.param == "html" else 0.6)


def test_with_a_build(slow_build):
    pass


def test_alone():
    pass


def test_first_of_a_shared_build(shared_build):
    pass


def test_later_with_the_shared_build_already_made(shared_build):
    pass


def test_for_each_builder(build_per_builder):
    pass


def test_again_for_each_builder(build_per_builder):
    pass
"""


class Clock:
    """A clock that moves only when a fixture of the suite sleeps: the suite's
    set-ups take exactly as long as they say, and the tests wait for none."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def durations(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, float]]:
    """The durations mutmut records, empty for the test, with the plugin timing
    set-ups by a clock that only the suite's sleeps move."""
    clock = Clock()
    monkeypatch.setattr(mutation_timing, "clock", clock)
    monkeypatch.setattr(time, "sleep", clock.sleep)
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
    result.assert_outcomes(passed=8)


def test_while_mutmut_maps_tests_a_tests_set_up_counts_in_its_time(
    pytester: pytest.Pytester,
    monkeypatch: pytest.MonkeyPatch,
    durations: dict[str, float],
) -> None:
    monkeypatch.setenv("MUTANT_UNDER_TEST", "stats")
    timed(pytester, monkeypatch)
    assert durations["test_suite.py::test_with_a_build"] == pytest.approx(0.3)
    assert durations["test_suite.py::test_alone"] == 0


def test_a_test_costs_its_shared_build_even_when_another_made_it(
    pytester: pytest.Pytester,
    monkeypatch: pytest.MonkeyPatch,
    durations: dict[str, float],
) -> None:
    """mutmut runs a mutant's tests alone: whichever runs first makes the build."""
    monkeypatch.setenv("MUTANT_UNDER_TEST", "stats")
    timed(pytester, monkeypatch)
    for test in ("first_of_a_shared_build", "later_with_the_shared_build_already_made"):
        assert durations[f"test_suite.py::test_{test}"] == pytest.approx(0.3)
    for test in ("for_each_builder", "again_for_each_builder"):
        assert durations[f"test_suite.py::test_{test}[html]"] == pytest.approx(0.3)
        assert durations[f"test_suite.py::test_{test}[text]"] == pytest.approx(0.6)


def test_at_any_other_time_nothing_is_recorded(
    pytester: pytest.Pytester,
    monkeypatch: pytest.MonkeyPatch,
    durations: dict[str, float],
) -> None:
    monkeypatch.delenv("MUTANT_UNDER_TEST", raising=False)
    timed(pytester, monkeypatch)
    assert durations == {}


APPS = """
def test_one(sphinx_test_tempdir, record_property):
    record_property("folder", str(sphinx_test_tempdir))


def test_another(sphinx_test_tempdir, record_property):
    record_property("folder", str(sphinx_test_tempdir))
"""


@pytest.mark.parametrize(("mutant_under_test", "folders"), [("stats", 2), ("", 1)])
def test_sphinx_apps_build_afresh_for_each_test_while_mutmut_maps_them(
    pytester: pytest.Pytester,
    monkeypatch: pytest.MonkeyPatch,
    mutant_under_test: str,
    folders: int,
) -> None:
    monkeypatch.setenv("MUTANT_UNDER_TEST", mutant_under_test)
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
    pytester.makeconftest("from support.mutation_timing import sphinx_test_tempdir")
    pytester.makepyfile(test_apps=APPS)
    result = pytester.runpytest_inprocess("-p", "sphinx.testing.fixtures")
    result.assert_outcomes(passed=2)
    reports = result.reprec.getreports("pytest_runtest_logreport")  # type: ignore[attr-defined]
    used = {value for report in reports for name, value in report.user_properties}
    assert len(used) == folders
