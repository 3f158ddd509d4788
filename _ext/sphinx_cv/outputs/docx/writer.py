"""The printed CV's doctree as a Word document, in the structure ATS parsers read.

One column; the header (name, headline, profiles) in the body, not in Word's page
header; the sections as real Heading styles; each employer's line with its dates
at a right-aligned tab stop, not in a table; real bullets and real hyperlinks.
"""

from __future__ import annotations

import copy
import dataclasses
import unicodedata
from typing import TYPE_CHECKING, Any, ClassVar

import docx
from docutils import nodes
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.text.run import Run
from sphinx import addnodes

from sphinx_cv.compat import paragraph_element
from sphinx_cv.core.characters import (
    code_points,
    unwritable_in_xml,
    without_unwritable_in_xml,
)
from sphinx_cv.core.designs import DEFAULT_DESIGN, DESIGNS, Design
from sphinx_cv.core.preview import short_description
from sphinx_cv.core.scripts import (
    RIGHT_TO_LEFT,
    Script,
    han_font,
    is_right_to_left,
    scripts_in,
)
from sphinx_cv.core.urls import is_contact_link
from sphinx_cv.diagnostics import Problem, warn
from sphinx_cv.i18n import _
from sphinx_cv.language import writes_right_to_left

# What python-docx makes elements of in a run's text: a tab, and line breaks.
TURNED_INTO_ELEMENTS = frozenset("\t\r\n")

if TYPE_CHECKING:
    from docx.document import Document
    from docx.text.paragraph import Paragraph

# Comments, raw markup for other formats, targets, index entries, problems.
NOT_SHOWN = (
    nodes.comment,
    nodes.raw,
    nodes.substitution_definition,
    nodes.system_message,
    nodes.target,
    addnodes.index,
)

# The most a document property holds, in characters (python-docx's limit).
PROPERTY_LENGTH = 255


def property_text(text: str) -> str:
    """Text for a document property: cut between words if it is too long."""
    return short_description(without_unwritable_in_xml(text), PROPERTY_LENGTH)


def property_list(items: list[str]) -> str:
    """As many whole items as the property holds, in order."""
    kept: list[str] = []
    for item in (without_unwritable_in_xml(item) for item in items):
        if len(", ".join([*kept, item])) > PROPERTY_LENGTH:
            break
        kept.append(item)
    return ", ".join(kept)


# Inline markup, as the look of its text.
LOOKS: tuple[tuple[type[nodes.Node], dict[str, bool]], ...] = (
    (nodes.strong, {"bold": True}),
    (nodes.emphasis, {"italic": True}),
    (nodes.literal, {"code": True}),
)


def look_of(node: nodes.Node) -> dict[str, bool] | None:
    return next((look for kind, look in LOOKS if isinstance(node, kind)), None)


# As the PDF: A4, 15 mm at the sides, 12 mm above and below.
PAGE = (Mm(210), Mm(297))
SIDE_MARGIN = Mm(15)
END_MARGIN = Mm(12)
FOOTER_DISTANCE = Mm(5)
ONE_PAGE_BOTTOM_MARGIN = Mm(6)
ONE_PAGE_TOP_MARGIN = Mm(9)
QUIET = RGBColor(0x59, 0x59, 0x59)  # the PDF's 35 % grey, for a role's skills
LINK = RGBColor(0x0D, 0x33, 0x73)  # the PDF's links' blue, {rgb}{0.05,0.2,0.45}


@dataclasses.dataclass
class Inline:
    """How the text being written looks: bold, italic, code, or a link."""

    bold: bool = False
    italic: bool = False
    code: bool = False
    link: str = ""


