import math
import re
import uuid
from pathlib import PurePath

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from platforma.core.models import TimeStampedModel, Visibility
from platforma.core.storage import PrivateFileField, private_storage

WORDS_PER_MINUTE = 200
WORD = re.compile(r"\w+", re.UNICODE)


class ArticleKind(models.TextChoices):
    GOOD_PRACTICE = "good_practice", _("dobra praktyka")
    CASE_STUDY = "case_study", _("studium przypadku")
    TECHNOLOGY_SHEET = "technology_sheet", _("karta technologii")
    REPORT = "report", _("raport")
    GUIDE = "guide", _("poradnik")


class ArticleStatus(models.TextChoices):
    DRAFT = "draft", _("szkic")
    IN_REVIEW = "in_review", _("w recenzji")
    RETURNED = "returned", _("zwrócony do poprawy")
    PUBLISHED = "published", _("opublikowany")


# Articles are either for everyone or for the cluster; "only named organisations" makes no sense for knowledge.
ARTICLE_VISIBILITY_CHOICES = [
    (Visibility.PUBLIC, _("publiczny — dla wszystkich")),
    (Visibility.MEMBERS, _("tylko dla członków klastra")),
]

# States in which the authors may still change the text; anything else goes through the coordinator.
EDITABLE_STATUSES: tuple[str, ...] = (ArticleStatus.DRAFT, ArticleStatus.RETURNED)


class ArticleQuerySet(models.QuerySet["Article"]):
    def published(self) -> "ArticleQuerySet":
        return self.filter(status=ArticleStatus.PUBLISHED)

    def newest_first(self) -> "ArticleQuerySet":
        # Unpublished articles (in "my articles") have no date yet: they go last on SQLite and PostgreSQL alike.
        return self.order_by(models.F("published_at").desc(nulls_last=True), "-pk")


