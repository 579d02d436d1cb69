from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from platforma.core.models import TimeStampedModel, Visibility
from platforma.initiatives.models.choices import (
    InitiativeStatus,
    ParticipantRole,
    ParticipantStatus,
    TaskStatus,
    TimelineKind,
    pledge_summary,
)

# Where the lead may move an initiative from each status. Completion has its own path (with the outcome).
ALLOWED_TRANSITIONS: dict[str, set[str]] = {
    InitiativeStatus.FORMING: {InitiativeStatus.ACTIVE, InitiativeStatus.CANCELLED},
    InitiativeStatus.ACTIVE: {InitiativeStatus.COMPLETED, InitiativeStatus.CANCELLED},
    InitiativeStatus.COMPLETED: set(),
    InitiativeStatus.CANCELLED: set(),
}

# Statuses in which partners still join, pledge and work; a closed initiative is a record.
OPEN_STATUSES: tuple[str, ...] = (InitiativeStatus.FORMING, InitiativeStatus.ACTIVE)

# The same values as core.Visibility; for an initiative "restricted" means its partners.
INITIATIVE_VISIBILITY_CHOICES = [
    (Visibility.PUBLIC, _("publiczne — dla wszystkich")),
    (Visibility.MEMBERS, _("tylko członkowie klastra")),
    (Visibility.RESTRICTED, _("tylko partnerzy przedsięwzięcia")),
]


class InitiativeQuerySet(models.QuerySet["Initiative"]):
    def open(self) -> "InitiativeQuerySet":
        return self.filter(status__in=OPEN_STATUSES)

    def newest_first(self) -> "InitiativeQuerySet":
        return self.order_by("-created_at", "-pk")


