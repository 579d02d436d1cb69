import datetime

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from platforma.core.models import TimeStampedModel
from platforma.organisations.models import ClusterStatus
from platforma.talent.storage import PrivateFileField, cv_upload_to, private_storage


class OfferKind(models.TextChoices):
    JOB = "job", _("praca")
    INTERNSHIP = "internship", _("staż")
    APPRENTICESHIP = "apprenticeship", _("praktyka zawodowa / kształcenie dualne")
    TRAINING = "training", _("szkolenie")
    ASSIGNMENT = "assignment", _("krótkie zlecenie eksperckie")


class WorkingTime(models.TextChoices):
    FULL_TIME = "full_time", _("pełny etat")
    PART_TIME = "part_time", _("część etatu")
    FLEXIBLE = "flexible", _("elastycznie / do uzgodnienia")


class PayPeriod(models.TextChoices):
    HOUR = "hour", _("za godzinę")
    DAY = "day", _("za dzień")
    MONTH = "month", _("miesięcznie")
    TOTAL = "total", _("za całość")


class OfferQuerySet(models.QuerySet["Offer"]):
    def open_on(self, day: datetime.date) -> "OfferQuerySet":
        """Still taking applications on `day`: not closed, deadline not passed, organisation in the cluster.

        No cron job closes expired offers: the list asks for today's date every time."""
        return self.filter(
            closed_at__isnull=True,
            deadline__gte=day,
            organisation__cluster_status=ClusterStatus.MEMBER,
        )

    def open(self) -> "OfferQuerySet":
        return self.open_on(timezone.localdate())


class Offer(TimeStampedModel):
    """A job, internship, dual-education place, training course or short assignment offered by a member."""

    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("organizacja"),
        on_delete=models.PROTECT,
        related_name="job_offers",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("autor"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="authored_job_offers",
    )
    kind = models.CharField(_("rodzaj oferty"), max_length=20, choices=OfferKind.choices)
    title = models.CharField(_("tytuł"), max_length=200)
    description = models.TextField(_("opis (Markdown)"), max_length=20000)
    competences = models.ManyToManyField(
        "taxonomy.Competence", verbose_name=_("kompetencje"), blank=True, related_name="job_offers"
    )
    city = models.CharField(_("miejscowość"), max_length=120, blank=True)
    is_remote = models.BooleanField(_("możliwa praca zdalna"), default=False)
    working_time = models.CharField(
        _("wymiar czasu"), max_length=20, choices=WorkingTime.choices, default=WorkingTime.FULL_TIME
    )
    hours_note = models.CharField(_("godziny (opis)"), max_length=200, blank=True)
    pay_min = models.PositiveIntegerField(_("wynagrodzenie od (zł)"), null=True, blank=True)
    pay_max = models.PositiveIntegerField(_("wynagrodzenie do (zł)"), null=True, blank=True)
    pay_period = models.CharField(_("okres wynagrodzenia"), max_length=10, choices=PayPeriod.choices, blank=True)
    deadline = models.DateField(_("termin zgłoszeń"))
    # Events do not exist on the platform yet; a training points at its event page by a plain link until then.
    event_url = models.URLField(_("link do wydarzenia"), blank=True)
    closed_at = models.DateTimeField(_("zamknięto nabór"), null=True, blank=True)

    objects = OfferQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("oferta")
        verbose_name_plural = _("oferty")
        indexes = [
            models.Index(fields=["deadline", "closed_at"]),
            models.Index(fields=["kind", "deadline"]),
            models.Index(fields=["city"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(pay_min__isnull=True) | Q(pay_max__isnull=True) | Q(pay_min__lte=models.F("pay_max")),
                name="offer_pay_min_not_above_max",
                violation_error_message=_("Dolna granica wynagrodzenia nie może być wyższa niż górna."),
            ),
            models.CheckConstraint(
                condition=~Q(city="") | Q(is_remote=True),
                name="offer_has_a_place_or_is_remote",
                violation_error_message=_("Podaj miejscowość albo zaznacz, że praca może być zdalna."),
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("talent:detail", kwargs={"pk": self.pk})

    @property
    def is_open(self) -> bool:
        return (
            self.closed_at is None
            and self.deadline >= timezone.localdate()
            and self.organisation.cluster_status == ClusterStatus.MEMBER
        )

    @property
    def has_pay(self) -> bool:
        return self.pay_min is not None or self.pay_max is not None

    @property
    def cv_required(self) -> bool:
        # A training course takes participants, not employees: a CV would be an odd thing to demand.
        return self.kind != OfferKind.TRAINING


class ApplicationStatus(models.TextChoices):
    RECEIVED = "received", _("otrzymana")
    SHORTLISTED = "shortlisted", _("na krótkiej liście")
    REJECTED = "rejected", _("odrzucona")
    HIRED = "hired", _("przyjęta")
    WITHDRAWN = "withdrawn", _("wycofana")


# The organisation's moves: received → shortlisted → rejected / hired (a received one may be turned down at once).
ALLOWED_TRANSITIONS: dict[str, set[str]] = {
    ApplicationStatus.RECEIVED: {ApplicationStatus.SHORTLISTED, ApplicationStatus.REJECTED},
    ApplicationStatus.SHORTLISTED: {ApplicationStatus.REJECTED, ApplicationStatus.HIRED},
    ApplicationStatus.REJECTED: set(),
    ApplicationStatus.HIRED: set(),
    ApplicationStatus.WITHDRAWN: set(),
}

# Statuses in which the applicant may still take the application back.
WITHDRAWABLE_STATUSES: tuple[str, ...] = (ApplicationStatus.RECEIVED, ApplicationStatus.SHORTLISTED)


class Application(TimeStampedModel):
    """A person's application to an offer. The CV lives in private storage and is served only by a view
    that checks who asks (see permissions.can_view_application)."""

    offer = models.ForeignKey(Offer, verbose_name=_("oferta"), on_delete=models.CASCADE, related_name="applications")
    # CASCADE: the application, its message and CV are the person's own data and go with the account.
    applicant = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("osoba aplikująca"),
        on_delete=models.CASCADE,
        related_name="job_applications",
    )
    message = models.TextField(_("wiadomość"), max_length=4000)
    cv = PrivateFileField(_("CV (PDF)"), storage=private_storage, upload_to=cv_upload_to, blank=True, max_length=200)
    status = models.CharField(
        _("status"), max_length=20, choices=ApplicationStatus.choices, default=ApplicationStatus.RECEIVED
    )
    status_changed_at = models.DateTimeField(_("zmiana statusu"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("aplikacja")
        verbose_name_plural = _("aplikacje")
        constraints = [
            models.UniqueConstraint(
                fields=["offer", "applicant"],
                condition=~Q(status="withdrawn"),
                name="one_live_application_per_person_and_offer",
                violation_error_message=_("Już aplikujesz na tę ofertę."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.applicant} → {self.offer}"

    def get_absolute_url(self) -> str:
        return reverse("talent:application", kwargs={"pk": self.pk})
