"""Any name a stranger has, or a JSON Resume gives: text in every output, never LaTeX.

A starter is made with ``sphinx-cv new --name`` and built as its Makefile builds
it: the PDF shows the name exactly, and no name reaches LaTeX's preamble as
markup or makes a file name too long.
"""

from __future__ import annotations

import runpy
from typing import TYPE_CHECKING

import pytest
from sphinx.util.tags import Tags
from sphinx_cv.cli import main
from support.builds import TODAY, built_app, built_pdf
from support.pdfs import Pdf

if TYPE_CHECKING:
    from pathlib import Path

HOSTILE = r"Zoë #1 100% $5 \input{/etc/passwd}"


def new_project(name: str, where: Path) -> Path:
    assert main(["new", str(where / "cv"), "--name", name]) == 0
    return where / "cv"


def pdf_of(project: Path, out: Path) -> tuple[Path, str]:
    pdf = built_pdf(project, out)
    return pdf, pdf.with_suffix(".tex").read_text(encoding="utf-8")


def test_a_name_of_texs_special_characters_prints_as_written(tmp_path: Path) -> None:
    pdf, tex = pdf_of(new_project(HOSTILE, tmp_path), tmp_path / "out")
    assert HOSTILE in Pdf(pdf).text.splitlines()
    # Not markup anywhere in the preamble: the title, the author, the metadata.
    assert r"\input{/etc/passwd}" not in tex
    assert r"\title{Zoë \#1 100\% \$5 \textbackslash{}input\{/etc/passwd\}}" in tex
    assert r"\author{Zoë \#1 100\% \$5 \textbackslash{}input\{/etc/passwd\}}" in tex


def test_a_name_that_is_python_in_a_string_is_a_name_in_conf_py(tmp_path: Path) -> None:
    name = 'Ada """; import os \\ \\N{BEL}'
    project = new_project(name, tmp_path)
    settings = runpy.run_path(str(project / "conf.py"), {"tags": Tags()})
    assert settings["project"] == name
    assert settings["cv_person"]["name"] == name


def test_a_title_a_conf_py_gives_is_text_too(tmp_path: Path) -> None:
    project = new_project("Ada", tmp_path)
    conf = project / "conf.py"
    conf.write_text(
        conf.read_text(encoding="utf-8").replace(
            "latex_documents = [",
            "project = r'\\input{/etc/hostname}'\nlatex_documents = [",
        ),
        encoding="utf-8",
    )
    _, tex = pdf_of(project, tmp_path / "out")
    assert r"\input{/etc/hostname}" not in tex
    assert r"\title{\textbackslash{}input\{/etc/hostname\}}" in tex


def test_a_control_character_in_a_name_is_left_out(tmp_path: Path) -> None:
    project = new_project("Ada\x07 Lovelace", tmp_path)
    pdf, _ = pdf_of(project, tmp_path / "out")
    assert "Ada Lovelace" in Pdf(pdf).text


@pytest.mark.parametrize("builder", ["html", "latex"])
def test_a_name_of_a_thousand_characters_builds(builder: str, tmp_path: Path) -> None:
    name = " ".join(["Wolfeschlegelsteinhausenbergerdorff"] * 28)[:1000]
    project = new_project(name, tmp_path)
    app, warnings = built_app(
        builder,
        project,
        tmp_path / "out",
        confoverrides={"cv_make_pdf": True, "cv_today": TODAY},
    )
    assert [line for line in warnings.splitlines() if "[cv.page-fit]" not in line] == []
    written = [path.name for path in app.outdir.iterdir()]
    assert max(len(name.encode()) for name in written) < 255
    if builder == "latex":
        assert len(list(app.outdir.glob("*.pdf"))) == 1
    else:
        assert len(list(app.outdir.glob("*.docx"))) == 1
