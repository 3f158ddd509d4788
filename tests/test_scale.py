"""A CV of 300 roles and 200 skills builds without a warning, in full."""

from __future__ import annotations

from typing import TYPE_CHECKING

from support.builds import article, build_and_warn
from support.scale import write_scale_project

if TYPE_CHECKING:
    from pathlib import Path

ROLES = 300
SKILLS = 200


def test_three_hundred_roles_and_two_hundred_skills_build_clean(tmp_path: Path) -> None:
    write_scale_project(tmp_path / "src", ROLES, SKILLS)
    outdir, warnings = build_and_warn("html", tmp_path / "src", tmp_path / "build")
    assert warnings == []
    timeline = article(outdir, "index.html").find(class_="cv-timeline")
    # One entry an organisation, and every organisation here has one role.
    assert len(timeline.find_all("li", class_="cv-employer")) == ROLES
    table = article(outdir, "skills.html").find("table", class_="cv-skills")
    assert len(table.select("tbody tr")) == SKILLS
