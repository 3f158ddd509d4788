"""conf.py values of the wrong type or shape: a warning at conf.py, never a crash."""

from __future__ import annotations

import json
import shutil
from typing import TYPE_CHECKING

import pytest
from support.builds import article, build_and_warn
from support.corpus import CONFIG_CASES, Code, ConfigCase

if TYPE_CHECKING:
    from pathlib import Path


def build(
    builder: str, srcdir: Path, builddir: Path, *, reading: bool = False
) -> list[str]:
    """What ``builder`` warned. Not ``reading``, it writes the pages from the
    doctrees the first build into ``builddir`` left, as ``make html latexpdf``
    does: a value of conf.py is checked by each build all the same."""
    return build_and_warn(builder, srcdir, builddir, freshenv=reading)[1]


@pytest.mark.parametrize("case", CONFIG_CASES, ids=[case.name for case in CONFIG_CASES])
def test_a_bad_value_warns_at_conf_py_and_every_output_builds(
    case: ConfigCase, rootdir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in case.environ:
        monkeypatch.setenv(name, value)
    srcdir = tmp_path / "src"
    shutil.copytree(rootdir / "test-basic", srcdir)
    if case.environ:  # cv_today's default, then
        conf = (srcdir / "conf.py").read_text(encoding="utf-8")
        (srcdir / "conf.py").write_text(
            conf.replace('cv_today = "2026-11-25"', ""), encoding="utf-8"
        )
    with (srcdir / "conf.py").open("a", encoding="utf-8") as conf_py:
        for name, value in case.overrides.items():
            code = value if isinstance(value, Code) else repr(value)
            conf_py.write(f"{name} = {code}\n")
    warnings = build("html", srcdir, tmp_path / "build", reading=True)
    assert len(warnings) == len(case.warns), warnings
    for line, expected in zip(warnings, case.warns, strict=True):
        value, message = expected.split(": ", 1)
        assert line.startswith(f"conf.py:{value}: WARNING: {message}")
        assert line.endswith("[cv.config]")
    page = article(tmp_path / "build" / "html", "index.html")
    assert page.find("script") is None
    assert "javascript:" not in str(page)
    build("jsonresume", srcdir, tmp_path / "build")
    resume = (tmp_path / "build" / "jsonresume" / "resume.json").read_text("utf-8")
    json.loads(resume)
    assert "javascript:" not in resume
    build("latex", srcdir, tmp_path / "build")
    assert "javascript" not in "".join(
        tex.read_text("utf-8") for tex in (tmp_path / "build" / "latex").glob("*.tex")
    )
