"""The site as a person sees it: in Chromium, at a desk and on a phone, and printed.

One browser for the whole session (Debian's Chromium, through Playwright), and the
real CV built once. Every page of the site is checked.
"""

from __future__ import annotations

import dataclasses
import json
from typing import TYPE_CHECKING

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import sync_playwright
from sphinx_cv.cli import main
from support.browser import (
    CHROMIUM,
    CONTRAST,
    CV_ELEMENTS,
    DARK,
    DESKTOP,
    FOCUSED,
    LAUNCH_ARGS,
    LIGHT,
    MARK_MAIN_LINKS,
    OVERFLOW,
    PHONE,
    THEMES,
    Theme,
    is_local,
    opened,
    switch,
    switched_from,
    visited,
)
from support.builds import PROJECT_ROOT, built_app
from support.pdfs import Pdf

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from playwright.sync_api import Browser, Page
    from support.builds import BuiltProject

SCREENSHOTS = PROJECT_ROOT / "_build" / "screenshots"
ROLES = [
    "Lambda",
    "Canonical",
    "IBM Cloud",
    "Rangespan",
    "Resolver Systems",
    "GIS consulting",
]


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, args=LAUNCH_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def pages(project_html: BuiltProject) -> list[Path]:
    found = sorted(project_html.outdir.rglob("*.html"))
    assert len(found) >= 10
    return found


def name_of(page: Path, site: Path) -> str:
    return page.relative_to(site).as_posix()


# --- every page, seen twice ------------------------------------------------------

# Every page is visited once at a desk's width, its reader's system preferring the
# light theme, and once at a phone's, preferring the dark. Each visit serves every
# check of the page: nothing overflows, what it asks for, its colours in that
# theme and, after furo's switch, in the other, axe's findings and, at the desk,
# the keyboard's way through it. A page loaded once for each check took Chromium
# 65 loads, and half of test_browser's time.
VISITS = ((DESKTOP, LIGHT), (PHONE, DARK))
WIDTHS = tuple(width for width, _ in VISITS)
AXE_THEMES = tuple(theme for _, theme in VISITS)
SERIOUS = frozenset({"critical", "serious"})
# Only the violations, and no CSS selector made for each element found: what a
# finding here says is its rule, its impact and how many elements it is on.
# Making the selectors was a fifth of axe's time on these pages.
AXE_OPTIONS = {"resultTypes": ["violations"], "selectors": False}


@dataclasses.dataclass
class Seen:
    """What every page showed: by width, by theme, and to the keyboard."""

    overflowing: dict[int, list[str]]
    requests: dict[int, list[str]]
    not_switched: dict[str, list[str]]  # the pages that did not show the theme
    contrast_checked: dict[str, int]
    contrast_failures: dict[str, list[str]]
    axe_found: dict[str, list[str]]
    not_by_keyboard: list[str]


def shows_dark(shown: Page) -> bool:
    return shown.evaluate("() => document.body.dataset.theme") == "dark" or (
        shown.evaluate("() => getComputedStyle(document.body).backgroundColor")
        != "rgb(255, 255, 255)"
    )


def by_keyboard(shown: Page) -> str | None:
    """What the keyboard misses of the page: the skip link, first, goes to the
    content, and Tab reaches each of the content's links."""
    links = shown.evaluate(MARK_MAIN_LINKS)
    shown.keyboard.press("Tab")
    if not shown.evaluate(FOCUSED)["skip"]:
        return "no skip link first"
    shown.keyboard.press("Enter")
    if (target := shown.evaluate("() => location.hash")) != "#furo-main-content":
        return f"the skip link goes to {target!r}"
    reached = set()
    for _ in range(links + 20):
        shown.keyboard.press("Tab")
        focused = shown.evaluate(FOCUSED)
        if focused["stop"] is not None:
            reached.add(int(focused["stop"]))
        if len(reached) == links:
            return None
    return f"{links - len(reached)} of its {links} links unreached"


def serious_findings(axe: Axe, shown: Page, name: str) -> list[str]:
    """What axe finds critical or serious on the page shown."""
    violations = axe.run(shown, options=AXE_OPTIONS).response["violations"]
    return [
        f"{name}: {violation['id']} ({violation['impact']}) "
        f"on {len(violation['nodes'])} elements"
        for violation in violations
        if violation["impact"] in SERIOUS
    ]


