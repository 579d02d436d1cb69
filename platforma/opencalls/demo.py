"""Demo open calls on top of the cluster `seed_demo` loads: one open to everyone with scored proposals, and one
run by the coordinator, past its deadline and scored, waiting for someone to pick the winner (the step that
starts a pilot initiative, left for a person to take in the browser).

Rows are written directly, not through the services: the services would e-mail people about proposals
nobody wrote. Organisations, people and challenges are looked up by their demo addresses and titles
(portal, which holds the demo data, sits above this app and cannot be imported).
"""

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone, translation

from platforma.accounts.models import User
from platforma.challenges.models import Challenge
from platforma.opencalls.forms import DEFAULT_TERMS
from platforma.opencalls.models import (
    CallProposal,
    Criterion,
    Eligibility,
    Evaluation,
    EvaluationScore,
    Evaluator,
    OpenCall,
)
from platforma.organisations.models import Organisation


class DemoDataMissing(Exception):
    """The demo cluster is not loaded, so there is nothing to open calls for."""


HALDA = {
    "challenge": "Nagrzewanie się hałdy na granicy Radzionkowa i Bytomia oraz emisja gazów",
    "owner": "gmina-radzionkow",
    "created_by": "beata.klosek@gmina-radzionkow.example",
    "title": "Nabór rozwiązań: ocena zagrożenia termicznego hałdy na granicy Radzionkowa i Bytomia",
    "summary": (
        "Gmina Radzionków szuka **taniej i wiarygodnej metody oceny**, czy nagrzewająca się hałda (6,5 ha, "
        "90–140 °C na głębokości 1,5 m) wymaga pilnych działań, czy wystarczy stały monitoring.\n\n"
        "Oczekujemy propozycji, które w ciągu trzech miesięcy dadzą:\n\n"
        "- mapę temperatur i stężeń CO na skarpie południowej,\n"
        "- ocenę ryzyka dla pobliskich ogródków i drogi gminnej,\n"
        "- zalecenia: monitoring, gaszenie albo przebudowa skarpy.\n\n"
        "Zapewniamy dostęp do terenu, dane z dotychczasowych pomiarów i wsparcie straży gminnej. Zwycięska "
        "propozycja stanie się przedsięwzięciem pilotażowym prowadzonym przez gminę. Mogą odpowiadać wszyscy: "
        "firmy, uczelnie, a także studenci i naukowcy bez organizacji."
    ),
    "eligibility": Eligibility.EVERYONE,
    "deadline_days": 18,
    "criteria": [
        ("Wiarygodność oceny zagrożenia", 40),
        ("Koszt dla gminy", 30),
        ("Czas do pierwszych wyników", 15),
        ("Doświadczenie zespołu", 15),
    ],
    "evaluators": [
        "andrzej.mazur@irgw.example",
        "monika.kurpas@geosonda.example",
        "beata.klosek@gmina-radzionkow.example",
    ],
    "proposals": [
        {
            "author": "piotr.brol@termohald.example",
            "organisation": "termohald",
            "title": "Termowizja z drona i pomiary CO w siatce 20 × 20 m",
            "description": (
                "Trzy naloty termowizyjne (wiosna, lato, jesień) i pomiary CO sondą na głębokości 0,5 i 1,5 m "
                "w siatce 20 × 20 m. Wynik: mapa ognisk z trendem i rekomendacja działań. Koszt: **38 tys. zł**."
            ),
            "scores": {
                "andrzej.mazur@irgw.example": ([8, 6, 8, 9], "Sprawdzona metoda, dobre referencje z Rudy Śl."),
                "monika.kurpas@geosonda.example": ([7, 6, 9, 8], "Warto dodać odwierty kontrolne w dwóch ogniskach."),
                "beata.klosek@gmina-radzionkow.example": ([8, 7, 8, 8], "Koszt w granicach naszego budżetu."),
            },
        },
        {
            "author": "kinga.ryszka@envirosens.example",
            "organisation": "envirosens",
            "title": "Sieć bezprzewodowych czujników temperatury i CO na skarpie",
            "description": (
                "Dwadzieścia czujników w sondach stalowych, transmisja LoRaWAN, alarm SMS po przekroczeniu "
                "progów. Dane na bieżąco na platformie; rok serwisu w cenie. Koszt: **54 tys. zł**."
            ),
            "scores": {
                "andrzej.mazur@irgw.example": ([7, 5, 9, 7], "Ciągły pomiar to duża zaleta; koszt wysoki."),
                "monika.kurpas@geosonda.example": ([8, 4, 9, 7], "Brakuje planu na sondy w strefie >100 °C."),
            },
        },
        {
            "author": "zofia.badura@poczta.example",
            "organisation": None,
            "title": "Model przepływu ciepła w hałdzie na danych z otworów (praca magisterska)",
            "description": (
                "Jako studentka inżynierii środowiska proponuję model numeryczny przepływu ciepła i gazów, "
                "skalibrowany na pomiarach gminy. Bez kosztów sprzętu; potrzebny dostęp do danych i opieka "
                "promotora z uczelni."
            ),
            "scores": {
                "andrzej.mazur@irgw.example": ([5, 10, 4, 4], "Ciekawe uzupełnienie pomiarów, nie zamiast nich."),
                "monika.kurpas@geosonda.example": ([6, 9, 3, 4], "Polecam połączyć z propozycją pomiarową."),
            },
        },
    ],
}

