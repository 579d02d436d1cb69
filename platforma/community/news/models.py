import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from platforma.core.models import TimeStampedModel, Visibility
from platforma.core.storage import private_storage


class NewsStatus(models.TextChoices):
    DRAFT = "draft", _("szkic")
    SUBMITTED = "submitted", _("czeka na zatwierdzenie")
    RETURNED = "returned", _("zwrócona do poprawy")
    PUBLISHED = "published", _("opublikowana")


# News is for everyone or for the cluster; "only named organisations" makes no sense for an announcement.
NEWS_VISIBILITY_CHOICES = [
    (Visibility.PUBLIC, _("publiczna — dla wszystkich")),
    (Visibility.MEMBERS, _("tylko dla członków klastra")),
]

# States in which the author may still change the text; a submitted item waits for the coordinator.
EDITABLE_STATUSES: tuple[str, ...] = (NewsStatus.DRAFT, NewsStatus.RETURNED)
# States from which the coordinator may publish: their own drafts directly, members' items after review.
PUBLISHABLE_STATUSES: tuple[str, ...] = (NewsStatus.DRAFT, NewsStatus.SUBMITTED, NewsStatus.RETURNED)


def image_path(instance: "News", filename: str) -> str:
    # The services name the file after the format Pillow recognised; the folder adds a random part, so
    # the image of a members-only item cannot be guessed. It is stored privately and served by a view that checks.
    extension = filename.rsplit(".", 1)[-1].lower()[:5] if "." in filename else "bin"
    return f"aktualnosci/{uuid.uuid4().hex}.{extension}"


class NewsQuerySet(models.QuerySet["News"]):
    def published(self) -> "NewsQuerySet":
        return self.filter(status=NewsStatus.PUBLISHED)

    def public(self) -> "NewsQuerySet":
        return self.published().filter(visibility=Visibility.PUBLIC)

    def newest_first(self) -> "NewsQuerySet":
        # Unpublished items have no date: they go last on SQLite and PostgreSQL alike.
        return self.order_by(models.F("published_at").desc(nulls_last=True), "-pk")


class News(TimeStampedModel):
    """An announcement of the cluster: written by the coordinator, or by a member and approved by the coordinator."""

    title = models.CharField(_("tytuł"), max_length=200)
    lead = models.TextField(_("zajawka"), max_length=500)
    body = models.TextField(_("treść (Markdown)"), max_length=30000)
    image = models.ImageField(_("zdjęcie"), storage=private_storage, upload_to=image_path, blank=True, max_length=200)
    image_alt = models.CharField(_("opis zdjęcia"), max_length=250, blank=True)
    competences = models.ManyToManyField(
        "taxonomy.Competence", verbose_name=_("kompetencje"), blank=True, related_name="news"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("autor"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="authored_news",
    )
    # Empty for the coordinator's own announcements, which speak for the whole cluster.
    organisation = models.ForeignKey(
        "organisations.Organisation",
        verbose_name=_("w imieniu organizacji"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news",
    )
    status = models.CharField(_("status"), max_length=20, choices=NewsStatus.choices, default=NewsStatus.DRAFT)
    visibility = models.CharField(
        _("widoczność"), max_length=20, choices=NEWS_VISIBILITY_CHOICES, default=Visibility.PUBLIC
    )
    published_at = models.DateTimeField(_("opublikowano"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("przekazano do zatwierdzenia"), null=True, blank=True)
    # The coordinator's latest note when returning the item; shown to the author until it is resubmitted.
    review_note = models.TextField(_("uwagi koordynatora"), blank=True, max_length=2000)

    objects = NewsQuerySet.as_manager()

    class Meta:
        ordering = [models.F("published_at").desc(nulls_last=True), "-pk"]
        verbose_name = _("aktualność")
        verbose_name_plural = _("aktualności")
        indexes = [models.Index(fields=["status", "visibility", "-published_at"], name="news_listed_idx")]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status=NewsStatus.PUBLISHED) | models.Q(published_at__isnull=False),
                name="news_published_has_date",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("news:detail", kwargs={"pk": self.pk})

    def clean(self) -> None:
        super().clean()
        if self.image and not self.image_alt.strip():
            raise ValidationError({"image_alt": _("Opisz, co widać na zdjęciu — ten opis przeczyta osoba niewidoma.")})

    @property
    def is_published(self) -> bool:
        return self.status == NewsStatus.PUBLISHED

    @property
    def image_url(self) -> str:
        if not self.image:
            return ""
        # The file's random name changes with each new image, so a cached old picture is never shown.
        version = (self.image.name or "").rsplit("/", 1)[-1][:8]
        return f"{reverse('news:image', kwargs={'pk': self.pk})}?v={version}"
