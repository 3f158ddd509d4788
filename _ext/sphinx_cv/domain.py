"""The ``cv`` domain: the CV's records, stored per document, and links to them.

Every record lives under its document's name, so that ``clear_doc`` forgets a
document entirely and ``merge_domaindata`` takes exactly the documents a parallel
reader was given: a forked reader's environment also holds, as they were when it
forked, the records of documents it did not read, and copying those could put back
stale ones. (Sphinx's todo tutorial extends one list instead, and double-counts.)
Views across documents are computed when a page is written, from whatever the
records are then, so they cannot go stale.

Nothing outside this module reads or writes ``data``: directives note records
through the ``note_*`` methods, and everything else reads through the others.
"""

from __future__ import annotations

import dataclasses
import hashlib
from typing import TYPE_CHECKING, Any, TypeVar, cast

from docutils import nodes
from sphinx import addnodes
from sphinx.domains import Domain, ObjType
from sphinx.errors import NoUri
from sphinx.transforms.post_transforms import ReferencesResolver, SphinxPostTransform
from sphinx.util.nodes import make_refnode

from sphinx_cv.core.aggregate import SkillUsage, newest_first, skill_usages
from sphinx_cv.core.names import name_key
from sphinx_cv.core.records import Facts, RoleText
from sphinx_cv.diagnostics import Problem, warn
from sphinx_cv.i18n import _, other_category
from sphinx_cv.model.nodes import (
    PLACEHOLDERS,
    ancestors,
    timeline_placeholder,
    years_placeholder,
)

if TYPE_CHECKING:
    import datetime
    from collections.abc import Callable, Hashable, Iterable, Iterator

    from sphinx.application import Sphinx
    from sphinx.builders import Builder
    from sphinx.environment import BuildEnvironment

    from sphinx_cv.core.records import (
        AwardRecord,
        EducationRecord,
        ProjectRecord,
        RoleRecord,
        SkillRecord,
        SummaryRecord,
    )

T = TypeVar("T")

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


@dataclasses.dataclass(frozen=True)
class Changes:
    """What changed since the pages were last written: any record, any role's text."""

    records: bool
    texts: bool


