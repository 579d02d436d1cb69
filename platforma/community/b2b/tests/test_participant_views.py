import datetime

import icalendar
import pytest
from django.urls import reverse
from django.utils import timezone

from platforma.accounts.tests.factories import UserFactory
from platforma.community.b2b import services
from platforma.community.b2b.models import B2BProfile, Meeting, MeetingOutcome, MeetingStatus, Outcome
from platforma.community.b2b.tests.factories import ProfileFactory, RegistrationFactory

HX = {"HTTP_HX_REQUEST": "true"}


def url(name, session, **kwargs):
    return reverse(f"b2b:{name}", kwargs={"event_pk": session.event_id, **kwargs})


@pytest.fixture
def request_to_dawid(session, participants, celina, dawid):
    return services.meeting_request(session=session, requester=celina, recipient=dawid, message="Pogadajmy o hałdzie")


@pytest.fixture
def past_meeting(session, participants, celina, dawid):
    """An accepted meeting whose slot has already begun."""
    meeting = services.meeting_request(session=session, requester=celina, recipient=dawid)
    services.meeting_answer(meeting=meeting, by=dawid, accept=True)
    Meeting.objects.filter(pk=meeting.pk).update(starts_at=timezone.now() - datetime.timedelta(hours=1))
    return meeting


# --- profile -----------------------------------------------------------------------------------------


def test_a_participant_publishes_a_profile(client_for, session, celina, ziemia, competence):
    RegistrationFactory(event=session.event, user=celina, organisation=ziemia)
    client = client_for(celina)
    form = client.get(url("profile", session))
    assert form.status_code == 200
    response = client.post(
        url("profile", session),
        {"organisation": ziemia.pk, "offer": "Fitoremediacja", "seek": "Laboratorium", "competences": [competence.pk]},
    )
    assert response.status_code == 302
    profile = B2BProfile.objects.get(user=celina)
    assert profile.organisation == ziemia
    assert list(profile.competences.all()) == [competence]


def test_an_empty_profile_is_explained_and_nothing_is_saved(client_for, session, celina):
    RegistrationFactory(event=session.event, user=celina)
    response = client_for(celina).post(url("profile", session), {"offer": "Fitoremediacja", "seek": ""})
    assert response.status_code == 200
    assert "Fitoremediacja" in response.content.decode()
    assert not B2BProfile.objects.exists()


@pytest.mark.parametrize("role", ["ewa", "olek", "bogdan"])
def test_people_without_a_place_cannot_publish_a_profile(client_for, session, role, request):
    user = request.getfixturevalue(role)
    response = client_for(user).post(url("profile", session), {"offer": "x", "seek": "y"})
    assert response.status_code == 403
    assert not B2BProfile.objects.exists()


# --- directory ---------------------------------------------------------------------------------------


def test_a_participant_sees_the_others_and_may_ask_them(client_for, session, participants, celina):
    body = client_for(celina).get(url("directory", session)).content.decode()
    assert "Dawid Specjalista" in body
    assert "Analizy laboratoryjne" in body
    assert url("request", session, profile_pk=participants["dawid"].pk) in body
    assert "To Twój profil." in body


def test_the_organiser_sees_the_directory_but_cannot_ask(client_for, session, participants, bogdan):
    body = client_for(bogdan).get(url("directory", session)).content.decode()
    assert "Dawid Specjalista" in body
    assert "popros-o-spotkanie" not in body


@pytest.mark.parametrize("role", ["ewa", "olek"])
def test_people_without_a_place_do_not_see_the_directory(client_for, session, participants, role, request):
    assert client_for(request.getfixturevalue(role)).get(url("directory", session)).status_code == 403


def test_a_visitor_is_sent_to_log_in_for_the_directory(client, session):
    response = client.get(url("directory", session))
    assert response.status_code == 302
    assert "/konto/login/" in response["Location"]


def test_the_directory_filter_answers_htmx_with_the_results_only(client_for, session, participants, celina):
    response = client_for(celina).get(url("directory", session), {"q": "laboratoryjne"}, HTTP_HX_TARGET="results", **HX)
    body = response.content.decode()
    assert body.lstrip().startswith('<section id="results"')
    assert "Dawid Specjalista" in body
    assert "Celina Członkowska" not in body


@pytest.mark.parametrize("query", [{"competence": "nie-ma-takiej"}, {"page": "abc"}, {"q": "x" * 500}])
def test_bad_filter_values_never_break_the_directory(client_for, session, participants, celina, query):
    assert client_for(celina).get(url("directory", session), query).status_code == 200


