"""``{cv:summary}``, ``{cv:education}``, ``{cv:project}`` and ``{cv:award}``.

The facts a CV states once in its prose, marked so that the machine-readable
outputs (JSON Resume) carry them as data. Each shows on the page as written.

A page that includes another's text (as ``cv.md`` includes ``index.md``) reads
these directives again; their records name the file the text is written in, so
the two readings are one fact (``CVDomain.facts``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, final

from docutils import nodes

from sphinx_cv.core.dates import CVDate, DateError, Period, parse_date
from sphinx_cv.core.labels import format_date
from sphinx_cv.core.records import (
    AwardRecord,
    EducationRecord,
    ProjectRecord,
    Source,
    SummaryRecord,
)
from sphinx_cv.diagnostics import Problem
from sphinx_cv.directives.base import CVDirective, words
from sphinx_cv.directives.options import EveryOption
from sphinx_cv.i18n import TranslatedLabels, _
from sphinx_cv.model.pieces import EN_DASH

if TYPE_CHECKING:
    from sphinx_cv.core.labels import Labels


class FactDirective(CVDirective):
    """Notes a record, and shows its body (or, for education, its fields)."""

    def source(self) -> Source:
        path, line = self.get_source_info()
        written_in = self.env.path2doc(path) if path else None
        return Source(written_in or self.docname, line or self.lineno, "")

    def shown(self, kind: str) -> nodes.container:
        block = nodes.container(classes=[f"cv-{kind}"])
        block += self.parse_body()
        return block


class SummaryDirective(FactDirective):
    """The CV's summary: its body, which the JSON Resume gives as ``summary``."""

    has_content = True

    def run(self) -> list[nodes.Node]:
        self.check_options()
        shown = self.shown("summary")
        text = "\n\n".join(
            " ".join(paragraph.astext().split())
            for paragraph in shown.findall(nodes.paragraph)
        )
        self.domain.note_summary(SummaryRecord(self.source(), text))
        return [shown]


class EducationDirective(FactDirective):
    """A course of study, shown from its fields.

    "University of Durham (United Kingdom)", "Bachelor of Science in
    Electronics", then "2:1 (with Honors)", on lines of their own. Options:
    ``:institution:`` (required), ``:location:``, ``:study-type:``, ``:score:``,
    ``:area:``, ``:url:``, and the dates ``:start:`` and ``:end:`` (either
    alone), on a last line: "1989 \N{EN DASH} 1993".
    """

    option_spec = EveryOption.known(
        "institution", "location", "study-type", "score", "area", "url", "start", "end"
    )

    def run(self) -> list[nodes.Node]:
        self.check_options()
        institution = self.required("institution")
        if not institution:
            return []
        record = EducationRecord(
            source=self.source(),
            institution=institution,
            area=self.text_option("area"),
            study_type=self.text_option("study-type"),
            score=self.text_option("score"),
            location=self.text_option("location"),
            url=self.safe_url(),
            **self.dates(),
        )
        self.domain.note_education(record)
        # Each on a line of its own, as résumé parsers look for them (OpenResume's
        # finds a degree only on a short line): the institution, the degree, the
        # dates.
        block = nodes.container(classes=["cv-education"])
        for line in education_lines(record, TranslatedLabels(self.config.language)):
            block += nodes.paragraph(line, line, support_smartquotes=False)
        return [block]

    def dates(self) -> dict[str, CVDate]:
        """The course's start and end, if given and dates; an end not before it."""
        found: dict[str, CVDate] = {}
        for name in ("start", "end"):
            text = self.text_option(name)
            if not text:
                continue
            try:
                found[name] = parse_date(text)
            except DateError as error:
                self.warn(Problem.DATE, f":{name}: {error}")
        if "start" in found and "end" in found:
            try:
                Period(found["start"], found["end"])
            except DateError as error:
                self.warn(Problem.DATE_ORDER, str(error))
                return {}
        return found


