import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "_ext"))

extensions = ["myst_parser", "sphinx_cv"]
myst_enable_extensions = ["colon_fence"]
html_theme = "furo"
cv_today = "2026-11-25"
latex_table_style = ["booktabs"]
