"""The weekly digest for a generated population of 5,000 people: a few dozen batch tasks, not 5,000,
and one e-mail each (Django's locmem outbox)."""

from datetime import timedelta

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.tasks import default_task_backend
from django.utils import timezone

from platforma.accounts.models import User
from platforma.community.notifications import mailing, tasks
from platforma.community.notifications.kinds import Delivery
from platforma.community.notifications.models import Activity, DigestRun, Notification
from platforma.community.notifications.tests.factories import WEEKLY
from platforma.organisations.tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

PEOPLE = 5_000


def _population(size: int) -> list[int]:
    """People with pending weekly notifications about two public organisations, made with bulk inserts."""
    organisations = OrganisationFactory.create_batch(2)
    content_type = ContentType.objects.get_for_model(organisations[0])
    an_hour_ago = timezone.now() - timedelta(hours=1)
    User.objects.bulk_create(
        User(email=f"osoba{i}@populacja.example", first_name="Osoba", last_name=str(i), password="!")
        for i in range(size)
    )
    activities = [
        Activity.objects.create(verb=WEEKLY, target_type=content_type, target_id=o.pk, created_at=an_hour_ago)
        for o in organisations
    ]
    user_ids = list(User.objects.filter(email__endswith="@populacja.example").values_list("pk", flat=True))
    Notification.objects.bulk_create(
        Notification(recipient_id=user_id, activity=activity, delivery=Delivery.WEEKLY, created_at=an_hour_ago)
        for user_id in user_ids
        for activity in activities
    )
    return user_ids


def test_digest_for_5000_people_enqueues_few_batches_and_sends_one_email_each(
    settings, django_capture_on_commit_callbacks
):
    user_ids = _population(PEOPLE)
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}

    with django_capture_on_commit_callbacks(execute=True):
        run = mailing.digest_run_start(period="weekly")

    enqueued = default_task_backend.results
    assert run.recipients == PEOPLE
    assert 0 < len(enqueued) <= 30
    assert {result.task.name for result in enqueued} == {tasks.send_digest_batch.name}
    assert sorted(uid for result in enqueued for uid in result.args[1]) == sorted(user_ids)

    for result in enqueued:
        tasks.send_digest_batch.call(*result.args, **result.kwargs)

    assert len(mail.outbox) == PEOPLE
    assert len({message.to[0] for message in mail.outbox}) == PEOPLE
    assert not Notification.objects.filter(emailed_at__isnull=True).exists()
    assert DigestRun.objects.get().emails_sent == PEOPLE
