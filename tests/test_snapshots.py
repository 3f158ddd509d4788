"""Snapshots of the doctree and HTML, so any change to the output is seen and reviewed.

Regenerate after an intended change with ``pytest tests/test_snapshots.py
--force-regen`` and read the diff before committing it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from support.builds import article

if TYPE_CHECKING:
    from pytest_regressions.file_regression import FileRegressionFixture
    from sphinx.testing.util import SphinxTestApp

pytestmark = pytest.mark.sphinx("html", testroot="basic", freshenv=True)


def normalised(text: str, app: SphinxTestApp) -> str:
    # Paths depend on the temporary folder the test root was copied to.
    return text.replace(str(app.srcdir), "<srcdir>")


@pytest.mark.parametrize("docname", ["experience/acme", "skills"])
def test_doctree_as_read(
    app: SphinxTestApp, file_regression: FileRegressionFixture, docname: str
) -> None:
    app.build()
    doctree = app.env.get_doctree(docname)
    file_regression.check(
        normalised(doctree.pformat(), app),
        basename=f"read-{docname.replace('/', '-')}",
        extension=".xml",
    )


@pytest.mark.parametrize("docname", ["index", "skills"])
def test_doctree_as_resolved(
    app: SphinxTestApp, file_regression: FileRegressionFixture, docname: str
) -> None:
    app.build()
    doctree = app.env.get_and_resolve_doctree(docname, app.builder, tags=app.tags)
    file_regression.check(
        normalised(doctree.pformat(), app),
        basename=f"resolved-{docname}",
        extension=".xml",
    )


@pytest.mark.parametrize("page", ["index", "skills", "experience/acme"])
def test_html(
    app: SphinxTestApp, file_regression: FileRegressionFixture, page: str
) -> None:
    app.build()
    file_regression.check(
        article(app.outdir, f"{page}.html").prettify(),
        basename=f"html-{page.replace('/', '-')}",
        extension=".html",
    )
