import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from platforma.organisations.models import OrganisationRole
from platforma.organisations.tests.factories import MembershipFactory
from platforma.resources.models import Resource, ResourceKind, ResourcePhoto
from platforma.resources.tests.factories import ResourceFactory, ResourcePhotoFactory, png_upload
from platforma.taxonomy.tests.factories import CompetenceFactory

CREATE = reverse("resources:create")


def form_data(**overrides):
    data = {
        "kind": ResourceKind.TEST_SITE,
        "name": "Poligon doświadczalny EkoPark",
        "description": "Poletka do testów rekultywacji na glebach z metalami ciężkimi.",
        "city": "Piekary Śląskie",
        "street": "ul. Przemysłowa 14",
        "latitude": "50,38420",
        "longitude": "18,93850",
        "conditions": "Po szkoleniu BHP.",
        "price": "350 zł / dzień",
    }
    return {**data, **overrides}


def test_a_member_lists_a_resource_with_a_photo(client_for, celina, ziemia):
    competence = CompetenceFactory()
    data = form_data(competences=[competence.pk], photo=png_upload(), photo_alt_text="Poletka z lotu ptaka")

    response = client_for(celina).post(CREATE, data)

    resource = Resource.objects.get()
    assert response.status_code == 302
    assert response.url == resource.get_absolute_url()
    assert (resource.owner, resource.created_by, resource.kind) == (ziemia, celina, ResourceKind.TEST_SITE)
    assert str(resource.latitude) == "50.38420"
    assert list(resource.competences.all()) == [competence]
    assert resource.photos.get().alt_text == "Poletka z lotu ptaka"


def test_a_person_of_two_organisations_chooses_the_owner(client_for, bogdan, woda):
    MembershipFactory(organisation=woda, user=bogdan, role=OrganisationRole.MEMBER)
    client = client_for(bogdan)
    assert "Organizacja udostępniająca" in client.get(CREATE).content.decode()
    client.post(CREATE, form_data(owner=woda.pk))
    assert Resource.objects.get().owner == woda


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"name": ""}, "name", "To pole jest wymagane."),
        ({"is_free": "on"}, "price", "Zasób bezpłatny nie ma ceny"),
        ({"longitude": ""}, "longitude", "Podaj obie współrzędne albo żadnej."),
        ({"latitude": "91"}, "latitude", "90"),
        ({"photo_alt_text": ""}, "photo_alt_text", "Opisz, co widać na zdjęciu"),
    ],
)
def test_bad_input_is_explained_in_polish_and_what_was_typed_stays(client_for, bogdan, overrides, field, message):
    data = form_data(**{"photo": png_upload(), "photo_alt_text": "Opis", **overrides})
    response = client_for(bogdan).post(CREATE, data)
    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors[field])
    page = response.content.decode()
    assert "Poletka do testów rekultywacji na glebach z metalami ciężkimi." in page
    assert "Jeśli dodajesz zdjęcie, wybierz plik ponownie." in page
    assert not Resource.objects.exists()


def test_a_file_that_is_not_an_image_is_refused(client_for, bogdan):
    fake = SimpleUploadedFile("zdjecie.jpg", b"<html>nie obraz</html>", content_type="image/jpeg")
    response = client_for(bogdan).post(CREATE, form_data(photo=fake, photo_alt_text="Opis"))
    assert "nie jest obrazem" in " ".join(response.context["form"].errors["photo"])
    assert not Resource.objects.exists()


@pytest.mark.parametrize("role", ["olek", "dawid", "anna"])
def test_people_without_a_member_organisation_are_refused(client_for, request, role):
    client = client_for(request.getfixturevalue(role))
    assert client.get(CREATE).status_code == 403
    assert client.post(CREATE, form_data()).status_code == 403
    assert not Resource.objects.exists()


def test_visitors_are_sent_to_log_in(client):
    response = client.get(CREATE)
    assert response.status_code == 302
    assert "/konto/login/" in response.url


def edit_url(resource) -> str:
    return reverse("resources:edit", kwargs={"pk": resource.pk})


