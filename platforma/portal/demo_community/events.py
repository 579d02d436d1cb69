"""Demo events of the Silesian cluster with registrations, loaded on top of the demo cluster.

Rows are written directly rather than through the services: the services would notify followers and
participants of things nobody did. What the services guarantee holds by construction: no event has more
confirmed people than places, the waiting list exists only where the event is full and is ordered by
`waiting_since`, registrations of cancelled events are kept as they were. Dates are offsets from the day
of the load, so there is always something past and something ahead. Loading twice adds nothing.

The B2B matchmaking day is created here (past, so that the B2B demo can record outcomes of its meetings);
`demo_community.b2b` adds the B2B session to it by title.
"""

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from django.db import transaction
from django.utils import timezone

from platforma.accounts.models import User
from platforma.community.events.models import Event, EventStatus, Registration, RegistrationStatus
from platforma.core.models import Visibility
from platforma.organisations.models import Organisation, OrganisationMembership
from platforma.portal.management.demo_cluster import ORGS_BY_KEY, organisation_slug
from platforma.portal.management.demo_loader import DemoDataError
from platforma.taxonomy.models import Competence

B2B_TITLE = "Dzień kooperacji B2B: rekultywacja terenów poprzemysłowych"
COORDINATOR = "anna.wrobel@ekopark.example"


@dataclass(frozen=True)
class DemoEvent:
    title: str
    organiser: str  # organisation key in demo_data
    day: int  # days from the load (negative: past)
    start: time
    hours: float
    description: str
    competences: tuple[str, ...]
    place: str = ""
    town: str = ""
    online_url: str = ""
    capacity: int | None = None
    visibility: str = Visibility.PUBLIC
    status: str = EventStatus.PUBLISHED
    # E-mails in the order they registered; beyond `capacity` they wait.
    people: tuple[str, ...] = field(default_factory=tuple)
    cancelled_by: tuple[str, ...] = field(default_factory=tuple)
    # Registration closes this many days before the start (None: at the start).
    closes_days_before: int | None = None


