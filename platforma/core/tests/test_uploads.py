import io
import struct
import zipfile
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from platforma.core.documents import sniff_document
from platforma.core.uploads import validate_image, validate_size


def image_upload(name="logo.png", *, size=(64, 48), image_format="PNG", mode="RGB"):
    buffer = io.BytesIO()
    Image.new(mode, size, color=0).save(buffer, format=image_format)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=f"image/{image_format.lower()}")


def png_header_only(width, height):
    """A PNG whose header claims a huge picture: what a decompression bomb looks like before it explodes."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00" * 16)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


@pytest.mark.parametrize("image_format", ["PNG", "JPEG", "WEBP", "GIF"])
def test_a_real_image_is_accepted(image_format):
    upload = image_upload(f"logo.{image_format.lower()}", image_format=image_format)

    validate_image(upload)

    assert upload.tell() == 0, "the file is rewound for whoever saves it next"


def test_text_named_png_is_rejected_in_polish():
    upload = SimpleUploadedFile("logo.png", b"<?php echo 'to nie obraz'; ?>", content_type="image/png")

    with pytest.raises(ValidationError, match="nie jest obrazem"):
        validate_image(upload)


def test_an_image_format_outside_the_list_is_rejected():
    upload = image_upload("logo.bmp", image_format="BMP")

    with pytest.raises(ValidationError, match="Dozwolone formaty"):
        validate_image(upload)


def test_an_oversize_file_is_rejected_with_both_sizes(settings):
    settings.MAX_UPLOAD_BYTES = 1024
    upload = SimpleUploadedFile("raport.pdf", b"x" * 4096)

    with pytest.raises(ValidationError, match="za duży") as error:
        validate_size(upload)

    assert "1,0" in str(error.value) or "1.0" in str(error.value)


def test_an_oversize_image_is_rejected_before_it_is_opened(settings):
    settings.MAX_UPLOAD_BYTES = 100
    upload = image_upload(size=(400, 400))

    with pytest.raises(ValidationError, match="za duży"):
        validate_image(upload)


def test_a_size_limit_can_be_given_per_call():
    with pytest.raises(ValidationError):
        validate_size(SimpleUploadedFile("a.txt", b"x" * 11), max_bytes=10)
    validate_size(SimpleUploadedFile("a.txt", b"x" * 10), max_bytes=10)


def test_an_image_of_too_many_pixels_is_rejected():
    upload = image_upload(size=(4001, 4000), mode="1")

    with pytest.raises(ValidationError, match="rozdzielczość"):
        validate_image(upload)


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
@pytest.mark.parametrize(("width", "height"), [(10_000, 10_000), (100_000, 100_000)])
def test_a_decompression_bomb_is_rejected_as_too_large_not_a_crash(width, height):
    upload = SimpleUploadedFile("bomba.png", png_header_only(width, height), content_type="image/png")

    with pytest.raises(ValidationError, match="rozdzielczość"):
        validate_image(upload)


def _zip(entries: dict[str, bytes]) -> io.BytesIO:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    buffer.seek(0)
    return buffer


@pytest.mark.parametrize(
    ("entries", "extension"),
    [
        ({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"}, "odt"),
        ({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b"<x/>"}, "ods"),
        ({"[Content_Types].xml": b"<x/>", "word/document.xml": b"<x/>"}, "docx"),
        ({"[Content_Types].xml": b"<x/>", "xl/workbook.xml": b"<x/>"}, "xlsx"),
    ],
)
def test_office_documents_are_recognised_by_what_is_inside_the_archive(entries, extension):
    upload = _zip(entries)
    assert sniff_document(upload).extension == extension
    assert upload.tell() == 0


def test_pdf_is_recognised_and_anything_else_is_not():
    assert sniff_document(io.BytesIO(b"%PDF-1.7\n...")).extension == "pdf"
    assert sniff_document(io.BytesIO(b"MZ\x90\x00 an executable")) is None
    assert sniff_document(_zip({"readme.txt": b"just a zip"})) is None
    assert sniff_document(io.BytesIO(b"PK\x03\x04 broken archive")) is None
    # An oversized "mimetype" entry is not read: a bomb hiding behind the OpenDocument marker stays packed.
    assert sniff_document(_zip({"mimetype": b"application/vnd.oasis.opendocument.text" + b" " * 200})) is None
