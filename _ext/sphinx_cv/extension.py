"""The extension: what ``setup()`` registers with Sphinx, in the data's order.

``sphinx_cv/__init__.py`` imports this only when Sphinx loads the extension.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sphinx_cv import (
    application,
    config,
    directives,
    incremental,
    links,
    outputs,
    publishing,
    snapshot,
    views,
)
from sphinx_cv.language import CATALOG, LOCALE_DIR
from sphinx_cv.translation import UntranslatedTexts

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.util.typing import ExtensionMetadata

# What Sphinx records of the extension's stored data, and writes into the site's
# searchindex.js. A pickled environment from an older layout is discarded by the
# domain's own data_version, which Sphinx checks as it loads one.
ENV_VERSION = 3


def set_up(app: Sphinx, version: str) -> ExtensionMetadata:
    """Registers every part; ``version`` is the package's."""
    app.add_message_catalog(CATALOG, str(LOCALE_DIR))
    config.register(app)
    application.register(app)
    links.register(app)
    app.add_transform(UntranslatedTexts)
    directives.register(app)
    incremental.register(app)
    snapshot.register(app)
    views.register(app)
    outputs.register(app)
    publishing.register(app)
    return {
        "version": version,
        "env_version": ENV_VERSION,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }
