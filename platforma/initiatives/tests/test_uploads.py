"""Documents are checked by their content: magic bytes and the inside of ZIP containers, and by size."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from platforma.initiatives.uploads import DOCUMENT_MAX_BYTES, validate_document


def zipped(name: str, entries: dict[str, bytes]) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for entry, content in entries.items():
            archive.writestr(entry, content)
    return SimpleUploadedFile(name, buffer.getvalue())


def pdf(name: str = "raport.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, b"%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n", content_type="application/pdf")


@pytest.mark.parametrize(
    ("upload", "content_type"),
    [
        (pdf(), "application/pdf"),
        (
            zipped("plan.odt", {"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"}),
            "application/vnd.oasis.opendocument.text",
        ),
        (
            zipped("budzet.ods", {"mimetype": b"application/vnd.oasis.opendocument.spreadsheet"}),
            "application/vnd.oasis.opendocument.spreadsheet",
        ),
        (
            zipped("umowa.docx", {"[Content_Types].xml": b"<x/>", "word/document.xml": b"<w/>"}),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        (
            zipped("pomiary.xlsx", {"[Content_Types].xml": b"<x/>", "xl/workbook.xml": b"<w/>"}),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
        (SimpleUploadedFile("pomiary.csv", "punkt;ołów\nP1;412\n".encode()), "text/csv"),
    ],
    ids=["pdf", "odt", "ods", "docx", "xlsx", "csv"],
)
def test_accepted_documents_are_recognised_by_content(upload, content_type):
    assert validate_document(upload).content_type == content_type
    assert upload.tell() == 0


@pytest.mark.parametrize(
    "upload",
    [
        SimpleUploadedFile("raport.pdf", b"MZ\x90\x00 an executable renamed to pdf"),
        SimpleUploadedFile("zdjecie.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        SimpleUploadedFile("notatki.txt", b"zwykly tekst"),
        zipped("archiwum.docx", {"cokolwiek.txt": b"nie dokument"}),
        SimpleUploadedFile("zepsuty.docx", b"PK\x03\x04 not really a zip"),
        SimpleUploadedFile("pusty.pdf", b""),
    ],
    ids=["exe-as-pdf", "png-as-csv", "txt", "zip-without-document", "broken-zip", "empty"],
)
def test_anything_else_is_refused_in_polish(upload):
    with pytest.raises(ValidationError) as error:
        validate_document(upload)
    assert any(word in " ".join(error.value.messages) for word in ("dokumentem", "pusty"))


def test_a_csv_in_another_encoding_is_refused_with_the_reason():
    upload = SimpleUploadedFile("pomiary.csv", "punkt;ołów\n".encode("cp1250"))

    with pytest.raises(ValidationError, match="UTF-8"):
        validate_document(upload)


def test_a_too_large_document_is_refused_before_reading_it():
    upload = pdf()
    upload.size = DOCUMENT_MAX_BYTES + 1

    with pytest.raises(ValidationError, match="za duży"):
        validate_document(upload)
