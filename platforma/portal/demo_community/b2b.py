"""Demo B2B meetings at the cluster's cooperation day, loaded on top of the demo cluster (and, when it
is there, the demo event of the events module; otherwise a past cooperation day of its own).

Rows are written directly rather than through the services: the services would notify people about
requests nobody made and refuse answers and outcomes at the wrong time of day. What the services
guarantee is built the same way: only people with a confirmed place take part (a full event takes no
one extra), accepted meetings are placed by the same scheduler into the session's slots with one seat
per person per slot, and outcomes are recorded only for meetings of an event that is over. Loading twice
adds nothing.
"""

from datetime import datetime, timedelta
from typing import TypedDict

from django.db import transaction
from django.utils import timezone

from platforma.accounts.models import User
from platforma.community.b2b.models import (
    B2BProfile,
    B2BSession,
    Meeting,
    MeetingOutcome,
    MeetingSeat,
    MeetingStatus,
    Outcome,
    TimeWindow,
)
from platforma.community.b2b.scheduling import MeetingToPlace, make_slots, schedule
from platforma.community.events.models import Event, EventStatus, Registration, RegistrationStatus
from platforma.core.models import Visibility
from platforma.organisations.models import Organisation
from platforma.portal.management.demo_cluster import ORGS_BY_KEY, organisation_slug
from platforma.portal.management.demo_loader import DemoDataError
from platforma.taxonomy.models import Competence

EVENT_TITLE = "Dzień kooperacji B2B: rekultywacja terenów poprzemysłowych"
COORDINATOR_EMAIL = "anna.wrobel@ekopark.example"


class ProfileData(TypedDict):
    email: str
    organisation: str | None
    offer: str
    seek: str
    competences: list[str]


class MeetingData(TypedDict):
    requester: str
    recipient: str
    message: str
    status: str
    # What each side said afterwards (requester, recipient); empty for "not yet".
    outcomes: tuple[str, str]


PROFILES: list[ProfileData] = [
    {
        "email": "sabina.dyrda@gmina-bytom.example",
        "organisation": "gm_bytom",
        "offer": "Trzy hałdy pogórnicze w Bytomiu (razem 38 ha) jako poligon pilotażowy; dane z monitoringu.",
        "seek": "Technologii fitostabilizacji i gaszenia ognisk termicznych; partnerów do wniosku o dotację.",
        "competences": ["rekultywacja-hald", "pozary-hald"],
    },
    {
        "email": "pawel.grabowski@gmina-bytom.example",
        "organisation": "gm_bytom",
        "offer": "Inwentaryzacja terenów zdegradowanych Bytomia, dostęp do działek gminnych.",
        "seek": "Firmy, która wykona monitoring termiczny hałdy przy ul. Strzelców Bytomskich.",
        "competences": ["pozary-hald"],
    },
    {
        "email": "irena.kowalczyk@gup-katowice.example",
        "organisation": "gup",
        "offer": "Badania geochemiczne gleb i roślin; dobór gatunków metalotolerancyjnych.",
        "seek": "Terenów do badań polowych i firm wdrażających fitostabilizację.",
        "competences": ["fitostabilizacja", "rozpoznanie-zanieczyszczen"],
    },
    {
        "email": "agnieszka.musiol@fitoklar.example",
        "organisation": "fitoklar",
        "offer": "Fitostabilizacja hałd pod klucz: projekt, nasadzenia, trzyletnia pielęgnacja.",
        "seek": "Gmin z hałdami do rekultywacji i laboratorium do badań kontrolnych.",
        "competences": ["fitostabilizacja", "rekultywacja-hald"],
    },
    {
        "email": "piotr.brol@termohald.example",
        "organisation": "termohald",
        "offer": "Monitoring termiczny hałd z drona i sond; likwidacja ognisk termicznych.",
        "seek": "Zleceń od gmin i zarządców hałd; partnera do badań nad kartowaniem termowizyjnym.",
        "competences": ["monitoring-termiczny-hald", "likwidacja-ognisk-termicznych"],
    },
    {
        "email": "ewelina.kolodziej@geoanalit.example",
        "organisation": "geoanalit",
        "offer": "Akredytowane analizy gleb, wód i odpadów na metale ciężkie i WWA, wyniki w 5 dni.",
        "seek": "Stałych zleceniodawców z projektów rekultywacyjnych.",
        "competences": ["analizy-laboratoryjne", "rozpoznanie-zanieczyszczen"],
    },
    {
        "email": "rafal.skrzypiec@brownfield-silesia.example",
        "organisation": "brownfield_silesia",
        "offer": "Kapitał i doświadczenie w przygotowaniu terenów poprzemysłowych pod inwestycje.",
        "seek": "Rozpoznania zanieczyszczeń i technologii remediacji dla terenu pokoksowniczego.",
        "competences": ["tereny-inwestycyjne-brownfield", "tereny-pokoksownicze"],
    },
    {
        "email": "katarzyna.lis@irgw.example",
        "organisation": "irgw",
        "offer": "Projekt i nadzór nad przepuszczalnymi barierami reaktywnymi.",
        "seek": "Inwestora z zanieczyszczonymi wodami podziemnymi na terenie poprzemysłowym.",
        "competences": ["bariery-reaktywne", "oczyszczanie-wod-podziemnych"],
    },
    {
        "email": "zofia.badura@poczta.example",
        "organisation": None,
        "offer": "40 lat doświadczenia w gleboznawstwie; opinie i recenzje projektów rekultywacji.",
        "seek": "Projektów, w których przyda się niezależna ekspertka.",
        "competences": ["fitoremediacja", "rozpoznanie-zanieczyszczen"],
    },
]

