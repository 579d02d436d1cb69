import pytest
from django.contrib.auth.models import AnonymousUser

from platforma.organisations.tests.factories import OrganisationFactory

ROLES = ["anonymous", "olek", "dawid", "ewa", "celina", "bogdan", "anna"]


@pytest.fixture(autouse=True)
def private_media(settings, tmp_path):
    """CVs of each test go to a folder of its own, away from the developer's files and from MEDIA_ROOT."""
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.PRIVATE_MEDIA_ROOT


@pytest.fixture
def inna(db):
    """A third member organisation, neither ziemia nor woda."""
    return OrganisationFactory(name="Inna Spółka Rekultywacyjna", slug="inna-spolka", city="Gliwice")


@pytest.fixture
def person(request, db):
    """`person("celina")` gives a persona by name; "anonymous" gives a visitor."""

    def get(role: str):
        if role == "anonymous":
            return AnonymousUser()
        return request.getfixturevalue(role)

    return get


@pytest.fixture
def everyone(person):
    """All personas created up front, so that memberships exist before any permission cache fills."""
    return {role: person(role) for role in ROLES}
