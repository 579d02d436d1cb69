import pytest

ROLES = ["anonymous", "olek", "dawid", "ewa", "celina", "bogdan", "anna"]


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    # Uploaded images go to a throw-away folder, not the shared test media directory.
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


@pytest.fixture
def everyone(person):
    """All personas created up front, so that memberships exist before any permission cache fills."""
    return {role: person(role) for role in ROLES}
