"""Checks on uploaded files by their content, not by their name or the browser's word."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from PIL import Image, UnidentifiedImageError

IMAGE_FORMATS = {"PNG", "JPEG", "WEBP", "GIF"}
MAX_IMAGE_PIXELS = 4000 * 4000


def validate_size(upload: UploadedFile, *, max_bytes: int | None = None) -> None:
    limit = max_bytes or settings.MAX_UPLOAD_BYTES
    if upload.size is not None and upload.size > limit:
        raise ValidationError(
            _("Plik jest za duży (%(size)s). Największy dopuszczalny rozmiar to %(limit)s.")
            % {"size": filesizeformat(upload.size), "limit": filesizeformat(limit)}
        )


def validate_image(upload: UploadedFile) -> None:
    validate_size(upload)
    too_large = ValidationError(_("Obraz ma za dużą rozdzielczość (najwyżej 4000 × 4000 pikseli)."))
    try:
        upload.seek(0)
        with Image.open(upload) as image:
            image_format = image.format
            width, height = image.size
            image.verify()
    except Image.DecompressionBombError as error:
        # Pillow refuses a header that claims billions of pixels; that is our "too large", not a crash.
        raise too_large from error
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise ValidationError(_("Ten plik nie jest obrazem PNG, JPEG, WebP ani GIF.")) from error
    finally:
        upload.seek(0)
    if image_format not in IMAGE_FORMATS:
        raise ValidationError(_("Dozwolone formaty obrazów: PNG, JPEG, WebP, GIF."))
    if width * height > MAX_IMAGE_PIXELS:
        raise too_large
