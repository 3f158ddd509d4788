"""The views build wherever a page may put them: a table's cell, a list, a note.

Sphinx's plain-text writer and docutils' man-page writer stop on a table inside
a table; there the skills table is a list, with every figure labelled.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from support.builds import on_every_builder, warnings_of

if TYPE_CHECKING:
    from sphinx.testing.util import SphinxTestApp

LISTED = "Python · Years: 4 · Last used: Apr 2023 · Roles: Acme (Engineer)"


@on_every_builder("views-anywhere")
def test_every_builder_writes_the_views_in_a_cell_a_list_and_a_note(
    app: SphinxTestApp, output: str
) -> None:
    app.build()
    assert warnings_of(app) == []
    text = (app.outdir / output).read_text(encoding="utf-8")
    # Without man's escaped hyphens, and the borders between a text cell's lines.
    flat = " ".join(text.replace("\\-", "-").replace("|", " ").split())
    for place in ("Skills in a cell", "Skills in a list", "A timeline in a cell"):
        assert place in flat
    assert flat.count("Built things.") >= 2  # each full timeline
    # A table in a cell is a list only where the writer needs it to be.
    listed = " ".join(LISTED.split())
    assert (listed in flat) == (app.builder.format in {"text", "man"})
