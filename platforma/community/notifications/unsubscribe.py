"""Signed tokens for the unsubscribe link of a digest: it works without logging in.

The token names only the account; it is signed with SECRET_KEY (django.core.signing), so nobody can
make one for somebody else. It does not expire: a link in an old digest should still work, and the
worst it can do is turn digests off for the person it was sent to.
"""

from typing import Any

from django.contrib.auth import get_user_model
from django.core import signing

SALT = "platforma.notifications.unsubscribe-digests"


def token_for(user: Any) -> str:
    return signing.dumps(int(user.pk), salt=SALT)


def user_for(token: str) -> Any | None:
    """The active account a token was made for, or None for a forged, damaged or stale token."""
    try:
        user_id = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        return None
    if not isinstance(user_id, int):
        return None
    return get_user_model().objects.filter(pk=user_id, is_active=True).first()
