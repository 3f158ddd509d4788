"""The sidebar's caption, a heading to screen readers, says which level it is.

Sphinx writes a toctree's caption as ``<p class="caption" role="heading">`` with no
``aria-level``, which ARIA 1.2 requires; axe-core reports it as critical
(``aria-required-attr``) on every page of a furo site. Upstream: sphinx-doc/sphinx
issue 14030, pull request 14437, which adds ``aria-level="2"``, the level ARIA 1.1
implied. Until that is released, the toctree a theme renders gets it here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sphinx_cv.outputs.html.page_context import on_page_context, rewrite_toctree

if TYPE_CHECKING:
    from sphinx.application import Sphinx

UNLEVELLED = 'role="heading">'
LEVELLED = 'role="heading" aria-level="2">'


def register(app: Sphinx) -> None:
    # Before the theme's own handlers (500): furo renders its sidebar in one.
    on_page_context(app, level_the_captions, priority=400)


def with_levels(html: str) -> str:
    return html.replace(UNLEVELLED, LEVELLED)


def level_the_captions(_app: Sphinx, _pagename: str, context: dict[str, Any]) -> None:
    rewrite_toctree(context, with_levels)
