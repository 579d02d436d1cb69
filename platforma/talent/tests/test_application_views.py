import datetime

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from platforma.talent.models import Application, ApplicationStatus, OfferKind
from platforma.talent.pdf import minimal_pdf
from platforma.talent.tests.conftest import ROLES
from platforma.talent.tests.factories import ApplicationFactory, OfferFactory


def apply_url(offer) -> str:
    return reverse("talent:apply", kwargs={"pk": offer.pk})


def cv_url(application) -> str:
    return reverse("talent:application_cv", kwargs={"pk": application.pk})


def pdf(content: bytes | None = None, name: str = "moje-cv.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content if content is not None else minimal_pdf("Dawid"), "application/pdf")


# --- applying -------------------------------------------------------------------------------------------


def test_a_specialist_applies_with_a_message_and_a_pdf(
    client_for, dawid, bogdan, ziemia, django_capture_on_commit_callbacks
):
    offer = OfferFactory(organisation=ziemia, kind=OfferKind.INTERNSHIP)
    browser = client_for(dawid)

    page = browser.get(apply_url(offer)).content.decode()
    assert 'enctype="multipart/form-data"' in page
    assert "Nie widzą ich inne organizacje ani koordynator klastra." in page
    with django_capture_on_commit_callbacks(execute=True):
        response = browser.post(apply_url(offer), {"message": "Studiuję ochronę środowiska.", "cv": pdf()})

    application = Application.objects.get()
    assert response.status_code == 302
    assert response["Location"] == application.get_absolute_url()
    assert application.applicant == dawid
    assert application.message == "Studiuję ochronę środowiska."
    assert application.cv.open("rb").read().startswith(b"%PDF-")
    assert {address for message in mail.outbox for address in message.to} == {dawid.email, bogdan.email}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"cv": lambda: pdf(content=b"GIF89a udaje PDF")}, "CV musi być plikiem PDF."),
        ({"cv": lambda: pdf(content=b"")}, "Przesłany plik jest pusty."),
        ({"cv": lambda: None}, "Dołącz CV w formacie PDF."),
    ],
)
def test_a_bad_cv_is_explained_and_the_message_stays(client_for, dawid, ziemia, data, message):
    offer = OfferFactory(organisation=ziemia)
    upload = data["cv"]()
    payload = {"message": "Moja wiadomość zostaje."} | ({"cv": upload} if upload is not None else {})

    response = client_for(dawid).post(apply_url(offer), payload)

    page = response.content.decode()
    assert response.status_code == 200
    assert message in page
    assert "Moja wiadomość zostaje." in page
    assert not Application.objects.exists()


def test_a_cv_over_the_limit_is_refused_in_polish(client_for, dawid, ziemia, settings):
    settings.MAX_UPLOAD_BYTES = 500
    offer = OfferFactory(organisation=ziemia)

    response = client_for(dawid).post(apply_url(offer), {"message": "Hej", "cv": pdf(minimal_pdf("x" * 900))})

    assert "Plik jest za duży" in response.content.decode()
    assert not Application.objects.exists()


def test_applying_twice_leads_to_the_existing_application(client_for, dawid, ziemia):
    offer = OfferFactory(organisation=ziemia)
    existing = ApplicationFactory(offer=offer, applicant=dawid)

    response = client_for(dawid).post(apply_url(offer), {"message": "Drugi raz", "cv": pdf()})

    assert response.status_code == 302
    assert response["Location"] == existing.get_absolute_url()
    assert Application.objects.count() == 1


@pytest.mark.parametrize(
    ("role", "offer_fields"),
    [
        ("celina", {}),
        ("bogdan", {}),
        ("dawid", {"deadline": timezone.localdate() - datetime.timedelta(days=1)}),
        ("dawid", {"closed_at": timezone.now()}),
    ],
)
def test_nobody_applies_to_their_own_or_a_closed_offer(role, offer_fields, person, client_for, ziemia):
    offer = OfferFactory(organisation=ziemia, **offer_fields)
    browser = client_for(person(role))

    assert browser.get(apply_url(offer)).status_code == 403
    assert browser.post(apply_url(offer), {"message": "Hej", "cv": pdf()}).status_code == 403
    assert not Application.objects.exists()


