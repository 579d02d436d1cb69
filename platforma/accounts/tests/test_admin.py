from django.urls import reverse

from platforma.accounts.models import User
from platforma.accounts.services import coordinator_grant
from platforma.taxonomy.models import Competence


def test_a_granted_coordinator_edits_the_competence_tree_in_the_admin(client_for, olek):
    client = client_for(coordinator_grant(user=olek))
    parent = Competence.objects.get(slug="wody-kopalniane")

    assert client.get(reverse("admin:taxonomy_competence_changelist")).status_code == 200
    response = client.post(
        reverse("admin:taxonomy_competence_add"),
        {
            "name_pl": "Geotermia kopalniana",
            "name_en": "Mine geothermal",
            "slug": "geotermia",
            "parent": parent.pk,
            "position": 5,
        },
    )

    assert response.status_code == 302
    assert Competence.objects.get(slug="geotermia").parent == parent


def test_a_coordinator_cannot_make_anyone_a_superuser(client_for, olek, dawid):
    client = client_for(coordinator_grant(user=olek))
    url = reverse("admin:accounts_user_change", args=[dawid.pk])

    page = client.get(url)
    assert page.status_code == 200
    assert 'name="is_superuser"' not in page.content.decode()

    client.post(
        url,
        {
            "email": dawid.email,
            "first_name": "Dawid",
            "last_name": "S",
            "is_active": "on",
            "is_superuser": "on",
            "is_staff": "on",
            "date_joined_0": "2026-01-01",
            "date_joined_1": "10:00:00",
        },
    )
    dawid.refresh_from_db()
    assert not dawid.is_superuser and not dawid.is_staff


def test_a_coordinator_cannot_change_a_superuser(client_for, olek, admin_user):
    client = client_for(coordinator_grant(user=olek))

    response = client.post(reverse("admin:accounts_user_change", args=[admin_user.pk]), {"email": "x@x.example"})

    assert response.status_code == 403
    assert User.objects.get(pk=admin_user.pk).email == "admin@example.com"


def test_a_person_without_the_role_is_kept_out_of_the_admin(client_for, olek):
    response = client_for(olek).get(reverse("admin:taxonomy_competence_changelist"))

    assert response.status_code == 302
    assert not Competence.objects.filter(slug="geotermia").exists()


def test_a_superuser_adds_a_user_by_e_mail_alone(admin_client):
    response = admin_client.post(
        reverse("admin:accounts_user_add"),
        {
            "email": "nowa@przyklad.example",
            "usable_password": "true",
            "password1": "Bardzo-Dlugie-Haslo-1",
            "password2": "Bardzo-Dlugie-Haslo-1",
        },
    )

    assert response.status_code == 302
    assert User.objects.get(email="nowa@przyklad.example").check_password("Bardzo-Dlugie-Haslo-1")


def test_the_user_and_profile_lists_search_by_e_mail(admin_client, dawid):
    for name in ("admin:accounts_user_changelist", "admin:accounts_profile_changelist"):
        response = admin_client.get(reverse(name), {"q": "dawid@"})
        assert response.status_code == 200
        assert "Dawid Specjalista" in response.content.decode()
