import datetime

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from platforma.organisations.models import ClusterStatus
from platforma.talent import services
from platforma.talent.models import Application, ApplicationStatus, Offer, OfferKind, PayPeriod
from platforma.talent.pdf import minimal_pdf
from platforma.talent.tests.factories import ApplicationFactory, OfferFactory
from platforma.taxonomy.tests.factories import CompetenceFactory

IN_A_MONTH = timezone.localdate() + datetime.timedelta(days=30)


def pdf(name: str = "cv.pdf", content: bytes | None = None) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content if content is not None else minimal_pdf("Dawid"), "application/pdf")


def offer_kwargs(**overrides):
    values = {
        "kind": OfferKind.INTERNSHIP,
        "title": "Stażysta/stażystka w laboratorium analiz gleb",
        "description": "Przygotowanie próbek gleby do oznaczeń metali ciężkich.",
        "deadline": IN_A_MONTH,
        "city": "Chorzów",
    }
    return values | overrides


# --- offers --------------------------------------------------------------------------------------------


def test_a_member_publishes_an_offer_with_competences_and_pay(bogdan, ziemia):
    competence = CompetenceFactory()

    offer = services.offer_create(
        author=bogdan,
        organisation=ziemia,
        competences=[competence],
        pay_min=4500,
        pay_max=5200,
        pay_period=PayPeriod.MONTH,
        **offer_kwargs(title="  Stażysta/stażystka  "),
    )

    offer.refresh_from_db()
    assert offer.title == "Stażysta/stażystka"
    assert offer.organisation == ziemia
    assert offer.author == bogdan
    assert list(offer.competences.all()) == [competence]
    assert (offer.pay_min, offer.pay_max, offer.pay_period) == (4500, 5200, PayPeriod.MONTH)
    assert offer.is_open


def test_an_organisation_outside_the_cluster_cannot_publish(bogdan, ziemia):
    ziemia.cluster_status = ClusterStatus.SUSPENDED
    ziemia.save()

    with pytest.raises(ValidationError, match="członkami klastra"):
        services.offer_create(author=bogdan, organisation=ziemia, **offer_kwargs())
    assert not Offer.objects.exists()


@pytest.mark.parametrize(
    ("overrides", "field"),
    [
        ({"deadline": timezone.localdate() - datetime.timedelta(days=1)}, "deadline"),
        ({"pay_min": 5000, "pay_max": 4000, "pay_period": PayPeriod.MONTH}, "__all__"),
        ({"pay_min": 5000}, "pay_period"),
        ({"city": "", "is_remote": False}, "__all__"),
        ({"kind": "emerytura"}, "kind"),
        ({"event_url": "to nie jest adres"}, "event_url"),
    ],
)
def test_an_invalid_offer_is_refused_with_a_reason(bogdan, ziemia, overrides, field):
    with pytest.raises(ValidationError) as error:
        services.offer_create(author=bogdan, organisation=ziemia, **offer_kwargs(**overrides))

    assert field in error.value.message_dict
    assert not Offer.objects.exists()


def test_a_remote_offer_needs_no_town(bogdan, ziemia):
    offer = services.offer_create(author=bogdan, organisation=ziemia, **offer_kwargs(city="", is_remote=True))

    assert offer.city == ""
    assert offer.is_remote


def test_the_pay_period_is_dropped_without_an_amount(bogdan, ziemia):
    offer = services.offer_create(author=bogdan, organisation=ziemia, **offer_kwargs(pay_period=PayPeriod.HOUR))

    assert offer.pay_period == ""


def test_editing_keeps_a_past_deadline_but_refuses_to_set_one(bogdan, ziemia):
    past = timezone.localdate() - datetime.timedelta(days=3)
    offer = OfferFactory(organisation=ziemia, deadline=past)

    services.offer_update(offer=offer, by=bogdan, **offer_kwargs(deadline=past, title="Nowy tytuł"))
    assert Offer.objects.get().title == "Nowy tytuł"

    with pytest.raises(ValidationError, match="w przeszłości"):
        services.offer_update(
            offer=offer, by=bogdan, **offer_kwargs(deadline=past - datetime.timedelta(days=1), title="Inny")
        )
    assert Offer.objects.get().title == "Nowy tytuł"


def test_closing_an_offer_takes_it_off_the_board_once(bogdan, ziemia):
    offer = OfferFactory(organisation=ziemia)

    services.offer_close(offer=offer, by=bogdan)

    assert not Offer.objects.get().is_open
    with pytest.raises(ValidationError, match="już zamknięty"):
        services.offer_close(offer=offer, by=bogdan)


