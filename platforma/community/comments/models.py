"""Comments on anything registered in `community.targets`, stored by (content type, id).

A comment never learns the shape of what it is attached to: the target's visibility, title and URL all
come through the registry, so a comment is exactly as visible as the object it discusses.
"""

from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# The author may correct a comment for this long; after that it stands as written (others may have replied).
EDIT_WINDOW = timedelta(minutes=15)
BODY_MAX_LENGTH = 5000
BODY_MIN_LENGTH = 2
REASON_MAX_LENGTH = 1000


class CommentStatus(models.TextChoices):
    PUBLISHED = "published", _("opublikowany")
    HIDDEN = "hidden", _("ukryty przez moderatora")
    DELETED_BY_AUTHOR = "deleted_by_author", _("usunięty przez autora")
    DELETED_BY_MODERATOR = "deleted_by_moderator", _("usunięty przez moderatora")


DELETED_STATUSES = (CommentStatus.DELETED_BY_AUTHOR, CommentStatus.DELETED_BY_MODERATOR)


class CommentQuerySet(models.QuerySet["Comment"]):
    def for_target(self, target: models.Model) -> "CommentQuerySet":
        content_type = ContentType.objects.get_for_model(type(target))
        return self.filter(target_type=content_type, target_id=target.pk)

    def top_level(self) -> "CommentQuerySet":
        return self.filter(parent__isnull=True)

    def published(self) -> "CommentQuerySet":
        return self.filter(status=CommentStatus.PUBLISHED)


class Comment(models.Model):
    target_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    target_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("target_type", "target_id")
    # One level of threading: services attach a reply to a reply to the top comment.
    parent = models.ForeignKey(
        "self",
        verbose_name=_("odpowiedź na"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="replies",
    )
    # SET_NULL: the discussion stays readable when an author deletes the account.
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("autor"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="comments",
    )
    body = models.TextField(_("treść"), max_length=BODY_MAX_LENGTH, blank=True)
    status = models.CharField(_("stan"), max_length=24, choices=CommentStatus.choices, default=CommentStatus.PUBLISHED)
    created_at = models.DateTimeField(_("napisano"), default=timezone.now)
    edited_at = models.DateTimeField(_("poprawiono"), null=True, blank=True)
    removed_at = models.DateTimeField(_("usunięto lub ukryto"), null=True, blank=True)
    removed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("usunął/ukrył"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = CommentQuerySet.as_manager()

    class Meta:
        verbose_name = _("komentarz")
        verbose_name_plural = _("komentarze")
        ordering = ["created_at", "pk"]
        indexes = [
            models.Index(fields=["target_type", "target_id", "created_at"], name="comment_target_idx"),
            models.Index(fields=["author", "created_at"], name="comment_author_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.target_type_id}:{self.target_id} #{self.pk}"

    @property
    def is_published(self) -> bool:
        return self.status == CommentStatus.PUBLISHED

    @property
    def is_deleted(self) -> bool:
        return self.status in DELETED_STATUSES

    def edit_deadline(self) -> datetime:
        return self.created_at + EDIT_WINDOW

    def anchor(self) -> str:
        return f"komentarz-{self.pk}"


class ReportStatus(models.TextChoices):
    OPEN = "open", _("do rozpatrzenia")
    HIDDEN = "hidden", _("komentarz ukryty")
    DISMISSED = "dismissed", _("oddalone")


class Report(models.Model):
    """Someone tells the coordinator that a comment breaks the rules."""

    comment = models.ForeignKey(Comment, verbose_name=_("komentarz"), on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("zgłaszający"), on_delete=models.CASCADE, related_name="+"
    )
    reason = models.TextField(_("powód zgłoszenia"), max_length=REASON_MAX_LENGTH)
    status = models.CharField(_("stan"), max_length=16, choices=ReportStatus.choices, default=ReportStatus.OPEN)
    created_at = models.DateTimeField(_("zgłoszono"), default=timezone.now)
    resolved_at = models.DateTimeField(_("rozpatrzono"), null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("rozpatrzył(a)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("zgłoszenie komentarza")
        verbose_name_plural = _("zgłoszenia komentarzy")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["comment", "reporter"],
                name="one_report_per_person_per_comment",
                violation_error_message=_("Ten komentarz został już przez Ciebie zgłoszony."),
            )
        ]
        indexes = [models.Index(fields=["status", "created_at"], name="report_status_idx")]

    def __str__(self) -> str:
        return f"{self.reporter_id} → {self.comment_id}"

    def get_absolute_url(self) -> str:
        return reverse("comments_panel:list") + f"#zgloszenie-{self.pk}"
