import pytest
from django.core import signing
from django.urls import reverse

from platforma.community.notifications import unsubscribe
from platforma.community.notifications.models import NotificationSettings

pytestmark = pytest.mark.django_db


def _url(user):
    return reverse("notifications:unsubscribe", kwargs={"token": unsubscribe.token_for(user)})


def test_get_only_asks_for_confirmation(client, dawid):
    response = client.get(_url(dawid))

    assert response.status_code == 200
    assert "Tak, wypisz mnie z podsumowań" in response.text
    assert not NotificationSettings.objects.exists()


def test_post_unsubscribes_without_logging_in(client, dawid):
    response = client.post(_url(dawid))

    assert response.status_code == 200
    assert "nie będziemy już wysyłać Ci podsumowań" in response.text
    assert NotificationSettings.objects.get(user=dawid).digests_enabled is False


def test_one_click_post_from_a_mail_program_needs_no_csrf_token(dawid):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(
        _url(dawid), "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )

    assert response.status_code == 200
    assert NotificationSettings.objects.get(user=dawid).digests_enabled is False


@pytest.mark.parametrize(
    "token",
    ["nonsense", signing.dumps(1, salt="another.salt"), signing.dumps("abc", salt=unsubscribe.SALT)],
)
def test_forged_or_damaged_token_explains_and_changes_nothing(client, dawid, token):
    response = client.post(reverse("notifications:unsubscribe", kwargs={"token": token}))

    assert response.status_code == 404
    assert "nieprawidłowy" in response.text
    assert not NotificationSettings.objects.exists()


def test_token_of_a_deactivated_account_does_nothing(client, dawid):
    url = _url(dawid)
    dawid.is_active = False
    dawid.save(update_fields=["is_active"])

    assert client.post(url).status_code == 404
    assert not NotificationSettings.objects.exists()


def test_a_token_unsubscribes_only_its_own_person(client, dawid, olek):
    client.post(_url(dawid))
    assert not NotificationSettings.objects.filter(user=olek).exists()
