"""The printed CV's layout, for every project that loads the extension.

A project gets a CV-shaped PDF from ``latex_documents`` alone: ``sphinxcv.sty``
ships with the extension and is loaded after hyperref, and the defaults below give
A4, no title page, contents or index. Anything a project sets in ``latex_elements``
wins over them.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

from docutils import nodes
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util import texescape

from .nodes import cv_person, person_placeholder

if TYPE_CHECKING:
    from collections.abc import Iterator

    from sphinx.application import Sphinx
    from sphinx.config import Config

STYLE = Path(__file__).resolve().parent / "texinputs" / "sphinxcv.sty"

LINK_COLOUR = "{rgb}{0.05,0.2,0.45}"  # a dark blue that prints as near-black

LATEX_ELEMENTS = {
    "papersize": "a4paper",
    # A two-page CV needs no outline, and without one a single pdflatex pass
    # makes the final PDF (the tests compare it with a second pass).
    "passoptionstopackages": r"\PassOptionsToPackage{bookmarks=false}{hyperref}",
    "pointsize": "10pt",
    # The header from cv_person (a cv_person node) replaces Sphinx's title block.
    "maketitle": "",
    "tableofcontents": "",
    "makeindex": "",
    "printindex": "",
    "fncychap": "",
    "sphinxsetup": (
        "hmargin=15mm, vmargin={12mm,12mm}, "
        f"InnerLinkColor={LINK_COLOUR}, OuterLinkColor={LINK_COLOUR}"
    ),
}


def register(app: Sphinx) -> None:
    app.add_latex_package(STYLE.stem, after_hyperref=True)
    app.connect("config-inited", use_cv_layout)
    app.add_post_transform(PrintedHeader)
    app.add_post_transform(ComposedCharacters)
    app.add_post_transform(ExtractableSymbols)


def use_cv_layout(_app: Sphinx, config: Config) -> None:
    # New objects, never the defaults mutated: they are shared between builds.
    config.latex_elements = {**LATEX_ELEMENTS, **config.latex_elements}
    if str(STYLE) not in config.latex_additional_files:
        config.latex_additional_files = [*config.latex_additional_files, str(STYLE)]


class PrintedHeader(SphinxPostTransform):
    """A printed CV opens with its header, whether or not its page asks for one.

    LaTeX prints the root document's first title as the document title, which the
    CV layout does not show, so the header from ``cv_person`` goes right under it.
    """

    default_priority = 3  # before the placeholder is filled, at 5
    formats = ("latex",)

    def run(self, **kwargs: object) -> None:
        del kwargs
        if not self.config.cv_person:
            return
        if any(self.document.findall(person_placeholder)) or any(
            self.document.findall(cv_person)
        ):
            return
        first_section = next(iter(self.document.findall(nodes.section)), None)
        if first_section is None:
            return
        placeholder = person_placeholder(docname=self.document.get("docname", ""))
        first_section.insert(1, placeholder)


class ComposedCharacters(SphinxPostTransform):
    """Text as its composed characters (NFC), which pdflatex can print.

    pdflatex knows "é" but not "e" followed by a combining accent, and stops at
    it. NFC is the same text to every reader and text extractor.
    """

    default_priority = 900  # after every transform that adds text
    formats = ("latex",)

    def run(self, **kwargs: object) -> None:
        del kwargs
        for text in list(self.document.findall(nodes.Text)):
            composed = unicodedata.normalize("NFC", text)
            if composed != text:
                text.parent.replace(text, nodes.Text(composed))


# Sphinx's LaTeX escaping sets these in math (sphinx.util.texescape).
MATH_SET_SYMBOLS = "\u2713\u2714\u2715\u2716"
MATH_SET_SYMBOL = re.compile(f"([{MATH_SET_SYMBOLS}])")


class ExtractableSymbols(SphinxPostTransform):
    """Check marks and crosses read back from the PDF as they were written.

    Sphinx prints them from math fonts, and a text extractor reads a heavy check
    mark as a light one and each cross as a multiplication sign. ``cvsymbol``
    (``sphinxcv.sty``) wraps Sphinx's own LaTeX for each in an ActualText of the
    character.
    """

    default_priority = 901  # after ComposedCharacters, on the text it composed
    formats = ("latex",)

    def run(self, **kwargs: object) -> None:
        del kwargs
        for text in list(self.document.findall(nodes.Text)):
            if MATH_SET_SYMBOL.search(text) and not is_verbatim(text):
                pieces = list(with_symbols_marked(text, self.config.latex_engine))
                text.parent.replace(text, pieces)


def with_symbols_marked(text: str, latex_engine: str) -> Iterator[nodes.Node]:
    for piece in MATH_SET_SYMBOL.split(text):
        if MATH_SET_SYMBOL.fullmatch(piece):
            latex = texescape.escape(piece, latex_engine)
            yield nodes.raw(
                piece, rf"\cvsymbol{{{ord(piece):04X}}}{{{latex}}}", format="latex"
            )
        elif piece:
            yield nodes.Text(piece)


def is_verbatim(text: nodes.Node) -> bool:
    """Text that LaTeX takes as it is (code, raw LaTeX), where markup has no place."""
    node = text.parent
    while node is not None:
        if isinstance(node, (nodes.FixedTextElement, nodes.literal)):
            return True
        node = node.parent
    return False
