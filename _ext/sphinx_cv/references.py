"""Links to skills and organisations that name nothing get a ``cv`` warning."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .diagnostics import Problem, warn

if TYPE_CHECKING:
    from sphinx import addnodes
    from sphinx.application import Sphinx
    from sphinx.domains import Domain

UNKNOWN = {"skill": Problem.UNKNOWN_SKILL, "org": Problem.UNKNOWN_ORG}


def warn_missing_reference(
    _app: Sphinx, domain: Domain | None, node: addnodes.pending_xref
) -> bool | None:
    """Replace Sphinx's ``ref`` warning with a ``cv`` one; None for other domains."""
    if domain is None or domain.name != "cv":
        return None
    # A role's skills list links each skill quietly: an undeclared one is plain text.
    if node.get("cv_quiet"):
        return True
    problem = UNKNOWN.get(node["reftype"], Problem.UNKNOWN_SKILL)
    what = "organisation" if node["reftype"] == "org" else node["reftype"]
    warn(problem, f"cv:{node['reftype']}: no {what} named {node['reftarget']!r}", node)
    return True
