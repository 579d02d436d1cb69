"""Small files that are, or only pretend to be, the documents applicants attach."""

import io
import zipfile

from django.core.files.uploadedfile import SimpleUploadedFile

PDF_BYTES = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def pdf(name: str = "koncepcja.pdf", content: bytes = PDF_BYTES) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def odt(name: str = "opis.odt") -> SimpleUploadedFile:
    data = _zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<office/>"})
    return SimpleUploadedFile(name, data, content_type="application/vnd.oasis.opendocument.text")


def docx(name: str = "opis.docx") -> SimpleUploadedFile:
    data = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"})
    return SimpleUploadedFile(name, data, content_type="application/octet-stream")


def xlsx(name: str = "kosztorys.xlsx") -> SimpleUploadedFile:
    data = _zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"})
    return SimpleUploadedFile(name, data, content_type="application/octet-stream")


def fake_pdf(name: str = "wirus.pdf") -> SimpleUploadedFile:
    """A name and a content type that say PDF, and bytes that say otherwise."""
    return SimpleUploadedFile(name, b"MZ\x90\x00 this is an executable", content_type="application/pdf")
