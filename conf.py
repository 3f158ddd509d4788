"""Sphinx configuration for Jonathan Hartley's CV."""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "_ext"))

project = "Jonathan Hartley"
author = "Jonathan Hartley"
copyright = "Jonathan Hartley"  # noqa: A001 - Sphinx's own name for this setting

# The PDF's builds (make latexpdf and onepage, tagged "printed") leave out the
# extensions only a website uses: Sphinx starts sooner, and the .tex is the same.
ON_THE_SITE = not tags.has("printed")  # noqa: F821 - Sphinx provides tags to conf.py
extensions = [
    "myst_parser",
    *(["sphinx_design"] if ON_THE_SITE else []),
    "sphinx_cv",
    *(["sphinxext.opengraph", "sphinx_sitemap"] if ON_THE_SITE else []),
]
myst_enable_extensions = ["colon_fence"]

# make spelling: sphinxcontrib-spelling, with Debian's enchant and its en_US
# dictionary, as the seed spells (analyze, behaviors). Loaded only for it
# (-t spelling): enchant is a system library, which Read the Docs and a plain
# `make html` need not have.
if tags.has("spelling"):  # noqa: F821 - Sphinx provides tags to conf.py
    extensions.append("sphinxcontrib.spelling")
    spelling_lang = "en_US"
    spelling_word_list_filename = "spelling_wordlist.txt"
    spelling_show_suggestions = True
    spelling_warning = True

# Only the CV's pages are sources; README, tests and the venv are not.
root_doc = "index"
include_patterns = ["index.md", "cv.md", "experience/**", "skills/**"]
# Excluded folders are not even walked: without .venv here, every build spent
# about half a second listing the virtualenv's files (measured: make benchmark).
exclude_patterns = ["_build", ".venv*", ".git", "tests", "_ext", ".*_cache"]

language = "en"
# One source, more languages: Sphinx's gettext catalogs, one per page, under
# locale/ (the README's "Translating the CV"). locale/de is an example.
locale_dirs = ["locale/"]
gettext_compact = False
gettext_location = False  # no machine's paths in the catalogs
# The sites of the CV's complete translations, which every page links to, page
# for page: {"de": "https://example.org/de/"}. locale/de is not complete.
cv_translations: dict[str, str] = {}

# The CV extension (_ext/sphinx_cv). cv_today defaults to the build's date, or to
# SOURCE_DATE_EPOCH's when that is set, so "present" is always now.
cv_person = {
    "name": "Jonathan Hartley",
    "headline": "Software developer: a back-end generalist, specializing in Python",
    "profiles": [
        {
            "network": "GitHub",
            "username": "tartley",
            "url": "https://github.com/tartley",
        },
    ],
}

# Where the site lives: Read the Docs says so when it builds it; locally, where
# `make livehtml` serves it. Sharing cards and the sitemap use it.
html_baseurl = os.environ.get("READTHEDOCS_CANONICAL_URL", "http://127.0.0.1:8000/")
ogp_site_url = html_baseurl
ogp_type = "profile"
ogp_social_cards = {"enable": False}  # cards would need matplotlib; a link is enough
ogp_custom_meta_tags = ('<meta name="twitter:card" content="summary" />',)
sitemap_url_scheme = "{link}"
sitemap_excludes = ["cv.html"]  # the PDF's root: unlinked and out of search

# The site offers the PDF that `make latexpdf` writes, once it is built; Read the
# Docs offers its own. resume.json is always there.
cv_pdf = "_build/latex/jonathan-hartley-cv.pdf"

html_theme = "furo"
html_title = "Jonathan Hartley"
# The footer names the author (the copyright), without "Made with" credits
# (_templates/page.html); the name shows once, as the front page's heading
# (_static/site.css).
html_show_sphinx = False
templates_path = ["_templates"]
html_static_path = ["_static"]
html_css_files = ["site.css"]

# The PDF: cv.md arranges the pages in a printed CV's order; sphinx_cv gives it
# the CV layout (A4, a header from cv_person, a dates column).
latex_engine = "pdflatex"
# 11 pt reads best and the CV still fits two pages; the one-page CV needs 10 pt.
latex_elements = {"pointsize": "10pt" if tags.has("onepage") else "11pt"}  # noqa: F821
# Two pages, or one: a longer PDF warns (cv.page-fit), and make latexpdf fails.
cv_page_limit = 1 if tags.has("onepage") else 2  # noqa: F821
latex_documents = [
    ("cv", "jonathan-hartley-cv.tex", "Jonathan Hartley", author, "howto"),
]
# TeX Live 2026 breaks Sphinx < 9.1.1's default coloured table rows (sphinx#14465).
latex_table_style = ["booktabs"]
