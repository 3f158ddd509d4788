"""Incremental builds: rewrite the pages whose views changed, and only those.

Sphinx re-reads a changed document, but a timeline or skills table on another page
shows its records too, and Sphinx's own todo list goes stale there
(sphinx-doc/sphinx#9706). After each read, the digest of all records is compared
with the last one; when it changed, every page showing or linking to cv records is
written again. They are rewritten, not re-read, so an edit reads one document.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

    from .domain import CVDomain


def pages_to_rewrite(_app: Sphinx, env: BuildEnvironment) -> list[str]:
    domain = cast("CVDomain", env.domains["cv"])
    fingerprint = domain.fingerprint()
    if fingerprint == domain.data["fingerprint"]:
        return []
    domain.data["fingerprint"] = fingerprint
    return domain.dependents()