class Article(TimeStampedModel):
    """A piece of knowledge: written by members, reviewed by the coordinator before anyone else reads it."""

    title = models.CharField(_("tytuł"), max_length=200)
    # Decorative: the address is stable by id, the slug only makes it readable (see urls.py).
    slug = models.SlugField(_("adres (część opisowa)"), max_length=120)
    kind = models.CharField(_("rodzaj"), max_length=20, choices=ArticleKind.choices)
    summary = models.TextField(_("streszczenie"), max_length=600)
    body = models.TextField(_("treść (Markdown)"), max_length=60000)
    competences = models.ManyToManyField(
        "taxonomy.Competence", verbose_name=_("kompetencje"), blank=True, related_name="articles"
    )
    authors = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("autorzy"),
        through="ArticleAuthor",
        related_name="articles",
    )
    organisations = models.ManyToManyField(
        "organisations.Organisation", verbose_name=_("organizacje autorskie"), blank=True, related_name="articles"
    )
    visibility = models.CharField(
        _("widoczność"), max_length=20, choices=ARTICLE_VISIBILITY_CHOICES, default=Visibility.PUBLIC
    )
    status = models.CharField(_("status"), max_length=20, choices=ArticleStatus.choices, default=ArticleStatus.DRAFT)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("utworzył(a)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    published_at = models.DateTimeField(_("opublikowano"), null=True, blank=True)
    submitted_at = models.DateTimeField(_("przekazano do recenzji"), null=True, blank=True)
    # The coordinator's latest comment when returning the article; shown to the authors until they resubmit.
    review_note = models.TextField(_("uwagi recenzenta"), blank=True, max_length=4000)
    # Where a drafted case study came from (an initiative's page); absolute or site-relative.
    source_url = models.CharField(_("źródło"), max_length=500, blank=True)
    word_count = models.PositiveIntegerField(_("liczba słów"), default=0, editable=False)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = [models.F("published_at").desc(nulls_last=True), "-pk"]
        verbose_name = _("artykuł")
        verbose_name_plural = _("artykuły")
        indexes = [
            models.Index(fields=["status", "visibility", "-published_at"]),
            models.Index(fields=["kind"]),
            models.Index(fields=["source_url"]),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("knowledge:detail", kwargs={"pk": self.pk, "slug": self.slug or "artykul"})

    def save(self, *args: object, **kwargs: object) -> None:
        self.word_count = count_words(self.body)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "body" in update_fields:  # type: ignore[operator]
            kwargs["update_fields"] = {*update_fields, "word_count"}  # type: ignore[misc]
        super().save(*args, **kwargs)  # type: ignore[arg-type]

    @property
    def is_published(self) -> bool:
        return self.status == ArticleStatus.PUBLISHED

    @property
    def is_editable_by_authors(self) -> bool:
        return self.status in EDITABLE_STATUSES

    @property
    def source_link(self) -> str:
        """`source_url` when it is safe to put in a link: a site path or a web address."""
        url = self.source_url.strip()
        if url.startswith(("https://", "http://")) or (url.startswith("/") and not url.startswith("//")):
            return url
        return ""

    @property
    def reading_minutes(self) -> int:
        return reading_minutes(self.word_count)

    @property
    def reading_time(self) -> str:
        minutes = self.reading_minutes
        return ngettext("%(minutes)d min czytania", "%(minutes)d min czytania", minutes) % {"minutes": minutes}


def count_words(text: str) -> int:
    return len(WORD.findall(text or ""))


def reading_minutes(words: int) -> int:
    """Whole minutes at 200 words a minute, never less than one."""
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


class ArticleAuthor(models.Model):
    """A person credited as an author; `position` keeps the order of names in the citation."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="author_links")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="article_links")
    position = models.PositiveSmallIntegerField(_("kolejność"), default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("autor artykułu")
        verbose_name_plural = _("autorzy artykułów")
        constraints = [models.UniqueConstraint(fields=["article", "user"], name="one_author_link_per_person")]

    def __str__(self) -> str:
        return f"{self.user} → {self.article}"


class ArticleVersion(models.Model):
    """What an article said after one save, and who saved it: the history and its diffs come from here."""

    article = models.ForeignKey(Article, verbose_name=_("artykuł"), on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("numer wersji"))
    title = models.CharField(_("tytuł"), max_length=200)
    summary = models.TextField(_("streszczenie"), max_length=600)
    body = models.TextField(_("treść"), max_length=60000)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("zapisał(a)"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    note = models.CharField(_("opis zmian"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("kiedy"), auto_now_add=True)

    class Meta:
        ordering = ["-number"]
        verbose_name = _("wersja artykułu")
        verbose_name_plural = _("wersje artykułów")
        constraints = [models.UniqueConstraint(fields=["article", "number"], name="one_version_number_per_article")]

    def __str__(self) -> str:
        return f"{self.article_id} v{self.number}"


class ArticleStatusChange(models.Model):
    """Who moved an article through review, and what the coordinator said."""

    article = models.ForeignKey(
        Article, verbose_name=_("artykuł"), on_delete=models.CASCADE, related_name="status_changes"
    )
    from_status = models.CharField(_("poprzedni status"), max_length=20, choices=ArticleStatus.choices, blank=True)
    to_status = models.CharField(_("nowy status"), max_length=20, choices=ArticleStatus.choices)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("zmienił(a)"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    note = models.TextField(_("uwaga"), blank=True, max_length=4000)
    changed_at = models.DateTimeField(_("kiedy"), auto_now_add=True)

    class Meta:
        ordering = ["changed_at", "pk"]
        verbose_name = _("zmiana statusu artykułu")
        verbose_name_plural = _("historia statusów artykułów")

    def __str__(self) -> str:
        return f"{self.article_id}: {self.from_status or '—'} → {self.to_status}"


def _random_name(folder: str, filename: str) -> str:
    # A random name: uploads are served through a view that checks visibility, and must not be guessable.
    return f"{folder}/{uuid.uuid4().hex}{PurePath(filename).suffix.lower()[:10]}"


def image_path(instance: "ArticleImage", filename: str) -> str:
    return _random_name("wiedza/obrazy", filename)


def attachment_path(instance: "ArticleAttachment", filename: str) -> str:
    return _random_name("wiedza/zalaczniki", filename)


class ArticleImage(TimeStampedModel):
    article = models.ForeignKey(Article, verbose_name=_("artykuł"), on_delete=models.CASCADE, related_name="images")
    image = models.ImageField(_("obraz"), storage=private_storage, upload_to=image_path)
    alt_text = models.CharField(
        _("tekst alternatywny"),
        max_length=250,
        help_text=_("Co widać na obrazie — przeczyta to osoba niewidoma. Np. „Hałda w Bytomiu po rekultywacji”."),
    )
    caption = models.CharField(_("podpis (nieobowiązkowy)"), max_length=300, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("dodał(a)"), null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("obraz artykułu")
        verbose_name_plural = _("obrazy artykułów")

    def __str__(self) -> str:
        return self.alt_text

    def get_absolute_url(self) -> str:
        return reverse("knowledge:image", kwargs={"pk": self.article_id, "image_pk": self.pk})


class AttachmentFormat(models.TextChoices):
    PDF = "pdf", "PDF"
    XLSX = "xlsx", "XLSX"
    ODS = "ods", "ODS"
    CSV = "csv", "CSV"


class ArticleAttachment(TimeStampedModel):
    article = models.ForeignKey(
        Article, verbose_name=_("artykuł"), on_delete=models.CASCADE, related_name="attachments"
    )
    file = PrivateFileField(_("plik"), storage=private_storage, upload_to=attachment_path)
    title = models.CharField(_("nazwa załącznika"), max_length=200)
    # Recognised from the content by files.validate_attachment, never taken from the name or the browser.
    file_format = models.CharField(_("format"), max_length=10, choices=AttachmentFormat.choices)
    size = models.PositiveIntegerField(_("rozmiar w bajtach"), default=0)
    original_name = models.CharField(_("nazwa pliku"), max_length=255, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("dodał(a)"), null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("załącznik artykułu")
        verbose_name_plural = _("załączniki artykułów")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("knowledge:attachment", kwargs={"pk": self.article_id, "attachment_pk": self.pk})
