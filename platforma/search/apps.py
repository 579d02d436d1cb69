from django.apps import AppConfig


class SearchConfig(AppConfig):
    name = "platforma.search"
    label = "search"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        # Registrations live here, not in the domain apps: search keeps its own registry (STYLE.md).
        from platforma.search import signals
        from platforma.search.registrations import register_all
        from platforma.search.registrations_community import register_community
        from platforma.search.registry import registry

        if not registry.types():
            register_all(registry)
            register_community(registry)
        signals.connect(registry)
