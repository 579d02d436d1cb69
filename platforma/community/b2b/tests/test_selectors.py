import datetime

import pytest
from django.http import Http404
from django.utils import timezone

from platforma.accounts.tests.factories import UserFactory
from platforma.community.b2b import selectors, services
from platforma.community.b2b.models import MeetingOutcome, MeetingStatus, Outcome
from platforma.community.b2b.tests.factories import (
    EventFactory,
    MeetingFactory,
    ProfileFactory,
    RegistrationFactory,
    SessionFactory,
)
from platforma.community.events.models import EventStatus, Registration, RegistrationStatus

LATER = timezone.now() + datetime.timedelta(days=30)


def test_the_directory_shows_only_people_who_still_hold_a_place(session, participants, celina):
    Registration.objects.filter(user=celina).update(status=RegistrationStatus.CANCELLED)
    assert [p.user for p in selectors.profile_directory(session=session)] == [participants["dawid"].user]


def test_the_directory_filters_by_words_and_by_competence_with_its_subtree(session, participants, competence):
    participants["dawid"].competences.set([competence.children.first() or competence])
    assert list(selectors.profile_directory(session=session, filters={"q": "laboratoryjne"})) == [participants["dawid"]]
    by_competence = selectors.profile_directory(session=session, filters={"competence": competence.slug})
    assert list(by_competence) == [participants["dawid"]]
    # An unknown slug is ignored rather than hiding everyone.
    assert selectors.profile_directory(session=session, filters={"competence": "nie-ma"}).count() == 2


def test_a_session_of_a_draft_event_is_hidden_from_participants(session, participants, celina, bogdan):
    session.event.status = EventStatus.DRAFT
    session.event.save()
    with pytest.raises(Http404):
        selectors.session_get_for_user(user=celina, event_pk=session.event_id)
    assert selectors.session_get_for_user(user=bogdan, event_pk=session.event_id) == session


@pytest.mark.parametrize("bad", ["abc", None, "999999"])
def test_bad_meeting_ids_give_404(session, celina, bad):
    with pytest.raises(Http404):
        selectors.meeting_get_for_user(session=session, user=celina, pk=bad)


def test_someone_elses_meeting_gives_404(session, participants, celina, dawid, ewa):
    meeting = MeetingFactory(session=session, requester=celina, recipient=dawid)
    with pytest.raises(Http404):
        selectors.meeting_get_for_user(session=session, user=ewa, pk=meeting.pk)


def test_the_agenda_sorts_meetings_by_state_and_attaches_the_partner(session, participants, celina, dawid):
    sent = services.meeting_request(session=session, requester=celina, recipient=dawid)
    other = UserFactory()
    RegistrationFactory(event=session.event, user=other)
    ProfileFactory(session=session, user=other)
    received = services.meeting_request(session=session, requester=other, recipient=celina)
    agenda = selectors.agenda_for(session=session, user=celina)
    assert agenda.sent == [sent]
    assert agenda.received == [received]
    assert agenda.received[0].partner == other
    services.meeting_answer(meeting=received, by=celina, accept=True)
    agenda = selectors.agenda_for(session=session, user=celina)
    assert [m.pk for m in agenda.scheduled] == [received.pk]
    assert agenda.scheduled[0].partner_profile.user == other


def test_the_grid_puts_each_meeting_in_its_slot_and_table(session, participants, celina, dawid):
    meeting = services.meeting_answer(
        meeting=services.meeting_request(session=session, requester=celina, recipient=dawid), by=dawid, accept=True
    )
    MeetingFactory(session=session, requester=UserFactory(), recipient=UserFactory())
    grid = selectors.session_grid(session=session)
    assert len(grid.rows) == 3
    assert grid.tables == [1, 2]
    assert grid.rows[0].cells == [meeting, None]
    assert grid.pending == 1


@pytest.mark.parametrize(
    ("answers", "counted"),
    [
        ([], None),
        ([Outcome.COOPERATION], Outcome.COOPERATION),
        ([Outcome.COOPERATION, Outcome.FOLLOW_UP], Outcome.FOLLOW_UP),
        ([Outcome.NONE, Outcome.COOPERATION], Outcome.NONE),
    ],
)
def test_a_meeting_counts_under_the_more_modest_answer(answers, counted):
    assert selectors.counted_outcome(answers) == counted


def test_outcome_counts_per_event(session, participants, celina, dawid, django_assert_max_num_queries):
    meeting = MeetingFactory(session=session, requester=celina, recipient=dawid, status=MeetingStatus.ACCEPTED)
    MeetingOutcome.objects.create(meeting=meeting, user=celina, outcome=Outcome.COOPERATION)
    MeetingOutcome.objects.create(meeting=meeting, user=dawid, outcome=Outcome.FOLLOW_UP)
    second = MeetingFactory(session=session, status=MeetingStatus.ACCEPTED)
    MeetingOutcome.objects.create(meeting=second, user=second.requester, outcome=Outcome.NONE)
    MeetingFactory(session=session, status=MeetingStatus.ACCEPTED)
    declined = MeetingFactory(session=session, status=MeetingStatus.DECLINED)
    MeetingOutcome.objects.create(meeting=declined, user=declined.requester, outcome=Outcome.COOPERATION)
    quiet = SessionFactory(event=EventFactory())
    with django_assert_max_num_queries(3):
        rows = {row.event: row for row in selectors.outcome_counts()}
    mine = rows[session.event]
    assert mine.accepted == 3
    assert mine.counts == {Outcome.FOLLOW_UP: 1, Outcome.NONE: 1}
    assert mine.reported == 2
    assert rows[quiet.event].accepted == 0
    assert rows[quiet.event].counts == {}
