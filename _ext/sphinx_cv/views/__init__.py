"""Views across the whole CV, built into each page that shows one.

Post transforms fill the placeholders the directives left (a timeline, a skills
table, the header, a skill's years), one module per view. Most run at priority 5
(a full timeline, which copies roles' text, at 4), before Sphinx's
ReferencesResolver (10), so the links they create are resolved like any other.
A skills table and a list of employers, made of the records alone, are filled
after Sphinx's post transforms, which would only walk them (``base.py``). Post
transforms run in the main process at
write time, after every document has been read, so each view is computed from all
the records as they are now. The skills index is a view too, which the domain
generates as Sphinx's indices are. The years also reach the copies Sphinx makes of
a title as it reads a page (``years.py``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sphinx_cv.incremental import PAGES_TO_REWRITE
from sphinx_cv.views.person import PersonTransform, PrintedHeader
from sphinx_cv.views.skill_index import SkillIndex
from sphinx_cv.views.skills_table import ListedInTables, SkillsTableTransform
from sphinx_cv.views.timeline import TimelineEntriesTransform, TimelineTransform
from sphinx_cv.views.years import YearsTransform, refresh_copied_titles

if TYPE_CHECKING:
    from sphinx.application import Sphinx


def register(app: Sphinx) -> None:
    app.add_index_to_domain("cv", SkillIndex)
    app.add_post_transform(PrintedHeader)
    for transform in (
        ListedInTables,
        TimelineEntriesTransform,
        TimelineTransform,
        SkillsTableTransform,
        YearsTransform,
        PersonTransform,
    ):
        app.add_post_transform(transform)
    app.connect(PAGES_TO_REWRITE, refresh_copied_titles)