@pytest.fixture(scope="module")
def seen(browser: Browser, project_html: BuiltProject, pages: list[Path]) -> Seen:
    """Every page at each of ``VISITS``, checked as the module's tests read it.

    axe runs in the theme the reader's system prefers; the switched ones differ
    from those only in furo's switch, which the contrast check covers.
    """
    themes = [theme.name for theme in THEMES]
    seen = Seen(
        overflowing={width: [] for width in WIDTHS},
        requests={width: [] for width in WIDTHS},
        not_switched={theme: [] for theme in themes},
        contrast_checked=dict.fromkeys(themes, 0),
        contrast_failures={theme: [] for theme in themes},
        axe_found={theme: [] for theme in themes},
        not_by_keyboard=[],
    )
    axe = Axe()
    for width, preferred in VISITS:
        requests = seen.requests[width]
        for page, shown in visited(
            browser, pages, width=width, theme=preferred, requests=requests
        ):
            name = name_of(page, project_html.outdir)
            seen.overflowing[width] += [
                f"{name}: {problem}" for problem in shown.evaluate(OVERFLOW)
            ]
            for theme in (preferred, switched_from(preferred)):
                if theme.switch:
                    switch(shown, theme)
                if shows_dark(shown) != theme.is_dark:
                    seen.not_switched[theme.name].append(name)
                result = shown.evaluate(CONTRAST, CV_ELEMENTS)
                seen.contrast_checked[theme.name] += result["checked"]
                seen.contrast_failures[theme.name] += [
                    f"{name}: {failure}" for failure in result["failures"]
                ]
                if theme is preferred:
                    seen.axe_found[theme.name] += serious_findings(axe, shown, name)
            if width == DESKTOP and (missed := by_keyboard(shown)):
                seen.not_by_keyboard.append(f"{name}: {missed}")
    return seen


@pytest.mark.parametrize("width", WIDTHS)
def test_nothing_overflows_or_is_clipped(seen: Seen, width: int) -> None:
    assert seen.overflowing[width] == []


@pytest.mark.parametrize("theme", THEMES, ids=lambda theme: theme.name)
def test_the_extensions_text_meets_wcag_aa_contrast(seen: Seen, theme: Theme) -> None:
    assert seen.not_switched[theme.name] == [], "the theme did not switch"
    assert seen.contrast_checked[theme.name] > 100
    assert seen.contrast_failures[theme.name] == []


@pytest.mark.parametrize("theme", AXE_THEMES, ids=lambda theme: theme.name)
def test_axe_finds_nothing_critical_or_serious(seen: Seen, theme: Theme) -> None:
    assert seen.axe_found[theme.name] == []


def test_the_sidebar_caption_is_a_heading_with_a_level(
    project_html: BuiltProject,
) -> None:
    html = project_html.read("index.html")
    assert 'role="heading"' in html
    assert 'aria-level="2"' in html


def test_the_skip_link_works_and_tab_reaches_every_link_in_the_content(
    seen: Seen,
) -> None:
    assert seen.not_by_keyboard == []


def test_no_page_asks_another_host_for_anything(seen: Seen, pages: list[Path]) -> None:
    for width in WIDTHS:
        requests = seen.requests[width]
        assert len(requests) > len(pages)  # the pages, their styles and scripts
        assert [url for url in requests if not is_local(url)] == []


# --- print ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def printed(
    browser: Browser,
    project_singlehtml: BuiltProject,
    tmp_path_factory: pytest.TempPathFactory,
) -> Pdf:
    """The whole site on one page (singlehtml), printed to A4 by Chromium."""
    site = project_singlehtml
    assert site.warnings == ""
    path = tmp_path_factory.mktemp("printed") / "printed.pdf"
    with opened(browser, site.outdir / "index.html") as shown:
        shown.pdf(path=str(path), prefer_css_page_size=True)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    (SCREENSHOTS / "printed.pdf").write_bytes(path.read_bytes())
    return Pdf(path)


def test_printing_gives_a_cv_of_at_most_three_a4_pages(printed: Pdf) -> None:
    assert printed.pages <= 3
    assert printed.info["Page size"].endswith("(A4)")


def test_the_printed_cv_has_every_role_and_fact(printed: Pdf) -> None:
    text = printed.flat
    for fact in [
        "Jonathan Hartley",
        "github.com/tartley",
        *ROLES,
        "Ordnance Survey",
        "5k req/s",
        "University of Durham",
        "Fellow of the Python Software Foundation",
        "Python (15 yrs)",
    ]:
        assert fact in text, fact


def test_the_printed_cv_has_no_site_chrome(printed: Pdf) -> None:
    text = printed.flat
    for chrome in [
        "Skip to content",
        "Made with",
        "Copyright",
        "Download:",
        "Back to top",
        "On this page",
        "Search",
        "Each entry links",
    ]:
        assert chrome not in text, chrome


