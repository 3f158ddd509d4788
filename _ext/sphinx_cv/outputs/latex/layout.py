"""The printed CV's layout, for every project that loads the extension.

A project gets a CV-shaped PDF from ``latex_documents`` alone: ``sphinxcv.sty``
ships with the extension and is loaded after hyperref, and the defaults below give
A4, no title page, contents or index. Anything a project sets in ``latex_elements``
wins over them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sphinx.builders.latex import default_latex_docclass, default_latex_documents
from sphinx.util import texescape

from sphinx_cv.compat import fails_on_warnings
from sphinx_cv.config import cv_config
from sphinx_cv.core.characters import without_hidden_characters
from sphinx_cv.language import writes_right_to_left
from sphinx_cv.outputs.latex.fonts import lualatex_elements
from sphinx_cv.outputs.latex.scripts import RIGHT_TO_LEFT_PAGE

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config

STYLE = Path(__file__).resolve().parent / "sphinxcv.sty"

LINK_COLOUR = "{rgb}{0.05,0.2,0.45}"  # a dark blue that prints as near-black

LATEX_ELEMENTS = {
    "papersize": "a4paper",
    # A two-page CV needs no outline, and without one a single pdflatex pass
    # makes the final PDF (the tests compare it with a second pass).
    "passoptionstopackages": r"\PassOptionsToPackage{bookmarks=false}{hyperref}",
    "pointsize": "10pt",
    # The header from cv_person (a cv_header node) replaces Sphinx's title block.
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


# What LuaLaTeX's PDF needs beside the style: sphinxcv.sty loads it there.
LUA_CODE = STYLE.with_suffix(".lua")


def use_cv_layout(app: Sphinx, config: Config) -> None:
    config.latex_documents = documents_as_text(config)
    design = cv_config(config).design
    # New objects, never the defaults mutated: they are shared between builds.
    engine_defaults = (
        lualatex_elements(config.language or "en")
        if config.latex_engine == "lualatex"
        else {}
    )
    if config.latex_engine == "lualatex" and config.latex_docclass == (
        default_latex_docclass(config)
    ):
        # Japanese's classes are pLaTeX's; the fallback fonts set Japanese here.
        config.latex_docclass = {}
    config.latex_elements = {
        **LATEX_ELEMENTS,
        **engine_defaults,
        **config.latex_elements,
    }
    page_direction = (
        RIGHT_TO_LEFT_PAGE
        if config.latex_engine == "lualatex" and writes_right_to_left(config.language)
        else ""
    )
    if design.scale != 1:
        # The design's face (TeX Gyre Heros under pdflatex) at its scale.
        config.latex_elements["passoptionstopackages"] = (
            config.latex_elements.get("passoptionstopackages", "")
            + rf"\PassOptionsToPackage{{scale={design.scale}}}{{tgheros}}"
            + "\n"
        )
    config.latex_elements["preamble"] = (
        page_fit_guard(cv_config(config).page_limit, strict=fails_on_warnings(app))
        + page_direction
        + config.latex_elements.get("preamble", "")
    )
    needed = [STYLE, LUA_CODE] if config.latex_engine == "lualatex" else [STYLE]
    if design.style is not None:
        # Loaded after sphinxcv.sty, whose macros it restyles.
        app.add_latex_package(design.style, after_hyperref=True)
        needed.append(STYLE.with_name(f"{design.style}.sty"))
    for path in needed:
        if str(path) not in config.latex_additional_files:
            config.latex_additional_files = [*config.latex_additional_files, str(path)]


def documents_as_text(config: Config) -> list[tuple[str, ...]]:
    r"""``latex_documents`` with each title and author escaped: text, not LaTeX.

    Sphinx takes them as LaTeX, to be written into the preamble as they are. A
    CV's title is a person's name, chosen by whoever wrote the JSON Resume it was
    imported from: "100% $5" would stop pdflatex, and ``\\input{/etc/passwd}``
    would read a local file into any layout that prints the title. Sphinx's own
    default is escaped already, and is kept as it is.
    """
    documents = list(config.latex_documents)
    if documents == default_latex_documents(config):
        return documents
    engine = config.latex_engine
    # The escapes are filled when the LaTeX builder is made, after this.
    texescape.init()
    return [
        (
            *entry[:2],
            *(
                texescape.escape(without_hidden_characters(str(text)), engine)
                for text in entry[2:4]
            ),
            *entry[4:],
        )
        if len(entry) >= 4  # noqa: PLR2004 - (start, target, title, author, ...)
        else tuple(entry)
        for entry in documents
    ]


def page_fit_guard(pages: int, *, strict: bool) -> str:
    """LaTeX that warns when the PDF runs past ``pages``, or stops it if ``strict``."""
    return rf"\cvpagelimit{{{pages}}}{{{int(strict)}}}" + "\n"