class DocxTranslator(nodes.NodeVisitor):
    """Writes a resolved doctree into a python-docx ``Document``.

    Nodes it has nothing to say about are passed through: their text is written
    in the paragraph that holds it.
    """

    def __init__(
        self,
        document: nodes.document,
        point_size: float,
        language: str = "en",
        *,
        one_page: bool = False,
        design: Design = DESIGNS[DEFAULT_DESIGN],
    ) -> None:
        super().__init__(document)
        self.word: Document = docx.Document()
        self.design = design
        self.point_size = point_size * design.scale
        # Lines the PDF's distance apart: its class's, at its pointsize.
        self.line_distance = baseline_skip(point_size) * design.line_spread
        # A one-page CV, as the PDF's: tighter, and with no footer.
        self.one_page = one_page
        self.fonts = ScriptFonts(language)
        # Whether this paragraph's direction is known: its first strongly
        # directed character decides it (UAX #9, P2), unless the CV's language
        # is written right to left, which decides every paragraph (HL1).
        self.direction_known = False
        self.right_to_left_page = writes_right_to_left(language)
        self.paragraph: Paragraph | None = None
        self.hyperlink: Any = None  # the w:hyperlink element runs go into
        self.inline = [Inline()]
        self.section_depth = 0
        self.list_depth = 0
        self.item_is_open = False  # no paragraph of the list item written yet
        self.quiet = 0
        self.style_ids: dict[str, str | None] = {}
        # (bold, italic, code, link, quiet) -> the run properties they make
        self.run_properties: dict[tuple[bool, ...], Any] = {}
        self.set_up_the_page()

    # --- the page ---------------------------------------------------------------

    def set_up_the_page(self) -> None:
        section = self.word.sections[0]
        section.page_width, section.page_height = PAGE
        section.left_margin = section.right_margin = SIDE_MARGIN
        section.top_margin = section.bottom_margin = END_MARGIN
        if self.one_page:
            # No footer: its room holds the last lines, as in the PDF. The header
            # starts 3 mm higher than the PDF's: Word's headings and paragraphs
            # take a few points more than LaTeX's, and ran a line over.
            section.bottom_margin = ONE_PAGE_BOTTOM_MARGIN
            section.top_margin = ONE_PAGE_TOP_MARGIN
        # The footer within the bottom margin, as the PDF's: Word's default
        # distance (12.7 mm) would push the text's foot up, and a line over.
        section.footer_distance = FOOTER_DISTANCE
        styles = self.word.styles
        in_the_pdfs_face(styles.element, self.design.word_face)
        for name in ("Normal", "List Bullet", "List Bullet 2"):
            style = styles[name]
            style.font.size = Pt(self.point_size)
            style.paragraph_format.space_after = Pt(0.5 if self.one_page else 2)
            # The PDF's distance between lines, exactly: "single" spacing is the
            # font's own, 1.34 times its size for Termes, and ran a page over.
            style.paragraph_format.line_spacing = Pt(self.line_distance)
        # The template's headings leave room for a report: a CV's are tighter.
        section_before = 3 if self.one_page else 8
        for name, size, before in (
            ("Title", 2.0, 0),
            ("Heading 1", 1.25, section_before),
        ):
            style = styles[name]
            style.font.size = Pt(self.point_size * size)
            style.paragraph_format.space_before = Pt(before)
            style.paragraph_format.space_after = Pt(2 if self.one_page else 3)
            style.paragraph_format.line_spacing = 1.0  # its own size's
            # The PDF's accent, explicitly: not the theme's blues.
            style.font.color.rgb = LINK
        # The header as the PDF's: the name centred and bold, with no rule under
        # it; the sections' headings over a hairline rule.
        title = styles["Title"]
        title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        title.font.bold = True
        title_borders = title.element.pPr.find(qn("w:pBdr"))
        if title_borders is not None:
            title.element.pPr.remove(title_borders)
        ruled(styles["Heading 1"].element.get_or_add_pPr())

    @property
    def text_width(self) -> int:
        section = self.word.sections[0]
        return int(
            (section.page_width or 0)
            - (section.left_margin or 0)
            - (section.right_margin or 0)
        )

    # --- paragraphs and runs ----------------------------------------------------

    def styled_paragraph(self, style: str | None) -> Paragraph:
        """``add_paragraph(style=...)``, with each style's id looked up once.

        python-docx looks a style's name up by scanning every style for the
        default one, each time: at 100 roles that was half the Word document's
        time. The XML written is the same.
        """
        paragraph = self.word.add_paragraph()
        self.direction_known = False
        if style is not None:
            if style not in self.style_ids:
                found = self.word.styles[style]
                default = self.word.styles.default(WD_STYLE_TYPE.PARAGRAPH)
                # As python-docx does: the default style is written as no style.
                self.style_ids[style] = None if found == default else found.style_id
            paragraph_element(paragraph).style = self.style_ids[style]
        return paragraph

    def start_paragraph(self, style: str | None = None) -> Paragraph:
        self.paragraph = self.styled_paragraph(style)
        if self.quiet:
            self.paragraph.paragraph_format.space_after = Pt(4)
        return self.paragraph

    def end_paragraph(self) -> None:
        self.paragraph = None

    def current_paragraph(self) -> Paragraph:
        """Text outside any paragraph (a list item's bare text) starts one."""
        return self.paragraph or self.start_paragraph()

    def write(self, text: str, node: nodes.Node) -> None:
        if unwritable_in_xml(text):
            codes = code_points(unwritable_in_xml(text))
            warn(
                Problem.UNWRITABLE,
                f"Word cannot hold these characters ({codes}): they are left out",
                node,
            )
            text = without_unwritable_in_xml(text)
        if not text:
            return
        paragraph = self.current_paragraph()
        run = self.add_run(paragraph, text)
        self.style_run(run)
        if not text.isascii():
            self.fonts.set_for(run, text)
        if not self.direction_known:
            self.direction_known = set_direction(
                paragraph, text, right_to_left_page=self.right_to_left_page
            )
        if self.hyperlink is not None:
            self.hyperlink.append(run.element)

    @staticmethod
    def add_run(paragraph: Paragraph, text: str) -> Run:
        """``paragraph.add_run(text)``, for text of one ``w:t``: the same XML, sooner.

        python-docx reads a run's text a character at a time, for the tabs and line
        breaks it makes elements of; a text without them is one ``w:t``, which this
        adds at once. Runs are a third of a Word document's time.
        """
        if not TURNED_INTO_ELEMENTS.intersection(text):
            run_element = paragraph_element(paragraph).add_r()
            run_element.add_t(text)
            return Run(run_element, paragraph)
        return paragraph.add_run(text)

    def style_run(self, run: Run) -> None:
        """Gives the run the properties of how its text looks, copied from a first.

        python-docx finds each property's place among an element's children, run
        after run; a CV's runs have few looks, and each look's properties are made
        once, through python-docx, and copied (a fifth of the Word document's time).
        """
        look = self.inline[-1]
        kind = (look.bold, look.italic, look.code, bool(look.link), bool(self.quiet))
        properties = self.run_properties.get(kind)
        if properties is None:
            properties = self.run_properties[kind] = self.properties_of(look)
        # First, where python-docx puts them; even empty, as it gives a run styled
        # with a bold or italic of None: the document's bytes stay as they were.
        run.element.insert(0, copy.deepcopy(properties))

    def properties_of(self, look: Inline) -> Any:  # noqa: ANN401 - python-docx's CT_RPr
        run = Run(OxmlElement("w:r"), self.word)
        properties = run.element.get_or_add_rPr()
        if look.bold:
            run.bold = True
        if look.italic:
            run.italic = True
        if look.code:
            run.font.name = "Courier New"
        if look.link:
            run.font.underline = True
            # Explicit, not the theme's hyperlink colour: a reader that ignores
            # theme colours showed links black.
            run.font.color.rgb = LINK
        elif self.quiet:
            run.font.color.rgb = QUIET
            run.font.size = Pt(self.point_size - 1.5)
        return properties

    def push(self, **changes: Any) -> None:  # noqa: ANN401 - Inline's fields
        self.inline.append(dataclasses.replace(self.inline[-1], **changes))

    def pop(self) -> None:
        self.inline.pop()

    # --- structure ----------------------------------------------------------------

    def visit_section(self, _node: nodes.Node) -> None:
        self.section_depth += 1

    def depart_section(self, _node: nodes.Node) -> None:
        self.section_depth -= 1

    def visit_title(self, _node: nodes.Node) -> None:
        if self.section_depth <= 1:
            # The document's title: the header (cv_header) shows the name.
            raise nodes.SkipNode
        level = min(self.section_depth - 1, 9)
        self.paragraph = self.styled_paragraph(f"Heading {level}")

    def depart_title(self, _node: nodes.Node) -> None:
        self.end_paragraph()

    def visit_paragraph(self, _node: nodes.Node) -> None:
        if self.list_depth and self.paragraph is None and self.item_is_open:
            style = "List Bullet" if self.list_depth == 1 else "List Bullet 2"
            self.start_paragraph(style)
            self.item_is_open = False
        else:
            self.start_paragraph()

    def depart_paragraph(self, _node: nodes.Node) -> None:
        self.end_paragraph()

    def visit_bullet_list(self, _node: nodes.Node) -> None:
        self.list_depth += 1

    def depart_bullet_list(self, _node: nodes.Node) -> None:
        self.list_depth -= 1

    def visit_enumerated_list(self, node: nodes.Node) -> None:
        self.visit_bullet_list(node)

    def depart_enumerated_list(self, node: nodes.Node) -> None:
        self.depart_bullet_list(node)

    def visit_list_item(self, _node: nodes.Node) -> None:
        self.item_is_open = True

    def depart_list_item(self, _node: nodes.Node) -> None:
        self.item_is_open = False
        self.end_paragraph()

    def visit_Text(self, node: nodes.Text) -> None:  # noqa: N802 - docutils' name
        self.write(" ".join(node.astext().split("\n")), node)

    def depart_Text(self, node: nodes.Text) -> None:  # noqa: N802
        pass

    # --- inline looks ---------------------------------------------------------------

    def visit_reference(self, node: nodes.Element) -> None:
        url = node.get("refuri", "")
        if not (
            (url and "://" in url) or url.startswith(("mailto:", "tel:"))
        ) or not is_contact_link(url):
            # A link within the CV: in a Word document, its text.
            self.push()
            return
        paragraph = self.current_paragraph()
        relation = paragraph.part.relate_to(
            url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True
        )
        self.hyperlink = OxmlElement("w:hyperlink")
        self.hyperlink.set(qn("r:id"), relation)
        paragraph_element(paragraph).append(self.hyperlink)
        self.push(link=url)

    def depart_reference(self, _node: nodes.Node) -> None:
        if self.inline[-1].link and not self.inline[-2].link:
            self.hyperlink = None
        self.pop()

    # --- the CV's own nodes -----------------------------------------------------------

    def visit_cv_header(self, node: nodes.Element) -> None:
        """The header, in the body, as the PDF has it: name, headline, contacts."""
        self.write_in(self.styled_paragraph("Title"), node["name"], node)
        if node["headline"]:
            self.write_in(self.centred(self.start_paragraph()), node["headline"], node)
        links = [*node["contacts"], *node["profiles"]]
        if links:
            self.centred(self.start_paragraph())
            for index, (shown, url) in enumerate(links):
                if index:
                    self.write(" \N{MIDDLE DOT} ", node)
                if not url:  # a location
                    self.write(shown, node)
                    continue
                link = nodes.reference(shown, shown, refuri=url)
                self.visit_reference(link)
                self.write(shown, node)
                self.depart_reference(link)
        self.end_paragraph()
        if not self.one_page:
            self.write_footer(node["name"])
        properties = self.word.core_properties
        properties.title = property_text(node["title"])
        properties.author = property_text(node["name"])
        properties.last_modified_by = properties.author
        properties.subject = property_text(node["headline"])
        properties.keywords = property_list(node["keywords"])
        raise nodes.SkipNode

    @staticmethod
    def centred(paragraph: Paragraph) -> Paragraph:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        return paragraph

    def write_footer(self, name: str) -> None:
        """Each page's foot, as the PDF's: "Name · page 1 of 2", small and grey.

        The numbers are Word's fields, which Word and LibreOffice fill in as
        they lay the pages out.
        """
        footer = self.word.sections[0].footer
        footer.is_linked_to_previous = False
        paragraph = footer.paragraphs[0]
        before, _page, rest = _("page {page} of {pages}").partition("{page}")
        between, _pages, after = rest.partition("{pages}")
        parts: list[str | tuple[str]] = [
            f"{name} \N{MIDDLE DOT} {before}",
            ("PAGE",),
            between,
            ("NUMPAGES",),
            after,
        ]
        for part in parts:
            if isinstance(part, tuple):
                field = OxmlElement("w:fldSimple")
                field.set(qn("w:instr"), f" {part[0]} ")
                field.append(self.footer_run(paragraph, "1").element)
                paragraph_element(paragraph).append(field)
            elif part:
                self.footer_run(paragraph, part)

    def footer_run(self, paragraph: Paragraph, text: str) -> Run:
        run = paragraph.add_run(text)
        run.font.size = Pt(self.point_size - 2)
        run.font.color.rgb = QUIET
        self.fonts.set_for(run, text)
        return run

    def write_in(self, paragraph: Paragraph, text: str, node: nodes.Node) -> None:
        self.paragraph = paragraph
        self.write(text, node)
        self.end_paragraph()

    def visit_cv_heading(self, node: nodes.Element) -> None:
        """What at the left; the dates at a tab stop on the right margin."""
        paragraph = self.start_paragraph()
        paragraph.paragraph_format.tab_stops.add_tab_stop(
            self.text_width, WD_TAB_ALIGNMENT.RIGHT
        )
        paragraph.paragraph_format.keep_with_next = True
        if "cv-employer" in node["classes"]:
            paragraph.paragraph_format.space_before = Pt(6)

    def depart_cv_heading(self, _node: nodes.Node) -> None:
        self.end_paragraph()

    def visit_cv_when(self, node: nodes.Node) -> None:
        self.write("\t", node)

    def depart_cv_when(self, _node: nodes.Node) -> None:
        pass

    def visit_container(self, node: nodes.Element) -> None:
        if "cv-quiet" in node["classes"]:
            self.quiet += 1

    def depart_container(self, node: nodes.Element) -> None:
        if "cv-quiet" in node["classes"]:
            self.quiet -= 1

    def visit_cv_data(self, _node: nodes.Node) -> None:
        raise nodes.SkipNode  # values for web pages' parsers

    # --- what a Word document does not show -----------------------------------------

    def dispatch_visit(self, node: nodes.Node) -> None:
        if isinstance(node, NOT_SHOWN):
            raise nodes.SkipNode
        look = look_of(node)
        if look is not None:
            self.push(**look)
        else:
            super().dispatch_visit(node)

    def dispatch_departure(self, node: nodes.Node) -> None:
        if look_of(node) is not None:
            self.pop()
        else:
            super().dispatch_departure(node)

    def visit_literal_block(self, node: nodes.Element) -> None:
        self.start_paragraph()
        self.push(code=True)
        for line in node.astext().splitlines():
            if self.paragraph is not None and self.paragraph.text:
                self.paragraph.add_run().add_break()
            self.write(line, node)
        self.pop()
        self.end_paragraph()
        raise nodes.SkipNode

    # Anything else: its children are written where they stand.
    def unknown_visit(self, node: nodes.Node) -> None:
        pass

    def unknown_departure(self, node: nodes.Node) -> None:
        pass

    # The CV's own paragraphs and lists are written as the ordinary ones; its
    # entries, dates and terms pass through, as unknown nodes do.
    visit_cv_skill_line = visit_paragraph
    depart_cv_skill_line = depart_paragraph
    visit_cv_timeline = visit_bullet_list
    depart_cv_timeline = depart_bullet_list


