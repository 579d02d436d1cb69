"""Documents of an initiative. A new version is a new file; the older versions stay downloadable."""

from pathlib import PurePath
from typing import Any

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import Max

from platforma.initiatives.models import Document, DocumentVersion, Initiative, TimelineKind
from platforma.initiatives.services._common import actor_or_none, clean_text, ensure_open, record
from platforma.initiatives.uploads import validate_document


def _store_version(*, document: Document, by: Any, upload: UploadedFile[Any], comment: str) -> DocumentVersion:
    detected = validate_document(upload)
    latest = document.versions.aggregate(latest=Max("number"))["latest"] or 0
    original = PurePath(upload.name or f"dokument.{detected.extension}").name[:255]
    version = DocumentVersion(
        document=document,
        number=latest + 1,
        file=upload,
        original_name=original,
        content_type=detected.content_type,
        size=upload.size or 0,
        comment=clean_text(comment),
        uploaded_by=actor_or_none(by),
    )
    version.full_clean(exclude=["file"])
    version.save()
    return version


@transaction.atomic
def document_upload(
    *, initiative: Initiative, by: Any, title: str, upload: UploadedFile[Any], comment: str = ""
) -> Document:
    """Adds a document with its first version. Raises ValidationError for a file of the wrong kind or size."""
    ensure_open(initiative)
    validate_document(upload)
    document = Document(initiative=initiative, title=clean_text(title), created_by=actor_or_none(by))
    document.full_clean()
    document.save()
    _store_version(document=document, by=by, upload=upload, comment=comment)
    record(initiative, TimelineKind.DOCUMENT_ADDED, actor=by, title=document.title)
    return document


@transaction.atomic
def document_add_version(
    *, document: Document, by: Any, upload: UploadedFile[Any], comment: str = ""
) -> DocumentVersion:
    """Adds the next version of a document; the numbers are counted under a lock on the document."""
    ensure_open(document.initiative)
    Document.objects.select_for_update().get(pk=document.pk)
    version = _store_version(document=document, by=by, upload=upload, comment=comment)
    document.save(update_fields=["updated_at"])
    record(document.initiative, TimelineKind.DOCUMENT_VERSION, actor=by, title=document.title, number=version.number)
    return version
