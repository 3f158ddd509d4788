"""A generated CV of any size: ``roles`` roles over pages of ten, ``skills`` skills.

Used by ``test_scale.py`` (300 roles and 200 skills build without a warning) and
by ``benchmark.py``, which times it at 100 and at 300 roles to show how the build
grows with the CV, and writes it in plain MyST too (``plain=True``): the same text
without the extension, and so without the timeline and skills table it derives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from support.corpus import conf_py

if TYPE_CHECKING:
    from pathlib import Path

ROLES_PER_PAGE = 10
SKILLS_PER_ROLE = 3


def skill_name(number: int) -> str:
    return f"Skill {number:03d}"


def role(number: int, skills: int, *, plain: bool = False) -> str:
    # Every role lasts a year, ending by 2026.
    start_month = 1 + number * 7 % 12
    start_year = 2026 - 2 - number // 12 % 40
    end_year = start_year + 1
    named = ", ".join(
        skill_name((number * SKILLS_PER_ROLE + offset) % skills)
        for offset in range(SKILLS_PER_ROLE)
    )
    if plain:
        return "\n".join(
            [
                f"## Position {number:03d}, Organisation {number:03d}",
                "",
                (
                    f"City {number % 17} · {start_year}-{start_month:02d} to "
                    f"{end_year}-{start_month:02d}"
                ),
                "",
                f"What role {number} was for.",
                "",
                f"- Shipped thing {number}.",
                "- Mentored the team.",
                "",
                f"Skills: {named}",
                "",
            ]
        )
    return "\n".join(
        [
            ":::{cv:role}",
            f":org: Organisation {number:03d}",
            f":title: Position {number:03d}",
            f":start: {start_year}-{start_month:02d}",
            f":end: {end_year}-{start_month:02d}",
            f":location: City {number % 17}",
            f":skills: {named}",
            f"What role {number} was for.",
            "",
            f"- Shipped thing {number}.",
            "- Mentored the team.",
            ":::",
            "",
        ]
    )


def write_scale_project(
    srcdir: Path, roles: int, skills: int, *, plain: bool = False
) -> None:
    srcdir.mkdir(parents=True, exist_ok=True)
    conf = conf_py("scale", with_sphinx_cv=not plain)
    (srcdir / "conf.py").write_text(conf, encoding="utf-8")
    pages = [f"roles-{start:03d}" for start in range(0, roles, ROLES_PER_PAGE)]
    toctree = "\n".join(["```{toctree}", *pages, "skills", "```"])
    timeline = "" if plain else ":::{cv:timeline}\n:::\n\n"
    (srcdir / "index.md").write_text(
        f"# Scale\n\n{timeline}{toctree}\n", encoding="utf-8"
    )
    for page, start in zip(pages, range(0, roles, ROLES_PER_PAGE), strict=True):
        text = "".join(
            role(number, skills, plain=plain)
            for number in range(start, min(start + ROLES_PER_PAGE, roles))
        )
        (srcdir / f"{page}.md").write_text(f"# {page}\n\n{text}", encoding="utf-8")
    if plain:
        declared = "".join(
            f"- {skill_name(number)} (Group {number % 7})\n" for number in range(skills)
        )
        table = ""
    else:
        declared = "".join(
            f":::{{cv:skill}} {skill_name(number)}\n"
            f":category: Group {number % 7}\n:::\n\n"
            for number in range(skills)
        )
        table = ":::{cv:skills}\n:::\n\n"
    (srcdir / "skills.md").write_text(
        f"# Skills\n\n{table}{declared}", encoding="utf-8"
    )


HOSTILE_SKILLS = 50


def hostile_sizes_page(size: int) -> str:
    """A role whose name, title and place are each one word of ``size`` characters.

    It has 50 skills, and the page shows it in full and in a skills table, which
    names the role once a skill.
    """
    skills = ", ".join(f"Skill{number}" for number in range(HOSTILE_SKILLS))
    return f"""\
# Hostile sizes

:::{{cv:timeline}}
:full:
:::

:::{{cv:role}}
:org: {"o" * size}
:title: {"t" * size}
:location: {"l" * size}
:start: 2020-01
:skills: {skills}
Did the work.
:::

:::{{cv:skills}}
:::
"""


def write_hostile_sizes_project(srcdir: Path, size: int) -> None:
    srcdir.mkdir(parents=True, exist_ok=True)
    (srcdir / "conf.py").write_text(conf_py("hostile"), encoding="utf-8")
    (srcdir / "index.md").write_text(hostile_sizes_page(size), encoding="utf-8")
