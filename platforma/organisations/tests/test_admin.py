import pytest
from django.urls import reverse

from platforma.organisations.tests.factories import InvitationFactory


@pytest.fixture
def superuser_client(client, db):
    from platforma.accounts.models import User

    client.force_login(User.objects.create_superuser(email="root@ekopark.example", password="haslo-testowe-123"))
    return client


@pytest.mark.parametrize("name", ["organisation", "organisationmembership", "invitation"])
def test_admin_lists_and_searches(superuser_client, ziemia, bogdan, name):
    InvitationFactory(organisation=ziemia)
    url = reverse(f"admin:organisations_{name}_changelist")
    assert superuser_client.get(url).status_code == 200
    assert superuser_client.get(url, {"q": "ziemia"}).status_code == 200


def test_admin_organisation_page_has_people_and_history_inlines(superuser_client, ziemia, bogdan):
    response = superuser_client.get(reverse("admin:organisations_organisation_change", args=[ziemia.pk]))
    content = response.content.decode()
    assert response.status_code == 200
    assert "bogdan" in content.lower()
