"""The ``cv_*`` values, checked once (``config.py``) and read typed (``cv_config``).

What each bad value warns is ``test_config_corpus.py``'s; these are the typed
values every module reads, and the rule that none reads ``config.cv_…`` itself.
"""

from __future__ import annotations

import ast
import datetime
from typing import TYPE_CHECKING

import pytest
from sphinx_cv.config import CVConfig, cv_config
from sphinx_cv.core.designs import DESIGNS
from support.layers import found_outside

if TYPE_CHECKING:
    from pathlib import Path

    from sphinx.testing.util import SphinxTestApp


@pytest.mark.sphinx(
    "html",
    testroot="basic",
    freshenv=True,
    confoverrides={
        "cv_person": {"name": "Ada Lovelace", "email": "ada@example.org"},
        "cv_design": "modern",
        "cv_page_limit": 1,
        "cv_translations": {"de": "https://example.org/de"},
        "cv_make_pdf": 1,
    },
)
def test_the_checked_values_are_read_typed(app: SphinxTestApp) -> None:
    checked = cv_config(app.config)
    assert isinstance(checked, CVConfig)
    assert checked.today == datetime.date(2026, 11, 25)
    assert checked.person is not None
    assert checked.person.name == "Ada Lovelace"
    assert checked.design == DESIGNS["modern"]
    assert checked.page_limit == 1
    assert dict(checked.translations) == {"de": "https://example.org/de/"}
    assert checked.make_pdf is True
    assert (checked.public, checked.pdf, checked.application, checked.letter) == (
        False,
        "",
        "",
        False,
    )
    with pytest.raises(TypeError):
        checked.translations["fr"] = "https://example.org/fr/"  # type: ignore[index]


@pytest.mark.sphinx(
    "html", testroot="basic", freshenv=True, confoverrides={"cv_person": {}}
)
def test_no_usable_name_is_no_person(app: SphinxTestApp) -> None:
    assert cv_config(app.config).person is None


def is_config_read(node: ast.AST) -> bool:
    """Whether the node reads ``config.cv_…`` or ``….config.cv_…``."""
    if not (
        isinstance(node, ast.Attribute)
        and node.attr.startswith("cv_")
        and isinstance(node.ctx, ast.Load)
    ):
        return False
    owner = node.value
    return (isinstance(owner, ast.Name) and owner.id == "config") or (
        isinstance(owner, ast.Attribute) and owner.attr == "config"
    )


def config_reads(path: Path) -> list[str]:
    """Each untyped read of a ``cv_*`` value in a file, as "name, line"."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        f"{node.attr}, line {node.lineno}"
        for node in ast.walk(tree)
        if is_config_read(node) and isinstance(node, ast.Attribute)
    ]


def test_only_config_py_reads_the_cv_values_untyped() -> None:
    assert found_outside({"config.py"}, config_reads) == []


def test_the_check_sees_an_untyped_read(tmp_path: Path) -> None:
    source = tmp_path / "output.py"
    source.write_text(
        "design = app.config.cv_design\nconfig.cv_page_limit = 1\n"
        "limit = config.cv_page_limit\n"
    )
    assert config_reads(source) == ["cv_design, line 1", "cv_page_limit, line 3"]
