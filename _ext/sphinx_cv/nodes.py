"""The extension's own nodes.

Placeholders (``*_placeholder``) mark where a view across the whole CV goes; post
transforms replace them with ordinary docutils nodes before any writer sees them.
The two nodes that reach writers, ``cv_date`` and ``cv_timeline``, have visitors for
every builder in ``visitors.py``.
"""

from __future__ import annotations

from docutils import nodes


class cv_date(nodes.inline):  # noqa: N801 - docutils names nodes in lower case
    """A date: ``<time datetime=…>`` in HTML, its text elsewhere."""


class cv_timeline(nodes.enumerated_list):  # noqa: N801
    """The timeline: an ordered list in HTML, a plain list where numbers would jar."""


class timeline_placeholder(nodes.General, nodes.Element):  # noqa: N801
    """Options: ``limit`` (int or None), ``since`` (ISO or ""), ``tags`` (list)."""


class skills_table_placeholder(nodes.General, nodes.Element):  # noqa: N801
    """Option: ``category`` ("" for every skill)."""


class years_placeholder(nodes.Inline, nodes.TextElement):  # noqa: N801
    """The derived years of the skill named by ``skill``."""


PLACEHOLDERS = (
    timeline_placeholder,
    skills_table_placeholder,
    years_placeholder,
)
