from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MatchingConfig(AppConfig):
    name = "platforma.matching"
    label = "matching"
    verbose_name = _("Dopasowania")

    def ready(self) -> None:
        # Matching listens to the models it indexes itself; the domain apps know nothing about it.
        from platforma.matching import signals

        signals.connect()