class ScriptFonts:
    """A run's East Asian and complex-script fonts, for the scripts it holds.

    Word and LibreOffice choose a run's font by the kind of script: without
    these, a Japanese or Arabic run is set in whatever the reader's machine
    falls back to. The Noto fonts cover every script here, on every system that
    has them; Word substitutes its own where they are missing.
    """

    COMPLEX_FONTS: ClassVar[dict[Script, str]] = {
        Script.ARABIC: "Noto Naskh Arabic",
        Script.HEBREW: "Noto Serif Hebrew",
        Script.DEVANAGARI: "Noto Serif Devanagari",
        Script.THAI: "Noto Serif Thai",
    }

    def __init__(self, language: str) -> None:
        # Kana and hangul are each the same in every CJK font; Han takes the
        # forms of the CV's language.
        self.east_asian = {
            Script.HANGUL: "Noto Serif CJK KR",
            Script.KANA: "Noto Serif CJK JP",
            Script.HAN: han_font(language),
        }

    def set_for(self, run: Run, text: str) -> None:
        scripts = scripts_in(text)
        properties = run.element.get_or_add_rPr()
        east_asian = next(
            (
                self.east_asian[script]
                for script in (Script.HANGUL, Script.KANA, Script.HAN)
                if script in scripts
            ),
            None,
        )
        complex_script = next(
            (font for script, font in self.COMPLEX_FONTS.items() if script in scripts),
            None,
        )
        if east_asian is not None:
            fonts = properties.get_or_add_rFonts()
            fonts.set(qn("w:eastAsia"), east_asian)
            fonts.set(qn("w:hint"), "eastAsia")
        if complex_script is not None:
            properties.get_or_add_rFonts().set(qn("w:cs"), complex_script)
        if is_right_to_left(text):
            properties.get_or_add_rtl()
        if complex_script is not None:
            properties.get_or_add_cs()


