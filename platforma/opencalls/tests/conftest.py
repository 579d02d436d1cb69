import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import AnonymousUser

ROLES = ["anonymous", "olek", "dawid", "ewa", "celina", "bogdan", "anna"]


def verify(user) -> None:
    EmailAddress.objects.update_or_create(user=user, email=user.email, defaults={"verified": True, "primary": True})


@pytest.fixture
def person(request, db):
    """`person("celina")` gives a persona by name (with a verified e-mail); "anonymous" gives a visitor."""

    def get(role: str):
        if role == "anonymous":
            return AnonymousUser()
        user = request.getfixturevalue(role)
        verify(user)
        return user

    return get


@pytest.fixture
def everyone(person):
    """All personas created up front, so that memberships exist before any permission cache fills."""
    return {role: person(role) for role in ROLES}
