from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from platforma.core.models import TimeStampedModel, Visibility


class ChallengeStatus(models.TextChoices):
    DRAFT = "draft", _("szkic")
    OPEN = "open", _("otwarte")
    IN_PROGRESS = "in_progress", _("w realizacji")
    SOLVED = "solved", _("rozwiązane")
    ARCHIVED = "archived", _("zarchiwizowane")


# Which status an owner may move a challenge to from each status.
ALLOWED_TRANSITIONS: dict[str, set[str]] = {
    ChallengeStatus.DRAFT: {ChallengeStatus.OPEN, ChallengeStatus.ARCHIVED},
    ChallengeStatus.OPEN: {ChallengeStatus.IN_PROGRESS, ChallengeStatus.SOLVED, ChallengeStatus.ARCHIVED},
    ChallengeStatus.IN_PROGRESS: {ChallengeStatus.OPEN, ChallengeStatus.SOLVED, ChallengeStatus.ARCHIVED},
    ChallengeStatus.SOLVED: {ChallengeStatus.ARCHIVED, ChallengeStatus.IN_PROGRESS},
    ChallengeStatus.ARCHIVED: {ChallengeStatus.OPEN},
}


# Statuses in which a challenge still looks for solutions: proposals are accepted only then.
ACTIVE_STATUSES: tuple[str, ...] = (ChallengeStatus.OPEN, ChallengeStatus.IN_PROGRESS)


class ChallengeQuerySet(models.QuerySet["Challenge"]):
    def published(self) -> "ChallengeQuerySet":
        return self.exclude(status=ChallengeStatus.DRAFT).filter(is_hidden=False)

    def newest_first(self) -> "ChallengeQuerySet":
        # NULLs sort differently on SQLite and PostgreSQL; unpublished drafts go last on both.
        # The index `challenge_newest_first` (migration 0004) serves exactly this order on both engines.
        return self.order_by(models.F("published_at").desc(nulls_last=True), "-pk")


class Challenge(TimeStampedModel):
    """An environmental problem reported by a member organisation."""

    title = models.CharField(_("tytuł"), max_length=200)
    description = models.TextField(_("opis problemu (Markdown)"), max_length=20000)
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("zgłaszająca organizacja"),
        on_delete=models.PROTECT,
        related_name="challenges",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("autor"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="authored_challenges",
    )
    city = models.CharField(_("miejscowość"), max_length=120)
    latitude = models.DecimalField(_("szerokość geograficzna"), max_digits=8, decimal_places=5, null=True, blank=True)
    longitude = models.DecimalField(_("długość geograficzna"), max_digits=8, decimal_places=5, null=True, blank=True)
    competences = models.ManyToManyField(
        "taxonomy.Competence", verbose_name=_("potrzebne kompetencje"), blank=True, related_name="challenges"
    )
    visibility = models.CharField(_("widoczność"), max_length=20, choices=Visibility.choices, default=Visibility.PUBLIC)
    visible_to = models.ManyToManyField(
        "organisations.Organisation",
        verbose_name=_("widoczne dla organizacji"),
        blank=True,
        related_name="challenges_shared_with",
    )
    status = models.CharField(
        _("status"), max_length=20, choices=ChallengeStatus.choices, default=ChallengeStatus.DRAFT
    )
    published_at = models.DateTimeField(_("opublikowano"), null=True, blank=True)
    # Moderation by the coordinator: a hidden challenge is seen only by its organisation and coordinators.
    is_hidden = models.BooleanField(_("ukryte przez moderację"), default=False)
    moderation_note = models.TextField(_("uwaga moderatora"), blank=True, max_length=2000)

    objects = ChallengeQuerySet.as_manager()

    class Meta:
        ordering = [models.F("published_at").desc(nulls_last=True), "-pk"]
        verbose_name = _("wyzwanie")
        verbose_name_plural = _("wyzwania")
        indexes = [
            models.Index(fields=["status", "visibility", "-published_at"]),
            models.Index(fields=["city"]),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("challenges:detail", kwargs={"pk": self.pk})

    @property
    def is_published(self) -> bool:
        return self.status != ChallengeStatus.DRAFT and not self.is_hidden

    @property
    def has_coordinates(self) -> bool:
        return self.latitude is not None and self.longitude is not None


class ChallengeStatusChange(models.Model):
    """Who moved a challenge to which status, and when."""

    challenge = models.ForeignKey(
        Challenge, verbose_name=_("wyzwanie"), on_delete=models.CASCADE, related_name="status_changes"
    )
    from_status = models.CharField(_("poprzedni status"), max_length=20, choices=ChallengeStatus.choices, blank=True)
    to_status = models.CharField(_("nowy status"), max_length=20, choices=ChallengeStatus.choices)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("zmienił(a)"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    changed_at = models.DateTimeField(_("kiedy"), auto_now_add=True)
    note = models.CharField(_("uwaga"), max_length=500, blank=True)

    class Meta:
        ordering = ["changed_at", "pk"]
        verbose_name = _("zmiana statusu")
        verbose_name_plural = _("historia statusów")

    def __str__(self) -> str:
        return f"{self.challenge_id}: {self.from_status} → {self.to_status}"


class ChallengeSupport(TimeStampedModel):
    """ "We face it too": another organisation says it has the same problem."""

    challenge = models.ForeignKey(
        Challenge, verbose_name=_("wyzwanie"), on_delete=models.CASCADE, related_name="supports"
    )
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("organizacja"),
        on_delete=models.CASCADE,
        related_name="challenge_supports",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("zgłosił(a)"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    note = models.TextField(_("jak ten problem wygląda u nas"), blank=True, max_length=2000)

    class Meta:
        verbose_name = _("„my też”")
        verbose_name_plural = _("„my też”")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["challenge", "organisation"],
                name="one_support_per_organisation",
                violation_error_message=_("Ta organizacja już zgłosiła, że ten problem dotyczy także jej."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.organisation} → {self.challenge}"


class ProposalStatus(models.TextChoices):
    SUBMITTED = "submitted", _("zgłoszona")
    ACCEPTED = "accepted", _("przyjęta")
    DECLINED = "declined", _("odrzucona")
    WITHDRAWN = "withdrawn", _("wycofana")


class Proposal(TimeStampedModel):
    """A proposed solution, by an organisation or by a specialist acting alone (organisation empty)."""

    challenge = models.ForeignKey(
        Challenge, verbose_name=_("wyzwanie"), on_delete=models.CASCADE, related_name="proposals"
    )
    # SET_NULL: a proposal made for an organisation stays with the challenge when its author deletes the account.
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("autor"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="proposals",
    )
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("w imieniu organizacji"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="proposals",
    )
    title = models.CharField(_("tytuł propozycji"), max_length=200)
    description = models.TextField(_("opis rozwiązania (Markdown)"), max_length=20000)
    status = models.CharField(
        _("status"), max_length=20, choices=ProposalStatus.choices, default=ProposalStatus.SUBMITTED
    )

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("propozycja rozwiązania")
        verbose_name_plural = _("propozycje rozwiązań")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        """A proposal is read on its challenge's page, where its heading carries this anchor."""
        return reverse("challenges:detail", kwargs={"pk": self.challenge_id}) + f"#proposal-{self.pk}"
