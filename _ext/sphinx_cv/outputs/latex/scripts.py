r"""Text in any script, as LuaLaTeX sets it.

Each direction and each shaped script is marked for ``sphinxcv.sty``.

LuaTeX sets every run left to right unless told, and a fallback font is shaped as
the Latin font it stands in for. So a right-to-left run is wrapped in ``\\cvrtl``,
what reads left to right inside it in ``\\cvltr``, and a run of Arabic, Hebrew,
Devanagari or Thai in ``\\cvscript``, which sets the font shaped for it. The runs
come from ``core/scripts.py``; pdflatex, which has no fonts for these scripts,
keeps its own way (``characters.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docutils import nodes
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util import texescape

from sphinx_cv.core.scripts import directional_runs, is_right_to_left, script_runs
from sphinx_cv.language import writes_right_to_left
from sphinx_cv.outputs.latex.characters import is_verbatim

if TYPE_CHECKING:
    from collections.abc import Callable

ENGINE = "lualatex"


def in_scripts(
    text: str, escape: Callable[[str], str], *, right_to_left_page: bool = False
) -> str | None:
    """The LaTeX for ``text``, its runs marked; None when it needs no mark.

    On a page set right to left (``right_to_left_page``), every line is, and what
    reads left to right in it ("Python", a year) is marked as such.
    """
    runs = directional_runs(text, right_to_left=right_to_left_page or None)
    needs_marks = (
        right_to_left_page
        or is_right_to_left(text)
        or any(script is not None for _, script in script_runs(text))
    )
    if not needs_marks:
        return None
    latex: list[str] = []
    inside_right_to_left = False
    for run, level in runs:
        if level and not inside_right_to_left:
            latex.append(r"\cvrtl{")
        elif not level and inside_right_to_left:
            latex.append("}")
        inside_right_to_left = bool(level)
        shaped = in_fonts(run, escape)
        latex.append(rf"\cvltr{{{shaped}}}" if level == 2 else shaped)  # noqa: PLR2004 - UAX #9's level of a left-to-right run inside a right-to-left one
    if inside_right_to_left:
        latex.append("}")
    return "".join(latex)


# The page, set right to left from its first line: its body, its paragraphs and
# its text (LuaTeX's directions), so lists, headings and dates mirror.
RIGHT_TO_LEFT_PAGE = (
    r"\AtBeginDocument{\pagedir TRT\bodydir TRT\pardir TRT\textdir TRT}"
)


def in_fonts(text: str, escape: Callable[[str], str]) -> str:
    return "".join(
        escape(run)
        if script is None
        else rf"\cvscript{{{script.value}}}{{{escape(run)}}}"
        for run, script in script_runs(text)
    )


class ScriptsAsSet(SphinxPostTransform):
    """Every text with a right-to-left run or a shaped script, marked for LuaLaTeX."""

    default_priority = 903  # after characters.py's, on the text they leave
    formats = ("latex",)

    def run(self, **kwargs: object) -> None:
        del kwargs
        if self.config.latex_engine != ENGINE:
            return
        right_to_left_page = writes_right_to_left(self.config.language)
        # Sphinx's LaTeX writer takes the document's title as one text (astext).
        document_title = next(iter(self.document.findall(nodes.title)), None)
        for text in list(self.document.findall(nodes.Text)):
            if text.parent is document_title or is_verbatim(text):
                continue
            if text.isascii() and not right_to_left_page:
                continue
            latex = in_scripts(text, escape, right_to_left_page=right_to_left_page)
            if latex is not None:
                text.parent.replace(text, nodes.raw(text, latex, format="latex"))


def escape(text: str) -> str:
    return texescape.escape(text, ENGINE)
