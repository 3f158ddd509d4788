"""``resolve_links_in``: the cv links of a tree, resolved before Sphinx's resolver.

It says whether it resolved them all: a view whose links are all resolved is
not handed to Sphinx's resolver again. What it cannot resolve it leaves as it
was, for Sphinx's resolver to warn of or to ask other extensions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from docutils import nodes
from sphinx import addnodes
from sphinx_cv.domain import cv_domain
from sphinx_cv.links import resolve_links_in

if TYPE_CHECKING:
    from sphinx.testing.util import SphinxTestApp


def link(
    reftype: str,
    target: str,
    domain: str = "cv",
    *,
    quiet: bool = False,
    page: str = "index",
) -> addnodes.pending_xref:
    return addnodes.pending_xref(
        "",
        nodes.literal(target, target),
        refdomain=domain,
        reftype=reftype,
        reftarget=target,
        refdoc=page,
        cv_quiet=quiet,
    )


def addresses(tree: nodes.Element) -> list[str]:
    return [reference["refuri"] for reference in tree.findall(nodes.reference)]


def pending(tree: nodes.Element) -> list[str]:
    return [xref["reftarget"] for xref in tree.findall(addnodes.pending_xref)]


@pytest.mark.sphinx("html", testroot="snapshot", freshenv=True)
def test_links_the_cv_names_are_resolved_and_said_to_be_all(app: SphinxTestApp) -> None:
    app.build()
    paragraph = nodes.paragraph(
        "",
        "",
        link("skill", "Python"),
        link("skill", "Python", quiet=True),
        link("skill", "go"),
        link("org", "WORKS"),
    )
    assert resolve_links_in(app.env, paragraph) is True
    assert pending(paragraph) == []
    lab, works, _ = (role.source for role in cv_domain(app.env).all_roles())
    assert addresses(paragraph) == [
        "skills.html#cv-skill-python",
        "skills.html#cv-skill-python",
        f"experience/lab.html#{lab.anchor}",
        f"experience/works.html#{works.anchor}",
    ]


@pytest.mark.sphinx("html", testroot="snapshot", freshenv=True)
def test_a_link_it_cannot_resolve_is_left_and_said_to_be_left(
    app: SphinxTestApp,
) -> None:
    app.build()
    for unresolved in (
        link("skill", "COBOL"),
        link("org", "Nowhere"),
        # A role's list of skills links declared skills only.
        link("skill", "go", quiet=True),
        # Another domain's, even of a type and target the cv domain knows.
        link("skill", "Python", domain="std"),
        # A link with no text, or no element to put in the reference: Sphinx's
        # to handle.
        addnodes.pending_xref("", refdomain="cv", reftype="skill", reftarget="Python"),
        addnodes.pending_xref(
            "",
            nodes.Text("Python"),
            refdomain="cv",
            reftype="skill",
            reftarget="Python",
        ),
    ):
        # Every link after it is resolved still.
        paragraph = nodes.paragraph("", "", unresolved, link("skill", "Python"))
        assert resolve_links_in(app.env, paragraph) is False
        assert addresses(paragraph) == ["skills.html#cv-skill-python"]
        assert len(list(paragraph.findall(addnodes.pending_xref))) == 1


@pytest.mark.sphinx("html", testroot="snapshot", freshenv=True)
def test_a_link_leads_from_the_page_it_is_on(app: SphinxTestApp) -> None:
    app.build()
    paragraph = nodes.paragraph("", "", link("skill", "Python", page="experience/lab"))
    assert resolve_links_in(app.env, paragraph) is True
    assert addresses(paragraph) == ["../skills.html#cv-skill-python"]
