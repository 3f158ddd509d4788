"""Incremental builds: rewrite the pages whose views changed, and only those.

Sphinx re-reads a changed document, but a timeline or skills table on another page
shows its records too, and Sphinx's own todo list goes stale there
(sphinx-doc/sphinx#9706). After each read, the domain compares the digest of all
records with the last one; when it changed, every page showing or linking to cv
records is written again. A full timeline also copies each role's text, so a
change to that text rewrites the pages with one. They are rewritten, not re-read,
so an edit reads one document.

An output that shows more than the views on a page (the site's JSON-LD shows
every record on every page) adds its pages through the ``cv-pages-to-rewrite``
event, which is given what changed. This is the one ``env-updated`` handler.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sphinx_cv.domain import cv_domain

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

# (app, env, domain.Changes) -> the names of more documents to write again
PAGES_TO_REWRITE = "cv-pages-to-rewrite"


def register(app: Sphinx) -> None:
    app.add_event(PAGES_TO_REWRITE)
    app.connect("env-updated", pages_to_rewrite)


def pages_to_rewrite(app: Sphinx, env: BuildEnvironment) -> list[str]:
    domain = cv_domain(env)
    changes = domain.note_changes()
    pages: set[str] = set()
    if changes.records:
        pages.update(domain.dependents())
    if changes.texts:
        pages.update(domain.copiers())
    for more in app.emit(PAGES_TO_REWRITE, env, changes):
        pages.update(more)
    return sorted(pages)