# The PDF's face, by the name every machine knows it by: Times New Roman, which
# TeX Gyre Termes (the PDF's) and Liberation Serif stand in for with the same
# widths, so the document keeps its lines and pages without Microsoft's fonts.
# python-docx's template asks for its theme's Cambria and Calibri, which
# LibreOffice on Linux replaced with fonts of other widths: three pages, not two.
# LaTeX's distance from line to line (\baselineskip) at its class's sizes.
LATEX_BASELINE_SKIPS = {10: 12.0, 11: 13.6, 12: 14.5}


def baseline_skip(point_size: float) -> float:
    return LATEX_BASELINE_SKIPS.get(round(point_size), 1.2 * point_size)


RULE_COLOUR = "999999"  # the PDF's rules' 60 % grey


def ruled(properties: Any) -> None:  # noqa: ANN401 - python-docx's CT_PPr
    """A hairline rule under the paragraph, as under the PDF's section titles."""
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for attribute, value in (
        ("w:val", "single"),
        ("w:sz", "4"),
        ("w:space", "1"),
        ("w:color", RULE_COLOUR),
    ):
        bottom.set(qn(attribute), value)
    borders.append(bottom)
    properties.insert_element_before(borders, *AFTER_BORDERS)


# What follows w:pBdr in a paragraph's properties (ECMA-376, CT_PPrBase).
AFTER_BORDERS = (
    *("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap"),
    *("w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN"),
    *("w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind"),
    *("w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc"),
    *("w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl"),
    *("w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange"),
)
FACE = "Times New Roman"
THEME_FACES = ("w:asciiTheme", "w:hAnsiTheme")


