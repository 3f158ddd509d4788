"""sphinx_cv: a CV as typed data in MyST pages, for every Sphinx builder.

Load it with ``extensions = [..., "sphinx_cv"]``. See the README for the markup.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sphinx.util.fileutil import copy_asset_file

from . import (
    aria,
    config,
    downloads,
    jsonld,
    jsonresume,
    latex,
    sharing,
    single_page,
    text,
    visitors,
)
from .domain import CVDomain
from .i18n import CATALOG, LOCALE_DIR
from .incremental import pages_to_rewrite
from .references import warn_missing_reference
from .transforms.headings import DropRepeatedOrganisation
from .transforms.microformats import Microformats
from .transforms.person import PersonTransform
from .transforms.skills_table import SkillsTableTransform
from .transforms.timeline import TimelineTransform
from .transforms.years import YearsTransform

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.util.typing import ExtensionMetadata

__version__ = "1.0.0"

STATIC_DIR = Path(__file__).resolve().parent / "static"
STYLESHEET = "sphinx-cv.css"


def setup(app: Sphinx) -> ExtensionMetadata:
    app.add_message_catalog(CATALOG, str(LOCALE_DIR))
    config.register(app)
    app.add_domain(CVDomain)
    visitors.register(app)
    latex.register(app)
    single_page.register(app)
    text.register(app)
    jsonresume.register(app)
    jsonld.register(app)
    downloads.register(app)
    sharing.register(app)
    aria.register(app)
    app.add_transform(DropRepeatedOrganisation)
    for transform in (
        TimelineTransform,
        SkillsTableTransform,
        YearsTransform,
        PersonTransform,
        Microformats,
    ):
        app.add_post_transform(transform)
    app.connect("env-updated", pages_to_rewrite)
    app.connect("warn-missing-reference", warn_missing_reference)
    app.connect("builder-inited", add_stylesheet)
    return {
        "version": __version__,
        "env_version": CVDomain.data_version,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }


def add_stylesheet(app: Sphinx) -> None:
    """Only HTML pages link the stylesheet, which the extension copies itself.

    Not through ``html_static_path``: its value, this checkout's absolute path, goes
    into ``.buildinfo``, and two checkouts would not build the same bytes. Copied
    now, before any builder (epub too) gathers ``_static``.
    """
    if app.builder.format == "html":
        app.add_css_file(STYLESHEET)
        static = Path(app.outdir) / "_static"
        static.mkdir(parents=True, exist_ok=True)
        copy_asset_file(STATIC_DIR / STYLESHEET, static / STYLESHEET)
