"""A Word document's file, the same bytes for the same document and date.

python-docx stamps each part of the zip with the time of saving; the parts are
written again here with one fixed time, so that a build with the same
``SOURCE_DATE_EPOCH`` writes the same file.
"""

from __future__ import annotations

import io
import zipfile
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import datetime
    from pathlib import Path

    from docx.document import Document

# The earliest and the latest times a zip file can hold: its dates are 7 bits of
# years since 1980.
ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)
ZIP_END = (2107, 12, 31, 23, 59, 58)


def zip_time(moment: datetime.datetime) -> tuple[int, int, int, int, int, int]:
    """The moment as a zip's parts are dated: the nearest a zip can hold."""
    if moment.year < ZIP_EPOCH[0]:
        return ZIP_EPOCH
    if moment.year > ZIP_END[0]:
        return ZIP_END
    return (
        moment.year,
        moment.month,
        moment.day,
        moment.hour,
        moment.minute,
        moment.second,
    )


def save_reproducibly(
    document: Document, path: Path, moment: datetime.datetime
) -> None:
    """The document into ``path``, each part dated ``moment``, in the same order."""
    saved = io.BytesIO()
    document.save(saved)
    written = io.BytesIO()
    with (
        zipfile.ZipFile(saved) as source,
        zipfile.ZipFile(written, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for part in source.infolist():
            info = zipfile.ZipInfo(part.filename, date_time=zip_time(moment))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(part))
    path.write_bytes(written.getvalue())
