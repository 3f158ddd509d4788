"""The printed CV: LaTeX, and through it the PDF.

``layout.py`` gives every project that loads the extension a CV-shaped PDF,
``sphinxcv.sty`` is that layout in LaTeX, ``visitors.py`` writes the CV's nodes
as its macros, ``characters.py`` makes the PDF's text read back as written,
``fonts.py`` chooses LuaLaTeX's fonts for the scripts of the text,
``scripts.py`` marks each script and direction for LuaLaTeX (``sphinxcv.lua``
writes them so that readers read them as written), and ``pdf.py`` runs LaTeX
itself when asked to (``cv_make_pdf``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sphinx_cv.outputs.latex.characters import (
    ComposedCharacters,
    ExtractableCharacters,
    TextAsWritten,
)
from sphinx_cv.outputs.latex.fonts import FontsOfItsText
from sphinx_cv.outputs.latex.layout import STYLE, use_cv_layout
from sphinx_cv.outputs.latex.pdf import PdfAlongside
from sphinx_cv.outputs.latex.scripts import ScriptsAsSet
from sphinx_cv.outputs.latex.visitors import VISITORS

if TYPE_CHECKING:
    from sphinx.application import Sphinx

__all__ = ["VISITORS", "register"]


def register(app: Sphinx) -> None:
    app.add_latex_package(STYLE.stem, after_hyperref=True)
    # A project that sets a LaTeX translator of its own (override=True) keeps
    # LuaLaTeX's fallback fonts for every script.
    app.set_translator("latex", FontsOfItsText)
    app.connect("config-inited", use_cv_layout)
    app.add_post_transform(ComposedCharacters)
    app.add_post_transform(TextAsWritten)
    app.add_post_transform(ExtractableCharacters)
    app.add_post_transform(ScriptsAsSet)
    PdfAlongside().connect(app)
