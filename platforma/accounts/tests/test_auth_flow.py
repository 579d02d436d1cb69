"""The journeys allauth runs for us, through our forms, templates and settings."""

import re

from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse

from platforma.accounts.models import Profile, User

PASSWORD = "Rekultywacja-2026!"


def _signup(client, **changes):
    data = {
        "first_name": "Joanna",
        "last_name": "Zielińska",
        "email": "joanna@przyklad.example",
        "password1": PASSWORD,
        "password2": PASSWORD,
    }
    data.update(changes)
    return client.post(reverse("account_signup"), data)


def _link(message, pattern: str) -> str:
    match = re.search(pattern, message.body)
    assert match, message.body
    return match.group(0).removeprefix("http://testserver")


def test_sign_up_verify_the_e_mail_and_land_logged_in(client, db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = _signup(client)

    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    user = User.objects.get(email="joanna@przyklad.example")
    assert (user.first_name, user.last_name) == ("Joanna", "Zielińska")
    assert Profile.objects.filter(user=user).exists()
    assert not EmailAddress.objects.get(user=user).verified
    assert client.get(reverse("accounts:profile")).status_code == 302  # not logged in before verifying

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["joanna@przyklad.example"]
    assert message.subject == "[Platforma Środowiskowa] Potwierdź adres e-mail"
    assert "Dzień dobry" in message.body
    link = _link(message, r"http://testserver/konto/confirm-email/[^/\s]+/")

    page = client.get(link)
    assert page.status_code == 200
    assert "Potwierdź, że adres" in page.content.decode()
    assert not EmailAddress.objects.get(user=user).verified  # a GET alone confirms nothing

    confirmed = client.post(link)

    assert confirmed.status_code == 302
    assert EmailAddress.objects.get(user=user).verified
    assert client.get(reverse("accounts:profile")).status_code == 200


def test_sign_up_without_names_keeps_what_was_typed_and_creates_nothing(client, db):
    response = _signup(client, first_name="", last_name="  ")

    assert response.status_code == 200
    html = response.content.decode()
    assert "To pole jest wymagane." in html
    assert 'value="joanna@przyklad.example"' in html
    assert not User.objects.filter(email="joanna@przyklad.example").exists()
    assert mail.outbox == []


def test_sign_up_with_mismatched_or_weak_passwords_explains_in_polish(client, db):
    response = _signup(client, password1="krotkie", password2="inne")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Hasło" in html
    assert "errorlist" in html
    assert not User.objects.filter(email="joanna@przyklad.example").exists()


def test_logging_in_with_a_verified_e_mail_works(client, dawid):
    EmailAddress.objects.create(user=dawid, email=dawid.email, verified=True, primary=True)

    response = client.post(reverse("account_login"), {"login": dawid.email, "password": "haslo-testowe-123"})

    assert response.status_code == 302
    assert client.get(reverse("accounts:profile")).status_code == 200


def test_a_wrong_password_keeps_the_e_mail_and_says_so_in_polish(client, dawid):
    EmailAddress.objects.create(user=dawid, email=dawid.email, verified=True, primary=True)

    response = client.post(reverse("account_login"), {"login": dawid.email, "password": "nie-to-haslo"})

    assert response.status_code == 200
    html = response.content.decode()
    assert f'value="{dawid.email}"' in html
    assert "niepoprawne" in html


def test_logging_in_before_verifying_resends_the_link_instead(client, dawid, django_capture_on_commit_callbacks):
    EmailAddress.objects.create(user=dawid, email=dawid.email, verified=False, primary=True)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("account_login"), {"login": dawid.email, "password": "haslo-testowe-123"})

    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    assert len(mail.outbox) == 1
    assert client.get(reverse("accounts:profile")).status_code == 302


def test_password_reset_by_e_mail_link(client, dawid, django_capture_on_commit_callbacks):
    EmailAddress.objects.create(user=dawid, email=dawid.email, verified=True, primary=True)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("account_reset_password"), {"email": dawid.email})

    assert response.status_code == 302
    assert response["Location"] == reverse("account_reset_password_done")
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.subject == "[Platforma Środowiskowa] Ustaw nowe hasło"
    link = _link(message, r"http://testserver/konto/password/reset/key/\S+/")

    form_page = client.get(link, follow=True)
    assert form_page.status_code == 200
    assert "Ustaw nowe hasło" in form_page.content.decode()
    action = form_page.redirect_chain[-1][0] if form_page.redirect_chain else link
    done = client.post(action, {"password1": PASSWORD, "password2": PASSWORD})

    assert done.status_code == 302
    dawid.refresh_from_db()
    assert dawid.check_password(PASSWORD)


def test_a_used_or_broken_reset_link_says_so(client, db):
    response = client.get("/konto/password/reset/key/zz-zepsuty/")

    assert response.status_code == 200
    assert "Nieprawidłowy link" in response.content.decode()


def test_password_reset_for_an_unknown_address_reveals_nothing(client, db):
    response = client.post(reverse("account_reset_password"), {"email": "nikt@nigdzie.example"})

    assert response.status_code == 302
    assert response["Location"] == reverse("account_reset_password_done")


def test_logging_out_asks_first_then_logs_out_on_post(client_for, dawid):
    client = client_for(dawid)

    page = client.get(reverse("account_logout"))
    assert "Czy na pewno chcesz się wylogować?" in page.content.decode()

    client.post(reverse("account_logout"))

    assert client.get(reverse("accounts:profile")).status_code == 302


def test_changing_the_password_needs_the_old_one(client_for, dawid):
    client = client_for(dawid)

    response = client.post(
        reverse("account_change_password"),
        {"oldpassword": "zle-haslo", "password1": PASSWORD, "password2": PASSWORD},
    )

    assert response.status_code == 200
    dawid.refresh_from_db()
    assert dawid.check_password("haslo-testowe-123")
