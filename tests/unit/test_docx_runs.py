"""The Word writer's own way to add a run gives python-docx's XML, byte for byte."""

from __future__ import annotations

import docx
import pytest
from lxml import etree
from sphinx_cv.outputs.docx.writer import DocxTranslator

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
