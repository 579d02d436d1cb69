"""B2B meetings at an event (the b2match model).

Participants publish what they offer and seek, ask each other for one-to-one meetings, and accepted
meetings are placed into the event's slots at numbered tables. The database itself refuses a double
booking: a table holds one meeting a slot (on Meeting), and a person sits at one table a slot (one
MeetingSeat row per person per meeting, unique per slot) — so two organisers pressing "plan" at once,
or two acceptances racing, cannot put anyone in two places.
"""

import datetime
from typing import Any

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models.functions import Greatest, Least
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from platforma.community.events.models import Event
from platforma.core.models import TimeStampedModel
from platforma.organisations.models import Organisation
from platforma.taxonomy.models import Competence


class B2BSession(TimeStampedModel):
    """The B2B part of one event: how long a meeting lasts, when meetings happen, how many tables."""

    event = models.OneToOneField(Event, on_delete=models.CASCADE, related_name="b2b_session")
    is_enabled = models.BooleanField(_("spotkania B2B włączone"), default=True)
    slot_minutes = models.PositiveSmallIntegerField(
        _("długość spotkania (minuty)"), default=20, validators=[MinValueValidator(5), MaxValueValidator(180)]
    )
    tables = models.PositiveSmallIntegerField(
        _("liczba stolików"), default=5, validators=[MinValueValidator(1), MaxValueValidator(200)]
    )
    request_deadline = models.DateTimeField(
        _("prośby o spotkanie do"),
        null=True,
        blank=True,
        help_text=_("Po tym terminie nie można prosić o nowe spotkania. Puste: do początku wydarzenia."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("utworzył(a)"),
    )

    class Meta:
        verbose_name = _("sesja spotkań B2B")
        verbose_name_plural = _("sesje spotkań B2B")

    def __str__(self) -> str:
        return f"B2B · {self.event}"

    def get_absolute_url(self) -> str:
        return reverse("b2b:session", kwargs={"event_pk": self.event_id})

    @property
    def requests_close_at(self) -> datetime.datetime:
        return self.request_deadline or self.event.starts_at


class TimeWindow(models.Model):
    """A stretch of the event given to B2B meetings, e.g. 10:00–12:00; cut into slots of `slot_minutes`."""

    session = models.ForeignKey(B2BSession, on_delete=models.CASCADE, related_name="windows")
    starts_at = models.DateTimeField(_("od"))
    ends_at = models.DateTimeField(_("do"))

    class Meta:
        verbose_name = _("przedział czasu na spotkania")
        verbose_name_plural = _("przedziały czasu na spotkania")
        ordering = ["starts_at", "pk"]
        constraints = [
            models.CheckConstraint(condition=models.Q(ends_at__gt=models.F("starts_at")), name="b2b_window_ends_after")
        ]

    def __str__(self) -> str:
        return f"{self.starts_at:%Y-%m-%d %H:%M}–{self.ends_at:%H:%M}"


class B2BProfile(TimeStampedModel):
    """What one participant offers and seeks at one event; other participants see it in the directory."""

    session = models.ForeignKey(B2BSession, on_delete=models.CASCADE, related_name="profiles")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="b2b_profiles")
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organizacja"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    offer = models.TextField(_("co oferuję"), max_length=2000)
    seek = models.TextField(_("czego szukam"), max_length=2000)
    competences = models.ManyToManyField(Competence, verbose_name=_("kompetencje"), blank=True, related_name="+")

    class Meta:
        verbose_name = _("profil B2B")
        verbose_name_plural = _("profile B2B")
        ordering = ["user__last_name", "user__first_name", "pk"]
        constraints = [models.UniqueConstraint(fields=["session", "user"], name="b2b_profile_once_per_person")]

    def __str__(self) -> str:
        return f"{self.user} @ {self.session}"


class MeetingStatus(models.TextChoices):
    PENDING = "pending", _("czeka na odpowiedź")
    ACCEPTED = "accepted", _("przyjęte")
    DECLINED = "declined", _("odrzucone")
    WITHDRAWN = "withdrawn", _("wycofane")
    CANCELLED = "cancelled", _("odwołane")


OPEN_STATUSES = (MeetingStatus.PENDING, MeetingStatus.ACCEPTED)


class MeetingQuerySet(models.QuerySet["Meeting"]):
    def accepted(self) -> "MeetingQuerySet":
        return self.filter(status=MeetingStatus.ACCEPTED)

    def involving(self, user: object) -> "MeetingQuerySet":
        return self.filter(models.Q(requester=user) | models.Q(recipient=user))


