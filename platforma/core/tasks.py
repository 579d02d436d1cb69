"""Background work of core: the daily removal of private files no record refers to."""

from django.tasks import task

from platforma.core import private_files


@task
def remove_orphan_private_files() -> int:
    return private_files.sweep(remove=True).removed


def schedule() -> None:
    """What a scheduler calls every hour: queue one sweep."""
    remove_orphan_private_files.enqueue()