def in_the_pdfs_face(styles: Any, face: str = FACE) -> None:  # noqa: ANN401 - python-docx's CT_Styles
    """Every style's Latin text in ``face``, in place of the theme's fonts."""
    for fonts in styles.iter(qn("w:rFonts")):
        if any(fonts.get(qn(theme)) is not None for theme in THEME_FACES):
            for theme in THEME_FACES:
                fonts.attrib.pop(qn(theme), None)
            fonts.set(qn("w:ascii"), face)
            fonts.set(qn("w:hAnsi"), face)


# What follows w:bidi in a paragraph's properties (ECMA-376, CT_PPrBase).
AFTER_BIDI = (
    *("w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind"),
    *("w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc"),
    *("w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl"),
    *("w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange"),
)


def set_direction(
    paragraph: Paragraph, text: str, *, right_to_left_page: bool = False
) -> bool:
    """Turn the paragraph right to left if ``text`` starts it so: whether it decided.

    Only a strongly directed character decides; digits and punctuation leave it
    to the next text. On a right-to-left page, every paragraph is.
    """
    if right_to_left_page:
        turn_right_to_left(paragraph)
        return True
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction == "L":
            return True
        if direction in RIGHT_TO_LEFT:
            turn_right_to_left(paragraph)
            return True
    return False


def turn_right_to_left(paragraph: Paragraph) -> None:
    properties = paragraph_element(paragraph).get_or_add_pPr()
    properties.insert_element_before(OxmlElement("w:bidi"), *AFTER_BIDI)
