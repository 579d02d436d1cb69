from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from platforma.core.models import TimeStampedModel
from platforma.organisations.validators import validate_krs, validate_nip, validate_postal_code, validate_regon


class OrganisationType(models.TextChoices):
    COMPANY = "company", _("przedsiębiorstwo")
    RND = "rnd", _("jednostka badawczo-rozwojowa")
    UNIVERSITY = "university", _("uczelnia")
    LOCAL_GOVERNMENT = "local_government", _("jednostka samorządu terytorialnego")
    NGO = "ngo", _("organizacja pozarządowa")
    BUSINESS_SUPPORT = "business_support", _("instytucja otoczenia biznesu")


class ClusterStatus(models.TextChoices):
    """Membership of the cluster: applicant → member → suspended / former (or rejected)."""

    APPLICANT = "applicant", _("kandydat")
    MEMBER = "member", _("członek")
    SUSPENDED = "suspended", _("zawieszony")
    FORMER = "former", _("były członek")
    REJECTED = "rejected", _("wniosek odrzucony")


class OrganisationQuerySet(models.QuerySet["Organisation"]):
    def cluster_members(self) -> "OrganisationQuerySet":
        return self.filter(cluster_status=ClusterStatus.MEMBER)

    def listed(self) -> "OrganisationQuerySet":
        """Shown in the public directory: members, and suspended or former ones keep their history."""
        return self.filter(cluster_status__in=[ClusterStatus.MEMBER, ClusterStatus.SUSPENDED, ClusterStatus.FORMER])


class Organisation(TimeStampedModel):
    name = models.CharField(_("nazwa"), max_length=255)
    slug = models.SlugField(_("adres w serwisie"), max_length=120, unique=True)
    type = models.CharField(_("rodzaj podmiotu"), max_length=30, choices=OrganisationType.choices)
    nip = models.CharField(_("NIP"), max_length=10, blank=True, validators=[validate_nip])
    regon = models.CharField(_("REGON"), max_length=14, blank=True, validators=[validate_regon])
    krs = models.CharField(_("KRS"), max_length=10, blank=True, validators=[validate_krs])
    street = models.CharField(_("ulica i numer"), max_length=200, blank=True)
    postal_code = models.CharField(_("kod pocztowy"), max_length=6, blank=True, validators=[validate_postal_code])
    city = models.CharField(_("miejscowość"), max_length=120)
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
    website = models.URLField(_("strona internetowa"), blank=True)
    email = models.EmailField(_("e-mail kontaktowy"), blank=True)
    phone = models.CharField(_("telefon"), max_length=40, blank=True)
    description = models.TextField(_("opis (Markdown)"), blank=True, max_length=20000)
    logo = models.ImageField(_("logo"), upload_to="logos/%Y/", blank=True)
    competences = models.ManyToManyField(
        "taxonomy.Competence", verbose_name=_("kompetencje"), blank=True, related_name="organisations"
    )
    offers = models.TextField(_("co oferujemy"), blank=True, max_length=5000)
    needs = models.TextField(_("czego szukamy"), blank=True, max_length=5000)
    cluster_status = models.CharField(
        _("członkostwo w klastrze"), max_length=20, choices=ClusterStatus.choices, default=ClusterStatus.APPLICANT
    )
    member_since = models.DateField(_("członek od"), null=True, blank=True)
    application_note = models.TextField(_("uzasadnienie wniosku"), blank=True, max_length=4000)
    applied_at = models.DateTimeField(_("data wniosku"), null=True, blank=True)
    decided_at = models.DateTimeField(_("data decyzji"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decision_note = models.TextField(_("uzasadnienie decyzji"), blank=True, max_length=4000)

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("organizacja")
        verbose_name_plural = _("organizacje")
        indexes = [models.Index(fields=["cluster_status", "name"]), models.Index(fields=["city"])]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("organisations:detail", kwargs={"slug": self.slug})

    @property
    def is_cluster_member(self) -> bool:
        return self.cluster_status == ClusterStatus.MEMBER


class OrganisationRole(models.TextChoices):
    ADMIN = "admin", _("administrator")
    MEMBER = "member", _("przedstawiciel")


class OrganisationMembership(TimeStampedModel):
    """A person acting for an organisation."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="organisation_memberships"
    )
    role = models.CharField(_("rola"), max_length=20, choices=OrganisationRole.choices, default=OrganisationRole.MEMBER)

    class Meta:
        verbose_name = _("osoba w organizacji")
        verbose_name_plural = _("osoby w organizacjach")
        constraints = [models.UniqueConstraint(fields=["organisation", "user"], name="unique_person_per_organisation")]

    def __str__(self) -> str:
        return f"{self.user} — {self.organisation} ({self.get_role_display()})"


class InvitationStatus(models.TextChoices):
    PENDING = "pending", _("oczekuje")
    ACCEPTED = "accepted", _("przyjęte")
    REVOKED = "revoked", _("wycofane")


class Invitation(TimeStampedModel):
    """An admin invites a person by e-mail; the link in the e-mail carries a random token."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField(_("adres e-mail"))
    role = models.CharField(_("rola"), max_length=20, choices=OrganisationRole.choices, default=OrganisationRole.MEMBER)
    token = models.CharField(max_length=64, unique=True, editable=False)
    invited_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    status = models.CharField(max_length=20, choices=InvitationStatus.choices, default=InvitationStatus.PENDING)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    accepted_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("zaproszenie")
        verbose_name_plural = _("zaproszenia")
        constraints = [
            # Inviting the same address twice would send two live links to one person.
            models.UniqueConstraint(
                fields=["organisation", "email"],
                condition=models.Q(status="pending"),
                name="one_pending_invitation_per_address",
            )
        ]

    def __str__(self) -> str:
        return f"{self.email} → {self.organisation}"


class MembershipStatusChange(models.Model):
    """One step in an organisation's cluster membership: applied, approved, rejected, suspended…

    Kept so that the coordinator sees the history, not only the latest decision stored on the organisation.
    """

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="status_changes")
    from_status = models.CharField(_("poprzedni status"), max_length=20, choices=ClusterStatus.choices, blank=True)
    to_status = models.CharField(_("nowy status"), max_length=20, choices=ClusterStatus.choices)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("zmienił(a)"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    note = models.TextField(_("uzasadnienie"), blank=True, max_length=4000)
    created_at = models.DateTimeField(_("kiedy"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("zmiana statusu członkostwa")
        verbose_name_plural = _("zmiany statusu członkostwa")

    def __str__(self) -> str:
        return f"{self.organisation}: {self.from_status or '—'} → {self.to_status}"
