from datetime import timedelta

import pytest
from django.http import Http404
from django.utils import timezone

from platforma.community.events import selectors
from platforma.community.events.models import EventStatus, RegistrationStatus
from platforma.community.events.tests.factories import EventFactory, RegistrationFactory, in_days
from platforma.core.models import Visibility
from platforma.taxonomy.tests.factories import CompetenceFactory

pytestmark = pytest.mark.django_db


def titles(queryset) -> list[str]:
    return [event.title for event in queryset]


def test_upcoming_events_come_soonest_first_and_past_ones_most_recent_first(olek):
    EventFactory(title="Za tydzień", starts_at=in_days(7))
    EventFactory(title="Jutro", starts_at=in_days(1))
    EventFactory(title="Trwa teraz", starts_at=in_days(-0.05), ends_at=in_days(0.1))
    EventFactory(title="Miesiąc temu", starts_at=in_days(-30))
    EventFactory(title="Wczoraj", starts_at=in_days(-1))

    assert titles(selectors.event_list_visible(user=olek)) == ["Trwa teraz", "Jutro", "Za tydzień"]
    assert titles(selectors.event_list_visible(user=olek, filters={"when": selectors.PAST})) == [
        "Wczoraj",
        "Miesiąc temu",
    ]


def test_filters_by_format_and_competence_with_its_children(olek):
    soil = CompetenceFactory(slug="gleby")
    phyto = CompetenceFactory(slug="fito", parent=soil)
    EventFactory(title="Stacjonarne", online_url="", competences=[phyto])
    EventFactory(title="Online", place="", town="", online_url="https://meet.example/a")
    EventFactory(title="Hybrydowe", online_url="https://meet.example/b", competences=[soil])

    assert titles(selectors.event_list_visible(user=olek, filters={"format": selectors.ONLINE})) == [
        "Online",
        "Hybrydowe",
    ]
    assert titles(selectors.event_list_visible(user=olek, filters={"format": selectors.IN_PERSON})) == [
        "Stacjonarne",
        "Hybrydowe",
    ]
    assert titles(selectors.event_list_visible(user=olek, filters={"competence": "gleby"})) == [
        "Stacjonarne",
        "Hybrydowe",
    ]
    # An unknown value is ignored, not an empty list.
    assert len(selectors.event_list_visible(user=olek, filters={"competence": "nie-ma", "format": "x"})) == 3


def test_list_carries_counts_and_the_viewers_own_status(celina, olek):
    event = EventFactory(capacity=2)
    RegistrationFactory.create_batch(2, event=event)
    RegistrationFactory(event=event, user=celina, status=RegistrationStatus.WAITING, waiting_since=timezone.now())
    RegistrationFactory(event=event, status=RegistrationStatus.CANCELLED)

    (mine,) = selectors.event_list_visible(user=celina)
    (theirs,) = selectors.event_list_visible(user=olek)

    assert (mine.confirmed_count, mine.waiting_count, mine.my_status) == (2, 1, "waiting")
    assert theirs.my_status is None


def test_get_for_user_hides_what_the_user_may_not_see(olek, celina):
    members = EventFactory(visibility=Visibility.MEMBERS)

    assert selectors.event_get_for_user(user=celina, pk=members.pk) == members
    for pk in (members.pk, "abc", None, 999999):
        with pytest.raises(Http404):
            selectors.event_get_for_user(user=olek, pk=pk)


def test_waiting_position_counts_from_one(db):
    event = EventFactory(capacity=0)
    now = timezone.now()
    first = RegistrationFactory(event=event, status=RegistrationStatus.WAITING, waiting_since=now)
    second = RegistrationFactory(event=event, status=RegistrationStatus.WAITING, waiting_since=now)
    third = RegistrationFactory(event=event, status=RegistrationStatus.WAITING, waiting_since=now - timedelta(hours=1))
    confirmed = RegistrationFactory(event=event)

    positions = [selectors.waiting_position(registration=r) for r in (third, first, second, confirmed)]
    assert positions == [1, 2, 3, None]


def test_participants_come_confirmed_then_waiting_in_order_then_cancelled(db):
    event = EventFactory()
    now = timezone.now()
    cancelled = RegistrationFactory(event=event, status=RegistrationStatus.CANCELLED)
    late = RegistrationFactory(event=event, status=RegistrationStatus.WAITING, waiting_since=now)
    early = RegistrationFactory(event=event, status=RegistrationStatus.WAITING, waiting_since=now - timedelta(hours=1))
    confirmed = RegistrationFactory(event=event)

    assert list(selectors.participant_list(event=event)) == [confirmed, early, late, cancelled]


def test_the_feed_holds_public_published_events_upcoming_and_of_the_last_90_days(db):
    EventFactory(title="Przyszłe")
    EventFactory(title="Odwołane", status=EventStatus.CANCELLED)
    EventFactory(title="Sprzed 80 dni", starts_at=in_days(-80))
    EventFactory(title="Sprzed 100 dni", starts_at=in_days(-100))
    EventFactory(title="Dla członków", visibility=Visibility.MEMBERS)
    EventFactory(title="Szkic", status=EventStatus.DRAFT)

    assert titles(selectors.event_feed()) == ["Sprzed 80 dni", "Przyszłe", "Odwołane"]


def test_reminders_are_due_for_confirmed_places_24_to_48_hours_ahead_once(db):
    now = timezone.now()
    tomorrow = EventFactory(starts_at=now + timedelta(hours=30))
    due = RegistrationFactory(event=tomorrow)
    RegistrationFactory(event=tomorrow, status=RegistrationStatus.WAITING, waiting_since=now)
    RegistrationFactory(event=tomorrow, reminder_sent_at=now)
    RegistrationFactory(event=EventFactory(starts_at=now + timedelta(hours=12)))
    RegistrationFactory(event=EventFactory(starts_at=now + timedelta(hours=50)))
    RegistrationFactory(event=EventFactory(starts_at=now + timedelta(hours=30), status=EventStatus.CANCELLED))

    assert list(selectors.registrations_due_reminder(now=now)) == [due]
