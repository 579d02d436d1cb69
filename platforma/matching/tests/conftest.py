import pytest

from platforma.matching import services
from platforma.matching.index import reset_index


@pytest.fixture(autouse=True)
def fresh_index(settings):
    """Each test starts with an empty in-memory index and no sentence model unless it asks for one:
    the database is rolled back under the process-wide index between tests."""
    settings.SEARCH_EMBEDDER = ""
    reset_index()
    yield
    reset_index()


@pytest.fixture
def reindex(db):
    """`reindex()` writes the entries of everything that exists now, as `manage.py rebuild_matching_index`."""

    def run():
        return services.index_rebuild(embedder=services.configured_embedder())

    return run


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """`with committed(): ...` runs what the block enqueued on commit, as a real transaction would."""

    def block():
        return django_capture_on_commit_callbacks(execute=True)

    return block