def test_visitors_are_asked_to_log_in_before_applying(client, ziemia):
    offer = OfferFactory(organisation=ziemia)

    response = client.post(apply_url(offer), {"message": "Hej", "cv": pdf()})

    assert response.status_code == 302
    assert "/konto/login/" in response["Location"]
    assert not Application.objects.exists()


# --- the CV is seen by the applicant and the organisation applied to, and by nobody else ----------------

CV_ACCESS = {"anonymous": 302, "olek": 404, "dawid": 200, "ewa": 404, "celina": 200, "bogdan": 200, "anna": 404}


@pytest.mark.parametrize("role", ROLES)
def test_the_cv_bytes_are_served_only_to_the_applicant_and_the_organisation(role, everyone, client, ziemia):
    secret = minimal_pdf("Tajne CV Dawida")
    application = ApplicationFactory(
        offer=OfferFactory(organisation=ziemia), applicant=everyone["dawid"], cv=SimpleUploadedFile("cv.pdf", secret)
    )
    if role != "anonymous":
        client.force_login(everyone[role])

    response = client.get(cv_url(application))

    assert response.status_code == CV_ACCESS[role]
    body = b"".join(response.streaming_content) if response.streaming else response.content
    if response.status_code == 200:
        assert body == secret
        assert response["Content-Type"] == "application/pdf"
        assert response["Content-Disposition"].startswith("attachment;")
        assert "no-store" in response["Cache-Control"]
    else:
        assert secret not in body
        assert b"%PDF-" not in body
    if role == "anonymous":
        assert "/konto/login/" in response["Location"]


DETAIL_ACCESS = {"olek": 404, "dawid": 200, "ewa": 404, "celina": 200, "bogdan": 200, "anna": 404}


@pytest.mark.parametrize("role", list(DETAIL_ACCESS))
def test_the_application_page_and_its_message_are_private_too(role, everyone, client_for, ziemia):
    application = ApplicationFactory(
        offer=OfferFactory(organisation=ziemia), applicant=everyone["dawid"], message="Prywatna wiadomość Dawida"
    )

    response = client_for(everyone[role]).get(application.get_absolute_url())

    assert response.status_code == DETAIL_ACCESS[role]
    assert ("Prywatna wiadomość Dawida" in response.content.decode()) is (DETAIL_ACCESS[role] == 200)


def test_the_cv_is_never_under_media_url(client, everyone, ziemia, settings):
    application = ApplicationFactory(offer=OfferFactory(organisation=ziemia), applicant=everyone["dawid"])

    assert not (settings.MEDIA_ROOT / application.cv.name).exists()
    assert client.get(settings.MEDIA_URL + application.cv.name).status_code == 404


def test_a_withdrawn_application_has_no_cv_to_serve(client_for, dawid, ziemia):
    application = ApplicationFactory(offer=OfferFactory(organisation=ziemia), applicant=dawid, cv="")

    assert client_for(dawid).get(cv_url(application)).status_code == 404


def test_a_cv_missing_on_disk_is_a_404_not_a_500(client_for, dawid, ziemia):
    application = ApplicationFactory(offer=OfferFactory(organisation=ziemia), applicant=dawid)
    application.cv.storage.delete(application.cv.name)

    assert client_for(dawid).get(cv_url(application)).status_code == 404


@pytest.mark.parametrize(
    "path", ["/praca/aplikacje/abc/cv/", "/praca/aplikacje/999999/cv/", "/praca/aplikacje/999999/"]
)
def test_malformed_or_missing_application_ids_are_404(path, client_for, dawid):
    assert client_for(dawid).get(path).status_code == 404


# --- the organisation's side ----------------------------------------------------------------------------


