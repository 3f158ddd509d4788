"""The sidebar's table of contents, mended before the theme renders it.

Both ``single_page.py`` and ``aria.py`` rewrite the HTML that the template's
``toctree()`` gives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Callable


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
