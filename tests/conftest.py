"""Fixtures: Sphinx's own test harness, and one build of the real CV a session.

Helpers live in ``support/``; test modules import from there, never from here.
"""

from __future__ import annotations

import gc
import multiprocessing
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from support.builds import (
    MAKE_ATS_SAID,
    PROJECT_ROOT,
    BuiltProject,
    build_project,
    made_once,
)

# make mutation's timing and per-test builds; hooks and fixtures are found by name.
from support.mutation_timing import (  # noqa: F401
    pytest_fixture_setup,
    pytest_runtest_makereport,
    shared,
    sphinx_test_tempdir,
)
from support.pdfs import make
from support.template_code import SharedTemplateCode, shared_by_every_environment

if TYPE_CHECKING:
    from collections.abc import Iterator

pytest_plugins = ("sphinx.testing.fixtures", "pytester")

# sphinx-sitemap keeps a multiprocessing Manager alive for as long as its Sphinx
# app. Forked, that process would hold copies of the browser driver's pipes
# (test_browser.py), and the driver could never see them close: the session would
# hang at its end. Spawned, it starts afresh with none of them. (Sphinx's own
# parallel builds ask for "fork" by name, and are unchanged.)
multiprocessing.set_start_method("spawn", force=True)
collect_ignore = ["roots"]


# Every test process collects garbage every 50,000 allocations, not every 700.
# A Sphinx build allocates millions of objects that live as long as it does (the
# doctrees, the environment), and at Python's thresholds the collector walks
# them over and over: a tenth of the CPU of the suite's own builds. Measured on
# the corpus, config, import, HTML and translation tests: 53 s of CPU to 46 s,
# the process's peak memory 263 MB to 513 MB.
GARBAGE_COLLECTED_EVERY = (50_000, 10, 10)


def pytest_configure() -> None:
    gc.set_threshold(*GARBAGE_COLLECTED_EVERY)


def pytest_unconfigure() -> None:
    """Stop what the session started and left running: sphinx-sitemap's Manager.

    multiprocessing stops them as the interpreter exits, but ``make mutation``'s
    workers end with ``os._exit``, which skips that: each would live on.
    """
    for child in multiprocessing.active_children():
        child.terminate()
        child.join()


@pytest.fixture(scope="session")
def rootdir() -> Path:
    """Where sphinx.testing finds the test roots named by ``testroot=``."""
    return Path(__file__).resolve().parent / "roots"


@pytest.fixture(scope="session", autouse=True)
def templates_compiled_once() -> Iterator[SharedTemplateCode]:
    """Each Jinja template compiled once for the session's many Sphinx apps."""
    with shared_by_every_environment(SharedTemplateCode()) as shared:
        yield shared


# The real CV, built once a session by each builder that the tests read.


@pytest.fixture(scope=shared("session"))
def project_html(tmp_path_factory: pytest.TempPathFactory) -> BuiltProject:
    return build_project("html", tmp_path_factory.mktemp("project-html"))


@pytest.fixture(scope=shared("session"))
def project_singlehtml(tmp_path_factory: pytest.TempPathFactory) -> BuiltProject:
    return build_project("singlehtml", tmp_path_factory.mktemp("project-singlehtml"))


@pytest.fixture(scope=shared("session"))
def project_text(tmp_path_factory: pytest.TempPathFactory) -> BuiltProject:
    return build_project("text", tmp_path_factory.mktemp("project-text"))


@pytest.fixture(scope="session")
def made_by_make_ats(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real CV's two PDFs and its Word document, in the folders ``make ats``
    makes them in (``latex``, ``onepage``, ``docx``) after reading them back
    whole: once for the session, for every module that reads them. What it said
    of them is in ``MAKE_ATS_SAID``."""

    def make_ats(folder: Path) -> None:
        said = make("ats", folder, PROJECT_ROOT)
        (folder / MAKE_ATS_SAID).write_text(said, encoding="utf-8")

    return made_once(tmp_path_factory, "make-ats", make_ats)
