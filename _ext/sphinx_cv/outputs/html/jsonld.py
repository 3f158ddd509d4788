"""JSON-LD in every HTML page's head: the page is a ``ProfilePage`` of ``cv_person``.

The ``Person``, with every record, is on one page, the root document's; every
other page refers to it by its ``@id``, as schema.org allows, so that a page's
size does not grow with the CV.

Added to the template's ``metatags`` in ``html-page-context``, as sphinx-bioschemas
and sphinxext-opengraph add theirs, so any theme that writes ``metatags`` (furo,
alabaster, the Read the Docs theme) carries it. The data comes from the CV's
snapshot (``snapshot.py``), made into JSON-LD by ``core/jsonld.py``; a project
without a person's name gets none.

Only that page carries the records, so only it is written again when a record
changes (``the_persons_page_when_the_records_change``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sphinx_cv.config import names_the_person
from sphinx_cv.core.jsonld import (
    identified,
    person,
    profile_page,
    reference,
    script_text,
)
from sphinx_cv.incremental import PAGES_TO_REWRITE
from sphinx_cv.outputs.html.page_context import on_page_context
from sphinx_cv.snapshot import cv_snapshot

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

    from sphinx_cv.domain import Changes


def register(app: Sphinx) -> None:
    on_page_context(app, add_json_ld)
    app.connect(PAGES_TO_REWRITE, the_persons_page_when_the_records_change)


def the_persons_page_when_the_records_change(
    app: Sphinx, env: BuildEnvironment, changes: Changes
) -> list[str]:
    """The root document's page carries every record: a change rewrites it."""
    root = app.config.root_doc
    if changes.records and carries_json_ld(app) and root in env.found_docs:
        return [root]
    return []


def carries_json_ld(app: Sphinx) -> bool:
    """HTML pages do, when the CV names its person."""
    return app.builder.format == "html" and names_the_person(app.config)


def person_of_this_build(app: Sphinx, site_url: str, identifier: str) -> dict[str, Any]:
    snapshot = cv_snapshot(app.env)
    shown = snapshot.published_person
    if shown is None:  # carries_json_ld has made sure there is a person
        return {}
    about = person(
        shown,
        roles=snapshot.roles,
        usages=snapshot.usages,
        facts=snapshot.facts,
        site_url=site_url,
    )
    return identified(about, identifier)


def add_json_ld(app: Sphinx, pagename: str, context: dict[str, Any]) -> None:
    if not carries_json_ld(app):
        return
    now = cv_snapshot(app.env).today
    base = app.config.html_baseurl
    site_url = base if base.endswith("/") or not base else base + "/"
    root = app.config.root_doc
    # Absolute on a site with an address; else relative, from this page.
    where = (
        site_url + app.builder.get_target_uri(root)
        if site_url
        else app.builder.get_relative_uri(pagename, root)
    )
    identifier = f"{where}#person"
    about = (
        person_of_this_build(app, site_url, identifier)
        if pagename == root
        else reference(identifier)
    )
    page_url = site_url + app.builder.get_target_uri(pagename) if site_url else ""
    data = profile_page(about=about, page_url=page_url, today=now)
    context["metatags"] = (
        context.get("metatags", "")
        + f'\n<script type="application/ld+json">{script_text(data)}</script>\n'
    )
