"""The folders follow the data's flow: no output imports another output.

An output reads the snapshot (``snapshot.py``) and the core; only the snapshot
reads the domain's records. What composes outputs (the site's
downloads offer the Word document and resume.json) is a stage above them,
``publishing.py``. ``outputs/generic.py`` is the visitors every output may share.
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING

from support.layers import PACKAGE, found_outside

if TYPE_CHECKING:
    from pathlib import Path

OUTPUTS = PACKAGE / "outputs"
SHARED = {"generic"}


def imported_outputs(path: Path) -> set[str]:
    """The output packages a file imports, by name."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module:
            modules = [node.module]
            if node.module == "sphinx_cv.outputs":
                modules = [f"sphinx_cv.outputs.{alias.name}" for alias in node.names]
        elif isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        else:
            continue
        for module in modules:
            parts = module.split(".")
            if parts[:2] == ["sphinx_cv", "outputs"] and len(parts) > 2:
                names.add(parts[2])
    return names


def test_no_output_imports_another() -> None:
    crossings = []
    packages = [
        path
        for path in OUTPUTS.iterdir()
        if path.is_dir() and path.name != "__pycache__"
    ]
    assert len(packages) >= 6  # html, latex, text, docx, jsonresume, application
    for package in packages:
        for path in package.rglob("*.py"):
            others = imported_outputs(path) - {package.name} - SHARED
            crossings += [
                f"{path.relative_to(OUTPUTS)} imports {other}" for other in others
            ]
    assert crossings == []


def test_the_check_sees_an_import_of_another_output(tmp_path: Path) -> None:
    source = tmp_path / "downloads.py"
    source.write_text("from sphinx_cv.outputs.docx import printed_document\n")
    assert imported_outputs(source) == {"docx"}


# The domain's reads of its stored records, which the snapshot alone makes into
# the CV that everything else reads.
RECORD_READS = frozenset(
    {
        "all_roles",
        "all_skill_declarations",
        "all_highlight_tags",
        "all_summaries",
        "role_texts",
        "facts_of",
    }
)
READERS_OF_RECORDS = {"domain.py", "snapshot.py"}


def record_reads(path: Path) -> list[str]:
    """Each call of a domain's record read in a file, as "name, line"."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        f"{node.func.attr}, line {node.lineno}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in RECORD_READS
    ]


def test_only_the_snapshot_reads_the_domains_records() -> None:
    assert found_outside(READERS_OF_RECORDS, record_reads) == []


def test_the_check_sees_a_read_of_the_records(tmp_path: Path) -> None:
    source = tmp_path / "view.py"
    source.write_text("roles = cv_domain(env).all_roles()\n")
    assert record_reads(source) == ["all_roles, line 1"]
