from django.apps import AppConfig


class OpencallsConfig(AppConfig):
    name = "platforma.opencalls"
    label = "opencalls"

    def ready(self) -> None:
        # Notifications and the activity stream learn from here who may see an open call.
        from platforma.community import targets
        from platforma.opencalls import notifications, permissions
        from platforma.opencalls.models import OpenCall

        notifications.register()
        targets.register(
            OpenCall,
            can_view=permissions.can_view,
            # can_view reads the evaluators: prefetched, a page of calls costs no query each.
            prepare=lambda queryset: queryset.prefetch_related("evaluators"),
        )
