import pytest

ROLES = ["anonymous", "olek", "dawid", "ewa", "celina", "bogdan", "anna"]


@pytest.fixture(autouse=True)
def private_media(settings, tmp_path):
    """CVs of each test go to a folder of its own, away from the developer's files and from MEDIA_ROOT."""
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.PRIVATE_MEDIA_ROOT


@pytest.fixture
def everyone(person):
    """All personas created up front, so that memberships exist before any permission cache fills."""
    return {role: person(role) for role in ROLES}
