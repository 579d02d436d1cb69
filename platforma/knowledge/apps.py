from django.apps import AppConfig


class KnowledgeConfig(AppConfig):
    name = "platforma.knowledge"
    label = "knowledge"

    def ready(self) -> None:
        # Comments and notifications learn from here who may see an article.
        from platforma.community import targets
        from platforma.knowledge import permissions
        from platforma.knowledge.models import Article

        targets.register(Article, can_view=permissions.can_view, commentable=True, followable=True)
