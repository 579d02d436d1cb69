"""Loads the demo cluster of `platforma.portal.demo_data` into the database, for `manage.py seed_demo`.

Rows go in with bulk_create rather than through the services: the services would enqueue e-mails about
content that nobody wrote, and forty separate saves would make `make run` slow. The rules the services
enforce hold by construction of the data (see platforma/core/tests/test_demo_data.py). Timestamps are
historical: bulk_create lets auto_now(_add) overwrite them with "now", so they are written again with
bulk_update, which leaves them as given. Dates are derived from the data's order and a fixed seed, so
every load produces the same cluster, shifted to the day it runs.
"""

import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password
from django.db import models, transaction
from django.utils import timezone

from platforma.accounts.models import Profile, ProfileVisibility, User
from platforma.accounts.services import coordinator_grant
from platforma.challenges.models import (
    Challenge,
    ChallengeStatus,
    ChallengeStatusChange,
    ChallengeSupport,
    Proposal,
    ProposalStatus,
)
from platforma.contact.models import Enquiry, EnquiryAnswer
from platforma.organisations.models import (
    ClusterStatus,
    MembershipStatusChange,
    Organisation,
    OrganisationMembership,
    OrganisationRole,
)
from platforma.organisations.validators import RESERVED_SLUGS
from platforma.portal.demo_data import CHALLENGES, ORGANISATIONS, PEOPLE, ChallengeData, OrganisationData
from platforma.portal.management.demo_cluster import (
    DEMO_PASSWORD,
    MARKER_ORGANISATION,
    organisation_slug,
)
from platforma.portal.management.demo_enquiries import ENQUIRIES
from platforma.taxonomy.models import Competence

# Published challenges are spread over about eighteen months before the day of the load.
PUBLISHED_SPAN_DAYS = 540
NEWEST_CHALLENGE_DAYS = 6


class DemoDataError(Exception):
    """The database cannot take the demo data; nothing was written."""


@transaction.atomic
def load_demo(*, now: datetime | None = None) -> Counter[str]:
    """Creates the whole demo cluster and returns how many rows of each kind it wrote.

    Raises DemoDataError (and writes nothing) when the competence tree is missing or a demo e-mail address
    or organisation address is already taken. Sends no e-mail and enqueues no task.
    """
    return _Loader(now or timezone.now()).run()


def _bullets(items: Sequence[str]) -> str:
    return "\n".join(f"- {item}" for item in items)


def _coordinate(value: float) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.00001"))


def _create_dated[M: models.Model](model: type[M], rows: list[tuple[M, dict[str, datetime]]]) -> list[M]:
    """bulk_create, then put the historical timestamps back (auto_now_add replaced them on insert)."""
    if not rows:
        return []
    created = model._default_manager.bulk_create([obj for obj, _ in rows])
    for obj, (_, stamps) in zip(created, rows, strict=True):
        for name, moment in stamps.items():
            setattr(obj, name, moment)
    model._default_manager.bulk_update(created, list(rows[0][1]))
    return created


