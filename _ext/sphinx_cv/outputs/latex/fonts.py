r"""LuaLaTeX's fonts: for a character of any script, and only those its text needs.

The PDF's own font is TeX Gyre Termes, as pdflatex sets it. For a character it
lacks, luaotfload falls back on the first Noto font that has it: Greek, Cyrillic,
Devanagari, Bengali, Thai, Chinese, Japanese, Korean, Arabic and Hebrew. The
fonts are Debian's fonts-noto-core and fonts-noto-cjk (make system-packages).

LuaTeX loads every font of the chain for each size and weight of each family the
document sets, whether a character needs it or not: Noto's CJK font alone took
more than a second of a Latin CV's three. So a document's chain holds Noto Serif
and the fonts of the scripts its text holds, chosen when the whole ``.tex`` is
known (``FontsOfItsText``). LuaLaTeX reads the written file, never ahead of it
(``pdf.py``), so nothing is read before the fonts are chosen.
"""

from __future__ import annotations

from sphinx.writers.latex import LaTeXTranslator

from sphinx_cv.core.scripts import EAST_ASIAN, Script, han_font, scripts_in
from sphinx_cv.language import ENGLISH, name_in_itself

# Bengali is not one of core's scripts: nothing but this chain chooses a font or a
# direction for it.
BENGALI = range(0x0980, 0x0A00)

# A fallback font is shaped as the Latin font it stands in for, and a script
# whose letters join or reorder needs its own rules: Arabic's would come out
# unjoined, Devanagari's conjuncts as letters and viramas. Its runs are set in a
# font shaped for it (outputs/latex/scripts.py marks them, \cvscript switches).
SHAPED_FONTS = {
    Script.ARABIC: ("Noto Sans Arabic", "Arabic"),
    Script.HEBREW: ("Noto Serif Hebrew", "Hebrew"),
    Script.DEVANAGARI: ("Noto Serif Devanagari", "Devanagari"),
    Script.THAI: ("Noto Serif Thai", "Thai"),
}


def scripts_printed(language: str, text: str | None) -> tuple[set[Script], bool]:
    """The scripts a document prints, and whether Bengali is among them.

    Those of ``text``, and of the language, whose words Sphinx's own messages
    print; without a text, every script.
    """
    if text is None:
        return set(Script), True
    characters = {
        char for char in {*text, *name_in_itself(language)} if not char.isascii()
    }
    return scripts_in("".join(characters)), any(
        ord(char) in BENGALI for char in characters
    )


def fallback_fonts(language: str, text: str | None = None) -> tuple[str, ...]:
    """The chain a character the Latin font lacks falls back on, in its order.

    Noto Serif (Latin, Greek, Cyrillic), then the font of each script printed.
    One CJK font serves Chinese, Japanese and Korean: each holds every character
    of the three, and the CV's language says whose forms its Han takes. (A second
    one was never reached, and loading it took a quarter of a Japanese PDF's
    time.)
    """
    return chain_for(language, *scripts_printed(language, text))


def chain_for(language: str, scripts: set[Script], bengali: bool) -> tuple[str, ...]:  # noqa: FBT001 - scripts_printed's pair, as it gives it
    chain = (
        ("Noto Serif Devanagari", Script.DEVANAGARI in scripts),
        ("Noto Serif Bengali", bengali),
        ("Noto Serif Thai", Script.THAI in scripts),
        (han_font(language), bool(EAST_ASIAN & scripts)),
        # Noto Naskh Arabic maps its contextual forms to Unicode's presentation
        # forms (U+FExx), which readers then read instead of the letters written.
        ("Noto Sans Arabic", Script.ARABIC in scripts),
        ("Noto Serif Hebrew", Script.HEBREW in scripts),
    )
    return ("Noto Serif", *(font for font, printed in chain if printed))


def fallback(name: str, weight: str, fonts: tuple[str, ...]) -> str:
    """Luaotfload's fallback chain ``name``: each of ``fonts`` in ``weight``."""
    chain = ", ".join(f'"{font}{weight}:mode=harf;"' for font in fonts)
    return rf'\directlua{{luaotfload.add_fallback("{name}", {{{chain}}})}}'


FALLS_BACK = (
    "RawFeature={fallback=sphinxcvregular}, "
    "BoldFeatures={RawFeature={fallback=sphinxcvbold}}"
)


def every_script_fonts(language: str, text: str | None = None) -> str:
    """The fonts of a LuaLaTeX CV in ``language``, for every character of a text.

    Without ``text``, for a character of any script.
    """
    scripts, bengali = scripts_printed(language, text)
    fonts = chain_for(language, scripts, bengali)
    return "\n".join(
        [
            fallback("sphinxcvregular", "", fonts),
            fallback("sphinxcvbold", "/B", fonts),
            *(
                rf"\set{family}font{{{font}}}[{FALLS_BACK}]"
                for family, font in (
                    ("main", "TeX Gyre Termes"),
                    ("sans", "TeX Gyre Heros"),
                    ("mono", "TeX Gyre Cursor"),
                )
            ),
            *(
                rf"\newfontfamily\cvfont{script.value}{{{font}}}"
                rf"[Renderer=HarfBuzz, Script={name}, {FALLS_BACK}]"
                for script, (font, name) in SHAPED_FONTS.items()
                if script in scripts
            ),
        ]
    )


# Under LuaLaTeX, Sphinx sets the language with polyglossia, whose Arabic and
# Hebrew need luabidi, and which would turn every page right to left; the text's
# own directions and scripts are marked instead (scripts.py). A CV is never
# hyphenated (sphinxcv.sty), so no language's patterns are missed.
def lualatex_elements(language: str) -> dict[str, str]:
    """The defaults a project's ``latex_elements`` may override.

    The fonts are every script's, until ``FontsOfItsText`` knows the text.
    """
    return {"fontpkg": every_script_fonts(language), "polyglossia": "", "babel": ""}


class FontsOfItsText(LaTeXTranslator):
    """Sphinx's LaTeX translator, with the fonts of the document's text alone.

    The fonts of ``lualatex_elements`` are narrowed once the whole document is
    written: its body and every other part of the template (the title, the
    author).

    A project's own ``fontpkg`` is left as it wrote it.
    """

    def astext(self) -> str:
        language = self.config.language or ENGLISH
        if self.elements.get("fontpkg") == every_script_fonts(language):
            parts = [
                value
                for key, value in self.elements.items()
                if isinstance(value, str) and key != "fontpkg"
            ]
            printed = "".join([*self.body, *parts])
            self.elements["fontpkg"] = every_script_fonts(language, printed)
        return super().astext()
