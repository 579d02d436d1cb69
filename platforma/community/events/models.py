from datetime import datetime
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from platforma.core.models import TimeStampedModel, Visibility
from platforma.organisations.models import Organisation
from platforma.taxonomy.models import Competence


class EventStatus(models.TextChoices):
    DRAFT = "draft", _("szkic")
    PUBLISHED = "published", _("opublikowane")
    CANCELLED = "cancelled", _("odwołane")


class EventQuerySet(models.QuerySet["Event"]):
    def published(self) -> "EventQuerySet":
        """Published and cancelled events: a cancelled event stays on show, marked as cancelled."""
        return self.exclude(status=EventStatus.DRAFT)

    def upcoming(self, now: datetime) -> "EventQuerySet":
        """Not yet over: an event that has started but not ended is still upcoming."""
        return self.filter(ends_at__gt=now)

    def past(self, now: datetime) -> "EventQuerySet":
        return self.filter(ends_at__lte=now)


class Event(TimeStampedModel):
    """A meeting of the cluster: a workshop, a conference, a site visit, a B2B matchmaking day.

    Times are stored in UTC and shown in Europe/Warsaw (settings.TIME_ZONE).
    """

    title = models.CharField(_("tytuł"), max_length=200)
    description = models.TextField(_("opis"), help_text=_("Można używać Markdown."))
    starts_at = models.DateTimeField(_("początek"))
    ends_at = models.DateTimeField(_("koniec"))
    place = models.CharField(_("miejsce"), max_length=200, blank=True, help_text=_("Nazwa i adres sali."))
    town = models.CharField(_("miejscowość"), max_length=100, blank=True)
    online_url = models.URLField(_("link do spotkania online"), blank=True)
    # None means no limit on the number of participants.
    capacity = models.PositiveIntegerField(_("liczba miejsc"), null=True, blank=True)
    registration_closes_at = models.DateTimeField(_("zapisy do"), null=True, blank=True)
    organiser = models.ForeignKey(
        Organisation, verbose_name=_("organizator"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("utworzył(a)"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(_("status"), max_length=16, choices=EventStatus.choices, default=EventStatus.DRAFT)
    # Events are public or for cluster members; "restricted" (named organisations) is not offered for events.
    visibility = models.CharField(_("widoczność"), max_length=20, choices=Visibility.choices, default=Visibility.PUBLIC)
    competences = models.ManyToManyField(Competence, verbose_name=_("kompetencje"), blank=True, related_name="+")
    published_at = models.DateTimeField(_("opublikowano"), null=True, blank=True)
    # The iCalendar SEQUENCE: calendar programs replace their copy only when it grows (RFC 5545 §3.8.7.4).
    sequence = models.PositiveIntegerField(_("wersja"), default=0)

    objects = EventQuerySet.as_manager()

    class Meta:
        verbose_name = _("wydarzenie")
        verbose_name_plural = _("wydarzenia")
        ordering = ["starts_at", "pk"]
        indexes = [models.Index(fields=["status", "starts_at"], name="event_status_start_idx")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")), name="event_ends_after_start"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("events:detail", kwargs={"pk": self.pk})

    @property
    def is_published(self) -> bool:
        return self.status == EventStatus.PUBLISHED

    @property
    def is_cancelled(self) -> bool:
        return self.status == EventStatus.CANCELLED

    @property
    def is_online(self) -> bool:
        return bool(self.online_url)

    @property
    def is_in_person(self) -> bool:
        return bool(self.place or self.town)

    def has_ended(self, now: datetime) -> bool:
        return self.ends_at <= now

    def has_started(self, now: datetime) -> bool:
        return self.starts_at <= now

    def clean(self) -> None:
        errors: dict[str, Any] = {}
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            errors["ends_at"] = _("Koniec wydarzenia musi być później niż jego początek.")
        if self.registration_closes_at and self.starts_at and self.registration_closes_at > self.starts_at:
            errors["registration_closes_at"] = _("Zapisy muszą się zakończyć najpóźniej w chwili rozpoczęcia.")
        if not (self.place or self.town or self.online_url):
            errors["place"] = _("Podaj miejsce wydarzenia albo link do spotkania online.")
        if self.visibility == Visibility.RESTRICTED:
            errors["visibility"] = _("Wydarzenie może być publiczne albo tylko dla członków klastra.")
        if errors:
            raise ValidationError(errors)


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("zapisany(-a)")
    WAITING = "waiting", _("na liście rezerwowej")
    CANCELLED = "cancelled", _("rezygnacja")


class Registration(TimeStampedModel):
    """One person's place at an event. The waiting list is ordered by `waiting_since` (first come, first served)."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="registrations")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="event_registrations")
    # The organisation the person comes for, if any (shown to other participants, counted by the cluster).
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organizacja"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(_("status"), max_length=16, choices=RegistrationStatus.choices)
    waiting_since = models.DateTimeField(_("na liście rezerwowej od"), null=True, blank=True)
    promoted_at = models.DateTimeField(_("przeniesiono z listy rezerwowej"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("zrezygnowano"), null=True, blank=True)
    reminder_sent_at = models.DateTimeField(_("wysłano przypomnienie"), null=True, blank=True)

    class Meta:
        verbose_name = _("zapis na wydarzenie")
        verbose_name_plural = _("zapisy na wydarzenia")
        constraints = [models.UniqueConstraint(fields=["event", "user"], name="registration_once_per_person")]
        indexes = [models.Index(fields=["event", "status", "waiting_since"], name="registration_queue_idx")]

    def __str__(self) -> str:
        return f"{self.user_id} @ {self.event_id} ({self.status})"
