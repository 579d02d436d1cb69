"""Attachments of articles (PDF and spreadsheets), recognised by their content, not by name or browser.

A PDF starts with `%PDF-`; XLSX and ODS are ZIP packages with a known inside (an XLSX has
`xl/workbook.xml`, an ODS a `mimetype` entry naming the spreadsheet type); a CSV is UTF-8 text without
NUL bytes that the csv module reads as rows. The extension must agree with the content, so that a
renamed file is refused rather than served under the wrong type.
"""

import csv
import io
import zipfile
from pathlib import PurePath

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _
from PIL import Image

from platforma.core.uploads import validate_size
from platforma.knowledge.models import AttachmentFormat

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
# A ZIP that unpacks to hundreds of megabytes is a bomb, not a spreadsheet.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
CSV_SAMPLE_BYTES = 64 * 1024

EXTENSIONS = {
    ".pdf": AttachmentFormat.PDF,
    ".xlsx": AttachmentFormat.XLSX,
    ".ods": AttachmentFormat.ODS,
    ".csv": AttachmentFormat.CSV,
}
CONTENT_TYPES = {
    AttachmentFormat.PDF: "application/pdf",
    AttachmentFormat.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    AttachmentFormat.ODS: "application/vnd.oasis.opendocument.spreadsheet",
    AttachmentFormat.CSV: "text/csv; charset=utf-8",
}
ODS_MIMETYPE = b"application/vnd.oasis.opendocument.spreadsheet"
# Active content a reader's PDF viewer would run; a knowledge base has no need for it.
PDF_ACTIVE_MARKERS = (b"/JavaScript", b"/Launch", b"/EmbeddedFile")


def _not_allowed() -> ValidationError:
    return ValidationError(_("Dozwolone są tylko pliki PDF oraz arkusze XLSX, ODS i CSV."))


def _read(upload: UploadedFile, limit: int | None = None) -> bytes:
    upload.seek(0)
    data = upload.read() if limit is None else upload.read(limit)
    upload.seek(0)
    return data


def _check_pdf(data: bytes) -> None:
    if not data.startswith(b"%PDF-"):
        raise ValidationError(_("Plik ma rozszerzenie .pdf, ale nie jest dokumentem PDF."))
    if b"%%EOF" not in data[-2048:]:
        raise ValidationError(_("Plik PDF jest niekompletny albo uszkodzony."))
    if any(marker in data for marker in PDF_ACTIVE_MARKERS):
        raise ValidationError(
            _(
                "Plik PDF zawiera skrypty, akcje uruchamiające programy albo osadzone pliki. "
                "Zapisz go ponownie bez nich."
            )
        )


def _open_zip(data: bytes, *, label: str) -> zipfile.ZipFile:
    damaged = ValidationError(_("Plik ma rozszerzenie %(ext)s, ale nie jest poprawnym arkuszem.") % {"ext": label})
    if not data.startswith(b"PK\x03\x04"):
        raise damaged
    try:
        package = zipfile.ZipFile(io.BytesIO(data))
        entries = package.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise damaged from error
    if sum(entry.file_size for entry in entries) > MAX_UNPACKED_BYTES:
        raise ValidationError(_("Arkusz po rozpakowaniu jest zbyt duży."))
    return package


def _check_xlsx(data: bytes) -> None:
    package = _open_zip(data, label=".xlsx")
    names = set(package.namelist())
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        raise ValidationError(_("Plik ma rozszerzenie .xlsx, ale nie jest arkuszem Excela."))
    if any(name.lower().endswith("vbaproject.bin") for name in names):
        raise ValidationError(_("Arkusz zawiera makra. Zapisz go jako zwykły plik .xlsx bez makr."))


def _check_ods(data: bytes) -> None:
    package = _open_zip(data, label=".ods")
    try:
        mimetype = package.read("mimetype").strip()
    except (KeyError, zipfile.BadZipFile, OSError, RuntimeError) as error:
        raise ValidationError(_("Plik ma rozszerzenie .ods, ale nie jest arkuszem OpenDocument.")) from error
    if mimetype != ODS_MIMETYPE:
        raise ValidationError(_("Plik ma rozszerzenie .ods, ale nie jest arkuszem OpenDocument."))
    if "content.xml" not in package.namelist():
        raise ValidationError(_("Arkusz OpenDocument jest niekompletny (brak treści)."))


def _check_csv(data: bytes) -> None:
    not_text = ValidationError(_("Plik CSV musi być tekstem zapisanym w UTF-8 (np. „CSV UTF-8” w arkuszu)."))
    if b"\x00" in data:
        raise not_text
    sample = data[:CSV_SAMPLE_BYTES]
    try:
        # A sample may end in the middle of a multi-byte letter; only a complete file must decode fully.
        text = sample.decode("utf-8-sig") if len(data) <= CSV_SAMPLE_BYTES else sample.decode("utf-8", "ignore")
    except UnicodeDecodeError as error:
        raise not_text from error
    if len(data) > CSV_SAMPLE_BYTES:
        try:
            data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise not_text from error
    if not text.strip():
        raise ValidationError(_("Plik CSV jest pusty."))
    try:
        rows = list(csv.reader(io.StringIO(text), csv.Sniffer().sniff(text[:4096], delimiters=",;\t")))
    except csv.Error:
        rows = list(csv.reader(io.StringIO(text)))
    if not rows or not any(rows):
        raise ValidationError(_("W pliku CSV nie ma żadnych wierszy."))


CHECKS = {
    AttachmentFormat.PDF: _check_pdf,
    AttachmentFormat.XLSX: _check_xlsx,
    AttachmentFormat.ODS: _check_ods,
    AttachmentFormat.CSV: _check_csv,
}


def validate_attachment(upload: UploadedFile) -> str:
    """Checks size and content; returns the recognised AttachmentFormat or raises ValidationError (Polish)."""
    validate_size(upload, max_bytes=MAX_ATTACHMENT_BYTES)
    extension = PurePath(upload.name or "").suffix.lower()
    file_format = EXTENSIONS.get(extension)
    if file_format is None:
        raise _not_allowed()
    data = _read(upload)
    if not data:
        raise ValidationError(_("Plik jest pusty."))
    CHECKS[file_format](data)
    return file_format


IMAGE_EXTENSIONS = {"PNG": "png", "JPEG": "jpg", "WEBP": "webp", "GIF": "gif"}
IMAGE_CONTENT_TYPES = {"png": "image/png", "jpg": "image/jpeg", "webp": "image/webp", "gif": "image/gif"}


def image_extension(upload: UploadedFile) -> str:
    """The extension of an image already checked by core.uploads.validate_image, from its content."""
    upload.seek(0)
    try:
        with Image.open(upload) as image:
            return IMAGE_EXTENSIONS[image.format or ""]
    finally:
        upload.seek(0)


def stored_content_type(name: str) -> str:
    """The content type to serve a stored image or attachment with; the stored extension was set by us."""
    extension = PurePath(name).suffix.lower().lstrip(".")
    if extension in IMAGE_CONTENT_TYPES:
        return IMAGE_CONTENT_TYPES[extension]
    if extension in {f.value for f in AttachmentFormat}:
        return CONTENT_TYPES[AttachmentFormat(extension)]
    return "application/octet-stream"
