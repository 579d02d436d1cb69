import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from platforma.organisations.models import ClusterStatus

EDIT = reverse("organisations:edit", kwargs={"slug": "ziemia-czysta"})


@pytest.fixture
def edit_data(competence_tree):
    return {
        "name": "Ziemia Czysta S.A.",
        "type": "company",
        "nip": "1234563218",
        "city": "Bytom",
        "postal_code": "41-902",
        "description": "Nowy opis",
        "competences": [competence_tree["water"].pk],
    }


def test_the_edit_form_is_filled_in_and_has_no_application_fields(client_for, bogdan, ziemia):
    response = client_for(bogdan).get(EDIT)
    content = response.content.decode()
    assert response.status_code == 200
    assert 'value="Ziemia Czysta sp. z o.o."' in content
    assert "application_note" not in content and "authorised" not in content


@pytest.mark.parametrize("persona", ["bogdan", "anna"])
def test_admin_or_coordinator_saves_changes(client_for, ziemia, bogdan, persona, request, edit_data, competence_tree):
    response = client_for(request.getfixturevalue(persona)).post(EDIT, edit_data)
    assert response.status_code == 302
    assert response["Location"] == "/organizacje/ziemia-czysta/"
    ziemia.refresh_from_db()
    assert (ziemia.name, ziemia.description, ziemia.nip) == ("Ziemia Czysta S.A.", "Nowy opis", "1234563218")
    assert list(ziemia.competences.all()) == [competence_tree["water"]]
    assert ziemia.cluster_status == ClusterStatus.MEMBER


@pytest.mark.parametrize("persona", ["celina", "ewa", "olek", "dawid"])
def test_others_get_403_and_nothing_changes(client_for, ziemia, bogdan, persona, request, edit_data):
    client = client_for(request.getfixturevalue(persona))
    assert client.get(EDIT).status_code == 403
    assert client.post(EDIT, edit_data).status_code == 403
    ziemia.refresh_from_db()
    assert ziemia.name == "Ziemia Czysta sp. z o.o."


def test_an_outsider_gets_404_for_an_application(client_for, ziemia, olek, edit_data):
    ziemia.cluster_status = ClusterStatus.APPLICANT
    ziemia.save()
    assert client_for(olek).post(EDIT, edit_data).status_code == 404
    ziemia.refresh_from_db()
    assert ziemia.name == "Ziemia Czysta sp. z o.o."


def test_anonymous_visitor_is_sent_to_log_in(client, ziemia):
    response = client.get(EDIT)
    assert response.status_code == 302
    assert "next=/organizacje/ziemia-czysta/edytuj/" in response["Location"]


def test_an_invalid_edit_keeps_the_typed_values_and_the_old_heading(client_for, bogdan, ziemia, edit_data):
    response = client_for(bogdan).post(EDIT, {**edit_data, "nip": "111"})
    content = response.content.decode()
    assert response.status_code == 200
    assert 'value="Ziemia Czysta S.A."' in content
    assert "Edycja profilu: Ziemia Czysta sp. z o.o." in content
    ziemia.refresh_from_db()
    assert ziemia.name == "Ziemia Czysta sp. z o.o."


def test_a_fake_image_is_refused_and_the_old_logo_stays(client_for, bogdan, ziemia, edit_data, png_upload):
    ziemia.logo = png_upload("stare.png")
    ziemia.save()
    old = ziemia.logo.name
    fake = SimpleUploadedFile("nowe.png", b"GIF89a-nie-do-konca", content_type="image/png")
    response = client_for(bogdan).post(EDIT, {**edit_data, "logo": fake})
    assert "logo" in response.context["form"].errors
    ziemia.refresh_from_db()
    assert ziemia.logo.name == old


def test_ticking_clear_removes_the_logo(client_for, bogdan, ziemia, edit_data, png_upload):
    ziemia.logo = png_upload()
    ziemia.save()
    client_for(bogdan).post(EDIT, {**edit_data, "logo-clear": "on"})
    ziemia.refresh_from_db()
    assert not ziemia.logo
