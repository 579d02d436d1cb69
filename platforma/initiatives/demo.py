"""Demo initiatives (one at every status) and a working group, on top of the demo cluster of seed_demo.

Rows are written directly, not through the services: the services would e-mail partners about invitations
and pledges nobody made. The rules the services enforce hold by construction (one leader per initiative,
pledges by participating organisations, equipment of the pledging organisation); the test of this module
checks them. Dates are offsets in days from the load, so every load has something past, due and ahead.
Equipment pledges use the resource catalogue when its demo is loaded and are left out otherwise.
"""

from collections import Counter
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from platforma.accounts.models import User
from platforma.challenges.models import Challenge
from platforma.core.models import Visibility
from platforma.initiatives.models import (
    Document,
    DocumentVersion,
    Goal,
    GroupMember,
    GroupMemberRole,
    GroupPost,
    Initiative,
    InitiativeStatus,
    InitiativeStatusChange,
    Milestone,
    Outcome,
    Participant,
    ParticipantRole,
    ParticipantStatus,
    Pledge,
    PledgeKind,
    PledgeStatus,
    Task,
    TaskStatus,
    TimelineEntry,
    TimelineKind,
    WorkingGroup,
)
from platforma.organisations.models import Organisation
from platforma.resources.models import Resource

# Every initiative: who leads, who takes part, what they pledge, the plan and the work, by days from the load
# (negative: in the past). Pledges: (organisation, kind, amount or resource name, status).
INITIATIVES: list[dict[str, Any]] = [
    {
        "name": "Biologiczna rekultywacja hałdy na terenie EkoParku",
        "goal": "Trwale zazielenić 2,4 ha hałdy i ograniczyć pylenie, dobierając rośliny na poletkach EkoParku.",
        "description": (
            "EkoPark udostępnia poletka doświadczalne, Fitoklar dobiera mieszanki roślin i prowadzi nasadzenia, "
            "a niezależna ekspertka ocenia **przeżywalność** po pierwszym sezonie."
        ),
        "lead": "ekopark",
        "author": "anna.wrobel@ekopark.example",
        "status": InitiativeStatus.COMPLETED,
        "visibility": Visibility.PUBLIC,
        "challenge": "Dobór roślin do rekultywacji biologicznej hałdy",
        "start": -420,
        "end": -60,
        "budget": "180000",
        "partners": [("fitoklar", ParticipantRole.PARTNER, ParticipantStatus.ACCEPTED)],
        "people": [("hanna.rduch@poczta.example", ParticipantRole.EXPERT, ParticipantStatus.ACCEPTED)],
        "pledges": [
            ("ekopark", PledgeKind.MONEY, "80000", PledgeStatus.CONFIRMED),
            ("ekopark", PledgeKind.EQUIPMENT, "Poligon doświadczalny EkoPark — poletka rekultywacyjne", "confirmed"),
            ("fitoklar", PledgeKind.STAFF_DAYS, "45", PledgeStatus.CONFIRMED),
            ("fitoklar", PledgeKind.EQUIPMENT, "Szklarnia badawcza z komorami wzrostowymi", PledgeStatus.CONFIRMED),
        ],
        "goals": [("Zazielenić 2,4 ha hałdy", 0.9, ["Wybór mieszanek roślin", "Nasadzenia na całej powierzchni"])],
        "tasks": [
            ("Założyć 24 poletka testowe", "ekopark", TaskStatus.DONE, 0.2),
            ("Wysiew 6 mieszanek traw i roślin motylkowych", "fitoklar", TaskStatus.DONE, 0.35),
            ("Ocena przeżywalności po sezonie", "hanna.rduch@poczta.example", TaskStatus.DONE, 0.8),
        ],
        "outcome": {
            "achieved": "Hałda zazieleniona na 2,4 ha; wybrana mieszanka przyjęła się na 87% powierzchni.",
            "figures": "Zazieleniona powierzchnia: 2,4 ha\nPrzeżywalność nasadzeń: 87%\nKoszt na hektar: 61 tys. zł",
            "lessons": "Wapnowanie przed siewem jest konieczne; nawadnianie w pierwszym lipcu decyduje o wyniku.",
            "solved": True,
        },
    },
    {
        "name": "Gaszenie i monitoring termiczny hałdy w Bytomiu-Miechowicach",
        "goal": "Ugasić ogniska termiczne hałdy i prowadzić stały monitoring, zanim dym znów dotrze do osiedla.",
        "description": (
            "Gmina finansuje prace, Termohałd prowadzi iniekcje i loty dronem z kamerą termowizyjną, "
            "Nowa Zieleń odtwarza okrywę roślinną na wygaszonych fragmentach."
        ),
        "lead": "gmina-bytom",
        "author": "sabina.dyrda@gmina-bytom.example",
        "status": InitiativeStatus.ACTIVE,
        "visibility": Visibility.PUBLIC,
        "challenge": "Samozapalenie hałdy pogórniczej w Bytomiu-Miechowicach",
        "start": -90,
        "end": 270,
        "budget": "640000",
        "partners": [
            ("termohald", ParticipantRole.PARTNER, ParticipantStatus.ACCEPTED),
            ("nowa-zielen", ParticipantRole.PARTNER, ParticipantStatus.ACCEPTED),
            ("gmina-radzionkow", ParticipantRole.OBSERVER, ParticipantStatus.ACCEPTED),
        ],
        "people": [],
        "pledges": [
            ("gmina-bytom", PledgeKind.MONEY, "250000", PledgeStatus.CONFIRMED),
            ("termohald", PledgeKind.STAFF_DAYS, "60", PledgeStatus.CONFIRMED),
            ("termohald", PledgeKind.EQUIPMENT, "Dron z kamerą termowizyjną do inspekcji hałd", "confirmed"),
            ("nowa-zielen", PledgeKind.STAFF_DAYS, "20", PledgeStatus.PROPOSED),
        ],
        "goals": [
            ("Wygasić ogniska termiczne", 0.6, ["Mapa termiczna całej hałdy", "Iniekcje w trzech ogniskach"]),
            ("Odtworzyć okrywę roślinną", 0.95, ["Nasadzenia na wygaszonych fragmentach"]),
        ],
        "tasks": [
            ("Lot termowizyjny nad całą hałdą", "termohald", TaskStatus.DONE, 0.15),
            ("Iniekcje zaczynu w ognisku północnym", "termohald", TaskStatus.DOING, 0.2),
            ("Informacja dla mieszkańców Miechowic", "gmina-bytom", TaskStatus.TODO, 0.22),
            ("Dobór roślin na skarpę wschodnią", "nowa-zielen", TaskStatus.TODO, 0.4),
            ("Raport z monitoringu za kwartał", "gmina-bytom", TaskStatus.TODO, 0.5),
        ],
    },
    {
        "name": "Oczyszczanie odcieków z zamkniętych kwater składowiska w Brzezinach",
        "goal": "Obniżyć ładunek azotu amonowego w odciekach do poziomu, który przyjmie oczyszczalnia.",
        "description": "Pilotażowa instalacja podczyszczania odcieków. Dane objęte poufnością do czasu odbioru.",
        "lead": "kzo-brzeziny",
        "author": "janusz.cichon@kzo-brzeziny.example",
        "status": InitiativeStatus.ACTIVE,
        "visibility": Visibility.RESTRICTED,
        "challenge": "Odcieki z zamkniętych kwater składowiska",
        "start": -40,
        "end": 200,
        "budget": "320000",
        "partners": [("wodociagi-brynica", ParticipantRole.PARTNER, ParticipantStatus.ACCEPTED)],
        "people": [],
        "pledges": [
            ("kzo-brzeziny", PledgeKind.MONEY, "150000", PledgeStatus.CONFIRMED),
            ("wodociagi-brynica", PledgeKind.STAFF_DAYS, "30", PledgeStatus.CONFIRMED),
        ],
        "goals": [("Instalacja pilotażowa w ruchu", 0.5, ["Projekt instalacji", "Rozruch"])],
        "tasks": [
            ("Analizy odcieków z trzech kwater", "wodociagi-brynica", TaskStatus.DONE, 0.1),
            ("Projekt instalacji podczyszczania", "kzo-brzeziny", TaskStatus.DOING, 0.3),
        ],
    },
    {
        "name": "Fitostabilizacja ogrodów działkowych w Świętochłowicach",
        "goal": "Ograniczyć przechodzenie kadmu i ołowiu do warzyw na działkach przy dawnej hucie cynku.",
        "description": "Skład partnerów jeszcze się kształtuje: czekamy na odpowiedź firmy i ekspertki.",
        "lead": "zdrowa-grzadka",
        "author": "henryk.pawlas@zdrowa-grzadka.example",
        "status": InitiativeStatus.FORMING,
        "visibility": Visibility.MEMBERS,
        "challenge": "Kadm i ołów w glebach ogrodów działkowych",
        "start": 30,
        "end": 400,
        "budget": None,
        "partners": [
            ("gmina-swietochlowice", ParticipantRole.PARTNER, ParticipantStatus.ACCEPTED),
            ("fitoklar", ParticipantRole.PARTNER, ParticipantStatus.INVITED),
        ],
        "people": [("irena.kowalczyk@gup-katowice.example", ParticipantRole.EXPERT, ParticipantStatus.INVITED)],
        "pledges": [("gmina-swietochlowice", PledgeKind.MONEY, "40000", PledgeStatus.PROPOSED)],
        "goals": [],
        "tasks": [("Mapa działek do badań", "zdrowa-grzadka", TaskStatus.TODO, 0.05)],
    },
    {
        "name": "Wspólny zakup czujników PM2,5 dla gmin",
        "goal": "Kupić wspólnie sieć czujników pyłu, taniej niż każda gmina osobno.",
        "description": "Anulowane: gminy wybrały sieć czujników finansowaną z programu wojewódzkiego.",
        "lead": "przejrzyste-powietrze",
        "author": "ewa.szoltysek@przejrzyste-powietrze.example",
        "status": InitiativeStatus.CANCELLED,
        "visibility": Visibility.PUBLIC,
        "challenge": None,
        "start": -200,
        "end": -20,
        "budget": "90000",
        "partners": [("gmina-radzionkow", ParticipantRole.PARTNER, ParticipantStatus.ACCEPTED)],
        "people": [],
        "pledges": [("gmina-radzionkow", PledgeKind.MONEY, "30000", PledgeStatus.WITHDRAWN)],
        "goals": [],
        "tasks": [],
    },
]

