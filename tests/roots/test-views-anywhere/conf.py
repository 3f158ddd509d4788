# The tests put _ext on sys.path (pyproject.toml: pythonpath).
extensions = ["myst_parser", "sphinx_cv"]
myst_enable_extensions = ["colon_fence"]
html_theme = "furo"
cv_today = "2026-11-25"
