"""``-b jsonresume``: the CV as ``resume.json``, for JSON Resume's tools and themes.

An adapter on the same records as the site and the PDF: the snapshot's roles,
skills and facts, and each role's text as its directive read it (never HTML).
Works for any project that uses ``sphinx_cv``.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from sphinx.builders import Builder

from sphinx_cv.core.jsonresume import json_resume
from sphinx_cv.snapshot import cv_snapshot

if TYPE_CHECKING:
    from collections.abc import Set as AbstractSet
    from pathlib import Path

    from docutils.nodes import document
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment


FILENAME = "resume.json"


def register(app: Sphinx) -> None:
    app.add_builder(JSONResumeBuilder)


class JSONResumeBuilder(Builder):
    """Writes one file, ``resume.json``, from every document's records."""

    name = "jsonresume"
    format = "json"
    epilog = "The JSON Resume is in %(outdir)s/" + FILENAME + "."

    def get_outdated_docs(self) -> str:
        return FILENAME

    def get_target_uri(self, docname: str, typ: str | None = None) -> str:
        del docname, typ
        return ""

    def prepare_writing(self, docnames: AbstractSet[str]) -> None:
        del docnames

    def write_documents(self, docnames: AbstractSet[str]) -> None:
        del docnames  # one file for the whole CV, written in finish()

    def write_doc(self, docname: str, doctree: document) -> None:
        del docname, doctree

    def finish(self) -> None:
        write_resume(self.env, self.outdir)


def write_resume(env: BuildEnvironment, outdir: Path) -> None:
    """``resume.json`` into ``outdir``: for this builder, and for a web site's."""
    snapshot = cv_snapshot(env)
    document = json_resume(
        # resume.json is published as it is (JSON Resume's registry, a site):
        # never a private field.
        person=snapshot.published_person,
        roles={role: snapshot.text_of(role) for role in snapshot.roles},
        usages=snapshot.usages,
        facts=snapshot.facts,
        today=snapshot.today,
    )
    (outdir / FILENAME).write_text(
        json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
