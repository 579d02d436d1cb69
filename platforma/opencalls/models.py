"""Open calls: a challenge opened to outside solvers, their proposals, and the evaluation that picks a pilot.

A call has no stored status. Its state follows from the clock and from the owner's decision:
open until the deadline, closed (being evaluated) after it, decided once the owner picks a winner or
ends it without one. Storing a status would let it disagree with the deadline; the server refuses
late proposals by comparing with the clock, whatever a stored field says.
"""

from datetime import datetime

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Case, F, IntegerField, Q, Value, When
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from platforma.core.models import TimeStampedModel
from platforma.core.storage import private_storage, random_name

MAX_SCORE = 10
MAX_WEIGHT = 100
MAX_ATTACHMENTS = 5


class Eligibility(models.TextChoices):
    MEMBERS = "members", _("tylko członkowie klastra")
    EVERYONE = "everyone", _("wszyscy — także osoby bez organizacji, np. studenci i naukowcy")


class CallState(models.TextChoices):
    OPEN = "open", _("otwarty")
    CLOSED = "closed", _("zamknięty — trwa ocena")
    DECIDED = "decided", _("rozstrzygnięty")


# The order of the list: open calls first, then the ones being evaluated, then the decided ones.
STATE_RANK = {CallState.OPEN: 0, CallState.CLOSED: 1, CallState.DECIDED: 2}


class OpenCallQuerySet(models.QuerySet["OpenCall"]):
    def open_at(self, now: datetime) -> "OpenCallQuerySet":
        return self.filter(decided_at__isnull=True, deadline__gt=now)

    def closed_at(self, now: datetime) -> "OpenCallQuerySet":
        return self.filter(decided_at__isnull=True, deadline__lte=now)

    def decided(self) -> "OpenCallQuerySet":
        return self.filter(decided_at__isnull=False)

    def in_state(self, state: str, now: datetime) -> "OpenCallQuerySet":
        if state == CallState.OPEN:
            return self.open_at(now)
        if state == CallState.CLOSED:
            return self.closed_at(now)
        return self.decided()

    def listing_order(self, now: datetime) -> "OpenCallQuerySet":
        """Open calls by the nearest deadline, then closed and decided ones, the latest deadline first."""
        rank = Case(
            When(decided_at__isnull=False, then=Value(STATE_RANK[CallState.DECIDED])),
            When(deadline__lte=now, then=Value(STATE_RANK[CallState.CLOSED])),
            default=Value(STATE_RANK[CallState.OPEN]),
            output_field=IntegerField(),
        )
        open_deadline = Case(When(decided_at__isnull=True, deadline__gt=now, then=F("deadline")), default=None)
        return self.annotate(state_rank=rank, open_deadline=open_deadline).order_by(
            "state_rank", F("open_deadline").asc(nulls_last=True), "-deadline", "-pk"
        )


