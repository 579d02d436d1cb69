from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from platforma.community.comments import services
from platforma.community.comments.models import Comment, CommentStatus, Report, ReportStatus
from platforma.community.comments.tests.factories import make_comment
from platforma.community.notifications.kinds import Delivery
from platforma.community.notifications.models import Activity, Notification
from platforma.community.notifications.services import follow_create

pytestmark = pytest.mark.django_db


def notified(verb: str) -> dict[str, str]:
    return dict(Notification.objects.filter(activity__verb=verb).values_list("recipient__email", "delivery"))


def test_a_comment_is_stored_by_content_type_and_id(topic, celina):
    comment = services.comment_create(author=celina, target=topic, body="  Jak wygląda u Was odwodnienie?  ")
    assert comment.target == topic
    assert comment.body == "Jak wygląda u Was odwodnienie?"
    assert comment.parent is None


def test_a_reply_to_a_reply_joins_the_top_comment(topic, celina, bogdan, ewa):
    top = make_comment(target=topic, author=celina)
    reply = services.comment_create(author=bogdan, target=topic, body="Odpowiadam.", parent=top)
    deeper = services.comment_create(author=ewa, target=topic, body="A ja dopowiem.", parent=reply)
    assert reply.parent == top
    assert deeper.parent == top


def test_a_reply_must_belong_to_the_same_discussion(topic, woda, celina, ewa):
    elsewhere = make_comment(target=woda, author=ewa)
    with pytest.raises(ValidationError):
        services.comment_create(author=celina, target=topic, body="Nie tutaj.", parent=elsewhere)
    assert not Comment.objects.filter(author=celina).exists()


def test_a_removed_comment_takes_no_replies(topic, celina, bogdan):
    top = make_comment(target=topic, author=celina, status=CommentStatus.DELETED_BY_AUTHOR)
    with pytest.raises(ValidationError, match="usunięty"):
        services.comment_create(author=bogdan, target=topic, body="Halo?", parent=top)


@pytest.mark.parametrize("body", ["", "   ", "x"])
def test_an_empty_comment_is_refused_in_polish(topic, celina, body):
    with pytest.raises(ValidationError, match="Napisz treść"):
        services.comment_create(author=celina, target=topic, body=body)
    assert not Comment.objects.exists()


def test_too_many_comments_in_a_short_time_are_refused(topic, celina):
    now = timezone.now()
    for minute in range(services.RATE_LIMIT):
        make_comment(target=topic, author=celina, created_at=now - timedelta(minutes=minute % 9))
    with pytest.raises(ValidationError, match="Za dużo komentarzy"):
        services.comment_create(author=celina, target=topic, body="Jeszcze jeden.", now=now)
    # Once the window has passed, writing is possible again.
    later = now + services.RATE_WINDOW
    assert services.comment_create(author=celina, target=topic, body="Po przerwie.", now=later).pk


def test_the_author_edits_within_fifteen_minutes(topic, celina):
    written = timezone.now() - timedelta(hours=1)
    comment = make_comment(target=topic, author=celina, created_at=written)
    services.comment_update(comment=comment, by=celina, body="Poprawione.", now=written + timedelta(minutes=15))
    comment.refresh_from_db()
    assert comment.body == "Poprawione."
    assert comment.edited_at == written + timedelta(minutes=15)


def test_editing_after_fifteen_minutes_is_refused_by_the_service(topic, celina):
    written = timezone.now() - timedelta(hours=1)
    comment = make_comment(target=topic, author=celina, body="Pierwotna treść.", created_at=written)
    with pytest.raises(ValidationError, match="15 minut"):
        services.comment_update(
            comment=comment, by=celina, body="Za późno.", now=written + timedelta(minutes=15, seconds=1)
        )
    comment.refresh_from_db()
    assert comment.body == "Pierwotna treść."
    assert comment.edited_at is None


def test_only_the_author_edits(topic, celina, bogdan):
    comment = make_comment(target=topic, author=celina, body="Moje.")
    with pytest.raises(ValidationError):
        services.comment_update(comment=comment, by=bogdan, body="Cudze.")
    comment.refresh_from_db()
    assert comment.body == "Moje."


def test_deleting_leaves_a_trace_and_keeps_the_replies(topic, celina, bogdan, anna):
    top = make_comment(target=topic, author=celina, body="Do usunięcia.")
    reply = make_comment(target=topic, author=bogdan, parent=top)
    services.comment_delete(comment=top, by=celina)
    top.refresh_from_db()
    assert (top.status, top.body, top.removed_by) == (CommentStatus.DELETED_BY_AUTHOR, "", celina)
    assert Comment.objects.filter(pk=reply.pk, parent=top).exists()
    services.comment_delete(comment=reply, by=anna)
    reply.refresh_from_db()
    assert reply.status == CommentStatus.DELETED_BY_MODERATOR


