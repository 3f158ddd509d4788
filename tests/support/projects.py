"""A test root copied, edited and rebuilt, as an author would."""

from __future__ import annotations

import os
import shutil
import time
from typing import TYPE_CHECKING

from support.builds import article, warnings_of

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from sphinx.testing.util import SphinxTestApp

    MakeApp = Callable[..., SphinxTestApp]


class Project:
    """A copy of a test root that is edited and rebuilt, as an author would."""

    def __init__(
        self, make_app: MakeApp, source: Path, where: Path, builder: str = "html"
    ) -> None:
        self.make_app = make_app
        self.builder = builder
        self.srcdir = where / "src"
        shutil.copytree(source, self.srcdir)
        self.outdir = self.srcdir / "_build" / builder
        self.read: list[str] = []
        self.written: list[str] = []
        self.writing = False

    def build(self) -> SphinxTestApp:
        app = self.make_app(self.builder, srcdir=self.srcdir)
        self.read, self.written = [], []
        app.connect(
            "env-before-read-docs", lambda _a, _e, names: self.read.extend(names)
        )
        # Every builder resolves each document it writes, and only those, while it
        # writes: the site's Word document, made once the pages are written, is
        # resolved too, but it is not a page.
        self.writing = False
        app.connect("write-started", self.started_writing)
        # Before the extension's own handler, which makes the Word document.
        app.connect("build-finished", self.finished_writing, priority=100)
        app.connect("doctree-resolved", self.resolved)
        app.build()
        app.cleanup()
        assert warnings_of(app) == []
        return app

    def started_writing(self, _app: SphinxTestApp, _builder: object) -> None:
        self.writing = True

    def finished_writing(self, _app: SphinxTestApp, _error: object) -> None:
        self.writing = False

    def resolved(self, _app: SphinxTestApp, _doctree: object, docname: str) -> None:
        if self.writing:
            self.written.append(docname)

    def edit(self, name: str, old: str, new: str) -> None:
        path = self.srcdir / name
        text = path.read_text(encoding="utf-8")
        assert old in text
        self.write(name, text.replace(old, new))

    def write(self, name: str, text: str) -> None:
        path = self.srcdir / name
        path.write_text(text, encoding="utf-8")
        # Sphinx compares modification times: make sure this one is later.
        later = time.time() + 5
        os.utime(path, (later, later))

    def page(self, name: str) -> str:
        return str(article(self.outdir, name))


def edit_a_role_beside_a_page_of_no_records(project: Project) -> None:
    """Build with an orphan page that shows no record, then move Initech's start."""
    (project.srcdir / "about.md").write_text(
        "---\norphan: true\n---\n# About\n\nNo records.\n", encoding="utf-8"
    )
    project.build()
    project.edit("experience/initech.md", ":start: 2015-01", ":start: 2013-01")
    project.build()
    assert project.read == ["experience/initech"]
