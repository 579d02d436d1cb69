from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from platforma.community.notifications.kinds import Delivery
from platforma.organisations.models import Organisation


class Activity(models.Model):
    """One thing that happened, recorded once by `notify()`.

    It feeds the activity streams (home page, organisation pages) and is what each Notification points
    at, so "3 new comments on …" is a grouping of activities, and nothing is copied per recipient.
    """

    verb = models.CharField(_("rodzaj"), max_length=64)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("kto"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    target_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    target_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("target_type", "target_id")
    # The organisation whose activity this is: its page shows the stream of these rows.
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organizacja"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    summary = models.CharField(_("opis"), max_length=300, blank=True)
    # False for private business (an invitation, a B2B request): notified, but not shown in public streams.
    in_stream = models.BooleanField(_("w strumieniu aktywności"), default=True)
    created_at = models.DateTimeField(_("kiedy"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("aktywność")
        verbose_name_plural = _("aktywności")
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["target_type", "target_id", "-created_at"], name="activity_target_idx"),
            models.Index(fields=["organisation", "-created_at"], name="activity_org_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.verb} · {self.summary}"


class Notification(models.Model):
    recipient = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications")
    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="notifications")
    # The delivery chosen when the notification was made; a later change of preference does not re-send.
    delivery = models.CharField(_("dostarczenie"), max_length=16, choices=Delivery.choices)
    read_at = models.DateTimeField(_("przeczytano"), null=True, blank=True)
    emailed_at = models.DateTimeField(_("wysłano e-mailem"), null=True, blank=True)
    created_at = models.DateTimeField(_("utworzono"), default=timezone.now)

    class Meta:
        verbose_name = _("powiadomienie")
        verbose_name_plural = _("powiadomienia")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["recipient", "activity"], name="notification_once_per_activity"),
        ]
        indexes = [
            models.Index(fields=["recipient", "read_at"], name="notification_unread_idx"),
            models.Index(fields=["delivery", "emailed_at"], name="notification_pending_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.recipient_id} ← {self.activity_id}"


class NotificationPreference(models.Model):
    """A person's delivery for one kind of notification; without a row the kind's default applies."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_preferences"
    )
    verb = models.CharField(_("rodzaj"), max_length=64)
    delivery = models.CharField(_("dostarczenie"), max_length=16, choices=Delivery.choices)

    class Meta:
        verbose_name = _("ustawienie powiadomień")
        verbose_name_plural = _("ustawienia powiadomień")
        constraints = [models.UniqueConstraint(fields=["user", "verb"], name="preference_once_per_kind")]

    def __str__(self) -> str:
        return f"{self.user_id}: {self.verb} → {self.delivery}"


class Follow(models.Model):
    """A person follows an organisation, a competence, a challenge, an initiative or an event."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="follows")
    target_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    target_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("target_type", "target_id")
    # A per-topic choice; empty means "as the kind of notification says".
    delivery = models.CharField(_("dostarczenie"), max_length=16, choices=Delivery.choices, blank=True)
    created_at = models.DateTimeField(_("od kiedy"), default=timezone.now)

    class Meta:
        verbose_name = _("obserwowanie")
        verbose_name_plural = _("obserwowania")
        constraints = [
            models.UniqueConstraint(fields=["user", "target_type", "target_id"], name="follow_once"),
        ]
        indexes = [models.Index(fields=["target_type", "target_id"], name="follow_target_idx")]

    def __str__(self) -> str:
        return f"{self.user_id} → {self.target_type_id}:{self.target_id}"


class NotificationSettings(models.Model):
    """A person's switches that are not per kind. Without a row, the defaults below apply."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_settings"
    )
    # The master switch: off means no daily or weekly digest at all, whatever each kind says.
    digests_enabled = models.BooleanField(_("wysyłaj podsumowania e-mailem"), default=True)
    updated_at = models.DateTimeField(_("zmieniono"), auto_now=True)

    class Meta:
        verbose_name = _("ustawienia e-maili")
        verbose_name_plural = _("ustawienia e-maili")

    def __str__(self) -> str:
        return f"{self.user_id}: digests {'on' if self.digests_enabled else 'off'}"


class DigestPeriod(models.TextChoices):
    DAILY = "daily", _("dzienne")
    WEEKLY = "weekly", _("tygodniowe")


class DigestRun(models.Model):
    """One sending of the daily or weekly digest; unique per period, so a week is never sent twice."""

    period = models.CharField(_("okres"), max_length=16, choices=DigestPeriod.choices)
    # The local date the period starts on: the day (daily) or the Monday (weekly), Europe/Warsaw.
    period_start = models.DateField(_("początek okresu"))
    # Notifications made after this moment wait for the next run.
    cutoff = models.DateTimeField(_("stan na"))
    recipients = models.PositiveIntegerField(_("adresaci"), default=0)
    batches = models.PositiveIntegerField(_("paczki"), default=0)
    emails_sent = models.PositiveIntegerField(_("wysłane e-maile"), default=0)
    created_at = models.DateTimeField(_("rozpoczęto"), default=timezone.now)

    class Meta:
        verbose_name = _("wysyłka podsumowania")
        verbose_name_plural = _("wysyłki podsumowań")
        ordering = ["-created_at"]
        constraints = [models.UniqueConstraint(fields=["period", "period_start"], name="digest_run_once_per_period")]

    def __str__(self) -> str:
        return f"{self.period} {self.period_start}"