class CVDomain(Domain):
    """Roles and skills of a CV.

    Its directives, roles and index are added in ``setup()`` (``register``): they
    know the domain, and the domain need not know them.
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
    data_version = 7

    def __init__(self, env: BuildEnvironment) -> None:
        super().__init__(env)
        # What is derived from all the records, kept until one of them changes:
        # every link, and every page with a view, asks for the same.
        self._derived: dict[Hashable, Any] = {}
        # The builder of this build, set as it is made: the domain resolves the
        # pages' and the views' links with it, before Sphinx's resolver runs.
        self.builder: Builder | None = None

    def _cached(self, key: Hashable, derive: Callable[[], T]) -> T:
        if key not in self._derived:
            self._derived[key] = derive()
        return cast("T", self._derived[key])

    # --- storing, per document --------------------------------------------------

    def note_role(self, record: RoleRecord, text: RoleText) -> None:
        # _note forgets what was derived.
        self.data["roles"].setdefault(record.source.docname, []).append(record)
        self._note("role_texts", (record.target, text))

    def note_skill(self, record: SkillRecord) -> None:
        self._derived.clear()
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
        self._derived.clear()
        self.data[kind].setdefault(self.env.current_document.docname, []).append(record)

    def clear_doc(self, docname: str) -> None:
        self._derived.clear()
        for key in PER_DOCUMENT:
            self.data[key].pop(docname, None)

    def merge_domaindata(
        self, docnames: Iterable[str], otherdata: dict[str, Any]
    ) -> None:
        self._derived.clear()
        for docname in docnames:
            for key in PER_DOCUMENT:
                if docname in otherdata[key]:
                    self.data[key][docname] = otherdata[key][docname]

    def process_doc(
        self, env: BuildEnvironment, docname: str, document: nodes.document
    ) -> None:
        del env  # the records were noted by the directives already
        if any(document.findall(is_dependent_node)):
            self.data["dependents"][docname] = True
        if any(
            placeholder["detail"].as_entries
            for placeholder in document.findall(timeline_placeholder)
        ):
            self.data["copiers"][docname] = True
        role_texts: list[str] = []
        for block in document.findall(nodes.container):
            if block.get("cv_anchor"):
                written_out(block, role_texts)
        if role_texts:
            digest = hashlib.sha256("".join(role_texts).encode()).hexdigest()
            self.data["role_text_digests"][docname] = digest
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

        def digest() -> str:
            total = hashlib.sha256()
            facts = [record for kind in FACT_RECORDS for record in self._facts(kind)]
            for record in [*self.all_roles(), *self.all_skill_declarations(), *facts]:
                total.update(repr(record).encode())
            return total.hexdigest()

        return self._cached("records digest", digest)

    def role_texts_digest(self) -> str:
        digests = self.data["role_text_digests"]
        return hashlib.sha256(
            "".join(f"{name}={digests[name]};" for name in sorted(digests)).encode()
        ).hexdigest()

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

    def skills(self) -> dict[str, SkillRecord]:
        """One declaration per skill: the first, by document name and line."""
        return self._cached("skills", self._first_declarations)

    def _first_declarations(self) -> dict[str, SkillRecord]:
        declared: dict[str, SkillRecord] = {}
        for record in self.all_skill_declarations():
            declared.setdefault(record.key, record)
        return declared

    def newest_roles(self) -> tuple[RoleRecord, ...]:
        return self._cached(
            "newest roles", lambda: tuple(newest_first(self.all_roles()))
        )

    def skill_usages(self, today: datetime.date) -> tuple[SkillUsage, ...]:
        # The category's name is translated: another language is another key.
        other = other_category()
        return self._cached(
            ("skill usages", today, other),
            lambda: tuple(
                skill_usages(
                    self.all_roles(),
                    self.skills().values(),
                    today=today,
                    other_category=other,
                )
            ),
        )

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

    def summaries_on(self, docname: str) -> list[SummaryRecord]:
        """The summaries read with the page ``docname``, its includes' too."""
        return list(self.data["summaries"].get(docname, []))

    def resume_facts(self, root_doc: str) -> Facts:
        """The facts of the whole CV; its summary is the root document's, if any."""
        summaries: list[SummaryRecord] = self._facts("summaries")
        on_root = [record for record in summaries if record.source.docname == root_doc]
        chosen = on_root or summaries
        return Facts(
            summary=chosen[0].text if chosen else "",
            education=tuple(self._facts("education")),
            projects=tuple(self._facts("projects")),
            awards=tuple(self._facts("awards")),
        )

    def _facts(self, kind: str) -> list[Any]:
        """One record per place it is written, though several pages include it."""
        unique = {
            (record.source.docname, record.source.lineno): record
            for docname in sorted(self.data[kind])
            for record in self.data[kind][docname]
        }
        return [unique[place] for place in sorted(unique)]

    def check_consistency(self) -> None:
        first = self.skills()
        for record in self.all_skill_declarations():
            original = first[record.key]
            if record is not original:
                warn(
                    Problem.DUPLICATE_SKILL,
                    f"skill {record.name!r} is already declared at "
                    f"{self.env.doc2path(original.source.docname, base=False)}:"
                    f"{original.source.lineno}",
                    (record.source.docname, record.source.lineno),
                )

    # --- resolving links ----------------------------------------------------------

    def find(self, reftype: str, target: str) -> tuple[str, str, str] | None:
        """(docname, anchor, title) of what a link of this type names, or None."""
        key = name_key(target)
        if reftype == "skill":
            skill = self.skills().get(key)
            if skill is not None:
                return skill.source.docname, skill.source.anchor, skill.name
            # A skill only named by roles: its newest role is where to read about it.
            user = self._newest_roles_by_name().get(("skill", key))
            return (user.source.docname, user.source.anchor, target) if user else None
        if reftype == "org":
            role = self._newest_roles_by_name().get(("org", key))
        elif reftype == "role":
            role = self._newest_roles_by_name().get(("role", target))
        else:
            return None
        return (role.source.docname, role.source.anchor, role.org) if role else None

    def _newest_roles_by_name(self) -> dict[tuple[str, str], RoleRecord]:
        """The newest role of each organisation, target and skill a role names.

        Every link looks one up: a skills table links each skill to each role
        that used it.
        """

        def index() -> dict[tuple[str, str], RoleRecord]:
            newest: dict[tuple[str, str], RoleRecord] = {}
            for role in self.newest_roles():
                newest.setdefault(("org", role.org_key), role)
                newest.setdefault(("role", role.target), role)
                for name in role.skills:
                    newest.setdefault(("skill", name_key(name)), role)
            return newest

        return self._cached("newest roles by name", index)

    def resolve_xref(  # noqa: PLR0913, PLR0917 - Sphinx's signature
        self,
        env: BuildEnvironment,
        fromdocname: str,
        builder: Builder,
        typ: str,
        target: str,
        node: addnodes.pending_xref,
        contnode: nodes.Element,
    ) -> nodes.reference | None:
        del env
        return self.link(
            builder,
            fromdocname,
            typ,
            target,
            contnode,
            quiet=bool(node.get("cv_quiet")),
        )

    def link(  # noqa: PLR0913 - a link's every part, by name
        self,
        builder: Builder,
        fromdocname: str,
        reftype: str,
        target: str,
        contnode: nodes.Element,
        *,
        quiet: bool,
    ) -> nodes.reference | None:
        """A reference from ``fromdocname`` to what the target names, or None."""
        if quiet and reftype == "skill":
            # Lists of skills link declared skills only, never back to a role.
            skill = self.skills().get(name_key(target))
            found = (
                (skill.source.docname, skill.source.anchor, skill.name)
                if skill
                else None
            )
        else:
            found = self.find(reftype, target)
        if found is None:
            return None
        docname, anchor, title = found
        return last_fragment_only(
            make_refnode(builder, fromdocname, docname, anchor, contnode, title)
        )

    def resolve_links_in(self, tree: nodes.Element) -> bool:
        """Resolves the cv links in ``tree``: whether it resolved them all.

        As Sphinx's resolver does, but without copying each link's text first, or
        asking each domain: every page's and view's links are the cv domain's. A
        link not resolved here (a skill only roles name, a page this builder does
        not write) is left to Sphinx's resolver, which warns, or asks other
        extensions, as for any link.
        """
        builder = self.builder
        resolved_all = True
        for xref in list(tree.findall(addnodes.pending_xref)):
            text = xref[0] if xref.children else None
            if (
                builder is None
                or xref.get("refdomain") != self.name
                or not isinstance(text, nodes.Element)
            ):
                resolved_all = False
                continue
            try:
                reference = self.link(
                    builder,
                    xref.get("refdoc") or self.env.current_document.docname,
                    xref["reftype"],
                    xref["reftarget"],
                    text,
                    quiet=bool(xref.get("cv_quiet")),
                )
            except NoUri:
                reference = None
            if reference is None:
                resolved_all = False
            else:
                xref.replace_self(reference)
        return resolved_all

    def resolve_any_xref(  # noqa: PLR0913, PLR0917 - Sphinx's signature
        self,
        env: BuildEnvironment,
        fromdocname: str,
        builder: Builder,
        target: str,
        node: addnodes.pending_xref,
        contnode: nodes.Element,
    ) -> list[tuple[str, nodes.reference]]:
        results = []
        for reftype, objtype in (("skill", "skill"), ("org", "role")):
            ref = self.resolve_xref(
                env, fromdocname, builder, reftype, target, node, contnode
            )
            if ref is not None:
                results.append((f"cv:{objtype}", ref))
        return results

    def get_objects(self) -> Iterator[tuple[str, str, str, str, str, int]]:
        for skill in self.skills().values():
            yield (
                skill.name,
                skill.name,
                "skill",
                skill.source.docname,
                skill.source.anchor,
                1,
            )
        for role in self.all_roles():
            yield (
                role.target,
                role.org,
                "role",
                role.source.docname,
                role.source.anchor,
                1,
            )


