import pytest
from django.core.management import call_command
from django.utils import timezone

from platforma.community.events.models import Event, EventStatus, Registration, RegistrationStatus
from platforma.community.notifications.models import Activity
from platforma.portal.demo_community.events import B2B_TITLE, EVENTS, load_demo
from platforma.portal.management.demo_loader import DemoDataError

pytestmark = pytest.mark.django_db


def test_the_demo_events_load_past_and_future_with_a_full_event_and_its_waiting_list():
    call_command("seed_demo", "--cluster-only", stdout=open("/dev/null", "w"))  # noqa: SIM115 - chatter not tested
    now = timezone.now()

    counts = load_demo(now=now)

    assert counts["wydarzenia"] == len(EVENTS) == Event.objects.count()
    assert counts["zapisy na liście rezerwowej"] == 3
    assert Event.objects.filter(ends_at__lt=now).count() >= 3
    assert Event.objects.filter(starts_at__gt=now, status=EventStatus.PUBLISHED).count() >= 4
    assert {"Katowice", "Bytom", "Piekary Śląskie"} <= set(Event.objects.values_list("town", flat=True))
    assert Event.objects.exclude(online_url="").filter(place="").exists()
    b2b = Event.objects.get(title=B2B_TITLE)
    assert b2b.ends_at < now
    for event in Event.objects.exclude(capacity=None):
        confirmed = event.registrations.filter(status=RegistrationStatus.CONFIRMED).count()
        waiting = event.registrations.filter(status=RegistrationStatus.WAITING).count()
        assert confirmed <= event.capacity
        assert waiting == 0 or confirmed == event.capacity
    full = Event.objects.get(title="Warsztaty fitostabilizacji na poligonie EkoPark")
    queue = full.registrations.filter(status=RegistrationStatus.WAITING).order_by("waiting_since", "pk")
    assert [r.user.email for r in queue] == [
        "marcin.szymura@poczta.example",
        "kamil.sojka@poczta.example",
        "hanna.rduch@poczta.example",
    ]
    assert not Activity.objects.exists()

    assert load_demo(now=now) == {"wydarzenia": 0, "zapisy na wydarzenia": 0}
    assert Registration.objects.count() == counts["zapisy na wydarzenia"]


def test_without_the_demo_cluster_nothing_is_written():
    with pytest.raises(DemoDataError):
        load_demo(now=timezone.now())
    assert not Event.objects.exists()
