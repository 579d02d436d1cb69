"""allauth's pages render inside our layout, in Polish, with Bootstrap classes and nothing a strict CSP blocks."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.urls import reverse

ANONYMOUS_PAGES = {
    "account_login": "Zaloguj się",
    "account_signup": "Załóż konto",
    "account_reset_password": "Nie pamiętasz hasła?",
    "account_reset_password_done": "Sprawdź skrzynkę e-mail",
    "account_email_verification_sent": "Sprawdź skrzynkę e-mail",
}
LOGGED_IN_PAGES = {
    "account_logout": "Wyloguj się",
    "account_email": "Adresy e-mail",
    "account_change_password": "Zmiana hasła",
}


def _assert_page_is_ours(html: str, heading: str) -> None:
    assert re.findall(r"<h1[^>]*>(.*?)</h1>", html, re.S) == [heading]
    assert 'lang="pl"' in html
    assert 'class="skip-link"' in html  # our base.html
    assert "style=" not in html
    for script in re.findall(r"<script[^>]*>", html):
        assert "src=" in script, script
    for field_id in re.findall(r'<input[^>]+type="(?:text|email|password)"[^>]+id="([^"]+)"', html):
        assert f'for="{field_id}"' in html, field_id


@pytest.mark.parametrize(("name", "heading"), ANONYMOUS_PAGES.items())
def test_anonymous_account_pages_use_our_layout_in_polish(client, db, name, heading):
    response = client.get(reverse(name))

    assert response.status_code == 200
    _assert_page_is_ours(response.content.decode(), heading)


@pytest.mark.parametrize(("name", "heading"), LOGGED_IN_PAGES.items())
def test_account_pages_for_logged_in_people_use_our_layout_in_polish(client_for, dawid, name, heading):
    EmailAddress.objects.create(user=dawid, email=dawid.email, verified=True, primary=True)

    response = client_for(dawid).get(reverse(name))

    assert response.status_code == 200
    _assert_page_is_ours(response.content.decode(), heading)


def test_sign_up_form_fields_have_bootstrap_classes_and_labels(client, db):
    html = client.get(reverse("account_signup")).content.decode()

    for name in ["first_name", "last_name", "email", "password1", "password2"]:
        assert re.search(rf'<input[^>]+name="{name}"[^>]*class="[^"]*form-control', html) or re.search(
            rf'<input[^>]+class="[^"]*form-control[^"]*"[^>]+name="{name}"', html
        ), name
    assert ">Imię" in html and ">Nazwisko" in html


def test_the_e_mail_page_lists_addresses_with_their_state(client_for, dawid):
    EmailAddress.objects.create(user=dawid, email=dawid.email, verified=True, primary=True)

    html = client_for(dawid).get(reverse("account_email")).content.decode()

    assert dawid.email in html
    assert "potwierdzony" in html and "główny" in html
    assert 'aria-current="page"' in html


def test_an_expired_confirmation_link_is_explained(client, db):
    response = client.get("/konto/confirm-email/nieistniejacy-klucz/")

    assert response.status_code == 200
    assert "wygasł albo jest nieprawidłowy" in response.content.decode()
