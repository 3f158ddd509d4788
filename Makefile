# Every target sets itself up: the first one run on a fresh clone creates .venv
# from requirements.txt, and it is re-created whenever that file changes, or when
# PYTHON names another interpreter than the one .venv was made with.

PYTHON      ?= python3
VENV        := .venv
BIN         := $(VENV)/bin
SOURCEDIR   := .
# The CV in another language (locale/<language>, the README's "Translating the
# CV"): make html LANGUAGE=de, make latexpdf LANGUAGE=de and every other target
# build it into _build/de/.
LANGUAGE    ?=
BUILDDIR    := _build$(if $(LANGUAGE),/$(LANGUAGE))
# Nitpicky, and any warning fails the build (after reporting all of them).
SPHINXOPTS  ?= -W --keep-going -n
override SPHINXOPTS += $(if $(LANGUAGE),-D language=$(LANGUAGE))
# The PDF's and Word's design (cv_design in conf.py): make latexpdf DESIGN=modern.
DESIGN      ?=
override SPHINXOPTS += $(if $(DESIGN),-D cv_design=$(DESIGN))
# sphinx-build, ending sooner (_ext/sphinx_cv/build.py).
SPHINXBUILD := PYTHONPATH=$(CURDIR)/_ext $(BIN)/python -m sphinx_cv.build
# Where make livepdf shows the PDF: http://127.0.0.1:$(LIVEPDF_PORT)/
LIVEPDF_PORT ?= 8001

# The stamp names the interpreter PYTHON is (its version and installation): another
# one has no stamp yet, so .venv is made again with it.
PYTHON_KEY  := $(shell $(PYTHON) -c 'import hashlib, sys; \
  print(hashlib.sha256((sys.version + sys.base_prefix).encode()).hexdigest()[:12])' \
  2>/dev/null)
VENV_STAMP  := $(VENV)/.installed-for-$(PYTHON_KEY)

.DEFAULT_GOAL := help

help: $(VENV_STAMP)
	@echo "make html      build the website into $(BUILDDIR)/html"
	@echo "make test      run the whole test suite"
	@echo "make latexpdf  build the PDF CV into $(BUILDDIR)/latex"
	@echo "make onepage   build the one-page PDF CV into $(BUILDDIR)/onepage"
	@echo "make text      the CV as plain text, $(BUILDDIR)/text/cv.txt"
	@echo "make docx      the CV as a Word document, $(BUILDDIR)/docx"
	@echo "make ats       what CV-reading machines read from the PDFs and the .docx"
	@echo "make screenshots  PNGs of both PDFs, Word and the site, in $(BUILDDIR)/screenshots"
	@echo "make livehtml  serve the site, rebuilding on every change"
	@echo "make livepdf   rebuild the PDF on every save, and show it"
	@echo "make lint      ruff, mypy --strict, -W builds of every output, spelling"
	@echo "make spelling  check the CV's spelling (US English, spelling_wordlist.txt)"
	@echo "make freeze    re-pin requirements.txt from the current venv"
	@echo "make benchmark time the site's and the PDF's builds, beside RenderCV"
	@echo "make mutation  mutation testing of the extension's rules (hours on 2 cores: see the README)"
	@echo "make translations  refresh the extension's message catalogs"
	@echo "make translate LANGUAGE=de  start or refresh the CV's translation, locale/de"
	@echo "make languages  the site and the PDF in English and each language of locale/"
	@echo "Any target takes LANGUAGE=de: make html LANGUAGE=de builds into $(BUILDDIR)/de"
	@echo "make application NAME=acme-2026-12  the tailored CV, letter and match report"
	@echo "               of applications/NAME.md, into _build/applications/NAME/"
	@echo "make applications  build every application, then list them"
	@echo "make lowest    build this CV with the package's lowest supported versions"
	@echo "make dist      the package sphinx-cv (wheel and sdist) into dist/"
	@echo "make clean     remove $(BUILDDIR)"
	@echo "Any other Sphinx builder works too: make singlehtml, make man ..."

$(VENV_STAMP): requirements.txt
	@command -v $(PYTHON) >/dev/null || { echo "No Python at PYTHON=$(PYTHON)"; exit 1; }
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else \
	  "Python 3.11 or newer is needed, and $(PYTHON) is " + sys.version.split()[0] \
	  + ": choose another with make PYTHON=python3.12 ...")'
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

venv: $(VENV_STAMP)

