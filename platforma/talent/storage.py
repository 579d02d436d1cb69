"""Where CVs live: a private folder that no URL maps to, read back only by a view that checks permission.

MEDIA_ROOT is served at MEDIA_URL (by Django while DEBUG is on, by the web server in production), so a CV
must never be stored there. The folder is settings.PRIVATE_MEDIA_ROOT when set, else a sibling of
MEDIA_ROOT with "-private" appended (var/media → var/media-private), as open calls' documents do.
It is looked up on every access, so tests can point it at a temporary folder.
"""

import secrets
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.db.models.fields.files import FieldFile
from django.utils import timezone


def private_root() -> Path:
    configured = getattr(settings, "PRIVATE_MEDIA_ROOT", None)
    if configured:
        return Path(configured)
    media = Path(settings.MEDIA_ROOT)
    return media.with_name(f"{media.name}-private")


class PrivateStorage(FileSystemStorage):
    """A file system storage without a public URL; its folder follows the settings at each access."""

    def __init__(self) -> None:
        super().__init__(location=None, base_url=None)

    @property  # type: ignore[override]
    def base_location(self) -> str:
        return str(private_root())

    @property  # type: ignore[override]
    def location(self) -> str:
        return str(private_root().resolve())

    def url(self, name: str | None) -> str:
        raise ValueError("Private files have no URL; serve them through a view that checks permission.")

    def deconstruct(self) -> tuple[str, tuple[Any, ...], dict[str, Any]]:
        return ("platforma.talent.storage.PrivateStorage", (), {})


_storage = PrivateStorage()


def private_storage() -> PrivateStorage:
    """The storage of CVs; a callable, so that migrations refer to it rather than to a path on one machine."""
    return _storage


class PrivateFieldFile(FieldFile):
    @property
    def url(self) -> str:
        # Deliberately no address: generic code that asks for one (templates, the GDPR export) gets an
        # empty string instead of a link or an exception. The storage's url() refuses all the same.
        return ""


class PrivateFileField(models.FileField):
    """A file field whose files have no URL; they are read only by a view that checks permission."""

    attr_class = PrivateFieldFile


def cv_upload_to(instance: Any, filename: str) -> str:
    """A random name: neither the applicant's name nor a sequential id can be guessed from it."""
    month = timezone.now().strftime("%Y/%m")
    return f"cv/{month}/{secrets.token_urlsafe(24)}.pdf"
