"""The ``cv`` domain's storage: the CV's records, per document, and what changed.

Every record lives under its document's name, so that ``clear_doc`` forgets a
document entirely and ``merge_domaindata`` takes exactly the documents a parallel
reader was given: a forked reader's environment also holds, as they were when it
forked, the records of documents it did not read, and copying those could put back
stale ones. (Sphinx's todo tutorial extends one list instead, and double-counts.)

Nothing outside this module reads or writes ``data``: directives note records
through the ``note_*`` methods; ``snapshot.py`` alone reads them, once the build
has read every document, into the CV every view and output reads, so that none
can go stale. Links to the records are ``links.py``'s.
"""

from __future__ import annotations

import dataclasses
import hashlib
from typing import TYPE_CHECKING, Any, cast

from docutils import nodes
from sphinx import addnodes
from sphinx.domains import Domain, ObjType

from sphinx_cv.core.records import first_declarations
from sphinx_cv.diagnostics import Problem, warn
from sphinx_cv.i18n import _
from sphinx_cv.model.nodes import (
    PLACEHOLDERS,
    ancestors,
    timeline_placeholder,
    years_placeholder,
)

if TYPE_CHECKING:
    from collections.abc import Iterable

    from sphinx.builders import Builder
    from sphinx.environment import BuildEnvironment

    from sphinx_cv.core.records import (
        AwardRecord,
        EducationRecord,
        ProjectRecord,
        RoleRecord,
        RoleText,
        SkillRecord,
        SummaryRecord,
    )

# Records of facts; each role's text is kept apart, and digested apart
# ("role_text_digests").
FACT_RECORDS = ("summaries", "education", "projects", "awards")
FACTS = (*FACT_RECORDS, "role_texts")
PER_DOCUMENT = (
    "roles",
    "skills",
    "dependents",
    "role_text_digests",
    "copiers",
    "named_years",
    "highlight_tags",
    *FACTS,
)
# "dependents" and "copiers" are documents as a dict's keys, not a set, so that
# clear_doc and merge_domaindata treat them as every other record; the value is
# never read.
NOTED = True


@dataclasses.dataclass(frozen=True)
class Changes:
    """What changed since the pages were last written: any record, any role's text."""

    records: bool
    texts: bool