def test_the_printed_cv_shows_outside_addresses_once(printed: Pdf) -> None:
    text = printed.flat
    assert "Colorama (https://github.com/tartley/colorama)" in text
    assert "(https://github.com/tartley)" in text  # "as tartley", in the text
    assert "github.com/tartley (https://" not in text  # the header shows it already
    assert "(#" not in text  # no internal link spelled out
    assert ".html#" not in text


def test_the_printed_cv_keeps_each_role_on_one_page(printed: Pdf) -> None:
    # A role's heading is never the last line of a page.
    for number in range(1, printed.pages + 1):
        lines = [
            line for line in printed.page_text(number).splitlines() if line.strip()
        ]
        assert lines[-1].strip() not in ROLES, f"page {number} ends with a heading"
        assert lines[-1].strip() not in {"Experience", "Skills", "Education"}


def test_print_is_readable_in_black_and_white(
    browser: Browser, project_html: BuiltProject
) -> None:
    with opened(browser, project_html.outdir / "index.html") as shown:
        shown.emulate_media(media="print")
        result = shown.evaluate(CONTRAST, "article, article *")
        links = shown.evaluate(
            "() => [...document.querySelectorAll('article a')]"
            ".map((link) => getComputedStyle(link).color)"
        )
    assert result["failures"] == []
    # Black, or a grey: no link relies on its colour to be seen as one.
    for colour in set(links):
        red, green, blue = map(int, colour[4:-1].split(","))
        assert max(red, green, blue) - min(red, green, blue) <= 16, colour


# --- a right-to-left CV -----------------------------------------------------------

ARABIC_RESUME = {
    "basics": {"name": "سارة أحمد"},
    "work": [
        {"name": "شركة الدفع", "startDate": "2019-03", "highlights": ["صممت نظام."]}
    ],
}
TIMELINE_SIDE = """() => {
  const timeline = document.querySelector("ol.cv-timeline");
  const style = getComputedStyle(timeline);
  return {
    direction: getComputedStyle(document.querySelector("article")).direction,
    right: style.borderRightWidth,
    left: style.borderLeftWidth,
  };
}"""


def test_a_right_to_left_cv_reads_right_to_left_with_its_timeline_on_the_right(
    browser: Browser, tmp_path: Path
) -> None:
    source = tmp_path / "resume.json"
    source.write_text(json.dumps(ARABIC_RESUME, ensure_ascii=False), encoding="utf-8")
    assert main(["import", str(source), str(tmp_path / "cv"), "--language", "ar"]) == 0
    app, warnings = built_app("html", tmp_path / "cv", tmp_path / "build")
    assert warnings == ""
    with opened(browser, app.outdir / "index.html") as shown:
        side = shown.evaluate(TIMELINE_SIDE)
    assert side == {"direction": "rtl", "right": "2px", "left": "0px"}


PRESENT_AND_LINK_COLOURS = """() => ({
  present: getComputedStyle(document.querySelector(".cv-present")).color,
  link: getComputedStyle(document.querySelector("article a.reference")).color,
  text: getComputedStyle(document.querySelector("article p")).color,
})"""


def test_present_reads_as_a_word_not_a_link(
    browser: Browser, project_html: BuiltProject
) -> None:
    with opened(browser, project_html.outdir / "index.html") as shown:
        colours = shown.evaluate(PRESENT_AND_LINK_COLOURS)
    assert colours["present"] != colours["link"]


VISIBLE_NAMES_AND_HEADINGS = """() => {
  const shown = (element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.right > 0 && box.left < innerWidth
      && getComputedStyle(element).visibility !== "hidden";
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const names = [];
  while (walker.nextNode()) {
    const text = walker.currentNode;
    if (text.nodeValue.trim() === "Jonathan Hartley" && shown(text.parentElement)) {
      names.push(text.parentElement);
    }
  }
  const lines = (selector) => [...document.querySelectorAll(selector)].map(
    (heading) => Math.round(heading.getBoundingClientRect().height
      / parseFloat(getComputedStyle(heading).lineHeight)));
  return {names: names.length, h1: lines("article h1"), h2: lines("article h2")};
}"""


@pytest.mark.parametrize("width", [DESKTOP, PHONE])
def test_the_name_shows_once_and_headings_fit_a_line(
    width: int, browser: Browser, project_html: BuiltProject
) -> None:
    with opened(browser, project_html.outdir / "index.html", width=width) as shown:
        seen = shown.evaluate(VISIBLE_NAMES_AND_HEADINGS)
    assert seen["names"] == 1, seen
    assert seen["h1"] == [1]
    assert seen["h2"]
    assert set(seen["h2"]) == {1}, seen["h2"]