# --- applications --------------------------------------------------------------------------------------


def test_applying_stores_the_cv_privately_and_tells_both_sides(
    dawid, bogdan, celina, ziemia, private_media, settings, django_capture_on_commit_callbacks
):
    offer = OfferFactory(organisation=ziemia, title="Operator/ka stacji pomp")

    with django_capture_on_commit_callbacks(execute=True):
        application = services.application_create(offer=offer, applicant=dawid, message=" Chętnie. ", cv=pdf())

    application.refresh_from_db()
    assert application.status == ApplicationStatus.RECEIVED
    assert application.message == "Chętnie."
    stored = private_media / application.cv.name
    assert stored.read_bytes().startswith(b"%PDF-")
    assert application.cv.name.startswith("cv/")
    assert "dawid" not in application.cv.name.lower()
    assert not str(stored.resolve()).startswith(str(settings.MEDIA_ROOT))
    assert application.cv.url == ""
    with pytest.raises(ValueError):
        application.cv.storage.url(application.cv.name)
    to_applicant = [m for m in mail.outbox if m.to == [dawid.email]]
    to_organisation = [m for m in mail.outbox if m.to != [dawid.email]]
    assert len(to_applicant) == 1
    assert "Twoja aplikacja została wysłana: Operator/ka stacji pomp" in to_applicant[0].subject
    assert "otrzymana" in to_applicant[0].body
    assert sorted(to_organisation[0].to) == sorted([bogdan.email, celina.email])
    assert "Nowa aplikacja" in to_organisation[0].subject
    assert f"/praca/aplikacje/{application.pk}/" in to_organisation[0].body


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (lambda: pdf(content=b"MZ\x90\x00 not a pdf at all"), "PDF"),
        (lambda: pdf(name="cv.pdf", content=b"<html>%PDF-</html>"), "PDF"),
        (lambda: None, "Dołącz CV"),
    ],
)
def test_an_application_without_a_real_pdf_is_refused_and_stores_nothing(
    dawid, ziemia, private_media, upload, message, django_capture_on_commit_callbacks
):
    offer = OfferFactory(organisation=ziemia)

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(ValidationError, match=message) as error:
        services.application_create(offer=offer, applicant=dawid, message="Chętnie.", cv=upload())

    assert "cv" in error.value.message_dict
    assert not Application.objects.exists()
    assert not private_media.exists() or not any(private_media.rglob("*.pdf"))
    assert mail.outbox == []


def test_a_cv_over_the_size_limit_is_refused(dawid, ziemia, settings):
    settings.MAX_UPLOAD_BYTES = 1000
    offer = OfferFactory(organisation=ziemia)

    with pytest.raises(ValidationError, match="za duży"):
        services.application_create(
            offer=offer, applicant=dawid, message="Chętnie.", cv=pdf(content=minimal_pdf("x" * 2000))
        )
    assert not Application.objects.exists()


def test_a_training_course_takes_applications_without_a_cv(dawid, ziemia):
    offer = OfferFactory(organisation=ziemia, kind=OfferKind.TRAINING)

    application = services.application_create(offer=offer, applicant=dawid, message="Zapisuję się.")

    assert not application.cv


@pytest.mark.parametrize(
    "offer_fields",
    [
        {"deadline": timezone.localdate() - datetime.timedelta(days=1)},
        {"closed_at": timezone.now()},
    ],
)
def test_a_closed_or_expired_offer_takes_no_applications(dawid, ziemia, offer_fields):
    offer = OfferFactory(organisation=ziemia, **offer_fields)

    with pytest.raises(ValidationError, match="nie przyjmuje"):
        services.application_create(offer=offer, applicant=dawid, message="Chętnie.", cv=pdf())
    assert not Application.objects.exists()


def test_an_offer_is_still_open_on_its_deadline_day(dawid, ziemia):
    offer = OfferFactory(organisation=ziemia, deadline=timezone.localdate())

    services.application_create(offer=offer, applicant=dawid, message="Zdążyłem.", cv=pdf())

    assert Application.objects.count() == 1


def test_nobody_applies_to_their_own_organisation(celina, ziemia):
    offer = OfferFactory(organisation=ziemia)

    with pytest.raises(ValidationError, match="własnej organizacji"):
        services.application_create(offer=offer, applicant=celina, message="Ja też.", cv=pdf())


