"""Demo discussions under a few challenges and initiatives of the demo cluster.

Rows are written directly, not through the services: the services would notify people about talks that
never happened and would refuse ten comments in ten minutes. Times are in the past relative to `now`, so
nothing is still editable. A discussion that already has comments is left alone, so loading twice adds
nothing; a target that is not in the database (an app's demo not loaded) is skipped.
"""

from collections import Counter
from datetime import datetime, timedelta
from typing import Any, TypedDict

from django.contrib.contenttypes.models import ContentType
from django.db import models

from platforma.accounts.models import User
from platforma.challenges.models import Challenge
from platforma.community.comments.models import Comment, CommentStatus, Report
from platforma.initiatives.models import Initiative


class Line(TypedDict, total=False):
    by: str
    body: str
    hours_ago: float
    replies: list["Line"]
    deleted: bool
    reported_by: str
    reason: str


ANNA = "anna.wrobel@ekopark.example"
TOMASZ = "tomasz.kaczmarek@ekopark.example"
SABINA = "sabina.dyrda@gmina-bytom.example"
PAWEL = "pawel.grabowski@gmina-bytom.example"
KRZYSZTOF = "krzysztof.pyka@gmina-swietochlowice.example"
HENRYK = "henryk.pawlas@zdrowa-grzadka.example"
IRENA = "irena.kowalczyk@gup-katowice.example"
JAKUB = "jakub.nowara@sats-gliwice.example"
ANDRZEJ = "andrzej.mazur@irgw.example"
KATARZYNA = "katarzyna.lis@irgw.example"
EWA = "ewa.szoltysek@przejrzyste-powietrze.example"

CHALLENGE_THREADS: dict[str, list[Line]] = {
    "Samozapalenie hałdy pogórniczej w Bytomiu-Miechowicach i zadymienie pobliskiego osiedla": [
        {
            "by": EWA,
            "body": "Mieszkańcy ul. Felińskiego zgłaszają zapach siarkowodoru wieczorami. Czy macie dane z "
            "czujników z ostatnich tygodni? Możemy udostępnić nasze odczyty PM10 z dwóch stacji.",
            "hours_ago": 190,
            "replies": [
                {
                    "by": PAWEL,
                    "body": "Dziękujemy — odczyty bardzo się przydadzą. Nasze pomiary termowizyjne z drona "
                    "wskazują trzy ogniska na północnej skarpie, **do 240 °C** na głębokości 2 m.",
                    "hours_ago": 170,
                },
                {
                    "by": JAKUB,
                    "body": "Możemy nałożyć na to dane satelitarne (pasmo termalne Landsat 9) z ostatnich "
                    "dwóch lat — widać, jak ogniska wędrowały.",
                    "hours_ago": 150,
                },
            ],
        },
        {
            "by": IRENA,
            "body": "Przy wtłaczaniu zawiesiny popiołowo-wodnej warto od razu zaplanować monitoring CO i CO₂ "
            "w piwnicach najbliższych budynków. Mamy gotową procedurę z Rudy Śląskiej.",
            "hours_ago": 96,
            "replies": [
                {"by": SABINA, "body": "Poproszę o procedurę — przekażę ją do zarządcy osiedla.", "hours_ago": 80},
            ],
        },
        {
            "by": HENRYK,
            "body": "Sprzedam tanio agregat prądotwórczy, kontakt prywatny.",
            "hours_ago": 30,
            "reported_by": SABINA,
            "reason": "Ogłoszenie handlowe niezwiązane z wyzwaniem.",
        },
    ],
    "Zasolenie Kłodnicy przez zrzuty wód kopalnianych": [
        {
            "by": ANDRZEJ,
            "body": "Stężenie chlorków poniżej zrzutu przekracza 3 g/l w okresach niżówki. Czy ktoś z Was "
            "testował odwróconą osmozę na tak zmiennym dopływie?",
            "hours_ago": 240,
            "replies": [
                {
                    "by": KATARZYNA,
                    "body": "Testowaliśmy w skali laboratoryjnej: membrany szybko się zarastają przez siarczany. "
                    "Lepiej wypadła krystalizacja solanki po wstępnym zatężaniu.",
                    "hours_ago": 220,
                },
                {"by": ANDRZEJ, "body": "", "hours_ago": 200, "deleted": True},
            ],
        },
        {
            "by": TOMASZ,
            "body": "Klaster może złożyć wspólny wniosek do programu „Ochrona wód” — termin naboru mija "
            "w przyszłym kwartale. Kto chciałby być partnerem?",
            "hours_ago": 48,
        },
    ],
    "Kadm i ołów w glebach ogrodów działkowych przy dawnej hucie cynku w Świętochłowicach": [
        {
            "by": HENRYK,
            "body": "Działkowcy pytają, czy mogą w tym roku sadzić ziemniaki. Co mamy im powiedzieć do czasu "
            "wyników badań?",
            "hours_ago": 120,
            "replies": [
                {
                    "by": KRZYSZTOF,
                    "body": "Do czasu wyników zalecamy uprawy w podniesionych grządkach z czystą ziemią "
                    "i unikanie warzyw korzeniowych.",
                    "hours_ago": 100,
                },
            ],
        },
    ],
}

