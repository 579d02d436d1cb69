"""Demo news of the Silesian cluster, loaded on top of the demo cluster that `seed_demo` created.

Rows are written directly rather than through the services: the services would notify followers and
coordinators about publications nobody made. What the services guarantee is built the same way here:
a publication date for every published item, a submission date for the one waiting for review, and one
"news.published" activity per published item (so the home page's stream shows them) — but no
notifications. Dates are relative to `now`. Items whose title is already there are skipped, so loading
twice adds nothing.
"""

from datetime import datetime, timedelta
from typing import TypedDict

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone

from platforma.accounts.models import User
from platforma.community.news.models import News, NewsStatus
from platforma.community.notifications.models import Activity
from platforma.core.models import Visibility
from platforma.organisations.models import Organisation
from platforma.portal.management.demo_cluster import ORGS_BY_KEY, organisation_slug
from platforma.portal.management.demo_loader import DemoDataError
from platforma.taxonomy.models import Competence

COORDINATOR_EMAIL = "anna.wrobel@ekopark.example"


class NewsData(TypedDict):
    title: str
    lead: str
    body: str
    author: str
    # A key of demo_data.ORGANISATIONS; None for the coordinator's announcements for the whole cluster.
    organisation: str | None
    competences: list[str]
    visibility: str
    status: str
    days_ago: int


