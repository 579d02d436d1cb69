from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "platforma.community.news"
    label = "news"
    verbose_name = _("Aktualności")
    default_auto_field = "django.db.models.BigAutoField"
