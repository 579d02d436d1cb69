from datetime import datetime
from typing import Any

from django.db import models
from django.utils import timezone

from platforma.community.comments.models import Comment, CommentStatus


def make_comment(
    *,
    target: models.Model,
    author: Any,
    body: str = "Mamy podobne doświadczenia z rekultywacją hałdy.",
    parent: Comment | None = None,
    created_at: datetime | None = None,
    status: str = CommentStatus.PUBLISHED,
) -> Comment:
    """A comment written straight to the database: no notifications, no limits (for arranging a test)."""
    return Comment.objects.create(
        target=target,
        author=author,
        body=body,
        parent=parent,
        created_at=created_at or timezone.now(),
        status=status,
    )
