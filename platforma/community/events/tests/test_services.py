import threading
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.utils import timezone

from platforma.accounts.tests.factories import UserFactory
from platforma.community.events import services
from platforma.community.events.models import Event, EventStatus, Registration, RegistrationStatus
from platforma.community.events.tests.factories import EventFactory, RegistrationFactory, in_days
from platforma.community.notifications.models import Activity, Notification
from platforma.community.notifications.services import follow_create
from platforma.core.models import Visibility
from platforma.organisations.models import ClusterStatus
from platforma.organisations.tests.factories import OrganisationFactory
from platforma.taxonomy.tests.factories import CompetenceFactory

pytestmark = pytest.mark.django_db


def statuses(event: Event) -> dict[str, str]:
    return dict(Registration.objects.filter(event=event).values_list("user__email", "status"))


def notified(verb: str) -> set[str]:
    return set(Notification.objects.filter(activity__verb=verb).values_list("recipient__email", flat=True))


# --- registration ------------------------------------------------------------------------------------


def test_registration_is_confirmed_while_places_are_free_then_goes_to_the_waiting_list(celina, dawid, olek):
    event = EventFactory(capacity=2)

    first = services.registration_create(event=event, user=celina)
    second = services.registration_create(event=event, user=dawid)
    third = services.registration_create(event=event, user=olek)

    assert (first.status, second.status) == (RegistrationStatus.CONFIRMED, RegistrationStatus.CONFIRMED)
    assert third.status == RegistrationStatus.WAITING
    assert third.waiting_since is not None
    assert first.waiting_since is None


def test_an_event_without_a_limit_confirms_everyone(celina, dawid):
    event = EventFactory(capacity=None)
    RegistrationFactory.create_batch(30, event=event)

    assert services.registration_create(event=event, user=celina).status == RegistrationStatus.CONFIRMED


def test_registering_twice_is_refused_in_polish(celina, dawid):
    event = EventFactory(capacity=1)
    services.registration_create(event=event, user=celina)
    services.registration_create(event=event, user=dawid)

    with pytest.raises(ValidationError, match="Już jesteś zapisany"):
        services.registration_create(event=event, user=celina)
    with pytest.raises(ValidationError, match="Już jesteś na liście rezerwowej"):
        services.registration_create(event=event, user=dawid)
    assert Registration.objects.filter(event=event).count() == 2


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"status": EventStatus.CANCELLED}, "zostało odwołane"),
        ({"status": EventStatus.DRAFT}, "nie są jeszcze otwarte"),
        ({"starts_at": in_days(-1), "ends_at": in_days(-0.9)}, "już się rozpoczęło albo odbyło"),
        ({"registration_closes_at": in_days(-0.5)}, "zakończyły się"),
    ],
)
def test_registration_is_refused_for_closed_events(celina, changes, message):
    event = EventFactory(**changes)

    with pytest.raises(ValidationError, match=message):
        services.registration_create(event=event, user=celina)
    assert not Registration.objects.exists()


def test_the_deadline_message_gives_the_time_in_warsaw(celina):
    closes = timezone.make_aware(timezone.datetime(2026, 1, 10, 9, 30), timezone.get_fixed_timezone(60))
    event = EventFactory(starts_at=closes + timedelta(days=5), registration_closes_at=closes)

    with pytest.raises(ValidationError, match="10 stycznia 2026, 09:30"):
        services.registration_create(event=event, user=celina, now=closes + timedelta(minutes=1))


def test_a_person_registers_only_for_their_own_organisation(celina, woda):
    event = EventFactory()

    with pytest.raises(ValidationError, match="w imieniu organizacji, do której należysz"):
        services.registration_create(event=event, user=celina, organisation=woda)


def test_registering_again_after_cancelling_reuses_the_row_at_the_end_of_the_queue(celina, dawid, olek):
    event = EventFactory(capacity=1)
    services.registration_create(event=event, user=dawid)
    mine = services.registration_create(event=event, user=celina)
    services.registration_cancel(registration=mine, by=celina)
    services.registration_create(event=event, user=olek)

    again = services.registration_create(event=event, user=celina)

    assert again.pk == mine.pk
    assert again.status == RegistrationStatus.WAITING
    assert again.cancelled_at is None
    queue = Registration.objects.filter(event=event, status=RegistrationStatus.WAITING).order_by("waiting_since", "pk")
    assert [r.user for r in queue] == [olek, celina]


# --- the waiting list moves up -------------------------------------------------------------------------


