import io
import logging
from datetime import timedelta

import pytest
from django.conf import settings
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from platforma.contact.models import Enquiry, EnquiryStatus, EnquiryTopic
from platforma.contact.tests.factories import EnquiryFactory

pytestmark = pytest.mark.django_db

URL = "/kontakt/"


def form_data(**changes):
    data = {
        "name": "Halina Nowak",
        "email": "halina.nowak@gmina-bobrowniki.example",
        "organisation_name": "Urząd Gminy Bobrowniki",
        "topic": EnquiryTopic.CHALLENGE,
        "message": "Na terenie gminy mamy hałdę po dawnej kopalni. Kto pomoże w jej rekultywacji?",
        "consent": "on",
        "website_hp": "",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def test_contact_form_url_name_points_at_kontakt():
    assert reverse("contact:form") == URL


def test_visitor_sees_the_contact_form_in_polish(client):
    response = client.get(URL)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Masz pytania? Skontaktuj się z nami!" in html
    for name in ("name", "email", "organisation_name", "topic", "message", "consent"):
        assert f'name="{name}"' in html
    assert "EkoPark" in html
    assert '<div class="honeypot" aria-hidden="true">' in html


def test_logged_in_user_finds_name_and_email_filled_in(client_for, celina):
    response = client_for(celina).get(URL)

    form = response.context["form"]
    assert form.initial == {"name": "Celina Członkowska", "email": "celina@ziemia.example"}
    assert 'value="celina@ziemia.example"' in response.content.decode()


def test_sent_enquiry_is_saved_and_the_coordinator_gets_an_email_to_reply_to(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, form_data())

    assert response.status_code == 302
    assert response["Location"] == reverse("contact:thanks")
    enquiry = Enquiry.objects.get()
    assert enquiry.name == "Halina Nowak"
    assert enquiry.email == "halina.nowak@gmina-bobrowniki.example"
    assert enquiry.organisation_name == "Urząd Gminy Bobrowniki"
    assert enquiry.topic == EnquiryTopic.CHALLENGE
    assert enquiry.status == EnquiryStatus.NEW
    assert enquiry.sender_ip == "127.0.0.1"
    assert enquiry.consent_given_at is not None
    assert enquiry.coordinator_notified_at is not None
    assert enquiry.notification_attempts == 1
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [settings.COORDINATOR_EMAIL]
    assert message.reply_to == ["halina.nowak@gmina-bobrowniki.example"]
    assert "Nowe zapytanie" in message.subject
    assert "problem środowiskowy" in message.subject
    assert "hałdę po dawnej kopalni" in message.body
    assert "Urząd Gminy Bobrowniki" in message.body
    assert f"{settings.SITE_URL}/panel/zapytania/{enquiry.pk}/" in message.body


def test_thank_you_page_confirms_the_enquiry_arrived(client):
    response = client.get(reverse("contact:thanks"))

    assert response.status_code == 200
    assert "Dziękujemy za wiadomość" in response.content.decode()


def test_enquiry_sent_from_the_english_pages_still_reaches_the_coordinator_in_polish(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en" + URL, form_data())

    assert response.status_code == 302
    enquiry = Enquiry.objects.get()
    message = mail.outbox[0]
    assert "Nowe zapytanie" in message.subject
    assert f"{settings.SITE_URL}/panel/zapytania/{enquiry.pk}/" in message.body


def test_invalid_form_keeps_what_was_typed_and_explains_in_polish(client):
    response = client.post(URL, form_data(name="", email="to-nie-jest-adres", topic=""))

    assert response.status_code == 200
    html = response.content.decode()
    assert "To pole jest wymagane." in html
    assert "Wprowadź poprawny adres email." in html
    assert 'value="to-nie-jest-adres"' in html
    assert 'value="Urząd Gminy Bobrowniki"' in html
    assert "hałdę po dawnej kopalni" in html
    assert Enquiry.objects.count() == 0
    assert mail.outbox == []


def test_unknown_topic_is_refused_with_a_polish_message(client):
    response = client.post(URL, form_data(topic="spam"))

    assert response.status_code == 200
    assert "Wybierz poprawną wartość" in response.content.decode()
    assert Enquiry.objects.count() == 0


def test_too_long_message_is_refused_and_kept(client):
    response = client.post(URL, form_data(message="ż" * 5001))

    assert response.status_code == 200
    assert response.context["form"].errors["message"]
    assert Enquiry.objects.count() == 0


def test_enquiry_without_consent_is_refused(client):
    response = client.post(URL, form_data(consent=None))

    assert response.status_code == 200
    assert "Bez zgody na przetwarzanie danych nie możemy przyjąć zapytania" in response.content.decode()
    assert 'value="halina.nowak@gmina-bobrowniki.example"' in response.content.decode()
    assert Enquiry.objects.count() == 0
    assert mail.outbox == []


def test_bot_that_fills_the_honeypot_is_thanked_but_nothing_is_saved(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(URL, form_data(website_hp="https://tanie-pozycjonowanie.example"))

    assert response.status_code == 302
    assert response["Location"] == reverse("contact:thanks")
    assert Enquiry.objects.count() == 0
    assert mail.outbox == []


def test_bot_is_thanked_even_when_the_rest_of_its_form_is_invalid(client):
    response = client.post(URL, {"website_hp": "x"})

    assert response.status_code == 302
    assert Enquiry.objects.count() == 0


def _sent_recently(count, **fields):
    return EnquiryFactory.create_batch(count, **fields)


def test_address_over_the_hourly_limit_is_refused_and_keeps_what_was_typed(client, settings):
    settings.CONTACT_RATE_LIMIT = 3
    _sent_recently(3, email="Halina.Nowak@gmina-bobrowniki.example", sender_ip="10.0.0.8")

    response = client.post(URL, form_data())

    assert response.status_code == 429
    html = response.content.decode()
    assert "zbyt wiele zapytań" in html
    assert "hałdę po dawnej kopalni" in html
    assert 'value="halina.nowak@gmina-bobrowniki.example"' in html
    assert Enquiry.objects.count() == 3
    assert mail.outbox == []


def test_ip_over_the_hourly_limit_is_refused_whatever_the_address(client, settings):
    settings.CONTACT_RATE_LIMIT = 3
    for number in range(3):
        EnquiryFactory(email=f"inny{number}@przyklad.example", sender_ip="127.0.0.1")

    response = client.post(URL, form_data())

    assert response.status_code == 429
    assert "zbyt wiele zapytań" in response.content.decode()
    assert Enquiry.objects.count() == 3


def test_enquiries_older_than_an_hour_do_not_count_towards_the_limit(client, settings):
    settings.CONTACT_RATE_LIMIT = 2
    old = _sent_recently(2, email="halina.nowak@gmina-bobrowniki.example", sender_ip="127.0.0.1")
    Enquiry.objects.filter(pk__in=[e.pk for e in old]).update(created_at=timezone.now() - timedelta(minutes=61))

    response = client.post(URL, form_data())

    assert response.status_code == 302
    assert Enquiry.objects.count() == 3


def test_sender_below_the_limit_can_still_write(client, settings):
    settings.CONTACT_RATE_LIMIT = 3
    _sent_recently(2, email="halina.nowak@gmina-bobrowniki.example", sender_ip="127.0.0.1")

    response = client.post(URL, form_data())

    assert response.status_code == 302
    assert Enquiry.objects.count() == 3


def test_mail_server_down_loses_nothing_and_the_retry_command_delivers_later(
    client, mail_server, django_capture_on_commit_callbacks, caplog
):
    mail_server.go_down()

    with django_capture_on_commit_callbacks(execute=True), caplog.at_level(logging.WARNING, "platforma.contact"):
        response = client.post(URL, form_data())

    assert response.status_code == 302
    assert response["Location"] == reverse("contact:thanks")
    enquiry = Enquiry.objects.get()
    assert enquiry.message.startswith("Na terenie gminy mamy hałdę")
    assert enquiry.coordinator_notified_at is None
    assert enquiry.notification_attempts == 1
    assert mail.outbox == []
    assert "Could not e-mail the coordinator" in caplog.text

    mail_server.come_back()
    output = io.StringIO()
    call_command("retry_enquiry_notifications", stdout=output)

    enquiry.refresh_from_db()
    assert enquiry.coordinator_notified_at is not None
    assert enquiry.notification_attempts == 2
    assert len(mail.outbox) == 1
    assert mail.outbox[0].reply_to == ["halina.nowak@gmina-bobrowniki.example"]
    assert "Enqueued 1 enquiry notification(s)" in output.getvalue()
