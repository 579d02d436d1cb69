from django.apps import AppConfig


class KnowledgeConfig(AppConfig):
    name = "platforma.knowledge"
    label = "knowledge"

    def ready(self) -> None:
        # Comments and notifications learn from here who may see an article.
        from platforma.community import targets
        from platforma.knowledge import notifications, permissions
        from platforma.knowledge.models import Article

        notifications.register()
        targets.register(
            Article,
            can_view=permissions.can_view,
            commentable=True,
            followable=True,
            # can_view reads the author links: prefetched, a page of articles costs no query each.
            prepare=lambda queryset: queryset.prefetch_related("author_links"),
        )
