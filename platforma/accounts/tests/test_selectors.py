import json

import pytest
from allauth.account.models import EmailAddress
from django.http import Http404

from platforma.accounts.models import ProfileVisibility
from platforma.accounts.selectors import profile_get_visible, user_data_export, user_memberships
from platforma.accounts.tests.factories import ProfileFactory, UserFactory
from platforma.taxonomy.models import Competence


def test_profile_get_visible_is_404_for_a_profile_that_does_not_exist(olek):
    with pytest.raises(Http404):
        profile_get_visible(viewer=olek, pk=999_999)


def test_profile_get_visible_is_404_for_a_private_profile_of_someone_else(owner, olek):
    owner.visibility = ProfileVisibility.PRIVATE
    owner.save()

    with pytest.raises(Http404):
        profile_get_visible(viewer=olek, pk=owner.pk)


def test_profile_get_visible_skips_the_membership_check_for_public_profiles(owner, olek, django_assert_num_queries):
    owner.visibility = ProfileVisibility.PUBLIC
    owner.save()

    with django_assert_num_queries(2):  # the profile with its user, and its competences
        assert profile_get_visible(viewer=olek, pk=owner.pk) == owner


def test_user_memberships_lists_the_person_s_organisations_with_them_loaded(bogdan, ziemia, django_assert_num_queries):
    with django_assert_num_queries(1):
        memberships = user_memberships(user=bogdan)
        names = [m.organisation.name for m in memberships]

    assert names == [ziemia.name]


def test_the_export_holds_the_person_s_account_profile_addresses_and_memberships(bogdan, ziemia):
    profile = ProfileFactory(user=bogdan, bio="Rekultywacja hałd w Bytomiu.")
    profile.competences.set(Competence.objects.filter(slug="rekultywacja-hald"))
    EmailAddress.objects.create(user=bogdan, email=bogdan.email, verified=True, primary=True)

    data = user_data_export(user=bogdan)

    assert data["user"]["email"] == "bogdan@ziemia.example"
    assert data["user"]["first_name"] == "Bogdan"
    assert "password" not in json.dumps(data)
    assert data["profile"]["bio"] == "Rekultywacja hałd w Bytomiu."
    assert data["profile"]["competences"][0]["slug"] == "rekultywacja-hald"
    assert data["related"]["account.emailaddress"][0]["email"] == "bogdan@ziemia.example"
    membership = data["related"]["organisations.organisationmembership"][0]
    assert membership["organisation"] == {"id": ziemia.pk, "label": ziemia.name}
    assert membership["role"] == "admin"


def test_the_export_contains_nothing_of_other_people(bogdan, celina, dawid, ewa):
    EmailAddress.objects.create(user=celina, email=celina.email, verified=True, primary=True)
    ProfileFactory(user=celina, bio="Sekret Celiny")
    other = UserFactory(email="ktos.inny@przyklad.example", first_name="Zenobia")

    text = json.dumps(user_data_export(user=bogdan), ensure_ascii=False)

    for foreign in [celina.email, "Celina", "Sekret Celiny", dawid.email, ewa.email, other.email, "Zenobia"]:
        assert foreign not in text


def test_the_export_of_a_person_without_a_profile_says_so(olek):
    data = user_data_export(user=olek)

    assert data["profile"] is None
    assert data["related"]["organisations.organisationmembership"] == []