EVENTS: list[DemoEvent] = [
    DemoEvent(
        title="Konferencja „Tereny pogórnicze Górnego Śląska — od hałdy do parku”",
        organiser="gup",
        day=-40,
        start=time(9, 30),
        hours=7,
        place="Międzynarodowe Centrum Kongresowe, pl. Sławika i Antoniewicza 1",
        town="Katowice",
        capacity=120,
        description=(
            "Doroczna konferencja klastra o rekultywacji terenów pogórniczych: **studia przypadków** z Bytomia, "
            "Piekar Śląskich i Rudy Śląskiej, finansowanie z Funduszu na rzecz Sprawiedliwej Transformacji, "
            "panel gmin i firm rekultywacyjnych."
        ),
        competences=("rekultywacja-hald", "rewitalizacja-terenow-poprzemyslowych", "tereny-inwestycyjne-brownfield"),
        people=(
            "sabina.dyrda@gmina-bytom.example",
            "beata.klosek@gmina-radzionkow.example",
            "krzysztof.pyka@gmina-swietochlowice.example",
            "irena.kowalczyk@gup-katowice.example",
            "agnieszka.musiol@fitoklar.example",
            "piotr.brol@termohald.example",
            "rafal.skrzypiec@brownfield-silesia.example",
            "zofia.badura@poczta.example",
            "andrzej.mazur@irgw.example",
        ),
    ),
    DemoEvent(
        title="Webinar: tanie czujniki pyłu PM10 i PM2,5 w gminie — jak czytać dane",
        organiser="przejrzyste_powietrze",
        day=-12,
        start=time(12, 0),
        hours=1.5,
        online_url="https://spotkania.przejrzyste-powietrze.example/webinar-czujniki",
        description=(
            "Godzinny webinar z pytaniami: kalibracja tanich czujników, porównanie ze stacjami GIOŚ, "
            "jak mówić mieszkańcom o epizodach smogowych."
        ),
        competences=("monitoring-powietrza", "programy-ochrony-powietrza"),
        people=(
            "ewa.szoltysek@przejrzyste-powietrze.example",
            "lukasz.mrozek@gmina-tarnowskie-gory.example",
            "joanna.morcinek@gmina-swietochlowice.example",
            "kinga.ryszka@envirosens.example",
            "natalia.pietrzyk@poczta.example",
        ),
    ),
    DemoEvent(
        title=B2B_TITLE,
        organiser="ekopark",
        day=-14,
        start=time(9, 0),
        hours=7,
        place="Hala Na Szybie Krystyna, ul. Zabrzańska 12",
        town="Bytom",
        capacity=60,
        description=(
            "Dzień rozmów jeden na jeden między gminami, które mają tereny poprzemysłowe, a firmami i uczelniami, "
            "które potrafią je zrekultywować. Przed wydarzeniem każdy uczestnik publikuje, co oferuje i czego "
            "szuka, i umawia spotkania po 20 minut."
        ),
        competences=("rewitalizacja-terenow-poprzemyslowych", "rekultywacja-hald", "fitostabilizacja"),
        people=(
            "marek.zielinski@inkubator-bytom.example",
            "pawel.grabowski@gmina-bytom.example",
            "monika.kurpas@geosonda.example",
        ),
    ),
    DemoEvent(
        title="Spacer badawczy: dolina Brynicy od Zbiornika Kozłowa Góra do Piekar",
        organiser="brynica_zyje",
        day=2,
        start=time(10, 0),
        hours=4,
        place="Parking przy zaporze Zbiornika Kozłowa Góra",
        town="Piekary Śląskie",
        capacity=25,
        description=(
            "Przejście doliną z przyrodnikami i hydrologiem: miejsca zrzutów, odcinki do renaturyzacji, "
            "siedliska bobra. Wygodne buty, kalosze mile widziane."
        ),
        competences=("renaturyzacja-rzek", "inwentaryzacje-przyrodnicze"),
        people=(
            "magdalena.cieslik@brynica-zyje.example",
            "grzegorz.kandzia@dolina-brynicy.example",
            "iwona.bugla@wodociagi-brynica.example",
            "wojciech.gawlik@poczta.example",
        ),
    ),
    DemoEvent(
        title="Webinar dla członków: ciepło z wód kopalnianych — pierwsze wyniki pilotażu",
        organiser="cbcs",
        day=6,
        start=time(13, 0),
        hours=1.5,
        online_url="https://spotkania.cbcs.example/cieplo-z-wod",
        visibility=Visibility.MEMBERS,
        description=(
            "Wyniki pierwszego sezonu grzewczego pilotażu pompy ciepła na wodzie z odwadniania kopalni. "
            "Tylko dla członków klastra: pokazujemy dane z pomiarów przed publikacją."
        ),
        competences=("cieplo-z-wod-kopalnianych", "pompy-ciepla"),
        people=(
            "adam.czech@cbcs.example",
            "damian.szafarczyk@cieplosfera.example",
            "leszek.bula@solwod.example",
            "roman.pielorz@scbwk.example",
            "sabina.dyrda@gmina-bytom.example",
            "katarzyna.lis@irgw.example",
            "janusz.cichon@kzo-brzeziny.example",
        ),
    ),
    DemoEvent(
        title="Warsztaty fitostabilizacji na poligonie EkoPark",
        organiser="ekopark",
        day=9,
        start=time(9, 0),
        hours=5,
        place="Poligon doświadczalny EkoPark, ul. Przemysłowa 14",
        town="Piekary Śląskie",
        capacity=6,
        closes_days_before=2,
        description=(
            "Zajęcia w terenie na poletkach z glebą skażoną cynkiem, ołowiem i kadmem: dobór traw "
            "metalotolerancyjnych, wapnowanie, pobór próbek. **Mała grupa** — sześć miejsc, "
            "potem lista rezerwowa."
        ),
        competences=("fitostabilizacja", "stabilizacja-metali-ciezkich", "remediacja-gleb"),
        people=(
            "agnieszka.musiol@fitoklar.example",
            "beata.klosek@gmina-radzionkow.example",
            "henryk.pawlas@zdrowa-grzadka.example",
            "dorota.gajda@nowa-zielen.example",
            "tadeusz.hajduk@mikrobion.example",
            "zofia.badura@poczta.example",
            # The event is full from here on: these three wait, in this order.
            "marcin.szymura@poczta.example",
            "kamil.sojka@poczta.example",
            "hanna.rduch@poczta.example",
        ),
        cancelled_by=("aleksandra.tomczyk@poczta.example",),
    ),
    DemoEvent(
        title="Wizyta studyjna: hałda Radzionków — monitoring termiczny dronem",
        organiser="termohald",
        day=16,
        start=time(10, 0),
        hours=3,
        place="Hałda przy ul. Knosały",
        town="Radzionków",
        capacity=15,
        status=EventStatus.CANCELLED,
        description=(
            "Pokaz lotu drona z kamerą termowizyjną nad hałdą i omówienie map temperatur. "
            "Odwołane: nie dostaliśmy zgody na loty w tym terminie; podamy nowy."
        ),
        competences=("monitoring-termiczny-hald", "teledetekcja-i-drony"),
        people=("bartosz.kolorz@poczta.example", "zbigniew.nowrot@kruszec-eko.example"),
    ),
    DemoEvent(
        title="Seminarium: fundusze na rekultywację w perspektywie 2028+",
        organiser="ekopark",
        day=30,
        start=time(10, 0),
        hours=3,
        place="Centrum Konferencyjne EkoPark, ul. Przemysłowa 14",
        town="Piekary Śląskie",
        online_url="https://spotkania.ekopark.example/seminarium-fundusze",
        capacity=80,
        closes_days_before=3,
        description=(
            "Seminarium hybrydowe: jakie programy krajowe i unijne sfinansują rekultywację po 2028 r., "
            "jak łączyć gminy i firmy w jednym wniosku. Na sali i online."
        ),
        competences=("tereny-inwestycyjne-brownfield", "rewitalizacja-spoleczna"),
        people=(
            "pawel.grabowski@gmina-bytom.example",
            "lukasz.mrozek@gmina-tarnowskie-gory.example",
            "ewelina.kolodziej@geoanalit.example",
        ),
    ),
    DemoEvent(
        title="Przegląd technologii odsalania wód kopalnianych (szkic)",
        organiser="ekopark",
        day=45,
        start=time(10, 0),
        hours=2,
        town="Katowice",
        status=EventStatus.DRAFT,
        description="Program w przygotowaniu: zaproszeni wykonawcy instalacji odsalania i gminy z Zagłębia.",
        competences=("odsalanie-wod-kopalnianych",),
    ),
]


