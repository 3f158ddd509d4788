"""The suite's Jinja code, compiled once for all its Sphinx apps (template_code.py)."""

from __future__ import annotations

import shutil
from typing import TYPE_CHECKING

import jinja2
import pytest
from support.builds import built_app, outputs
from support.template_code import SharedTemplateCode, shared_by_every_environment

if TYPE_CHECKING:
    from pathlib import Path


def test_every_environment_of_the_session_shares_the_code(
    templates_compiled_once: SharedTemplateCode,
) -> None:
    environment = jinja2.Environment(autoescape=True)
    assert environment.bytecode_cache is templates_compiled_once


class NothingKept(SharedTemplateCode):
    """Every template compiled afresh, as Sphinx alone compiles them."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        del bucket


@pytest.mark.parametrize("builder", ["html", "latex"])
def test_a_second_app_compiles_nothing_and_writes_the_same(
    builder: str, rootdir: Path, tmp_path: Path
) -> None:
    source = tmp_path / "source"
    shutil.copytree(rootdir / "test-basic", source)
    with shared_by_every_environment(NothingKept()):
        alone, _ = built_app(builder, source, tmp_path / "alone")
    with shared_by_every_environment(SharedTemplateCode()) as shared:
        built_app(builder, source, tmp_path / "first")
        compiled = shared.compiled
        assert compiled > 0
        second, _ = built_app(builder, source, tmp_path / "second")
        assert shared.compiled == compiled
    assert outputs(second.outdir) == outputs(alone.outdir)
    assert outputs(second.outdir)


def test_other_delimiters_compile_the_same_source_anew(tmp_path: Path) -> None:
    (tmp_path / "page").write_text("<%= 1 + 1 %>{{ 2 + 2 }}", encoding="utf-8")
    loader = jinja2.FileSystemLoader(tmp_path)
    with shared_by_every_environment(SharedTemplateCode()):
        plain = jinja2.Environment(loader=loader, autoescape=True)
        latex = jinja2.Environment(
            loader=loader,
            autoescape=True,
            variable_start_string="<%=",
            variable_end_string="%>",
        )
        assert plain.get_template("page").render() == "<%= 1 + 1 %>4"
        assert latex.get_template("page").render() == "2{{ 2 + 2 }}"


def test_a_changed_template_is_compiled_again(tmp_path: Path) -> None:
    page = tmp_path / "page"
    loader = jinja2.FileSystemLoader(tmp_path)
    with shared_by_every_environment(SharedTemplateCode()):
        for written in ("1", "2"):
            page.write_text(f"{{{{ {written} }}}}", encoding="utf-8")
            environment = jinja2.Environment(loader=loader, autoescape=True)
            assert environment.get_template("page").render() == written
