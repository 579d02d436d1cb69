"""Demo resources of the cluster and their bookings, on top of the organisations and people of seed_demo.

Rows are written directly, not through the services: the services would e-mail owners about requests nobody
made. The rules the services enforce hold by construction (approved bookings of one resource never overlap;
the test of this module checks it). Dates are offsets from the day of the load, so the calendar always has
something past, something current and something ahead.
"""

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from platforma.accounts.models import User
from platforma.organisations.models import Organisation
from platforma.resources.models import Booking, BookingStatus, Resource, ResourceKind
from platforma.taxonomy.models import Competence


@dataclass(frozen=True)
class DemoResource:
    key: str
    owner: str  # organisation slug
    kind: str
    name: str
    description: str
    city: str
    street: str
    lat: str
    lon: str
    competences: tuple[str, ...]
    conditions: str
    price: str = ""
    is_free: bool = False


@dataclass(frozen=True)
class DemoBooking:
    resource: str
    person: str  # e-mail
    organisation: str | None  # slug; None: in the person's own name
    start: int  # days from the load
    days: int
    status: str
    purpose: str
    decided_by: str | None = None
    note: str = ""


RESOURCES: list[DemoResource] = [
    DemoResource(
        key="poligon",
        owner="ekopark",
        kind=ResourceKind.TEST_SITE,
        name="Poligon doświadczalny EkoPark — poletka rekultywacyjne",
        description=(
            "Dwadzieścia cztery poletka po 50 m² na dawnym terenie przemysłowym w Piekarach Śląskich, na glebie "
            "z podwyższoną zawartością **cynku, ołowiu i kadmu**. Każde poletko ma studzienkę do poboru odcieków "
            "i tabliczkę z opisem doświadczenia.\n\n"
            "- dostęp do wody i prądu (230 V),\n- zamykany kontener na sprzęt,\n"
            "- stacja meteorologiczna z danymi w czasie rzeczywistym.\n\n"
            "Poligon służy do pilotażowych wdrożeń technologii rekultywacji przed ich zastosowaniem w skali "
            "terenu — wyniki można pokazać gminom i inwestorom na miejscu."
        ),
        city="Piekary Śląskie",
        street="ul. Przemysłowa 14",
        lat="50.38420",
        lon="18.93850",
        competences=("fitostabilizacja", "rekultywacja-hald", "tereny-inwestycyjne-brownfield"),
        conditions=(
            "Minimalny okres rezerwacji: 30 dni (doświadczenia polowe). Szkolenie BHP na terenie parku przed "
            "pierwszym wejściem. Po zakończeniu poletko przywracamy do stanu wyjściowego na koszt rezerwującego."
        ),
        price="350 zł / dzień",
    ),
    DemoResource(
        key="lab_irgw",
        owner="irgw",
        kind=ResourceKind.LABORATORY,
        name="Laboratorium remediacji gruntów i wód podziemnych",
        description=(
            "Laboratorium akredytowane (PN-EN ISO/IEC 17025) z kolumnami przepływowymi do badań barier "
            "reaktywnych, komorą rękawicową i spektrometrem ICP-MS. Prowadzimy testy stabilizacji metali "
            "ciężkich i wymywalności odpadów zgodnie z normą PN-EN 12457."
        ),
        city="Bytom",
        street="ul. Wrocławska 58",
        lat="50.34660",
        lon="18.90130",
        competences=("stabilizacja-metali-ciezkich", "bariery-reaktywne", "analizy-laboratoryjne"),
        conditions="Praca wyłącznie pod nadzorem naszego technika. Próbki przyjmujemy od poniedziałku do czwartku.",
        price="1 200 zł / dzień z technikiem",
    ),
    DemoResource(
        key="pole_gup",
        owner="gup-katowice",
        kind=ResourceKind.TEST_SITE,
        name="Pole doświadczalne fitoremediacji Uniwersytetu Przyrodniczego",
        description=(
            "Ogrodzone pole doświadczalne (0,8 ha) z kwaterami na glebach o różnym stopniu skażenia metalami. "
            "Prowadzimy tu wieloletnie obserwacje traw metalotolerancyjnych, wierzby energetycznej i roślin "
            "hiperakumulujących. Na miejscu szklarnia i suszarnia próbek roślinnych."
        ),
        city="Katowice",
        street="ul. Uniwersytecka 12",
        lat="50.25860",
        lon="19.01950",
        competences=("fitoekstrakcja", "fitostabilizacja", "bezpieczne-uprawy"),
        conditions=(
            "Bezpłatnie dla członków klastra przy wspólnej publikacji wyników. Wymagany opiekun naukowy "
            "z uczelni. Nawadnianie i koszenie po stronie rezerwującego."
        ),
        is_free=True,
    ),
    DemoResource(
        key="odsalanie",
        owner="sats-gliwice",
        kind=ResourceKind.EQUIPMENT,
        name="Kontenerowa stacja pilotowa odsalania wód kopalnianych",
        description=(
            "Przewoźna instalacja w kontenerze 20 stóp: ultrafiltracja i odwrócona osmoza, wydajność do "
            "2 m³/h. Pozwala sprawdzić, jak technologia membranowa poradzi sobie z konkretną wodą kopalnianą, "
            "zanim zapadnie decyzja o inwestycji."
        ),
        city="Gliwice",
        street="ul. Pszczyńska 44",
        lat="50.29080",
        lon="18.68230",
        competences=("odsalanie-wod-kopalnianych", "scieki-przemyslowe", "uzdatnianie-wody"),
        conditions="Transport i podłączenie po stronie rezerwującego. Potrzebne przyłącze 400 V / 32 A.",
        price="450 zł / dzień",
    ),
    DemoResource(
        key="wiertnica",
        owner="geosonda",
        kind=ResourceKind.EQUIPMENT,
        name="Wiertnica geotechniczna na podwoziu gąsienicowym",
        description=(
            "Wiertnica do wierceń rdzeniowych i sondowań dynamicznych do głębokości 30 m. Pobór nienaruszonych "
            "próbek gruntu, instalacja piezometrów. Sprawdza się na hałdach i terenach pogórniczych, gdzie "
            "ciężki sprzęt kołowy nie wjedzie."
        ),
        city="Chorzów",
        street="ul. Wolności 48",
        lat="50.29810",
        lon="18.95080",
        competences=("zabezpieczanie-plytkich-wyrobisk", "monitoring-deformacji-terenu", "rozpoznanie-zanieczyszczen"),
        conditions="Tylko z naszym operatorem. Dojazd na teren Górnego Śląska wliczony w cenę.",
        price="1 800 zł / dzień z operatorem",
    ),
    DemoResource(
        key="powietrze",
        owner="envirosens",
        kind=ResourceKind.EQUIPMENT,
        name="Mobilna stacja monitoringu jakości powietrza",
        description=(
            "Przyczepa z analizatorami PM10, PM2,5, NO₂, SO₂ i O₃ oraz czujnikami meteorologicznymi. Dane co "
            "minutę w aplikacji internetowej. Dobra do kampanii pomiarowych przy programach ochrony powietrza "
            "i do sprawdzania skarg mieszkańców na uciążliwość zapachową."
        ),
        city="Gliwice",
        street="ul. Zwycięstwa 40",
        lat="50.29900",
        lon="18.67330",
        competences=("monitoring-powietrza", "uciazliwosc-zapachowa", "programy-ochrony-powietrza"),
        conditions="Minimalnie 7 dni. Potrzebne miejsce z dostępem do prądu; przywozimy i ustawiamy stację.",
        price="250 zł / dzień",
    ),
    DemoResource(
        key="dron",
        owner="termohald",
        kind=ResourceKind.EQUIPMENT,
        name="Dron z kamerą termowizyjną do inspekcji hałd",
        description=(
            "Bezzałogowiec z kamerą termowizyjną (640 × 512) i kamerą RGB, do wykrywania ognisk termicznych "
            "na hałdach i składowiskach. Po locie dostarczamy ortofotomapę i mapę temperatur w formacie GIS."
        ),
        city="Bytom",
        street="ul. Stolarzowicka 164",
        lat="50.36780",
        lon="18.85960",
        competences=("monitoring-termiczny-hald", "teledetekcja-i-drony", "pozary-hald"),
        conditions="Loty wykonuje nasz pilot z uprawnieniami. Termin zależy od pogody — możliwa zmiana o 1–2 dni.",
        price="1 100 zł / dzień z pilotem",
    ),
    DemoResource(
        key="icp",
        owner="geoanalit",
        kind=ResourceKind.SERVICE,
        name="Oznaczanie metali ciężkich w glebie i osadach (ICP-OES)",
        description=(
            "Oznaczamy 22 pierwiastki (m.in. Zn, Pb, Cd, As, Cu, Ni) w glebach, osadach i odpadach. Wynik w 5 dni "
            "roboczych, w pilnych sprawach w 48 godzin. Przygotowujemy też plan opróbowania terenu."
        ),
        city="Chorzów",
        street="ul. Katowicka 22",
        lat="50.29370",
        lon="18.96340",
        competences=("analizy-laboratoryjne", "rozpoznanie-zanieczyszczen"),
        conditions="Rezerwacja oznacza pierwszeństwo w kolejce analiz w wybranych dniach. Do 40 próbek dziennie.",
        price="120 zł / próbka",
    ),
    DemoResource(
        key="stanowisko_scbwk",
        owner="scbwk",
        kind=ResourceKind.LABORATORY,
        name="Stanowisko badawcze do odzysku metali z wód kopalnianych",
        description=(
            "Stanowisko w skali laboratoryjno-pilotowej: reaktory do strącania, kolumny jonowymienne i "
            "elektroliza. Sprawdzamy, czy z danej wody kopalnianej opłaca się odzyskiwać cynk, żelazo i mangan."
        ),
        city="Katowice",
        street="al. Wojciecha Korfantego 138",
        lat="50.28200",
        lon="19.01890",
        competences=("odzysk-metali-z-wod-kopalnianych", "odwadnianie-kopaln"),
        conditions="Cena zależy od zakresu badań — prosimy opisać cel w prośbie o rezerwację.",
    ),
    DemoResource(
        key="szklarnia",
        owner="fitoklar",
        kind=ResourceKind.LABORATORY,
        name="Szklarnia badawcza z komorami wzrostowymi",
        description=(
            "Szklarnia 120 m² i cztery komory wzrostowe ze sterowanym światłem, temperaturą i wilgotnością. "
            "Testy wazonowe roślin na glebach i odpadach z terenu klienta, zanim rośliny trafią na hałdę."
        ),
        city="Piekary Śląskie",
        street="ul. Roosevelta 102",
        lat="50.36880",
        lon="18.94200",
        competences=("fitostabilizacja", "rekultywacja-hald"),
        conditions="Komory rezerwujemy na pełne tygodnie. Podłoże i rośliny dostarcza rezerwujący.",
        price="600 zł / tydzień za komorę",
    ),
]

