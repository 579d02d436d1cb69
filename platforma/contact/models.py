from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from platforma.core.models import TimeStampedModel


class EnquiryTopic(models.TextChoices):
    MEMBERSHIP = "membership", _("członkostwo w klastrze")
    COOPERATION = "cooperation", _("współpraca i wspólne przedsięwzięcia")
    CHALLENGE = "challenge", _("problem środowiskowy")
    PLATFORM = "platform", _("działanie platformy")
    OTHER = "other", _("inne")


class EnquiryStatus(models.TextChoices):
    NEW = "new", _("nowe")
    ANSWERED = "answered", _("z odpowiedzią")
    CLOSED = "closed", _("zamknięte")


class EnquiryQuerySet(models.QuerySet["Enquiry"]):
    def awaiting_notification(self) -> "EnquiryQuerySet":
        return self.filter(coordinator_notified_at__isnull=True)


class Enquiry(TimeStampedModel):
    """A question from the contact form. Saved first, so that nothing is lost if mail fails."""

    name = models.CharField(_("imię i nazwisko"), max_length=160)
    email = models.EmailField(_("adres e-mail"))
    organisation_name = models.CharField(_("organizacja"), max_length=255, blank=True)
    topic = models.CharField(_("temat"), max_length=20, choices=EnquiryTopic.choices)
    message = models.TextField(_("wiadomość"), max_length=5000)
    consent_given_at = models.DateTimeField(_("zgoda na przetwarzanie danych"))
    sender_ip = models.GenericIPAddressField(null=True, blank=True)
    status = models.CharField(_("status"), max_length=20, choices=EnquiryStatus.choices, default=EnquiryStatus.NEW)
    coordinator_notified_at = models.DateTimeField(null=True, blank=True)
    notification_attempts = models.PositiveSmallIntegerField(default=0)

    objects = EnquiryQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("zapytanie")
        verbose_name_plural = _("zapytania")
        indexes = [models.Index(fields=["status", "-created_at"]), models.Index(fields=["email", "created_at"])]

    def __str__(self) -> str:
        return f"{self.name}: {self.get_topic_display()}"


class EnquiryAnswerQuerySet(models.QuerySet["EnquiryAnswer"]):
    def unsent(self) -> "EnquiryAnswerQuerySet":
        return self.filter(sent_at__isnull=True)


class EnquiryAnswer(models.Model):
    enquiry = models.ForeignKey(Enquiry, on_delete=models.CASCADE, related_name="answers")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    body = models.TextField(_("odpowiedź"), max_length=10000)
    created_at = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    send_attempts = models.PositiveSmallIntegerField(default=0)

    objects = EnquiryAnswerQuerySet.as_manager()

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("odpowiedź na zapytanie")
        verbose_name_plural = _("odpowiedzi na zapytania")

    def __str__(self) -> str:
        return f"{self.enquiry_id}: {self.created_at:%Y-%m-%d}"
