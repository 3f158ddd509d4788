"""A link preview's text: the summary, on the pages that show it.

sphinxext-opengraph describes a page by its first words, which on the CV's front
page are the header's (the headline, the profile links, "Download: …"). A page
that shows ``{cv:summary}`` is described by it instead: its first paragraph,
shortened for a preview, as ``og:description`` (a page-level override that
sphinxext-opengraph reads from the page's metadata) and ``description`` (which
sphinxext-opengraph leaves alone once a page has one).
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from sphinx_cv.core.preview import short_description
from sphinx_cv.outputs.html.page_context import on_page_context
from sphinx_cv.snapshot import cv_snapshot

if TYPE_CHECKING:
    from sphinx.application import Sphinx

# What previews in chat apps and search results show before cutting the text.
DESCRIPTION_LENGTH = 200


def register(app: Sphinx) -> None:
    # Before sphinxext-opengraph's handler, at the default priority, 500.
    on_page_context(app, describe_by_the_summary, priority=450)


def describe_by_the_summary(
    app: Sphinx, pagename: str, context: dict[str, Any]
) -> None:
    summaries = cv_snapshot(app.env).summaries_on(pagename)
    if not summaries:
        return
    text = html.escape(short_description(summaries[0].text, DESCRIPTION_LENGTH))
    if not text:
        return
    # A new dict: the context's is the environment's own metadata for the page.
    context["meta"] = {**(context.get("meta") or {}), "og:description": text}
    context["metatags"] = (
        context.get("metatags", "") + f'\n<meta name="description" content="{text}" />'
    )
