"""Every write of the comments app. Views check the permissions first; these functions enforce the rules
that hold whoever calls them (the edit window, one level of threading, limits) and tell people about it."""

from datetime import datetime, timedelta
from typing import Any

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from platforma.community.comments import selectors
from platforma.community.comments.models import (
    BODY_MIN_LENGTH,
    Comment,
    CommentStatus,
    Report,
    ReportStatus,
)
from platforma.community.notifications.services import notify

# Sanity limit against floods (a stuck key, a script): plenty for a lively discussion.
RATE_LIMIT = 10
RATE_WINDOW = timedelta(minutes=10)

VERB_CREATED = "comment.created"
VERB_REPLY = "comment.reply"
VERB_REPORTED = "comment.reported"


def _clean_body(body: str) -> str:
    body = (body or "").strip()
    if len(body) < BODY_MIN_LENGTH:
        raise ValidationError(
            {"body": _("Napisz treść komentarza (co najmniej %(min)d znaki).") % {"min": BODY_MIN_LENGTH}}
        )
    return body


def _check_rate(*, author: Any, now: datetime) -> None:
    recent = Comment.objects.filter(author=author, created_at__gt=now - RATE_WINDOW).count()
    if recent >= RATE_LIMIT:
        raise ValidationError(
            _(
                "Za dużo komentarzy w krótkim czasie (%(count)d w ciągu %(minutes)d minut). "
                "Odczekaj chwilę i spróbuj ponownie."
            )
            % {"count": recent, "minutes": int(RATE_WINDOW.total_seconds() // 60)}
        )


@transaction.atomic
def comment_create(
    *, author: Any, target: models.Model, body: str, parent: Comment | None = None, now: datetime | None = None
) -> Comment:
    """Add a comment, or a reply when `parent` is given (a reply to a reply joins the top comment).

    Side effects: a "comment.created" activity for the followers of the target and the people who
    commented on it before; for a reply, also a "comment.reply" notification to the parent's author.
    Both name the commented object as their target, so notifications group by discussion.
    """
    now = now or timezone.now()
    body = _clean_body(body)
    _check_rate(author=author, now=now)
    comment = Comment(author=author, target=target, body=body, created_at=now)
    if parent is not None:
        if (parent.target_type_id, parent.target_id) != (comment.target_type_id, comment.target_id):
            raise ValidationError(_("Ta odpowiedź nie pasuje do dyskusji."))
        if parent.parent_id is not None:
            parent = parent.parent
        assert parent is not None  # a reply's parent is a top comment, never missing
        if not parent.is_published:
            raise ValidationError(_("Nie można odpowiedzieć na usunięty lub ukryty komentarz."))
        comment.parent = parent
    comment.full_clean()
    comment.save()

    parent_author_id = parent.author_id if parent is not None else None
    others = selectors.earlier_commenter_ids(target=target, exclude_ids={author.pk, parent_author_id or 0})
    people = get_user_model().objects.filter(pk__in=others)
    notify(verb=VERB_CREATED, target=target, actor=author, recipients=people)
    if parent is not None and parent.author is not None and parent_author_id != author.pk:
        notify(verb=VERB_REPLY, target=target, actor=author, recipients=[parent.author], in_stream=False)
    return comment


@transaction.atomic
def comment_update(*, comment: Comment, by: Any, body: str, now: datetime | None = None) -> Comment:
    """The author corrects a comment within the edit window; the window is checked here, not only in the page."""
    now = now or timezone.now()
    if comment.author_id != by.pk or not comment.is_published:
        raise ValidationError(_("Tego komentarza nie można już poprawić."))
    if now > comment.edit_deadline():
        raise ValidationError(_("Komentarz można poprawiać tylko przez 15 minut od napisania."))
    comment.body = _clean_body(body)
    comment.edited_at = now
    comment.full_clean()
    comment.save(update_fields=["body", "edited_at"])
    return comment


def _close_reports(*, comment: Comment, by: Any, now: datetime) -> int:
    return Report.objects.filter(comment=comment, status=ReportStatus.OPEN).update(
        status=ReportStatus.HIDDEN, resolved_by=by, resolved_at=now
    )


@transaction.atomic
def comment_delete(*, comment: Comment, by: Any, now: datetime | None = None) -> Comment:
    """Erase the text but keep the place in the thread, so the replies still make sense.

    Side effects: open reports about the comment are closed (there is nothing left to judge).
    """
    now = now or timezone.now()
    if comment.is_deleted:
        return comment
    by_author = comment.author_id is not None and comment.author_id == by.pk
    comment.status = CommentStatus.DELETED_BY_AUTHOR if by_author else CommentStatus.DELETED_BY_MODERATOR
    comment.body = ""
    comment.removed_at = now
    comment.removed_by = by
    comment.save(update_fields=["status", "body", "removed_at", "removed_by"])
    _close_reports(comment=comment, by=by, now=now)
    return comment


@transaction.atomic
def comment_hide(*, comment: Comment, by: Any, now: datetime | None = None) -> Comment:
    """A moderator hides a comment: readers see a trace, the text is kept for the record.

    Side effects: open reports about the comment are closed as "hidden".
    """
    now = now or timezone.now()
    if not comment.is_published:
        raise ValidationError(_("Ten komentarz jest już usunięty lub ukryty."))
    comment.status = CommentStatus.HIDDEN
    comment.removed_at = now
    comment.removed_by = by
    comment.save(update_fields=["status", "removed_at", "removed_by"])
    _close_reports(comment=comment, by=by, now=now)
    return comment


@transaction.atomic
def report_create(*, comment: Comment, reporter: Any, reason: str, now: datetime | None = None) -> Report:
    """Report a comment to the coordinator. One report per person per comment.

    Side effects: a "comment.reported" notification to every coordinator. Its target is the report, which
    only coordinators may see, so neither the followers of the discussion nor its author hear of it.
    """
    if not comment.is_published:
        raise ValidationError(_("Ten komentarz jest już usunięty lub ukryty."))
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": _("Napisz, co jest nie tak z tym komentarzem.")})
    report = Report(comment=comment, reporter=reporter, reason=reason, created_at=now or timezone.now())
    report.full_clean()
    report.save()
    coordinators = get_user_model().objects.filter(is_coordinator=True, is_active=True)
    notify(verb=VERB_REPORTED, target=report, actor=reporter, recipients=coordinators, in_stream=False)
    return report


@transaction.atomic
def report_resolve(*, report: Report, by: Any, hide: bool, now: datetime | None = None) -> Report:
    """The coordinator decides: hide the comment (closes every open report about it) or dismiss this report."""
    now = now or timezone.now()
    if report.status != ReportStatus.OPEN:
        raise ValidationError(_("To zgłoszenie zostało już rozpatrzone."))
    if hide:
        if report.comment.is_published:
            comment_hide(comment=report.comment, by=by, now=now)
        else:
            _close_reports(comment=report.comment, by=by, now=now)
        report.refresh_from_db()
        return report
    report.status = ReportStatus.DISMISSED
    report.resolved_by = by
    report.resolved_at = now
    report.save(update_fields=["status", "resolved_by", "resolved_at"])
    return report
