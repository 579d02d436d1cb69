from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from platforma.community.events.models import Event, EventStatus, Registration, RegistrationStatus
from platforma.community.events.tests.factories import EventFactory, RegistrationFactory, in_days
from platforma.core.models import Visibility
from platforma.taxonomy.tests.factories import CompetenceFactory

pytestmark = pytest.mark.django_db

LIST = reverse("events:list")


def titles(response) -> list[str]:
    return [event.title for event in response.context["events"]]


def snapshot(event: Event) -> tuple:
    event.refresh_from_db()
    return (event.title, event.status, event.capacity, event.starts_at, event.sequence)


# --- list -----------------------------------------------------------------------------------------------------


def test_visitors_see_upcoming_public_events_and_can_switch_to_past_ones(client):
    EventFactory(title="Warsztaty w Bytomiu", town="Bytom")
    EventFactory(title="Tylko dla członków", visibility=Visibility.MEMBERS)
    EventFactory(title="Szkic", status=EventStatus.DRAFT)
    EventFactory(title="Konferencja sprzed miesiąca", starts_at=in_days(-30))

    response = client.get(LIST)
    assert response.status_code == 200
    assert titles(response) == ["Warsztaty w Bytomiu"]
    page = response.content.decode()
    assert "Bytom" in page
    assert "Dodaj wydarzenie" not in page
    assert titles(client.get(LIST, {"when": "minione"})) == ["Konferencja sprzed miesiąca"]


def test_members_see_members_only_events_and_the_add_button_if_they_administer(client_for, bogdan, celina):
    EventFactory(title="Tylko dla członków", visibility=Visibility.MEMBERS)

    assert titles(client_for(celina).get(LIST)) == ["Tylko dla członków"]
    response = client_for(bogdan).get(LIST)
    assert reverse("events:create") in response.content.decode()


def test_cards_show_places_and_the_viewers_registration(client_for, celina):
    event = EventFactory(capacity=2)
    RegistrationFactory.create_batch(2, event=event)
    RegistrationFactory(event=event, user=celina, status=RegistrationStatus.WAITING, waiting_since=timezone.now())

    page = client_for(celina).get(LIST).content.decode()

    assert "Brak wolnych miejsc (z 2) · na liście rezerwowej: 1" in page
    assert "jesteś na liście rezerwowej" in page


def test_the_list_is_a_constant_number_of_queries(client_for, celina, django_assert_max_num_queries):
    def add_events(count: int) -> None:
        for _number in range(count):
            event = EventFactory(competences=[CompetenceFactory()], capacity=5)
            RegistrationFactory.create_batch(2, event=event)

    add_events(2)
    client = client_for(celina)
    with django_assert_max_num_queries(14) as few:
        client.get(LIST)
    add_events(10)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(LIST)
    assert len(response.context["events"]) == 12


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"page": "abc"}, 200),
        ({"page": "999"}, 404),
        ({"when": "kiedyś", "format": "teleportacja", "competence": "nie-ma"}, 200),
        ({"q": "x" * 500}, 200),
    ],
)
def test_bad_query_parameters_never_break_the_list(client, params, status):
    EventFactory()
    assert client.get(LIST, params).status_code == status


def test_htmx_filter_returns_only_the_results_fragment(client):
    EventFactory(title="Webinar o wodach kopalnianych", place="", town="", online_url="https://meet.example/w")
    EventFactory(title="Wizyta na hałdzie")

    response = client.get(LIST, {"format": "online"}, headers={"HX-Request": "true", "HX-Target": "results"})

    page = response.content.decode()
    assert page.lstrip().startswith('<section id="results"')
    assert "Webinar o wodach kopalnianych" in page
    assert "Wizyta na hałdzie" not in page


# --- detail -----------------------------------------------------------------------------------------------


