import pytest
from django.urls import reverse

from platforma.accounts.models import Profile
from platforma.taxonomy.models import Competence

URL = "/konto/profil/"


def _post_data(**changes):
    soil = Competence.objects.get(slug="fitostabilizacja")
    data = {
        "first_name": "Dawid",
        "last_name": "Nowak",
        "job_title": "Hydrogeolog",
        "city": "Zabrze",
        "bio": "Zajmuję się wodami kopalnianymi.",
        "competences": [str(soil.pk)],
        "availability": "limited",
        "visibility": "public",
    }
    data.update(changes)
    return data


def test_the_profile_url_is_polish_and_named():
    assert reverse("accounts:profile") == URL
    assert reverse("accounts:public_profile", kwargs={"pk": 3}) == "/konto/specjalista/3/"


def test_anonymous_visitors_are_sent_to_log_in(client, db):
    response = client.get(URL)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_the_profile_page_creates_a_missing_profile_and_shows_the_form(client_for, olek):
    response = client_for(olek).get(URL)

    assert response.status_code == 200
    assert Profile.objects.filter(user=olek).exists()
    html = response.content.decode()
    assert "<h1>Mój profil</h1>" in html
    assert 'name="first_name"' in html and 'value="Olek"' in html
    assert "Remediacja gleb i wód podziemnych" in html
    assert "<fieldset" in html and "<details" in html


def test_saving_the_profile_updates_the_person_and_redirects(client_for, dawid):
    response = client_for(dawid).post(URL, _post_data())

    assert response.status_code == 302
    assert response["Location"] == URL
    dawid.refresh_from_db()
    dawid.profile.refresh_from_db()
    assert (dawid.last_name, dawid.profile.job_title, dawid.profile.visibility) == ("Nowak", "Hydrogeolog", "public")
    assert list(dawid.profile.competences.values_list("slug", flat=True)) == ["fitostabilizacja"]


def test_a_profile_with_errors_keeps_what_was_typed_explains_and_saves_nothing(client_for, dawid):
    response = client_for(dawid).post(URL, _post_data(first_name="   ", bio="x" * 4001))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Nie zapisano zmian" in html
    assert "To pole jest wymagane." in html
    assert "Hydrogeolog" in html and "Zabrze" in html
    soil = Competence.objects.get(slug="fitostabilizacja")
    assert f'value="{soil.pk}"' in html and "checked" in html
    dawid.refresh_from_db()
    dawid.profile.refresh_from_db()
    assert dawid.first_name == "Dawid"
    assert dawid.profile.job_title == "Specjalista ds. ochrony środowiska"
    assert dawid.profile.competences.count() == 0


@pytest.mark.parametrize("bad", ["abc", "999999", ""])
def test_a_bad_competence_value_is_a_polish_form_error_not_a_500(client_for, dawid, bad):
    response = client_for(dawid).post(URL, _post_data(competences=[bad]))

    assert response.status_code == 200
    assert dawid.profile.competences.count() == 0


def test_a_bad_visibility_is_refused(client_for, dawid):
    response = client_for(dawid).post(URL, _post_data(visibility="everyone"))

    assert response.status_code == 200
    dawid.profile.refresh_from_db()
    assert dawid.profile.visibility == "members"


def test_the_page_lists_the_person_s_organisations(client_for, bogdan, ziemia):
    html = client_for(bogdan).get(URL).content.decode()

    assert ziemia.name in html
    assert "administrator" in html


@pytest.mark.parametrize("selected", [10, 90])
def test_the_profile_page_takes_the_same_queries_whatever_is_selected(
    client_for, dawid, django_assert_max_num_queries, selected
):
    dawid.profile.competences.set(Competence.objects.all()[:selected])
    client = client_for(dawid)

    with django_assert_max_num_queries(12):
        response = client.get(URL)

    assert response.status_code == 200
    assert response.content.decode().count(" checked") >= selected