NEWS: list[NewsData] = [
    {
        "title": "12 mln zł na remediację gleb: rusza nabór „Czysta ziemia Górnego Śląska”",
        "lead": (
            "Gminy i firmy klastra mogą do końca kwartału składać wnioski o dofinansowanie oczyszczania gleb "
            "skażonych cynkiem, ołowiem i kadmem. Koordynator pomoże zbudować partnerstwa."
        ),
        "body": (
            "Wojewódzki fundusz ochrony środowiska ogłosił nabór na **remediację terenów zanieczyszczonych "
            "metalami ciężkimi**. Budżet wynosi 12 mln zł, a dofinansowanie sięga 85% kosztów kwalifikowanych.\n\n"
            "## Kto może złożyć wniosek\n\n"
            "- gminy i ich związki,\n"
            "- przedsiębiorstwa we współpracy z gminą,\n"
            "- organizacje pozarządowe jako partnerzy projektów.\n\n"
            "## Jak pomoże klaster\n\n"
            "EkoPark organizuje dwa spotkania partnerskie, na których gminy z problemem spotkają firmy z "
            "technologią. Zgłoście swoje wyzwanie na platformie — dobierzemy partnerów po kompetencjach."
        ),
        "author": COORDINATOR_EMAIL,
        "organisation": None,
        "competences": ["fundusze-ochrony-srodowiska", "remediacja-gleb"],
        "visibility": Visibility.PUBLIC,
        "status": NewsStatus.PUBLISHED,
        "days_ago": 41,
    },
    {
        "title": "Kadm w warzywach poniżej normy po dwóch sezonach fitostabilizacji w Piekarach",
        "lead": (
            "Na ogródkach działkowych przy dawnej hucie wapnowanie i nasadzenia traw metalotolerancyjnych "
            "obniżyły zawartość kadmu w marchwi i sałacie o ponad połowę."
        ),
        "body": (
            "Pilotaż objął 36 działek o łącznej powierzchni 1,2 ha. Gleba zawierała do **2400 mg/kg cynku** "
            "i **18 mg/kg kadmu**.\n\n"
            "## Co zrobiliśmy\n\n"
            "1. Wapnowanie do pH 7,0–7,2.\n"
            "2. Dodatek kompostu i fosforanów wiążących ołów.\n"
            "3. Pasy kostrzewy czerwonej wzdłuż ścieżek.\n\n"
            "## Wyniki\n\n"
            "Po dwóch sezonach zawartość kadmu w warzywach korzeniowych spadła średnio o 58%. Działkowcy "
            "dostali zalecenia, których warzyw nadal unikać. Wyniki analiz udostępnimy członkom klastra."
        ),
        "author": "agnieszka.musiol@fitoklar.example",
        "organisation": "fitoklar",
        "competences": ["fitostabilizacja", "bezpieczne-uprawy"],
        "visibility": Visibility.PUBLIC,
        "status": NewsStatus.PUBLISHED,
        "days_ago": 33,
    },
    {
        "title": "Ognisko termiczne na hałdzie w Rudzie Śląskiej wygaszone bez rozkopywania",
        "lead": (
            "Iniekcje zawiesiny popiołowo-wodnej w siatce 3 × 3 m obniżyły temperaturę w ognisku z 380 °C "
            "do 45 °C w jedenaście tygodni."
        ),
        "body": (
            "Hałda po kopalni węgla kamiennego tliła się od kilku lat; mieszkańcy skarżyli się na zapach "
            "i dym. Rozkopywanie groziło wybuchem i emisją pyłu.\n\n"
            "## Metoda\n\n"
            "Wykonaliśmy 140 otworów iniekcyjnych i wtłoczyliśmy 2100 m³ zawiesiny. Termowizja z drona "
            "co tydzień pokazywała, gdzie ognisko się przesuwa.\n\n"
            "## Dalej\n\n"
            "Monitoring termiczny potrwa jeszcze dwa lata. Szukamy partnera do obsadzenia skarp roślinnością."
        ),
        "author": "piotr.brol@termohald.example",
        "organisation": "termohald",
        "competences": ["likwidacja-ognisk-termicznych", "monitoring-termiczny-hald"],
        "visibility": Visibility.PUBLIC,
        "status": NewsStatus.PUBLISHED,
        "days_ago": 24,
    },
    {
        "title": "Pilotaż odsalania wód kopalnianych z odzyskiem ciepła w pompowni Bolko",
        "lead": (
            "Instytut uruchomił instalację, która z wód pompowanych ze zlikwidowanej kopalni odzyskuje "
            "ciepło i usuwa 95% chlorków i siarczanów przed zrzutem do rzeki."
        ),
        "body": (
            "Pompownia odwadnia zlikwidowane wyrobiska, chroniąc niżej położone kopalnie i osiedla przed "
            "zatopieniem. Woda o temperaturze 22 °C i zasoleniu 18 g/l trafiała dotąd prosto do rzeki.\n\n"
            "## Instalacja\n\n"
            "- pompa ciepła 400 kW ogrzewa budynki pompowni i pobliską szkołę,\n"
            "- odwrócona osmoza oczyszcza 20 m³/h,\n"
            "- solanka trafia do zakładu odzysku soli.\n\n"
            "Zapraszamy gminy z podobnymi pompowniami do obejrzenia instalacji."
        ),
        "author": "roman.pielorz@scbwk.example",
        "organisation": "scbwk",
        "competences": ["odsalanie-wod-kopalnianych", "cieplo-z-wod-kopalnianych"],
        "visibility": Visibility.PUBLIC,
        "status": NewsStatus.PUBLISHED,
        "days_ago": 17,
    },
    {
        "title": "Teren po hucie cynku w Świętochłowicach gotowy dla inwestora",
        "lead": (
            "Po trzech latach rekultywacji 14 ha dawnej huty ma uregulowany stan prawny, zabezpieczone "
            "odpady hutnicze i przyłącza. Pierwsza hala stanie w przyszłym roku."
        ),
        "body": (
            "Teren przez dziesięciolecia był zamkniętym obszarem z hałdami żużla i gruntem skażonym ołowiem.\n\n"
            "## Co zrobiono\n\n"
            "- rozpoznanie zanieczyszczeń na 220 odwiertach,\n"
            "- przeniesienie żużli na uszczelnioną kwaterę i przykrycie jej warstwą rekultywacyjną,\n"
            "- stabilizacja gruntów pod przyszłymi fundamentami.\n\n"
            "Gmina i spółka szukają firm z branży recyklingu i energetyki do strefy aktywności gospodarczej."
        ),
        "author": "rafal.skrzypiec@brownfield-silesia.example",
        "organisation": "brownfield_silesia",
        "competences": ["tereny-pohutnicze", "tereny-inwestycyjne-brownfield"],
        "visibility": Visibility.PUBLIC,
        "status": NewsStatus.PUBLISHED,
        "days_ago": 12,
    },
    {
        "title": "40 czujników smogu w Bytomiu i Radzionkowie: podsumowanie sezonu grzewczego",
        "lead": (
            "Sieć czujników pokazała, gdzie normy PM10 przekraczano najczęściej. W trzech kwartałach "
            "liczba dni smogowych spadła po wymianie kotłów."
        ),
        "body": (
            "Od października do marca czujniki mierzyły pyły PM2,5 i PM10 co 10 minut. Dane porównaliśmy "
            "z wykazem wymienionych kotłów.\n\n"
            "## Najważniejsze\n\n"
            "- w kwartałach, gdzie wymieniono ponad 60% kotłów, dni z przekroczeniem było o 41% mniej,\n"
            "- najgorzej jest w zabudowie szeregowej bez sieci ciepłowniczej,\n"
            "- wieczorne szczyty zanieczyszczeń przypadają między 18:00 a 22:00.\n\n"
            "Mapa z wynikami jest dostępna dla gmin, które chcą zaplanować kolejne programy wymiany."
        ),
        "author": "ewa.szoltysek@przejrzyste-powietrze.example",
        "organisation": "przejrzyste_powietrze",
        "competences": ["monitoring-powietrza", "wymiana-zrodel-ciepla"],
        "visibility": Visibility.PUBLIC,
        "status": NewsStatus.PUBLISHED,
        "days_ago": 8,
    },
    {
        "title": "Wspólny wniosek klastra do Funduszu Sprawiedliwej Transformacji — spotkanie członków",
        "lead": (
            "Zapraszamy przedstawicieli organizacji członkowskich na spotkanie robocze o wspólnym wniosku "
            "dotyczącym rekultywacji hałd i zagospodarowania wód kopalnianych."
        ),
        "body": (
            "Na spotkaniu ustalimy zakres projektu, podział ról i wkład własny partnerów.\n\n"
            "## Przygotujcie\n\n"
            "- listę terenów lub obiektów, które chcecie objąć projektem,\n"
            "- szacunkowe koszty i harmonogram,\n"
            "- osobę do kontaktu w sprawie wniosku.\n\n"
            "Szczegóły logistyczne i dokumenty robocze są w grupie roboczej na platformie."
        ),
        "author": COORDINATOR_EMAIL,
        "organisation": None,
        "competences": ["fundusze-unijne", "rekultywacja-hald"],
        "visibility": Visibility.MEMBERS,
        "status": NewsStatus.PUBLISHED,
        "days_ago": 3,
    },
    {
        "title": "Mapa cynku, ołowiu i kadmu w glebach doliny Brynicy",
        "lead": (
            "Uczelnia opracowała mapę zawartości metali ciężkich na podstawie 900 próbek gleby. Pokazuje, "
            "gdzie uprawy i place zabaw wymagają pilnych działań."
        ),
        "body": (
            "Próbki pobrano w latach 2023–2025 z warstwy 0–30 cm na terenach ogródków, boisk i nieużytków.\n\n"
            "## Wyniki w skrócie\n\n"
            "- cynk: mediana 610 mg/kg, maksimum 9800 mg/kg,\n"
            "- ołów: mediana 190 mg/kg,\n"
            "- kadm: mediana 4,1 mg/kg.\n\n"
            "Mapę i opis metody udostępnimy gminom doliny w formacie GIS."
        ),
        "author": "irena.kowalczyk@gup-katowice.example",
        "organisation": "gup",
        "competences": ["rozpoznanie-zanieczyszczen", "gis-i-modelowanie"],
        "visibility": Visibility.PUBLIC,
        "status": NewsStatus.SUBMITTED,
        "days_ago": 1,
    },
]


