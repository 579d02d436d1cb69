"""Who may see and change people's profiles. Plain functions; each condition on its own line.

"Members only" means what it says everywhere else on the platform (docs/decisions/0003): people acting for
an organisation that is a current member of the cluster, and coordinators. Organisations decide that, and
accounts sits below organisations, so it must not import them. The check is therefore injected: the setting
PLATFORMA_CLUSTER_MEMBER_CHECK names a function `(user) -> bool` (in our settings,
platforma.organisations.permissions.is_cluster_member), the way AUTH_USER_MODEL names the user model.
A verified e-mail alone would not do: anyone can sign up and verify one, and the label promises members.
"""

from functools import cache
from typing import Any, Protocol

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string

from platforma.accounts.models import Profile, ProfileVisibility


class ClusterMemberCheck(Protocol):
    def __call__(self, user: Any) -> bool: ...


def is_coordinator(user: Any) -> bool:
    return bool(user.is_authenticated and user.is_active and user.is_coordinator)


@cache
def _cluster_member_check(path: str) -> ClusterMemberCheck:
    check: ClusterMemberCheck = import_string(path)
    return check


def viewer_is_cluster_member(user: Any) -> bool:
    """Whether the user acts for a member organisation (or coordinates), as decided by the configured check."""
    if not user.is_authenticated or not user.is_active:
        return False
    if is_coordinator(user):
        return True
    path = getattr(settings, "PLATFORMA_CLUSTER_MEMBER_CHECK", None)
    if not path:
        # Failing loudly beats quietly showing members-only profiles to everybody, or to nobody.
        raise ImproperlyConfigured("Set PLATFORMA_CLUSTER_MEMBER_CHECK to the dotted path of a (user) -> bool check.")
    return bool(_cluster_member_check(path)(user))


def is_profile_owner(viewer: Any, profile: Profile) -> bool:
    return bool(viewer.is_authenticated and viewer.pk == profile.user_id)


def can_view_profile(viewer: Any, profile: Profile, *, viewer_is_cluster_member: bool) -> bool:
    if is_profile_owner(viewer, profile):
        return True
    if is_coordinator(viewer):
        return True
    if not profile.user.is_active:
        return False
    if profile.visibility == ProfileVisibility.PUBLIC:
        return True
    if profile.visibility == ProfileVisibility.MEMBERS:
        return bool(viewer.is_authenticated and viewer.is_active and viewer_is_cluster_member)
    return False


def needs_cluster_membership(profile: Profile) -> bool:
    """Only members-only profiles need the (possibly costly) membership check."""
    return profile.visibility == ProfileVisibility.MEMBERS


def can_edit_profile(viewer: Any, profile: Profile) -> bool:
    """Each person edits only their own profile; coordinators correct others' in the admin."""
    return is_profile_owner(viewer, profile)