class CVRecords(Domain):
    """The ``cv`` domain's records of roles, skills and facts, and what changed.

    Sphinx is given ``links.CVDomain``, which adds the links to them. Its
    directives, roles and index are added in ``setup()`` (``register``): they know
    the domain, and the domain need not know them.
    """

    name = "cv"
    label = "CV"
    object_types = {  # noqa: RUF012 - Sphinx's own class attribute
        "role": ObjType(_("role"), "org", "role"),
        "skill": ObjType(_("skill"), "skill"),
    }
    initial_data = {  # noqa: RUF012
        # docname -> records, in the order written
        "roles": {},
        "skills": {},
        # docname -> True, for documents showing views across the CV or linking
        # into it: they are rewritten when the records change.
        "dependents": {},
        # docname -> a digest of the text of its roles, and docname -> True for
        # documents whose full timeline copies that text: rewritten when it changes.
        "role_text_digests": {},
        "copiers": {},
        # docname -> {id: a copy of the title, caption or term that names the
        # element of that id and holds {cv:years}} (views/years.py)
        "named_years": {},
        # docname -> the tags its highlights carry (directives/highlights.py)
        "highlight_tags": {},
        # docname -> the facts its prose marks (directives/facts.py)
        **{kind: {} for kind in FACTS},
        # digests of all records, and of all roles' texts, as the last build saw
        # them: to tell when they changed
        "records_digest": "",
        "role_texts_digest": "",
        # name -> a value the pages were last written with (``note_written_with``)
        "written_with": {},
    }
    data_version = 8

    def __init__(self, env: BuildEnvironment) -> None:
        super().__init__(env)
        # What the read model (snapshot.py) made of the records, forgotten the
        # moment one changes: this module stores it, and never reads it.
        self.read_model: object | None = None
        # The builder of this build, set as it is made: links are made with it,
        # and what a page shows of the person depends on what it writes.
        self.builder: Builder | None = None

    # --- storing, per document --------------------------------------------------

    def note_role(self, record: RoleRecord, text: RoleText) -> None:
        # _note forgets the read model.
        self.data["roles"].setdefault(record.source.docname, []).append(record)
        self._note("role_texts", (record.target, text))

    def note_skill(self, record: SkillRecord) -> None:
        self.read_model = None
        self.data["skills"].setdefault(record.source.docname, []).append(record)

    def note_summary(self, record: SummaryRecord) -> None:
        self._note("summaries", record)

    def note_education(self, record: EducationRecord) -> None:
        self._note("education", record)

    def note_project(self, record: ProjectRecord) -> None:
        self._note("projects", record)

    def note_award(self, record: AwardRecord) -> None:
        self._note("awards", record)

    def note_highlight_tags(self, tags: Iterable[str]) -> None:
        self._note("highlight_tags", tuple(tags))

    def _note(self, kind: str, record: object) -> None:
        """A fact, under the document being read (which may include another's)."""
        self.read_model = None
        self.data[kind].setdefault(self.env.current_document.docname, []).append(record)

    def clear_doc(self, docname: str) -> None:
        self.read_model = None
        for key in PER_DOCUMENT:
            self.data[key].pop(docname, None)

    def merge_domaindata(
        self, docnames: Iterable[str], otherdata: dict[str, Any]
    ) -> None:
        self.read_model = None
        for docname in docnames:
            for key in PER_DOCUMENT:
                if docname in otherdata[key]:
                    self.data[key][docname] = otherdata[key][docname]

    def process_doc(
        self, env: BuildEnvironment, docname: str, document: nodes.document
    ) -> None:
        del env  # the records were noted by the directives already
        if any(document.findall(is_dependent_node)):
            self.data["dependents"][docname] = NOTED
        if any(
            placeholder["detail"].as_entries
            for placeholder in document.findall(timeline_placeholder)
        ):
            self.data["copiers"][docname] = NOTED
        role_texts: list[str] = []
        for block in document.findall(nodes.container):
            if block.get("cv_anchor"):
                written_out(block, role_texts)
        if role_texts:
            self.data["role_text_digests"][docname] = digest_of(role_texts)
        named = names_holding_years(document)
        if named:
            self.data["named_years"][docname] = named

    # --- what changed, for incremental builds ------------------------------------

    def note_changes(self) -> Changes:
        """What changed since the last call, which this call remembers."""
        records, texts = self.records_digest(), self.role_texts_digest()
        changes = Changes(
            records=records != self.data["records_digest"],
            texts=texts != self.data["role_texts_digest"],
        )
        self.data["records_digest"] = records
        self.data["role_texts_digest"] = texts
        return changes

    def note_written_with(self, name: str, value: str) -> bool:
        """Notes that the pages are written with this ``value`` of ``name``.

        For what an output shows on the pages besides the records (the PDF link).
        Returns whether the last build wrote them with another value.
        """
        remembered = self.data["written_with"]
        if remembered.get(name) == value:
            return False
        remembered[name] = value
        return True

    def records_digest(self) -> str:
        """One digest of every record: the same while the records are."""
        facts = [record for kind in FACT_RECORDS for record in self.facts_of(kind)]
        records = [*self.all_roles(), *self.all_skill_declarations(), *facts]
        return digest_of(repr(record) for record in records)

    def role_texts_digest(self) -> str:
        digests = self.data["role_text_digests"]
        return digest_of(f"{name}={digests[name]};" for name in sorted(digests))

    def dependents(self) -> list[str]:
        return sorted(self.data["dependents"])

    def copiers(self) -> list[str]:
        return sorted(self.data["copiers"])

    # --- reading across documents ----------------------------------------------

    def all_highlight_tags(self) -> list[str]:
        """Every tag a highlight carries, each once."""
        return list(
            dict.fromkeys(tag for tags in self._all("highlight_tags") for tag in tags)
        )

    def all_roles(self) -> list[RoleRecord]:
        return self._all("roles")

    def all_skill_declarations(self) -> list[SkillRecord]:
        return self._all("skills")

    def _all(self, kind: str) -> list[Any]:
        return [
            record
            for docname in sorted(self.data[kind])
            for record in self.data[kind][docname]
        ]

    def role_texts(self) -> dict[str, RoleText]:
        """Each role's text, by the role's ``target``."""
        return {
            target: text
            for docname in sorted(self.data["role_texts"])
            for target, text in self.data["role_texts"][docname]
        }

    def names_holding_years(self) -> dict[str, dict[str, nodes.Element]]:
        """Docname -> {id: the name, as read, of the element of that id}."""
        return dict(self.data["named_years"])

    def all_summaries(self) -> dict[str, tuple[SummaryRecord, ...]]:
        """Each page's summaries, read with it or with what it includes."""
        return {
            docname: tuple(records)
            for docname, records in sorted(self.data["summaries"].items())
        }

    def facts_of(self, kind: str) -> list[Any]:
        """One record per place it is written, though several pages include it."""
        unique = {
            (record.source.docname, record.source.lineno): record
            for docname in sorted(self.data[kind])
            for record in self.data[kind][docname]
        }
        return [unique[place] for place in sorted(unique)]

    def check_consistency(self) -> None:
        first = first_declarations(self.all_skill_declarations())
        for record in self.all_skill_declarations():
            original = first[record.key]
            if record is not original:
                page = self.env.doc2path(original.source.docname)
                warn(
                    Problem.DUPLICATE_SKILL,
                    f"skill {record.name!r} is already declared at "
                    f"{page.relative_to(self.env.srcdir)}:{original.source.lineno}",
                    (record.source.docname, record.source.lineno),
                )