def test_the_organisation_lists_the_applications_to_its_offer(client_for, celina, ziemia):
    offer = OfferFactory(organisation=ziemia)
    first = ApplicationFactory(offer=offer)
    ApplicationFactory(offer=offer, status=ApplicationStatus.WITHDRAWN)

    response = client_for(celina).get(reverse("talent:applications", kwargs={"pk": offer.pk}))

    page = response.content.decode()
    assert response.status_code == 200
    assert list(response.context["applications"]) == [first]
    assert first.applicant.display_name in page
    assert cv_url(first) in page
    assert '<th scope="col">' in page


@pytest.mark.parametrize("params", [{"status": "xyz"}, {"page": "abc"}, {"status": ["received", "x"]}])
def test_the_applications_list_shrugs_off_malformed_parameters(params, client_for, celina, ziemia):
    offer = OfferFactory(organisation=ziemia)
    ApplicationFactory(offer=offer)

    response = client_for(celina).get(reverse("talent:applications", kwargs={"pk": offer.pk}), params)

    assert response.status_code == 200


@pytest.mark.parametrize(("role", "status"), [("olek", 403), ("dawid", 403), ("ewa", 403), ("anna", 403)])
def test_others_cannot_list_the_applications(role, status, person, client_for, ziemia):
    offer = OfferFactory(organisation=ziemia)
    ApplicationFactory(offer=offer, message="Tajemnica")

    response = client_for(person(role)).get(reverse("talent:applications", kwargs={"pk": offer.pk}))

    assert response.status_code == status
    assert "Tajemnica" not in response.content.decode()


@pytest.mark.parametrize("count", [10, 100])
def test_the_applications_list_uses_a_constant_number_of_queries(
    count, client_for, bogdan, ziemia, django_assert_max_num_queries
):
    offer = OfferFactory(organisation=ziemia)
    ApplicationFactory.create_batch(count, offer=offer, cv="")
    browser = client_for(bogdan)

    with django_assert_max_num_queries(10):
        response = browser.get(reverse("talent:applications", kwargs={"pk": offer.pk}))

    assert len(response.context["applications"]) == min(count, 30)


def test_the_organisation_shortlists_an_application_and_the_applicant_is_told(
    client_for, bogdan, dawid, ziemia, django_capture_on_commit_callbacks
):
    application = ApplicationFactory(offer=OfferFactory(organisation=ziemia), applicant=dawid)
    url = reverse("talent:application_status", kwargs={"pk": application.pk})

    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(bogdan).post(url, {"to_status": "shortlisted"})

    application.refresh_from_db()
    assert response.status_code == 302
    assert application.status == ApplicationStatus.SHORTLISTED
    assert [message.to for message in mail.outbox] == [[dawid.email]]
    assert "na krótkiej liście" in mail.outbox[0].body


def test_the_status_change_answers_an_htmx_request_with_the_status_fragment(
    client_for, bogdan, dawid, ziemia, django_capture_on_commit_callbacks
):
    application = ApplicationFactory(
        offer=OfferFactory(organisation=ziemia), applicant=dawid, status=ApplicationStatus.SHORTLISTED
    )
    url = reverse("talent:application_status", kwargs={"pk": application.pk})

    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(bogdan).post(url, {"to_status": "hired"}, headers={"HX-Request": "true"})

    page = response.content.decode()
    assert response.status_code == 200
    assert page.lstrip().startswith('<section id="status"')
    assert "<html" not in page
    assert 'role="status"' in page
    assert "przyjęta" in page
    application.refresh_from_db()
    assert application.status == ApplicationStatus.HIRED


def test_an_impossible_move_is_explained_and_changes_nothing(client_for, bogdan, dawid, ziemia):
    application = ApplicationFactory(offer=OfferFactory(organisation=ziemia), applicant=dawid)
    url = reverse("talent:application_status", kwargs={"pk": application.pk})

    response = client_for(bogdan).post(url, {"to_status": "hired"}, headers={"HX-Request": "true"})

    assert "Nie można zmienić statusu aplikacji" in response.content.decode()
    application.refresh_from_db()
    assert application.status == ApplicationStatus.RECEIVED
    assert mail.outbox == []


