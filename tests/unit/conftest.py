"""The pure core is imported as the Sphinx build imports it: from _ext."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "_ext"))
