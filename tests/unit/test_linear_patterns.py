"""Every regular expression that reads page text takes time in proportion to it.

A pattern that backtracks over a long run (the LaTeX writer's old word pattern,
``\\S*[^\\s\\x00-\\x7f]\\S*``, took 0.66 s for one search of 10,000 characters without
a space, and a hundred times that for 100,000) makes a hostile page hang a build.
Each pattern here is run on 10,000 and on 100,000 characters of the input that
is worst for it: ten times the text must take about ten times as long, not a
hundred. The ratio, not a time, is asserted, so a slower machine passes alike.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

import pytest
from sphinx_cv.core.names import slug
from sphinx_cv.directives.base import COMMENT, OPTION_LINE
from sphinx_cv.outputs.html.single_page import DOUBLE_ANCHOR
from sphinx_cv.outputs.latex.characters import words_and_spaces

if TYPE_CHECKING:
    from collections.abc import Callable

# Linear work grows 10 times; quadratic, 100 times. The margin is for noise.
MOST_GROWTH = 30


def fastest(run: Callable[[str], object], text: str) -> float:
    """The least of a few timings: the one least disturbed by anything else."""
    times = []
    for _ in range(5):
        start = time.perf_counter()
        run(text)
        times.append(time.perf_counter() - start)
    return min(times)


WORST_INPUTS: dict[str, tuple[Callable[[str], object], Callable[[int], str]]] = {
    # A run of ASCII letters, then a word beyond ASCII: a pattern that looks for
    # the word around its character tries every start in the run.
    "words beyond ASCII": (
        words_and_spaces,
        lambda size: "x" * (size - 2) + " é",
    ),
    "an option line that never closes": (
        OPTION_LINE.match,
        lambda size: ":" + "a" * (size - 1),
    ),
    "an option value of spaces": (
        OPTION_LINE.match,
        lambda size: ":org:" + " \t" * (size // 2) + "!",
    ),
    "a comment mark after a space": (COMMENT.search, lambda size: " a" * (size // 2)),
    "a single page's anchor that never ends": (
        DOUBLE_ANCHOR.findall,
        lambda size: 'href="#document-' + "a" * size,
    ),
    "a slug of dashes": (slug, lambda size: "-" * size),
}


@pytest.mark.parametrize("name", WORST_INPUTS)
def test_ten_times_the_text_takes_about_ten_times_as_long(name: str) -> None:
    run, text_of = WORST_INPUTS[name]
    small, large = fastest(run, text_of(10_000)), fastest(run, text_of(100_000))
    assert large < MOST_GROWTH * max(small, 1e-5), (name, small, large)
