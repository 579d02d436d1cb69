import pytest
from django.urls import reverse

from platforma.accounts.models import ProfileVisibility
from platforma.accounts.tests.factories import ProfileFactory
from platforma.organisations.models import ClusterStatus
from platforma.organisations.tests.factories import MembershipFactory

DETAIL = reverse("organisations:detail", kwargs={"slug": "ziemia-czysta"})


@pytest.fixture
def profile_page(ziemia, competence_tree):
    ziemia.description = "Rekultywujemy **gleby** z cynkiem.\n\n<script>alert(1)</script>"
    ziemia.offers = "Badania gleby"
    ziemia.needs = "Partner z laboratorium"
    ziemia.street = "ul. Konstytucji 14"
    ziemia.website = "https://ziemia.example"
    ziemia.nip = "1234563218"
    ziemia.save()
    ziemia.competences.set([competence_tree["stab"]])
    public = ProfileFactory(visibility=ProfileVisibility.PUBLIC, user__first_name="Jawna", job_title="Geolog")
    MembershipFactory(organisation=ziemia, user=public.user)
    hidden = ProfileFactory(visibility=ProfileVisibility.PRIVATE, user__first_name="Ukryta")
    MembershipFactory(organisation=ziemia, user=hidden.user)
    return ziemia


def test_visitor_sees_the_public_profile(client, profile_page):
    response = client.get(DETAIL)
    content = response.content.decode()
    assert response.status_code == 200
    assert "<strong>gleby</strong>" in content
    assert "<script>alert" not in content
    for text in ("Badania gleby", "Partner z laboratorium", "ul. Konstytucji 14", "https://ziemia.example"):
        assert text in content
    assert "1234563218" in content
    assert "Fitostabilizacja" in content
    assert "Jawna" in content and "Geolog" in content
    assert "Ukryta" not in content
    assert "Edytuj profil" not in content


def test_the_organisations_admin_gets_links_to_edit_and_manage(client_for, bogdan, profile_page):
    content = client_for(bogdan).get(DETAIL).content.decode()
    assert reverse("organisations:edit", kwargs={"slug": "ziemia-czysta"}) in content
    assert reverse("organisations:people", kwargs={"slug": "ziemia-czysta"}) in content
    assert "Ukryta" in content  # its own people see everyone


def test_the_logo_is_shown_with_a_text_alternative(client, ziemia, png_upload):
    ziemia.logo = png_upload()
    ziemia.save()
    content = client.get(DETAIL).content.decode()
    assert f'src="{ziemia.logo.url}"' in content
    assert 'alt="Logo: Ziemia Czysta sp. z o.o."' in content


@pytest.mark.parametrize("status", [ClusterStatus.APPLICANT, ClusterStatus.REJECTED])
@pytest.mark.parametrize("persona", [None, "olek", "dawid", "ewa"])
def test_an_application_is_404_for_outsiders(client, client_for, ziemia, status, persona, request):
    ziemia.cluster_status = status
    ziemia.save()
    browser = client_for(request.getfixturevalue(persona)) if persona else client
    assert browser.get(DETAIL).status_code == 404


@pytest.mark.parametrize("persona", ["bogdan", "celina", "anna"])
def test_an_application_is_visible_to_its_people_and_the_coordinator(
    client_for, ziemia, bogdan, celina, persona, request
):
    ziemia.cluster_status = ClusterStatus.APPLICANT
    ziemia.save()
    response = client_for(request.getfixturevalue(persona)).get(DETAIL)
    assert response.status_code == 200
    assert "czeka na decyzję koordynatora" in response.content.decode()


def test_an_unknown_organisation_is_404(client, db):
    assert client.get(reverse("organisations:detail", kwargs={"slug": "nie-ma"})).status_code == 404


def test_a_suspended_member_is_public_with_its_status_written_out(client, ziemia):
    ziemia.cluster_status = ClusterStatus.SUSPENDED
    ziemia.save()
    assert "członkostwo zawieszone" in client.get(DETAIL).content.decode()
