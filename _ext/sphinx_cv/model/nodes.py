"""The extension's own nodes.

Placeholders (``*_placeholder``) mark where a view across the whole CV goes; the
views (``views/``) replace them with ordinary docutils nodes and the nodes below
before any writer sees them. Every node in ``WRITTEN`` reaches writers, and each
output package (``outputs/``) gives it visitors: LaTeX the CV layout's macros
(``sphinxcv.sty``), the other builders the nearest ordinary node.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docutils import nodes

if TYPE_CHECKING:
    from collections.abc import Iterator


class cv_date(nodes.inline):  # noqa: N801 - docutils names nodes in lower case
    """A date: ``<time datetime=…>`` in HTML, its text elsewhere."""


class cv_term(nodes.inline):  # noqa: N801
    """A name that must never break across lines, such as "C++" or "ArcObjects"."""


class cv_timeline(nodes.enumerated_list):  # noqa: N801
    """The timeline: an ordered list in HTML, a plain list where numbers would jar."""


class cv_header(nodes.General, nodes.Element):  # noqa: N801
    """The CV's header, from ``cv_person``: a name, a headline, contacts and links.

    Attributes: ``name``, ``headline``, ``contacts`` and ``profiles`` (``(shown,
    url)`` pairs; a location's url is ""),
    ``title`` and ``keywords`` for the PDF's metadata. Its children (the headline
    and the links) are what builders other than LaTeX show.
    """


class cv_entry(nodes.General, nodes.Element):  # noqa: N801
    """One employer in full: headings, then each position's text. Kept together."""


class cv_heading(nodes.paragraph):  # noqa: N801
    """A line with what on the left and when (a ``cv_when``) in the dates column."""


class cv_skill_line(nodes.paragraph):  # noqa: N801
    """One category's skills: its name, then ``cv-skill-item`` inlines."""


class cv_when(nodes.inline):  # noqa: N801
    """The dates of a ``cv_heading``: LaTeX sets them in a right-aligned column."""


class cv_data(nodes.Inline, nodes.Element):  # noqa: N801
    """A value for machines, not shown: ``<data value=…>`` in HTML.

    Only ``outputs/html/microformats.py`` makes these, for HTML builders; other
    builders skip one if it ever reaches them.
    """


class cv_tags(nodes.Inline, nodes.Element):  # noqa: N801
    """``{cv:tags}``: the tags of the highlight (the list item) it is in.

    Read and removed as its page is read (``directives/highlights.py``): no
    writer sees one.
    """


class timeline_placeholder(nodes.General, nodes.Element):  # noqa: N801
    """Options of ``{cv:timeline}``, as the directive read them.

    ``limit`` (int or None), ``since`` (a ``CVDate`` or None), ``tags`` (list),
    ``detail`` (a ``TimelineDetail``: which roles are shown in full) and
    ``role_skills``, whether a role in full ends with its skills.
    """


class skills_table_placeholder(nodes.General, nodes.Element):  # noqa: N801
    """Options: ``category`` ("" for every skill), ``compact`` (a line a category)."""


class person_placeholder(nodes.General, nodes.Element):  # noqa: N801
    """Where ``{cv:person}`` shows the header."""


class years_placeholder(nodes.Inline, nodes.TextElement):  # noqa: N801
    """The derived years of the skill named by ``skill``."""


PLACEHOLDERS = (
    timeline_placeholder,
    skills_table_placeholder,
    person_placeholder,
    years_placeholder,
)

# Placeholders that Sphinx copies, as it reads a page, into what no post transform
# fills: a title's copies in the contents (views/years.py). Writers show its text.
COPIED = (years_placeholder,)

# The nodes that reach writers: every output has visitors for each of them.
WRITTEN = (
    cv_date,
    cv_data,
    cv_term,
    cv_timeline,
    cv_header,
    cv_entry,
    cv_heading,
    cv_skill_line,
    cv_when,
)


# On a document that is the whole CV put together to be printed: a web site's
# build writes the Word document through its HTML builder, and what is added
# to its pages for the web alone (outputs/html/microformats.py) passes it by.
PRINTED_WHOLE = "cv_printed_whole"


def ancestors(node: nodes.Node) -> Iterator[nodes.Element]:
    """The node's parent, its parent's, and so on to the document."""
    parent = node.parent
    while parent is not None:
        yield parent
        parent = parent.parent