BOOKINGS: list[DemoBooking] = [
    # Poligon EkoPark: a season of field trials, one declined, one waiting.
    DemoBooking(
        "poligon",
        "agnieszka.musiol@fitoklar.example",
        "fitoklar",
        -120,
        90,
        BookingStatus.APPROVED,
        "Doświadczenie polowe: fitostabilizacja kostrzewą czerwoną z dodatkiem wapna, sezon wiosenny.",
        "anna.wrobel@ekopark.example",
        "Poletka 1–6. Klucze do kontenera w biurze parku.",
    ),
    DemoBooking(
        "poligon",
        "tadeusz.hajduk@mikrobion.example",
        "mikrobion",
        14,
        45,
        BookingStatus.APPROVED,
        "Pilotaż bioremediacji gleby zanieczyszczonej węglowodorami — porównanie trzech szczepionek.",
        "anna.wrobel@ekopark.example",
        "Poletka 13–18. Proszę o harmonogram poboru prób.",
    ),
    DemoBooking(
        "poligon",
        "zbigniew.nowrot@kruszec-eko.example",
        "kruszec-eko",
        30,
        40,
        BookingStatus.REQUESTED,
        "Test stabilizacji odpadów poflotacyjnych dodatkiem popiołów lotnych przed rekultywacją osadnika.",
    ),
    DemoBooking(
        "poligon",
        "rafal.skrzypiec@brownfield-silesia.example",
        "brownfield-silesia",
        20,
        10,
        BookingStatus.DECLINED,
        "Pokaz terenu dla inwestora z Niemiec.",
        "anna.wrobel@ekopark.example",
        "Poligon nie służy do pokazów inwestycyjnych — zapraszamy do sali konferencyjnej parku.",
    ),
    # Laboratory of IRGW.
    DemoBooking(
        "lab_irgw",
        "monika.kurpas@geosonda.example",
        "geosonda",
        -20,
        3,
        BookingStatus.APPROVED,
        "Testy wymywalności próbek z hałdy w Bytomiu-Bobrku.",
        "andrzej.mazur@irgw.example",
    ),
    DemoBooking(
        "lab_irgw",
        "tadeusz.hajduk@mikrobion.example",
        "mikrobion",
        6,
        2,
        BookingStatus.REQUESTED,
        "Badanie kolumnowe bariery reaktywnej z żelazem zerowartościowym dla wód spod stawu smołowego.",
    ),
    # Phytoremediation field of the university.
    DemoBooking(
        "pole_gup",
        "agnieszka.musiol@fitoklar.example",
        "fitoklar",
        -60,
        120,
        BookingStatus.APPROVED,
        "Porównanie mieszanek traw na glebie z ołowiem — wspólna publikacja z Katedrą Gleboznawstwa.",
        "irena.kowalczyk@gup-katowice.example",
        "Kwatery B1–B4.",
    ),
    DemoBooking(
        "pole_gup",
        "henryk.pawlas@zdrowa-grzadka.example",
        "zdrowa-grzadka",
        70,
        30,
        BookingStatus.REQUESTED,
        "Pokazowe uprawy warzyw w skrzyniach z czystą ziemią dla działkowców.",
    ),
    # Desalination pilot.
    DemoBooking(
        "odsalanie",
        "leszek.bula@solwod.example",
        "solwod",
        3,
        21,
        BookingStatus.APPROVED,
        "Porównanie naszych membran z instalacją akademicką na wodzie z szybu Bolko.",
        "barbara.sobczyk@sats-gliwice.example",
    ),
    DemoBooking(
        "odsalanie",
        "sebastian.kupka@akwadren.example",
        "akwadren",
        10,
        7,
        BookingStatus.REQUESTED,
        "Próba odsalania wody z pompowni w Rudzie Śląskiej.",
    ),
    # Drilling rig.
    DemoBooking(
        "wiertnica",
        "sabina.dyrda@gmina-bytom.example",
        "gmina-bytom",
        -35,
        4,
        BookingStatus.APPROVED,
        "Rozpoznanie płytkich wyrobisk pod planowanym placem zabaw w Bytomiu-Karbiu.",
        "monika.kurpas@geosonda.example",
    ),
    DemoBooking(
        "wiertnica",
        "sebastian.kupka@akwadren.example",
        "akwadren",
        9,
        3,
        BookingStatus.APPROVED,
        "Instalacja trzech piezometrów przy zlikwidowanej kopalni.",
        "monika.kurpas@geosonda.example",
        "Operator: Pan Marek, tel. w potwierdzeniu e-mail.",
    ),
    DemoBooking(
        "wiertnica",
        "lukasz.mrozek@gmina-tarnowskie-gory.example",
        "gmina-tarnowskie-gory",
        16,
        2,
        BookingStatus.CANCELLED,
        "Odwierty kontrolne przy zapadlisku na ul. Srebrnej.",
    ),
    # Air-quality station.
    DemoBooking(
        "powietrze",
        "ewa.szoltysek@przejrzyste-powietrze.example",
        "przejrzyste-powietrze",
        -14,
        21,
        BookingStatus.APPROVED,
        "Kampania pomiarowa w sezonie grzewczym na osiedlu domów jednorodzinnych.",
        "kinga.ryszka@envirosens.example",
    ),
    DemoBooking(
        "powietrze",
        "beata.klosek@gmina-radzionkow.example",
        "gmina-radzionkow",
        12,
        14,
        BookingStatus.REQUESTED,
        "Pomiary przed i po wymianie kotłów w ramach programu ochrony powietrza.",
    ),
    # Thermal drone.
    DemoBooking(
        "dron",
        "sabina.dyrda@gmina-bytom.example",
        "gmina-bytom",
        2,
        1,
        BookingStatus.APPROVED,
        "Kontrola hałdy przy ul. Strzelców Bytomskich po zgłoszeniu dymienia.",
        "piotr.brol@termohald.example",
    ),
    # ICP service.
    DemoBooking(
        "icp",
        "iwona.bugla@wodociagi-brynica.example",
        "wodociagi-brynica",
        4,
        2,
        BookingStatus.APPROVED,
        "Analiza osadów ściekowych przed przyrodniczym wykorzystaniem.",
        "ewelina.kolodziej@geoanalit.example",
    ),
    DemoBooking(
        "icp",
        "henryk.pawlas@zdrowa-grzadka.example",
        "zdrowa-grzadka",
        5,
        1,
        BookingStatus.DECLINED,
        "Badanie ziemi z 30 działek.",
        "ewelina.kolodziej@geoanalit.example",
        "W tym dniu kolejka jest pełna — proponujemy 12. dzień od dziś, prosimy o nową prośbę.",
    ),
    # Mine-water metals recovery.
    DemoBooking(
        "stanowisko_scbwk",
        "zbigniew.nowrot@kruszec-eko.example",
        "kruszec-eko",
        25,
        10,
        BookingStatus.REQUESTED,
        "Odzysk cynku z wód kopalnianych — dobór warunków strącania.",
    ),
    # Greenhouse.
    DemoBooking(
        "szklarnia",
        "natalia.pietrzyk@poczta.example",
        None,
        8,
        14,
        BookingStatus.CANCELLED,
        "Doświadczenie wazonowe do pracy magisterskiej.",
    ),
]


