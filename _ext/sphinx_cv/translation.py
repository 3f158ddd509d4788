"""One source, more languages: which of a page's texts its translation lacks.

Sphinx translates a page from its gettext catalog (``locale_dirs``), and falls
back to the source's text, silently, for a message the catalog lacks, or holds
only as fuzzy: ``sphinx-intl update`` marks a message fuzzy when the source's
text changed after it was translated. This counts those texts, per page, in one
``cv.translation`` warning, before Sphinx's ``Locale`` transform replaces them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from babel import Locale
from babel.messages.pofile import read_po
from sphinx.transforms import SphinxTransform
from sphinx.util.i18n import docname_to_domain
from sphinx.util.nodes import extract_messages

from sphinx_cv.diagnostics import Problem, warn
from sphinx_cv.language import ENGLISH

if TYPE_CHECKING:
    from babel.messages.catalog import Catalog


class UntranslatedTexts(SphinxTransform):
    """One warning for each page with texts its translation lacks, or has stale."""

    default_priority = 19  # before Sphinx's Locale (20), which replaces them

    def apply(self, **kwargs: object) -> None:
        del kwargs
        language = self.config.language
        if not language or language == ENGLISH:
            return
        catalogs = self.catalog_folders(language)
        if not catalogs:
            return  # the project has no translation into this language
        domain = docname_to_domain(self.env.docname, self.config.gettext_compact)
        catalog = read_catalog(catalogs, domain)
        messages = list(extract_messages(self.document))
        lacking = [
            (node, message)
            for node, message in messages
            if not translated(catalog, message)
        ]
        if lacking:
            # At the first such text whose line is known (a text that another
            # file gives the page has none): the warning names that line.
            text = lacking[0][1]
            first = next(
                (node for node, _ in lacking if node.line),
                (self.env.docname, 1),
            )
            warn(
                Problem.TRANSLATION,
                f"{len(lacking)} of {len(messages)} texts have no "
                f"{language_name(language)} translation, or one the source has "
                "changed since (fuzzy): they read as the source has them. "
                f"First: {text[:60]!r}",
                first,
            )

    def catalog_folders(self, language: str) -> list[Path]:
        folders = (
            Path(self.env.srcdir, folder, language, "LC_MESSAGES")
            for folder in self.config.locale_dirs
        )
        return [folder for folder in folders if folder.is_dir()]


def read_catalog(folders: list[Path], domain: str) -> Catalog | None:
    for folder in folders:
        path = folder / f"{domain}.po"
        if path.is_file():
            with path.open("rb") as po:
                return read_po(po)
    return None


def translated(catalog: Catalog | None, message: str) -> bool:
    """Whether Sphinx translates ``message``: in the catalog, not fuzzy, not empty."""
    if catalog is None:
        return False
    entry = catalog.get(message)
    return entry is not None and bool(entry.string) and not entry.fuzzy


def language_name(language: str) -> str:
    """The language's English name ("German"), as the warning's reader reads it."""
    try:
        return str(Locale.parse(language).get_display_name(ENGLISH))
    except (ValueError, LookupError):
        return language
