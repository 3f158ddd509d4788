"""Text that every PDF reader reads back as it was written.

pdflatex prints some characters in ways a text extractor reads as others; these
post transforms hand it the text in the forms it prints faithfully, and mark
the rest with an ActualText of itself.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from docutils import nodes
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util import texescape

from sphinx_cv.core.scripts import is_right_to_left
from sphinx_cv.model.nodes import ancestors, cv_date, cv_term

if TYPE_CHECKING:
    from collections.abc import Iterator


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


# TeX reads ",," as the low quote "„" (T1's input ligature, and LuaTeX's TeX
# ligatures): an empty group between the commas keeps them two. Sphinx escapes the
# characters of TeX's other input ligatures and conventions (< > ` ' -) already.
LIGATURES = {",,": ",{},"}
# A word TeX cannot hyphenate runs past the margin when it is wider than the line,
# and off the page for every reader. A word longer than this may break every few
# characters, as a URL does; a line holds twice as many, the narrowest column of
# a skills table twice as few.
LONGEST_UNBROKEN = 40
BREAK_EVERY = 4
ALLOW_BREAK = r"\allowbreak{}"


class TextAsWritten(SphinxPostTransform):
    """Text that TeX prints as written, and within the page.

    It runs before ``ExtractableCharacters``, which gives the words it leaves an
    ActualText of themselves.
    """

    default_priority = 901  # after ComposedCharacters, on the text it composed
    formats = ("latex",)

    def run(self, **kwargs: object) -> None:
        del kwargs
        document_title = next(iter(self.document.findall(nodes.title)), None)
        for text in list(self.document.findall(nodes.Text)):
            if text.parent is document_title or is_verbatim(text):
                continue
            if is_unbreakable(text):
                text.parent.replace(text, nodes.Text(text.replace(" ", NO_BREAK)))
                continue
            pieces = as_written(text)
            if pieces is not None:
                text.parent.replace(text, pieces)


NO_BREAK = "\N{NO-BREAK SPACE}"  # LaTeX's ~


def is_unbreakable(text: nodes.Text) -> bool:
    """Text of a date or a name that must not break across lines ("C++").

    Unless it is longer than a line holds: then it must, or run off the page.
    """
    term = next(
        (node for node in ancestors(text) if isinstance(node, (cv_date, cv_term))),
        None,
    )
    return term is not None and len(term.astext()) <= LONGEST_UNBROKEN


def as_written(text: str) -> list[nodes.Node] | None:
    """The text, with LaTeX between the characters where TeX needs it; else None."""
    if ",," not in text and all(len(word) <= LONGEST_UNBROKEN for word in text.split()):
        return None
    pieces: list[nodes.Node] = []
    for piece in words_and_spaces(text):
        if len(piece) > LONGEST_UNBROKEN and not piece.isspace():
            for start in range(0, len(piece), BREAK_EVERY):
                if start:
                    pieces.append(nodes.raw("", ALLOW_BREAK, format="latex"))
                pieces.append(nodes.Text(piece[start : start + BREAK_EVERY]))
        else:
            pieces.extend(unligatured(piece))
    return pieces


def unligatured(text: str) -> list[nodes.Node]:
    pieces: list[nodes.Node] = []
    rest = text
    while ",," in rest:
        before, _, rest = rest.partition(",,")
        pieces += [nodes.Text(before + ","), nodes.raw("", "{}", format="latex")]
        rest = "," + rest
    if rest:
        pieces.append(nodes.Text(rest))
    return pieces


# Beyond ASCII, pdflatex may print a character from math fonts (Sphinx's check
# marks and crosses), build it from an accent and a letter ("Ș" is "S" and a comma
# to a text extractor), or take a glyph named for another code point ("⟨" reads
# as "〈"). Each word with such a character carries an ActualText of itself: a
# whole word, since a span that ends inside one, after a built character, makes
# extractors see a gap there. Words are found by splitting at white space, which
# takes time in proportion to the text: a pattern that finds a word around a
# character backtracks over every long run without a space.
WHITE_SPACE = re.compile(r"(\s+)")


def words_and_spaces(text: str) -> list[str]:
    """The text's words and the white space between them, in order."""
    return [piece for piece in WHITE_SPACE.split(text) if piece]


# What pdflatex prints from a glyph of the character's own name (T1's quotes,
# dashes and Latin-1 letters, and the middle dot), which every reader maps back:
# a word of these and ASCII needs no ActualText. One does cost something: pypdf
# reads the spaces around a span as nothing, and the words on either side as one.
PRINTED_AS_WRITTEN = frozenset(
    "\u2018\u2019\u201c\u201d\u2013\u2014\u00b7" + "".join(map(chr, range(0xC0, 0x100)))
) - frozenset("\u00d7\u00f7")  # multiplication and division: Sphinx sets math


def is_word_beyond_ascii(piece: str) -> bool:
    """A word with a character pdflatex may print as another."""
    return not piece.isspace() and any(
        not char.isascii() and char not in PRINTED_AS_WRITTEN for char in piece
    )


class ExtractableCharacters(SphinxPostTransform):
    """Every character beyond ASCII reads back from the PDF as it was written.

    ``cvactualtext`` (``sphinxcv.sty``) wraps the LaTeX that Sphinx writes for
    a word in an ActualText of it, which copy-paste, screen readers and
    applicant-tracking systems read instead of the glyphs.
    """

    default_priority = 902  # after TextAsWritten, on the text it leaves
    formats = ("latex",)

    def run(self, **kwargs: object) -> None:
        del kwargs
        if self.config.latex_engine != "pdflatex":
            return  # the others print every character from a Unicode font
        # Sphinx's LaTeX writer takes the document's title as one text (astext).
        document_title = next(iter(self.document.findall(nodes.title)), None)
        for text in list(self.document.findall(nodes.Text)):
            if (
                not text.isascii()
                and any(map(is_word_beyond_ascii, words_and_spaces(text)))
                and text.parent is not document_title
                and not is_verbatim(text)
            ):
                pieces = list(with_actual_text(text, self.config.latex_engine))
                text.parent.replace(text, pieces)


def with_actual_text(text: str, latex_engine: str) -> Iterator[nodes.Node]:
    for piece in words_and_spaces(text):
        # A right-to-left word's characters each carry an ActualText already
        # (sphinxcv.sty), in the order written; extractors reverse a
        # right-to-left word's ActualText.
        if is_word_beyond_ascii(piece) and not is_right_to_left(piece):
            utf16 = piece.encode("utf-16-be").hex().upper()
            latex = texescape.escape(piece, latex_engine)
            yield nodes.raw(
                piece, rf"\cvactualtext{{{utf16}}}{{{latex}}}", format="latex"
            )
        else:
            yield nodes.Text(piece)


def is_verbatim(text: nodes.Node) -> bool:
    """Text that LaTeX is given as it is (code, math, raw LaTeX): no markup there."""
    return any(
        isinstance(node, (nodes.FixedTextElement, nodes.literal, nodes.math))
        for node in ancestors(text)
    )
