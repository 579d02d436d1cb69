"""Reads of B2B sessions, profiles, meetings and outcomes, always through the event's visibility.

A session is found through `events.selectors.event_get_for_user`, so an event someone may not see gives
404 here too; a disabled session is seen only by the organiser. Lists load in a constant number of
queries whatever their length (the tests guard it).
"""

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet
from django.http import Http404

from platforma.community.b2b import permissions
from platforma.community.b2b.models import (
    OUTCOME_RANK,
    B2BProfile,
    B2BSession,
    Meeting,
    MeetingOutcome,
    MeetingStatus,
    Outcome,
)
from platforma.community.b2b.scheduling import Slot, make_slots
from platforma.community.events import selectors as event_selectors
from platforma.community.events.models import Event, Registration, RegistrationStatus
from platforma.taxonomy.models import Competence
from platforma.taxonomy.selectors import competence_with_descendants


def event_get_for_user(*, user: Any, event_pk: Any) -> Event:
    return event_selectors.event_get_for_user(user=user, pk=event_pk)


def session_of(event: Event) -> B2BSession | None:
    session = B2BSession.objects.filter(event=event).prefetch_related("windows").first()
    if session is not None:
        session.event = event
    return session


def session_get_for_user(*, user: Any, event_pk: Any) -> B2BSession:
    """The event's B2B session if `user` may see it; Http404 otherwise (no session, or a disabled one)."""
    session = session_of(event_get_for_user(user=user, event_pk=event_pk))
    if session is None or not permissions.can_view_session(user, session):
        raise Http404
    return session


def session_slots(session: B2BSession) -> list[Slot]:
    windows = [(window.starts_at, window.ends_at) for window in session.windows.all()]
    return make_slots(windows, session.slot_minutes)


def _confirmed(session: B2BSession) -> Exists:
    return Exists(
        Registration.objects.filter(
            event_id=session.event_id, user_id=OuterRef("user_id"), status=RegistrationStatus.CONFIRMED
        )
    )


def profile_of(*, session: B2BSession, user: Any) -> B2BProfile | None:
    if not user.is_authenticated:
        return None
    return B2BProfile.objects.filter(session=session, user=user).prefetch_related("competences").first()


def profile_directory(*, session: B2BSession, filters: Mapping[str, Any] | None = None) -> QuerySet[B2BProfile]:
    """Profiles of people who still hold a confirmed place, filtered by `competence` (a slug; everything
    below it in the tree counts) and `q` (words in the offer, the need, the name or the organisation)."""
    filters = filters or {}
    queryset = (
        B2BProfile.objects.filter(session=session)
        .filter(_confirmed(session))
        .select_related("user", "organisation")
        .prefetch_related(Prefetch("competences", queryset=Competence.objects.order_by("position", "pk")))
    )
    slug = filters.get("competence")
    if slug and (ids := competence_with_descendants(str(slug))):
        through = B2BProfile.competences.through.objects.filter(b2bprofile_id=OuterRef("pk"), competence_id__in=ids)
        queryset = queryset.filter(Exists(through))
    if q := str(filters.get("q") or "").strip():
        queryset = queryset.filter(
            Q(offer__icontains=q)
            | Q(seek__icontains=q)
            | Q(user__first_name__icontains=q)
            | Q(user__last_name__icontains=q)
            | Q(organisation__name__icontains=q)
        )
    return queryset.order_by("user__last_name", "user__first_name", "pk")


def profile_get_for_request(*, session: B2BSession, pk: Any) -> B2BProfile:
    """A directory profile (a confirmed participant's), or Http404."""
    try:
        pk = int(pk)
    except (TypeError, ValueError) as error:
        raise Http404 from error
    profile = profile_directory(session=session).filter(pk=pk).first()
    if profile is None:
        raise Http404
    return profile


def open_requests_by_partner(*, session: B2BSession, user: Any) -> dict[int, Meeting]:
    """The viewer's pending or accepted meeting with each partner, keyed by the partner's id."""
    meetings = Meeting.objects.filter(session=session, status__in=[MeetingStatus.PENDING, MeetingStatus.ACCEPTED])
    return {meeting.partner_id_of(user): meeting for meeting in meetings.involving(user)}


@dataclass
class Agenda:
    scheduled: list[Meeting]
    unscheduled: list[Meeting]
    received: list[Meeting]
    sent: list[Meeting]
    earlier: list[Meeting]