class OpenCall(TimeStampedModel):
    """A challenge opened to solvers: a deadline, weighted criteria, who may answer, and terms to accept."""

    challenge = models.ForeignKey(
        "challenges.Challenge", verbose_name=_("wyzwanie"), on_delete=models.PROTECT, related_name="open_calls"
    )
    # Empty when the coordinator runs the call: then coordinators own it and the challenge's organisation
    # leads the pilot.
    owner_organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("organizacja prowadząca nabór"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="open_calls",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("ogłosił(a)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    title = models.CharField(_("tytuł naboru"), max_length=200)
    summary = models.TextField(_("opis naboru (Markdown)"), max_length=20000)
    deadline = models.DateTimeField(_("termin składania propozycji"))
    eligibility = models.CharField(
        _("kto może odpowiedzieć"), max_length=20, choices=Eligibility.choices, default=Eligibility.EVERYONE
    )
    terms = models.TextField(_("oświadczenie o poufności i własności intelektualnej"), max_length=10000)
    # Raised whenever the statement's text changes, so that each acceptance names the text it accepted.
    terms_version = models.PositiveIntegerField(_("wersja oświadczenia"), default=1)
    decided_at = models.DateTimeField(_("rozstrzygnięto"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("rozstrzygnął(-ęła)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    winner = models.ForeignKey(
        "CallProposal",
        verbose_name=_("zwycięska propozycja"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decision_note = models.TextField(_("uzasadnienie rozstrzygnięcia"), blank=True, max_length=5000)
    pilot = models.ForeignKey(
        "initiatives.Initiative",
        verbose_name=_("przedsięwzięcie pilotażowe"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="source_calls",
    )

    objects = OpenCallQuerySet.as_manager()

    class Meta:
        ordering = ["-deadline", "-pk"]
        verbose_name = _("nabór")
        verbose_name_plural = _("nabory")
        indexes = [models.Index(fields=["decided_at", "deadline"])]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("opencalls:detail", kwargs={"pk": self.pk})

    @property
    def is_coordinator_run(self) -> bool:
        return self.owner_organisation_id is None

    @property
    def is_decided(self) -> bool:
        return self.decided_at is not None

    def state_at(self, now: datetime | None = None) -> str:
        if self.decided_at is not None:
            return CallState.DECIDED
        if (now or timezone.now()) < self.deadline:
            return CallState.OPEN
        return CallState.CLOSED

    @property
    def state(self) -> str:
        return self.state_at()

    def get_state_display(self) -> str:
        return str(CallState(self.state).label)

    @property
    def is_open(self) -> bool:
        return self.state == CallState.OPEN

    @property
    def lead_organisation_id(self) -> int:
        """The organisation that leads the pilot: the owner's, or the challenge's when the coordinator runs it."""
        return self.owner_organisation_id or self.challenge.organisation_id


class Criterion(models.Model):
    call = models.ForeignKey(OpenCall, verbose_name=_("nabór"), on_delete=models.CASCADE, related_name="criteria")
    name = models.CharField(_("kryterium"), max_length=120)
    weight = models.PositiveSmallIntegerField(
        _("waga"), validators=[MinValueValidator(1), MaxValueValidator(MAX_WEIGHT)]
    )
    position = models.PositiveSmallIntegerField(_("kolejność"), default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("kryterium oceny")
        verbose_name_plural = _("kryteria oceny")
        constraints = [
            models.UniqueConstraint(
                fields=["call", "name"],
                name="opencalls_unique_criterion_name",
                violation_error_message=_("Kryteria jednego naboru muszą mieć różne nazwy."),
            ),
            models.CheckConstraint(
                condition=Q(weight__gte=1) & Q(weight__lte=MAX_WEIGHT), name="opencalls_criterion_weight_positive"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.weight})"


class Evaluator(models.Model):
    """A person the owner asked to score the proposals of one call."""

    call = models.ForeignKey(OpenCall, verbose_name=_("nabór"), on_delete=models.CASCADE, related_name="evaluators")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("oceniający"),
        on_delete=models.CASCADE,
        related_name="open_call_evaluator_roles",
    )
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("dodano"), auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("oceniający")
        verbose_name_plural = _("oceniający")
        constraints = [
            models.UniqueConstraint(
                fields=["call", "user"],
                name="opencalls_one_evaluator_role_per_person",
                violation_error_message=_("Ta osoba już jest oceniającym w tym naborze."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} → {self.call}"


class ProposalStatus(models.TextChoices):
    SUBMITTED = "submitted", _("złożona")
    WITHDRAWN = "withdrawn", _("wycofana")
    SELECTED = "selected", _("wybrana")
    NOT_SELECTED = "not_selected", _("niewybrana")


class CallProposal(TimeStampedModel):
    """An answer to a call, by a person alone or for an organisation. Separate from challenges.Proposal:
    it carries attachments, accepted terms and scores, and it is decided by the call, not one by one."""

    call = models.ForeignKey(OpenCall, verbose_name=_("nabór"), on_delete=models.CASCADE, related_name="proposals")
    # SET_NULL: a proposal made for an organisation stays in the evaluation when its author deletes the account.
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("autor"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="call_proposals",
    )
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("w imieniu organizacji"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="call_proposals",
    )
    title = models.CharField(_("tytuł propozycji"), max_length=200)
    description = models.TextField(_("opis rozwiązania (Markdown)"), max_length=20000)
    status = models.CharField(
        _("status"), max_length=20, choices=ProposalStatus.choices, default=ProposalStatus.SUBMITTED
    )
    terms_accepted_at = models.DateTimeField(_("oświadczenie zaakceptowano"))
    terms_version = models.PositiveIntegerField(_("zaakceptowana wersja oświadczenia"))
    # The very words accepted: the call's statement may change later, the acceptance must not.
    terms_text = models.TextField(_("treść zaakceptowanego oświadczenia"), max_length=10000)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("propozycja w naborze")
        verbose_name_plural = _("propozycje w naborach")
        constraints = [
            models.UniqueConstraint(
                fields=["call", "author"],
                condition=~Q(status="withdrawn"),
                name="opencalls_one_live_proposal_per_author",
                violation_error_message=_("Masz już propozycję w tym naborze — możesz ją edytować."),
            )
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("opencalls:proposal_detail", kwargs={"pk": self.call_id, "proposal_pk": self.pk})

    @property
    def is_live(self) -> bool:
        return self.status != ProposalStatus.WITHDRAWN


def _attachment_path(instance: "ProposalAttachment", filename: str) -> str:
    return random_name("opencalls", filename)


class AttachmentKind(models.TextChoices):
    PDF = "pdf", "PDF"
    ODT = "odt", "ODT"
    DOCX = "docx", "DOCX"
    XLSX = "xlsx", "XLSX"


class ProposalAttachment(models.Model):
    proposal = models.ForeignKey(
        CallProposal, verbose_name=_("propozycja"), on_delete=models.CASCADE, related_name="attachments"
    )
    file = models.FileField(_("plik"), storage=private_storage, upload_to=_attachment_path, max_length=255)
    name = models.CharField(_("nazwa pliku"), max_length=200)
    kind = models.CharField(_("rodzaj"), max_length=10, choices=AttachmentKind.choices)
    size = models.PositiveIntegerField(_("rozmiar w bajtach"))
    created_at = models.DateTimeField(_("dodano"), auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("załącznik")
        verbose_name_plural = _("załączniki")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse(
            "opencalls:attachment",
            kwargs={"pk": self.proposal.call_id, "attachment_pk": self.pk},
        )


class Evaluation(TimeStampedModel):
    """One evaluator's scores of one proposal, with the comment its authors receive as feedback."""

    evaluator = models.ForeignKey(
        Evaluator, verbose_name=_("oceniający"), on_delete=models.CASCADE, related_name="evaluations"
    )
    proposal = models.ForeignKey(
        CallProposal, verbose_name=_("propozycja"), on_delete=models.CASCADE, related_name="evaluations"
    )
    comment = models.TextField(_("komentarz dla autorów"), max_length=5000)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("ocena")
        verbose_name_plural = _("oceny")
        constraints = [
            models.UniqueConstraint(
                fields=["evaluator", "proposal"],
                name="opencalls_one_evaluation_per_evaluator",
                violation_error_message=_("Ta propozycja ma już Twoją ocenę — możesz ją zmienić."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.evaluator} → {self.proposal}"


class EvaluationScore(models.Model):
    evaluation = models.ForeignKey(Evaluation, verbose_name=_("ocena"), on_delete=models.CASCADE, related_name="scores")
    criterion = models.ForeignKey(
        Criterion, verbose_name=_("kryterium"), on_delete=models.CASCADE, related_name="scores"
    )
    score = models.PositiveSmallIntegerField(
        _("punkty"), validators=[MinValueValidator(0), MaxValueValidator(MAX_SCORE)]
    )

    class Meta:
        ordering = ["criterion__position", "criterion_id"]
        verbose_name = _("punkty za kryterium")
        verbose_name_plural = _("punkty za kryteria")
        constraints = [
            models.UniqueConstraint(fields=["evaluation", "criterion"], name="opencalls_one_score_per_criterion"),
            models.CheckConstraint(condition=Q(score__lte=MAX_SCORE), name="opencalls_score_at_most_ten"),
        ]

    def __str__(self) -> str:
        return f"{self.criterion.name}: {self.score}"