WODY = {
    "challenge": "Ryzyko podtopień w Bytomiu po ograniczeniu pompowania wód ze zlikwidowanych kopalń",
    "owner": None,  # run by the coordinator for the city
    "created_by": "anna.wrobel@ekopark.example",
    "title": "Nabór dla członków klastra: prognoza podtopień w nieckach osiadań Bytomia",
    "summary": (
        "Koordynator klastra, na prośbę Miasta Bytom, zaprasza członków klastra do przygotowania "
        "**niezależnej prognozy** podniesienia zwierciadła wód kopalnianych i wskazania rejonów zagrożonych "
        "podtopieniem w perspektywie 5 lat.\n\nProponowane działania zostaną przetestowane w pilotażu w "
        "dzielnicy Karb."
    ),
    "eligibility": Eligibility.MEMBERS,
    "deadline_days": -3,
    "criteria": [("Jakość modelu hydrogeologicznego", 50), ("Plan działań zapobiegawczych", 30), ("Koszt", 20)],
    "evaluators": ["tomasz.kaczmarek@ekopark.example", "andrzej.mazur@irgw.example"],
    "proposals": [
        {
            "author": "sebastian.kupka@akwadren.example",
            "organisation": "akwadren",
            "title": "Model 3D zlewni podziemnej i drenaże lokalne w dzielnicy Karb",
            "description": "Model MODFLOW na danych z 40 otworów, warianty pompowania, projekt trzech drenaży.",
            "scores": {
                "tomasz.kaczmarek@ekopark.example": ([9, 8, 6], "Najpełniejsza propozycja."),
                "andrzej.mazur@irgw.example": ([8, 8, 7], "Dobrze opisane założenia modelu."),
            },
        },
        {
            "author": "leszek.bula@solwod.example",
            "organisation": "solwod",
            "title": "Monitoring piezometryczny i system wczesnego ostrzegania",
            "description": "Sieć 12 piezometrów z telemetrią i progi alarmowe dla zarządu kryzysowego miasta.",
            "scores": {
                "tomasz.kaczmarek@ekopark.example": ([6, 9, 8], "Praktyczne, ale bez prognozy wieloletniej."),
                "andrzej.mazur@irgw.example": ([5, 8, 8], "Dobre uzupełnienie modelu, nie prognoza."),
            },
        },
    ],
}


def _get(model: Any, **lookup: Any) -> Any:
    found = model.objects.filter(**lookup).first()
    if found is None:
        raise DemoDataMissing(f"Brak {model.__name__} {lookup}: najpierw uruchom `manage.py seed_demo`.")
    return found


def _load_call(data: dict[str, Any], *, now: datetime, counts: dict[str, int]) -> None:
    challenge = _get(Challenge, title=data["challenge"])
    owner = _get(Organisation, slug=data["owner"]) if data["owner"] else None
    deadline = timezone.localtime(now + timedelta(days=data["deadline_days"])).replace(
        hour=15, minute=0, second=0, microsecond=0
    )
    opened = deadline - timedelta(days=30)
    with translation.override("pl"):
        terms = str(DEFAULT_TERMS)
    call = OpenCall(
        challenge=challenge,
        owner_organisation=owner,
        created_by=_get(User, email=data["created_by"]),
        title=data["title"],
        summary=data["summary"],
        deadline=deadline,
        eligibility=data["eligibility"],
        terms=terms,
    )
    call.full_clean()
    call.save()
    OpenCall.objects.filter(pk=call.pk).update(created_at=opened, updated_at=opened)
    criteria = Criterion.objects.bulk_create(
        Criterion(call=call, name=name, weight=weight, position=index)
        for index, (name, weight) in enumerate(data["criteria"])
    )
    evaluators = {
        email: Evaluator.objects.create(call=call, user=_get(User, email=email)) for email in data["evaluators"]
    }
    counts["open_calls"] += 1
    counts["criteria"] += len(criteria)
    counts["evaluators"] += len(evaluators)
    for index, item in enumerate(data["proposals"]):
        submitted = opened + timedelta(days=4 + 6 * index, hours=index)
        proposal = CallProposal(
            call=call,
            author=_get(User, email=item["author"]),
            organisation=_get(Organisation, slug=item["organisation"]) if item["organisation"] else None,
            title=item["title"],
            description=item["description"],
            terms_accepted_at=submitted,
            terms_version=call.terms_version,
            terms_text=call.terms,
        )
        proposal.full_clean()
        proposal.save()
        CallProposal.objects.filter(pk=proposal.pk).update(created_at=submitted, updated_at=submitted)
        counts["call_proposals"] += 1
        for email, (points, comment) in item["scores"].items():
            _evaluate(evaluators[email], proposal, criteria, points, comment)
            counts["evaluations"] += 1


def _evaluate(
    evaluator: Evaluator, proposal: CallProposal, criteria: Sequence[Criterion], points: list[int], comment: str
) -> None:
    evaluation = Evaluation.objects.create(evaluator=evaluator, proposal=proposal, comment=comment)
    EvaluationScore.objects.bulk_create(
        EvaluationScore(evaluation=evaluation, criterion=criterion, score=score)
        for criterion, score in zip(criteria, points, strict=True)
    )


@transaction.atomic
def load_demo(*, now: datetime) -> dict[str, int]:
    """Creates the demo calls and returns how many rows of each kind it wrote; nothing when they exist already.
    Sends no e-mail and enqueues no task. Raises DemoDataMissing (and writes nothing) without the demo cluster."""
    counts = dict.fromkeys(["open_calls", "criteria", "evaluators", "call_proposals", "evaluations"], 0)
    if OpenCall.objects.filter(title__in=[HALDA["title"], WODY["title"]]).exists():
        return counts
    for data in (HALDA, WODY):
        _load_call(data, now=now, counts=counts)
    return counts
