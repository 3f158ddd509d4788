"""Private names, and tricks played on the process: all of them, and why.

Every private name of Sphinx and python-docx the extension leans on, and every
trick played on the process (a fork, a frozen collector). Each is here, and only
here, so that an upgrade that moves one breaks one place; ``tests/test_compat.py``
fails when any of them is gone or changes its shape. Nothing else in the package
reads a private name or forks.
"""

from __future__ import annotations

import gc
import os
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

    from docutils.frontend import Values
    from docx.oxml.text.paragraph import CT_P
    from docx.text.paragraph import Paragraph
    from sphinx.application import Sphinx
    from sphinx.builders import Builder
    from sphinx.environment import BuildEnvironment


def fails_on_warnings(app: Sphinx) -> bool:
    """Whether the build runs with -W.

    ``Sphinx.warningiserror`` has been a constant False since Sphinx 8.1; the
    flag itself is kept in no public attribute.
    """
    return bool(getattr(app, "_fail_on_warnings", False))


def warning_count(app: Sphinx) -> int:
    """How many warnings the build has given: Sphinx counts them privately."""
    return int(getattr(app, "_warncount", 0))


def latex_writer_settings(
    builder: Builder, *, docname: str, title: str, author: str, docclass: str
) -> Values:
    """The settings Sphinx's LaTeX builder gives its writer for one document.

    Sphinx makes them with its private ``_get_settings`` and sets these private
    fields itself (``LaTeXBuilder.write_documents``): predicting the preamble
    (``outputs/latex/pdf.py``) needs the same.
    """
    # LaTeX builds only: neither is loaded for the others, nor for sphinx-cv.
    from sphinx.util.docutils import _get_settings  # noqa: PLC0415
    from sphinx.writers.latex import LaTeXWriter  # noqa: PLC0415

    settings: Any = _get_settings(
        LaTeXWriter, defaults=builder.env.settings, read_config_files=True
    )
    settings._author = author  # noqa: SLF001 - as the builder sets them
    settings._title = title  # noqa: SLF001
    settings._contentsname = ""  # noqa: SLF001
    settings._docname = docname  # noqa: SLF001
    settings._docclass = docclass  # noqa: SLF001
    return settings  # type: ignore[no-any-return]


def forget_pickled_doctree(env: BuildEnvironment, docname: str) -> None:
    """Drop the environment's copy of a document's pickled doctree.

    The environment keeps each for its whole life, which a build per process
    never notices; ``make livepdf`` builds many times in one process, and would
    show a page as it was first read.
    """
    env._pickled_doctree_cache.pop(docname, None)  # noqa: SLF001 - see above


def forget_the_root_doctree(env: BuildEnvironment) -> None:
    """Drop the environment's copy of the root document's doctree.

    ``master_doctree`` is a ``functools.cached_property``: read once, kept for the
    environment's life, which the toctree adapter reads. ``make livepdf`` builds
    many times in one process, and the root page may change between them.
    """
    env.__dict__.pop("master_doctree", None)


def paragraph_element(paragraph: Paragraph) -> CT_P:
    """python-docx's ``w:p`` of a paragraph: it has no public name for it.

    The Word writer adds runs and links to it directly (python-docx has no API
    for links, and its own way of adding a run reads the text a character at a
    time), and the paragraph's direction, which python-docx does not model.
    """
    return paragraph._p  # noqa: SLF001 - see above


# --- the process ------------------------------------------------------------------


def can_fork() -> bool:
    """Whether work can go to a process of its own (not on Windows)."""
    return hasattr(os, "fork")


def run_in_a_fork(work: Callable[[], object]) -> int:
    """Starts ``work`` in a forked process; its process id, for ``wait_for``.

    The child ends at once when the work does (``os._exit``): the build's own
    clean-up and output are the parent's. Its status says whether it raised.
    """
    child = os.fork()
    if child == 0:
        done = False
        try:
            work()
            done = True
        finally:
            os._exit(0 if done else 1)
    return child


def wait_for(child: int) -> bool:
    """Waits for a process ``run_in_a_fork`` started: whether its work was done."""
    _, status = os.waitpid(child, 0)
    return os.waitstatus_to_exitcode(status) == 0


# Python's collections of the oldest generation touch every object they pass,
# and a page of memory a forked child shares is copied the moment it is touched.
# ``gc.freeze`` is what Python's own documentation advises before a fork
# without exec, and at the end of a process: collections then pass the objects
# by. A process that builds again unfreezes them first.
_FROZEN = False


def freeze_the_collector() -> None:
    global _FROZEN  # noqa: PLW0603 - the process's one collector
    gc.freeze()
    _FROZEN = True


def unfreeze_the_collector() -> None:
    global _FROZEN  # noqa: PLW0603 - the process's one collector
    if _FROZEN:
        gc.unfreeze()
        _FROZEN = False
