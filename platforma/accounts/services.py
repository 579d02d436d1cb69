"""Every write about people: profiles, coordinators, deleting an account."""

from collections.abc import Iterable

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models import ProtectedError, RestrictedError

from platforma.accounts.models import Profile, User
from platforma.taxonomy.models import Competence

COORDINATORS_GROUP = "Koordynatorzy"
# Besides our own apps, coordinators fix people's e-mail addresses (allauth's `account` app) in the admin.
EXTRA_COORDINATOR_APP_LABELS = {"account"}


class AccountDeletionBlocked(Exception):
    """Something still depends on the account and must not silently disappear with it."""


@transaction.atomic
def profile_get_or_create(*, user: User) -> Profile:
    """The person's profile, created empty on first use (no signal: every path that needs one asks here)."""
    profile, _created = Profile.objects.get_or_create(user=user)
    return profile


@transaction.atomic
def profile_update(
    *,
    profile: Profile,
    first_name: str,
    last_name: str,
    job_title: str,
    bio: str,
    city: str,
    availability: str,
    visibility: str,
    competences: Iterable[Competence],
) -> Profile:
    user = profile.user
    user.first_name = first_name.strip()
    user.last_name = last_name.strip()
    user.full_clean(exclude=["password"])
    user.save(update_fields=["first_name", "last_name"])

    profile.job_title = job_title.strip()
    profile.bio = bio.strip()
    profile.city = city.strip()
    profile.availability = availability
    profile.visibility = visibility
    profile.full_clean()
    profile.save(update_fields=["job_title", "bio", "city", "availability", "visibility", "updated_at"])
    profile.competences.set(competences)
    return profile


def _platform_app_labels() -> set[str]:
    labels = {config.label for config in apps.get_app_configs() if config.name.startswith("platforma.")}
    return labels | EXTRA_COORDINATOR_APP_LABELS


@transaction.atomic
def coordinator_group_sync() -> Group:
    """The "Koordynatorzy" group with every model permission of the platform's apps, including apps added later.

    The data migration creates the group with the models that existed then; this brings it up to date.
    """
    group, _created = Group.objects.get_or_create(name=COORDINATORS_GROUP)
    permissions = Permission.objects.filter(content_type__app_label__in=_platform_app_labels())
    group.permissions.add(*permissions)
    return group


@transaction.atomic
def coordinator_grant(*, user: User) -> User:
    """Make the person a coordinator: the flag the platform checks, admin access and the admin permissions."""
    user.is_coordinator = True
    user.is_staff = True
    user.save(update_fields=["is_coordinator", "is_staff"])
    user.groups.add(coordinator_group_sync())
    return user


@transaction.atomic
def user_delete(*, user: User) -> None:
    """Delete the account and everything that is only the person's own.

    The database's on_delete rules decide the rest: memberships in organisations go with the account,
    content the person wrote for an organisation keeps its place with no author (SET_NULL). If a rule
    protects something (PROTECT/RESTRICT), nothing is deleted and AccountDeletionBlocked says so.
    """
    try:
        user.delete()
    except (ProtectedError, RestrictedError) as error:
        raise AccountDeletionBlocked(str(error)) from error
