"""Attachments of open-call proposals: PDF, ODT, DOCX or XLSX, recognised by content (core.documents)."""

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _

from platforma.core.documents import sniff_document
from platforma.core.uploads import validate_size
from platforma.opencalls.models import AttachmentKind

ALLOWED = set(AttachmentKind.values)


def document_kind(upload: UploadedFile) -> str:
    """The kind of an allowed document (see AttachmentKind); ValidationError in Polish otherwise."""
    validate_size(upload)
    found = sniff_document(upload)
    if found is None or found.extension not in ALLOWED:
        raise ValidationError(_("Plik „%(name)s” nie jest dokumentem PDF, ODT, DOCX ani XLSX.") % {"name": upload.name})
    return found.extension


def validate_document(upload: UploadedFile) -> None:
    document_kind(upload)