GROUP = {
    "challenge": "Około 1 200 pozaklasowych kotłów węglowych",
    "name": "Niska emisja w domach jednorodzinnych",
    "description": (
        "Gminy, które wymieniają stare kotły, dzielą się doświadczeniami: jak dotrzeć do mieszkańców, "
        "jak łączyć programy dotacji i jak sprawdzać efekty."
    ),
    "moderator": "beata.klosek@gmina-radzionkow.example",
    "posts": [
        (
            "beata.klosek@gmina-radzionkow.example",
            "Dzień dobry! Zacznijmy od listy programów dotacji, z których korzystamy.",
        ),
        (
            "krzysztof.pyka@gmina-swietochlowice.example",
            "U nas najlepiej działają dyżury doradcy energetycznego w urzędzie — dwa razy w tygodniu.",
        ),
        (
            "ewa.szoltysek@przejrzyste-powietrze.example",
            "Możemy udostępnić dane z czujników, żeby pokazać efekt wymiany kotłów na osiedlach.",
        ),
    ],
}

STATUS_PATH = {
    InitiativeStatus.FORMING: [InitiativeStatus.FORMING],
    InitiativeStatus.ACTIVE: [InitiativeStatus.FORMING, InitiativeStatus.ACTIVE],
    InitiativeStatus.COMPLETED: [InitiativeStatus.FORMING, InitiativeStatus.ACTIVE, InitiativeStatus.COMPLETED],
    InitiativeStatus.CANCELLED: [InitiativeStatus.FORMING, InitiativeStatus.ACTIVE, InitiativeStatus.CANCELLED],
}

