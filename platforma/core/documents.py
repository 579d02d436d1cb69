"""What kind of office document an upload is, by its bytes — never by its name or the browser's word.

PDF begins with `%PDF-`. ODT, ODS, DOCX and XLSX are ZIP archives: OpenDocument names its type in a small
`mimetype` entry, DOCX holds `word/document.xml`, XLSX holds `xl/workbook.xml`. Only the archive's
directory and that one tiny entry are read, so a ZIP bomb is never unpacked.
"""

import zipfile
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class DocumentKind:
    extension: str
    content_type: str


PDF = DocumentKind("pdf", "application/pdf")
ODT = DocumentKind("odt", "application/vnd.oasis.opendocument.text")
ODS = DocumentKind("ods", "application/vnd.oasis.opendocument.spreadsheet")
DOCX = DocumentKind("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
XLSX = DocumentKind("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")

OPENDOCUMENT = {ODT.content_type.encode(): ODT, ODS.content_type.encode(): ODS}
OFFICE_MARKERS = {"word/document.xml": DOCX, "xl/workbook.xml": XLSX}
# The OpenDocument mimetype entry is a few dozen bytes; anything bigger is not one.
MIMETYPE_ENTRY_MAX_BYTES = 100


def _zip_kind(upload: Any) -> DocumentKind | None:
    try:
        with zipfile.ZipFile(upload) as archive:
            names = set(archive.namelist())
            if "mimetype" in names and archive.getinfo("mimetype").file_size <= MIMETYPE_ENTRY_MAX_BYTES:
                found = OPENDOCUMENT.get(archive.read("mimetype").strip())
                if found:
                    return found
            if "[Content_Types].xml" in names:
                for marker, kind in OFFICE_MARKERS.items():
                    if marker in names:
                        return kind
    except (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, OSError, RuntimeError, ValueError, NotImplementedError):
        return None
    return None


def sniff_document(upload: Any) -> DocumentKind | None:
    """PDF, ODT, ODS, DOCX or XLSX by content; None for anything else. Leaves the file at position 0."""
    try:
        upload.seek(0)
        head = upload.read(8)
        if head.startswith(b"%PDF-"):
            return PDF
        if head.startswith(b"PK\x03\x04"):
            upload.seek(0)
            return _zip_kind(upload)
        return None
    finally:
        upload.seek(0)