def education_lines(record: EducationRecord, labels: Labels) -> list[str]:
    """The lines of a course of study, each that its record gives.

    "University of Durham (United Kingdom)", "Bachelor of Science in
    Electronics", "2:1 (with Honors)" and the dates: "Oct 1989 \N{EN DASH} Jun
    1993". The degree has a short line of its own because résumé parsers
    (OpenResume's) take a degree only from such a line; its class follows it.
    """
    where = record.institution
    if record.location:
        where += f" ({record.location})"
    degree = record.study_type
    if record.area:
        degree = (
            _("{study} in {area}").format(study=degree, area=record.area)
            if degree
            else record.area
        )
    dates = EN_DASH.join(
        format_date(date, labels) for date in (record.start, record.end) if date
    )
    return [line for line in (where, degree, record.score, dates) if line]


class DescribedFactDirective(FactDirective):
    """A fact with a name and a body that describes it: a project, an award."""

    has_content = True
    kind: ClassVar[str]  # the block's class: "cv-" and this
    name_option: ClassVar[str]  # the option that names it, required

    def __init_subclass__(
        cls, *, kind: str = "", options: tuple[str, ...] = ()
    ) -> None:
        """``options``: the known ones, the first naming the fact.

        Without them (Sphinx subclasses each domain directive) the class keeps
        its parent's.
        """
        super().__init_subclass__()
        if kind:
            cls.kind, cls.name_option = kind, options[0]
            cls.option_spec = EveryOption.known(*options)

    @final
    def run(self) -> list[nodes.Node]:
        self.check_options()
        name = self.required(self.name_option)
        shown = self.shown(self.kind)
        if name:
            self.note(name, shown)
            if self.content and name.casefold() not in words(shown).casefold():
                lead_with(name, self.lead_url, self.lead_detail(shown), shown)
        return [shown]

    def note(self, name: str, shown: nodes.container) -> None:
        """Note the record; its text is what the page says, before any lead."""
        raise NotImplementedError

    @property
    def lead_url(self) -> str:
        return ""

    def lead_detail(self, shown: nodes.container) -> str:
        del shown
        return ""


def lead_with(name: str, url: str, detail: str, shown: nodes.container) -> None:
    """Begin the text with the name, which it does not say: "raft-lab: A ...".

    A reader of any output needs the name; the data (the record) keeps the text
    as written. ``detail`` follows the name in brackets: an award's awarder.
    """
    lead: list[nodes.Node] = [nodes.strong(name, name, support_smartquotes=False)]
    if url:
        lead = [nodes.reference("", "", *lead, refuri=url)]
    if detail:
        lead.append(nodes.inline("", f" ({detail})", support_smartquotes=False))
    first = shown.children[0] if shown.children else None
    if isinstance(first, nodes.paragraph):
        first[0:0] = [*lead, nodes.Text(": ")]
    else:
        shown.insert(0, nodes.paragraph("", "", *lead))


class ProjectDirective(DescribedFactDirective, kind="project", options=("name", "url")):
    """A project; its body is what the page says of it, and its description.

    Options: ``:name:`` (required), ``:url:``.
    """

    url = ""

    def note(self, name: str, shown: nodes.container) -> None:
        self.url = self.safe_url()
        self.domain.note_project(
            ProjectRecord(self.source(), name, self.url, words(shown))
        )

    @property
    def lead_url(self) -> str:
        return self.url


class AwardDirective(
    DescribedFactDirective, kind="award", options=("title", "awarder")
):
    """An award: its body if it has one, else its title, as a sentence.

    Options: ``:title:`` (required), ``:awarder:``.
    """

    awarder = ""

    def note(self, name: str, shown: nodes.container) -> None:
        self.awarder = self.text_option("awarder")
        if not self.content:
            # "Fellow (Python Software Foundation)." names who gave it, unless
            # its title does.
            named = self.awarder.casefold() in name.casefold()
            given_by = f" ({self.awarder})" if self.awarder and not named else ""
            shown += nodes.paragraph(
                "", f"{name}{given_by}.", support_smartquotes=False
            )
        summary = words(shown) if self.content else ""
        self.domain.note_award(AwardRecord(self.source(), name, self.awarder, summary))

    def lead_detail(self, shown: nodes.container) -> str:
        text = words(shown).casefold()
        return "" if self.awarder.casefold() in text else self.awarder