class DemoResourcesError(Exception):
    """The organisations or people of seed_demo are missing; nothing was written."""


def _day(today: date, offset: int) -> date:
    return today + timedelta(days=offset)


@transaction.atomic
def load_demo(*, now: datetime) -> dict[str, int]:
    """Creates the demo resources and bookings; does nothing when they are already there.

    Needs seed_demo's organisations, people and competence tree. Sends no e-mail, enqueues no task."""
    today = timezone.localdate(now)
    organisations = {o.slug: o for o in Organisation.objects.filter(slug__in={r.owner for r in RESOURCES})}
    organisations |= {
        o.slug: o for o in Organisation.objects.filter(slug__in={b.organisation for b in BOOKINGS if b.organisation})
    }
    emails = {b.person for b in BOOKINGS} | {b.decided_by for b in BOOKINGS if b.decided_by}
    users = {u.email: u for u in User.objects.filter(email__in=emails)}
    missing = ({r.owner for r in RESOURCES} | {b.organisation for b in BOOKINGS if b.organisation}) - set(organisations)
    missing |= emails - set(users)
    if missing:
        raise DemoResourcesError(f"Brak danych seed_demo: {', '.join(sorted(missing))}")
    if Resource.objects.filter(owner=organisations["ekopark"], name=RESOURCES[0].name).exists():
        return {"resources": 0, "resource_bookings": 0}
    competences = {c.slug: c for c in Competence.objects.filter(slug__in={s for r in RESOURCES for s in r.competences})}

    resources: dict[str, Resource] = {}
    for data in RESOURCES:
        resource = Resource.objects.create(
            owner=organisations[data.owner],
            kind=data.kind,
            name=data.name,
            description=data.description,
            city=data.city,
            street=data.street,
            latitude=Decimal(data.lat),
            longitude=Decimal(data.lon),
            conditions=data.conditions,
            is_free=data.is_free,
            price=data.price,
        )
        resource.competences.set([competences[slug] for slug in data.competences if slug in competences])
        resources[data.key] = resource

    counts: Counter[str] = Counter()
    created: list[tuple[Booking, datetime]] = []
    for row in BOOKINGS:
        starts_on = _day(today, row.start)
        # Asked for two to three weeks before the first day; decided two days after asking.
        asked = timezone.make_aware(datetime.combine(starts_on - timedelta(days=18), datetime.min.time())) + timedelta(
            hours=9
        )
        asked = min(asked, now - timedelta(days=1))
        decided = row.status in (BookingStatus.APPROVED, BookingStatus.DECLINED)
        booking = Booking.objects.create(
            resource=resources[row.resource],
            requested_by=users[row.person],
            organisation=organisations[row.organisation] if row.organisation else None,
            starts_on=starts_on,
            ends_on=starts_on + timedelta(days=row.days - 1),
            purpose=row.purpose,
            status=row.status,
            decided_by=users[row.decided_by] if decided and row.decided_by else None,
            decided_at=min(asked + timedelta(days=2), now) if decided else None,
            decision_note=row.note,
        )
        created.append((booking, asked))
        counts[row.status] += 1
    for booking, asked in created:
        booking.created_at = asked
    Booking.objects.bulk_update([booking for booking, _asked in created], ["created_at"])
    return {
        "resources": len(resources),
        "resource_bookings": len(created),
        **{f"resource_bookings_{status}": counts[status] for status in BookingStatus.values},
    }
