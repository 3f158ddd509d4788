"""A build that tests of several modules read is made once for all workers."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pytest

TESTS = Path(__file__).resolve().parents[1]

MODULE = """
import time
from pathlib import Path

import pytest
from support.builds import made_once


@pytest.fixture(scope="session")
def folder(tmp_path_factory):
    def make(into):
        with Path(r"{log}").open("a") as log:
            log.write("made\\n")
        time.sleep(1)  # long enough for the other worker to ask meanwhile
        (into / "made.txt").write_text("made")

    return made_once(tmp_path_factory, "shared", make)


def test_{name}_reads_it_whole(folder):
    assert (folder / "made.txt").read_text() == "made"
"""


def test_each_worker_reads_the_one_folder_the_first_made(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
    monkeypatch.setenv("PYTHONPATH", str(TESTS))
    log = pytester.path / "made.log"
    for name in ("one", "two"):
        pytester.makepyfile(**{f"test_{name}": MODULE.format(log=log, name=name)})
    result = pytester.runpytest_subprocess("-p", "xdist", "-n", "2", "--dist", "load")
    result.assert_outcomes(passed=2)
    assert log.read_text() == "made\n"
