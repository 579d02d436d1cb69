from django.db import models
from django.utils.translation import gettext_lazy as _


class TimeStampedModel(models.Model):
    created_at = models.DateTimeField(_("utworzono"), auto_now_add=True)
    updated_at = models.DateTimeField(_("zmieniono"), auto_now=True)

    class Meta:
        abstract = True


class Visibility(models.TextChoices):
    """Who may see a piece of content. Shared by challenges and every later content type."""

    PUBLIC = "public", _("publiczne")
    MEMBERS = "members", _("tylko członkowie klastra")
    RESTRICTED = "restricted", _("tylko wskazane organizacje")