# The PDF tests need TeX Live and poppler (and LuaTeX with the Noto fonts the
# extension falls back on for every script, outputs/latex/fonts.py, and
# FreeFont, Sphinx's own for it), the browser tests Debian's Chromium and
# the TeX Gyre fonts (the printed site is set in Termes, as the PDF is), and the
# escaping tests groff, to read the man page as man shows it, make spelling
# enchant with a US English dictionary, and the Word tests LibreOffice, to lay
# the .docx out as a reader without Microsoft's fonts sees it: installed
# with apt-get when missing (with sudo unless root). Never `playwright install`,
# which downloads a browser. The list is the measured minimum.
SYSTEM_PACKAGES := latexmk texlive-latex-extra tex-gyre texlive-fonts-recommended \
                   texlive-luatex fonts-freefont-otf fonts-noto-core fonts-noto-cjk \
                   poppler-utils chromium fonts-texgyre groff-base \
                   libenchant-2-2 hunspell-en-us libreoffice-writer-nogui
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Found once per .venv, then trusted: the look takes a tenth of a second, which
# every make latexpdf paid. Delete the stamp to look again.
SYSTEM_STAMP := $(VENV)/.system-packages-found

system-packages: $(SYSTEM_STAMP)

$(SYSTEM_STAMP): $(VENV_STAMP)
	@if command -v latexmk >/dev/null && command -v pdftotext >/dev/null \
	    && kpsewhich tgtermes.sty titlesec.sty microtype.sty needspace.sty \
	       luatex85.sty >/dev/null && fc-list -q FreeSerif \
	    && fc-list -q "Noto Serif CJK JP" && fc-list -q "Noto Naskh Arabic" \
	    && command -v chromium >/dev/null && fc-list -q "TeX Gyre Termes" \
	    && command -v groff >/dev/null && [ -e /usr/share/hunspell/en_US.dic ] \
	    && command -v soffice >/dev/null \
	    && ldconfig -p | grep -q libenchant-2; then :; else \
	  echo "Installing TeX Live, poppler, Chromium, fonts, groff, enchant and LibreOffice with apt-get..."; \
	  $(SUDO) apt-get update -q \
	  && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q \
	     --no-install-recommends $(SYSTEM_PACKAGES); \
	fi
	@touch $@

# On every core (pytest-xdist), a test file to a worker: each worker builds the
# real CV once for the files it runs. The suite starts over a hundred Python
# processes (builds through the command line, make in a new CV): they write
# bytecode, in __pycache__ (ignored by git), even where PYTHONDONTWRITEBYTECODE
# is set, or each compiled the extension and the new CV's packages again, and
# each worker rewrote every test module, on every run. (PYTHONPYCACHEPREFIX
# would keep it out of the tree, but then compiles every installed package once
# more: 4,000 modules on each fresh machine.)
#
# The files go to the workers in the order pytest finds them, unit tests last,
# not by how many tests each holds (--no-loadscope-reorder): the slowest hold
# one test or a few (hypothesis's pages, the scale test), and went last, so one
# core sat idle while the other finished them.
test: $(VENV_STAMP) system-packages
	env -u PYTHONDONTWRITEBYTECODE $(BIN)/python -m pytest -n auto --dist loadfile --no-loadscope-reorder

# The PDF: the LaTeX build makes it too (cv_make_pdf, _ext/sphinx_cv/outputs/latex/
# pdf.py), with one pdflatex pass that reads the preamble while Sphinx reads the
# pages. One pass is enough (no contents, index or cross-references to settle; the
# tests check the log asks for no rerun), and any LaTeX error fails the build,
# naming its line of the .tex. The tag "printed" leaves out the site's own
# extensions (conf.py): the same .tex, sooner. Sphinx reads on one core, as
# pdflatex has the other (on both, it was slower: make benchmark).
define pdf_from_latex
	$(SPHINXBUILD) -b latex -t printed -D cv_make_pdf=1 $(SOURCEDIR) $(1) $(SPHINXOPTS) -q $(2)
	@echo "The PDF is in $(1)/"
endef

# The package sphinx-cv: the extension in _ext/sphinx_cv and its command, built
# with the pinned setuptools (no download); setuptools' own working files go.
dist: $(VENV_STAMP)
	rm -rf dist
	$(BIN)/python -m build --no-isolation --outdir dist .
	rm -rf build _ext/sphinx_cv.egg-info
	@echo "The package is in dist/"

latexpdf: $(VENV_STAMP) system-packages
	$(call pdf_from_latex,$(BUILDDIR)/latex)

# The one-page CV: the same sources, with the tag that cv.md's `only` blocks read.
onepage: $(VENV_STAMP) system-packages
	$(call pdf_from_latex,$(BUILDDIR)/onepage,-t onepage)

# The CV as plain text, for pasting into application forms: one file, cv.txt.
text: $(VENV_STAMP)
	$(SPHINXBUILD) -M $@ $(SOURCEDIR) $(BUILDDIR) $(SPHINXOPTS) -q
	@echo "The CV as plain text: $(BUILDDIR)/text/cv.txt"

