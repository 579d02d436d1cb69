"""Attachments are recognised by their content: the name must agree with it, and active content is refused."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from platforma.knowledge import files
from platforma.knowledge.files import MAX_ATTACHMENT_BYTES, stored_content_type, validate_attachment

PDF = b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"


def zip_bytes(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        for name, data in entries.items():
            package.writestr(name, data)
    return buffer.getvalue()


XLSX = zip_bytes({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"})
ODS = zip_bytes({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b"<office/>"})
CSV = "gmina;Zn mg/kg;Pb mg/kg\nBytom;1250;430\nPiekary Śląskie;980;310\n".encode()


def upload(name: str, data: bytes) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data)


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [("raport.pdf", PDF, "pdf"), ("dane.XLSX", XLSX, "xlsx"), ("dane.ods", ODS, "ods"), ("pomiary.csv", CSV, "csv")],
)
def test_documents_and_spreadsheets_are_recognised_by_content(name, data, expected):
    assert validate_attachment(upload(name, data)) == expected


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("raport.docx", PDF, "Dozwolone są tylko pliki PDF"),
        ("bez-rozszerzenia", PDF, "Dozwolone są tylko pliki PDF"),
        ("raport.pdf", b"<html><script>alert(1)</script></html>", "nie jest dokumentem PDF"),
        ("raport.pdf", PDF.replace(b"%%EOF", b""), "niekompletny"),
        ("raport.pdf", PDF.replace(b"/Catalog", b"/Catalog /OpenAction << /S /JavaScript >>"), "skrypty"),
        ("dane.xlsx", PDF, "nie jest poprawnym arkuszem"),
        (
            "dane.xlsx",
            zip_bytes({"word/document.xml": b"<w/>", "[Content_Types].xml": b""}),
            "nie jest arkuszem Excela",
        ),
        (
            "dane.xlsx",
            zip_bytes({"[Content_Types].xml": b"", "xl/workbook.xml": b"", "xl/vbaProject.bin": b"x"}),
            "makra",
        ),
        ("dane.ods", XLSX, "nie jest arkuszem OpenDocument"),
        ("dane.ods", zip_bytes({"mimetype": b"application/vnd.oasis.opendocument.text"}), "OpenDocument"),
        ("dane.ods", b"PK\x03\x04 to nie jest zip", "nie jest poprawnym arkuszem"),
        ("pomiary.csv", b"\x00\x01\x02binary", "UTF-8"),
        ("pomiary.csv", "gmina;Zn\nBytom;12\n".encode("cp1250") + "Świętochłowice".encode("cp1250"), "UTF-8"),
        ("pomiary.csv", b"   \n  ", "pusty"),
        ("pusty.pdf", b"", "pusty"),
    ],
)
def test_files_whose_content_does_not_match_are_refused_in_polish(name, data, message):
    with pytest.raises(ValidationError) as error:
        validate_attachment(upload(name, data))
    assert message in " ".join(error.value.messages)


def test_a_file_over_the_limit_is_refused_before_reading_it():
    big = upload("raport.pdf", PDF)
    big.size = MAX_ATTACHMENT_BYTES + 1

    with pytest.raises(ValidationError) as error:
        validate_attachment(big)
    assert "za duży" in error.value.messages[0]


def test_a_zip_bomb_posing_as_a_spreadsheet_is_refused(monkeypatch):
    # The real limit is hundreds of megabytes; a small one keeps the test fast and the check the same.
    monkeypatch.setattr(files, "MAX_UNPACKED_BYTES", 10_000)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as package:
        package.writestr("[Content_Types].xml", b"")
        package.writestr("xl/workbook.xml", b"\0" * 20_000)

    with pytest.raises(ValidationError) as error:
        validate_attachment(upload("dane.xlsx", buffer.getvalue()))
    assert "zbyt duży" in error.value.messages[0]


@pytest.mark.parametrize(
    ("name", "content_type"),
    [
        ("wiedza/obrazy/abc.png", "image/png"),
        ("wiedza/obrazy/abc.jpg", "image/jpeg"),
        ("wiedza/zalaczniki/abc.pdf", "application/pdf"),
        ("wiedza/zalaczniki/abc.csv", "text/csv; charset=utf-8"),
        ("wiedza/zalaczniki/abc.html", "application/octet-stream"),
    ],
)
def test_stored_files_are_served_with_the_type_of_their_checked_extension(name, content_type):
    assert stored_content_type(name) == content_type
