"""Named personas shared by every app's tests (see STYLE.md).

- anna: the cluster coordinator (EkoPark staff)
- bogdan: admin of a member organisation "ziemia" (Ziemia Czysta)
- celina: a representative (member role) of "ziemia"
- dawid: a specialist with a profile and no organisation
- ewa: admin of another member organisation "woda" — a member of the cluster, but not of ziemia
- olek: an outsider: a registered account with no organisation and no public profile
- a visitor: the plain `client` fixture, not logged in
"""

import pytest
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.utils import translation

from platforma.accounts.tests.factories import ProfileFactory, UserFactory
from platforma.organisations.models import OrganisationRole
from platforma.organisations.tests.factories import MembershipFactory, OrganisationFactory


@pytest.fixture(autouse=True)
def _polish_by_default():
    """Every test starts in Polish: LocaleMiddleware leaves the language of the last request (say /en/)
    active in the thread, and a service message checked in the next test would come out in English."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture
def anna(db):
    return UserFactory(
        email="anna@ekopark.example", first_name="Anna", last_name="Koordynatorska", is_coordinator=True, is_staff=True
    )


@pytest.fixture
def ziemia(db):
    return OrganisationFactory(name="Ziemia Czysta sp. z o.o.", slug="ziemia-czysta", city="Bytom")


@pytest.fixture
def woda(db):
    return OrganisationFactory(name="Wody Śląskie Laboratorium", slug="wody-slaskie", city="Zabrze")


@pytest.fixture
def bogdan(ziemia):
    user = UserFactory(email="bogdan@ziemia.example", first_name="Bogdan", last_name="Adminowski")
    MembershipFactory(user=user, organisation=ziemia, role=OrganisationRole.ADMIN)
    return user


@pytest.fixture
def celina(ziemia):
    user = UserFactory(email="celina@ziemia.example", first_name="Celina", last_name="Członkowska")
    MembershipFactory(user=user, organisation=ziemia, role=OrganisationRole.MEMBER)
    return user


@pytest.fixture
def dawid(db):
    profile = ProfileFactory(
        user=UserFactory(email="dawid@specjalista.example", first_name="Dawid", last_name="Specjalista")
    )
    return profile.user


@pytest.fixture
def ewa(woda):
    user = UserFactory(email="ewa@woda.example", first_name="Ewa", last_name="Zewnętrzna")
    MembershipFactory(user=user, organisation=woda, role=OrganisationRole.ADMIN)
    return user


@pytest.fixture
def olek(db):
    return UserFactory(email="olek@gdziekolwiek.example", first_name="Olek", last_name="Obcy")


@pytest.fixture
def client_for(client):
    """`client_for(user)` logs a user in and returns the client."""

    def log_in(user):
        client.force_login(user)
        return client

    return log_in


@pytest.fixture
def inna(db):
    """A third member organisation: owns what neither ziemia nor woda own (challenges, events, resources…)."""
    return OrganisationFactory(name="Inna Spółka Rekultywacyjna", slug="inna-spolka", city="Gliwice")


@pytest.fixture
def person(request, db):
    """`person("celina")` gives a persona by name; "anonymous" gives a visitor. For role × state matrices."""

    def get(role: str):
        if role == "anonymous":
            return AnonymousUser()
        return request.getfixturevalue(role)

    return get
