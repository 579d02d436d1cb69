"""Checks on an uploaded CV by its content, not by its name or the browser's word."""

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _

from platforma.core.uploads import validate_size

PDF_SIGNATURE = b"%PDF-"


def validate_pdf(upload: UploadedFile) -> None:
    """A PDF within the upload limit (settings.MAX_UPLOAD_BYTES); raises ValidationError in Polish otherwise."""
    validate_size(upload)
    if not upload.size:
        raise ValidationError(_("Przesłany plik jest pusty."))
    try:
        upload.seek(0)
        head = upload.read(len(PDF_SIGNATURE))
    finally:
        upload.seek(0)
    if head != PDF_SIGNATURE:
        raise ValidationError(_("CV musi być plikiem PDF. Zapisz dokument jako PDF i wyślij go ponownie."))
