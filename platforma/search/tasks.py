"""Background indexing. Arguments are the type key and ids: the task loads fresh data, and an object that is
gone by then simply loses its document."""

from django.tasks import task

from platforma.search import services


@task
def index_objects(type_key: str, object_ids: list[int]) -> int:
    return services.index_objects(type_key=type_key, object_ids=object_ids)


@task
def remove_objects(type_key: str, object_ids: list[int]) -> int:
    return services.remove_objects(type_key=type_key, object_ids=object_ids)