def test_hiding_keeps_the_text_for_the_record_and_closes_the_reports(topic, celina, bogdan, ewa, anna):
    comment = make_comment(target=topic, author=celina, body="Obraźliwe.")
    Report.objects.create(comment=comment, reporter=bogdan, reason="Obraża.")
    Report.objects.create(comment=comment, reporter=ewa, reason="Też uważam.")
    services.comment_hide(comment=comment, by=anna)
    comment.refresh_from_db()
    assert (comment.status, comment.body) == (CommentStatus.HIDDEN, "Obraźliwe.")
    assert set(Report.objects.values_list("status", flat=True)) == {ReportStatus.HIDDEN}


def test_one_report_per_person_per_comment(topic, celina, bogdan, anna, django_capture_on_commit_callbacks):
    comment = make_comment(target=topic, author=celina)
    with django_capture_on_commit_callbacks(execute=True):
        services.report_create(comment=comment, reporter=bogdan, reason="Reklama.")
    with pytest.raises(ValidationError, match="już przez Ciebie zgłoszony"):
        services.report_create(comment=comment, reporter=bogdan, reason="Jeszcze raz.")
    assert Report.objects.count() == 1


def test_a_report_needs_a_reason(topic, celina, bogdan):
    comment = make_comment(target=topic, author=celina)
    with pytest.raises(ValidationError, match="Napisz, co jest nie tak"):
        services.report_create(comment=comment, reporter=bogdan, reason="  ")
    assert not Report.objects.exists()


def test_dismissing_a_report_leaves_the_comment_alone(topic, celina, bogdan, anna):
    comment = make_comment(target=topic, author=celina)
    report = Report.objects.create(comment=comment, reporter=bogdan, reason="Nie podoba mi się.")
    services.report_resolve(report=report, by=anna, hide=False)
    comment.refresh_from_db()
    report.refresh_from_db()
    assert comment.status == CommentStatus.PUBLISHED
    assert (report.status, report.resolved_by) == (ReportStatus.DISMISSED, anna)
    with pytest.raises(ValidationError, match="już rozpatrzone"):
        services.report_resolve(report=report, by=anna, hide=True)


def test_resolving_by_hiding_hides_the_comment(topic, celina, bogdan, anna):
    comment = make_comment(target=topic, author=celina)
    report = Report.objects.create(comment=comment, reporter=bogdan, reason="Spam.")
    services.report_resolve(report=report, by=anna, hide=True)
    comment.refresh_from_db()
    report.refresh_from_db()
    assert comment.status == CommentStatus.HIDDEN
    assert report.status == ReportStatus.HIDDEN


def test_a_new_comment_notifies_followers_and_earlier_commenters_but_not_its_author(
    topic, celina, bogdan, dawid, ewa, django_capture_on_commit_callbacks
):
    follow_create(user=dawid, target=topic)
    make_comment(target=topic, author=ewa)
    make_comment(target=topic, author=celina)
    with django_capture_on_commit_callbacks(execute=True):
        services.comment_create(author=celina, target=topic, body="Kolejna uwaga.")
    assert notified("comment.created") == {dawid.email: Delivery.WEEKLY, ewa.email: Delivery.WEEKLY}
    # The notification points at the discussed object, so several comments group under one title.
    assert Activity.objects.get(verb="comment.created").target == topic


def test_a_reply_tells_the_parent_author_separately(
    topic, celina, bogdan, dawid, ewa, django_capture_on_commit_callbacks
):
    follow_create(user=dawid, target=topic)
    top = make_comment(target=topic, author=celina)
    make_comment(target=topic, author=ewa, parent=top)
    with django_capture_on_commit_callbacks(execute=True):
        services.comment_create(author=bogdan, target=topic, body="Odpowiadam Celinie.", parent=top)
    # The follower hears of a new comment, not of a reply addressed to someone else.
    assert notified("comment.reply") == {celina.email: Delivery.DAILY}
    assert notified("comment.created") == {ewa.email: Delivery.WEEKLY, dawid.email: Delivery.WEEKLY}
    assert Activity.objects.get(verb="comment.reply").in_stream is False


def test_replying_to_oneself_notifies_nobody_of_a_reply(topic, celina, django_capture_on_commit_callbacks):
    top = make_comment(target=topic, author=celina)
    with django_capture_on_commit_callbacks(execute=True):
        services.comment_create(author=celina, target=topic, body="Uzupełniam.", parent=top)
    assert not Activity.objects.filter(verb="comment.reply").exists()


def test_a_report_reaches_the_coordinators_only(topic, anna, celina, bogdan, dawid, django_capture_on_commit_callbacks):
    follow_create(user=dawid, target=topic)
    comment = make_comment(target=topic, author=celina)
    with django_capture_on_commit_callbacks(execute=True):
        report = services.report_create(comment=comment, reporter=bogdan, reason="Dane osobowe w treści.")
    assert notified("comment.reported") == {anna.email: Delivery.IMMEDIATE}
    activity = Activity.objects.get(verb="comment.reported")
    assert (activity.target, activity.in_stream) == (report, False)