class _Loader:
    def __init__(self, now: datetime) -> None:
        self.now = now.replace(microsecond=0)
        # A fixed seed: the same minutes and the same order on every load.
        self.rng = random.Random(2026)
        self.counts: Counter[str] = Counter()
        self.competences: dict[str, Competence] = {}
        self.users: dict[str, User] = {}
        self.orgs: dict[str, Organisation] = {}
        self.launch = self._days_ago(PUBLISHED_SPAN_DAYS + 30, hour=9)

    def run(self) -> Counter[str]:
        self._check_database()
        self._users()
        self._organisations()
        self._profiles_and_memberships()
        self._membership_history()
        self._challenges()
        self._enquiries()
        return self.counts

    # --- time ------------------------------------------------------------------------------------

    def _days_ago(self, days: float, *, hour: int) -> datetime:
        moment = timezone.localtime(self.now - timedelta(days=days))
        return moment.replace(hour=hour, minute=self.rng.randrange(0, 60, 5), second=0, microsecond=0)

    @staticmethod
    def _on(day: date, hour: int) -> datetime:
        return timezone.make_aware(datetime(day.year, day.month, day.day, hour))

    # --- checks ----------------------------------------------------------------------------------

    def _check_database(self) -> None:
        needed = {slug for org in ORGANISATIONS for slug in org["competences"]}
        needed |= {slug for person in PEOPLE for slug in person["competences"]}
        needed |= {slug for challenge in CHALLENGES for slug in challenge["competences"]}
        self.competences = {c.slug: c for c in Competence.objects.filter(slug__in=needed)}
        missing = sorted(needed - set(self.competences))
        if missing:
            raise DemoDataError(
                f"Brak {len(missing)} kompetencji w bazie (np. {', '.join(missing[:3])}). Drzewo kompetencji "
                "wczytuje migracja aplikacji taxonomy: uruchom najpierw `manage.py migrate`."
            )
        slugs = [organisation_slug(org) for org in ORGANISATIONS]
        clashes = {slug for slug in slugs if slugs.count(slug) > 1} | (set(slugs) & RESERVED_SLUGS)
        if clashes:
            raise DemoDataError(f"Dane demonstracyjne dają powtórzone lub zastrzeżone adresy: {sorted(clashes)}.")
        taken_slugs = sorted(Organisation.objects.filter(slug__in=slugs).values_list("slug", flat=True))
        if taken_slugs:
            raise DemoDataError(f"Organizacje o adresach {taken_slugs} już istnieją; dane nie zostały wczytane.")
        emails = [person["email"] for person in PEOPLE]
        taken_emails = sorted(User.objects.filter(email__in=emails).values_list("email", flat=True))
        if taken_emails:
            raise DemoDataError(f"Konta {taken_emails} już istnieją; dane nie zostały wczytane.")

    # --- people and organisations ----------------------------------------------------------------

    def _users(self) -> None:
        # One hash for everyone: PBKDF2 forty times over would take most of the load's time.
        password = make_password(DEMO_PASSWORD)
        users = []
        for index, person in enumerate(PEOPLE):
            is_coordinator = person.get("is_coordinator", False)
            user = User(
                email=person["email"],
                first_name=person["first_name"],
                last_name=person["last_name"],
                password=password,
                is_active=True,
                is_coordinator=is_coordinator,
                is_staff=is_coordinator,
                date_joined=self.launch + timedelta(hours=5 * index),
            )
            user.full_clean(validate_unique=False, validate_constraints=False)
            users.append(user)
        created = User.objects.bulk_create(users)
        self.users = {person["key"]: user for person, user in zip(PEOPLE, created, strict=True)}
        # Verified at once, so that a demo account logs in without the confirmation e-mail.
        EmailAddress.objects.bulk_create(
            [EmailAddress(user=user, email=user.email, verified=True, primary=True) for user in created]
        )
        self.coordinator = next(self.users[p["key"]] for p in PEOPLE if p.get("is_coordinator"))
        coordinator_grant(user=self.coordinator)
        self.counts["users"] = len(created)

    def _organisations(self) -> None:
        applicants = [org["key"] for org in ORGANISATIONS if org["member_since_year"] is None]
        rows = []
        for index, data in enumerate(ORGANISATIONS):
            org = Organisation(
                name=data["name"],
                slug=organisation_slug(data),
                type=data["type"],
                nip=data["nip"],
                regon=data["regon"],
                krs=data["krs"],
                street=data["street"],
                postal_code=data["postal_code"],
                city=data["city"],
                latitude=_coordinate(data["lat"]),
                longitude=_coordinate(data["lon"]),
                website=data["website"],
                email=data["email"],
                description=data["description"],
                offers=_bullets(data["offers"]),
                needs=_bullets(data["needs"]),
            )
            year = data["member_since_year"]
            if year is None:
                org.cluster_status = ClusterStatus.APPLICANT
                org.applied_at = self._days_ago(2 + 5 * applicants.index(data["key"]), hour=11)
                org.application_note = _application_note(data)
                created_at = org.applied_at
            else:
                org.cluster_status = ClusterStatus.MEMBER
                org.member_since = date(year, 1, 1)
                org.applied_at = self._on(date(year - 1, 11, 20), 10)
                org.decided_at = self._on(date(year - 1, 12, 15), 12)
                org.decided_by = self.coordinator
                created_at = self.launch + timedelta(hours=index)
            org.full_clean(validate_unique=False, validate_constraints=False)
            rows.append((org, {"created_at": created_at, "updated_at": created_at}))
        created = _create_dated(Organisation, rows)
        self.orgs = {data["key"]: org for data, org in zip(ORGANISATIONS, created, strict=True)}
        through = Organisation.competences.through
        through.objects.bulk_create(
            through(organisation_id=self.orgs[data["key"]].pk, competence_id=self.competences[slug].pk)
            for data in ORGANISATIONS
            for slug in data["competences"]
        )
        self.counts["organisations"] = len(created)
        self.counts["members"] = len(created) - len(applicants)
        self.counts["applicants"] = len(applicants)

    def _profiles_and_memberships(self) -> None:
        profiles, memberships = [], []
        for person in PEOPLE:
            user = self.users[person["key"]]
            stamps = {"created_at": user.date_joined, "updated_at": user.date_joined}
            visibility = ProfileVisibility.PUBLIC if person["public_profile"] else ProfileVisibility.MEMBERS
            profile = Profile(
                user=user,
                job_title=person["job_title"],
                bio=person["bio"],
                city=person["city"],
                availability=person["availability"],
                visibility=visibility,
            )
            profile.full_clean(validate_unique=False, validate_constraints=False)
            profiles.append((profile, stamps))
            if person["organisation"]:
                role = person["org_role"] or OrganisationRole.MEMBER
                organisation = self.orgs[person["organisation"]]
                membership = OrganisationMembership(organisation=organisation, user=user, role=role)
                memberships.append((membership, stamps))
        created = _create_dated(Profile, profiles)
        through = Profile.competences.through
        through.objects.bulk_create(
            through(profile_id=profile.pk, competence_id=self.competences[slug].pk)
            for person, profile in zip(PEOPLE, created, strict=True)
            for slug in person["competences"]
        )
        _create_dated(OrganisationMembership, memberships)
        self.counts["profiles"] = len(created)
        self.counts["memberships"] = len(memberships)

    def _membership_history(self) -> None:
        rows = []
        for data in ORGANISATIONS:
            org = self.orgs[data["key"]]
            assert org.applied_at is not None
            applied = MembershipStatusChange(
                organisation=org, from_status="", to_status=ClusterStatus.APPLICANT, note=org.application_note
            )
            rows.append((applied, {"created_at": org.applied_at}))
            if org.cluster_status == ClusterStatus.MEMBER:
                note = "Członek założyciel klastra." if data["key"] == MARKER_ORGANISATION else ""
                approved = MembershipStatusChange(
                    organisation=org,
                    from_status=ClusterStatus.APPLICANT,
                    to_status=ClusterStatus.MEMBER,
                    changed_by=self.coordinator,
                    note=note or "Przyjęcie do klastra uchwałą Rady Klastra.",
                )
                assert org.decided_at is not None
                rows.append((approved, {"created_at": org.decided_at}))
        self.counts["membership_status_changes"] = len(_create_dated(MembershipStatusChange, rows))

    def _representative(self, org_key: str) -> User | None:
        """The person who speaks for an organisation: its admin, else any member, else nobody."""
        people = [p for p in PEOPLE if p["organisation"] == org_key]
        people.sort(key=lambda p: p["org_role"] != OrganisationRole.ADMIN)
        return self.users[people[0]["key"]] if people else None

    # --- challenges ------------------------------------------------------------------------------

    def _publication_days(self) -> dict[str, float]:
        """How many days ago each published challenge went out: open ones tend to be newer, so that a
        solved one had time to be solved; the fixed seed keeps the order the same on every load."""
        weight: dict[str, float] = {ChallengeStatus.OPEN: 0.0, ChallengeStatus.IN_PROGRESS: 0.3}
        published = [c for c in CHALLENGES if c["status"] != ChallengeStatus.DRAFT]
        order = sorted(published, key=lambda c: self.rng.random() + weight.get(c["status"], 0.6))
        step = (PUBLISHED_SPAN_DAYS - NEWEST_CHALLENGE_DAYS) / max(len(order) - 1, 1)
        return {
            c["key"]: NEWEST_CHALLENGE_DAYS + position * step + self.rng.uniform(0, step * 0.8)
            for position, c in enumerate(order)
        }

    def _challenges(self) -> None:
        days_ago = self._publication_days()
        rows, plans = [], []
        drafts = 0
        for data in CHALLENGES:
            challenge = Challenge(
                title=data["title"],
                description=data["description"],
                organisation=self.orgs[data["organisation"]],
                author=self.users[data["author"]],
                city=data["city"],
                latitude=_coordinate(data["lat"]),
                longitude=_coordinate(data["lon"]),
                visibility=data["visibility"],
                status=data["status"],
            )
            if data["status"] == ChallengeStatus.DRAFT:
                drafts += 1
                created_at = self._days_ago(1 + 3 * drafts, hour=13)
                plan = _Plan(data, [("", ChallengeStatus.DRAFT, created_at, "")], decided_at=self.now)
            else:
                challenge.published_at = created_at = self._days_ago(days_ago[data["key"]], hour=9)
                plan = self._plan(data, created_at)
            challenge.full_clean(validate_unique=False, validate_constraints=False)
            rows.append((challenge, {"created_at": created_at, "updated_at": plan.steps[-1][2]}))
            plans.append(plan)
        created = _create_dated(Challenge, rows)
        self._challenge_relations(created)
        status_rows, support_rows, proposal_rows = [], [], []
        for challenge, plan in zip(created, plans, strict=True):
            status_rows += self._status_changes(challenge, plan)
            support_rows += self._supports(challenge, plan)
            proposal_rows += self._proposals(challenge, plan)
        self.counts["challenges"] = len(created)
        self.counts["challenge_status_changes"] = len(_create_dated(ChallengeStatusChange, status_rows))
        self.counts["supports"] = len(_create_dated(ChallengeSupport, support_rows))
        self.counts["proposals"] = len(_create_dated(Proposal, proposal_rows))

    def _plan(self, data: ChallengeData, published: datetime) -> "_Plan":
        """The status history: opened when published, then moved on by its author at fixed fractions of
        the time since; supports and proposals come in before the first move."""
        elapsed = self.now - published
        steps: list[tuple[str, str, datetime, str]] = [("", ChallengeStatus.OPEN, published, "")]
        status = data["status"]
        if status in (ChallengeStatus.IN_PROGRESS, ChallengeStatus.SOLVED):
            chosen = data["proposals"][0]["title"] if data["proposals"] else ""
            note = f"Wybraliśmy rozwiązanie: {chosen}" if chosen else "Rozpoczynamy realizację z partnerem."
            steps.append((ChallengeStatus.OPEN, ChallengeStatus.IN_PROGRESS, published + elapsed * 0.4, note[:500]))
        if status == ChallengeStatus.SOLVED:
            note = "Prace zakończone, problem rozwiązany. Dziękujemy partnerom za współpracę."
            steps.append((ChallengeStatus.IN_PROGRESS, ChallengeStatus.SOLVED, published + elapsed * 0.8, note))
        if status == ChallengeStatus.ARCHIVED:
            note = "Archiwizujemy zgłoszenie: problem przestał być dla nas aktualny."
            steps.append((ChallengeStatus.OPEN, ChallengeStatus.ARCHIVED, published + elapsed * 0.6, note))
        decided_at = steps[1][2] if len(steps) > 1 else self.now
        return _Plan(data, steps, decided_at=decided_at)

    def _challenge_relations(self, challenges: list[Challenge]) -> None:
        competences = Challenge.competences.through
        competences.objects.bulk_create(
            competences(challenge_id=challenge.pk, competence_id=self.competences[slug].pk)
            for data, challenge in zip(CHALLENGES, challenges, strict=True)
            for slug in data["competences"]
        )
        shared = Challenge.visible_to.through
        shared.objects.bulk_create(
            shared(challenge_id=challenge.pk, organisation_id=self.orgs[key].pk)
            for data, challenge in zip(CHALLENGES, challenges, strict=True)
            for key in data["visible_to"]
        )

    def _status_changes(self, challenge: Challenge, plan: "_Plan") -> list[tuple[Any, dict[str, datetime]]]:
        return [
            (
                ChallengeStatusChange(
                    challenge=challenge, from_status=before, to_status=after, changed_by=challenge.author, note=note
                ),
                {"changed_at": moment},
            )
            for before, after, moment, note in plan.steps
        ]

    def _supports(self, challenge: Challenge, plan: "_Plan") -> list[tuple[Any, dict[str, datetime]]]:
        rows = []
        for index, support in enumerate(plan.data["supports"]):
            moment = plan.between(0.12 + 0.21 * index)
            row = ChallengeSupport(
                challenge=challenge,
                organisation=self.orgs[support["organisation"]],
                user=self._representative(support["organisation"]),
                note=support["note"],
            )
            rows.append((row, {"created_at": moment, "updated_at": moment}))
        return rows

    def _proposals(self, challenge: Challenge, plan: "_Plan") -> list[tuple[Any, dict[str, datetime]]]:
        # Moving a challenge on means its owner chose: the first proposal is taken, on a solved one the
        # rest are declined; while a challenge is open every proposal still waits.
        chosen = challenge.status in (ChallengeStatus.IN_PROGRESS, ChallengeStatus.SOLVED)
        rows = []
        for index, data in enumerate(plan.data["proposals"]):
            status = ProposalStatus.SUBMITTED
            if chosen and index == 0:
                status = ProposalStatus.ACCEPTED
            elif challenge.status == ChallengeStatus.SOLVED:
                status = ProposalStatus.DECLINED
            created_at = plan.between(0.2 + 0.19 * index)
            updated_at = created_at if status == ProposalStatus.SUBMITTED else plan.decided_at
            org_key = data["by_organisation"]
            proposal = Proposal(
                challenge=challenge,
                author=self.users[data["by_person"]],
                organisation=self.orgs[org_key] if org_key else None,
                title=data["title"],
                description=data["description"],
                status=status,
            )
            proposal.full_clean(validate_unique=False, validate_constraints=False)
            rows.append((proposal, {"created_at": created_at, "updated_at": updated_at}))
        return rows

    # --- contact ---------------------------------------------------------------------------------

    def _enquiries(self) -> None:
        rows, answers = [], []
        for data in ENQUIRIES:
            received = self._days_ago(data["days_ago"], hour=data["hour"])
            enquiry = Enquiry(
                name=data["name"],
                email=data["email"],
                organisation_name=data["organisation_name"],
                topic=data["topic"],
                message=data["message"],
                consent_given_at=received,
                status=data["status"],
                # Already notified: the demo must not mail the coordinator about made-up questions.
                coordinator_notified_at=received + timedelta(minutes=1),
                notification_attempts=1,
            )
            enquiry.full_clean()
            rows.append((enquiry, {"created_at": received, "updated_at": received}))
        created = _create_dated(Enquiry, rows)
        for enquiry, data in zip(created, ENQUIRIES, strict=True):
            if data["answer"]:
                answered = enquiry.created_at + timedelta(days=1, hours=2)
                answer = EnquiryAnswer(enquiry=enquiry, author=self.coordinator, body=data["answer"], sent_at=answered)
                answers.append((answer, {"created_at": answered}))
        _create_dated(EnquiryAnswer, answers)
        self.counts["enquiries"] = len(created)
        self.counts["enquiry_answers"] = len(answers)


@dataclass
class _Plan:
    data: ChallengeData
    steps: list[tuple[str, str, datetime, str]]  # (from, to, when, note)
    decided_at: datetime  # the first move after opening, or now

    def between(self, fraction: float) -> datetime:
        """A moment at `fraction` of the way from the first step to the owner's first decision."""
        start = self.steps[0][2]
        return (start + (self.decided_at - start) * fraction).replace(microsecond=0)


def _application_note(org: OrganisationData) -> str:
    intro = "Chcemy dołączyć do klastra i współpracować przy problemach środowiskowych regionu. Możemy wnieść:"
    return f"{intro}\n{_bullets(org['offers'])}"
