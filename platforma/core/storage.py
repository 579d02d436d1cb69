"""Where private files live: CVs, open-call attachments, initiative documents, article files.

MEDIA_ROOT is served at MEDIA_URL (by Django while DEBUG is on, by the web server in production), so a file
that only some people may read must never be stored there. Private files go to settings.PRIVATE_MEDIA_ROOT
when set, else to a sibling of MEDIA_ROOT with "-private" appended (var/media → var/media-private), under
random names, and are read back only by views that check permission. The folder is looked up on every
access, so tests can point it at a temporary folder.
"""

import secrets
import shutil
from pathlib import Path, PurePath
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
        return ("platforma.core.storage.PrivateStorage", (), {})


_storage = PrivateStorage()


def private_storage() -> PrivateStorage:
    """The storage of private files; a callable, so that migrations refer to it, not to a path on one machine."""
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


def random_name(folder: str, filename: str, *, suffix: str | None = None) -> str:
    """`folder/YYYY/MM/<random>.<ext>`: the stored name reveals neither the uploader's file name nor a sequence."""
    extension = suffix if suffix is not None else PurePath(filename).suffix.lower()[:8]
    return f"{folder}/{timezone.now():%Y/%m}/{secrets.token_urlsafe(24)}{extension}"


def move_to_private(name: str) -> bool:
    """Move one stored file from MEDIA_ROOT to the private folder, keeping its name (for data migrations).

    Returns False when the file is not in MEDIA_ROOT (already moved, or never written).
    """
    source = Path(settings.MEDIA_ROOT) / name
    if not name or not source.is_file():
        return False
    target = private_root() / name
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.move(str(source), str(target))
    return True
