"""Who may read, write and moderate comments. Plain functions; each condition on its own line.

The target's own rules decide (through `community.targets`): whoever may not see a challenge sees none
of its comments. These functions assume the target was loaded through a selector that checked that;
they repeat the check only where acting on a comment needs more than seeing it.
"""

from datetime import datetime
from typing import Any

from django.utils import timezone

from platforma.community import targets
from platforma.community.comments.models import Comment
from platforma.organisations.permissions import is_coordinator


def _signed_in(user: Any) -> bool:
    return bool(user.is_authenticated and user.is_active)


def can_view_comments(user: Any, target: Any) -> bool:
    target_type = targets.type_of(target)
    if target_type is None or not target_type.commentable:
        return False
    return targets.can_view(user, target)


def can_comment(user: Any, target: Any) -> bool:
    if not _signed_in(user):
        return False
    if not can_view_comments(user, target):
        return False
    target_type = targets.type_of(target)
    if target_type is not None and target_type.can_comment is not None:
        return bool(target_type.can_comment(user, target))
    return True


def can_moderate_comments(user: Any, target: Any) -> bool:
    """The coordinator everywhere; the people the target type names (e.g. a challenge's owners) on it."""
    if is_coordinator(user):
        return True
    if not _signed_in(user):
        return False
    target_type = targets.type_of(target)
    if target_type is None or target_type.can_moderate is None:
        return False
    return bool(target_type.can_moderate(user, target))


def is_author(user: Any, comment: Comment) -> bool:
    return _signed_in(user) and comment.author_id == user.pk


def can_edit_comment(user: Any, comment: Comment, *, now: datetime | None = None) -> bool:
    if not is_author(user, comment):
        return False
    if not comment.is_published:
        return False
    return (now or timezone.now()) <= comment.edit_deadline()


def can_delete_comment(user: Any, comment: Comment, target: Any) -> bool:
    if comment.is_deleted:
        return False
    if is_author(user, comment):
        return True
    return can_moderate_comments(user, target)


def can_hide_comment(user: Any, comment: Comment, target: Any) -> bool:
    if not comment.is_published:
        return False
    return can_moderate_comments(user, target)


def can_report_comment(user: Any, comment: Comment) -> bool:
    if not _signed_in(user):
        return False
    if not comment.is_published:
        return False
    return comment.author_id != user.pk


def can_manage_reports(user: Any) -> bool:
    return is_coordinator(user)
