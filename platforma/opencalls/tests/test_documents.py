import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from platforma.opencalls.documents import document_kind
from platforma.opencalls.tests.helpers import _zip, docx, fake_pdf, odt, pdf, xlsx


@pytest.mark.parametrize(("upload", "kind"), [(pdf, "pdf"), (odt, "odt"), (docx, "docx"), (xlsx, "xlsx")])
def test_documents_are_recognised_by_their_bytes(upload, kind):
    assert document_kind(upload()) == kind


@pytest.mark.parametrize(
    "upload",
    [
        fake_pdf,
        lambda: SimpleUploadedFile("zdjecie.docx", b"\x89PNG\r\n\x1a\n..."),
        lambda: SimpleUploadedFile("archiwum.xlsx", _zip({"readme.txt": b"nie arkusz"})),
        lambda: SimpleUploadedFile("uszkodzony.odt", b"PK\x03\x04 to nie jest archiwum"),
        lambda: SimpleUploadedFile("pusty.pdf", b""),
    ],
    ids=["exe-as-pdf", "png-as-docx", "zip-as-xlsx", "broken-zip", "empty"],
)
def test_anything_else_is_refused_in_polish(upload):
    with pytest.raises(ValidationError, match="nie jest dokumentem PDF, ODT, DOCX ani XLSX"):
        document_kind(upload())


def test_a_file_over_the_limit_is_refused(settings):
    settings.MAX_UPLOAD_BYTES = 100
    with pytest.raises(ValidationError, match="za duży"):
        document_kind(pdf(content=b"%PDF-" + b"0" * 200))
