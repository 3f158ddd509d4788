"""Links between the sites of one CV in more languages (``cv_translations``).

Each page names its own page in every other language: ``<link rel="alternate"
hreflang>`` in its head, for search engines, and the header (``cv_person``) a
line of links, each language named in itself ("Deutsch"). Only the languages
``cv_translations`` lists are linked, so a translation is linked once its author
says it is complete, never while it still falls back to the source's text.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from babel import Locale
from docutils import nodes

from sphinx_cv.config import cv_config
from sphinx_cv.model.nodes import cv_header
from sphinx_cv.outputs.html.page_context import on_page_context
from sphinx_cv.outputs.html.website import is_website

if TYPE_CHECKING:
    from sphinx.application import Sphinx


def register(app: Sphinx) -> None:
    app.connect("doctree-resolved", add_language_links)
    on_page_context(app, add_alternates)


def other_sites(app: Sphinx) -> dict[str, str]:
    """The other languages' sites, by language: never this build's own."""
    sites = cv_config(app.config).translations
    return {
        language: url
        for language, url in sorted(sites.items())
        if language != app.config.language
    }


def page_in(app: Sphinx, site: str, pagename: str) -> str:
    return site + app.builder.get_target_uri(pagename)


def add_alternates(app: Sphinx, pagename: str, context: dict[str, Any]) -> None:
    if app.builder.format != "html":
        return
    links = "".join(
        f'\n<link rel="alternate" hreflang="{html.escape(language)}" '
        f'href="{html.escape(page_in(app, site, pagename))}" />'
        for language, site in other_sites(app).items()
    )
    if links:
        context["metatags"] = context.get("metatags", "") + links


def add_language_links(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Ends each header with a link to this page in each other language."""
    sites = other_sites(app)
    if not sites or not is_website(app):
        return
    for header in doctree.findall(cv_header):
        line = nodes.paragraph(classes=["cv-languages"])
        for index, (language, site) in enumerate(sites.items()):
            if index:
                line += nodes.Text(" · ")
            name = own_name(language)
            line += nodes.reference(name, name, refuri=page_in(app, site, docname))
        header.append(line)


def own_name(language: str) -> str:
    """The language's name in itself, as its readers look for it ("Deutsch")."""
    try:
        name = Locale.parse(language).get_display_name(language)
    except (ValueError, LookupError):
        return language
    return str(name[:1].upper() + name[1:]) if name else language
