"""A pytest plugin for ``make mutation``: a test's set-up counts in its time.

mutmut times each test as it maps tests to the functions they reach, then runs a
mutant's tests quickest first, stopping at the first that fails. It times a
test's call alone, so a test whose build is in its fixtures (the real CV's, made
afresh for each test while mutmut maps them: ``builds.shared``) looked as quick
as a unit test, and was run first: nearly every mutant of a function that a build
reaches then cost a build before the unit test that kills it ran. Counted with
its set-up, each test is ordered by what it costs.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pytest


def mapping_tests_to_functions() -> bool:
    """Whether mutmut is recording which tests reach which function."""
    return os.environ.get("MUTANT_UNDER_TEST") == "stats"


def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> None:
    if call.when == "setup" and mapping_tests_to_functions():
        # mutmut keeps its timings in its state, which its own plugin adds each
        # test's call to; only there is mutmut installed for certain.
        from mutmut.state import state  # noqa: PLC0415

        state().duration_by_test[item.nodeid] += call.duration
