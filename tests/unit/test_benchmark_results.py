"""``make benchmark`` adds each run's dated table to ``benchmarks/results.md``."""

from __future__ import annotations

import importlib.util
import sys
from typing import TYPE_CHECKING

from support.builds import PROJECT_ROOT

if TYPE_CHECKING:
    from types import ModuleType

TABLE = {
    "date": "2026-12-07",
    "runs": 5,
    "python": "3.11.2",
    "cpus": 2,
    "commit": "90d2e0d",
    "rows": [
        {"build": "site, cold", "median_s": 0.92, "runs_s": [], "detail": "81 MiB"},
        {
            "build": "900 roles ÷ 300 roles",
            "median_ratio": 2.66,
            "range": [2.27, 2.83],
            "detail": "site ×2.74 | a pipe",
        },
    ],
}


def benchmark() -> ModuleType:
    path = PROJECT_ROOT / "benchmarks" / "benchmark.py"
    spec = importlib.util.spec_from_file_location("benchmark", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("benchmark", module)
    spec.loader.exec_module(module)
    return module


def test_a_run_is_a_dated_markdown_table_of_every_row() -> None:
    text = benchmark().markdown_table(TABLE)
    assert text.splitlines() == [
        "## 2026-12-07",
        "",
        "2 cores, Python 3.11.2, commit 90d2e0d; the median of 5 runs each.",
        "",
        "| build | median | detail |",
        "| --- | --- | --- |",
        "| site, cold | 0.92 s | 81 MiB |",
        "| 900 roles ÷ 300 roles | 2.66× | range 2.27–2.83; site ×2.74 \\| a pipe |",
    ]


def test_the_newest_run_goes_first_and_the_earlier_ones_stay() -> None:
    module = benchmark()
    results = f"# Results\n\n{module.NEWEST_BELOW}\n\n## 2026-12-01\n\nold\n"
    first = module.recorded(results, "## 2026-12-07\n\nnew\n")
    assert first == (
        f"# Results\n\n{module.NEWEST_BELOW}\n\n## 2026-12-07\n\nnew\n\n"
        "## 2026-12-01\n\nold\n"
    )


def test_the_projects_results_file_has_the_place_for_new_runs() -> None:
    module = benchmark()
    assert module.RESULTS == PROJECT_ROOT / "benchmarks" / "results.md"
    text = module.RESULTS.read_text(encoding="utf-8")
    assert text.count(module.NEWEST_BELOW) == 1
    assert "| 900 roles ÷ 300 roles |" in text
