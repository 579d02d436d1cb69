from django.apps import AppConfig


class InitiativesConfig(AppConfig):
    name = "platforma.initiatives"
    label = "initiatives"

    def ready(self) -> None:
        # Comments, follows and notifications learn from here who may see an initiative.
        from platforma.community import targets
        from platforma.initiatives import notifications, permissions
        from platforma.initiatives.models import Initiative

        notifications.register()

        targets.register(
            Initiative,
            can_view=permissions.can_view,
            commentable=True,
            followable=True,
            can_moderate=permissions.can_manage,
            # can_view reads the participants: prefetched, checking a page of initiatives costs no query each.
            prepare=lambda queryset: queryset.prefetch_related("participants"),
        )
