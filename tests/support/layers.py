"""Rules of the package's layers, checked over every module's source."""

from __future__ import annotations

from typing import TYPE_CHECKING

from support.builds import PROJECT_ROOT

if TYPE_CHECKING:
    from collections.abc import Callable, Collection
    from pathlib import Path

PACKAGE = PROJECT_ROOT / "_ext" / "sphinx_cv"


def found_outside(
    allowed: Collection[str], finder: Callable[[Path], list[str]]
) -> list[str]:
    """What ``finder`` finds in every module of the package but the ``allowed``.

    ``allowed`` are paths relative to the package. Each finding is prefixed with
    its module's path; the modules searched are counted, so that a package that
    moved cannot pass by having none.
    """
    modules = [
        path
        for path in PACKAGE.rglob("*.py")
        if path.relative_to(PACKAGE).as_posix() not in allowed
    ]
    assert len(modules) > 50
    return [
        f"{path.relative_to(PACKAGE)}: {found}"
        for path in modules
        for found in finder(path)
    ]
