"""sphinx-build, for a process that ends with the build: ``python -m sphinx_cv.build``.

It takes sphinx-build's arguments and gives its exit status; the Makefiles build
through it. The difference is at the end. A build leaves about 100,000 objects,
and Python's last garbage collections, as the process exits, go through them all
again: 0.15 s of a 0.8 s PDF build (``make benchmark``). Here they are frozen once
the build is over (``gc.freeze``), so those collections pass them by, and the
operating system takes the memory back. atexit handlers, the flushing of files and
the modules' teardown all still run. (mypy ends sooner for the same reason, more
abruptly: its ``util.hard_exit`` is ``os._exit``.)

Only for a process that ends with the build: anywhere else (a test, a server that
builds again) frozen objects would never be collected.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from sphinx.cmd.build import main as sphinx_build

from sphinx_cv.compat import freeze_the_collector

if TYPE_CHECKING:
    from collections.abc import Sequence


def main(arguments: Sequence[str] | None = None) -> int:
    status = sphinx_build(list(sys.argv[1:] if arguments is None else arguments))
    freeze_the_collector()
    return status


if __name__ == "__main__":
    sys.exit(main())