def test_the_directory_needs_the_same_number_of_queries_for_many_profiles(
    client_for, session, participants, celina, competence, django_assert_max_num_queries
):
    client = client_for(celina)
    client.get(url("directory", session))

    def add_profiles(count):
        for _ in range(count):
            user = UserFactory()
            RegistrationFactory(event=session.event, user=user)
            ProfileFactory(session=session, user=user, competences=[competence])

    add_profiles(2)
    with django_assert_max_num_queries(40) as few:
        client.get(url("directory", session))
    add_profiles(10)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(url("directory", session))
    assert response.context["page_obj"].paginator.count == 14


# --- requests ----------------------------------------------------------------------------------------


def test_a_participant_requests_a_meeting(client_for, session, participants, celina, dawid):
    client = client_for(celina)
    assert client.get(url("request", session, profile_pk=participants["dawid"].pk)).status_code == 200
    response = client.post(url("request", session, profile_pk=participants["dawid"].pk), {"message": "Pogadajmy"})
    assert response.status_code == 302
    meeting = Meeting.objects.get()
    assert (meeting.requester, meeting.recipient, meeting.message) == (celina, dawid, "Pogadajmy")


def test_asking_oneself_is_explained(client_for, session, participants, celina):
    response = client_for(celina).post(url("request", session, profile_pk=participants["celina"].pk), {"message": ""})
    assert response.status_code == 200
    assert "samym sobą" in response.content.decode()
    assert not Meeting.objects.exists()


def test_a_participant_without_a_profile_is_sent_to_write_one(client_for, session, participants, ewa):
    RegistrationFactory(event=session.event, user=ewa)
    response = client_for(ewa).post(url("request", session, profile_pk=participants["dawid"].pk), {"message": ""})
    assert response["Location"] == url("profile", session)
    assert not Meeting.objects.exists()


def test_a_member_without_a_place_cannot_ask(client_for, session, participants, ewa):
    response = client_for(ewa).post(url("request", session, profile_pk=participants["dawid"].pk), {"message": ""})
    assert response.status_code == 403
    assert not Meeting.objects.exists()


def test_an_unknown_profile_gives_404(client_for, session, participants, celina):
    assert client_for(celina).get(url("request", session, profile_pk=999999)).status_code == 404


# --- agenda, answers ---------------------------------------------------------------------------------


def test_the_recipient_sees_the_request_in_the_agenda(client_for, session, request_to_dawid, dawid):
    body = client_for(dawid).get(url("agenda", session)).content.decode()
    assert "Pogadajmy o hałdzie" in body
    assert url("answer", session, meeting_pk=request_to_dawid.pk) in body


def test_people_without_a_place_have_no_agenda(client_for, session, participants, ewa):
    assert client_for(ewa).get(url("agenda", session)).status_code == 403


def test_accepting_without_javascript_redirects_to_the_agenda(client_for, session, request_to_dawid, dawid):
    response = client_for(dawid).post(url("answer", session, meeting_pk=request_to_dawid.pk), {"decision": "accept"})
    assert response["Location"] == url("agenda", session)
    request_to_dawid.refresh_from_db()
    assert request_to_dawid.status == MeetingStatus.ACCEPTED
    assert request_to_dawid.table == 1


def test_accepting_with_htmx_returns_the_meetings_fragment(client_for, session, request_to_dawid, dawid):
    response = client_for(dawid).post(
        url("answer", session, meeting_pk=request_to_dawid.pk), {"decision": "accept"}, **HX
    )
    body = response.content.decode()
    assert body.lstrip().startswith('<div id="meetings">')
    assert "Jest już w Twojej agendzie" in body
    assert "stolik 1" in body


def test_declining_with_htmx_returns_the_meetings_fragment(client_for, session, request_to_dawid, dawid):
    response = client_for(dawid).post(
        url("answer", session, meeting_pk=request_to_dawid.pk), {"decision": "decline"}, **HX
    )
    assert "Odrzucono prośbę" in response.content.decode()
    request_to_dawid.refresh_from_db()
    assert request_to_dawid.status == MeetingStatus.DECLINED


def test_an_unknown_decision_changes_nothing(client_for, session, request_to_dawid, dawid):
    response = client_for(dawid).post(url("answer", session, meeting_pk=request_to_dawid.pk), {"decision": "maybe"})
    assert response.status_code == 302
    request_to_dawid.refresh_from_db()
    assert request_to_dawid.status == MeetingStatus.PENDING


def test_the_requester_cannot_answer_their_own_request(client_for, session, request_to_dawid, celina):
    response = client_for(celina).post(url("answer", session, meeting_pk=request_to_dawid.pk), {"decision": "accept"})
    assert response.status_code == 403
    request_to_dawid.refresh_from_db()
    assert request_to_dawid.status == MeetingStatus.PENDING


@pytest.mark.parametrize("role", ["ewa", "bogdan", "olek"])
def test_strangers_do_not_find_someone_elses_request(client_for, session, request_to_dawid, role, request):
    user = request.getfixturevalue(role)
    response = client_for(user).post(url("answer", session, meeting_pk=request_to_dawid.pk), {"decision": "accept"})
    assert response.status_code == 404
    request_to_dawid.refresh_from_db()
    assert request_to_dawid.status == MeetingStatus.PENDING


