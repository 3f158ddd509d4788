"""Hostile sizes: a value of 10,000 characters costs once, not once a view's row.

A role's name is repeated by the skills table, once for each of its skills: a
name of 10,000 characters without a space and 50 skills made the text builder
wrap 50 copies of it (76 s). A row names the role cut to 80 characters, and
links to it, where the name is in full.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from support.builds import article, build_and_warn
from support.corpus import conf_py

if TYPE_CHECKING:
    from pathlib import Path

ORG = "y" * 10_000
SKILLS = [f"Skill{number}" for number in range(50)]
PAGE = f"""\
# Hostile sizes

:::{{cv:role}}
:org: {ORG}
:start: 2020-01
:skills: {", ".join(SKILLS)}
Did the work.
:::

:::{{cv:skills}}
:::
"""
CUT = "y" * 79 + "\N{HORIZONTAL ELLIPSIS}"


@pytest.fixture(scope="module")
def srcdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    srcdir = tmp_path_factory.mktemp("hostile-sizes")
    (srcdir / "conf.py").write_text(conf_py("hostile"), encoding="utf-8")
    (srcdir / "index.md").write_text(PAGE, encoding="utf-8")
    return srcdir


def test_the_skills_table_names_a_long_role_once_a_row_cut_short(
    srcdir: Path, tmp_path: Path
) -> None:
    outdir, warnings = build_and_warn("html", srcdir, tmp_path)
    assert warnings == []
    table = article(outdir, "index.html").find("table", class_="cv-skills")
    rows = table.find("tbody").find_all("tr")
    assert len(rows) == len(SKILLS)
    for row in rows:
        link = row.find_all("td")[3].find("a")
        assert link.get_text() == CUT
        assert link["href"].startswith("#cv-role-")


def test_plain_text_wraps_the_long_name_once_for_the_role_alone(
    srcdir: Path, tmp_path: Path
) -> None:
    outdir, warnings = build_and_warn("text", srcdir, tmp_path)
    assert warnings == []
    text = "".join((outdir / "index.txt").read_text(encoding="utf-8").split())
    # Once in the role's heading, whole; each row's cut copy is short.
    assert text.count(ORG) == 1
    assert text.count("\N{HORIZONTAL ELLIPSIS}") == len(SKILLS)
