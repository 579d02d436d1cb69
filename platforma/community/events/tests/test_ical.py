"""The .ics of one event and the subscribable feed, parsed back with the icalendar package."""

from datetime import UTC, datetime, timedelta

import icalendar
import pytest
from django.urls import reverse

from platforma.community.events import services
from platforma.community.events.models import Event, EventStatus, RegistrationStatus
from platforma.community.events.tests.factories import EventFactory, RegistrationFactory, in_days
from platforma.core.models import Visibility
from platforma.taxonomy.tests.factories import CompetenceFactory

pytestmark = pytest.mark.django_db

FEED = reverse("events:feed")
START = datetime(2031, 6, 3, 8, 0, tzinfo=UTC)


def parse(response) -> icalendar.Calendar:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def entries(calendar: icalendar.Calendar) -> dict[str, icalendar.Event]:
    return {str(component["UID"]): component for component in calendar.walk("VEVENT")}


def test_the_feed_is_a_calendar_that_programs_accept(client, settings):
    settings.SITE_URL = "https://platforma.ekopark.example"
    soil = CompetenceFactory(name_pl="Rekultywacja hałd")
    event = EventFactory(
        title="Warsztaty: hałdy, wody; gleby",
        description="Program:\n- fitostabilizacja\n- wapnowanie " + "bardzo długi opis " * 10,
        starts_at=START,
        ends_at=START + timedelta(hours=3),
        place="Sala 2, ul. Przemysłowa 14",
        town="Piekary Śląskie",
        online_url="https://meet.example/pokoj",
        competences=[soil],
    )

    calendar = parse(client.get(FEED))

    assert calendar["VERSION"] == "2.0"
    assert "Platforma Środowiskowa" in str(calendar["PRODID"])
    assert calendar["METHOD"] == "PUBLISH"
    assert "Klastra" in str(calendar["X-WR-CALNAME"])
    entry = entries(calendar)[f"event-{event.pk}@platforma.ekopark.example"]
    assert str(entry["SUMMARY"]) == "Warsztaty: hałdy, wody; gleby"
    assert entry.start == START
    assert entry.end == START + timedelta(hours=3)
    assert entry["DTSTAMP"].dt.tzinfo is not None
    assert entry["SEQUENCE"] == 0
    assert entry["STATUS"] == "CONFIRMED"
    assert str(entry["LOCATION"]) == "Sala 2, ul. Przemysłowa 14, Piekary Śląskie"
    assert str(entry["URL"]) == f"http://testserver{event.get_absolute_url()}"
    assert "Rekultywacja hałd" in entry.categories
    # The public feed is read without logging in: the meeting link stays with the registered people.
    assert "meet.example" not in response_text(client)
    assert "Link do spotkania online dostaną osoby zapisane" in str(entry["DESCRIPTION"])
    # Long lines are folded at 75 octets, as RFC 5545 requires.
    assert all(len(line) <= 75 for line in client.get(FEED).content.split(b"\r\n"))


def response_text(client) -> str:
    return client.get(FEED).content.decode()


def test_a_change_keeps_the_uid_and_grows_the_sequence(client, anna):
    event = EventFactory(starts_at=START, ends_at=START + timedelta(hours=1))
    before = entries(parse(client.get(FEED)))

    services.event_update(
        event=event,
        by=anna,
        organiser=event.organiser,
        title=event.title,
        description=event.description,
        starts_at=START + timedelta(days=1),
        ends_at=START + timedelta(days=1, hours=1),
        place=event.place,
        town=event.town,
    )
    after = entries(parse(client.get(FEED)))

    assert set(before) == set(after)
    (entry,) = after.values()
    assert entry["SEQUENCE"] == 1
    assert entry.start == START + timedelta(days=1)


def test_cancelled_events_stay_in_the_feed_as_cancelled(client, anna):
    event = EventFactory()
    services.event_cancel(event=event, by=anna)

    (entry,) = entries(parse(client.get(FEED))).values()

    assert entry["STATUS"] == "CANCELLED"
    assert entry["SEQUENCE"] == 1


def test_the_feed_says_how_often_to_refresh_and_writes_no_empty_properties(client):
    EventFactory()

    body = client.get(FEED).content.decode()

    assert "REFRESH-INTERVAL;VALUE=DURATION:PT6H\r\n" in body
    assert "X-PUBLISHED-TTL:PT6H\r\n" in body
    assert "CATEGORIES:\r\n" not in body


def test_members_only_drafts_and_old_events_never_reach_the_feed(client):
    EventFactory(title="Dla członków", visibility=Visibility.MEMBERS)
    EventFactory(title="Szkic", status=EventStatus.DRAFT)
    EventFactory(title="Dawno", starts_at=in_days(-120))
    EventFactory(title="Publiczne")

    summaries = [str(e["SUMMARY"]) for e in parse(client.get(FEED)).walk("VEVENT")]

    assert summaries == ["Publiczne"]


def test_the_event_ics_gives_the_meeting_link_to_a_confirmed_participant(client_for, celina):
    event = EventFactory(place="", town="", online_url="https://meet.example/pokoj-42")
    RegistrationFactory(event=event, user=celina)

    calendar = parse(client_for(celina).get(reverse("events:ics", args=[event.pk])))

    (entry,) = calendar.walk("VEVENT")
    assert str(entry["LOCATION"]) == "https://meet.example/pokoj-42"
    assert "https://meet.example/pokoj-42" in str(entry["DESCRIPTION"])
    assert [str(conference.uri) for conference in entry.conferences] == ["https://meet.example/pokoj-42"]


@pytest.mark.parametrize("status", [None, RegistrationStatus.WAITING])
def test_the_event_ics_hides_the_meeting_link_from_others(client_for, olek, status):
    event = EventFactory(place="", town="", online_url="https://meet.example/pokoj-42")
    if status:
        RegistrationFactory(event=event, user=olek, status=status)

    response = client_for(olek).get(reverse("events:ics", args=[event.pk]))

    parse(response)
    assert b"pokoj-42" not in response.content


def test_a_members_only_event_ics_is_404_for_outsiders_and_served_to_members(client, client_for, olek, celina):
    event = EventFactory(visibility=Visibility.MEMBERS)
    url = reverse("events:ics", args=[event.pk])

    assert client.get(url).status_code == 404
    assert client_for(olek).get(url).status_code == 404
    assert len(parse(client_for(celina).get(url)).walk("VEVENT")) == 1


def test_uids_are_stable_across_requests(client, settings):
    settings.SITE_URL = "https://klaster.example:8443"
    event = EventFactory()
    url = reverse("events:ics", args=[event.pk])
    first = entries(parse(client.get(url)))
    second = entries(parse(client.get(url)))
    assert list(first) == list(second) == [f"event-{event.pk}@klaster.example"]
    assert Event.objects.get().sequence == 0
