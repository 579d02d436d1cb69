import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from platforma.organisations.models import ClusterStatus, Organisation, OrganisationMembership

APPLY = reverse("organisations:apply")


@pytest.fixture
def form_data(competence_tree):
    return {
        "name": "Fundacja Zielone Hałdy",
        "type": "ngo",
        "nip": "123-456-32-18",
        "regon": "123456785",
        "krs": "0000123456",
        "street": "ul. Bytomska 1",
        "postal_code": "41-940",
        "city": "Piekary Śląskie",
        "latitude": "50,38",
        "longitude": "18,95",
        "website": "https://zielone-haldy.example",
        "email": "biuro@zielone-haldy.example",
        "phone": "+48 32 123 45 67",
        "description": "Zazieleniamy **hałdy**.",
        "competences": [competence_tree["stab"].pk, competence_tree["water"].pk],
        "offers": "Wolontariusze",
        "needs": "Sadzonki",
        "application_note": "Chcemy współpracować przy rekultywacji.",
        "authorised": "on",
    }


def test_anonymous_visitor_is_sent_to_log_in_and_back(client, db):
    response = client.get(APPLY)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert "next=/organizacje/dolacz/" in response["Location"]


def test_anonymous_post_creates_nothing(client, form_data):
    client.post(APPLY, form_data)
    assert not Organisation.objects.exists()


def test_the_form_lists_competences_grouped_by_area(client_for, olek, competence_tree):
    content = client_for(olek).get(APPLY).content.decode()
    assert "Remediacja gleb — ogólnie" in content
    assert "— Fitostabilizacja" in content
    assert 'enctype="multipart/form-data"' in content


def test_applying_creates_an_application_and_shows_a_confirmation(
    client_for, olek, form_data, png_upload, mailoutbox, django_capture_on_commit_callbacks, settings
):
    client = client_for(olek)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(APPLY, {**form_data, "logo": png_upload()})
    organisation = Organisation.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("organisations:apply_done", kwargs={"slug": "fundacja-zielone-haldy"})
    assert organisation.cluster_status == ClusterStatus.APPLICANT
    assert organisation.nip == "1234563218"
    assert str(organisation.latitude) == "50.38000"
    assert organisation.competences.count() == 2
    assert organisation.logo.name.endswith("fundacja-zielone-haldy.png")
    assert OrganisationMembership.objects.get(organisation=organisation).user == olek
    assert [m.to for m in mailoutbox] == [[settings.COORDINATOR_EMAIL]]

    confirmation = client.get(response["Location"])
    assert "Wniosek został wysłany" in confirmation.content.decode()


def test_confirmation_page_of_someone_elses_application_is_404(client_for, olek, ewa, form_data):
    client_for(olek).post(APPLY, form_data)
    url = reverse("organisations:apply_done", kwargs={"slug": "fundacja-zielone-haldy"})
    assert client_for(ewa).get(url).status_code == 404


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("nip", "123-456-32-19", "Nieprawidłowy NIP — sprawdź cyfrę kontrolną."),
        ("regon", "12345", "REGON ma 9 albo 14 cyfr."),
        ("krs", "123", "Numer KRS ma 10 cyfr (z zerami na początku), np. 0000123456."),
        ("postal_code", "41940", "Kod pocztowy ma postać NN-NNN, np. 41-940."),
        ("latitude", "123", None),
    ],
)
def test_a_wrong_field_is_explained_and_what_was_typed_is_kept(client_for, olek, form_data, field, value, message):
    response = client_for(olek).post(APPLY, {**form_data, field: value})
    content = response.content.decode()
    assert response.status_code == 200
    assert not Organisation.objects.exists()
    assert field in response.context["form"].errors
    if message:
        assert message in content
    assert 'value="Fundacja Zielone Hałdy"' in content
    assert "Chcemy współpracować przy rekultywacji." in content
    assert "Formularz zawiera błędy" in content


def test_the_statement_of_authority_is_required(client_for, olek, form_data):
    del form_data["authorised"]
    response = client_for(olek).post(APPLY, form_data)
    assert "Bez tego oświadczenia nie możemy przyjąć wniosku." in response.content.decode()
    assert not Organisation.objects.exists()


def test_a_text_file_named_png_is_not_accepted_as_a_logo(client_for, olek, form_data):
    fake = SimpleUploadedFile("logo.png", b"to nie jest obraz", content_type="image/png")
    response = client_for(olek).post(APPLY, {**form_data, "logo": fake})
    assert response.context["form"].errors["logo"] == ["Ten plik nie jest obrazem PNG, JPEG, WebP ani GIF."]
    assert "wybierz plik ponownie" in response.content.decode()
    assert not Organisation.objects.exists()


def test_a_logo_over_the_size_limit_is_not_accepted(client_for, olek, form_data, png_upload, settings):
    settings.MAX_UPLOAD_BYTES = 10_000
    response = client_for(olek).post(APPLY, {**form_data, "logo": png_upload(size=(200, 200), noise=True)})
    [error] = response.context["form"].errors["logo"]
    assert error.startswith("Plik jest za duży")
    assert not Organisation.objects.exists()


def test_a_duplicate_nip_is_reported_on_the_nip_field(client_for, olek, ziemia, form_data):
    ziemia.nip = "1234563218"
    ziemia.save()
    response = client_for(olek).post(APPLY, form_data)
    assert "Organizacja z tym NIP-em jest już na platformie" in response.context["form"].errors["nip"][0]
    assert Organisation.objects.count() == 1


def test_an_empty_post_shows_what_is_missing(client_for, olek, db):
    response = client_for(olek).post(APPLY, {})
    assert response.status_code == 200
    assert "name" in response.context["form"].errors
    assert not Organisation.objects.exists()


def test_the_english_interface_uses_the_same_path_under_en(client_for, olek, db):
    response = client_for(olek).get("/en" + APPLY)
    assert response.status_code == 200
    assert '<html lang="en">' in response.content.decode()
