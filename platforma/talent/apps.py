from django.apps import AppConfig


class TalentConfig(AppConfig):
    name = "platforma.talent"
    label = "talent"

    def ready(self) -> None:
        from platforma.talent import signals  # noqa: F401 - connects the CV clean-up