def test_when_a_confirmed_person_cancels_the_first_waiting_moves_up_and_is_notified_at_once(
    celina, dawid, olek, ewa, django_capture_on_commit_callbacks
):
    event = EventFactory(capacity=1)
    confirmed = services.registration_create(event=event, user=celina)
    services.registration_create(event=event, user=dawid, now=timezone.now())
    services.registration_create(event=event, user=olek, now=timezone.now() + timedelta(seconds=1))

    with django_capture_on_commit_callbacks(execute=True):
        services.registration_cancel(registration=confirmed, by=celina)

    assert statuses(event) == {
        celina.email: RegistrationStatus.CANCELLED,
        dawid.email: RegistrationStatus.CONFIRMED,
        olek.email: RegistrationStatus.WAITING,
    }
    promoted = Registration.objects.get(event=event, user=dawid)
    assert promoted.promoted_at is not None
    assert notified("event.promoted") == {dawid.email}
    assert Notification.objects.get(recipient=dawid).delivery == "immediate"


def test_leaving_the_waiting_list_moves_nobody_up(celina, dawid, olek):
    event = EventFactory(capacity=1)
    services.registration_create(event=event, user=celina)
    waiting = services.registration_create(event=event, user=dawid)
    services.registration_create(event=event, user=olek)

    services.registration_cancel(registration=waiting, by=dawid)

    assert statuses(event)[olek.email] == RegistrationStatus.WAITING
    assert not Activity.objects.filter(verb="event.promoted").exists()


def test_cancelling_twice_or_after_the_start_is_refused(celina):
    event = EventFactory()
    registration = services.registration_create(event=event, user=celina)
    services.registration_cancel(registration=registration, by=celina)
    with pytest.raises(ValidationError, match="został już wycofany"):
        services.registration_cancel(registration=registration, by=celina)

    started = EventFactory(starts_at=in_days(1))
    place = services.registration_create(event=started, user=celina)
    with pytest.raises(ValidationError, match="już się rozpoczęło"):
        services.registration_cancel(registration=place, by=celina, now=in_days(1.01))
    place.refresh_from_db()
    assert place.status == RegistrationStatus.CONFIRMED


def _update(event: Event, by, **changes):
    fields = {
        "organiser": event.organiser,
        "title": event.title,
        "description": event.description,
        "starts_at": event.starts_at,
        "ends_at": event.ends_at,
        "place": event.place,
        "town": event.town,
        "online_url": event.online_url,
        "capacity": event.capacity,
        "registration_closes_at": event.registration_closes_at,
        "visibility": event.visibility,
        "competences": list(event.competences.all()),
    }
    return services.event_update(event=Event.objects.get(pk=event.pk), by=by, **{**fields, **changes})


def test_raising_the_capacity_moves_people_up_in_order(anna, django_capture_on_commit_callbacks):
    event = EventFactory(capacity=1)
    people = UserFactory.create_batch(4)
    for number, user in enumerate(people):
        services.registration_create(event=event, user=user, now=timezone.now() + timedelta(seconds=number))

    with django_capture_on_commit_callbacks(execute=True):
        _update(event, anna, capacity=3)

    assert [statuses(event)[user.email] for user in people] == ["confirmed", "confirmed", "confirmed", "waiting"]
    assert notified("event.promoted") == {people[1].email, people[2].email}


def test_removing_the_limit_confirms_the_whole_waiting_list(anna):
    event = EventFactory(capacity=1)
    people = UserFactory.create_batch(3)
    for user in people:
        services.registration_create(event=event, user=user)

    _update(event, anna, capacity=None)

    assert set(statuses(event).values()) == {RegistrationStatus.CONFIRMED}


def test_lowering_the_capacity_takes_no_place_away_and_the_list_waits(anna, celina, dawid, olek):
    event = EventFactory(capacity=2)
    first = services.registration_create(event=event, user=celina)
    services.registration_create(event=event, user=dawid)

    _update(event, anna, capacity=1)
    services.registration_create(event=event, user=olek)
    services.registration_cancel(registration=first, by=celina)

    # One place for two confirmed people: the cancellation only brings the count down to the limit.
    assert statuses(event) == {
        celina.email: RegistrationStatus.CANCELLED,
        dawid.email: RegistrationStatus.CONFIRMED,
        olek.email: RegistrationStatus.WAITING,
    }


# --- locking ----------------------------------------------------------------------------------------------


def test_the_services_lock_the_event_row_before_counting_places(celina, django_assert_num_queries, monkeypatch):
    event = EventFactory(capacity=1)
    locked: list[int] = []
    real_lock = services._lock

    def spy(target: Event) -> Event:
        locked.append(target.pk)
        return real_lock(target)

    monkeypatch.setattr(services, "_lock", spy)
    registration = services.registration_create(event=event, user=celina)
    services.registration_cancel(registration=registration, by=celina)

    assert locked == [event.pk, event.pk]


postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="row locks across connections need PostgreSQL"
)


@postgresql_only
@pytest.mark.django_db(transaction=True)
def test_two_people_racing_for_the_last_place_get_one_place_and_one_waiting_list_spot():
    event = EventFactory(capacity=1)
    racers = UserFactory.create_batch(6)
    start = threading.Barrier(len(racers))
    errors: list[BaseException] = []

    def register(user) -> None:
        try:
            start.wait()
            services.registration_create(event=event, user=user)
        except BaseException as error:  # reported by the assertion below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=register, args=(user,)) for user in racers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    counts = {
        status: Registration.objects.filter(event=event, status=status).count() for status in ("confirmed", "waiting")
    }
    assert counts == {"confirmed": 1, "waiting": 5}


