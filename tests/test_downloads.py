"""Downloads on the site: the PDF and resume.json, linked from the CV's header.

A link is shown only when what it points to is there: never a dead link.
"""

from __future__ import annotations

import gc
import json
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

import docx
import jsonschema
import pytest
from bs4 import BeautifulSoup
from sphinx_cv.outputs.html.microformats import Microformats
from support.builds import PROJECT_ROOT, warnings_of
from support.jsonresume import SCHEMA
from support.projects import Project

if TYPE_CHECKING:
    from collections.abc import Callable

    from sphinx.testing.util import SphinxTestApp
    from support.builds import BuiltProject

    MakeApp = Callable[..., SphinxTestApp]

PDF_BYTES = b"%PDF-1.4\n% a stand-in: the link and the copy are what is tested\n"
PERSON = {"name": "Ada Lovelace", "headline": "Analyst"}
RTD_ENVIRONMENT = {
    "READTHEDOCS": "True",
    "READTHEDOCS_CANONICAL_URL": "https://ada.readthedocs.io/en/latest/",
    "READTHEDOCS_LANGUAGE": "en",
    "READTHEDOCS_VERSION": "latest",
}


def downloads(outdir: Path, page: str = "index.html") -> dict[str, str]:
    """The header's download links: their text, and where each points."""
    soup = BeautifulSoup((outdir / page).read_text(encoding="utf-8"), "html.parser")
    found = soup.find(class_="cv-downloads")
    if found is None:
        return {}
    return {link.get_text(): link["href"] for link in found.find_all("a")}


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    path = tmp_path / "built" / "ada-cv.pdf"
    path.parent.mkdir()
    path.write_bytes(PDF_BYTES)
    return path


def word_file(app: SphinxTestApp) -> str:
    """The printed CV's name, as a Word document: the PDF's, ending .docx."""
    return Path(app.config.latex_documents[0][1]).with_suffix(".docx").name


def build(
    make_app: MakeApp, srcdir: Path, pdf: Path, buildername: str = "html"
) -> SphinxTestApp:
    app = make_app(
        buildername,
        srcdir=srcdir,
        confoverrides={"cv_person": PERSON, "cv_pdf": str(pdf)},
    )
    app.build()
    app.cleanup()  # so that the next app in the test registers its nodes afresh
    assert warnings_of(app) == []
    return app


@pytest.fixture
def srcdir(rootdir: Path, tmp_path: Path) -> Path:
    """A copy of the basic root, so each test may build it more than once."""
    import shutil  # noqa: PLC0415 - only this fixture copies

    copy = tmp_path / "src"
    shutil.copytree(rootdir / "test-basic", copy)
    for page in ["index.md", "skills.md"]:  # a header at the top and one level down
        path = copy / page
        title, rest = path.read_text(encoding="utf-8").split("\n", 1)
        path.write_text(f"{title}\n\n:::{{cv:person}}\n:::\n{rest}", encoding="utf-8")
    return copy


def test_the_pdf_is_copied_and_linked_when_it_was_built(
    make_app: MakeApp, srcdir: Path, pdf: Path
) -> None:
    app = build(make_app, srcdir, pdf)
    links = downloads(app.outdir)
    assert links == {
        "PDF": "ada-cv.pdf",
        "Word": word_file(app),
        "JSON Resume": "resume.json",
    }
    assert (app.outdir / "ada-cv.pdf").read_bytes() == PDF_BYTES


def test_without_a_pdf_there_is_no_pdf_link(
    make_app: MakeApp, srcdir: Path, tmp_path: Path
) -> None:
    app = build(make_app, srcdir, tmp_path / "never-built.pdf")
    assert downloads(app.outdir) == {
        "Word": word_file(app),
        "JSON Resume": "resume.json",
    }
    assert not list(app.outdir.glob("*.pdf"))


