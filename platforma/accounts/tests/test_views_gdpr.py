import json

from django.contrib.messages import get_messages
from django.urls import reverse

from platforma.accounts.models import Profile, User

EXPORT = "/konto/moje-dane/"
DELETE = "/konto/usun/"


def test_the_gdpr_urls_are_polish_and_named():
    assert reverse("accounts:data_export") == EXPORT
    assert reverse("accounts:delete") == DELETE


def test_anonymous_visitors_must_log_in_to_export_or_delete(client, db):
    for url in (EXPORT, DELETE):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))


def test_the_person_downloads_their_data_as_a_json_file(client_for, dawid, olek):
    response = client_for(dawid).get(EXPORT)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["user"]["email"] == dawid.email
    assert data["profile"]["city"] == "Bytom"
    assert olek.email not in response.content.decode()


def test_the_delete_page_asks_for_the_password(client_for, dawid):
    response = client_for(dawid).get(DELETE)

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Usuń konto</h1>" in html
    assert 'type="password"' in html


def test_a_wrong_password_deletes_nothing_and_says_why(client_for, bogdan, ziemia):
    Profile.objects.create(user=bogdan)
    client = client_for(bogdan)

    response = client.post(DELETE, {"password": "zle-haslo-123"})

    assert response.status_code == 200
    assert "Hasło jest nieprawidłowe" in response.content.decode()
    assert User.objects.filter(pk=bogdan.pk, is_active=True).exists()
    assert Profile.objects.filter(user=bogdan).exists()
    assert ziemia.memberships.filter(user=bogdan).exists()
    assert client.get(reverse("accounts:profile")).status_code == 200


def test_the_right_password_deletes_the_account_logs_out_and_keeps_the_organisation(client_for, bogdan, ziemia):
    client = client_for(bogdan)

    response = client.post(DELETE, {"password": "haslo-testowe-123"})

    assert response.status_code == 302
    assert response["Location"] == reverse("portal:home")
    assert "zostały usunięte" in " ".join(str(m) for m in get_messages(response.wsgi_request))
    assert not User.objects.filter(pk=bogdan.pk).exists()
    assert ziemia.memberships.count() == 0
    ziemia.refresh_from_db()
    assert client.get(reverse("accounts:profile")).status_code == 302
