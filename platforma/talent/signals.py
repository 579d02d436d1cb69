"""File housekeeping, not domain logic: when an application row goes (with the offer, or with the
applicant's account), its CV file goes too. Rows deleted by a cascade never pass through a service,
so a post_delete receiver is the one place that sees them all."""

from typing import Any

from django.db import transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver

from platforma.talent.models import Application


@receiver(post_delete, sender=Application, dispatch_uid="talent_delete_cv_file")
def delete_cv_file(sender: type[Application], instance: Application, **kwargs: Any) -> None:
    name = instance.cv.name
    if name:
        storage = instance.cv.storage
        transaction.on_commit(lambda: storage.delete(name))
