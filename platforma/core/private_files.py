"""Private files that no record points to any more, and their removal.

A file is written to the private storage before its record is committed. When the transaction then rolls
back (a form that failed further on, a lost race, a worker killed half-way), the file stays on disk with
nothing pointing at it: a CV or an application document nobody can reach or delete. These are found by
comparing the folder with every FileField that uses the private storage, in every installed model, and
removed once they are old enough that no transaction can still be about to commit them.
"""

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path

from django.apps import apps
from django.db import models

from platforma.core.storage import PrivateStorage, private_root

logger = logging.getLogger(__name__)

# A file younger than this may belong to a transaction still running; an hour is far beyond any request.
MIN_AGE_HOURS = 1
DEFAULT_AGE_HOURS = 24


@dataclass
class Sweep:
    kept: int = 0
    too_young: int = 0
    orphans: list[str] = field(default_factory=list)
    removed: int = 0


def private_file_fields() -> list[tuple[type[models.Model], models.FileField]]:
    """Every (model, field) whose files live in the private storage, found in the installed apps."""
    found = []
    for model in apps.get_models():
        for model_field in model._meta.get_fields():
            if isinstance(model_field, models.FileField) and isinstance(model_field.storage, PrivateStorage):
                found.append((model, model_field))
    return found


def referenced_names() -> set[str]:
    names: set[str] = set()
    for model, model_field in private_file_fields():
        # The base manager: a record hidden by a custom default manager still owns its file.
        stored = model._base_manager.exclude(**{model_field.name: ""}).values_list(model_field.name, flat=True)
        names.update(name for name in stored if name)
    return names


def sweep(*, older_than_hours: float = DEFAULT_AGE_HOURS, remove: bool = False, now: float | None = None) -> Sweep:
    """Finds (and with `remove`, deletes) private files no record refers to, older than `older_than_hours`."""
    if older_than_hours < MIN_AGE_HOURS:
        raise ValueError(f"older_than_hours must be at least {MIN_AGE_HOURS}")
    root = private_root()
    result = Sweep()
    if not root.is_dir():
        return result
    referenced = referenced_names()
    cutoff = (now if now is not None else time.time()) - older_than_hours * 3600
    for path in sorted(root.rglob("*")):
        if not path.is_file():
            continue
        name = path.relative_to(root).as_posix()
        if name in referenced:
            result.kept += 1
        elif path.stat().st_mtime > cutoff:
            result.too_young += 1
        else:
            result.orphans.append(name)
    if remove:
        for name in result.orphans:
            _remove(root / name)
            result.removed += 1
        if result.removed:
            logger.info("Removed %d private files no record referred to.", result.removed)
    return result


def _remove(path: Path) -> None:
    path.unlink(missing_ok=True)
    # Empty folders left behind (upload_to folders by date) go too, up to the root.
    parent, root = path.parent, private_root()
    while parent != root and parent.is_dir() and not any(parent.iterdir()):
        parent.rmdir()
        parent = parent.parent
