"""``{cv:skill}``: declares a skill, with a category and an optional description."""

from __future__ import annotations

from docutils import nodes

from sphinx_cv.core.dates import CVDate, DateError, parse_date
from sphinx_cv.core.fields import whole_number
from sphinx_cv.core.names import slug
from sphinx_cv.core.records import SkillRecord, Source
from sphinx_cv.diagnostics import Problem
from sphinx_cv.directives.base import CVDirective
from sphinx_cv.directives.options import EveryOption

# More is a slip of the keyboard (a year, or a number pasted twice), not a career.
MOST_YEARS = 100


class SkillDirective(CVDirective):
    """An anchor for links to the skill, and its description when it has one.

    The skill's figures (years, last used, roles) are shown by ``{cv:skills}``
    tables, derived from the roles; ``:years:`` and ``:last-used:`` (``present``
    or a date) are the author's own statements, which win. ``:aliases:`` are
    other names for it, which an application's match report also looks for.
    """

    optional_arguments = 1
    final_argument_whitespace = True
    has_content = True
    option_spec = EveryOption.known(
        "category", "years", "level", "last-used", "aliases"
    )

    def run(self) -> list[nodes.Node]:
        if self.refused_inside_role():
            return []
        self.check_options()
        written = self.arguments[0] if self.arguments else ""
        name = " ".join(self.hidden_characters_left_out("the name", written).split())
        body = self.parse_body()
        if not name:
            self.warn(Problem.EMPTY_NAME, "a skill needs a name")
            return body
        years = self.years()
        current, last_used = self.last_used()
        anchor = f"cv-skill-{slug(name) or 'unnamed'}"
        if anchor in self.state.document.ids:
            anchor = f"{anchor}-{self.lineno}"
        self.domain.note_skill(
            SkillRecord(
                source=Source(self.docname, self.lineno, anchor),
                name=name,
                category=self.text_option("category"),
                years=years,
                level=self.text_option("level"),
                current=current,
                last_used=last_used,
                aliases=self.list_option("aliases"),
            )
        )
        target = nodes.target("", "", ids=[anchor])
        self.state.document.note_explicit_target(target)
        # The target hands its id to this block, which always follows it: bare
        # targets side by side would chain, and LaTeX would label one id twice.
        block = nodes.container(classes=["cv-skill"])
        if body:
            heading = nodes.paragraph(
                classes=["cv-skill-name"], support_smartquotes=False
            )
            heading += nodes.strong(name, name)
            level = self.text_option("level")
            if level:
                heading += nodes.Text(" (")
                heading += nodes.emphasis(level, level)
                heading += nodes.Text(")")
            block += heading
            block += body
        return [target, block]

    def last_used(self) -> tuple[bool, CVDate | None]:
        """``:last-used: present`` (in use now) or a date; (False, None) if absent."""
        text = self.text_option("last-used")
        if not text:
            if "last-used" in self.options:
                self.warn(Problem.BAD_OPTION, ":last-used: is empty")
            return False, None
        if text.casefold() == "present":
            return True, None
        try:
            return False, parse_date(text)
        except DateError as error:
            self.warn(Problem.DATE, f":last-used: must be 'present' or a date: {error}")
            return False, None

    def years(self) -> int | None:
        text = self.text_option("years")
        if not text:
            return None
        years = whole_number(text)
        if years is not None and years <= MOST_YEARS:
            return years
        self.warn(
            Problem.BAD_OPTION,
            f":years: must be a whole number from 0 to {MOST_YEARS}, not {text!r}",
        )
        return None
