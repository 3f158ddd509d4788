# The tests put _ext on sys.path (pyproject.toml: pythonpath).
extensions = ["myst_parser", "sphinx_cv"]
myst_enable_extensions = ["colon_fence"]
html_theme = "furo"
cv_today = "2026-11-25"
latex_table_style = ["booktabs"]
cv_person = {
    "name": "Zoë Ünïcode-O'Brien & Co. 100% $5 {y} _x_ ~ ^ \\ #1",
    "headline": "R&D <script>alert(3)</script> lead, naïve cafe\u0301",
    "profiles": [
        {"network": "GitHub", "username": "z", "url": "https://github.com/z_o%20b#top"},
        {"network": "Bad", "username": "x", "url": "javascript:alert(4)"},
    ],
}
latex_documents = [("index", "escaping.tex", "", "", "howto")]
