"""Who may use the notification pages. Notifications are personal: each person sees only their own,
which the selectors enforce by filtering on the recipient."""

from typing import Any


def can_use_notifications(user: Any) -> bool:
    """Signed in with an active account: the centre, the header count and the preferences."""
    if not user.is_authenticated:
        return False
    return bool(user.is_active)
