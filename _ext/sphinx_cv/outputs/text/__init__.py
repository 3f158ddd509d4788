"""The CV as plain text, for pasting into an application form: ``-b text``.

Sphinx's text writer marks emphasis with asterisks, which a form shows as they
are; a CV's text is words. Role headings set their dates flush right, as the
printed CV does.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from docutils import nodes
from sphinx.writers.text import MAXWIDTH, TextTranslator

from sphinx_cv.model.nodes import ancestors, cv_heading, cv_skill_line, cv_when
from sphinx_cv.outputs import generic

if TYPE_CHECKING:
    from collections.abc import Mapping

    from sphinx.application import Sphinx

    from sphinx_cv.outputs.generic import Visitors

HANGING_INDENT = "    "


class PlainTextTranslator(TextTranslator):
    """Sphinx's text writer, with no asterisks.

    Emphasis and strong are plain words, and bullets are dashes, as in a letter.
    """

    def depart_list_item(self, node: nodes.Element) -> None:
        if self.list_counter[-1] == -1:  # a bullet list's item
            self.end_state(first="- ")
        else:
            super().depart_list_item(node)

    def visit_emphasis(self, node: nodes.Element) -> None:
        pass

    def depart_emphasis(self, node: nodes.Element) -> None:
        pass

    def visit_strong(self, node: nodes.Element) -> None:
        pass

    def depart_strong(self, node: nodes.Element) -> None:
        pass

    def visit_Text(self, node: nodes.Text) -> None:  # noqa: N802 - docutils' name
        text = node.astext()
        if len(text) <= MAXWIDTH or any(
            isinstance(parent, nodes.FixedTextElement) for parent in ancestors(node)
        ):
            super().visit_Text(node)
        else:
            self.add_text(broken_long_words(text))


# Python's textwrap, which Sphinx's writer wraps lines with, finds words with a
# pattern that takes time in the square of a word's length: 3.5 s for a line of
# three 10,000-character words. A word longer than a line is broken into lines
# anyway; it is broken into pieces a line long first, which wrap in no time.
WHITE_SPACE = re.compile(r"(\s+)")


def broken_long_words(text: str, width: int = MAXWIDTH) -> str:
    """``text`` with each word longer than ``width`` as pieces ``width`` long."""
    if len(text) <= width:
        return text
    pieces = []
    for piece in WHITE_SPACE.split(text):
        if len(piece) > width and not piece.isspace():
            pieces.append(
                " ".join(
                    piece[start : start + width]
                    for start in range(0, len(piece), width)
                )
            )
        else:
            pieces.append(piece)
    return "".join(pieces)


def aligned_heading(what: str, when: str, width: int = MAXWIDTH) -> str:
    """What at the left, when flush right; when on a line of its own if need be."""
    gap = width - len(what) - len(when)
    if gap >= 2:  # noqa: PLR2004 - two spaces keep the columns apart
        return what + " " * gap + when
    return what + "\n" + when.rjust(width)


def visit_heading(translator: TextTranslator, node: nodes.Element) -> None:
    when = next(iter(node.findall(cv_when)), None)
    what = " ".join(
        child.astext() for child in node.children if child is not when
    ).split()
    translator.new_state(0)
    translator.add_text(
        aligned_heading(
            " ".join(what), " ".join((when.astext() if when else "").split())
        )
    )
    translator.end_state(wrap=False)
    raise nodes.SkipNode


def wrapped_items(label: str, items: list[str], width: int = MAXWIDTH) -> str:
    """``label: a, b, c`` wrapped between items, never inside one ("3 yrs")."""
    lines = [f"{label}:"]
    for index, item in enumerate(items):
        piece = item + ("," if index < len(items) - 1 else "")
        if len(lines[-1]) + 1 + len(piece) <= width:
            lines[-1] += " " + piece
        else:
            lines.append(HANGING_INDENT + piece)
    return "\n".join(lines)


def visit_skill_line(translator: TextTranslator, node: nodes.Element) -> None:
    label = node[0].astext()
    items = [
        " ".join(item.astext().split())
        for item in node.findall(nodes.inline)
        if "cv-skill-item" in item["classes"]
    ]
    translator.new_state(0)
    translator.add_text(wrapped_items(label, items))
    translator.end_state(wrap=False)
    raise nodes.SkipNode


VISITORS: Mapping[type[nodes.Element], Visitors] = {
    **generic.VISITORS,
    # Dates flush right, as the PDF sets them.
    cv_heading: (visit_heading, None),
    cv_skill_line: (visit_skill_line, None),
}


def register(app: Sphinx) -> None:
    app.set_translator("text", PlainTextTranslator)
