"""sphinx_cv: a CV as typed data in MyST pages, for every Sphinx builder.

Load it with ``extensions = [..., "sphinx_cv"]``. See the README for the markup.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

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
    from sphinx.config import Config
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
    app.connect("config-inited", add_static_path)
    app.connect("builder-inited", add_stylesheet)
    return {
        "version": __version__,
        "env_version": CVDomain.data_version,
        "parallel_read_safe": True,
        "parallel_write_safe": True,
    }


def add_static_path(_app: Sphinx, config: Config) -> None:
    # Before the environment compares configurations, so it reads as unchanged.
    if str(STATIC_DIR) not in config.html_static_path:
        config.html_static_path.append(str(STATIC_DIR))


def add_stylesheet(app: Sphinx) -> None:
    """Only HTML pages link the stylesheet; LaTeX never copies html_static_path."""
    if app.builder.format == "html":
        app.add_css_file(STYLESHEET)