def test_a_visitor_answering_is_sent_to_log_in(client, session, request_to_dawid):
    response = client.post(url("answer", session, meeting_pk=request_to_dawid.pk), {"decision": "accept"})
    assert "/konto/login/" in response["Location"]
    request_to_dawid.refresh_from_db()
    assert request_to_dawid.status == MeetingStatus.PENDING


def test_the_requester_withdraws_with_htmx(client_for, session, request_to_dawid, celina):
    response = client_for(celina).post(url("withdraw", session, meeting_pk=request_to_dawid.pk), **HX)
    assert "Wycofano prośbę" in response.content.decode()
    request_to_dawid.refresh_from_db()
    assert request_to_dawid.status == MeetingStatus.WITHDRAWN


def test_the_recipient_cannot_withdraw(client_for, session, request_to_dawid, dawid):
    assert client_for(dawid).post(url("withdraw", session, meeting_pk=request_to_dawid.pk)).status_code == 403
    request_to_dawid.refresh_from_db()
    assert request_to_dawid.status == MeetingStatus.PENDING


# --- calendar ----------------------------------------------------------------------------------------


def test_the_agenda_downloads_as_a_calendar_with_one_entry_a_meeting(client_for, session, request_to_dawid, dawid):
    services.meeting_answer(meeting=request_to_dawid, by=dawid, accept=True)
    response = client_for(dawid).get(url("agenda_ics", session))
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    (entry,) = calendar.walk("VEVENT")
    assert str(entry["UID"]) == f"b2b-meeting-{request_to_dawid.pk}@127.0.0.1"
    assert entry.decoded("DTSTART") == session.windows.first().starts_at
    assert "Celina Członkowska" in str(entry["SUMMARY"])
    assert "stolik 1" in str(entry["LOCATION"])
    assert "Fitoremediacja gleb" in str(entry["DESCRIPTION"])


def test_people_without_a_place_get_no_calendar(client_for, session, participants, ewa):
    assert client_for(ewa).get(url("agenda_ics", session)).status_code == 403


# --- outcomes ----------------------------------------------------------------------------------------


def test_after_the_meeting_a_side_records_the_outcome_with_htmx(client_for, session, past_meeting, celina):
    client = client_for(celina)
    assert f"m{past_meeting.pk}-outcome" in client.get(url("agenda", session)).content.decode()
    response = client.post(
        url("outcome", session, meeting_pk=past_meeting.pk),
        {f"m{past_meeting.pk}-outcome": Outcome.FOLLOW_UP, f"m{past_meeting.pk}-note": "Oferta do piątku"},
        **HX,
    )
    assert "Zapisano efekt spotkania" in response.content.decode()
    record = MeetingOutcome.objects.get()
    assert (record.user, record.outcome, record.note) == (celina, Outcome.FOLLOW_UP, "Oferta do piątku")


def test_recording_an_outcome_without_javascript_redirects(client_for, session, past_meeting, dawid):
    response = client_for(dawid).post(
        url("outcome", session, meeting_pk=past_meeting.pk), {f"m{past_meeting.pk}-outcome": Outcome.NONE}
    )
    assert response["Location"] == url("agenda", session)
    assert MeetingOutcome.objects.get().user == dawid


def test_an_outcome_without_a_choice_is_explained_and_keeps_the_note(client_for, session, past_meeting, celina):
    response = client_for(celina).post(
        url("outcome", session, meeting_pk=past_meeting.pk), {f"m{past_meeting.pk}-note": "Moja notatka"}
    )
    assert response.status_code == 200
    assert "Moja notatka" in response.content.decode()
    assert not MeetingOutcome.objects.exists()


def test_no_outcome_before_the_meeting(client_for, session, request_to_dawid, celina, dawid):
    services.meeting_answer(meeting=request_to_dawid, by=dawid, accept=True)
    response = client_for(celina).post(
        url("outcome", session, meeting_pk=request_to_dawid.pk), {f"m{request_to_dawid.pk}-outcome": Outcome.NONE}
    )
    assert response.status_code == 403
    assert not MeetingOutcome.objects.exists()


def test_a_stranger_cannot_record_an_outcome(client_for, session, past_meeting, ewa):
    response = client_for(ewa).post(
        url("outcome", session, meeting_pk=past_meeting.pk), {f"m{past_meeting.pk}-outcome": Outcome.COOPERATION}
    )
    assert response.status_code == 404
    assert not MeetingOutcome.objects.exists()


def test_the_agenda_reads_in_english_under_en(client_for, session, request_to_dawid, dawid):
    body = client_for(dawid).get("/en" + url("agenda", session)).content.decode()
    assert "My B2B meetings" in body
    assert "Requests to me" in body
