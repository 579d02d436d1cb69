from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "platforma.community.notifications"
    label = "notifications"
    verbose_name = _("Powiadomienia")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Organisations and competences live below community, so community registers them itself.
        from platforma.community import targets
        from platforma.organisations.models import Organisation
        from platforma.organisations.permissions import can_view_organisation
        from platforma.taxonomy.models import Competence

        targets.register(Organisation, can_view=can_view_organisation, followable=True)
        targets.register(Competence, can_view=lambda user, competence: True, followable=True)
