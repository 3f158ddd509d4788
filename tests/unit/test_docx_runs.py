"""The Word writer's own ways to add and style a run give python-docx's XML, byte
for byte."""

from __future__ import annotations

import docutils.utils
import docx
import pytest
from docx.enum.dml import MSO_THEME_COLOR_INDEX
from docx.shared import Pt
from lxml import etree
from sphinx_cv.outputs.docx.writer import QUIET, DocxTranslator, Inline

TEXTS = [
    "plain words",
    " spaces at both ends ",
    "a\ttab",
    "a line\nbreak",
    "a carriage\rreturn",
    "\t",
    "é, 😀 and \u00a0",
]


def run_xml(text: str, *, ours: bool) -> bytes:
    paragraph = docx.Document().add_paragraph()
    run = DocxTranslator.add_run(paragraph, text) if ours else paragraph.add_run(text)
    return etree.tostring(run._r)  # noqa: SLF001 - the element python-docx writes


@pytest.mark.parametrize("text", TEXTS)
def test_a_run_is_the_xml_python_docx_makes(text: str) -> None:
    assert run_xml(text, ours=True) == run_xml(text, ours=False)


def test_a_tab_is_an_element_of_its_own() -> None:
    assert b"<w:tab/>" in run_xml("a\ttab", ours=True)


LOOKS = [
    Inline(),
    Inline(bold=True),
    Inline(italic=True),
    Inline(bold=True, italic=True, code=True),
    Inline(link="https://example.com/"),
    Inline(bold=True, link="https://example.com/"),
]
POINT_SIZE = 10.5


def styled_by_python_docx(look: Inline, *, quiet: bool) -> bytes:
    """The run as python-docx's own API styles it, property by property."""
    run = docx.Document().add_paragraph().add_run("text")
    run._r.get_or_add_rPr()  # noqa: SLF001 - even when empty, as the writer has it
    if look.bold:
        run.bold = True
    if look.italic:
        run.italic = True
    if look.code:
        run.font.name = "Courier New"
    if look.link:
        run.font.underline = True
        run.font.color.theme_color = MSO_THEME_COLOR_INDEX.HYPERLINK
    elif quiet:
        run.font.color.rgb = QUIET
        run.font.size = Pt(POINT_SIZE - 1.5)
    return etree.tostring(run._r)  # noqa: SLF001 - the element python-docx writes


def styled_by_the_writer(look: Inline, *, quiet: bool) -> list[bytes]:
    """Three runs of one look, as the writer styles them: made once, then copied."""
    document = docutils.utils.new_document("<test>")
    translator = DocxTranslator(document, POINT_SIZE)
    translator.inline.append(look)
    translator.quiet = int(quiet)
    paragraph = translator.word.add_paragraph()
    runs = []
    for _ in range(3):
        run = DocxTranslator.add_run(paragraph, "text")
        translator.style_run(run)
        runs.append(etree.tostring(run._r))  # noqa: SLF001 - see above
    return runs


@pytest.mark.parametrize("quiet", [False, True])
@pytest.mark.parametrize("look", LOOKS, ids=repr)
def test_a_runs_properties_are_python_docxs_however_often_it_is_styled(
    look: Inline, *, quiet: bool
) -> None:
    expected = styled_by_python_docx(look, quiet=quiet)
    assert styled_by_the_writer(look, quiet=quiet) == [expected] * 3


@pytest.mark.parametrize("look", LOOKS, ids=repr)
def test_quiet_and_plain_runs_of_one_look_keep_their_own_properties(
    look: Inline,
) -> None:
    translator = DocxTranslator(docutils.utils.new_document("<test>"), POINT_SIZE)
    translator.inline.append(look)
    paragraph = translator.word.add_paragraph()
    written = []
    for quiet in (False, True, False, True):
        translator.quiet = int(quiet)
        run = DocxTranslator.add_run(paragraph, "text")
        translator.style_run(run)
        written.append(etree.tostring(run._r))  # noqa: SLF001 - see above
    plain, quiet_run = (
        styled_by_python_docx(look, quiet=False),
        styled_by_python_docx(look, quiet=True),
    )
    assert written == [plain, quiet_run, plain, quiet_run]
