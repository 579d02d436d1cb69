from datetime import date
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from platforma.core.models import TimeStampedModel


class ResourceKind(models.TextChoices):
    EQUIPMENT = "equipment", _("sprzęt")
    LABORATORY = "laboratory", _("laboratorium")
    TEST_SITE = "test_site", _("poligon doświadczalny")
    SERVICE = "service", _("usługa")


class ResourceQuerySet(models.QuerySet["Resource"]):
    def active(self) -> "ResourceQuerySet":
        return self.filter(is_active=True)

    def of_cluster_members(self) -> "ResourceQuerySet":
        # Only member organisations offer resources in the catalogue; a suspended member's offer disappears.
        return self.filter(owner__cluster_status="member")


class Resource(TimeStampedModel):
    """Equipment, a laboratory, a test site or a service that a member organisation shares with the cluster."""

    owner = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("organizacja udostępniająca"),
        on_delete=models.PROTECT,
        related_name="resources",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("dodał(a)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    kind = models.CharField(_("rodzaj zasobu"), max_length=20, choices=ResourceKind.choices)
    name = models.CharField(_("nazwa"), max_length=200)
    description = models.TextField(_("opis (Markdown)"), max_length=20000)
    competences = models.ManyToManyField(
        "taxonomy.Competence", verbose_name=_("kompetencje"), blank=True, related_name="resources"
    )
    city = models.CharField(_("miejscowość"), max_length=120)
    street = models.CharField(_("ulica i numer"), max_length=200, blank=True)
    latitude = models.DecimalField(
        _("szerokość geograficzna"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("-90")), MaxValueValidator(Decimal("90"))],
    )
    longitude = models.DecimalField(
        _("długość geograficzna"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("-180")), MaxValueValidator(Decimal("180"))],
    )
    conditions = models.TextField(_("warunki udostępnienia"), blank=True, max_length=5000)
    is_free = models.BooleanField(_("bezpłatnie"), default=False)
    price = models.CharField(
        _("cena"), max_length=120, blank=True, help_text=_("Na przykład „350 zł / dzień” lub „do uzgodnienia”.")
    )
    is_active = models.BooleanField(
        _("dostępny do rezerwacji"), default=True, help_text=_("Wyłączony zasób nie jest widoczny w katalogu.")
    )

    objects = ResourceQuerySet.as_manager()

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("zasób")
        verbose_name_plural = _("zasoby")
        indexes = [
            models.Index(fields=["kind", "is_active"]),
            models.Index(fields=["city"]),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("resources:detail", kwargs={"pk": self.pk})

    def clean(self) -> None:
        super().clean()
        if self.is_free and self.price:
            raise ValidationError({"price": _("Zasób bezpłatny nie ma ceny — usuń cenę albo odznacz „bezpłatnie”.")})

    @property
    def has_coordinates(self) -> bool:
        return self.latitude is not None and self.longitude is not None


class ResourcePhoto(models.Model):
    resource = models.ForeignKey(Resource, verbose_name=_("zasób"), on_delete=models.CASCADE, related_name="photos")
    image = models.ImageField(_("zdjęcie"), upload_to="resources/%Y/")
    alt_text = models.CharField(
        _("opis zdjęcia"), max_length=200, help_text=_("Co widać na zdjęciu — dla osób korzystających z czytników.")
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("dodał(a)"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("dodano"), auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("zdjęcie zasobu")
        verbose_name_plural = _("zdjęcia zasobów")

    def __str__(self) -> str:
        return self.alt_text


class BookingStatus(models.TextChoices):
    REQUESTED = "requested", _("oczekuje na decyzję")
    APPROVED = "approved", _("zatwierdzona")
    DECLINED = "declined", _("odrzucona")
    CANCELLED = "cancelled", _("anulowana")


class BookingQuerySet(models.QuerySet["Booking"]):
    def approved(self) -> "BookingQuerySet":
        return self.filter(status=BookingStatus.APPROVED)

    def overlapping(self, *, starts_on: date, ends_on: date) -> "BookingQuerySet":
        # Both ends are inclusive: a booking ending on the 5th and one starting on the 5th overlap.
        return self.filter(starts_on__lte=ends_on, ends_on__gte=starts_on)


class Booking(TimeStampedModel):
    """A request to use a resource for whole days, from starts_on to ends_on inclusive."""

    resource = models.ForeignKey(Resource, verbose_name=_("zasób"), on_delete=models.CASCADE, related_name="bookings")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("zgłaszający"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="resource_bookings",
    )
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("w imieniu organizacji"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="resource_bookings",
    )
    starts_on = models.DateField(_("od dnia"))
    ends_on = models.DateField(_("do dnia (włącznie)"))
    purpose = models.TextField(_("cel rezerwacji"), max_length=3000)
    status = models.CharField(
        _("status"), max_length=20, choices=BookingStatus.choices, default=BookingStatus.REQUESTED
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decyzję podjął(-ęła)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("data decyzji"), null=True, blank=True)
    decision_note = models.TextField(_("uzasadnienie decyzji"), blank=True, max_length=2000)

    objects = BookingQuerySet.as_manager()

    class Meta:
        ordering = ["starts_on", "pk"]
        verbose_name = _("rezerwacja")
        verbose_name_plural = _("rezerwacje")
        indexes = [models.Index(fields=["resource", "status", "starts_on"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__gte=models.F("starts_on")),
                name="booking_ends_after_start",
                violation_error_message=_("Dzień zakończenia nie może być wcześniejszy niż dzień rozpoczęcia."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.resource} {self.starts_on}–{self.ends_on}"

    def get_absolute_url(self) -> str:
        return reverse("resources:booking", kwargs={"pk": self.pk})

    @property
    def days(self) -> int:
        return (self.ends_on - self.starts_on).days + 1