class Meeting(TimeStampedModel):
    """A request for a one-to-one meeting; once accepted, it may get a slot (`starts_at`) and a table."""

    session = models.ForeignKey(B2BSession, on_delete=models.CASCADE, related_name="meetings")
    requester = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    message = models.TextField(_("wiadomość"), max_length=1000, blank=True)
    status = models.CharField(_("status"), max_length=16, choices=MeetingStatus.choices, default=MeetingStatus.PENDING)
    answered_at = models.DateTimeField(_("odpowiedziano"), null=True, blank=True)
    starts_at = models.DateTimeField(_("początek"), null=True, blank=True)
    table = models.PositiveSmallIntegerField(_("stolik"), null=True, blank=True)
    cancelled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("odwołał(a)"),
    )
    cancelled_at = models.DateTimeField(_("odwołano"), null=True, blank=True)

    objects = MeetingQuerySet.as_manager()

    # Attached for one viewer by selectors.agenda_for; never stored.
    partner: Any
    partner_profile: "B2BProfile | None"
    my_outcome: "MeetingOutcome | None"

    class Meta:
        verbose_name = _("spotkanie B2B")
        verbose_name_plural = _("spotkania B2B")
        ordering = ["starts_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(requester=models.F("recipient")), name="b2b_meeting_not_with_oneself"
            ),
            # One request in play per pair, whichever of the two asked.
            models.UniqueConstraint(
                models.F("session"),
                Least("requester", "recipient"),
                Greatest("requester", "recipient"),
                condition=models.Q(status__in=[MeetingStatus.PENDING, MeetingStatus.ACCEPTED]),
                name="b2b_meeting_one_open_per_pair",
            ),
            models.UniqueConstraint(
                fields=["session", "starts_at", "table"],
                condition=models.Q(starts_at__isnull=False),
                name="b2b_meeting_one_per_table_and_slot",
            ),
            models.CheckConstraint(
                condition=models.Q(starts_at__isnull=True, table__isnull=True)
                | models.Q(starts_at__isnull=False, table__isnull=False, status=MeetingStatus.ACCEPTED),
                name="b2b_meeting_placed_only_when_accepted",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.requester} ↔ {self.recipient} ({self.status})"

    def partner_of(self, user: Any) -> Any:
        return self.recipient if self.requester_id == getattr(user, "pk", None) else self.requester

    def partner_id_of(self, user: Any) -> int:
        return self.recipient_id if self.requester_id == getattr(user, "pk", None) else self.requester_id

    def has_taken_place(self, now: datetime.datetime) -> bool:
        """A scheduled meeting has once its slot began; one agreed without a slot, once the event is over."""
        if self.starts_at is not None:
            return self.starts_at <= now
        return self.session.event.has_ended(now)

    @property
    def ends_at(self) -> datetime.datetime | None:
        if self.starts_at is None:
            return None
        return self.starts_at + datetime.timedelta(minutes=self.session.slot_minutes)


class MeetingSeat(models.Model):
    """One person's seat in one scheduled meeting; unique per slot, so nobody is booked twice at once."""

    session = models.ForeignKey(B2BSession, on_delete=models.CASCADE, related_name="+")
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="seats")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    starts_at = models.DateTimeField()

    class Meta:
        verbose_name = _("miejsce przy stoliku")
        verbose_name_plural = _("miejsca przy stolikach")
        constraints = [
            models.UniqueConstraint(fields=["session", "starts_at", "user"], name="b2b_seat_person_once_per_slot"),
            models.UniqueConstraint(fields=["meeting", "user"], name="b2b_seat_once_per_meeting"),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} @ {self.starts_at:%Y-%m-%d %H:%M}"


class Outcome(models.TextChoices):
    # Ordered from the least to the most: the cluster counts a meeting under the lower of two answers.
    NONE = "none", _("bez dalszych kroków")
    FOLLOW_UP = "follow_up", _("umówiliśmy dalsze rozmowy")
    COOPERATION = "cooperation", _("rozpoczęliśmy współpracę")


OUTCOME_RANK = {value: rank for rank, value in enumerate(Outcome.values)}


class MeetingOutcome(TimeStampedModel):
    """What one side says came of a meeting, recorded after it took place."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="outcomes")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    outcome = models.CharField(_("efekt spotkania"), max_length=16, choices=Outcome.choices)
    note = models.TextField(_("notatka"), max_length=1000, blank=True)

    class Meta:
        verbose_name = _("efekt spotkania B2B")
        verbose_name_plural = _("efekty spotkań B2B")
        constraints = [models.UniqueConstraint(fields=["meeting", "user"], name="b2b_outcome_once_per_side")]

    def __str__(self) -> str:
        return f"{self.meeting_id}: {self.outcome}"
