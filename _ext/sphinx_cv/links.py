"""Links to the CV's roles, organisations and skills: where each name goes.

``{cv:skill}``, ``{cv:org}`` and the views' links are resolved here, from the
snapshot's records (``snapshot.py``): a declared skill goes to its declaration, a
skill only roles name to the newest of them, an organisation to its newest role.
``CVDomain`` is the domain Sphinx is given: the records' storage, with these
links.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docutils import nodes
from sphinx import addnodes
from sphinx.errors import NoUri
from sphinx.transforms.post_transforms import ReferencesResolver, SphinxPostTransform
from sphinx.util.nodes import make_refnode

from sphinx_cv.core.names import name_key
from sphinx_cv.diagnostics import Problem, warn
from sphinx_cv.domain import CVRecords, cv_domain
from sphinx_cv.snapshot import cv_snapshot

if TYPE_CHECKING:
    from collections.abc import Iterator

    from sphinx.application import Sphinx
    from sphinx.builders import Builder
    from sphinx.domains import Domain
    from sphinx.environment import BuildEnvironment


class CVDomain(CVRecords):
    """The ``cv`` domain: its records, and links to what they name."""

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
        return link(
            env,
            builder,
            fromdocname,
            typ,
            target,
            contnode,
            quiet=bool(node.get("cv_quiet")),
        )

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
        snapshot = cv_snapshot(self.env)
        for skill in snapshot.skills.values():
            yield (
                skill.name,
                skill.name,
                "skill",
                skill.source.docname,
                skill.source.anchor,
                1,
            )
        for role in snapshot.roles:
            yield (
                role.target,
                role.org,
                "role",
                role.source.docname,
                role.source.anchor,
                1,
            )


def find(
    env: BuildEnvironment, reftype: str, target: str
) -> tuple[str, str, str] | None:
    """(docname, anchor, title) of what a link of this type names, or None."""
    snapshot = cv_snapshot(env)
    key = name_key(target)
    if reftype == "skill":
        skill = snapshot.skills.get(key)
        if skill is not None:
            return skill.source.docname, skill.source.anchor, skill.name
        # A skill only named by roles: its newest role is where to read about it.
        user = snapshot.newest_by_name.get(("skill", key))
        return (user.source.docname, user.source.anchor, target) if user else None
    if reftype == "org":
        role = snapshot.newest_by_name.get(("org", key))
    elif reftype == "role":
        role = snapshot.newest_by_name.get(("role", target))
    else:
        return None
    return (role.source.docname, role.source.anchor, role.org) if role else None


def link(  # noqa: PLR0913, PLR0917 - a link's every part, by name
    env: BuildEnvironment,
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
        skill = cv_snapshot(env).skills.get(name_key(target))
        found = (
            (skill.source.docname, skill.source.anchor, skill.name) if skill else None
        )
    else:
        found = find(env, reftype, target)
    if found is None:
        return None
    docname, anchor, title = found
    return last_fragment_only(
        make_refnode(builder, fromdocname, docname, anchor, contnode, title)
    )


def resolve_links_in(env: BuildEnvironment, tree: nodes.Element) -> bool:
    """Resolves the cv links in ``tree``: whether it resolved them all.

    As Sphinx's resolver does, but without copying each link's text first, or
    asking each domain: every page's and view's links are the cv domain's. A link
    not resolved here (a skill only roles name, a page this builder does not
    write) is left to Sphinx's resolver, which warns, or asks other extensions,
    as for any link.
    """
    builder = cv_domain(env).builder
    resolved_all = True
    for xref in list(tree.findall(addnodes.pending_xref)):
        text = xref[0] if xref.children else None
        if (
            builder is None
            or xref.get("refdomain") != CVDomain.name
            or not isinstance(text, nodes.Element)
        ):
            resolved_all = False
            continue
        try:
            reference = link(
                env,
                builder,
                xref.get("refdoc") or env.current_document.docname,
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
        resolve_links_in(self.env, self.document)


def last_fragment_only(reference: nodes.reference) -> nodes.reference:
    """Keep the anchor of a "#document-page#anchor" link, which singlehtml makes.

    On one page, every document is a "#document-…" fragment, and make_refnode adds
    the anchor after it: no element has that id. Sphinx 9 stopped mending these
    (SingleFileHTMLBuilder.fix_refuris is deprecated), so the cv domain does.
    """
    uri = reference.get("refuri")
    if uri is not None and uri.startswith("#"):
        # The last fragment is the anchor, whether one fragment or two.
        reference["refuri"] = "#" + uri.rpartition("#")[2]
    return reference


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


def register(app: Sphinx) -> None:
    app.add_domain(CVDomain)
    app.connect("builder-inited", remember_the_builder)
    app.add_post_transform(CVLinks)
    app.connect("warn-missing-reference", warn_missing_reference)
