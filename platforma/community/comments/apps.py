from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommentsConfig(AppConfig):
    name = "platforma.community.comments"
    label = "comments"
    verbose_name = _("Komentarze")
    default_auto_field = "django.db.models.BigAutoField"