def test_the_owner_edits_and_switches_the_resource_off(client_for, celina, ziemia):
    resource = ResourceFactory(owner=ziemia)
    response = client_for(celina).post(edit_url(resource), form_data(name="Wiertnica po przeglądzie"))
    assert response.status_code == 302
    resource.refresh_from_db()
    assert (resource.name, resource.is_active) == ("Wiertnica po przeglądzie", False)


@pytest.mark.parametrize(("role", "status"), [("ewa", 403), ("olek", 403), ("dawid", 403)])
def test_others_may_not_edit_and_nothing_changes(client_for, request, ziemia, role, status):
    resource = ResourceFactory(owner=ziemia, name="Wiertnica")
    client = client_for(request.getfixturevalue(role))
    assert client.get(edit_url(resource)).status_code == status
    assert client.post(edit_url(resource), form_data(name="Przejęta")).status_code == status
    resource.refresh_from_db()
    assert resource.name == "Wiertnica"


def test_a_switched_off_resource_of_another_organisation_is_a_404_for_editing(client_for, ewa, ziemia):
    resource = ResourceFactory(owner=ziemia, is_active=False)
    assert client_for(ewa).get(edit_url(resource)).status_code == 404


def test_the_coordinator_may_correct_any_resource(client_for, anna, ziemia):
    resource = ResourceFactory(owner=ziemia)
    assert client_for(anna).post(edit_url(resource), form_data(name="Poprawiona", is_active="on")).status_code == 302
    resource.refresh_from_db()
    assert (resource.name, resource.is_active) == ("Poprawiona", True)


def test_the_owner_adds_and_removes_photos(client_for, bogdan, ziemia):
    resource = ResourceFactory(owner=ziemia)
    client = client_for(bogdan)
    add = reverse("resources:photo_add", kwargs={"pk": resource.pk})

    response = client.post(add, {"image": png_upload(), "alt_text": "Wiertnica z boku"})

    assert response.status_code == 302
    photo = resource.photos.get()
    assert photo.alt_text == "Wiertnica z boku"
    page = client.get(edit_url(resource)).content.decode()
    assert 'alt="Wiertnica z boku"' in page

    delete = reverse("resources:photo_delete", kwargs={"pk": resource.pk, "photo_pk": photo.pk})
    assert client.post(delete).status_code == 302
    assert not ResourcePhoto.objects.exists()


def test_a_photo_without_a_description_is_explained_on_the_edit_page(client_for, bogdan, ziemia):
    resource = ResourceFactory(owner=ziemia)
    response = client_for(bogdan).post(
        reverse("resources:photo_add", kwargs={"pk": resource.pk}), {"image": png_upload(), "alt_text": ""}
    )
    assert response.status_code == 200
    assert "Opisz, co widać na zdjęciu" in response.content.decode()
    assert not ResourcePhoto.objects.exists()


def test_others_may_not_add_or_remove_photos(client_for, ewa, ziemia):
    resource = ResourceFactory(owner=ziemia)
    photo = ResourcePhotoFactory(resource=resource)
    client = client_for(ewa)
    add = reverse("resources:photo_add", kwargs={"pk": resource.pk})
    delete = reverse("resources:photo_delete", kwargs={"pk": resource.pk, "photo_pk": photo.pk})
    assert client.post(add, {"image": png_upload(), "alt_text": "Cudze"}).status_code == 403
    assert client.post(delete).status_code == 403
    assert list(ResourcePhoto.objects.all()) == [photo]


def test_visitors_posting_a_photo_are_sent_to_log_in(client, ziemia):
    resource = ResourceFactory(owner=ziemia)
    response = client.post(reverse("resources:photo_add", kwargs={"pk": resource.pk}), {"alt_text": "x"})
    assert response.status_code == 302
    assert "/konto/login/" in response.url
    assert not ResourcePhoto.objects.exists()


def test_a_photo_of_another_resource_is_a_404(client_for, bogdan, ziemia):
    resource = ResourceFactory(owner=ziemia)
    foreign = ResourcePhotoFactory()
    delete = reverse("resources:photo_delete", kwargs={"pk": resource.pk, "photo_pk": foreign.pk})
    assert client_for(bogdan).post(delete).status_code == 404
    assert ResourcePhoto.objects.count() == 1
