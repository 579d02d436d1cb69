import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError

from platforma.accounts.models import Availability, Profile, ProfileVisibility, User
from platforma.accounts.services import (
    COORDINATORS_GROUP,
    coordinator_grant,
    coordinator_group_sync,
    profile_get_or_create,
    profile_update,
    user_delete,
)
from platforma.accounts.tests.factories import ProfileFactory, UserFactory
from platforma.taxonomy.models import Competence


def _update(profile, **changes):
    data = {
        "first_name": "Hanna",
        "last_name": "Hydro",
        "job_title": "hydrogeolożka",
        "bio": "Wody kopalniane.",
        "city": "Bytom",
        "availability": Availability.LIMITED,
        "visibility": ProfileVisibility.PUBLIC,
        "competences": Competence.objects.filter(slug__in=["wody-kopalniane", "odsalanie-wod-kopalnianych"]),
    }
    data.update(changes)
    return profile_update(profile=profile, **data)


def test_profile_get_or_create_creates_one_profile_and_then_returns_it(olek):
    first = profile_get_or_create(user=olek)
    second = profile_get_or_create(user=olek)

    assert first.pk == second.pk
    assert Profile.objects.filter(user=olek).count() == 1
    assert first.visibility == ProfileVisibility.MEMBERS


def test_profile_update_saves_names_fields_and_competences(dawid):
    profile = _update(dawid.profile, first_name="  Dawid  ", city=" Gliwice ")

    profile.refresh_from_db()
    dawid.refresh_from_db()
    assert (dawid.first_name, dawid.last_name) == ("Dawid", "Hydro")
    assert (profile.city, profile.availability, profile.visibility) == ("Gliwice", "limited", "public")
    assert sorted(profile.competences.values_list("slug", flat=True)) == [
        "odsalanie-wod-kopalnianych",
        "wody-kopalniane",
    ]


def test_profile_update_with_invalid_data_changes_nothing(dawid):
    before = (dawid.first_name, dawid.profile.bio)

    with pytest.raises(ValidationError):
        _update(dawid.profile, availability="zawsze")

    dawid.refresh_from_db()
    dawid.profile.refresh_from_db()
    assert (dawid.first_name, dawid.profile.bio) == before
    assert dawid.profile.competences.count() == 0


def test_coordinator_grant_sets_the_flags_and_the_group_with_admin_permissions(olek):
    coordinator_grant(user=olek)

    olek = User.objects.get(pk=olek.pk)
    assert olek.is_coordinator and olek.is_staff and not olek.is_superuser
    assert olek.groups.filter(name=COORDINATORS_GROUP).exists()
    for permission in [
        "taxonomy.change_competence",
        "taxonomy.add_competence",
        "accounts.change_profile",
        "organisations.change_organisation",
        "challenges.change_challenge",
        "contact.view_enquiry",
        "account.change_emailaddress",
    ]:
        assert olek.has_perm(permission), permission
    assert not olek.has_perm("auth.change_group")


def test_the_coordinators_group_exists_after_migrations_and_syncing_is_idempotent(db):
    group = Group.objects.get(name=COORDINATORS_GROUP)
    count = group.permissions.count()

    coordinator_group_sync()
    coordinator_group_sync()

    assert Group.objects.filter(name=COORDINATORS_GROUP).count() == 1
    assert group.permissions.count() >= count > 0


def test_user_delete_removes_the_profile_memberships_and_addresses_but_not_the_organisation(bogdan, ziemia):
    ProfileFactory(user=bogdan)
    EmailAddress.objects.create(user=bogdan, email=bogdan.email, verified=True, primary=True)

    user_delete(user=bogdan)

    assert not User.objects.filter(email="bogdan@ziemia.example").exists()
    assert not Profile.objects.filter(user_id=bogdan.pk).exists()
    assert not EmailAddress.objects.filter(email="bogdan@ziemia.example").exists()
    assert ziemia.memberships.count() == 0
    ziemia.refresh_from_db()


def test_user_delete_leaves_other_people_alone(bogdan, celina, ziemia):
    user_delete(user=bogdan)

    assert User.objects.filter(pk=celina.pk).exists()
    assert ziemia.memberships.filter(user=celina).exists()


def test_deleting_one_user_does_not_touch_others_profiles(db):
    keep = ProfileFactory()
    gone = UserFactory()

    user_delete(user=gone)

    assert Profile.objects.filter(pk=keep.pk).exists()
