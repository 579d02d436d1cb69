from typing import ClassVar

from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.utils.translation import gettext_lazy as _

from platforma.core.models import TimeStampedModel


class EmailUserManager(UserManager["User"]):
    """Users are identified by e-mail alone; there is no username."""

    def _create_user_object(self, username, email, password, **extra_fields):  # type: ignore[no-untyped-def,override]
        email = self.normalize_email(email or username)
        user = self.model(email=email, **extra_fields)
        user.password = ""
        if password:
            user.set_password(password)
        else:
            user.set_unusable_password()
        return user

    def create_user(self, email=None, password=None, **extra_fields):  # type: ignore[no-untyped-def,override]
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        user = self._create_user_object(None, email, password, **extra_fields)
        user.save(using=self._db)
        return user

    def create_superuser(self, email=None, password=None, **extra_fields):  # type: ignore[no-untyped-def,override]
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        extra_fields.setdefault("is_coordinator", True)
        return self.create_user(email, password, **extra_fields)


class User(AbstractUser):
    username = None  # type: ignore[assignment]
    email = models.EmailField(_("adres e-mail"), unique=True)
    is_coordinator = models.BooleanField(
        _("koordynator klastra"),
        default=False,
        help_text=_("Pracownik EkoParku: zatwierdza członków, moderuje treści, odpowiada na zapytania."),
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: ClassVar[list[str]] = []

    objects = EmailUserManager()  # type: ignore[misc]

    class Meta:
        verbose_name = _("użytkownik")
        verbose_name_plural = _("użytkownicy")

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        full = f"{self.first_name} {self.last_name}".strip()
        return full or self.email.split("@")[0]


class Availability(models.TextChoices):
    AVAILABLE = "available", _("dostępny/a do współpracy")
    LIMITED = "limited", _("dostępność ograniczona")
    UNAVAILABLE = "unavailable", _("obecnie niedostępny/a")


class ProfileVisibility(models.TextChoices):
    PUBLIC = "public", _("publiczny — widoczny dla wszystkich")
    MEMBERS = "members", _("tylko dla zalogowanych członków klastra")
    PRIVATE = "private", _("prywatny — tylko ja")


class Profile(TimeStampedModel):
    """The personal, specialist side of a user: what they know and whether they can help."""

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="profile")
    job_title = models.CharField(_("stanowisko lub specjalność"), max_length=160, blank=True)
    bio = models.TextField(_("o mnie"), blank=True, max_length=4000)
    city = models.CharField(_("miejscowość"), max_length=120, blank=True)
    competences = models.ManyToManyField(
        "taxonomy.Competence", verbose_name=_("kompetencje"), blank=True, related_name="profiles"
    )
    availability = models.CharField(
        _("dostępność"), max_length=20, choices=Availability.choices, default=Availability.AVAILABLE
    )
    visibility = models.CharField(
        _("widoczność profilu"), max_length=20, choices=ProfileVisibility.choices, default=ProfileVisibility.MEMBERS
    )

    class Meta:
        verbose_name = _("profil specjalisty")
        verbose_name_plural = _("profile specjalistów")

    def __str__(self) -> str:
        return str(self.user)