def cv_domain(env: BuildEnvironment) -> CVDomain:
    """The environment's cv domain, typed: the one place that says so."""
    return cast("CVDomain", env.domains["cv"])


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


def remember_the_builder(app: Sphinx) -> None:
    cv_domain(app.env).builder = app.builder


class CVLinks(SphinxPostTransform):
    """Each page's cv links, resolved just before Sphinx's resolver (10) runs.

    A role's skills, a sentence's ``{cv:skill}``: Sphinx's resolver copies each
    link's text, and goes through its events, before it asks the domain; here
    neither is needed. What is not resolved here is left to it.
    """

    default_priority = ReferencesResolver.default_priority - 1

    def run(self, **kwargs: object) -> None:
        del kwargs
        cv_domain(self.env).resolve_links_in(self.document)


def last_fragment_only(reference: nodes.reference) -> nodes.reference:
    """Keep the anchor of a "#document-page#anchor" link, which singlehtml makes.

    On one page, every document is a "#document-…" fragment, and make_refnode adds
    the anchor after it: no element has that id. Sphinx 9 stopped mending these
    (SingleFileHTMLBuilder.fix_refuris is deprecated), so the cv domain does.
    """
    uri = reference.get("refuri", "")
    if uri.startswith("#"):
        # The last fragment is the anchor, whether one fragment or two.
        reference["refuri"] = "#" + uri.rpartition("#")[2]
    return reference


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


def warn_missing_reference(
    _app: Sphinx, domain: Domain | None, node: addnodes.pending_xref
) -> bool | None:
    """Replace Sphinx's ``ref`` warning with a ``cv`` one; None for other domains."""
    if domain is None or domain.name != "cv":
        return None
    # A role's skills list links each skill quietly: an undeclared one is plain text.
    if node.get("cv_quiet"):
        return True
    # Only {cv:skill} and {cv:org} links can name nothing: the views link roles
    # that exist.
    if node["reftype"] == "org":
        problem, what = Problem.UNKNOWN_ORG, "organisation"
    else:
        problem, what = Problem.UNKNOWN_SKILL, node["reftype"]
    warn(problem, f"cv:{node['reftype']}: no {what} named {node['reftarget']!r}", node)
    return True