def test_the_detail_shows_warsaw_time_place_and_free_places(client):
    start = timezone.datetime(2031, 3, 4, 9, 0, tzinfo=timezone.UTC)  # 10:00 in Warsaw (winter time)
    event = EventFactory(starts_at=start, ends_at=start + timedelta(hours=2), capacity=20, town="Katowice")
    RegistrationFactory.create_batch(3, event=event)

    page = client.get(event.get_absolute_url()).content.decode()

    assert "4 marca 2031, 10:00" in page
    assert "12:00" in page
    assert "Katowice" in page
    assert "Miejsca: 20 · zajęte: 3 · wolne: 17" in page
    assert "Zaloguj się, aby zapisać się na wydarzenie." in page


def test_the_online_link_shows_only_to_confirmed_participants(client_for, celina, dawid, olek):
    event = EventFactory(online_url="https://meet.example/tajny-pokoj", capacity=1)
    RegistrationFactory(event=event, user=celina)
    RegistrationFactory(event=event, user=dawid, status=RegistrationStatus.WAITING, waiting_since=timezone.now())

    assert "tajny-pokoj" in client_for(celina).get(event.get_absolute_url()).content.decode()
    for outsider in (dawid, olek):
        page = client_for(outsider).get(event.get_absolute_url()).content.decode()
        assert "tajny-pokoj" not in page
        assert "link zobaczą osoby zapisane na wydarzenie" in page


def test_members_only_and_draft_events_are_404_for_outsiders(client, client_for, olek):
    members = EventFactory(visibility=Visibility.MEMBERS)
    draft = EventFactory(status=EventStatus.DRAFT)

    for event in (members, draft):
        assert client.get(event.get_absolute_url()).status_code == 404
        assert client_for(olek).get(event.get_absolute_url()).status_code == 404


# --- create, edit, publish, cancel ---------------------------------------------------------------------------


def form_data(**changes) -> dict:
    data = {
        "title": "Dzień otwarty poligonu w Piekarach",
        "organiser": "",
        "description": "Zwiedzanie poletek doświadczalnych.",
        "starts_at": "2031-05-20T10:00",
        "ends_at": "2031-05-20T14:00",
        "place": "Poligon EkoPark, ul. Przemysłowa 14",
        "town": "Piekary Śląskie",
        "online_url": "",
        "capacity": "25",
        "registration_closes_at": "",
        "visibility": "public",
        "action": "publish",
    }
    return {**data, **changes}


def test_an_organisation_admin_creates_and_publishes_an_event_of_their_organisation(client_for, bogdan, ziemia):
    response = client_for(bogdan).post(reverse("events:create"), form_data(organiser=ziemia.pk))

    event = Event.objects.get()
    assert response.status_code == 302
    assert response["Location"] == event.get_absolute_url()
    assert (event.organiser, event.status, event.capacity) == (ziemia, EventStatus.PUBLISHED, 25)
    # Typed in Warsaw time (summer: UTC+2), stored in UTC.
    assert event.starts_at == timezone.datetime(2031, 5, 20, 8, 0, tzinfo=timezone.UTC)


def test_the_coordinator_may_save_a_draft_without_an_organiser(client_for, anna):
    client_for(anna).post(reverse("events:create"), form_data(action="draft"))

    event = Event.objects.get()
    assert (event.organiser, event.status) == (None, EventStatus.DRAFT)


def test_bad_input_is_explained_in_polish_and_the_form_keeps_what_was_typed(client_for, bogdan, ziemia):
    response = client_for(bogdan).post(
        reverse("events:create"),
        form_data(organiser=ziemia.pk, ends_at="2031-05-20T09:00", place="", town="", starts_at="2031-05-20T10:00"),
    )

    page = response.content.decode()
    assert response.status_code == 200
    assert "Koniec wydarzenia musi być później niż jego początek." in page
    assert "Podaj miejsce wydarzenia albo link do spotkania online." in page
    assert 'value="Dzień otwarty poligonu w Piekarach"' in page
    assert not Event.objects.exists()


@pytest.mark.parametrize("role", ["celina", "dawid", "olek"])
def test_people_who_organise_nothing_may_not_create_events(client_for, request, role):
    response = client_for(request.getfixturevalue(role)).post(reverse("events:create"), form_data())
    assert response.status_code == 403
    assert not Event.objects.exists()


