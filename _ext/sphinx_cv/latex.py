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
    app.add_post_transform(ExtractableCharacters)


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


# Beyond ASCII, pdflatex may print a character from math fonts (Sphinx's check
# marks and crosses), build it from an accent and a letter ("Ș" is "S" and a comma
# to a text extractor), or take a glyph named for another code point ("⟨" reads
# as "〈"). Each word with such a character carries an ActualText of itself: a
# whole word, since a span that ends inside one, after a built character, makes
# extractors see a gap there.
WORD_BEYOND_ASCII = re.compile(r"(\S*[^\s\x00-\x7f]\S*)")


class ExtractableCharacters(SphinxPostTransform):
    """Every character beyond ASCII reads back from the PDF as it was written.

    ``cvactualtext`` (``sphinxcv.sty``) wraps the LaTeX that Sphinx writes for
    a word in an ActualText of it, which copy-paste, screen readers and
    applicant-tracking systems read instead of the glyphs.
    """

    default_priority = 901  # after ComposedCharacters, on the text it composed
    formats = ("latex",)

    def run(self, **kwargs: object) -> None:
        del kwargs
        # Sphinx's LaTeX writer takes the document's title as one text (astext).
        document_title = next(iter(self.document.findall(nodes.title)), None)
        for text in list(self.document.findall(nodes.Text)):
            if (
                WORD_BEYOND_ASCII.search(text)
                and text.parent is not document_title
                and not is_verbatim(text)
            ):
                pieces = list(with_actual_text(text, self.config.latex_engine))
                text.parent.replace(text, pieces)


def with_actual_text(text: str, latex_engine: str) -> Iterator[nodes.Node]:
    for piece in WORD_BEYOND_ASCII.split(text):
        if WORD_BEYOND_ASCII.fullmatch(piece) and not is_right_to_left(piece):
            utf16 = piece.encode("utf-16-be").hex().upper()
            latex = texescape.escape(piece, latex_engine)
            yield nodes.raw(
                piece, rf"\cvactualtext{{{utf16}}}{{{latex}}}", format="latex"
            )
        elif piece:
            yield nodes.Text(piece)


def is_right_to_left(word: str) -> bool:
    """A word with Arabic or Hebrew letters, which pdflatex has no glyphs for.

    Their characters each carry an ActualText already (``sphinxcv.sty``), in the
    order written; extractors reverse a right-to-left word's ActualText.
    """
    return any(unicodedata.bidirectional(char) in {"R", "AL"} for char in word)


def is_verbatim(text: nodes.Node) -> bool:
    """Text that LaTeX is given as it is (code, math, raw LaTeX): no markup there."""
    node = text.parent
    while node is not None:
        if isinstance(node, (nodes.FixedTextElement, nodes.literal, nodes.math)):
            return True
        node = node.parent
    return False
