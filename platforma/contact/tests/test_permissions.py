import pytest
from django.contrib.auth.models import AnonymousUser

from platforma.contact.permissions import can_manage_enquiries

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("persona", "expected"),
    [
        ("anonymous", False),
        ("olek", False),
        ("dawid", False),
        ("ewa", False),
        ("celina", False),
        ("bogdan", False),
        ("anna", True),
    ],
)
def test_only_the_coordinator_manages_enquiries(request, persona, expected):
    user = AnonymousUser() if persona == "anonymous" else request.getfixturevalue(persona)

    assert can_manage_enquiries(user) is expected


def test_a_deactivated_coordinator_no_longer_manages_enquiries(anna):
    anna.is_active = False

    assert can_manage_enquiries(anna) is False


def test_staff_or_superuser_without_the_coordinator_flag_does_not_manage_enquiries(olek):
    olek.is_staff = True
    olek.is_superuser = True

    assert can_manage_enquiries(olek) is False
