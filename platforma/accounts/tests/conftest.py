import pytest


@pytest.fixture(autouse=True)
def cluster_member_check(settings):
    """The check config/settings.py names (see test_settings.py), set here so each test states its world."""
    settings.PLATFORMA_CLUSTER_MEMBER_CHECK = "platforma.organisations.permissions.is_cluster_member"


@pytest.fixture
def owner(db):
    """A specialist whose profile the others try to see."""
    from platforma.accounts.tests.factories import ProfileFactory, UserFactory

    return ProfileFactory(user=UserFactory(email="hanna@specjalistka.example", first_name="Hanna", last_name="Hydro"))
