import pytest
from django.core.management import call_command
from django.utils import timezone

from platforma.community.b2b import selectors
from platforma.community.b2b.models import B2BProfile, Meeting, MeetingSeat, MeetingStatus, Outcome
from platforma.community.events.models import Event, Registration, RegistrationStatus
from platforma.community.notifications.models import Notification
from platforma.portal.demo_community.b2b import EVENT_TITLE, MEETINGS, PROFILES, load_demo
from platforma.portal.management.demo_loader import DemoDataError

pytestmark = pytest.mark.django_db


def test_the_demo_b2b_day_loads_with_planned_meetings_and_outcomes():
    call_command("seed_demo", "--cluster-only", stdout=open("/dev/null", "w"))  # noqa: SIM115 - chatter not tested

    counts = load_demo(now=timezone.now())

    event = Event.objects.get(title=EVENT_TITLE)
    assert counts["profile B2B"] == len(PROFILES)
    assert counts["spotkania B2B"] == len(MEETINGS)
    assert counts["efekty spotkań B2B"] > 0
    # Everyone with a profile holds a confirmed place.
    profiled = set(B2BProfile.objects.values_list("user_id", flat=True))
    confirmed = Registration.objects.filter(event=event, status=RegistrationStatus.CONFIRMED)
    assert profiled <= set(confirmed.values_list("user_id", flat=True))
    accepted = Meeting.objects.filter(status=MeetingStatus.ACCEPTED)
    assert not accepted.filter(starts_at__isnull=True).exists()
    assert MeetingSeat.objects.count() == 2 * accepted.count()
    (row,) = selectors.outcome_counts(events=[event])
    # Both sides said "cooperation" once; once only one side has answered so far.
    assert row.counts[Outcome.COOPERATION] == 2
    # Where the sides differ ("follow-up" against "none"), the more modest answer counts.
    assert row.counts[Outcome.NONE] == 2
    assert row.reported == accepted.count() - 1
    assert not Notification.objects.exists()

    assert load_demo(now=timezone.now())["spotkania B2B"] == 0
    assert Meeting.objects.count() == len(MEETINGS)


def test_without_the_demo_cluster_nothing_is_written():
    with pytest.raises(DemoDataError):
        load_demo(now=timezone.now())
    assert not Meeting.objects.exists()