@pytest.mark.parametrize(("role", "status"), [("dawid", 403), ("ewa", 404), ("anna", 404), ("olek", 404)])
def test_only_the_organisation_moves_an_application(role, status, everyone, client_for, ziemia):
    application = ApplicationFactory(offer=OfferFactory(organisation=ziemia), applicant=everyone["dawid"])
    url = reverse("talent:application_status", kwargs={"pk": application.pk})

    response = client_for(everyone[role]).post(url, {"to_status": "shortlisted"})

    assert response.status_code == status
    application.refresh_from_db()
    assert application.status == ApplicationStatus.RECEIVED
    assert mail.outbox == []


def test_the_applicant_withdraws_and_the_cv_is_gone(
    client_for, dawid, ziemia, private_media, django_capture_on_commit_callbacks
):
    application = ApplicationFactory(offer=OfferFactory(organisation=ziemia), applicant=dawid)
    stored = private_media / application.cv.name

    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(dawid).post(
            reverse("talent:application_withdraw", kwargs={"pk": application.pk}), follow=True
        )

    application.refresh_from_db()
    assert application.status == ApplicationStatus.WITHDRAWN
    assert not stored.exists()
    assert "Twoje CV zostało usunięte" in response.content.decode()


def test_the_organisation_cannot_withdraw_someone_elses_application(client_for, bogdan, dawid, ziemia):
    application = ApplicationFactory(offer=OfferFactory(organisation=ziemia), applicant=dawid)

    response = client_for(bogdan).post(reverse("talent:application_withdraw", kwargs={"pk": application.pk}))

    assert response.status_code == 403
    application.refresh_from_db()
    assert application.status == ApplicationStatus.RECEIVED


# --- the applicant's side -------------------------------------------------------------------------------


def test_a_person_sees_the_state_of_all_their_applications(client_for, dawid, ziemia, woda):
    ApplicationFactory(offer=OfferFactory(organisation=ziemia, title="Staż w laboratorium"), applicant=dawid)
    ApplicationFactory(
        offer=OfferFactory(organisation=woda, title="Operator pomp"), applicant=dawid, status="shortlisted"
    )
    ApplicationFactory(offer=OfferFactory(organisation=woda, title="Cudza"))

    response = client_for(dawid).get(reverse("talent:my_applications"))

    page = response.content.decode()
    assert [a.offer.title for a in response.context["applications"]] == ["Operator pomp", "Staż w laboratorium"]
    assert "na krótkiej liście" in page
    assert "otrzymana" in page
    assert "Cudza" not in page


def test_my_applications_needs_logging_in(client, db):
    response = client.get(reverse("talent:my_applications"))

    assert response.status_code == 302


@pytest.mark.parametrize("count", [10, 100])
def test_my_applications_uses_a_constant_number_of_queries(count, client_for, dawid, django_assert_max_num_queries):
    for _ in range(count):
        ApplicationFactory(applicant=dawid, cv="")
    browser = client_for(dawid)

    with django_assert_max_num_queries(8):
        response = browser.get(reverse("talent:my_applications"))

    assert len(response.context["applications"]) == min(count, 30)


def test_no_status_is_preselected_and_an_empty_choice_is_explained(client_for, bogdan, dawid, ziemia):
    application = ApplicationFactory(offer=OfferFactory(organisation=ziemia), applicant=dawid)
    url = reverse("talent:application_status", kwargs={"pk": application.pk})

    page = client_for(bogdan).get(application.get_absolute_url()).content.decode()
    response = client_for(bogdan).post(url, {"to_status": ""})

    assert '<option value="" selected>— wybierz —</option>' in page
    assert "Wybierz nowy status." in response.content.decode()
    application.refresh_from_db()
    assert application.status == ApplicationStatus.RECEIVED
