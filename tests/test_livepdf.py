"""``make livepdf``: one loaded Sphinx, a PDF on each save, and only good PDFs shown.

The tests drive ``LivePDF`` as the watcher does, on a copy of this CV, one save
at a time; the last test runs the watcher itself.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import threading
from typing import TYPE_CHECKING

import pytest
import sphinx.locale
from sphinx_cv.livepdf import END_OF_DUMP, LivePDF, changes, is_watched, run
from sphinx_cv.livepdf import main as livepdf_main
from support.builds import PROJECT_ROOT

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

SOURCES = ("conf.py", "index.md", "cv.md", "experience", "skills", "_static")
ROLE = "experience/lambda.md"


def pdf_text(pdf: Path) -> str:
    done = subprocess.run(  # noqa: S603 - fixed arguments
        ["pdftotext", str(pdf), "-"],  # noqa: S607
        capture_output=True,
        text=True,
        check=True,
    )
    return " ".join(done.stdout.split())


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LivePDF]:
    source = tmp_path_factory.mktemp("livepdf") / "cv"
    source.mkdir()
    for name in SOURCES:
        copy = shutil.copytree if (PROJECT_ROOT / name).is_dir() else shutil.copy
        copy(PROJECT_ROOT / name, source / name)
    live = LivePDF(source, source / "_build" / "livepdf")
    assert live.rebuild().pdf is not None
    yield live
    # docutils' registries are put back, so that the next test's application
    # registers the CV's nodes afresh; and the catalogs it loaded go.
    live.close()
    sphinx.locale.translators.clear()


def edit(live: LivePDF, page: str, old: str, new: str) -> None:
    path = live.srcdir / page
    path.write_text(path.read_text().replace(old, new, 1))


def test_a_save_reads_one_document_and_the_pdf_holds_the_edit(live: LivePDF) -> None:
    edit(live, ROLE, "premier GPUs", "premier livepdf GPUs")
    outcome = live.rebuild()
    assert outcome.documents_read == 1
    assert outcome.pdf is not None
    assert "premier livepdf GPUs" in pdf_text(outcome.pdf)
    edit(live, ROLE, "premier livepdf GPUs", "premier GPUs")
    assert "premier livepdf" not in pdf_text(live.rebuild().pdf or live.published)


def test_the_preamble_is_read_once_into_a_format(live: LivePDF) -> None:
    assert len(list((live.builddir / "formats").glob("*.fmt"))) == 1
    live.rebuild()
    assert len(list((live.builddir / "formats").glob("*.fmt"))) == 1


def test_the_live_pdf_looks_as_make_latexpdf_sets_it(
    live: LivePDF, tmp_path: Path
) -> None:
    latex = live.builddir / "latex"
    tex = (latex / live.tex_name).read_text()
    assert END_OF_DUMP in tex
    (latex / "reference.tex").write_text(tex.replace(END_OF_DUMP, ""))
    subprocess.run(
        ["pdflatex", "-interaction=batchmode", "-halt-on-error", "reference.tex"],  # noqa: S607
        cwd=latex,
        check=True,
        capture_output=True,
    )
    pages = {}
    for name, pdf in (
        ("live", live.published / "jonathan-hartley-cv.pdf"),
        ("reference", latex / "reference.pdf"),
    ):
        subprocess.run(  # noqa: S603 - fixed arguments
            ["pdftoppm", "-r", "60", "-png", str(pdf), str(tmp_path / name)],  # noqa: S607
            check=True,
        )
        pages[name] = [path.read_bytes() for path in sorted(tmp_path.glob(f"{name}-*"))]
    assert len(pages["live"]) == 2
    assert pages["live"] == pages["reference"]


def test_a_build_that_fails_keeps_the_last_good_pdf(live: LivePDF) -> None:
    shown = live.published / "jonathan-hartley-cv.pdf"
    before, version = shown.read_bytes(), live.version
    page = live.srcdir / "cv.md"
    good = page.read_text()
    page.write_text(good + "\n```{raw} latex\n\\undefinedbylivepdf\n```\n")
    outcome = live.rebuild()
    assert outcome.pdf is None
    assert "not rebuilt, and the last good one stays: pdflatex stopped" in (
        outcome.report(1)
    )
    # Located, in the words a LaTeX build's warning uses (latex_engine.py).
    tex = live.builddir / "latex" / live.tex_name
    line = next(
        number
        for number, text in enumerate(tex.read_text().splitlines(), start=1)
        if "undefinedbylivepdf" in text
    )
    assert outcome.problem.startswith(
        f"pdflatex stopped at {tex}:{line}: Undefined control sequence"
    )
    assert "undefinedbylivepdf" in outcome.problem
    assert (shown.read_bytes(), live.version) == (before, version)
    page.write_text(good)
    assert live.rebuild().pdf == shown
    assert live.version == version + 1


def test_a_deleted_page_warns_and_the_next_save_brings_it_back(live: LivePDF) -> None:
    page = live.srcdir / "experience" / "ibm-cloud.md"
    text = page.read_text()
    page.unlink()
    said: list[str] = []
    run(live, [{str(page)}], said.append)
    assert said[0] == (
        f"warning: {page} was deleted or renamed: the PDF is made without it"
    )
    assert said[1].startswith("Saved to PDF in ")
    shown = live.published / "jonathan-hartley-cv.pdf"
    assert "security groups" not in pdf_text(shown)
    page.write_text(text)
    run(live, [{str(page)}], said.append)
    assert said[2].startswith("Saved to PDF in ")
    assert "Implemented IBM Cloud’s security groups" in pdf_text(shown)


def test_each_batch_of_saves_is_rebuilt_and_reported(
    live: LivePDF, capsys: pytest.CaptureFixture[str]
) -> None:
    said: list[str] = []
    edit(live, ROLE, "premier GPUs", "premier GPUs (edited)")
    run(live, [{str(live.srcdir / ROLE)}, {str(live.srcdir / "conf.py")}], said.append)
    edit(live, ROLE, "premier GPUs (edited)", "premier GPUs")
    assert len(said) == 2
    assert all(line.startswith("Saved to PDF in ") for line in said)
    assert "1 document read" in said[0]
    # The application made again for conf.py registers its nodes afresh.
    assert "already registered" not in capsys.readouterr().err


@pytest.mark.parametrize(
    ("path", "watched"),
    [
        ("experience/lambda.md", True),
        ("conf.py", True),
        ("_ext/sphinx_cv/domain.py", False),
        ("_build/livepdf/latex/jonathan-hartley-cv.tex", False),
        (".venv/lib/site.py", False),
        ("experience/.lambda.md.swp", False),
        ("experience/lambda.md~", False),
    ],
)
def test_what_the_watcher_watches(path: str, *, watched: bool, tmp_path: Path) -> None:
    assert is_watched(str(tmp_path / path), tmp_path) is watched


def test_the_watcher_reports_a_save(tmp_path: Path) -> None:
    (tmp_path / "_build").mkdir()
    stop = threading.Event()
    seen: list[set[str]] = []

    def watch() -> None:
        for batch in changes(tmp_path, stop):
            seen.append(batch)
            stop.set()

    watcher = threading.Thread(target=watch)
    watcher.start()
    threading.Event().wait(0.3)  # the watcher starts watching
    (tmp_path / "_build" / "ignored.tex").write_text("built")
    (tmp_path / "index.md").write_text("# Saved\n")
    watcher.join(timeout=10)
    stop.set()
    assert seen == [{str(tmp_path / "index.md")}]


def test_a_folder_without_conf_py_is_named_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert livepdf_main([str(tmp_path)]) == 2
    assert capsys.readouterr().err == (
        f"sphinx-cv livepdf: {tmp_path}: no conf.py there: run it in a CV "
        "project's folder, or name that folder\n"
    )


def test_a_port_in_use_is_named_with_how_to_choose_another(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "conf.py").write_text("")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert livepdf_main([str(tmp_path), "--port", str(port)]) == 1
    assert capsys.readouterr().err == (
        f"sphinx-cv livepdf: port {port} is in use by another program: choose "
        f"another with --port {port + 1} (or make livepdf LIVEPDF_PORT={port + 1})\n"
    )
    assert not (tmp_path / "_build").exists()
