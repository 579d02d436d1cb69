import pytest

ROLES = ["anonymous", "olek", "dawid", "ewa", "celina", "bogdan", "anna"]


@pytest.fixture
def everyone(person):
    """All personas created up front, so that memberships exist before any permission cache fills."""
    return {role: person(role) for role in ROLES}