DEMO_PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


class InitiativesDemoError(Exception):
    """The organisations, people or challenges of seed_demo are missing; nothing was written."""


@transaction.atomic
def load_demo(*, now: datetime) -> dict[str, int]:
    """Creates the demo initiatives and the working group; returns how many rows of each kind it wrote.

    Does nothing (zeros) when they are there already; raises InitiativesDemoError without seed_demo's data.
    Sends no e-mail and enqueues no task."""
    counts: Counter[str] = Counter()
    if Initiative.objects.filter(name=INITIATIVES[0]["name"]).exists():
        return dict.fromkeys(["initiatives", "participants", "pledges", "tasks", "working_groups"], 0)
    loader = _Loader(now, counts)
    for data in INITIATIVES:
        loader.initiative(data)
    loader.group(GROUP)
    return dict(counts)


class _Loader:
    def __init__(self, now: datetime, counts: Counter[str]) -> None:
        self.now = now.replace(microsecond=0)
        self.today = timezone.localdate(now)
        self.counts = counts
        slugs = {data["lead"] for data in INITIATIVES}
        slugs |= {slug for data in INITIATIVES for slug, *_rest in data["partners"]}
        self.orgs = {o.slug: o for o in Organisation.objects.filter(slug__in=slugs)}
        emails = {data["author"] for data in INITIATIVES} | {e for data in INITIATIVES for e, *_r in data["people"]}
        emails |= {GROUP["moderator"]} | {email for email, _body in GROUP["posts"]}
        self.users = {u.email: u for u in User.objects.filter(email__in=emails)}
        missing = (slugs - set(self.orgs)) | (emails - set(self.users))
        if missing:
            raise InitiativesDemoError(f"Brak danych seed_demo: {', '.join(sorted(missing))}. Uruchom seed_demo.")
        self.resources = {r.name: r for r in Resource.objects.filter(owner__slug__in=slugs)}

    # --- time ------------------------------------------------------------------------------------

    def moment(self, days: float, hour: int = 10) -> datetime:
        day = self.today + timedelta(days=round(days))
        return timezone.make_aware(datetime(day.year, day.month, day.day, hour))

    def past(self, moment: datetime) -> datetime:
        """What has happened happened by now: planned dates may lie ahead, records may not."""
        return min(moment, self.now)

    def day(self, days: float) -> date:
        return self.today + timedelta(days=round(days))

    def entry(self, initiative: Initiative, kind: str, when: datetime, actor: User | None, **params: Any) -> None:
        entry = TimelineEntry.objects.create(initiative=initiative, kind=kind, actor=actor, params=params)
        TimelineEntry.objects.filter(pk=entry.pk).update(created_at=self.past(when))
        self.counts["timeline_entries"] += 1

    # --- one initiative --------------------------------------------------------------------------

    def initiative(self, data: dict[str, Any]) -> Initiative:
        lead = self.orgs[data["lead"]]
        author = self.users[data["author"]]
        start, end = data["start"], data["end"]
        # Formed a month before the planned start; closed at the planned end (or "now" when that is later).
        created = self.past(self.moment(start - 30, 9))
        span = max(end - start, 1)

        def at(fraction: float, hour: int = 11) -> datetime:
            return self.moment(start + span * fraction, hour)

        initiative = Initiative.objects.create(
            name=data["name"],
            goal=data["goal"],
            description=data["description"],
            lead_organisation=lead,
            created_by=author,
            planned_start=self.day(start),
            planned_end=self.day(end),
            budget=Decimal(data["budget"]) if data["budget"] else None,
            visibility=data["visibility"],
            status=data["status"],
        )
        Initiative.objects.filter(pk=initiative.pk).update(created_at=created, updated_at=self.now)
        self.counts["initiatives"] += 1
        if data["challenge"]:
            challenge = Challenge.objects.filter(title__startswith=data["challenge"]).first()
            if challenge is not None:
                initiative.challenges.add(challenge)
        self.entry(initiative, TimelineKind.CREATED, created, author, organisation=lead.name)
        self._participants(initiative, data, author, created)
        self._pledges(initiative, data, author, created)
        self._plan(initiative, data, author, at)
        self._statuses(initiative, data, author, at, created)
        return initiative

    def _participants(self, initiative: Initiative, data: dict[str, Any], author: User, created: datetime) -> None:
        rows: list[tuple[Organisation | None, User | None, str, str]] = [
            (self.orgs[data["lead"]], None, ParticipantRole.LEADER, ParticipantStatus.ACCEPTED)
        ]
        rows += [(self.orgs[slug], None, role, status) for slug, role, status in data["partners"]]
        rows += [(None, self.users[email], role, status) for email, role, status in data["people"]]
        for index, (organisation, user, role, status) in enumerate(rows):
            invited = created + timedelta(hours=2 + index)
            answered = status != ParticipantStatus.INVITED
            responded = self.past(invited + timedelta(days=3)) if answered else None
            participant = Participant.objects.create(
                initiative=initiative,
                organisation=organisation,
                user=user,
                role=role,
                status=status,
                invited_by=author,
                responded_by=(user or self._admin(organisation)) if answered else None,
                responded_at=responded,
            )
            Participant.objects.filter(pk=participant.pk).update(created_at=invited, updated_at=responded or invited)
            self.counts["participants"] += 1
            if role == ParticipantRole.LEADER:
                continue
            self.entry(initiative, TimelineKind.INVITED, invited, author, name=participant.name, role=role)
            if answered and responded is not None:
                self.entry(
                    initiative,
                    TimelineKind.ACCEPTED,
                    responded,
                    participant.responded_by,
                    name=participant.name,
                    role=role,
                )

    def _admin(self, organisation: Organisation | None) -> User | None:
        if organisation is None:
            return None
        # "admin" sorts before "member": the admin speaks for the organisation when there is one.
        membership = organisation.memberships.select_related("user").order_by("role", "pk").first()
        return membership.user if membership else None

    def _pledges(self, initiative: Initiative, data: dict[str, Any], author: User, created: datetime) -> None:
        for index, (slug, kind, value, status) in enumerate(data["pledges"]):
            organisation = self.orgs[slug]
            resource = self.resources.get(value) if kind == PledgeKind.EQUIPMENT else None
            if kind == PledgeKind.EQUIPMENT and (resource is None or resource.owner_id != organisation.pk):
                continue  # the resource catalogue's demo is not loaded
            admin = self._admin(organisation)
            made = created + timedelta(days=5 + index)
            decided = status in (PledgeStatus.CONFIRMED, PledgeStatus.DECLINED)
            pledge = Pledge.objects.create(
                initiative=initiative,
                organisation=organisation,
                kind=kind,
                amount=None if resource else Decimal(value),
                resource=resource,
                period_start=self.day(data["start"]),
                period_end=self.day(data["end"]),
                status=status,
                created_by=admin,
                decided_by=admin if decided else None,
                decided_at=self.past(made + timedelta(days=1)) if decided else None,
            )
            Pledge.objects.filter(pk=pledge.pk).update(created_at=self.past(made))
            self.counts["pledges"] += 1
            params = {
                "name": organisation.name,
                "pledge_kind": kind,
                "amount": str(pledge.amount or ""),
                "resource": resource.name if resource else "",
            }
            self.entry(initiative, TimelineKind.PLEDGED, made, admin, **params)
            if decided:
                self.entry(initiative, TimelineKind.PLEDGE_CONFIRMED, made + timedelta(hours=1), admin, **params)

    def _plan(self, initiative: Initiative, data: dict[str, Any], author: User, at: Any) -> None:
        done_statuses = (InitiativeStatus.COMPLETED,)
        for title, fraction, milestones in data["goals"]:
            goal = Goal.objects.create(initiative=initiative, title=title, target_date=at(fraction).date())
            self.counts["goals"] += 1
            self.entry(initiative, TimelineKind.GOAL_ADDED, at(0.02), author, title=title)
            for index, milestone_title in enumerate(milestones):
                due = at(fraction * (index + 1) / len(milestones)).date()
                reached = data["status"] in done_statuses or (index == 0 and due < self.today - timedelta(days=30))
                milestone = Milestone.objects.create(
                    initiative=initiative,
                    goal=goal,
                    title=milestone_title,
                    due_date=due,
                    done_at=self.past(self.moment((due - self.today).days, 15)) if reached else None,
                    done_by=author if reached else None,
                )
                self.counts["milestones"] += 1
                self.entry(
                    initiative, TimelineKind.MILESTONE_ADDED, at(0.03), author, title=milestone.title, date=str(due)
                )
                if reached and milestone.done_at:
                    self.entry(
                        initiative, TimelineKind.MILESTONE_DONE, milestone.done_at, author, title=milestone.title
                    )
        for title, assignee, status, fraction in data["tasks"]:
            organisation = self.orgs.get(assignee)
            user = self.users.get(assignee)
            added = at(max(fraction - 0.1, 0.0), 9)
            task = Task.objects.create(
                initiative=initiative,
                title=title,
                assignee_organisation=organisation,
                assignee_user=user,
                due_date=at(fraction).date(),
                status=status,
                created_by=author,
                completed_at=self.past(at(fraction)) if status == TaskStatus.DONE else None,
            )
            Task.objects.filter(pk=task.pk).update(created_at=self.past(added))
            self.counts["tasks"] += 1
            self.entry(initiative, TimelineKind.TASK_ADDED, added, author, title=title)
            if status != TaskStatus.TODO:
                self.entry(
                    initiative, TimelineKind.TASK_MOVED, at(fraction, 14), author, title=title, task_status=status
                )
        if data["status"] in (InitiativeStatus.ACTIVE, InitiativeStatus.COMPLETED):
            self._document(initiative, author, at)

    def _document(self, initiative: Initiative, author: User, at: Any) -> None:
        document = Document.objects.create(initiative=initiative, title="Harmonogram i podział prac", created_by=author)
        self.counts["documents"] += 1
        self.entry(initiative, TimelineKind.DOCUMENT_ADDED, at(0.01), author, title=document.title)
        for number, comment in ((1, ""), (2, "Uzgodnione terminy z partnerami")):
            version = DocumentVersion(
                document=document,
                number=number,
                original_name=f"harmonogram-v{number}.pdf",
                content_type="application/pdf",
                size=len(DEMO_PDF),
                comment=comment,
                uploaded_by=author,
            )
            version.file.save(f"harmonogram-v{number}.pdf", ContentFile(DEMO_PDF), save=False)
            version.save()
            self.counts["document_versions"] += 1
        self.entry(initiative, TimelineKind.DOCUMENT_VERSION, at(0.05), author, title=document.title, number=2)

    def _statuses(self, initiative: Initiative, data: dict[str, Any], author: User, at: Any, created: datetime) -> None:
        path = STATUS_PATH[data["status"]]
        moments = {
            InitiativeStatus.FORMING: created,
            InitiativeStatus.ACTIVE: at(0.0, 8),
            InitiativeStatus.COMPLETED: at(1.0, 16),
            InitiativeStatus.CANCELLED: at(0.3, 16),
        }
        previous = ""
        for status in path:
            note = "Gminy wybrały sieć czujników z programu wojewódzkiego." if status == "cancelled" else ""
            change = InitiativeStatusChange.objects.create(
                initiative=initiative, from_status=previous, to_status=status, changed_by=author, note=note
            )
            InitiativeStatusChange.objects.filter(pk=change.pk).update(changed_at=self.past(moments[status]))
            self.counts["status_changes"] += 1
            if previous:
                self.entry(
                    initiative, TimelineKind.STATUS, moments[status], author, from_status=previous, to_status=status
                )
            previous = status
        outcome_data = data.get("outcome")
        if outcome_data:
            outcome = Outcome.objects.create(
                initiative=initiative,
                achieved=outcome_data["achieved"],
                figures=outcome_data["figures"],
                lessons=outcome_data["lessons"],
                challenge_solved=outcome_data["solved"],
                recorded_by=author,
            )
            Outcome.objects.filter(pk=outcome.pk).update(recorded_at=self.past(moments[InitiativeStatus.COMPLETED]))
            self.counts["outcomes"] += 1
            self.entry(initiative, TimelineKind.OUTCOME, moments[InitiativeStatus.COMPLETED], author)

    # --- the working group -----------------------------------------------------------------------

    def group(self, data: dict[str, Any]) -> None:
        challenge = Challenge.objects.filter(title__startswith=data["challenge"]).select_related("organisation").first()
        if challenge is None:
            return
        moderator = self.users[data["moderator"]]
        group = WorkingGroup.objects.create(
            name=data["name"],
            description=data["description"],
            competence=challenge.competences.order_by("position", "pk").first(),
            problem_kind=challenge.title[:200],
            visibility=Visibility.MEMBERS,
            created_by=moderator,
            source_challenge=challenge,
        )
        WorkingGroup.objects.filter(pk=group.pk).update(created_at=self.moment(-45), updated_at=self.moment(-45))
        group.followed_challenges.add(challenge)
        followed = Initiative.objects.filter(name=INITIATIVES[4]["name"]).first()
        if followed is not None:
            group.followed_initiatives.add(followed)
        self.counts["working_groups"] += 1
        members = [GroupMember(group=group, user=moderator, role=GroupMemberRole.MODERATOR, added_by=moderator)]
        organisations = [challenge.organisation, *(s.organisation for s in challenge.supports.order_by("pk"))]
        members += [GroupMember(group=group, organisation=o, added_by=moderator) for o in dict.fromkeys(organisations)]
        GroupMember.objects.bulk_create(members)
        self.counts["group_members"] += len(members)
        for index, (email, body) in enumerate(data["posts"]):
            post = GroupPost.objects.create(group=group, author=self.users[email], body=body)
            GroupPost.objects.filter(pk=post.pk).update(created_at=self.moment(-44 + 9 * index, 9 + index))
            self.counts["group_posts"] += 1
