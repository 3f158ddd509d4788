"""The web site: the CV's pages, and what web readers and machines read of them.

``visitors.py`` writes the CV's nodes as HTML; ``microformats.py`` marks them
as h-resume, ``jsonld.py`` puts schema.org data in each page's head,
``sharing.py`` gives link previews the summary, ``translations.py`` links the
CV's other languages (the downloads are ``publishing.py``'s, a stage above);
``single_page.py``, ``aria.py`` and ``page_context.py`` mend what Sphinx and the
theme render.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sphinx.util.fileutil import copy_asset_file

from sphinx_cv.config import cv_config
from sphinx_cv.outputs.html import (
    aria,
    jsonld,
    sharing,
    single_page,
    translations,
)
from sphinx_cv.outputs.html.microformats import Microformats
from sphinx_cv.outputs.html.visitors import VISITORS

if TYPE_CHECKING:
    from sphinx.application import Sphinx

    from sphinx_cv.core.designs import Design

__all__ = ["VISITORS", "register"]

STATIC_DIR = Path(__file__).resolve().parent / "static"
STYLESHEET = "sphinx-cv.css"
DESIGN_STYLESHEET = "sphinx-cv-design.css"


def register(app: Sphinx) -> None:
    single_page.register(app)
    jsonld.register(app)
    sharing.register(app)
    translations.register(app)
    aria.register(app)
    app.add_post_transform(Microformats)
    app.connect("builder-inited", add_stylesheet)


def add_stylesheet(app: Sphinx) -> None:
    """Only HTML pages link the stylesheet, which the extension copies itself.

    Not through ``html_static_path``: its value, this checkout's absolute path, goes
    into ``.buildinfo``, and two checkouts would not build the same bytes. Copied
    now, before any builder (epub too) gathers ``_static``.
    """
    if app.builder.format == "html":
        app.add_css_file(STYLESHEET)
        static = Path(app.outdir) / "_static"
        static.mkdir(parents=True, exist_ok=True)
        # force: a newer extension's stylesheet replaces the one an earlier
        # version copied, which Sphinx would otherwise keep, with a warning.
        copy_asset_file(STATIC_DIR / STYLESHEET, static / STYLESHEET, force=True)
        app.add_css_file(DESIGN_STYLESHEET)
        design = cv_config(app.config).design
        (static / DESIGN_STYLESHEET).write_text(
            design_stylesheet(design), encoding="utf-8"
        )


def design_stylesheet(design: Design) -> str:
    """The site in the design's faces, on screen and printed, within the theme.

    furo sets its text and its headings in ``--font-stack`` and
    ``--font-stack--headings``; a theme without them is left as it is.
    """
    return (
        f"/* The {design.name} design (cv_design): the PDF's faces. */\n"
        "body {\n"
        f"  --font-stack: {design.site_fonts};\n"
        "  --font-stack--headings: var(--font-stack);\n"
        "}\n"
    )
