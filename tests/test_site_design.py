"""The site looks like a CV: the design's type, buttons to download it, its author's
footer. How it renders in a browser is in test_browser.py.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pytest
from bs4 import BeautifulSoup
from sphinx_cv.cli import main
from sphinx_cv.core.designs import DESIGNS
from support.builds import PROJECT_ROOT, built_app

if TYPE_CHECKING:
    from pathlib import Path

    from support.builds import BuiltProject

BASIC = PROJECT_ROOT / "tests" / "roots" / "test-basic"


def page(outdir: Path, name: str = "index.html") -> BeautifulSoup:
    return BeautifulSoup((outdir / name).read_text(encoding="utf-8"), "html.parser")


def footer_text(outdir: Path, name: str) -> str:
    bottom = page(outdir, name).select_one("footer .bottom-of-page")
    assert bottom is not None
    return " ".join(bottom.get_text(" ").split())


def design_stylesheet(outdir: Path) -> str:
    links = page(outdir).find_all("link", href=re.compile(r"sphinx-cv-design\.css"))
    assert len(links) == 1
    href = str(links[0]["href"]).split("?")[0]
    return (outdir / href).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def starter_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = tmp_path_factory.mktemp("starter-site")
    assert main(["new", str(where / "cv"), "--name", "Zoë Okafor"]) == 0
    app, warnings = built_app("html", where / "cv", where / "build")
    assert warnings == ""
    return app.outdir


def test_every_pages_footer_names_the_author_and_credits_no_tool(
    project_html: BuiltProject,
) -> None:
    pages = sorted(project_html.outdir.rglob("*.html"))
    assert len(pages) >= 10
    for each in pages:
        name = each.relative_to(project_html.outdir).as_posix()
        if name in {"search.html", "genindex.html"}:
            continue
        text = footer_text(project_html.outdir, name)
        assert "Copyright © Jonathan Hartley" in text, name
        assert "Made with" not in text, name
        assert "Furo" not in text, name


def test_the_footer_still_leads_to_the_next_page(project_html: BuiltProject) -> None:
    next_page = page(project_html.outdir).select_one("footer a.next-page")
    assert next_page is not None
    assert next_page["href"] == "experience/index.html"


def test_a_starters_footer_is_its_authors(starter_site: Path) -> None:
    text = footer_text(starter_site, "index.html")
    assert "Zoë Okafor" in text
    assert "Made with" not in text


@pytest.mark.parametrize("design", sorted(DESIGNS))
def test_the_site_is_set_in_the_designs_face(design: str, tmp_path: Path) -> None:
    app, warnings = built_app(
        "html", BASIC, tmp_path, confoverrides={"cv_design": design}
    )
    assert warnings == ""
    css = design_stylesheet(app.outdir)
    assert f"--font-stack: {DESIGNS[design].site_fonts};" in css
    others = [other.site_fonts for name, other in DESIGNS.items() if name != design]
    assert others
    assert not [fonts for fonts in others if fonts in css]


def test_the_classic_site_is_set_like_its_pdf(project_html: BuiltProject) -> None:
    css = design_stylesheet(project_html.outdir)
    assert '--font-stack: "Times New Roman", Times, ' in css


def test_the_downloads_are_sphinx_designs_buttons(project_html: BuiltProject) -> None:
    front = page(project_html.outdir)
    links = front.select(".cv-downloads a")
    # And "PDF" first, once make latexpdf has built it.
    assert [link.get_text() for link in links][-2:] == ["Word", "JSON Resume"]
    for link in links:
        assert {"sd-btn", "sd-btn-outline-primary"} <= set(link["class"]), link
    assert front.find("link", href=re.compile(r"sphinx-design\.min\.css"))


def test_without_sphinx_design_the_downloads_are_links(starter_site: Path) -> None:
    links = page(starter_site).select(".cv-downloads a")
    assert links
    assert not [link for link in links if "sd-btn" in link.get("class", [])]


def test_this_cv_has_the_footer_a_new_cv_gets() -> None:
    """The same file, so that the two never drift apart."""
    ours = PROJECT_ROOT / "_templates" / "page.html"
    starters = PROJECT_ROOT / "_ext" / "sphinx_cv" / "starter" / "files"
    assert ours.read_bytes() == (starters / "templates-page.html").read_bytes()