def agenda_for(*, session: B2BSession, user: Any) -> Agenda:
    """The viewer's meetings, each with `partner`, `partner_profile` and `my_outcome` attached.

    Four queries whatever the number of meetings: meetings, the partners' profiles, their competences
    and the viewer's outcomes."""
    meetings = list(
        Meeting.objects.filter(session=session)
        .involving(user)
        .select_related("requester", "recipient")
        .order_by("starts_at", "pk")
    )
    partner_ids = {meeting.partner_of(user).pk for meeting in meetings}
    profiles = {
        profile.user_id: profile
        for profile in B2BProfile.objects.filter(session=session, user_id__in=partner_ids)
        .select_related("organisation")
        .prefetch_related("competences")
    }
    outcomes = {
        outcome.meeting_id: outcome
        for outcome in MeetingOutcome.objects.filter(meeting__in=[m.pk for m in meetings], user_id=user.pk)
    }
    agenda = Agenda(scheduled=[], unscheduled=[], received=[], sent=[], earlier=[])
    for meeting in meetings:
        meeting.session = session
        meeting.partner = meeting.partner_of(user)
        meeting.partner_profile = profiles.get(meeting.partner.pk)
        meeting.my_outcome = outcomes.get(meeting.pk)
        if meeting.status == MeetingStatus.ACCEPTED:
            (agenda.scheduled if meeting.starts_at else agenda.unscheduled).append(meeting)
        elif meeting.status == MeetingStatus.PENDING:
            (agenda.received if meeting.recipient_id == user.pk else agenda.sent).append(meeting)
        else:
            agenda.earlier.append(meeting)
    return agenda


def meeting_get_for_user(*, session: B2BSession, user: Any, pk: Any) -> Meeting:
    """One of the viewer's own meetings in this session, or Http404."""
    try:
        pk = int(pk)
    except (TypeError, ValueError) as error:
        raise Http404 from error
    if not user.is_authenticated:
        raise Http404
    meeting = (
        Meeting.objects.filter(session=session, pk=pk).involving(user).select_related("requester", "recipient").first()
    )
    if meeting is None:
        raise Http404
    meeting.session = session
    return meeting


@dataclass
class GridRow:
    slot: Slot
    cells: list[Meeting | None]


@dataclass
class Grid:
    rows: list[GridRow]
    tables: list[int]
    unscheduled: list[Meeting]
    pending: int


def session_grid(*, session: B2BSession) -> Grid:
    """Slots × tables for the organiser, plus accepted meetings that found no place. Two queries."""
    slots = session_slots(session)
    tables = list(range(1, session.tables + 1))
    rows = {slot.start: GridRow(slot=slot, cells=[None] * len(tables)) for slot in slots}
    unscheduled: list[Meeting] = []
    pending = 0
    meetings = Meeting.objects.filter(
        session=session, status__in=[MeetingStatus.ACCEPTED, MeetingStatus.PENDING]
    ).select_related("requester", "recipient")
    for meeting in meetings.order_by("pk"):
        if meeting.status == MeetingStatus.PENDING:
            pending += 1
            continue
        row = rows.get(meeting.starts_at) if meeting.starts_at else None
        if row is None or meeting.table is None or not 1 <= meeting.table <= len(tables):
            unscheduled.append(meeting)
        else:
            row.cells[meeting.table - 1] = meeting
    return Grid(rows=list(rows.values()), tables=tables, unscheduled=unscheduled, pending=pending)


def counted_outcome(answers: Iterable[str]) -> str | None:
    """The outcome a meeting counts under: the more modest of the two sides' answers, so that the
    cluster's evidence of cooperation never rests on one side's optimism. None while nobody answered."""
    ranked = sorted(answers, key=OUTCOME_RANK.__getitem__)
    return ranked[0] if ranked else None


@dataclass
class OutcomeCounts:
    event: Event
    accepted: int
    counts: dict[str, int]

    @property
    def reported(self) -> int:
        return sum(self.counts.values())

    def rows(self) -> list[tuple[str, Any, int]]:
        return [(value, label, self.counts.get(value, 0)) for value, label in Outcome.choices]


def outcome_counts(*, events: Iterable[Event] | None = None) -> list[OutcomeCounts]:
    """Per event with a B2B session: accepted meetings, and how many count under each outcome.

    Three queries, however many events and meetings."""
    sessions = B2BSession.objects.select_related("event").order_by("-event__starts_at", "pk")
    if events is not None:
        sessions = sessions.filter(event__in=list(events))
    sessions_list = list(sessions)
    accepted: Counter[int] = Counter(
        Meeting.objects.filter(session__in=sessions_list, status=MeetingStatus.ACCEPTED).values_list(
            "session_id", flat=True
        )
    )
    answers: dict[tuple[int, int], list[str]] = defaultdict(list)
    for session_id, meeting_id, outcome in MeetingOutcome.objects.filter(
        meeting__session__in=sessions_list, meeting__status=MeetingStatus.ACCEPTED
    ).values_list("meeting__session_id", "meeting_id", "outcome"):
        answers[(session_id, meeting_id)].append(outcome)
    per_session: dict[int, Counter[str]] = defaultdict(Counter)
    for (session_id, _meeting_id), given in answers.items():
        counted = counted_outcome(given)
        if counted is not None:
            per_session[session_id][counted] += 1
    return [
        OutcomeCounts(event=session.event, accepted=accepted[session.pk], counts=dict(per_session[session.pk]))
        for session in sessions_list
    ]
