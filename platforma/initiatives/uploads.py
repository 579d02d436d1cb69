"""Checks on documents uploaded to an initiative, by their content (magic bytes), never by the browser's word.

Accepted: PDF, OpenDocument text and spreadsheet, Word (DOCX), Excel (XLSX) and CSV in UTF-8.
"""

import zipfile
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _

from platforma.core.uploads import validate_size

# Reports and plans with photos are larger than the site's default limit for pictures.
DOCUMENT_MAX_BYTES = 10 * 1024 * 1024
CSV_SAMPLE_BYTES = 64 * 1024

ZIP_MAGIC = b"PK\x03\x04"
PDF_MAGIC = b"%PDF-"

OPENDOCUMENT_TYPES = {
    b"application/vnd.oasis.opendocument.text": ("application/vnd.oasis.opendocument.text", "odt"),
    b"application/vnd.oasis.opendocument.spreadsheet": ("application/vnd.oasis.opendocument.spreadsheet", "ods"),
}
OFFICE_TYPES = {
    "word/document.xml": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    "xl/workbook.xml": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
}


@dataclass(frozen=True)
class DocumentType:
    content_type: str
    extension: str


def _not_allowed() -> ValidationError:
    return ValidationError(
        _("Ten plik nie jest dokumentem PDF, ODT, ODS, DOCX, XLSX ani CSV (sprawdzamy zawartość, nie nazwę)."),
        code="document_type",
    )


def _zip_type(upload: Any) -> DocumentType:
    try:
        with zipfile.ZipFile(upload) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                info = archive.getinfo("mimetype")
                # The OpenDocument mimetype entry is tiny; anything bigger is not one.
                if info.file_size <= 100:
                    found = OPENDOCUMENT_TYPES.get(archive.read("mimetype").strip())
                    if found:
                        return DocumentType(*found)
            if "[Content_Types].xml" in names:
                for marker, found in OFFICE_TYPES.items():
                    if marker in names:
                        return DocumentType(*found)
    except (zipfile.BadZipFile, KeyError, OSError, RuntimeError, ValueError) as error:
        raise _not_allowed() from error
    raise _not_allowed()


def _csv_type(upload: Any, name: str) -> DocumentType:
    if PurePath(name).suffix.lower() != ".csv":
        raise _not_allowed()
    sample = upload.read(CSV_SAMPLE_BYTES)
    if b"\x00" in sample:
        raise _not_allowed()
    try:
        # The sample may end inside a multi-byte character: decode what is certainly whole.
        sample.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(sample) - 3:
            raise ValidationError(
                _("Plik CSV musi być zapisany w kodowaniu UTF-8."), code="document_encoding"
            ) from error
    return DocumentType("text/csv", "csv")


def validate_document(upload: UploadedFile[Any]) -> DocumentType:
    """The document's real type; ValidationError with a Polish message for anything else or too large."""
    validate_size(upload, max_bytes=DOCUMENT_MAX_BYTES)
    if not upload.size:
        raise ValidationError(_("Plik jest pusty."), code="document_empty")
    try:
        upload.seek(0)
        head = upload.read(8)
        upload.seek(0)
        if head.startswith(PDF_MAGIC):
            return DocumentType("application/pdf", "pdf")
        if head.startswith(ZIP_MAGIC):
            return _zip_type(upload)
        return _csv_type(upload, upload.name or "")
    finally:
        upload.seek(0)
