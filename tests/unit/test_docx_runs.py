"""The Word writer's own ways to add and style a run give python-docx's XML, byte
for byte."""

from __future__ import annotations

import docutils.utils
import docx
import pytest
from lxml import etree
from sphinx_cv.outputs.docx.writer import DocxTranslator, Inline

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


LINK = "https://example.com/"
POINT_SIZE = 10.5
QUIET = '<w:color w:val="595959"/><w:sz w:val="18"/>'  # grey, 1.5 pt smaller
LINKED = '<w:color w:val="0D3373"/><w:u w:val="single"/>'  # the PDF's blue, explicit
CODE = '<w:rFonts w:ascii="Courier New" w:hAnsi="Courier New"/>'
# How each look's properties are written, as python-docx's API writes them.
PROPERTIES = [
    (Inline(), "", QUIET),
    (Inline(bold=True), "<w:b/>", "<w:b/>" + QUIET),
    (Inline(italic=True), "<w:i/>", "<w:i/>" + QUIET),
    (
        Inline(bold=True, italic=True, code=True),
        CODE + "<w:b/><w:i/>",
        CODE + "<w:b/><w:i/>" + QUIET,
    ),
    (Inline(link=LINK), LINKED, LINKED),  # a link is never quiet
    (Inline(bold=True, link=LINK), "<w:b/>" + LINKED, "<w:b/>" + LINKED),
]


def properties_of(run_xml: bytes) -> str:
    """The run's properties element, as written: what is between <w:r> and <w:t>."""
    written = run_xml.decode().split(">", 1)[1].rsplit("<w:t>", 1)[0]
    return (
        written.removeprefix("<w:rPr>").removesuffix("</w:rPr>").replace("<w:rPr/>", "")
    )


def styled_runs(look: Inline, quiet: list[bool]) -> list[str]:
    """Runs of one look, one a ``quiet`` value, as the writer styles them."""
    translator = DocxTranslator(docutils.utils.new_document("<test>"), POINT_SIZE)
    translator.inline.append(look)
    paragraph = translator.word.add_paragraph()
    written = []
    for each in quiet:
        translator.quiet = int(each)
        run = DocxTranslator.add_run(paragraph, "text")
        translator.style_run(run)
        written.append(properties_of(etree.tostring(run._r)))  # noqa: SLF001 - see above
    return written


@pytest.mark.parametrize(("look", "loud", "quiet"), PROPERTIES)
def test_a_runs_properties_are_its_looks_however_often_it_is_styled(
    look: Inline, loud: str, quiet: str
) -> None:
    """Made once a look and copied: the same each time, and first in the run."""
    assert styled_runs(look, [False] * 3) == [loud] * 3
    assert styled_runs(look, [True] * 3) == [quiet] * 3


@pytest.mark.parametrize(("look", "loud", "quiet"), PROPERTIES)
def test_quiet_and_plain_runs_of_one_look_keep_their_own_properties(
    look: Inline, loud: str, quiet: str
) -> None:
    assert styled_runs(look, [False, True, False, True]) == [loud, quiet] * 2


def test_every_run_has_its_properties_element_even_when_empty() -> None:
    translator = DocxTranslator(docutils.utils.new_document("<test>"), POINT_SIZE)
    run = DocxTranslator.add_run(translator.word.add_paragraph(), "text")
    translator.style_run(run)
    assert b"<w:rPr/><w:t>text</w:t>" in etree.tostring(run._r)  # noqa: SLF001
