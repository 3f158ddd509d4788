"""A design by its name (``core/designs.py``), whatever ``cv_design`` holds."""

from __future__ import annotations

import pytest
from sphinx_cv.core.designs import DEFAULT_DESIGN, DESIGNS, design_named


@pytest.mark.parametrize("name", sorted(DESIGNS))
def test_a_design_is_found_by_its_name(name: str) -> None:
    assert design_named(name) is DESIGNS[name]


# conf.py may set anything, and config.py warns of it: a name in another case, no
# name, or a value that is no text (a list cannot even be looked up).
@pytest.mark.parametrize("value", ["Modern", "", None, ["modern"], 1])
def test_any_other_value_is_the_classic_design(value: object) -> None:
    assert DEFAULT_DESIGN == "classic"
    assert design_named(value) is DESIGNS["classic"]