def test_an_admin_may_not_organise_for_someone_elses_organisation(client_for, bogdan, woda):
    response = client_for(bogdan).post(reverse("events:create"), form_data(organiser=woda.pk))
    assert response.status_code == 200
    assert not Event.objects.exists()


def test_anonymous_visitors_are_sent_to_log_in_and_nothing_is_created(client):
    response = client.post(reverse("events:create"), form_data())
    assert response.status_code == 302
    assert "/konto/login/" in response["Location"]
    assert not Event.objects.exists()


def test_the_organiser_edits_the_event(client_for, bogdan, ziemia):
    event = EventFactory(organiser=ziemia, title="Stary tytuł", capacity=10)

    response = client_for(bogdan).post(
        reverse("events:edit", args=[event.pk]), form_data(organiser=ziemia.pk, title="Nowy tytuł", capacity="12")
    )

    assert response.status_code == 302
    event.refresh_from_db()
    assert (event.title, event.capacity, event.sequence) == ("Nowy tytuł", 12, 1)


@pytest.mark.parametrize("role", ["ewa", "celina"])
def test_others_may_not_edit_publish_or_cancel_and_nothing_changes(client_for, request, ziemia, role):
    event = EventFactory(organiser=ziemia, title="Bez zmian")
    draft = EventFactory(organiser=ziemia, status=EventStatus.DRAFT, visibility=Visibility.PUBLIC)
    before, draft_before = snapshot(event), snapshot(draft)
    client = client_for(request.getfixturevalue(role))

    assert client.post(reverse("events:edit", args=[event.pk]), form_data(title="Zmienione")).status_code == 403
    assert client.post(reverse("events:cancel", args=[event.pk])).status_code == 403
    # A draft is not even visible to them.
    assert client.post(reverse("events:publish", args=[draft.pk])).status_code == 404
    assert (snapshot(event), snapshot(draft)) == (before, draft_before)


def test_the_organiser_publishes_a_draft_and_cancels_an_event(client_for, bogdan, ziemia):
    draft = EventFactory(organiser=ziemia, status=EventStatus.DRAFT)
    client = client_for(bogdan)

    client.post(reverse("events:publish", args=[draft.pk]))
    draft.refresh_from_db()
    assert draft.status == EventStatus.PUBLISHED

    response = client.post(reverse("events:cancel", args=[draft.pk]), follow=True)
    draft.refresh_from_db()
    assert draft.status == EventStatus.CANCELLED
    assert "Wydarzenie zostało odwołane." in response.content.decode()


def test_anonymous_post_to_an_action_goes_to_log_in_then_back_to_the_event(client):
    event = EventFactory(status=EventStatus.DRAFT)
    response = client.post(reverse("events:publish", args=[event.pk]))
    assert response.status_code == 302
    assert event.get_absolute_url() in response["Location"]
    assert snapshot(event)[1] == EventStatus.DRAFT


# --- registration ------------------------------------------------------------------------------------------------


def test_registering_without_htmx_redirects_with_a_message(client_for, celina, ziemia):
    event = EventFactory(capacity=10)

    response = client_for(celina).post(
        reverse("events:register", args=[event.pk]), {"organisation": ziemia.pk}, follow=True
    )

    registration = Registration.objects.get()
    assert (registration.user, registration.organisation, registration.status) == (celina, ziemia, "confirmed")
    assert "Zapisano Cię na wydarzenie." in response.content.decode()


def test_registering_for_a_full_event_with_htmx_puts_me_on_the_waiting_list(client_for, olek):
    event = EventFactory(capacity=1)
    RegistrationFactory(event=event)

    response = client_for(olek).post(reverse("events:register", args=[event.pk]), headers={"HX-Request": "true"})

    page = response.content.decode()
    assert page.lstrip().startswith('<section id="registration"')
    assert "jesteś na liście rezerwowej" in page
    assert "miejsce 1 w kolejce" in page
    assert Registration.objects.get(user=olek).status == RegistrationStatus.WAITING