def test_every_download_link_finds_its_file(
    make_app: MakeApp, srcdir: Path, pdf: Path
) -> None:
    app = build(make_app, srcdir, pdf, "dirhtml")
    for page in ["index.html", "skills/index.html"]:
        links = downloads(app.outdir, page)
        assert len(links) == 3
        for href in links.values():
            assert (app.outdir / page).parent.joinpath(href).resolve().is_file()


def test_the_site_serves_the_same_word_document_as_the_builder(
    make_app: MakeApp, srcdir: Path, pdf: Path
) -> None:
    site = build(make_app, srcdir, pdf)
    builder = build(make_app, srcdir, pdf, "docx")

    def paragraphs(folder: Path) -> list[tuple[str, str]]:
        document = docx.Document(str(folder / word_file(site)))
        return [(p.style.name, p.text) for p in document.paragraphs]

    assert paragraphs(site.outdir) == paragraphs(builder.outdir)
    assert ("Title", "Ada Lovelace") in paragraphs(site.outdir)


def test_the_site_serves_the_same_resume_json_as_the_builder(
    make_app: MakeApp, srcdir: Path, pdf: Path
) -> None:
    site = build(make_app, srcdir, pdf)
    builder = build(make_app, srcdir, pdf, "jsonresume")
    served = json.loads((site.outdir / "resume.json").read_text(encoding="utf-8"))
    built = json.loads((builder.outdir / "resume.json").read_text(encoding="utf-8"))
    assert served == built
    assert [job["name"] for job in served["work"]] == ["Acme", "Acme", "Initech"]
    jsonschema.validate(served, json.loads(SCHEMA.read_text(encoding="utf-8")))