# Spelling in US English, as the seed CV spells (analyze, behaviors, favorite);
# names and technical words the dictionary lacks are in spelling_wordlist.txt.
spelling: $(VENV_STAMP) system-packages
	$(SPHINXBUILD) -b spelling -t spelling -W --keep-going -q $(SOURCEDIR) $(BUILDDIR)/spelling

# ruff and mypy, then every builder the CV ships, nitpicky, warnings as errors,
# and the spelling.
LINT_BUILDERS := html singlehtml latex text jsonresume docx
lint: $(VENV_STAMP) spelling
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	for builder in $(LINT_BUILDERS); do \
	  $(SPHINXBUILD) -b $$builder -W -n --keep-going -q -d $(BUILDDIR)/lint/doctrees \
	    $(SOURCEDIR) $(BUILDDIR)/lint/$$builder || exit 1; \
	done

# The PDF rebuilt on every save, shown at http://127.0.0.1:8001/ (the page reloads
# it), with the time from save to PDF (see _ext/sphinx_cv/livepdf.py).
livepdf: $(VENV_STAMP) system-packages
	PYTHONPATH=_ext $(BIN)/python -m sphinx_cv.livepdf $(SOURCEDIR) -t printed --builddir $(BUILDDIR)/livepdf --port $(LIVEPDF_PORT)

livehtml: $(VENV_STAMP)
	$(BIN)/sphinx-autobuild $(SPHINXOPTS) --watch _ext $(SOURCEDIR) $(BUILDDIR)/html

freeze: $(VENV_STAMP)
	{ sed -n '1,2p' requirements.txt; $(BIN)/python -m pip freeze --exclude-editable; } > requirements.new
	mv requirements.new requirements.txt

# What applicant-tracking systems read: both PDFs and the Word document through
# four PDF text extractors and two .docx readers, against the CV's own words.
ats: latexpdf onepage docx
	PYTHONPATH=tests $(BIN)/python checks/ats.py $(BUILDDIR)

# The CV as its readers see it: both PDFs' pages, Word's through LibreOffice, and
# four of the site's pages at 1280 and 390 px, light and dark, as PNGs in
# $(BUILDDIR)/screenshots/.
screenshots: latexpdf onepage docx html
	$(MAKE) latexpdf onepage docx BUILDDIR=$(BUILDDIR)/modern DESIGN=modern
	PYTHONPATH=tests $(BIN)/python checks/screenshots.py $(BUILDDIR)
.PHONY: screenshots

# With RENDERCV=<its command> RENDERCV_PEER=<the folder of its cv.yaml and cache/>,
# RenderCV is timed beside the PDF.
benchmark: $(VENV_STAMP)
	PYTHONPATH=tests $(BIN)/python benchmarks/benchmark.py

# Mutation testing of the core, the domain and incremental.py ([tool.mutmut] in
# pyproject.toml). mutmut names a module by its file's path, less a leading src/,
# and the trampoline it puts in each function compares that name with the
# function's module; the tests import sphinx_cv from _ext, so from the project's
# root no mutant would ever run. The run happens in a folder of links where the
# extension is src/sphinx_cv. In mutmut's copy, _ext is the mutated src, so
# conf.py and the tests' own Sphinx processes run the mutant too.
#
# A run goes on from where the last one stopped: mutmut keeps each mutant's
# result (in its *.meta files) until the code of the mutant's function changes,
# and its map of which tests reach which function (mutmut-stats.json), to which
# it adds new tests. Its copies of every other file are made afresh each time, as
# it would not refresh a copy it already has. rm -rf $(MUTATION_DIR) starts afresh.
MUTATION_DIR := $(BUILDDIR)/mutation
MUTATION_LINKS := $(filter-out _ext _build .venv .git .%_cache .hypothesis,\
                    $(wildcard * .[!.]*))
mutation: $(VENV_STAMP) system-packages
	mkdir -p $(MUTATION_DIR)/src $(MUTATION_DIR)/mutants
	ln -sfn ../../../_ext/sphinx_cv $(MUTATION_DIR)/src/sphinx_cv
	for path in $(MUTATION_LINKS); do ln -sfn ../../$$path $(MUTATION_DIR)/$$path; done
	find $(MUTATION_DIR)/mutants -mindepth 1 ! -type d ! -name '*.meta' \
	  ! -name mutmut-stats.json -delete
	ln -sfn src $(MUTATION_DIR)/mutants/_ext
	cd $(MUTATION_DIR) && $(CURDIR)/$(BIN)/mutmut run
	cd $(MUTATION_DIR) && $(CURDIR)/$(BIN)/mutmut results

