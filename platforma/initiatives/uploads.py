"""Checks on documents uploaded to an initiative, by their content (core.documents), never by the browser's word.

Accepted: PDF, OpenDocument text and spreadsheet, Word (DOCX), Excel (XLSX) and CSV in UTF-8.
"""

from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _

from platforma.core.documents import sniff_document
from platforma.core.uploads import validate_size

# Reports and plans with photos are larger than the site's default limit for pictures.
DOCUMENT_MAX_BYTES = 10 * 1024 * 1024
CSV_SAMPLE_BYTES = 64 * 1024


@dataclass(frozen=True)
class DocumentType:
    content_type: str
    extension: str


def _not_allowed() -> ValidationError:
    return ValidationError(
        _("Ten plik nie jest dokumentem PDF, ODT, ODS, DOCX, XLSX ani CSV (sprawdzamy zawartość, nie nazwę)."),
        code="document_type",
    )


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
    found = sniff_document(upload)
    if found is not None:
        return DocumentType(found.content_type, found.extension)
    try:
        upload.seek(0)
        return _csv_type(upload, upload.name or "")
    finally:
        upload.seek(0)