def _at(now: datetime, day: int, start: time) -> datetime:
    local_day = timezone.localdate(now) + timedelta(days=day)
    return timezone.make_aware(datetime.combine(local_day, start))


def _organisation_of(people: dict[str, User], memberships: dict[int, Organisation], email: str) -> Organisation | None:
    return memberships.get(people[email].pk)


@transaction.atomic
def load_demo(*, now: datetime) -> dict[str, int]:
    """Creates the demo events and their registrations; does nothing when they are already there.

    Returns counts by kind. Raises DemoDataError (and writes nothing) when the demo cluster is missing.
    Sends no notification and enqueues no task."""
    emails = {COORDINATOR} | {e for data in EVENTS for e in (*data.people, *data.cancelled_by)}
    people = {user.email: user for user in User.objects.filter(email__in=emails)}
    slugs = {data.organiser: organisation_slug(ORGS_BY_KEY[data.organiser]) for data in EVENTS}
    by_slug = {o.slug: o for o in Organisation.objects.filter(slug__in=slugs.values())}
    missing = sorted(emails - set(people)) + sorted(key for key, slug in slugs.items() if slug not in by_slug)
    if missing:
        raise DemoDataError("Brak danych klastra demonstracyjnego (wydarzenia): " + ", ".join(missing))
    if Event.objects.filter(title=EVENTS[0].title).exists():
        return {"wydarzenia": 0, "zapisy na wydarzenia": 0}
    # The organisation each person comes for: their first one (demo people have at most one).
    memberships: dict[int, Organisation] = {}
    for membership in OrganisationMembership.objects.filter(user__in=people.values()).select_related("organisation"):
        memberships.setdefault(membership.user_id, membership.organisation)
    competences = {c.slug: c for c in Competence.objects.filter(slug__in={s for d in EVENTS for s in d.competences})}

    counts: Counter[str] = Counter()
    for data in EVENTS:
        starts_at = _at(now, data.day, data.start)
        published = starts_at - timedelta(days=28)
        event = Event(
            title=data.title,
            description=data.description,
            starts_at=starts_at,
            ends_at=starts_at + timedelta(hours=data.hours),
            place=data.place,
            town=data.town,
            online_url=data.online_url,
            capacity=data.capacity,
            registration_closes_at=(
                starts_at - timedelta(days=data.closes_days_before) if data.closes_days_before else None
            ),
            organiser=by_slug[slugs[data.organiser]],
            created_by=people[COORDINATOR],
            status=data.status,
            visibility=data.visibility,
            published_at=None if data.status == EventStatus.DRAFT else min(published, now),
            sequence=1 if data.status == EventStatus.CANCELLED else 0,
        )
        event.full_clean()
        event.save()
        event.competences.set([competences[slug] for slug in data.competences if slug in competences])
        counts["wydarzenia"] += 1

        registrations = []
        for number, email in enumerate(data.people):
            registered_at = min(published + timedelta(days=1, hours=3 * number), now)
            confirmed = data.capacity is None or number < data.capacity
            registrations.append(
                Registration(
                    event=event,
                    user=people[email],
                    organisation=_organisation_of(people, memberships, email),
                    status=RegistrationStatus.CONFIRMED if confirmed else RegistrationStatus.WAITING,
                    waiting_since=None if confirmed else registered_at,
                    reminder_sent_at=starts_at - timedelta(hours=30) if starts_at < now and confirmed else None,
                )
            )
        for email in data.cancelled_by:
            registrations.append(
                Registration(
                    event=event,
                    user=people[email],
                    organisation=_organisation_of(people, memberships, email),
                    status=RegistrationStatus.CANCELLED,
                    cancelled_at=min(published + timedelta(days=5), now),
                )
            )
        Registration.objects.bulk_create(registrations)
        counts["zapisy na wydarzenia"] += len(registrations)
        counts["zapisy na liście rezerwowej"] += sum(r.status == RegistrationStatus.WAITING for r in registrations)
    return dict(counts)
