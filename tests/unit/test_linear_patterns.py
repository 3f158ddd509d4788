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
import timeit
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
CALIBRATED = 0.005  # seconds: the small text's calls take at least this long
CPU = time.process_time


def growth(run: Callable[[str], object], small: str, large: str) -> float:
    """How many times as long the large text takes as the small one.

    Each is timed over as many calls as the small text needs to take 5 ms, so
    that the clock's resolution is no part of it, and the two are timed in turn,
    five times, so that a load on the machine falls on both alike; the least of
    each is taken. The clock is the process's own CPU time: while the machine is
    busier than its cores, the time spent waiting for one counts for neither.
    """
    calls = 1
    while timeit.timeit(lambda: run(small), number=calls, timer=CPU) < CALIBRATED:
        calls *= 2
    small_times, large_times = [], []
    for _ in range(5):
        small_times.append(timeit.timeit(lambda: run(small), number=calls, timer=CPU))
        large_times.append(timeit.timeit(lambda: run(large), number=calls, timer=CPU))
    return min(large_times) / min(small_times)


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
    assert growth(run, text_of(10_000), text_of(100_000)) < MOST_GROWTH, name
