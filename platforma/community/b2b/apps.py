from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class B2bConfig(AppConfig):
    name = "platforma.community.b2b"
    label = "b2b"
    verbose_name = _("Spotkania B2B")
    default_auto_field = "django.db.models.BigAutoField"
