"""Incremental builds: rewrite the pages whose views changed, and only those.

Sphinx re-reads a changed document, but a timeline or skills table on another page
shows its records too, and Sphinx's own todo list goes stale there
(sphinx-doc/sphinx#9706). After each read, the digest of all records is compared
with the last one; when it changed, every page showing or linking to cv records is
written again. A full timeline also copies each role's text, so a change to that
text rewrites the pages with one. They are rewritten, not re-read, so an edit reads
one document. Every HTML page's JSON-LD shows every record (``jsonld.py``), so
there a change to the records rewrites every page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .jsonld import carries_json_ld

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

    from .domain import CVDomain


def pages_to_rewrite(app: Sphinx, env: BuildEnvironment) -> list[str]:
    domain = cast("CVDomain", env.domains["cv"])
    pages: set[str] = set()
    fingerprint = domain.fingerprint()
    if fingerprint != domain.data["fingerprint"]:
        domain.data["fingerprint"] = fingerprint
        pages.update(env.found_docs if carries_json_ld(app) else domain.dependents())
    texts_fingerprint = domain.texts_fingerprint()
    if texts_fingerprint != domain.data["texts_fingerprint"]:
        domain.data["texts_fingerprint"] = texts_fingerprint
        pages.update(domain.copiers())
    return sorted(pages)