class Initiative(TimeStampedModel):
    """A joint venture of member organisations around one or more environmental challenges."""

    name = models.CharField(_("nazwa"), max_length=200)
    goal = models.TextField(_("cel"), max_length=2000)
    description = models.TextField(_("opis (Markdown)"), blank=True, max_length=20000)
    lead_organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("organizacja prowadząca"),
        on_delete=models.PROTECT,
        related_name="led_initiatives",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("utworzył(a)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    planned_start = models.DateField(_("planowany początek"), null=True, blank=True)
    planned_end = models.DateField(_("planowany koniec"), null=True, blank=True)
    budget = models.DecimalField(
        _("budżet (PLN)"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    visibility = models.CharField(
        _("widoczność"), max_length=20, choices=INITIATIVE_VISIBILITY_CHOICES, default=Visibility.MEMBERS
    )
    status = models.CharField(
        _("status"), max_length=20, choices=InitiativeStatus.choices, default=InitiativeStatus.FORMING
    )
    challenges = models.ManyToManyField(
        "challenges.Challenge", verbose_name=_("powiązane wyzwania"), blank=True, related_name="initiatives"
    )

    objects = InitiativeQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("przedsięwzięcie")
        verbose_name_plural = _("przedsięwzięcia")
        indexes = [models.Index(fields=["status", "visibility", "-created_at"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(planned_end__isnull=True)
                | models.Q(planned_start__isnull=True)
                | models.Q(planned_end__gte=models.F("planned_start")),
                name="initiative_ends_after_start",
                violation_error_message=_("Planowany koniec nie może być wcześniejszy niż początek."),
            )
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("initiatives:detail", kwargs={"pk": self.pk})

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


class InitiativeStatusChange(models.Model):
    """Who moved an initiative to which status, and when."""

    initiative = models.ForeignKey(Initiative, on_delete=models.CASCADE, related_name="status_changes")
    from_status = models.CharField(_("poprzedni status"), max_length=20, choices=InitiativeStatus.choices, blank=True)
    to_status = models.CharField(_("nowy status"), max_length=20, choices=InitiativeStatus.choices)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("zmienił(a)"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    changed_at = models.DateTimeField(_("kiedy"), auto_now_add=True)
    note = models.CharField(_("uwaga"), max_length=500, blank=True)

    class Meta:
        ordering = ["changed_at", "pk"]
        verbose_name = _("zmiana statusu przedsięwzięcia")
        verbose_name_plural = _("historia statusów przedsięwzięć")

    def __str__(self) -> str:
        return f"{self.initiative_id}: {self.from_status or '—'} → {self.to_status}"


# A participation that still counts: the invitee may answer, the partner takes part.
LIVE_PARTICIPANT_STATUSES = (ParticipantStatus.INVITED, ParticipantStatus.ACCEPTED)


class Participant(TimeStampedModel):
    """An organisation or a person in an initiative, from the invitation on.

    A person may be invited by the e-mail address of an account that does not exist yet: `user` stays empty
    and `email` holds the address until the person, logged in with that address, answers.
    """

    initiative = models.ForeignKey(Initiative, on_delete=models.CASCADE, related_name="participants")
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("organizacja"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="initiative_participations",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("osoba"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="initiative_participations",
    )
    email = models.EmailField(_("adres e-mail zaproszonej osoby"), blank=True)
    role = models.CharField(_("rola"), max_length=20, choices=ParticipantRole.choices)
    status = models.CharField(
        _("status"), max_length=20, choices=ParticipantStatus.choices, default=ParticipantStatus.INVITED
    )
    message = models.TextField(_("wiadomość do zaproszonych"), blank=True, max_length=2000)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    responded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    responded_at = models.DateTimeField(_("data odpowiedzi"), null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("uczestnik przedsięwzięcia")
        verbose_name_plural = _("uczestnicy przedsięwzięć")
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(organisation__isnull=False, user__isnull=True, email="")
                    | (models.Q(organisation__isnull=True) & (models.Q(user__isnull=False) | ~models.Q(email="")))
                ),
                name="participant_is_an_organisation_or_a_person",
            ),
            models.UniqueConstraint(
                fields=["initiative", "organisation"],
                condition=models.Q(status__in=LIVE_PARTICIPANT_STATUSES, organisation__isnull=False),
                name="one_live_participation_per_organisation",
                violation_error_message=_("Ta organizacja już uczestniczy w przedsięwzięciu albo ma zaproszenie."),
            ),
            models.UniqueConstraint(
                fields=["initiative", "user"],
                condition=models.Q(status__in=LIVE_PARTICIPANT_STATUSES, user__isnull=False),
                name="one_live_participation_per_person",
                violation_error_message=_("Ta osoba już uczestniczy w przedsięwzięciu albo ma zaproszenie."),
            ),
            models.UniqueConstraint(
                fields=["initiative", "email"],
                condition=models.Q(status__in=LIVE_PARTICIPANT_STATUSES, user__isnull=True, organisation__isnull=True),
                name="one_live_invitation_per_address",
                violation_error_message=_("Na ten adres wysłano już zaproszenie."),
            ),
            models.UniqueConstraint(
                fields=["initiative"],
                condition=models.Q(role="leader", status="accepted"),
                name="one_leader_per_initiative",
                violation_error_message=_("Przedsięwzięcie ma już lidera."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.get_role_display()})"

    @property
    def name(self) -> str:
        if self.organisation is not None:
            return self.organisation.name
        if self.user is not None:
            return self.user.display_name
        return self.email

    @property
    def is_organisation(self) -> bool:
        return self.organisation_id is not None


class Outcome(models.Model):
    """What a completed initiative achieved, kept apart so that a case study can be made from it."""

    initiative = models.OneToOneField(Initiative, on_delete=models.CASCADE, related_name="outcome")
    achieved = models.TextField(_("co osiągnięto"), max_length=10000)
    figures = models.TextField(
        _("liczby"),
        blank=True,
        max_length=5000,
        help_text=_("Jedna wartość w wierszu, np. „Zrekultywowana powierzchnia: 2,4 ha”."),
    )
    lessons = models.TextField(_("wnioski na przyszłość"), blank=True, max_length=10000)
    challenge_solved = models.BooleanField(_("wyzwanie zostało rozwiązane"), default=False)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("zapisał(a)"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(_("zapisano"), auto_now_add=True)

    class Meta:
        verbose_name = _("rezultat przedsięwzięcia")
        verbose_name_plural = _("rezultaty przedsięwzięć")

    def __str__(self) -> str:
        return str(self.initiative)

    @property
    def figure_lines(self) -> list[str]:
        return [line.strip() for line in self.figures.splitlines() if line.strip()]


# Sentences of the timeline, filled from each entry's params when shown: stored values stay language-neutral.
TIMELINE_SENTENCES: dict[str, Any] = {
    TimelineKind.CREATED: _("Utworzono przedsięwzięcie."),
    TimelineKind.CREATED_PILOT: _("Utworzone jako pilotaż z naboru — %(source)s"),
    TimelineKind.UPDATED: _("Zmieniono opis przedsięwzięcia."),
    TimelineKind.STATUS: _("Zmiana statusu: %(from)s → %(to)s."),
    TimelineKind.INVITED: _("Zaproszono: %(name)s (rola: %(role)s)."),
    TimelineKind.ACCEPTED: _("%(name)s dołącza do przedsięwzięcia (rola: %(role)s)."),
    TimelineKind.DECLINED: _("%(name)s odrzuca zaproszenie."),
    TimelineKind.REVOKED: _("Wycofano zaproszenie dla: %(name)s."),
    TimelineKind.LEFT: _("%(name)s opuszcza przedsięwzięcie."),
    TimelineKind.LEAD_HANDED_OVER: _("Prowadzenie przekazano: %(from)s → %(to)s."),
    TimelineKind.PLEDGED: _("%(name)s deklaruje: %(what)s."),
    TimelineKind.PLEDGE_CONFIRMED: _("%(name)s potwierdza deklarację: %(what)s."),
    TimelineKind.PLEDGE_DECLINED: _("%(name)s odrzuca deklarację: %(what)s."),
    TimelineKind.PLEDGE_WITHDRAWN: _("%(name)s wycofuje deklarację: %(what)s."),
    TimelineKind.GOAL_ADDED: _("Nowy cel: %(title)s."),
    TimelineKind.MILESTONE_ADDED: _("Nowy kamień milowy: %(title)s (termin %(date)s)."),
    TimelineKind.MILESTONE_DONE: _("Osiągnięto kamień milowy: %(title)s."),
    TimelineKind.TASK_ADDED: _("Nowe zadanie: %(title)s."),
    TimelineKind.TASK_MOVED: _("Zadanie „%(title)s”: %(to)s."),
    TimelineKind.DOCUMENT_ADDED: _("Dodano dokument „%(title)s”."),
    TimelineKind.DOCUMENT_VERSION: _("Nowa wersja (%(number)s) dokumentu „%(title)s”."),
    TimelineKind.OUTCOME: _("Zapisano rezultat przedsięwzięcia."),
    TimelineKind.CHALLENGE_SOLVED: _("Wyzwanie „%(title)s” oznaczono jako rozwiązane."),
}

# Params that hold a choice value, shown through its label in the language of the moment.
_LABELLED_PARAMS: dict[str, Any] = {
    "role": ParticipantRole,
    "from_status": InitiativeStatus,
    "to_status": InitiativeStatus,
    "task_status": TaskStatus,
}


class TimelineEntry(models.Model):
    """One thing that happened in an initiative. Written by the services, never edited."""

    initiative = models.ForeignKey(Initiative, on_delete=models.CASCADE, related_name="timeline")
    kind = models.CharField(_("rodzaj"), max_length=30, choices=TimelineKind.choices)
    params = models.JSONField(_("szczegóły"), default=dict, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("kto"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("kiedy"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("wpis na osi czasu")
        verbose_name_plural = _("oś czasu")
        indexes = [models.Index(fields=["initiative", "-created_at"])]

    def __str__(self) -> str:
        return self.message

    @property
    def message(self) -> str:
        values = {key: str(value) for key, value in self.params.items()}
        for key, choices in _LABELLED_PARAMS.items():
            if key in values and values[key] in choices.values:
                values[key] = str(choices(values[key]).label)
        if "from_status" in values:
            values["from"] = values["from_status"]
        if "to_status" in values:
            values["to"] = values["to_status"]
        if "task_status" in values:
            values["to"] = values["task_status"]
        if "pledge_kind" in self.params:
            values["what"] = pledge_summary(
                self.params["pledge_kind"], self.params.get("amount"), self.params.get("resource", "")
            )
        if self.kind == TimelineKind.CREATED_PILOT and not values.get("source"):
            return str(_("Utworzone jako pilotaż z naboru."))
        sentence = str(TIMELINE_SENTENCES.get(self.kind, "%(kind)s"))
        try:
            return sentence % {"kind": self.kind, **values}
        except (KeyError, ValueError, TypeError):
            return str(self.get_kind_display())


def validate_dates(start: Any, end: Any, *, field: str = "planned_end") -> None:
    if start and end and end < start:
        raise ValidationError({field: _("Data końcowa nie może być wcześniejsza niż początkowa.")})
