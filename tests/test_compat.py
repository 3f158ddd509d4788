"""The private names of Sphinx and python-docx that ``sphinx_cv.compat`` leans on.

Each test fails when an upgrade moves or renames one: the place to mend is then
``compat.py`` alone.
"""

from __future__ import annotations

import functools
import gc
import inspect
from typing import TYPE_CHECKING

import docx
import pytest
from docx.oxml.ns import qn
from sphinx.builders.latex import LaTeXBuilder
from sphinx_cv.compat import (
    can_fork,
    fails_on_warnings,
    forget_pickled_doctree,
    forget_the_root_doctree,
    freeze_the_collector,
    latex_writer_settings,
    paragraph_element,
    run_in_a_fork,
    unfreeze_the_collector,
    wait_for,
    warning_count,
)
from support.builds import PROJECT_ROOT

if TYPE_CHECKING:
    from pathlib import Path

    from sphinx.testing.util import SphinxTestApp


@pytest.mark.sphinx("html", testroot="basic", freshenv=True, warningiserror=True)
def test_the_flag_of_w_and_the_warning_count_are_where_compat_reads_them(
    app: SphinxTestApp,
) -> None:
    # getattr's defaults would hide a rename: the attributes themselves.
    assert hasattr(app, "_fail_on_warnings")
    assert hasattr(app, "_warncount")
    assert fails_on_warnings(app) is True
    assert warning_count(app) == 0


@pytest.mark.sphinx("html", testroot="basic", freshenv=True)
def test_the_pickled_doctrees_are_where_compat_forgets_them(
    app: SphinxTestApp,
) -> None:
    assert fails_on_warnings(app) is False
    app.build()
    app.env.get_doctree("index")
    cache = app.env._pickled_doctree_cache  # noqa: SLF001 - what compat reads
    assert "index" in cache
    forget_pickled_doctree(app.env, "index")
    assert "index" not in cache


@pytest.mark.sphinx("html", testroot="basic", freshenv=True)
def test_the_root_doctree_is_kept_until_forgotten(app: SphinxTestApp) -> None:
    app.build()
    assert isinstance(
        inspect.getattr_static(type(app.env), "master_doctree"),
        functools.cached_property,
    )
    first = app.env.master_doctree
    assert app.env.master_doctree is first  # kept
    forget_the_root_doctree(app.env)
    assert app.env.master_doctree is not first


def test_the_latex_builder_sets_the_writer_settings_compat_sets() -> None:
    """compat predicts the builder's settings: the builder must still set these."""
    source = inspect.getsource(LaTeXBuilder)
    assert "_get_settings(" in source
    for field in ("_author", "_title", "_contentsname", "_docname", "_docclass"):
        assert f"settings.{field} =" in source


@pytest.mark.sphinx("latex", testroot="basic", freshenv=True)
def test_latex_writer_settings_are_the_builders(app: SphinxTestApp) -> None:
    settings = latex_writer_settings(
        app.builder, docname="index", title="T", author="A", docclass="howto"
    )
    assert (settings._title, settings._author, settings._docclass) == (  # noqa: SLF001
        "T",
        "A",
        "howto",
    )


def test_a_paragraphs_element_is_its_w_p() -> None:
    paragraph = docx.Document().add_paragraph("text")
    element = paragraph_element(paragraph)
    assert element.tag == qn("w:p")
    assert element is paragraph.runs[0].element.getparent()


# --- the process ------------------------------------------------------------------


def test_work_in_a_fork_reports_whether_it_was_done(tmp_path: Path) -> None:
    written = tmp_path / "written"
    assert can_fork()
    assert wait_for(run_in_a_fork(lambda: written.write_text("done")))
    assert written.read_text() == "done"

    def fails() -> None:
        raise RuntimeError

    assert not wait_for(run_in_a_fork(fails))


def test_the_collector_is_frozen_once_and_unfrozen_once() -> None:
    gc.unfreeze()
    try:
        freeze_the_collector()
        assert gc.get_freeze_count() > 0
        unfreeze_the_collector()
        assert gc.get_freeze_count() == 0
        gc.freeze()  # not the package's: left alone
        unfreeze_the_collector()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_no_module_but_compat_forks_or_freezes() -> None:
    package = PROJECT_ROOT / "_ext" / "sphinx_cv"
    tricks = ("os.fork(", "os._exit(", "gc.freeze(", "gc.unfreeze(")
    found = [
        f"{path.relative_to(package)}: {trick}"
        for path in package.rglob("*.py")
        if path.name != "compat.py"
        for trick in tricks
        if trick in path.read_text(encoding="utf-8")
    ]
    assert found == []
