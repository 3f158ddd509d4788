"""Driving Debian's Chromium through Playwright, and what the tests measure with it.

Never ``playwright install``: that downloads a browser. The Makefile installs
Chromium with apt, beside TeX Live, and the tests launch that one.
"""

from __future__ import annotations

import contextlib
import dataclasses
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from playwright.sync_api import Browser, Page

SCRIPTS = Path(__file__).resolve().parent / "scripts"
CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = [
    "--no-sandbox",  # the tests run as root in CI
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
DESKTOP, PHONE = 1280, 390
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
LOCAL_SCHEMES = frozenset({"file", "data", "blob", "about"})


@dataclasses.dataclass(frozen=True)
class Theme:
    """What the reader's system prefers, and what furo's switch says, if anything."""

    name: str
    prefers: str  # "light" or "dark": the prefers-color-scheme media feature
    switch: str = ""  # furo's body[data-theme]: "light", "dark", or "" for auto

    @property
    def is_dark(self) -> bool:
        return (self.switch or self.prefers) == "dark"


LIGHT = Theme("light", "light")
DARK = Theme("dark", "dark")
THEMES = [
    LIGHT,
    DARK,
    Theme("switched-dark", "light", "dark"),
    Theme("switched-light", "dark", "light"),
]


def is_local(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in LOCAL_SCHEMES or parts.hostname in LOCAL_HOSTS


def visited(
    browser: Browser,
    paths: Iterable[Path],
    *,
    width: int = DESKTOP,
    theme: Theme = LIGHT,
    requests: list[str] | None = None,
) -> Iterator[tuple[Path, Page]]:
    """Each page in turn, as one reader would go from one to the next.

    One browser context for them all, as a reader has: a page's styles and
    scripts load once. No page writes to storage unless clicked, so each shows
    as it would fresh.
    """
    with opened(browser, None, width=width, theme=theme, requests=requests) as page:
        for path in paths:
            show(page, path, theme)
            yield path, page


@contextlib.contextmanager
def opened(
    browser: Browser,
    path: Path | None,
    *,
    width: int = DESKTOP,
    theme: Theme = LIGHT,
    requests: list[str] | None = None,
) -> Iterator[Page]:
    """A fresh page (no shared storage) showing ``path`` as a reader would.

    Without a path, a blank one, for ``show`` to fill.
    """
    context = browser.new_context(
        viewport={"width": width, "height": 900},
        color_scheme="dark" if theme.prefers == "dark" else "light",
    )
    try:
        page = context.new_page()
        if requests is not None:
            page.on("request", lambda request: requests.append(request.url))
        if path is not None:
            show(page, path, theme)
        yield page
    finally:
        context.close()


def show(page: Page, path: Path, theme: Theme) -> None:
    page.goto(path.as_uri())
    assert page.url == path.as_uri(), f"{path}: the browser shows {page.url}"
    if theme.switch:
        switch(page, theme)


def switch(page: Page, theme: Theme) -> None:
    """Furo's switch set to ``theme``'s, as the reader's click sets it."""
    page.evaluate("theme => { document.body.dataset.theme = theme; }", theme.switch)


def switched_from(theme: Theme) -> Theme:
    """The theme furo's switch gives a reader whose system prefers ``theme``'s."""
    (switched,) = (
        other for other in THEMES if other.prefers == theme.prefers and other.switch
    )
    return switched


def script(name: str) -> str:
    """A function for ``page.evaluate``, from ``tests/scripts``."""
    return (SCRIPTS / name).read_text(encoding="utf-8")


OVERFLOW = script("overflow.js")

CONTRAST = script("contrast.js")

# The extension's own elements, and everything inside them.
CV_ELEMENTS = 'article [class*="cv-"], article [class*="cv-"] *'

MARK_MAIN_LINKS = script("mark-main-links.js")

FOCUSED = script("focused.js")
