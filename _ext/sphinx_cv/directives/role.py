"""``{cv:role}``: one position at one organisation."""

from __future__ import annotations

from docutils import nodes

from sphinx_cv.config import today
from sphinx_cv.core.dates import CVDate, DateError, Period, parse_date
from sphinx_cv.core.names import slug
from sphinx_cv.core.records import RoleRecord, RoleText, Source
from sphinx_cv.diagnostics import Problem
from sphinx_cv.directives.base import CVDirective, words
from sphinx_cv.directives.highlights import apply_highlight_tags
from sphinx_cv.directives.options import EveryOption
from sphinx_cv.i18n import TranslatedLabels, _
from sphinx_cv.model.pieces import SEPARATOR, joined, period_nodes, xref


class RoleDirective(CVDirective):
    """The summary and highlights of a role, under a line of its facts.

    ``:org:`` and ``:start:`` are required; ``:end:`` is a date or ``present``, and
    left out means present. A role with a problem still shows its text, but stays
    out of the timeline and the skills until the problem is fixed.
    """

    has_content = True
    option_spec = EveryOption.known(
        "org", "title", "start", "end", "location", "url", "skills", "tags"
    )

    def run(self) -> list[nodes.Node]:
        if self.refused_inside_role():
            return []
        self.check_options()
        body = self.parse_role_body()
        # Before the role's text is noted: an application's JSON and Word
        # documents show the highlights its PDF shows.
        for node in body:
            if isinstance(node, nodes.Element):
                apply_highlight_tags(node, self.env)
        body = [
            node
            for node in body
            if not (isinstance(node, nodes.bullet_list) and not node.children)
        ]
        record = self.record()
        if record is None:
            return body
        self.domain.note_role(record, role_text(body))
        target = nodes.target("", "", ids=[record.source.anchor])
        self.state.document.note_explicit_target(target)
        # cv_anchor lets a full timeline find this role's text (views/entries.py).
        # cv_role marks whatever shows one role, for outputs/html/microformats.py.
        block = nodes.container(
            classes=["cv-role"], cv_anchor=record.source.anchor, cv_role=record.target
        )
        block += self.header(record)
        block += body
        return [target, block]

    def record(self) -> RoleRecord | None:
        org = self.required("org")
        start_text = self.required("start")
        start = self.date(start_text) if start_text else None
        end_text = self.text_option("end")
        ongoing = end_text.casefold() in {"", "present"}
        end = None if ongoing else self.date(end_text)
        if not org or start is None or (not ongoing and end is None):
            return None
        try:
            period = Period(start, end)
        except DateError as error:
            self.warn(Problem.DATE_ORDER, str(error))
            return None
        anchor = self.unique_id(f"cv-role-{slug(org)}-{start.isoformat()}")
        return RoleRecord(
            source=Source(self.docname, self.lineno, anchor),
            org=org,
            period=period,
            title=self.text_option("title"),
            location=self.text_option("location"),
            url=self.safe_url(),
            skills=self.list_option("skills"),
            tags=self.list_option("tags"),
        )

    def date(self, text: str) -> CVDate | None:
        try:
            return parse_date(text)
        except DateError as error:
            self.warn(Problem.DATE, str(error))
            return None

    def unique_id(self, wanted: str) -> str:
        ids = self.state.document.ids
        candidate, number = wanted, 1
        while candidate in ids:
            number += 1
            candidate = f"{wanted}-{number}"
        return candidate

    def header(self, record: RoleRecord) -> list[nodes.Element]:
        labels = TranslatedLabels(self.config.language)
        title_line = nodes.paragraph(classes=["cv-role-title"])
        if record.title:
            title_line += nodes.strong(record.title, record.title)
            title_line += nodes.Text(", ")
        org: nodes.Node = nodes.inline(record.org, record.org, classes=["cv-org"])
        if record.url:
            org = nodes.reference(record.org, record.org, refuri=record.url)
        title_line += org
        if record.location:
            title_line += nodes.Text(SEPARATOR)
            title_line += nodes.inline(
                record.location, record.location, classes=["cv-location"]
            )
        dates_line = nodes.paragraph(classes=["cv-role-dates"])
        dates_line += period_nodes(record.period, today(self.config), labels)
        if not (record.title or record.location or record.url):
            # Only the organisation: said already if a heading names it (see
            # directives/headings.py, which knows the heading; a directive does not).
            title_line["cv_org_only"] = record.org_key
        lines: list[nodes.Element] = [title_line, dates_line]
        if record.skills:
            skills_line = nodes.paragraph(classes=["cv-role-skills"])
            skills_line += nodes.Text(_("Skills") + ": ")
            skills_line += joined(
                [
                    xref("skill", name, name, self.docname, quiet=True)
                    for name in record.skills
                ]
            )
            lines.append(skills_line)
        for line in lines:
            # Field values are data: shown exactly as written, as in the JSON.
            line["support_smartquotes"] = False
            # A full timeline shows the role's text without these lines.
            line["cv_header"] = True
        return lines


def role_text(body: list[nodes.Node]) -> RoleText:
    """The role's first paragraph and its bullets, as written: plain words."""
    paragraphs = [node for node in body if isinstance(node, nodes.paragraph)]
    return RoleText(
        summary=words(*paragraphs[:1]),
        highlights=tuple(
            words(item)
            for bullets in body
            if isinstance(bullets, nodes.bullet_list)
            for item in bullets.children
        ),
    )
