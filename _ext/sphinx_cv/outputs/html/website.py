"""Which HTML builds are web sites: those that are not embedded, as epub is."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sphinx.application import Sphinx


def is_website(app: Sphinx) -> bool:
    return app.builder.format == "html" and not getattr(app.builder, "embedded", True)
