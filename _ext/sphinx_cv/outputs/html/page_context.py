"""The page's context, which the theme renders, mended before the theme reads it.

``single_page.py`` and ``aria.py`` rewrite the sidebar's HTML, which the
template's ``toctree()`` gives; ``sharing.py`` and ``jsonld.py`` add tags to the
page's head.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable

    from docutils import nodes
    from sphinx.application import Sphinx

    # (app, the page's name, the template's context)
    PageContextHandler = Callable[[Sphinx, str, dict[str, Any]], None]


def on_page_context(
    app: Sphinx, handler: PageContextHandler, *, priority: int = 500
) -> None:
    """Calls ``handler`` with what it reads of each page in ``html-page-context``."""

    def handle(
        app: Sphinx,
        pagename: str,
        _templatename: str,
        context: dict[str, Any],
        _doctree: nodes.document | None,
    ) -> None:
        handler(app, pagename, context)

    app.connect("html-page-context", handle, priority=priority)


def rewrite_toctree(context: dict[str, Any], rewrite: Callable[[str], str]) -> None:
    """The sidebar's HTML, as the template's ``toctree()`` gives it, rewritten.

    Connect the caller to ``html-page-context`` before the theme's own handlers
    (priority below 500): furo renders its navigation in one of them.
    """
    toctree: Callable[..., str] | None = context.get("toctree")
    if callable(toctree):

        def rewritten(**kwargs: Any) -> str:  # noqa: ANN401 - the template's options
            return rewrite(toctree(**kwargs))

        context["toctree"] = rewritten