def test_a_refused_registration_shows_the_polish_reason_in_the_fragment(client_for, celina):
    event = EventFactory()
    RegistrationFactory(event=event, user=celina)

    response = client_for(celina).post(reverse("events:register", args=[event.pk]), headers={"HX-Request": "true"})

    assert "Już jesteś zapisany(-a) na to wydarzenie." in response.content.decode()
    assert Registration.objects.count() == 1


def test_outsiders_cannot_register_for_members_only_events_and_nothing_is_stored(client, client_for, olek):
    event = EventFactory(visibility=Visibility.MEMBERS)

    assert client_for(olek).post(reverse("events:register", args=[event.pk])).status_code == 404
    client.logout()
    anonymous = client.post(reverse("events:register", args=[event.pk]))
    assert anonymous.status_code == 302
    assert not Registration.objects.exists()


def test_unregistering_with_htmx_moves_the_first_waiting_person_up(client_for, celina, dawid):
    event = EventFactory(capacity=1)
    RegistrationFactory(event=event, user=celina)
    RegistrationFactory(event=event, user=dawid, status=RegistrationStatus.WAITING, waiting_since=timezone.now())

    response = client_for(celina).post(reverse("events:unregister", args=[event.pk]), headers={"HX-Request": "true"})

    assert "Zrezygnowano z udziału w wydarzeniu." in response.content.decode()
    assert Registration.objects.get(user=dawid).status == RegistrationStatus.CONFIRMED
    page = client_for(dawid).get(event.get_absolute_url()).content.decode()
    assert "przeniesiono Cię z listy rezerwowej" in page


def test_unregistering_without_a_registration_changes_nothing(client_for, olek, celina):
    event = EventFactory(capacity=1)
    RegistrationFactory(event=event, user=celina)

    response = client_for(olek).post(reverse("events:unregister", args=[event.pk]), follow=True)

    assert "Nie jesteś zapisany(-a) na to wydarzenie." in response.content.decode()
    assert Registration.objects.get().status == RegistrationStatus.CONFIRMED


# --- participants -----------------------------------------------------------------------------------------------


def test_the_organiser_sees_participants_and_downloads_them_as_csv(client_for, bogdan, ziemia, celina):
    event = EventFactory(organiser=ziemia)
    RegistrationFactory(event=event, user=celina, organisation=ziemia)
    RegistrationFactory(event=event, user__first_name="=HYPERLINK(1)", status=RegistrationStatus.CANCELLED)
    client = client_for(bogdan)

    page = client.get(reverse("events:participants", args=[event.pk])).content.decode()
    assert celina.email in page
    csv_response = client.get(reverse("events:participants_csv", args=[event.pk]))
    body = csv_response.content.decode("utf-8-sig")
    assert csv_response["Content-Type"] == "text/csv; charset=utf-8"
    assert f"{celina.display_name};{celina.email};{ziemia.name};zapisany(-a)" in body
    assert "'=HYPERLINK(1)" in body


@pytest.mark.parametrize("role", ["celina", "ewa", "olek"])
def test_participants_are_hidden_from_everyone_else(client_for, request, ziemia, role):
    event = EventFactory(organiser=ziemia)
    client = client_for(request.getfixturevalue(role))
    assert client.get(reverse("events:participants", args=[event.pk])).status_code == 403
    assert client.get(reverse("events:participants_csv", args=[event.pk])).status_code == 403


def test_the_pages_speak_english_under_en(client):
    event = EventFactory(capacity=3)

    assert "Upcoming events: 1" in client.get("/en/wydarzenia/").content.decode()
    assert "Places: 3 · taken: 0 · free: 3" in client.get(f"/en/wydarzenia/{event.pk}/").content.decode()


def test_the_detail_pulls_comments_and_the_follow_button_by_url(client_for, olek):
    event = EventFactory()

    page = client_for(olek).get(event.get_absolute_url()).content.decode()

    assert 'id="komentarze"' in page
    assert 'id="follow"' in page