N, F, C = Outcome.NONE, Outcome.FOLLOW_UP, Outcome.COOPERATION
MEETINGS: list[MeetingData] = [
    {
        "requester": "sabina.dyrda@gmina-bytom.example",
        "recipient": "agnieszka.musiol@fitoklar.example",
        "message": "Chcemy porozmawiać o pilotażu na hałdzie Szombierki.",
        "status": MeetingStatus.ACCEPTED,
        "outcomes": (C, C),
    },
    {
        "requester": "sabina.dyrda@gmina-bytom.example",
        "recipient": "piotr.brol@termohald.example",
        "message": "Dwie nasze hałdy mają ogniska termiczne — jak je monitorować?",
        "status": MeetingStatus.ACCEPTED,
        "outcomes": (F, F),
    },
    {
        "requester": "rafal.skrzypiec@brownfield-silesia.example",
        "recipient": "ewelina.kolodziej@geoanalit.example",
        "message": "Potrzebujemy rozpoznania zanieczyszczeń na 12 ha terenu pokoksowniczego.",
        "status": MeetingStatus.ACCEPTED,
        "outcomes": (F, N),
    },
    {
        "requester": "pawel.grabowski@gmina-bytom.example",
        "recipient": "piotr.brol@termohald.example",
        "message": "Hałda przy ul. Strzelców Bytomskich — wycena monitoringu.",
        "status": MeetingStatus.ACCEPTED,
        "outcomes": (C, ""),
    },
    {
        "requester": "irena.kowalczyk@gup-katowice.example",
        "recipient": "agnieszka.musiol@fitoklar.example",
        "message": "Mamy nowe wyniki dla traw metalotolerancyjnych — może wspólne poletka?",
        "status": MeetingStatus.ACCEPTED,
        "outcomes": (F, F),
    },
    {
        "requester": "katarzyna.lis@irgw.example",
        "recipient": "rafal.skrzypiec@brownfield-silesia.example",
        "message": "Bariera reaktywna może być tańsza niż wymiana gruntu.",
        "status": MeetingStatus.ACCEPTED,
        "outcomes": (N, N),
    },
    {
        "requester": "irena.kowalczyk@gup-katowice.example",
        "recipient": "rafal.skrzypiec@brownfield-silesia.example",
        "message": "Czy moglibyśmy pobrać próbki z Waszego terenu do badań?",
        "status": MeetingStatus.ACCEPTED,
        "outcomes": ("", ""),
    },
    {
        "requester": "zofia.badura@poczta.example",
        "recipient": "sabina.dyrda@gmina-bytom.example",
        "message": "Chętnie zrecenzuję projekt rekultywacji.",
        "status": MeetingStatus.DECLINED,
        "outcomes": ("", ""),
    },
    {
        "requester": "ewelina.kolodziej@geoanalit.example",
        "recipient": "agnieszka.musiol@fitoklar.example",
        "message": "Badania kontrolne po nasadzeniach — porozmawiajmy o stawkach.",
        "status": MeetingStatus.WITHDRAWN,
        "outcomes": ("", ""),
    },
]


def _event(*, now: datetime, organiser: Organisation, coordinator: User) -> Event:
    """The events module's cooperation day, or a past one of our own when that module left none."""
    event = Event.objects.filter(title=EVENT_TITLE).order_by("pk").first()
    if event is not None:
        return event
    day = timezone.localdate(now) - timedelta(days=21)
    starts_at = timezone.make_aware(datetime.combine(day, datetime.min.time().replace(hour=9)))
    event = Event(
        title=EVENT_TITLE,
        description=(
            "Dzień rozmów jeden na jeden między gminami z terenami poprzemysłowymi a firmami i uczelniami, "
            "które potrafią je zrekultywować. Każdy uczestnik publikuje, co oferuje i czego szuka."
        ),
        starts_at=starts_at,
        ends_at=starts_at + timedelta(hours=7),
        place="Centrum Konferencyjne EkoPark, ul. Przemysłowa 14",
        town="Piekary Śląskie",
        capacity=60,
        organiser=organiser,
        created_by=coordinator,
        status=EventStatus.PUBLISHED,
        visibility=Visibility.PUBLIC,
        published_at=starts_at - timedelta(days=30),
    )
    event.full_clean()
    event.save()
    return event


def _windows(event: Event) -> list[tuple[datetime, datetime]]:
    """10:00–12:00 and 13:00–15:00 of a day starting at 9:00; a shorter event gives its whole length."""
    start = event.starts_at
    if event.ends_at - start >= timedelta(hours=6):
        return [
            (start + timedelta(hours=1), start + timedelta(hours=3)),
            (start + timedelta(hours=4), start + timedelta(hours=6)),
        ]
    return [(start, event.ends_at)]


