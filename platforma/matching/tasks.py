"""Background updates of the matching index. Arguments are a source name and ids: the task loads fresh data,
and an object that is gone (or hidden) by then simply loses its entries."""

from django.tasks import task

from platforma.matching import services


@task
def refresh_entries(source: str, object_ids: list[int]) -> int:
    return services.entries_refresh(source=source, ids=object_ids, embedder=services.configured_embedder())
