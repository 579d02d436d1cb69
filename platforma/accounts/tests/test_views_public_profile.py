import pytest
from django.urls import reverse

from platforma.accounts.models import ProfileVisibility
from platforma.taxonomy.models import Competence

ALLOWED = {
    ProfileVisibility.PUBLIC: {"anonymous", "olek", "dawid", "ewa", "celina", "bogdan", "anna"},
    ProfileVisibility.MEMBERS: {"ewa", "celina", "bogdan", "anna"},
    ProfileVisibility.PRIVATE: {"anna"},
}


def _url(profile):
    return reverse("accounts:public_profile", kwargs={"pk": profile.pk})


@pytest.mark.parametrize("visibility", list(ALLOWED))
@pytest.mark.parametrize("viewer", ["anonymous", "olek", "dawid", "ewa", "celina", "bogdan", "anna"])
def test_the_public_profile_obeys_its_visibility(request, client, client_for, owner, visibility, viewer):
    owner.visibility = visibility
    owner.save()
    browser = client if viewer == "anonymous" else client_for(request.getfixturevalue(viewer))

    response = browser.get(_url(owner))

    expected = 200 if viewer in ALLOWED[visibility] else 404
    assert response.status_code == expected
    if expected == 200:
        assert "<h1>Hanna Hydro</h1>" in response.content.decode()


def test_the_owner_sees_their_private_profile_with_a_note_and_an_edit_link(client_for, owner):
    owner.visibility = ProfileVisibility.PRIVATE
    owner.save()

    html = client_for(owner.user).get(_url(owner)).content.decode()

    assert "Tak widzą Twój profil inni" in html
    assert reverse("accounts:profile") in html


def test_a_deactivated_person_s_profile_is_gone_for_others(client, owner):
    owner.visibility = ProfileVisibility.PUBLIC
    owner.save()
    owner.user.is_active = False
    owner.user.save()

    assert client.get(_url(owner)).status_code == 404


def test_a_profile_that_does_not_exist_is_404(client, db):
    assert client.get("/konto/specjalista/999999/").status_code == 404


def test_the_public_profile_shows_no_e_mail_address(client, owner):
    owner.visibility = ProfileVisibility.PUBLIC
    owner.save()

    assert owner.user.email not in client.get(_url(owner)).content.decode()


@pytest.mark.parametrize("count", [10, 90])
def test_the_public_profile_takes_the_same_queries_whatever_the_competences(
    client_for, celina, owner, django_assert_max_num_queries, count
):
    owner.competences.set(Competence.objects.all()[:count])
    client = client_for(celina)

    with django_assert_max_num_queries(8):
        response = client.get(_url(owner))

    assert response.status_code == 200
    assert response.content.decode().count('class="competence-chip"') == count