def _participants(event: Event, people: dict[str, User], organisations: dict[str, Organisation]) -> set[str]:
    """The e-mails of people with a confirmed place: registers those without one while places last."""
    registered = {
        registration.user.email: registration.status
        for registration in Registration.objects.filter(event=event).select_related("user")
    }
    confirmed = sum(1 for status in registered.values() if status == RegistrationStatus.CONFIRMED)
    taking_part = {email for email, status in registered.items() if status == RegistrationStatus.CONFIRMED}
    for data in PROFILES:
        email = data["email"]
        if email in registered or email not in people:
            continue
        if event.capacity is not None and confirmed >= event.capacity:
            continue
        Registration.objects.create(
            event=event,
            user=people[email],
            organisation=organisations.get(data["organisation"] or ""),
            status=RegistrationStatus.CONFIRMED,
        )
        confirmed += 1
        taking_part.add(email)
    return taking_part & set(people)


@transaction.atomic
def load_demo(*, now: datetime) -> dict[str, int]:
    """Attaches a B2B session with profiles, requests, planned meetings and (for a past event) outcomes.

    Returns counts by kind. Raises DemoDataError when the demo cluster is missing. Sends no notification."""
    emails = {data["email"] for data in PROFILES} | {COORDINATOR_EMAIL}
    people = {user.email: user for user in User.objects.filter(email__in=emails)}
    slugs = {
        key: organisation_slug(ORGS_BY_KEY[key])
        for key in ["ekopark", *(d["organisation"] for d in PROFILES if d["organisation"])]
    }
    by_slug = {o.slug: o for o in Organisation.objects.filter(slug__in=slugs.values())}
    organisations = {key: by_slug[slug] for key, slug in slugs.items() if slug in by_slug}
    if COORDINATOR_EMAIL not in people or "ekopark" not in organisations or len(people) < len(emails):
        raise DemoDataError("Brak danych klastra demonstracyjnego (osoby B2B): uruchom seed_demo.")
    event = _event(now=now, organiser=organisations["ekopark"], coordinator=people[COORDINATOR_EMAIL])
    if B2BSession.objects.filter(event=event).exists():
        return {"profile B2B": 0, "spotkania B2B": 0, "efekty spotkań B2B": 0}

    session = B2BSession.objects.create(event=event, slot_minutes=20, tables=6, created_by=people[COORDINATOR_EMAIL])
    windows = _windows(event)
    TimeWindow.objects.bulk_create([TimeWindow(session=session, starts_at=a, ends_at=b) for a, b in windows])
    taking_part = _participants(event, people, organisations)

    competences = {
        c.slug: c for c in Competence.objects.filter(slug__in={s for d in PROFILES for s in d["competences"]})
    }
    profiles = 0
    for data in PROFILES:
        if data["email"] not in taking_part:
            continue
        profile = B2BProfile.objects.create(
            session=session,
            user=people[data["email"]],
            organisation=organisations.get(data["organisation"] or ""),
            offer=data["offer"],
            seek=data["seek"],
        )
        profile.competences.set([competences[slug] for slug in data["competences"] if slug in competences])
        profiles += 1

    meetings: list[tuple[Meeting, MeetingData]] = []
    for data in MEETINGS:
        if not {data["requester"], data["recipient"]} <= taking_part:
            continue
        meeting = Meeting.objects.create(
            session=session,
            requester=people[data["requester"]],
            recipient=people[data["recipient"]],
            message=data["message"],
            status=data["status"],
            answered_at=None if data["status"] == MeetingStatus.WITHDRAWN else event.starts_at - timedelta(days=3),
        )
        meetings.append((meeting, data))

    accepted = {m.pk: m for m, _data in meetings if m.status == MeetingStatus.ACCEPTED}
    slots = make_slots(windows, session.slot_minutes)
    plan = schedule(
        [MeetingToPlace(key=m.pk, people=(m.requester_id, m.recipient_id)) for m in accepted.values()],
        slot_count=len(slots),
        tables=session.tables,
    )
    for key, placement in plan.placed.items():
        meeting = accepted[key]
        meeting.starts_at = slots[placement.slot].start
        meeting.table = placement.table
        meeting.save(update_fields=["starts_at", "table"])
        MeetingSeat.objects.bulk_create(
            [
                MeetingSeat(session=session, meeting=meeting, user_id=user_id, starts_at=meeting.starts_at)
                for user_id in (meeting.requester_id, meeting.recipient_id)
            ]
        )

    outcomes = 0
    if event.has_ended(now):
        for meeting, data in meetings:
            if meeting.status != MeetingStatus.ACCEPTED:
                continue
            for user_id, outcome in zip((meeting.requester_id, meeting.recipient_id), data["outcomes"], strict=True):
                if outcome:
                    MeetingOutcome.objects.create(meeting=meeting, user_id=user_id, outcome=outcome)
                    outcomes += 1
    return {"profile B2B": profiles, "spotkania B2B": len(meetings), "efekty spotkań B2B": outcomes}
