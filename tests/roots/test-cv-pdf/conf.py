# Another project than the seed CV: only latex_documents says anything about the PDF.
extensions = ["myst_parser", "sphinx_cv"]
myst_enable_extensions = ["colon_fence"]
html_theme = "furo"
cv_today = "2026-11-25"
cv_person = {
    "name": "Ada Example",
    "headline": "Engineer of analytical engines & R&D lead",
    "profiles": [
        {
            "network": "GitHub",
            "username": "ada-example",
            "url": "https://github.com/ada-example",
        },
    ],
}
latex_documents = [("cv", "ada-example-cv.tex", "", "Ada Example", "howto")]