def digest_of(parts: Iterable[str]) -> str:
    """One digest of every part, in order: the same while the parts are."""
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part.encode())
    return digest.hexdigest()


def cv_domain(env: BuildEnvironment) -> CVRecords:
    """The environment's cv domain, typed: the one place that says so."""
    # The class itself, not its name in quotes: a string that mutation testing
    # would change, and that no test could tell, as cast only tells mypy.
    return cast(CVRecords, env.domains["cv"])  # noqa: TC006


def written_out(node: nodes.Node, parts: list[str]) -> None:
    """Each node's name and attributes, each text, each end: any change shows.

    A role's text is digested as its page is read, to tell when the pages that
    copy it must be written again. docutils' ``pformat`` says as much, but
    quotes each attribute on its own and took a sixth of reading a role.
    """
    if not isinstance(node, nodes.Element):
        parts.append(repr(str(node)))  # quoted: no text reads as a node's name
        return
    parts.append(f"<{node.tagname} {node.attributes!r}")
    for child in node.children:
        written_out(child, parts)
    parts.append(">")


def names_holding_years(document: nodes.document) -> dict[str, nodes.Element]:
    """The names that hold ``{cv:years}``, by the ids of the elements they name.

    Sphinx copies the text of these as it reads the page, before the years are
    known: into links to a section's label, and a glossary term's index entry.
    """
    named: dict[str, nodes.Element] = {}
    # From each placeholder up: most pages have none, and then nothing is walked.
    for placeholder in document.findall(years_placeholder):
        for element in ancestors(placeholder):
            name = name_of(element)
            if name is not None and any(name.findall(years_placeholder)):
                named.update(dict.fromkeys(element["ids"], name.deepcopy()))
    return named


def name_of(element: nodes.Element) -> nodes.Element | None:
    """What Sphinx takes an element's name from, when it is given a label."""
    if isinstance(element, (nodes.section, nodes.table, nodes.figure)):
        return next(
            (
                child
                for child in element.children
                if isinstance(child, (nodes.title, nodes.caption))
            ),
            None,
        )
    if isinstance(element, (nodes.rubric, nodes.term)):
        return element
    return None


def is_dependent_node(node: nodes.Node) -> bool:
    if isinstance(node, PLACEHOLDERS):
        return True
    return isinstance(node, addnodes.pending_xref) and node.get("refdomain") == "cv"
