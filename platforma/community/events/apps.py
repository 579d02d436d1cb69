from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "platforma.community.events"
    label = "events"
    verbose_name = _("Wydarzenia")
    default_auto_field = "django.db.models.BigAutoField"
