"""Reads of comments. Every read goes through the target's visibility (`community.targets`): a thread, a
comment or a report is found only by someone who may see the object it is attached to — 404 otherwise."""

from dataclasses import dataclass, field
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db.models import Prefetch
from django.http import Http404

from platforma.community import targets
from platforma.community.comments import permissions
from platforma.community.comments.models import Comment, Report, ReportStatus


def target_get_for_user(*, user: Any, content_type_id: Any, object_id: Any) -> Any:
    """The commentable object behind (content type, id), if `user` may see it; Http404 for anything else."""
    target = targets.resolve(content_type_id=content_type_id, object_id=object_id)
    if target is None or not permissions.can_view_comments(user, target):
        raise Http404
    return target


def comment_get_for_user(*, user: Any, pk: Any) -> tuple[Comment, Any]:
    """A comment and its target, if `user` may see the target; Http404 otherwise (also for a bad pk)."""
    try:
        comment = Comment.objects.select_related("author", "parent").get(pk=int(pk))
    except (TypeError, ValueError, Comment.DoesNotExist):
        raise Http404 from None
    target = target_get_for_user(user=user, content_type_id=comment.target_type_id, object_id=comment.target_id)
    return comment, target


@dataclass
class Thread:
    target: Any
    comments: list[Comment]
    # Comments the viewer has already reported: the page says so instead of offering the form again.
    reported_ids: set[int] = field(default_factory=set)

    @property
    def count(self) -> int:
        """Comments people can read: removed ones stay as a trace, but are not counted."""
        return sum(
            (1 if comment.is_published else 0) + sum(1 for reply in comment.replies.all() if reply.is_published)
            for comment in self.comments
        )


def thread_for_target(*, user: Any, target: Any) -> Thread:
    """Top comments, oldest first, each with its replies. Three queries whatever the size of the thread."""
    replies = Prefetch("replies", queryset=Comment.objects.select_related("author").order_by("created_at", "pk"))
    comments = list(Comment.objects.for_target(target).top_level().select_related("author").prefetch_related(replies))
    reported_ids: set[int] = set()
    if user.is_authenticated:
        reported_ids = set(
            Report.objects.filter(
                reporter=user,
                comment__target_type=ContentType.objects.get_for_model(type(target)),
                comment__target_id=target.pk,
            ).values_list("comment_id", flat=True)
        )
    return Thread(target=target, comments=comments, reported_ids=reported_ids)


def earlier_commenter_ids(*, target: Any, exclude_ids: set[int]) -> list[int]:
    """People who took part in the discussion of `target` (their comments not removed)."""
    authors = (
        Comment.objects.for_target(target)
        .published()
        .exclude(author_id__in=exclude_ids)
        .exclude(author__isnull=True)
        .values_list("author_id", flat=True)
        .distinct()
    )
    return sorted(set(authors))


@dataclass
class ReportRow:
    report: Report
    target: Any
    title: str


def report_list_open(*, user: Any) -> list[ReportRow]:
    """Open reports, oldest first, each with the commented object (when `user` may still see it).

    The targets are loaded in one query per kind of target, so the page does not grow by a query a row.
    """
    reports = list(
        Report.objects.filter(status=ReportStatus.OPEN)
        .select_related("comment__author", "reporter")
        .order_by("created_at", "pk")
    )
    loaded = targets.load_visible(user, [(r.comment.target_type_id, r.comment.target_id) for r in reports])
    rows = []
    for report in reports:
        target = loaded.get((report.comment.target_type_id, report.comment.target_id))
        rows.append(ReportRow(report=report, target=target, title=targets.title_of(target) if target else ""))
    return rows


def report_open_count() -> int:
    return Report.objects.filter(status=ReportStatus.OPEN).count()


def report_get_open(*, pk: Any) -> Report:
    try:
        return Report.objects.select_related("comment").get(pk=int(pk), status=ReportStatus.OPEN)
    except (TypeError, ValueError, Report.DoesNotExist):
        raise Http404 from None