INITIATIVE_THREADS: dict[str, list[Line]] = {
    "Biologiczna rekultywacja hałdy na terenie EkoParku": [
        {
            "by": ANNA,
            "body": "Pierwsze nasadzenia kostrzewy przyjęły się na 80% powierzchni poletek. Zdjęcia wrzucimy "
            "do dokumentów przedsięwzięcia.",
            "hours_ago": 72,
            "replies": [
                {"by": IRENA, "body": "Świetny wynik! Jakie było pH podłoża przed wapnowaniem?", "hours_ago": 60},
            ],
        },
    ],
    "Wspólny zakup czujników PM2,5 dla gmin": [
        {
            "by": SABINA,
            "body": "Bytom potrzebuje 12 czujników, w tym 4 z zasilaniem solarnym. Czy ktoś zbiera już "
            "zamówienia od pozostałych gmin?",
            "hours_ago": 36,
        },
    ],
}


class _Loader:
    def __init__(self, now: datetime) -> None:
        self.now = now.replace(microsecond=0)
        self.counts: Counter[str] = Counter()
        emails = {ANNA, TOMASZ, SABINA, PAWEL, KRZYSZTOF, HENRYK, IRENA, JAKUB, ANDRZEJ, KATARZYNA, EWA}
        self.users = {user.email: user for user in User.objects.filter(email__in=emails)}

    def run(self) -> dict[str, int]:
        self._threads(Challenge, "title", CHALLENGE_THREADS)
        self._threads(Initiative, "name", INITIATIVE_THREADS)
        return {"komentarze": self.counts["comments"], "zgłoszenia komentarzy": self.counts["reports"]}

    def _threads(self, model: type[models.Model], field: str, threads: dict[str, list[Line]]) -> None:
        content_type = ContentType.objects.get_for_model(model)
        found = {getattr(obj, field): obj for obj in model._default_manager.filter(**{f"{field}__in": list(threads)})}
        discussed = set(
            Comment.objects.filter(target_type=content_type, target_id__in=[o.pk for o in found.values()])
            .values_list("target_id", flat=True)
            .distinct()
        )
        for key, lines in threads.items():
            target = found.get(key)
            if target is None or target.pk in discussed:
                continue
            for line in lines:
                parent = self._comment(target, line, parent=None)
                for reply in line.get("replies", []):
                    self._comment(target, reply, parent=parent)

    def _comment(self, target: Any, line: Line, *, parent: Comment | None) -> Comment:
        author = self.users.get(line["by"])
        when = self.now - timedelta(hours=line["hours_ago"])
        deleted = line.get("deleted", False)
        comment = Comment.objects.create(
            target=target,
            parent=parent,
            author=author,
            body="" if deleted else line["body"],
            created_at=when,
            status=CommentStatus.DELETED_BY_AUTHOR if deleted else CommentStatus.PUBLISHED,
            removed_at=when + timedelta(minutes=5) if deleted else None,
            removed_by=author if deleted else None,
        )
        self.counts["comments"] += 1
        reporter = self.users.get(line.get("reported_by", ""))
        if reporter is not None:
            Report.objects.create(
                comment=comment, reporter=reporter, reason=line["reason"], created_at=when + timedelta(hours=2)
            )
            self.counts["reports"] += 1
        return comment


def load_demo(*, now: datetime) -> dict[str, int]:
    """Add the demo discussions; returns how many comments and reports were written."""
    return _Loader(now).run()
