"""What LaTeX said when it stopped, as the LaTeX build and ``make livepdf`` say it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sphinx_cv.latex_engine import OPTIONS, latex_error, where_it_stopped

if TYPE_CHECKING:
    from pathlib import Path

LOG = """This is pdfTeX, Version 3.141592653
(./cv.tex
./cv.tex:120: Undefined control sequence.
l.120 \\undefinedbylivepdf

Here is how much of TeX's memory you used:
"""


def test_the_error_is_located_by_its_line_with_latexs_words() -> None:
    assert latex_error(LOG) == (
        120,
        "Undefined control sequence. l.120 \\undefinedbylivepdf",
    )


def test_without_a_located_error_the_logs_last_lines_say_why() -> None:
    log = "\n".join(f"line {number}" for number in range(1, 11))
    assert latex_error(log) == (None, "line 5 line 6 line 7 line 8 line 9 line 10")


def test_where_it_stopped_names_the_tex_and_its_line(tmp_path: Path) -> None:
    tex = tmp_path / "cv.tex"
    tex.with_suffix(".log").write_text(LOG)
    assert where_it_stopped(tex) == (
        f"{tex}:120",
        "Undefined control sequence. l.120 \\undefinedbylivepdf",
    )


def test_without_a_log_it_names_the_tex(tmp_path: Path) -> None:
    assert where_it_stopped(tmp_path / "cv.tex") == (str(tmp_path / "cv.tex"), "")


def test_errors_are_written_file_line_first() -> None:
    assert "-file-line-error" in OPTIONS
    assert "-halt-on-error" in OPTIONS
