"""sphinx_cv: a CV as typed data in MyST pages, for every Sphinx builder.

Load it with ``extensions = [..., "sphinx_cv"]``. See the README for the markup.

The data flows one way, and the folders follow it:

1. ``directives/`` read the markup, check it and note records in the domain;
2. ``domain.py`` keeps the records, per document;
3. ``views/`` build what crosses documents (timelines, skills tables) into each
   page that shows it, once every document is read;
4. ``outputs/`` write the pages in each format, or whole documents (JSON Resume).

The rules themselves (dates, durations, aggregation, the data of JSON Resume and
JSON-LD) are plain Python in ``core/``; ``model/`` holds the nodes the others
speak in; ``incremental.py`` says which pages to write again after an edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.util.typing import ExtensionMetadata

__version__ = "1.0.0"


def setup(app: Sphinx) -> ExtensionMetadata:
    """Sphinx's entry point; the extension itself is ``extension.py``.

    Importing the package loads neither Sphinx nor docutils, so that the
    ``sphinx-cv`` command's ``--help`` and ``new`` start at once.
    """
    from sphinx_cv.extension import set_up  # noqa: PLC0415 - loaded when Sphinx asks

    return set_up(app, __version__)