def test_on_read_the_docs_the_link_is_its_offline_pdf(
    make_app: MakeApp,
    srcdir: Path,
    pdf: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name, value in RTD_ENVIRONMENT.items():
        monkeypatch.setenv(name, value)
    app = build(make_app, srcdir, pdf)
    assert downloads(app.outdir)["PDF"] == (
        "https://ada.readthedocs.io/_/downloads/en/latest/pdf/"
    )
    assert not list(app.outdir.glob("*.pdf"))  # Read the Docs serves its own


def test_a_pdf_built_later_is_linked_without_reading_anything_again(
    make_app: MakeApp, srcdir: Path, pdf: Path
) -> None:
    pdf.unlink()
    build(make_app, srcdir, pdf)
    pdf.write_bytes(PDF_BYTES)
    later = time.time() + 5
    os.utime(pdf, (later, later))
    read: list[str] = []
    app = make_app(
        "html", srcdir=srcdir, confoverrides={"cv_person": PERSON, "cv_pdf": str(pdf)}
    )
    app.connect("env-before-read-docs", lambda _a, _e, names: read.extend(names))
    app.build()
    app.cleanup()
    assert read == []
    assert downloads(app.outdir)["PDF"] == "ada-cv.pdf"


def test_printed_outputs_have_no_download_links(
    make_app: MakeApp, srcdir: Path, pdf: Path
) -> None:
    app = build(make_app, srcdir, pdf, "text")
    assert "JSON Resume" not in (app.outdir / "index.txt").read_text(encoding="utf-8")


def test_the_cv_offers_the_pdf_that_make_latexpdf_writes(
    project_html: BuiltProject,
) -> None:
    config = project_html.app.config
    (root, tex_name, *_rest) = config.latex_documents[0]
    assert root == "cv"
    assert config.cv_pdf == "_build/latex/" + tex_name.replace(".tex", ".pdf")
    assert "latexpdf: " in (PROJECT_ROOT / "Makefile").read_text(encoding="utf-8")


def test_the_sites_word_document_is_made_again_only_after_a_read(
    make_app: MakeApp, rootdir: Path, tmp_path: Path
) -> None:
    project = Project(make_app, rootdir / "test-basic", tmp_path)
    conf_py = project.srcdir / "conf.py"
    conf_py.write_text(
        conf_py.read_text(encoding="utf-8") + f"cv_person = {PERSON!r}\n",
        encoding="utf-8",
    )
    project.build()
    (word,) = project.outdir.glob("*.docx")
    made = word.stat().st_mtime_ns
    project.build()  # nothing to read: the document stands
    assert project.read == []
    assert word.stat().st_mtime_ns == made
    project.edit("experience/initech.md", "Reports.", "Many reports.")
    project.build()
    assert any(
        "Many reports." in paragraph.text
        for paragraph in docx.Document(str(word)).paragraphs
    )


# A folder of its own: another test's build of the basic root may have named one.
@pytest.mark.sphinx("html", testroot="basic", srcdir="basic-no-person", freshenv=True)
def test_a_cv_that_names_no_person_offers_no_word_document(app: SphinxTestApp) -> None:
    app.build()
    assert not list(app.outdir.glob("*.docx"))
    assert (app.outdir / "resume.json").is_file()


def test_the_word_document_is_written_beside_the_pages_and_is_the_same(
    make_app: MakeApp, srcdir: Path, pdf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A process of its own writes it while the pages are written; where there is
    no fork, it is written after them, to the same bytes."""
    forks: list[int] = []
    real_fork = os.fork

    def counted_fork() -> int:
        child = real_fork()
        if child:
            forks.append(child)
        return child

    monkeypatch.setattr(os, "fork", counted_fork)
    beside = build(make_app, srcdir, pdf)
    assert len(forks) == 1
    written_beside = (beside.outdir / word_file(beside)).read_bytes()

    monkeypatch.delattr(os, "fork")
    (beside.outdir / word_file(beside)).unlink()
    after = build(make_app, srcdir, pdf)
    assert (after.outdir / word_file(after)).read_bytes() == written_beside


def test_what_the_word_process_shares_is_frozen_until_the_next_build(
    make_app: MakeApp, srcdir: Path, pdf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Frozen before the fork, as Python's ``gc.freeze`` documents for a fork without
    exec: a collection in either process then passes the shared objects by, where it
    would have touched, and so copied, every page that holds them. The next build in
    the same process unfreezes them, so that those that are garbage by then are
    collected, and a long-lived process does not keep them."""
    frozen_at_the_fork: list[int] = []
    real_fork = os.fork

    def fork() -> int:
        frozen_at_the_fork.append(gc.get_freeze_count())
        return real_fork()

    monkeypatch.setattr(os, "fork", fork)
    gc.unfreeze()
    try:
        build(make_app, srcdir, pdf)
        assert len(frozen_at_the_fork) == 1
        assert frozen_at_the_fork[0] > 0
        assert gc.get_freeze_count() > 0  # for the rest of the build, and its end
        make_app("html", srcdir=srcdir, confoverrides={"cv_person": PERSON})
        assert gc.get_freeze_count() == 0
    finally:
        gc.unfreeze()


def test_the_word_document_is_not_given_the_pages_microformats(
    make_app: MakeApp, srcdir: Path, pdf: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The site's Word document is resolved through the site's builder, but shows
    no classes: h-resume is added to each page, and to nothing else."""
    marked: list[str] = []
    mark_page = Microformats.run

    def counted_run(self: Microformats, **kwargs: object) -> None:
        marked.append(self.document["source"])
        mark_page(self, **kwargs)

    monkeypatch.setattr(Microformats, "run", counted_run)
    monkeypatch.delattr(os, "fork")  # the Word document is written here, after
    app = build(make_app, srcdir, pdf)
    assert (app.outdir / word_file(app)).is_file()
    assert sorted(marked) == sorted(
        str(app.env.doc2path(name)) for name in app.env.found_docs
    )


def test_a_today_past_the_last_date_a_zip_holds_still_gives_the_word_document(
    make_app: MakeApp, srcdir: Path
) -> None:
    # A zip dates its parts up to 2107: a later cv_today crashed the site's build.
    app = make_app(
        "html",
        srcdir=srcdir,
        confoverrides={"cv_person": PERSON, "cv_today": "2200-01-01"},
    )
    app.build()
    app.cleanup()
    assert warnings_of(app) == []
    word = docx.Document(str(app.outdir / word_file(app)))
    assert word.paragraphs[0].text == "Ada Lovelace"
