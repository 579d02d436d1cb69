import pytest

from platforma.search import services


@pytest.fixture(autouse=True)
def lexical_search(settings):
    """Search tests run without the sentence-embedding model unless a test asks for one."""
    settings.SEARCH_EMBEDDER = ""


@pytest.fixture
def reindex(db):
    """`reindex()` indexes everything that exists now, as `manage.py rebuild_search_index` would."""

    def run():
        return services.rebuild_index(embedder=services.configured_embedder())

    return run


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """`with committed(): ...` runs what the block enqueued on commit, as a real transaction would."""

    def block():
        return django_capture_on_commit_callbacks(execute=True)

    return block
