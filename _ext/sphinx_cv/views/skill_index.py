"""The skills index: each skill, and under it the roles that used it."""

from __future__ import annotations

from itertools import groupby
from typing import TYPE_CHECKING

from sphinx.domains import Index, IndexEntry

from sphinx_cv.core.labels import format_duration
from sphinx_cv.i18n import TranslatedLabels, _
from sphinx_cv.snapshot import cv_snapshot

if TYPE_CHECKING:
    from collections.abc import Iterable

    from sphinx_cv.core.aggregate import SkillUsage


class SkillIndex(Index):
    """Skills A to Z, each with its category, years and the roles that used it."""

    name = "skillindex"
    localname = _("Skills index")
    shortname = _("skills")

    def generate(
        self, docnames: Iterable[str] | None = None
    ) -> tuple[list[tuple[str, list[IndexEntry]]], bool]:
        if docnames is not None:
            # Only printed builders (LaTeX, Texinfo) ask for chosen documents. A
            # printed CV lists its skills compactly (``{cv:skills}`` ``:compact:``):
            # page numbers of a two-page CV are noise. And LaTeX would take the
            # localname unescaped, so a translation with "&" would break the PDF.
            return [], False
        snapshot = cv_snapshot(self.domain.env)
        labels = TranslatedLabels(self.domain.env.config.language)
        now = snapshot.today
        usages = sorted(snapshot.usages, key=lambda usage: usage.key)
        content = []
        for letter, group in groupby(usages, key=lambda usage: usage.name[:1].upper()):
            entries = []
            for usage in group:
                place = (
                    usage.declaration.source
                    if usage.declaration
                    else usage.roles[0].source
                )
                entries.append(
                    IndexEntry(
                        usage.name,
                        1 if usage.roles else 0,
                        place.docname,
                        place.anchor,
                        usage.category,
                        "",
                        index_figure(usage, labels),
                    )
                )
                entries.extend(
                    IndexEntry(
                        role.org,
                        2,
                        role.source.docname,
                        role.source.anchor,
                        role.title,
                        "",
                        format_duration(role.period.months(now), labels),
                    )
                    for role in usage.roles
                )
            content.append((letter, entries))
        return content, False


def index_figure(usage: SkillUsage, labels: TranslatedLabels) -> str:
    """The roles' duration; "present" for a skill in use now that no role names."""
    if usage.roles:
        return format_duration(usage.months, labels)
    return labels.present if usage.in_current_use else ""
