"""Docutils nodes for the CV's pieces, shared by directives and post transforms.

Everything here builds ordinary nodes from user text with ``nodes.Text``, so each
writer escapes it in its own way: user text never becomes markup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docutils import nodes
from sphinx import addnodes

from sphinx_cv.core.labels import Labels, format_date, format_duration, format_month
from sphinx_cv.model.nodes import cv_date

if TYPE_CHECKING:
    import datetime

    from sphinx_cv.core.dates import CVDate, Month, Period

EN_DASH = " \N{EN DASH} "
SEPARATOR = " \N{MIDDLE DOT} "


def date_node(date: CVDate, labels: Labels) -> cv_date:
    text = format_date(date, labels)
    return cv_date(text, text, datetime=date.isoformat(), classes=["cv-date"])


def month_node(month: Month, labels: Labels) -> cv_date:
    text = format_month(month, labels)
    iso = f"{month.year:04d}-{month.month:02d}"
    return cv_date(text, text, datetime=iso, classes=["cv-date"])


def present_node(labels: Labels) -> nodes.inline:
    return nodes.inline(labels.present, labels.present, classes=["cv-present"])


def period_nodes(
    period: Period, today: datetime.date, labels: Labels
) -> list[nodes.Node]:
    """``Sep 2023 \N{EN DASH} present \N{MIDDLE DOT} 3 yrs 3 mos``."""
    end = present_node(labels) if period.end is None else date_node(period.end, labels)
    duration = format_duration(period.months(today), labels)
    return [
        date_node(period.start, labels),
        nodes.Text(EN_DASH),
        end,
        nodes.Text(SEPARATOR),
        nodes.inline(duration, duration, classes=["cv-duration"]),
    ]


def xref(
    reftype: str, target: str, text: str, refdoc: str, *, quiet: bool = False
) -> addnodes.pending_xref:
    """A link the cv domain resolves; ``quiet`` ones fall back to plain text."""
    node = addnodes.pending_xref(
        "",
        refdomain="cv",
        reftype=reftype,
        reftarget=target,
        refdoc=refdoc,
        refexplicit=True,
        refwarn=not quiet,
        cv_quiet=quiet,
    )
    node += nodes.inline(text, text, classes=[f"cv-{reftype}"])
    return node


def joined(items: list[nodes.Node], separator: str = ", ") -> list[nodes.Node]:
    result: list[nodes.Node] = []
    for index, item in enumerate(items):
        if index:
            result.append(nodes.Text(separator))
        result.append(item)
    return result