# --- events --------------------------------------------------------------------------------------------


def test_publishing_notifies_followers_of_competences_and_organiser_weekly(
    anna, bogdan, ziemia, dawid, olek, django_capture_on_commit_callbacks
):
    soil = CompetenceFactory()
    follow_create(user=dawid, target=soil)
    follow_create(user=olek, target=ziemia)
    event = EventFactory(organiser=ziemia, status=EventStatus.DRAFT, published_at=None, competences=[soil])

    with django_capture_on_commit_callbacks(execute=True):
        services.event_publish(event=event, by=bogdan)

    event.refresh_from_db()
    assert (event.status, event.sequence) == (EventStatus.PUBLISHED, 1)
    assert event.published_at is not None
    assert notified("event.published") == {dawid.email, olek.email}
    assert set(Notification.objects.values_list("delivery", flat=True)) == {"weekly"}


def test_members_only_events_are_not_announced_to_outsiders(
    bogdan, ziemia, celina, olek, django_capture_on_commit_callbacks
):
    follow_create(user=olek, target=ziemia)
    follow_create(user=celina, target=ziemia)
    event = EventFactory(organiser=ziemia, status=EventStatus.DRAFT, visibility=Visibility.MEMBERS)

    with django_capture_on_commit_callbacks(execute=True):
        services.event_publish(event=event, by=bogdan)

    assert notified("event.published") == {celina.email}


def test_publishing_twice_is_refused(anna):
    event = EventFactory()
    with pytest.raises(ValidationError, match="tylko szkic"):
        services.event_publish(event=event, by=anna)


def test_cancelling_notifies_participants_and_waiting_at_once_and_bumps_the_sequence(
    anna, celina, dawid, olek, django_capture_on_commit_callbacks
):
    event = EventFactory(capacity=1)
    services.registration_create(event=event, user=celina)
    services.registration_create(event=event, user=dawid)
    left = services.registration_create(event=EventFactory(), user=olek)
    services.registration_cancel(registration=left, by=olek)

    with django_capture_on_commit_callbacks(execute=True):
        services.event_cancel(event=event, by=anna)

    event.refresh_from_db()
    assert (event.status, event.sequence) == (EventStatus.CANCELLED, 1)
    assert notified("event.cancelled") == {celina.email, dawid.email}
    assert {n.delivery for n in Notification.objects.all()} == {"immediate"}
    with pytest.raises(ValidationError, match="Odwołać można tylko"):
        services.event_cancel(event=event, by=anna)


def test_a_new_time_is_notified_to_participants_and_bumps_the_sequence(
    anna, celina, django_capture_on_commit_callbacks
):
    event = EventFactory()
    services.registration_create(event=event, user=celina)

    with django_capture_on_commit_callbacks(execute=True):
        _update(event, anna, starts_at=event.starts_at + timedelta(hours=1), ends_at=event.ends_at + timedelta(hours=1))

    event.refresh_from_db()
    assert event.sequence == 1
    assert notified("event.changed") == {celina.email}


def test_a_new_capacity_alone_neither_notifies_nor_changes_the_calendar_entry(anna, celina):
    event = EventFactory(capacity=10)
    services.registration_create(event=event, user=celina)

    _update(event, anna, capacity=20)

    event.refresh_from_db()
    assert (event.capacity, event.sequence) == (20, 0)
    assert not Activity.objects.filter(verb="event.changed").exists()


def test_create_checks_the_times_the_place_and_the_organiser(anna):
    start = in_days(5)
    base = {"by": anna, "organiser": None, "title": "Konferencja", "description": "Opis", "town": "Bytom"}
    with pytest.raises(ValidationError) as error:
        services.event_create(**base, starts_at=start, ends_at=start - timedelta(hours=1))
    assert "ends_at" in error.value.message_dict
    with pytest.raises(ValidationError) as error:
        services.event_create(**{**base, "town": ""}, starts_at=start, ends_at=start + timedelta(hours=1))
    assert "place" in error.value.message_dict
    former = OrganisationFactory(cluster_status=ClusterStatus.FORMER)
    with pytest.raises(ValidationError, match="organizacje będące członkami"):
        services.event_create(**{**base, "organiser": former}, starts_at=start, ends_at=start + timedelta(hours=1))
    assert not Event.objects.exists()


def test_create_and_publish_at_once(anna, ziemia):
    start = in_days(5)
    event = services.event_create(
        by=anna,
        organiser=ziemia,
        title="Dzień otwarty poligonu",
        description="Zwiedzanie poletek.",
        starts_at=start,
        ends_at=start + timedelta(hours=2),
        online_url="https://meet.example/ekopark",
        publish=True,
    )
    assert (event.status, event.created_by, event.organiser) == (EventStatus.PUBLISHED, anna, ziemia)