clean:
	rm -rf $(BUILDDIR)

.PHONY: help venv system-packages test latexpdf onepage text ats spelling lint livehtml livepdf freeze benchmark mutation dist clean

# The package's lowest supported versions (pyproject.toml's lower bounds): this
# CV built with them, every shipped builder under -W, in a venv of its own. CI
# runs it beside the pinned versions' make test.
LOWEST_VENV := .venv-lowest
LOWEST := sphinx==9.0.0 docutils==0.22 myst-parser==5.0.0 python-docx==1.2.0 watchfiles==1.0.0
lowest: system-packages
	rm -rf $(LOWEST_VENV)
	$(PYTHON) -m venv $(LOWEST_VENV)
	$(LOWEST_VENV)/bin/python -m pip install --quiet -r requirements.txt
	$(LOWEST_VENV)/bin/python -m pip install --quiet $(LOWEST)
	$(LOWEST_VENV)/bin/python -m pip check
	for builder in html latex text docx jsonresume; do \
	  PYTHONPATH=$(CURDIR)/_ext $(LOWEST_VENV)/bin/python -m sphinx_cv.build -b $$builder \
	    -W -n --keep-going -q . _build/lowest/$$builder || exit 1; \
	done
	PYTHONPATH=$(CURDIR)/_ext $(LOWEST_VENV)/bin/python -m sphinx_cv.build -b latex -t printed \
	  -D cv_make_pdf=1 -W -n --keep-going -q . _build/lowest/pdf
	@echo "This CV builds with $(LOWEST)"
.PHONY: lowest

# Keep make from trying to rebuild these through the catch-all below.
Makefile requirements.txt: ;

# Any other target is a Sphinx builder: html, latexpdf, singlehtml, text, man ...
%: $(VENV_STAMP)
	$(SPHINXBUILD) -M $@ $(SOURCEDIR) $(BUILDDIR) $(SPHINXOPTS)

# An application for a job (the README's "Applying for a job"): applications/NAME.md
# gives the tailored CV and the cover letter, as PDF and Word, the match report
# and manifest.json, in _build/applications/NAME/. DESIGN= and LANGUAGE= apply.
SENDING := PYTHONPATH=$(CURDIR)/_ext $(BIN)/python -m sphinx_cv.cli
SENDING_OPTIONS = $(if $(DESIGN),-D cv_design=$(DESIGN)) $(if $(LANGUAGE),-D language=$(LANGUAGE))
application: $(VENV_STAMP) system-packages
	@[ -n "$(NAME)" ] || { echo "Name the application: make application NAME=acme-2026-12"; exit 2; }
	$(SENDING) application $(NAME) $(SENDING_OPTIONS)

applications: $(VENV_STAMP) system-packages
	@for source in applications/*.md; do \
	  [ -e "$$source" ] || continue; \
	  $(SENDING) application "$$(basename "$$source" .md)" $(SENDING_OPTIONS) || exit 1; \
	done
	$(SENDING) applications
.PHONY: application applications

# The CV's own translation into LANGUAGE: its texts, page by page, into
# locale/LANGUAGE/LC_MESSAGES/*.po, where a new text is empty and a changed one
# is marked fuzzy (stale): a build in that language counts both (cv.translation).
translate: $(VENV_STAMP)
	@[ -n "$(LANGUAGE)" ] || { echo "Name the language: make translate LANGUAGE=de"; exit 2; }
	$(SPHINXBUILD) -b gettext -q $(SOURCEDIR) _build/gettext
	$(BIN)/sphinx-intl update -p _build/gettext -d locale -l $(LANGUAGE) -w 88
	@echo "Now translate locale/$(LANGUAGE)/LC_MESSAGES/: empty and fuzzy messages are left"

# The site and the PDF in the source's language and in each of locale/.
languages: $(VENV_STAMP) system-packages
	$(MAKE) html latexpdf
	@for language in $$(ls locale); do \
	  $(MAKE) html latexpdf LANGUAGE=$$language || exit 1; \
	done
.PHONY: translate languages

# Refresh the extension's message catalogs after changing a label.
LOCALES := _ext/sphinx_cv/locales
translations: $(VENV_STAMP)
	$(BIN)/pybabel extract -k _ -k mark -k ngettext:1,2 --no-location \
		--project=sphinx_cv --version=1.0.0 --copyright-holder="the CV project" \
		-o $(LOCALES)/sphinx_cv.pot _ext/sphinx_cv
	$(BIN)/pybabel update -D sphinx_cv -i $(LOCALES)/sphinx_cv.pot -d $(LOCALES) --no-wrap --ignore-obsolete
	$(BIN)/pybabel compile -D sphinx_cv -d $(LOCALES) --statistics
.PHONY: translations
