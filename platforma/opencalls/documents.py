"""Attachments are checked by what their bytes say, not by their name or the browser's word.

PDF begins with `%PDF-`. ODT, DOCX and XLSX are ZIP archives: ODT names its type in a `mimetype` entry,
DOCX holds `word/document.xml`, XLSX holds `xl/workbook.xml`. Only the archive's directory and that one
tiny entry are read, so a ZIP bomb is never unpacked.
"""

import zipfile

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _

from platforma.core.uploads import validate_size
from platforma.opencalls.models import AttachmentKind

ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"


def _zip_kind(upload: UploadedFile) -> str | None:
    try:
        with zipfile.ZipFile(upload) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                info = archive.getinfo("mimetype")
                if info.file_size <= 100 and archive.read("mimetype").strip() == ODT_MIMETYPE:
                    return AttachmentKind.ODT
            if "word/document.xml" in names and "[Content_Types].xml" in names:
                return AttachmentKind.DOCX
            if "xl/workbook.xml" in names and "[Content_Types].xml" in names:
                return AttachmentKind.XLSX
    except (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, OSError, RuntimeError, NotImplementedError):
        return None
    return None


def document_kind(upload: UploadedFile) -> str:
    """The kind of an allowed document (see AttachmentKind); ValidationError in Polish otherwise."""
    validate_size(upload)
    try:
        upload.seek(0)
        head = upload.read(8)
        kind: str | None = None
        if head.startswith(b"%PDF-"):
            kind = AttachmentKind.PDF
        elif head.startswith(b"PK\x03\x04"):
            upload.seek(0)
            kind = _zip_kind(upload)
    finally:
        upload.seek(0)
    if kind is None:
        raise ValidationError(_("Plik „%(name)s” nie jest dokumentem PDF, ODT, DOCX ani XLSX.") % {"name": upload.name})
    return kind


def validate_document(upload: UploadedFile) -> None:
    document_kind(upload)
