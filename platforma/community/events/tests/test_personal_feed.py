"""/wydarzenia/kalendarz.ics with a person's key: the events they may see, with the meeting link only where
they have a place; the key is signed, because calendar programs cannot log in."""

import icalendar
import pytest
from django.urls import reverse
from django.utils.http import urlencode

from platforma.community.events import ical
from platforma.community.events.models import RegistrationStatus
from platforma.community.events.tests.factories import EventFactory, RegistrationFactory
from platforma.core.models import Visibility

pytestmark = pytest.mark.django_db

LINK = "https://spotkania.example/klaster-webinar"


def entries(response):
    calendar = icalendar.Calendar.from_ical(response.content)
    return {str(component["SUMMARY"]): component for component in calendar.walk("VEVENT")}


def feed_url(user):
    return f"{reverse('events:feed')}?{urlencode({'klucz': ical.personal_feed_token(user)})}"


def test_the_meeting_link_is_in_the_entries_of_events_where_the_person_has_a_place(client, celina):
    mine = EventFactory(title="Webinar: wody kopalniane", online_url=LINK, visibility=Visibility.MEMBERS)
    waiting = EventFactory(title="Warsztaty online (lista rezerwowa)", online_url=LINK)
    EventFactory(title="Wizyta na hałdzie")
    RegistrationFactory(event=mine, user=celina, status=RegistrationStatus.CONFIRMED)
    RegistrationFactory(event=waiting, user=celina, status=RegistrationStatus.WAITING)

    response = client.get(feed_url(celina))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    found = entries(response)
    assert set(found) == {"Webinar: wody kopalniane", "Warsztaty online (lista rezerwowa)", "Wizyta na hałdzie"}
    assert LINK in str(found["Webinar: wody kopalniane"]["DESCRIPTION"])
    assert LINK not in str(found["Warsztaty online (lista rezerwowa)"]["DESCRIPTION"])


def test_an_outsiders_calendar_has_no_members_only_events(client, olek):
    EventFactory(title="Spotkanie członków", visibility=Visibility.MEMBERS)
    EventFactory(title="Dzień otwarty")

    assert set(entries(client.get(feed_url(olek)))) == {"Dzień otwarty"}


@pytest.mark.parametrize("token", ["abc", "1", "MQ:forged:signature", "", "%00"])
def test_a_forged_key_is_not_found(client, token):
    assert client.get(reverse("events:feed"), {"klucz": token}).status_code == 404


def test_the_address_of_a_closed_account_stops_working(client, celina):
    url = feed_url(celina)
    celina.is_active = False
    celina.save(update_fields=["is_active"])
    assert client.get(url).status_code == 404


def test_the_list_page_offers_a_signed_in_person_their_own_calendar_and_a_visitor_none(client, client_for, celina):
    # Anonymous first: client_for logs the same client in.
    assert "klucz=" not in client.get(reverse("events:list")).content.decode()
    assert feed_url(celina) in client_for(celina).get(reverse("events:list")).content.decode()
