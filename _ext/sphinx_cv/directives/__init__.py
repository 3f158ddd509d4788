"""Reading the CV's markup: directives and roles parse and check it, note records.

Bad input is a located ``cv`` warning, never a crash; the page still shows what
can be shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docutils import nodes

from sphinx_cv.directives.facts import (
    AwardDirective,
    EducationDirective,
    ProjectDirective,
    SummaryDirective,
)
from sphinx_cv.directives.headings import DropRepeatedOrganisation
from sphinx_cv.directives.highlights import HighlightTags, TagsRole
from sphinx_cv.directives.inline import CVXRefRole, YearsRole
from sphinx_cv.directives.role import RoleDirective
from sphinx_cv.directives.skill import SkillDirective
from sphinx_cv.directives.views import (
    PersonDirective,
    SkillsTableDirective,
    TimelineDirective,
)

if TYPE_CHECKING:
    from sphinx.application import Sphinx

DIRECTIVES = {
    "role": RoleDirective,
    "skill": SkillDirective,
    "timeline": TimelineDirective,
    "skills": SkillsTableDirective,
    "person": PersonDirective,
    "summary": SummaryDirective,
    "education": EducationDirective,
    "project": ProjectDirective,
    "award": AwardDirective,
}


def register(app: Sphinx) -> None:
    """The cv domain's directives and roles; the domain itself knows none of them."""
    for name, directive in DIRECTIVES.items():
        app.add_directive_to_domain("cv", name, directive)
    for name in ("skill", "org"):
        app.add_role_to_domain(
            "cv", name, CVXRefRole(innernodeclass=nodes.inline, warn_dangling=True)
        )
    app.add_role_to_domain("cv", "years", YearsRole())
    app.add_role_to_domain("cv", "tags", TagsRole())
    app.add_transform(DropRepeatedOrganisation)
    app.add_transform(HighlightTags)
