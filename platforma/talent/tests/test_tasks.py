from django.core import mail
from django.utils import translation

from platforma.talent import tasks
from platforma.talent.tests.factories import ApplicationFactory, OfferFactory


def test_mail_is_written_in_polish_whatever_the_language_of_the_moment(dawid, ziemia, settings):
    application = ApplicationFactory(offer=OfferFactory(organisation=ziemia, title="Operator pomp"), applicant=dawid)

    with translation.override("en"):
        tasks.notify_application_status.call(application.pk)

    assert mail.outbox[0].subject == "Aplikacja na ofertę „Operator pomp”: otrzymana"
    assert f"{settings.SITE_URL}/praca/aplikacje/{application.pk}/" in mail.outbox[0].body
    assert "/en/" not in mail.outbox[0].body


def test_a_deleted_application_sends_nothing(db):
    assert tasks.notify_application_received.call(999999) == 0
    assert tasks.notify_application_status.call(999999) == 0
    assert mail.outbox == []


def test_an_inactive_applicant_gets_no_mail_but_the_organisation_still_does(dawid, bogdan, ziemia):
    application = ApplicationFactory(offer=OfferFactory(organisation=ziemia), applicant=dawid)
    dawid.is_active = False
    dawid.save()

    tasks.notify_application_received.call(application.pk)
    tasks.notify_application_status.call(application.pk)

    assert [message.to for message in mail.outbox] == [[bogdan.email]]


def test_the_cv_is_never_attached_to_an_email(dawid, bogdan, ziemia):
    application = ApplicationFactory(offer=OfferFactory(organisation=ziemia), applicant=dawid)

    tasks.notify_application_received.call(application.pk)

    assert all(not message.attachments for message in mail.outbox)
    assert all("%PDF" not in message.body for message in mail.outbox)
