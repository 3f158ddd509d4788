"""``{cv:years}``: a skill's derived years, in running text and in titles.

A page's own placeholders are filled when it is written, as every view is. A
title is also copied as the page is read, before any years are known: into the
contents (``env.tocs``) and the page's title (``env.titles``), which the sidebar,
the HTML ``<title>``, the search index and links to the page show, and no post
transform reaches. Those copies keep the placeholder, its text refreshed after
every read (``refresh_copied_titles``); the writers show it as its text. The text
of a labelled section's title and of a glossary term is copied too, into the
label's links and the index: the domain keeps the name as read
(``names_holding_years``), and the years are filled into those copies alike.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from docutils import nodes
from sphinx import addnodes
from sphinx.util.nodes import clean_astext

from sphinx_cv.core.aggregate import years_text
from sphinx_cv.core.names import name_key
from sphinx_cv.diagnostics import Problem, warn
from sphinx_cv.domain import cv_domain
from sphinx_cv.i18n import TranslatedLabels
from sphinx_cv.model.nodes import years_placeholder
from sphinx_cv.snapshot import cv_snapshot
from sphinx_cv.views.base import PlaceholderTransform

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Mapping

    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

    from sphinx_cv.core.aggregate import SkillUsage
    from sphinx_cv.domain import Changes

    IndexEntry = tuple[str, str, str, str, str | None]

# Prose with a dash or a zero in it would say something untrue.
UNKNOWN = "?"


@dataclasses.dataclass(frozen=True)
class Years:
    """What ``{cv:years}`` shows, and the problem when that is ``UNKNOWN``."""

    text: str
    problem: Problem | None = None


def years_of(skill: str, usages: Iterable[SkillUsage]) -> Years:
    wanted = name_key(skill)
    for usage in usages:
        if usage.key == wanted:
            text = years_text(usage, TranslatedLabels())
            return Years(UNKNOWN, Problem.NO_YEARS) if text is None else Years(text)
    return Years(UNKNOWN, Problem.UNKNOWN_SKILL)


class YearsTransform(PlaceholderTransform):
    """Replaces ``{cv:years}`` with the skill's years, or warns of an unknown skill.

    A glossary term's index entry, written into the page for LaTeX and Texinfo,
    takes the years too.
    """

    placeholder = years_placeholder

    def run(self, **kwargs: object) -> None:
        named = cv_domain(self.env).names_holding_years()
        indices = list(self.document.findall(addnodes.index)) if named else []
        if indices:
            usages = self.snapshot.usages
            # Every document's, as LaTeX and Texinfo write them all as one.
            fresh = {
                target: name_shown(name, lambda skill: years_of(skill, usages).text)
                for names in named.values()
                for target, name in names.items()
            }
            for index in indices:
                index["entries"] = renamed(index["entries"], fresh)
        super().run(**kwargs)

    def expand(self, node: nodes.Element) -> list[nodes.Node]:
        skill = node["skill"]
        years = years_of(skill, self.snapshot.usages)
        if years.problem is Problem.NO_YEARS:
            warn(
                years.problem,
                f"cv:years: {skill!r} has no years to show: no role names it "
                "and it has no :years:",
                node,
            )
        elif years.problem is Problem.UNKNOWN_SKILL:
            warn(years.problem, f"cv:years: no skill named {skill!r}", node)
        return [nodes.Text(years.text)]


def name_shown(name: nodes.Element, years: Callable[[str], str]) -> str:
    """A title's or a term's text, as Sphinx takes it, with the years in it."""
    shown = name.deepcopy()
    for placeholder in list(shown.findall(years_placeholder)):
        placeholder.replace_self(nodes.Text(years(placeholder["skill"])))
    return clean_astext(shown)


def renamed(entries: list[IndexEntry], fresh: Mapping[str, str]) -> list[IndexEntry]:
    """Index entries, each that names an element holding years with its new name."""
    return [
        (kind, fresh.get(target, value), target, main, key)
        for kind, value, target, main, key in entries
    ]


def refresh_copied_titles(
    _app: Sphinx, env: BuildEnvironment, _changes: Changes
) -> list[str]:
    """Fill the years into what Sphinx copied; every page, when any of them changed.

    The copies are a title's in the contents and the page's title, a section's in
    the links to its label, and a glossary term's in the index. Every page may
    show every title (furo's sidebar lists them all), so a change rewrites them
    all. The page itself warns of an unknown skill.
    """
    domain = cv_domain(env)
    copies = [
        (docname, node)
        for stored in (env.titles, env.tocs)
        for docname, tree in sorted(stored.items())
        for node in tree.findall(years_placeholder)
    ]
    named = domain.names_holding_years()
    shown = []
    if copies or named:
        usages = cv_snapshot(env).usages

        def years(skill: str) -> str:
            return years_of(skill, usages).text

        for docname, node in copies:
            node[:] = [nodes.Text(years(node["skill"]))]
            shown.append(f"{docname}: {node.astext()}")
        fresh = {
            docname: {target: name_shown(name, years) for target, name in names.items()}
            for docname, names in named.items()
        }
        relabel(env, fresh)
        index = env.domains.index_domain.entries
        for docname, names in sorted(fresh.items()):
            index[docname] = renamed(index.get(docname, []), names)
            shown += [f"{docname}#{target}: {text}" for target, text in names.items()]
    if domain.note_written_with("years in titles", "\n".join(shown)):
        return sorted(env.found_docs)
    return []


def relabel(env: BuildEnvironment, fresh: Mapping[str, Mapping[str, str]]) -> None:
    """Give the labels of sections holding years their titles with the years."""
    labels = env.domains.standard_domain.labels
    for label, (docname, target, _name) in list(labels.items()):
        name = fresh.get(docname, {}).get(target)
        if name is not None:
            labels[label] = (docname, target, name)
