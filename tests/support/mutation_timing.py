"""A pytest plugin for ``make mutation``: a test's fixtures count in its time.

mutmut times each test as it maps tests to the functions they reach, then runs a
mutant's tests quickest first, stopping at the first that fails. It times a
test's call alone, so a test whose build is in its fixtures looked as quick as a
unit test, and was run first: nearly every mutant of a function that a build
reaches then cost a build before the unit test that kills it ran.

A module's build is made once for all its tests while mutmut maps them, but for
each mutant mutmut runs a few of them on their own, and whichever runs first
makes the build. So each test is charged every fixture it uses, as long as that
fixture took to make, whichever test made it.
"""

from __future__ import annotations

import os
import time
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable, Generator
    from pathlib import Path

# How long each fixture took to make: by where it is defined, its name and its
# parameter.
SetUp = tuple[str, str, str]
SECONDS_TO_MAKE: dict[SetUp, float] = {}
# What a fixture's making is timed by. Its own tests set a clock that moves only
# when their fixtures say, so that they wait for nothing and time exactly.
clock: Callable[[], float] = time.perf_counter


def mapping_tests_to_functions() -> bool:
    """Whether mutmut is recording which tests reach which function."""
    return os.environ.get("MUTANT_UNDER_TEST") == "stats"


def shared(scope: str) -> Callable[[str, pytest.Config], str]:
    """A build shared by the tests of ``scope``, but built for each test while
    ``make mutation`` maps tests to the functions they call.

    mutmut credits each call to the test that is running, so a shared build would
    be credited to the first test that asked for it: the others would never be run
    against a mutant of the code they check.
    """

    def scope_of_this_run(fixture_name: str, config: pytest.Config) -> str:  # noqa: ARG001 - pytest's signature
        return "function" if mapping_tests_to_functions() else scope

    return scope_of_this_run


@pytest.hookimpl(wrapper=True)
def pytest_fixture_setup(
    fixturedef: pytest.FixtureDef[object], request: pytest.FixtureRequest
) -> Generator[None, object, object]:
    if not mapping_tests_to_functions():
        return (yield)
    # Its own making: pytest makes the fixtures it depends on before this hook.
    start = clock()
    try:
        return (yield)
    finally:
        made = (
            fixturedef.baseid,
            fixturedef.argname,
            repr(getattr(request, "param", None)),
        )
        SECONDS_TO_MAKE[made] = clock() - start


@pytest.fixture(scope=shared("session"))
def sphinx_test_tempdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where sphinx.testing's apps build: the session's folder, as in Sphinx's own
    fixture, but one for each test while mutmut maps them.

    A test that builds a root that another test built before finds its
    environment pickled there, and reads nothing: it would look quick, and be
    credited with none of the functions that reading reaches. mutmut runs it
    alone, where it reads every page.
    """
    if mapping_tests_to_functions():
        return tmp_path_factory.mktemp("sphinx")
    return tmp_path_factory.getbasetemp()


def seconds_of_fixtures(item: pytest.Item) -> float:
    """What the fixtures ``item`` uses took to make, each the one that applies to it."""
    callspec = getattr(item, "callspec", None)
    params = callspec.params if callspec is not None else {}
    total = 0.0
    for name in getattr(item, "fixturenames", ()):
        param = repr(params.get(name))
        # The fixture of that name defined nearest the test: the longest base id.
        candidates = [
            (len(baseid), seconds)
            for (baseid, argname, made_with), seconds in SECONDS_TO_MAKE.items()
            if argname == name and made_with == param and item.nodeid.startswith(baseid)
        ]
        if candidates:
            total += max(candidates)[1]
    return total


def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> None:
    if call.when == "teardown" and mapping_tests_to_functions():
        # mutmut keeps its timings in its state, which its own plugin adds each
        # test's call to; only there is mutmut installed for certain.
        from mutmut.state import state  # noqa: PLC0415

        state().duration_by_test[item.nodeid] += seconds_of_fixtures(item)
