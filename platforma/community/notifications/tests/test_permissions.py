import pytest
from django.contrib.auth.models import AnonymousUser

from platforma.community.notifications.permissions import can_use_notifications

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("who", "active", "allowed"),
    [
        ("anonymous", True, False),
        ("olek", True, True),
        ("olek", False, False),
        ("anna", True, True),
        ("anna", False, False),
    ],
)
def test_only_active_signed_in_people_use_notifications(request, who, active, allowed):
    user = AnonymousUser() if who == "anonymous" else request.getfixturevalue(who)
    if who != "anonymous":
        user.is_active = active
    assert can_use_notifications(user) is allowed
