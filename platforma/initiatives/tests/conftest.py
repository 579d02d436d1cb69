import pytest

ROLES = ["anonymous", "olek", "dawid", "ewa", "celina", "bogdan", "anna"]


@pytest.fixture
def everyone(person):
    """All personas created up front, so that memberships exist before any permission cache fills."""
    return {role: person(role) for role in ROLES}


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    # Uploaded documents go to fresh folders per test.
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
