# A CV with tagged roles and highlights, and applications that choose among them.
extensions = ["myst_parser", "sphinx_cv"]
myst_enable_extensions = ["colon_fence"]
html_theme = "furo"
cv_today = "2026-11-25"
cv_person = {"name": "Ada Example", "headline": "Engineer of analytical engines"}
latex_documents = [("cv", "ada-example-cv.tex", "", "Ada Example", "howto")]
# Applications are private: the site never reads them.
exclude_patterns = ["_build", "applications"]