def test_one_live_application_per_person_and_offer_but_a_withdrawn_one_does_not_count(dawid, ziemia):
    offer = OfferFactory(organisation=ziemia)
    first = services.application_create(offer=offer, applicant=dawid, message="Raz.", cv=pdf())

    with pytest.raises(ValidationError, match="Już aplikujesz"):
        services.application_create(offer=offer, applicant=dawid, message="Dwa.", cv=pdf())
    assert Application.objects.count() == 1

    services.application_withdraw(application=first, by=dawid)
    services.application_create(offer=offer, applicant=dawid, message="Jeszcze raz.", cv=pdf())
    assert Application.objects.count() == 2


@pytest.mark.parametrize(
    ("steps", "subject_word"),
    [
        (["shortlisted"], "na krótkiej liście"),
        (["rejected"], "odrzucona"),
        (["shortlisted", "hired"], "przyjęta"),
        (["shortlisted", "rejected"], "odrzucona"),
    ],
)
def test_the_organisation_moves_an_application_and_the_applicant_hears_each_step(
    dawid, bogdan, ziemia, steps, subject_word, django_capture_on_commit_callbacks
):
    application = ApplicationFactory(offer=OfferFactory(organisation=ziemia), applicant=dawid)

    for step in steps:
        with django_capture_on_commit_callbacks(execute=True):
            services.application_change_status(application=application, by=bogdan, to_status=step)

    application.refresh_from_db()
    assert application.status == steps[-1]
    assert application.status_changed_at is not None
    assert [m.to for m in mail.outbox] == [[dawid.email]] * len(steps)
    assert subject_word in mail.outbox[-1].subject


@pytest.mark.parametrize(
    ("status", "to_status"),
    [
        ("received", "hired"),
        ("received", "received"),
        ("hired", "rejected"),
        ("rejected", "shortlisted"),
        ("withdrawn", "shortlisted"),
        ("shortlisted", "nonsense"),
    ],
)
def test_an_invalid_move_changes_nothing_and_sends_nothing(
    dawid, bogdan, ziemia, status, to_status, django_capture_on_commit_callbacks
):
    application = ApplicationFactory(offer=OfferFactory(organisation=ziemia), applicant=dawid, status=status)

    with (
        django_capture_on_commit_callbacks(execute=True),
        pytest.raises(ValidationError, match="Nie można zmienić statusu"),
    ):
        services.application_change_status(application=application, by=bogdan, to_status=to_status)

    assert Application.objects.get().status == status
    assert mail.outbox == []


def test_withdrawing_deletes_the_cv_file(dawid, ziemia, private_media, django_capture_on_commit_callbacks):
    application = ApplicationFactory(offer=OfferFactory(organisation=ziemia), applicant=dawid)
    stored = private_media / application.cv.name
    assert stored.exists()

    with django_capture_on_commit_callbacks(execute=True):
        services.application_withdraw(application=application, by=dawid)

    application.refresh_from_db()
    assert application.status == ApplicationStatus.WITHDRAWN
    assert not application.cv
    assert not stored.exists()


def test_a_decided_application_cannot_be_withdrawn(dawid, ziemia):
    application = ApplicationFactory(offer=OfferFactory(organisation=ziemia), applicant=dawid, status="hired")

    with pytest.raises(ValidationError, match="nie można już wycofać"):
        services.application_withdraw(application=application, by=dawid)
    assert Application.objects.get().status == "hired"


def test_deleting_an_account_deletes_its_applications_and_cv_files(
    dawid, ziemia, private_media, django_capture_on_commit_callbacks
):
    from platforma.accounts.services import user_delete

    application = ApplicationFactory(offer=OfferFactory(organisation=ziemia), applicant=dawid)
    stored = private_media / application.cv.name

    with django_capture_on_commit_callbacks(execute=True):
        user_delete(user=dawid)

    assert not Application.objects.exists()
    assert not stored.exists()
    assert Offer.objects.count() == 1


def test_the_gdpr_export_lists_applications_with_the_cv_name_but_never_an_address(dawid, ziemia):
    from platforma.accounts.selectors import user_data_export

    with_cv = ApplicationFactory(offer=OfferFactory(organisation=ziemia), applicant=dawid)
    ApplicationFactory(offer=OfferFactory(organisation=ziemia), applicant=dawid, cv="", status="withdrawn")

    rows = user_data_export(user=dawid)["related"]["talent.application"]

    assert sorted(row["cv"] or "" for row in rows) == ["", with_cv.cv.name]
    assert all(row["message"] for row in rows)
