"""The outputs: each renders the records and the views in its own format.

One package per output. Each holds its visitors for the CV's nodes (``VISITORS``)
and a ``register`` for whatever else it adds (a builder, a translator, event
handlers); man and Texinfo write the nodes as the nearest ordinary node
(``generic.py``). The Word document (``docx/``) is a builder with a translator of
its own, which writes the CV's nodes itself. A new output is a new package here,
reading the domain and the core, never another output.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sphinx_cv.model.nodes import COPIED, WRITTEN
from sphinx_cv.outputs import application, docx, generic, html, jsonresume, latex, text

if TYPE_CHECKING:
    from sphinx.application import Sphinx


def register(app: Sphinx) -> None:
    for node in WRITTEN:
        app.add_node(
            node,
            html=html.VISITORS[node],
            latex=latex.VISITORS[node],
            text=text.VISITORS[node],
            man=generic.VISITORS[node],
            texinfo=generic.VISITORS[node],
        )
    for copied in COPIED:
        app.add_node(
            copied,
            html=generic.AS_TEXT,
            latex=generic.AS_TEXT,
            text=generic.AS_TEXT,
            man=generic.AS_TEXT,
            texinfo=generic.AS_TEXT,
        )
    for output in (latex, html, text, jsonresume, docx, application):
        output.register(app)
