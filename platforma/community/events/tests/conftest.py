import pytest
from django.contrib.auth.models import AnonymousUser

from platforma.organisations.tests.factories import OrganisationFactory

ROLES = ["anonymous", "olek", "dawid", "ewa", "celina", "bogdan", "anna"]


@pytest.fixture
def inna(db):
    """A third member organisation: organises events that neither ziemia nor woda own."""
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
