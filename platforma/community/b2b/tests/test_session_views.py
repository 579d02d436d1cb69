import pytest
from django.urls import reverse

from platforma.community.b2b.models import B2BSession, Meeting, MeetingOutcome, MeetingStatus, Outcome, TimeWindow
from platforma.community.b2b.tests.factories import MeetingFactory, RegistrationFactory


def url(name, event, **kwargs):
    return reverse(f"b2b:{name}", kwargs={"event_pk": event.pk, **kwargs})


def test_anyone_who_sees_a_public_event_sees_its_b2b_page(client, session):
    response = client.get(url("session", session.event))
    assert response.status_code == 200
    assert "Zaloguj się, aby wziąć udział" in response.content.decode()


def test_a_participant_is_invited_to_publish_a_profile(client_for, session, celina):
    RegistrationFactory(event=session.event, user=celina)
    response = client_for(celina).get(url("session", session.event))
    assert "Opublikuj profil B2B" in response.content.decode()


def test_a_member_without_a_place_is_told_to_register(client_for, session, ewa):
    response = client_for(ewa).get(url("session", session.event))
    assert "Zapisz się na stronie wydarzenia" in response.content.decode()


def test_an_event_without_b2b_says_so_and_the_organiser_is_sent_to_set_it_up(client_for, event, celina, bogdan):
    assert client_for(celina).get(url("session", event)).status_code == 404
    response = client_for(bogdan).get(url("session", event))
    assert response.status_code == 302
    assert response["Location"] == url("settings", event)


def test_a_disabled_session_is_hidden_from_participants(client_for, session, participants, celina):
    B2BSession.objects.filter(pk=session.pk).update(is_enabled=False)
    assert client_for(celina).get(url("directory", session.event)).status_code == 404


def test_an_unknown_event_gives_404(client, db):
    assert client.get("/wydarzenia/999999/b2b/").status_code == 404


def test_the_organiser_sets_up_b2b(client_for, event, bogdan):
    response = client_for(bogdan).post(
        url("settings", event),
        {"is_enabled": "on", "slot_minutes": "15", "tables": "3", "windows": "10:00–11:00\n13:00-14:00"},
    )
    assert response.status_code == 302
    session = B2BSession.objects.get(event=event)
    assert (session.slot_minutes, session.tables) == (15, 3)
    assert TimeWindow.objects.filter(session=session).count() == 2


def test_settings_show_the_current_windows_in_local_time(client_for, session, bogdan):
    response = client_for(bogdan).get(url("settings", session.event))
    assert "10:00–11:00" in response.content.decode()


def test_bad_windows_are_explained_and_the_form_keeps_what_was_typed(client_for, event, bogdan):
    response = client_for(bogdan).post(
        url("settings", event), {"slot_minutes": "20", "tables": "2", "windows": "od dziesiątej"}
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "Wiersz 1" in body
    assert "od dziesiątej" in body
    response = client_for(bogdan).post(
        url("settings", event), {"slot_minutes": "20", "tables": "2", "windows": "06:00-07:00"}
    )
    assert "w czasie wydarzenia" in response.content.decode()
    assert not B2BSession.objects.exists()


def test_a_participant_cannot_change_the_settings(client_for, session, participants, celina):
    response = client_for(celina).post(
        url("settings", session.event), {"slot_minutes": "60", "tables": "9", "windows": "10:00-11:00"}
    )
    assert response.status_code == 403
    session.refresh_from_db()
    assert (session.slot_minutes, session.tables) == (20, 2)


def test_a_visitor_is_sent_to_log_in_for_the_settings(client, session):
    response = client.get(url("settings", session.event))
    assert response.status_code == 302
    assert "/konto/login/" in response["Location"]


def test_the_organiser_sees_the_grid_in_a_constant_number_of_queries(
    client_for, session, bogdan, django_assert_max_num_queries
):
    client = client_for(bogdan)
    client.get(url("grid", session.event))  # warms the session and permission caches

    def add_meetings(count):
        for _ in range(count):
            MeetingFactory(session=session, status=MeetingStatus.ACCEPTED)

    add_meetings(2)
    with django_assert_max_num_queries(20) as few:
        client.get(url("grid", session.event))
    add_meetings(8)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(url("grid", session.event))
    assert response.status_code == 200


def test_the_grid_shows_who_meets_where(client_for, session, participants, celina, dawid, bogdan):
    Meeting.objects.create(
        session=session,
        requester=celina,
        recipient=dawid,
        status=MeetingStatus.ACCEPTED,
        starts_at=session.windows.first().starts_at,
        table=2,
    )
    body = client_for(bogdan).get(url("grid", session.event)).content.decode()
    assert "Celina Członkowska ↔ Dawid Specjalista" in body
    assert "Stolik 2" in body


def test_participants_do_not_see_the_grid(client_for, session, participants, celina):
    assert client_for(celina).get(url("grid", session.event)).status_code == 403


def test_the_organiser_plans_waiting_meetings(client_for, session, participants, celina, dawid, bogdan):
    meeting = MeetingFactory(session=session, requester=celina, recipient=dawid, status=MeetingStatus.ACCEPTED)
    response = client_for(bogdan).post(url("schedule", session.event))
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.starts_at is not None


def test_a_participant_cannot_plan(client_for, session, participants, celina, dawid):
    meeting = MeetingFactory(session=session, requester=celina, recipient=dawid, status=MeetingStatus.ACCEPTED)
    assert client_for(celina).post(url("schedule", session.event)).status_code == 403
    meeting.refresh_from_db()
    assert meeting.starts_at is None


def test_a_visitor_posting_a_plan_is_sent_to_log_in(client, session):
    response = client.post(url("schedule", session.event))
    assert response.status_code == 302
    assert "/konto/login/" in response["Location"]


def test_the_coordinator_panel_counts_outcomes(client_for, session, anna):
    meeting = MeetingFactory(session=session, status=MeetingStatus.ACCEPTED)
    MeetingOutcome.objects.create(meeting=meeting, user=meeting.requester, outcome=Outcome.COOPERATION)
    MeetingFactory(session=session, status=MeetingStatus.ACCEPTED)
    response = client_for(anna).get(reverse("b2b_panel:outcomes"))
    assert response.status_code == 200
    body = response.content.decode()
    assert session.event.title in body
    assert "Umówione spotkania: 2, z zapisanym efektem: 1." in body


def test_only_the_coordinator_sees_the_panel(client_for, bogdan):
    assert client_for(bogdan).get(reverse("b2b_panel:outcomes")).status_code == 403


def test_the_event_page_box_links_participants_to_b2b(client_for, session, participants, celina):
    body = client_for(celina).get(url("for_event", session.event), HTTP_HX_REQUEST="true").content.decode()
    assert url("session", session.event) in body
    assert url("agenda", session.event) in body


def test_the_event_page_box_invites_the_organiser_to_add_b2b(client_for, event, bogdan):
    body = client_for(bogdan).get(url("for_event", event), HTTP_HX_REQUEST="true").content.decode()
    assert url("settings", event) in body


@pytest.mark.parametrize("disabled_session", [True, False])
def test_the_event_page_box_is_empty_without_a_session_to_show(client, event, disabled_session):
    if disabled_session:
        B2BSession.objects.create(event=event, is_enabled=False)
    response = client.get(url("for_event", event), HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert response.content == b""


def test_the_event_page_pulls_the_b2b_box(client, session):
    body = client.get(session.event.get_absolute_url()).content.decode()
    assert url("for_event", session.event) in body
