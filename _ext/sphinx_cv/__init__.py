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

from sphinx_cv import application, config, directives, incremental, outputs, views
from sphinx_cv.domain import (
    CVDomain,
    CVLinks,
    remember_the_builder,
    warn_missing_reference,
)
from sphinx_cv.language import CATALOG, LOCALE_DIR
from sphinx_cv.translation import UntranslatedTexts

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.util.typing import ExtensionMetadata

__version__ = "1.0.0"

# What Sphinx records of the extension's stored data, and writes into the site's
# searchindex.js. A pickled environment from an older layout is discarded by the
# domain's own data_version, which Sphinx checks as it loads one.
ENV_VERSION = 3


def setup(app: Sphinx) -> ExtensionMetadata:
    app.add_message_catalog(CATALOG, str(LOCALE_DIR))
    config.register(app)
    application.register(app)
    app.add_domain(CVDomain)
    app.connect("builder-inited", remember_the_builder)
    app.add_post_transform(CVLinks)
    app.add_transform(UntranslatedTexts)
    directives.register(app)
    app.connect("warn-missing-reference", warn_missing_reference)
    incremental.register(app)
    views.register(app)
    outputs.register(app)
    return {
        "version": __version__,
        "env_version": ENV_VERSION,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