class _Loader:
    def __init__(self, now: datetime) -> None:
        self.now = now.replace(microsecond=0)

    def _at(self, days_ago: int) -> datetime:
        moment = timezone.localtime(self.now - timedelta(days=days_ago))
        return moment.replace(hour=9 + days_ago % 7, minute=(days_ago * 7) % 60, second=0)

    def _lookups(self) -> None:
        emails = {data["author"] for data in NEWS}
        self.users = {user.email: user for user in User.objects.filter(email__in=emails)}
        slugs = {organisation_slug(ORGS_BY_KEY[key]) for data in NEWS if (key := data["organisation"])}
        by_slug = {o.slug: o for o in Organisation.objects.filter(slug__in=slugs)}
        self.organisations = {
            key: by_slug[slug] for key in ORGS_BY_KEY if (slug := organisation_slug(ORGS_BY_KEY[key])) in by_slug
        }
        competence_slugs = {slug for data in NEWS for slug in data["competences"]}
        self.competences = {c.slug: c for c in Competence.objects.filter(slug__in=competence_slugs)}
        missing = sorted(emails - set(self.users)) + sorted(slugs - set(by_slug))
        missing += sorted(competence_slugs - set(self.competences))
        if missing:
            raise DemoDataError(
                f"Brak {len(missing)} osób, organizacji lub kompetencji demonstracyjnych "
                f"(np. {', '.join(missing[:3])}). Uruchom najpierw `manage.py seed_demo`."
            )

    def run(self) -> dict[str, int]:
        self._lookups()
        existing = set(News.objects.filter(title__in=[n["title"] for n in NEWS]).values_list("title", flat=True))
        created = [self._news(data) for data in NEWS if data["title"] not in existing]
        content_type = ContentType.objects.get_for_model(News)
        Activity.objects.bulk_create(
            [
                Activity(
                    verb="news.published",
                    actor=news.author,
                    target_type=content_type,
                    target_id=news.pk,
                    organisation=news.organisation,
                    summary=news.title[:300],
                    created_at=news.published_at,
                )
                for news in created
                if news.published_at is not None
            ]
        )
        return {
            "aktualności": len(created),
            "aktualności do zatwierdzenia": sum(1 for news in created if news.status == NewsStatus.SUBMITTED),
        }

    def _news(self, data: NewsData) -> News:
        moment = self._at(data["days_ago"])
        published = data["status"] == NewsStatus.PUBLISHED
        key = data["organisation"]
        news = News(
            title=data["title"],
            lead=data["lead"],
            body=data["body"],
            author=self.users[data["author"]],
            organisation=self.organisations[key] if key else None,
            visibility=data["visibility"],
            status=data["status"],
            published_at=moment if published else None,
            submitted_at=moment - timedelta(hours=3) if data["author"] != COORDINATOR_EMAIL else None,
        )
        news.full_clean()
        news.save()
        news.competences.set([self.competences[slug] for slug in data["competences"]])
        # auto_now fields take today's date on save; the demo wants the dates of its story.
        News.objects.filter(pk=news.pk).update(created_at=moment - timedelta(days=1), updated_at=moment)
        return news


@transaction.atomic
def load_demo(*, now: datetime) -> dict[str, int]:
    """Loads the demo news: seven published (one for members only), one waiting for the coordinator.

    Returns counts by kind. Raises DemoDataError (and writes nothing) when the demo cluster is missing.
    Sends no notification and enqueues no task.
    """
    return _Loader(now).run()
