"""The CV's designs, for the PDF and the Word document alike (``cv_design``).

A design is one entry here. Its LaTeX is a style file beside ``sphinxcv.sty``,
loaded after it, that restyles the classic design's macros and lengths (the
visitors never change); its Word document names a face and a size, and its site
a stack of faces. To add a third: write ``sphinxcv-<name>.sty`` in
``outputs/latex/``, add an entry below, and a row to the README's table of
designs.
"""

from __future__ import annotations

import dataclasses


@dataclasses.dataclass(frozen=True)
class Design:
    """How one design prints: its style file, and Word's face and sizes."""

    name: str
    # The LaTeX package loaded after sphinxcv.sty; none for the classic design.
    style: str | None
    # Word's face for Latin text, by the name every machine knows; free fonts
    # with its widths stand in for it (TeX Gyre, Liberation).
    word_face: str
    # The site's faces, as CSS names them: Word's, then free ones with its
    # widths. TeX Gyre's come last: Chromium draws them at 16 px with the
    # bottoms of letters cut off.
    site_fonts: str
    # The face's size against latex_elements' pointsize, and the distance from
    # line to line against the class's, as the style file sets them.
    scale: float = 1.0
    line_spread: float = 1.0


DESIGNS = {
    design.name: design
    for design in (
        Design(
            "classic",
            style=None,
            word_face="Times New Roman",
            site_fonts='"Times New Roman", Times, "Liberation Serif", FreeSerif, '
            '"TeX Gyre Termes", serif',
        ),
        Design(
            "modern",
            style="sphinxcv-modern",
            word_face="Arial",
            site_fonts='Arial, Helvetica, "Liberation Sans", FreeSans, '
            '"TeX Gyre Heros", sans-serif',
            scale=0.875,
            line_spread=0.95,
        ),
    )
}
DEFAULT_DESIGN = "classic"


def design_named(name: object) -> Design:
    """The design of that name; the classic one for any other value."""
    return (
        DESIGNS.get(name, DESIGNS[DEFAULT_DESIGN])
        if isinstance(name, str)
        else DESIGNS[DEFAULT_DESIGN]
    )
