# The tests put _ext on sys.path (pyproject.toml: pythonpath).
extensions = ["myst_parser", "sphinx_cv"]
myst_enable_extensions = ["colon_fence"]
cv_today = "2026-11-25"
cv_person = {
    "name": "Ada Lovelace",
    "headline": "Analyst",
    "profiles": [
        {"network": "GitHub", "username": "ada", "url": "https://github.com/ada"},
    ],
}
latex_documents = [("index", "ada-lovelace-cv.tex", "", "", "howto")]
